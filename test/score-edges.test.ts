import { comparable, parseRank, parseScore, scoreNumber, scoreRank, type Rank, type Score } from '../core/parse/score';
import type { Reason } from '../core/result';

const read = (input: string | number | null, text?: string): Score => {
  const r = parseScore(input, text);
  if (!r.ok) throw new Error(`${String(input)}: ${r.reason.en}`);
  return r.value;
};
const scoreFailure = (input: string | number | null, text?: string): Reason | null => {
  const r = parseScore(input, text);
  return r.ok ? null : r.reason;
};
const rank = (input: string | number | null, text?: string): Rank | string => {
  const r = parseRank(input, text);
  return r.ok ? r.value : r.reason.code;
};
const rankFailure = (input: string | number | null, text?: string): Reason | null => {
  const r = parseRank(input, text);
  return r.ok ? null : r.reason;
};

describe('parseScore: the messages a user reads when a cell is refused', () => {
  it('says in both languages that a cell is not a score, with the forms it expects', () => {
    expect(scoreFailure('Khá')).toEqual({
      code: 'not-a-score',
      vi: 'không đọc được điểm số (cần dạng 4.34/10.00, 80.23%, 95.47 hoặc 15-20)',
      en: 'not a score (expected a form such as 4.34/10.00, 80.23%, 95.47 or 15-20)',
    });
  });

  it('says in both languages that a cell is empty', () => {
    expect(scoreFailure(null)).toEqual({ code: 'empty', vi: 'ô trống', en: 'the cell is empty' });
    expect(scoreFailure('  ')).toEqual({ code: 'empty', vi: 'ô trống', en: 'the cell is empty' });
  });

  it('says in both languages that a score cannot be negative', () => {
    expect(scoreFailure(-4.34)).toEqual({ code: 'negative', vi: 'điểm số không thể âm', en: 'a score cannot be negative' });
  });
  it('says in both languages that a cell holds two ranks, whether both are phrases or one is a bare range', () => {
    const twoRanks = { code: 'two-ranks', vi: 'có hơn một thứ hạng trong ô', en: 'more than one rank in the cell' };
    expect(scoreFailure('80% (xếp thứ 2/63) (xếp thứ 3/63)')).toEqual(twoRanks);
    expect(scoreFailure('15-20 (xếp thứ 5)')).toEqual(twoRanks);
  });

  it('says in both languages that the maximum is 0', () => {
    expect(scoreFailure('5/0')).toEqual({ code: 'zero-max', vi: 'điểm tối đa bằng 0', en: 'the maximum is 0' });
  });
});

describe('parseScore: a rank next to words that are not a value', () => {
  it('refuses “Tốt, xếp thứ 12/63” rather than keeping only the rank', () => {
    expect(scoreFailure('Tốt, xếp thứ 12/63')?.code).toBe('not-a-score');
    expect(read('xếp thứ 12/63')).toEqual({ kind: 'rank', from: 12, to: 12, of: 63 });
  });
});

describe('parseScore: a ratio phrase (“tỷ lệ …%”)', () => {
  it('reads “tỷ lệ 84,48%” alone as a percentage, with the rank written next to it', () => {
    expect(read('tỷ lệ 84,48%')).toEqual({ kind: 'percent', value: 84.48 });
    expect(read('tỷ lệ 84,48% xếp thứ 07/63')).toEqual({ kind: 'percent', value: 84.48, rank: { from: 7, to: 7, of: 63 } });
  });

  it('refuses a score whose ratio is not a number (“tỷ lệ 1.2,3.4%”) rather than dropping the ratio', () => {
    expect(scoreFailure('8,48/10 điểm (tỷ lệ 1.2,3.4%)')?.code).toBe('not-a-score');
    expect(scoreFailure('8,48/10 điểm (tỷ lệ 1.23.4%)')?.code).toBe('not-a-score');
  });

  it('keeps the text either side of a ratio phrase apart (“4/5tỷ lệ 80%0” is not 4/50)', () => {
    expect(scoreFailure('4/5tỷ lệ 80%0')?.code).toBe('not-a-score');
  });
});

describe('parseScore: numbers with thousands separators', () => {
  it('reads “1.234.567” and “1,234,567” as whole numbers when every group after the first has three digits', () => {
    expect(read('1.234.567')).toEqual({ kind: 'number', value: 1234567 });
    expect(read('1,234,567')).toEqual({ kind: 'number', value: 1234567 });
    expect(read('12.345.678/20.000.000')).toEqual({ kind: 'score', value: 12345678, max: 20000000 });
  });

  it('refuses repeated separators whose groups are not of three digits (“1.23.4”, “1.234.56”)', () => {
    expect(scoreFailure('1.23.4')?.code).toBe('not-a-score');
    expect(scoreFailure('1.234.56')?.code).toBe('not-a-score');
    expect(scoreFailure('1.2345.678')?.code).toBe('not-a-score');
  });

  it('reads mixed separators with the last one as the decimal point (“1.234,5”, “1,234.5”)', () => {
    expect(read('1.234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(read('1,234.5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(read('12.345.678,25')).toEqual({ kind: 'number', value: 12345678.25 });
    expect(read('1.234,5/2.000,0')).toEqual({ kind: 'score', value: 1234.5, max: 2000 });
  });

  it('refuses mixed separators whose thousands groups are not of three digits (“1.23,5”, “1.234.56,7”)', () => {
    expect(scoreFailure('1.23,5')?.code).toBe('not-a-score');
    expect(scoreFailure('1.234.56,7')?.code).toBe('not-a-score');
    expect(scoreFailure('1,23.5')?.code).toBe('not-a-score');
  });
});

describe('parseRank: which scores stand for a rank', () => {
  it('reads a whole score out of a whole maximum (“15/63”) as a rank, but not “9.5/10”', () => {
    expect(rank('15/63')).toEqual({ from: 15, to: 15, of: 63 });
    expect(rank('9.5/10')).toBe('not-a-rank');
  });

  it('does not read a whole score carrying a ratio (“8/10 điểm (tỷ lệ 80%)”) as a rank', () => {
    expect(rank('8/10 điểm (tỷ lệ 80%)')).toBe('not-a-rank');
  });

  it('takes the rank written next to a score or a number (“44,31/80 điểm, xếp thứ 8/61 …”)', () => {
    expect(rank('44,31/80 điểm, xếp thứ 8/61 tỉnh, thành phố trong cả nước')).toEqual({ from: 8, to: 8, of: 61 });
    expect(rank('95,47 (xếp thứ 12/63)')).toEqual({ from: 12, to: 12, of: 63 });
  });

  it('does not take the rank written next to a percentage (“80.23% (xếp thứ 45/63)” is an index cell, not a rank cell)', () => {
    expect(rank('80.23%   (xếp thứ 45/63)')).toBe('not-a-rank');
  });

  it('says in both languages that a cell is not a rank, and keeps “empty” for an empty cell', () => {
    expect(rankFailure('Top 20')).toEqual({
      code: 'not-a-rank',
      vi: 'không đọc được thứ hạng (cần dạng 15, 15-20 hoặc 15/63)',
      en: 'not a rank (expected 15, 15-20 or 15/63)',
    });
    expect(rankFailure(null)).toEqual({ code: 'empty', vi: 'ô trống', en: 'the cell is empty' });
  });
});

describe('parseScore: a number cell’s display text', () => {
  it('reads a number as a percentage when its display text ends in “%”, padding after it included (“85% ”)', () => {
    expect(read(0.85, '85% ')).toEqual({ kind: 'percent', value: 85 });
  });

  it('keeps a number as it is when “%” is only inside its display text (“85% đạt”)', () => {
    expect(read(0.85, '85% đạt')).toEqual({ kind: 'number', value: 0.85 });
  });
});

describe('parseScore: what is not one value', () => {
  it('refuses a text longer than 300 characters, even when it would read, and reads one of exactly 300', () => {
    expect(read(`${' '.repeat(297)}80%`)).toEqual({ kind: 'percent', value: 80 });
    expect(scoreFailure(`${' '.repeat(298)}80%`)?.code).toBe('not-a-score');
  });

  it('reads a value that ends a sentence (“đạt 86,80%.”)', () => {
    expect(read('đạt 86,80%.')).toEqual({ kind: 'percent', value: 86.8 });
    expect(read('85,95/100 điểm.')).toEqual({ kind: 'score', value: 85.95, max: 100 });
    // seed 002's sentence, ended with a period: the space before the period must go too
    expect(read('44,31/80 điểm, xếp thứ 8/61 tỉnh, thành phố trong cả nước.')).toEqual({
      kind: 'score',
      value: 44.31,
      max: 80,
      rank: { from: 8, to: 8, of: 61 },
    });
    expect(read('80.23% (xếp thứ 45/63).')).toEqual({ kind: 'percent', value: 80.23, rank: { from: 45, to: 45, of: 63 } });
  });

  it('reads a value whose sentence ends before its rank (“44,31/80 điểm. Xếp thứ 8/61”, “80.23%. (xếp thứ 45/63)”)', () => {
    // The rank phrase taken out leaves the period followed by spaces: trimmed before the period goes, and after.
    expect(read('44,31/80 điểm. Xếp thứ 8/61')).toEqual({ kind: 'score', value: 44.31, max: 80, rank: { from: 8, to: 8, of: 61 } });
    expect(read('80.23%. (xếp thứ 45/63)')).toEqual({ kind: 'percent', value: 80.23, rank: { from: 45, to: 45, of: 63 } });
  });

  it('refuses a score whose value or maximum is not a decimal (“1.23.4/10”, “8/1.23.4”)', () => {
    expect(scoreFailure('1.23.4/10')?.code).toBe('not-a-score');
    expect(scoreFailure('8/1.23.4')?.code).toBe('not-a-score');
  });

  it('refuses a percentage or a number beside a ratio (“95,47 (tỷ lệ 84,48%)”): the ratio only qualifies a score', () => {
    expect(scoreFailure('95,47 (tỷ lệ 84,48%)')?.code).toBe('not-a-score');
    expect(scoreFailure('80% (tỷ lệ 84,48%)')?.code).toBe('not-a-score');
  });

  it('refuses a percentage that is not a decimal (“1.23.4%”)', () => {
    expect(scoreFailure('1.23.4%')?.code).toBe('not-a-score');
  });

  it('gives a score without a ratio no percent field at all', () => {
    expect(read('85,95/100 điểm')).toStrictEqual({ kind: 'score', value: 85.95, max: 100 });
  });

  it('refuses a score with two ratios (“(tỷ lệ 80%) (tỷ lệ 81%)”)', () => {
    expect(scoreFailure('8/10 điểm (tỷ lệ 80%) (tỷ lệ 81%)')?.code).toBe('not-a-score');
  });

  it('keeps the digits either side of a comparison sign, a rank phrase, a qualifying word, a bracket or a stray comma apart', () => {
    expect(scoreFailure('8≥7,5')?.code).toBe('not-a-score'); // not 87.5
    expect(scoreFailure('8xếp thứ 12/63,5')?.code).toBe('not-a-score'); // not 8.5
    expect(scoreFailure('95,47(1)')?.code).toBe('not-a-score'); // a footnote mark, not 95.471
    expect(scoreFailure('8,,5')?.code).toBe('not-a-score'); // not 85
    expect(scoreFailure('8điểm5')?.code).toBe('not-a-score'); // a qualifying word between digits, not 85
  });
});

describe('scoreNumber, comparable and scoreRank: what the index sheet computes with', () => {
  const score = read('8,48/10 điểm (tỷ lệ 84,48%) xếp thứ 07/63');
  const percent = read('80.23%   (xếp thứ 45/63)');
  const number = read('95.47');
  const rankCell = read('15-20');

  it('gives the number a value stands for, and none for a rank or an empty cell', () => {
    expect(scoreNumber(score)).toBe(8.48);
    expect(scoreNumber(percent)).toBe(80.23);
    expect(scoreNumber(number)).toBe(95.47);
    expect(scoreNumber(rankCell)).toBeNull();
    expect(scoreNumber(null)).toBeNull();
  });

  it('compares scores out of the same maximum, percentages with percentages and numbers with numbers', () => {
    expect(comparable(read('4.34/10.00'), read('6.1/10'))).toBe(true);
    expect(comparable(percent, read('83%'))).toBe(true);
    expect(comparable(number, read('87'))).toBe(true);
  });

  it('does not compare across kinds, across maxima, ranks, or a missing value', () => {
    expect(comparable(read('39.92/80'), read('8,48/10'))).toBe(false);
    expect(comparable(read('8/10'), read('8/10.5'))).toBe(false);
    expect(comparable(percent, number)).toBe(false);
    expect(comparable(number, percent)).toBe(false);
    expect(comparable(percent, score)).toBe(false);
    expect(comparable(score, percent)).toBe(false);
    expect(comparable(rankCell, read('20-30/63'))).toBe(false);
    expect(comparable(null, percent)).toBe(false);
    expect(comparable(percent, null)).toBe(false);
    expect(comparable(null, null)).toBe(false);
  });

  it('takes maxima within a billionth as the same, and no further', () => {
    const outOf = (max: number): Score => ({ kind: 'score', value: 1, max });
    expect(comparable(outOf(10), outOf(10 + 5e-10))).toBe(true);
    expect(comparable(outOf(2e-9), outOf(1e-9))).toBe(false); // exactly 1e-9 apart
  });

  it('gives the rank a value carries: its own, the one written next to it, or none', () => {
    expect(scoreRank(rankCell)).toStrictEqual({ from: 15, to: 20, of: null });
    expect(scoreRank(read('xếp thứ 8/61'))).toStrictEqual({ from: 8, to: 8, of: 61 });
    expect(scoreRank(score)).toStrictEqual({ from: 7, to: 7, of: 63 });
    expect(scoreRank(percent)).toStrictEqual({ from: 45, to: 45, of: 63 });
    expect(scoreRank(number)).toBeNull();
    expect(scoreRank(null)).toBeNull();
  });
});
