import fc from 'fast-check';
import { parseRank, parseScore, ScoreSchema, type Score } from '../core/parse/score';

const read = (input: string | number | null, text?: string): Score => {
  const r = parseScore(input, text);
  if (!r.ok) throw new Error(`${String(input)}: ${r.reason.en}`);
  return r.value;
};
const reason = (input: string | number | null, text?: string) => {
  const r = parseScore(input, text);
  return r.ok ? null : r.reason.code;
};

describe('parseScore: the forms in seed 003’s index tables', () => {
  it.each<[string, Score]>([
    ['4.34/10.00', { kind: 'score', value: 4.34, max: 10 }],
    ['6.1/10.00', { kind: 'score', value: 6.1, max: 10 }],
    ['0.43/3.33', { kind: 'score', value: 0.43, max: 3.33 }],
    ['39.92/80', { kind: 'score', value: 39.92, max: 80 }],
    ['87/100', { kind: 'score', value: 87, max: 100 }],
    ['9.513/10', { kind: 'score', value: 9.513, max: 10 }], // three decimals, not 9513
    ['80.23%   (xếp thứ 45/63)', { kind: 'percent', value: 80.23, rank: { from: 45, to: 45, of: 63 } }],
    ['83.25%   (xếp thứ 20-   30/63)', { kind: 'percent', value: 83.25, rank: { from: 20, to: 30, of: 63 } }],
    ['89.5%   (xếp thứ 20-   30/63)', { kind: 'percent', value: 89.5, rank: { from: 20, to: 30, of: 63 } }],
    ['83%', { kind: 'percent', value: 83 }],
    ['80.00%', { kind: 'percent', value: 80 }],
    ['95.47', { kind: 'number', value: 95.47 }],
    ['15-20', { kind: 'rank', from: 15, to: 20, of: null }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('parseScore: the prose forms of seeds 000 and 002 (comma decimals)', () => {
  it.each<[string, Score]>([
    ['86,80%', { kind: 'percent', value: 86.8 }],
    ['89,15%', { kind: 'percent', value: 89.15 }],
    ['85,95/100 điểm', { kind: 'score', value: 85.95, max: 100 }],
    ['8,48/10 điểm (tỷ lệ 84,48%)', { kind: 'score', value: 8.48, max: 10, percent: 84.48 }],
    ['8,48/10 điểm (tỷ lệ 84,48%) xếp thứ 07/63', { kind: 'score', value: 8.48, max: 10, percent: 84.48, rank: { from: 7, to: 7, of: 63 } }],
    ['44,31/80 điểm, xếp thứ 8/61 tỉnh, thành phố trong cả nước', { kind: 'score', value: 44.31, max: 80, rank: { from: 8, to: 8, of: 61 } }],
    ['xếp thứ 8/61', { kind: 'rank', from: 8, to: 8, of: 61 }],
    ['Xếp thứ 26/63', { kind: 'rank', from: 26, to: 26, of: 63 }],
    ['xếp vị trí từ 20 – 30/63', { kind: 'rank', from: 20, to: 30, of: 63 }],
    // After the 2025 merger there are 34 provinces: the denominator is whatever the text says.
    ['82,1% (xếp thứ 12/34)', { kind: 'percent', value: 82.1, rank: { from: 12, to: 12, of: 34 } }],
    // Targets are often written as a floor.
    ['Từ 88% trở lên', { kind: 'percent', value: 88 }],
    ['đạt 89,5%', { kind: 'percent', value: 89.5 }],
    ['≥ 90%', { kind: 'percent', value: 90 }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('ignores case, tone-mark placement, NFD and odd spaces', () => {
    expect(read('80.23%\u00a0(XẾP THỨ 45/63)'.normalize('NFD'))).toEqual(read('80.23% (xếp thứ 45/63)'));
    expect(read(' 4.34 / 10.00 ')).toEqual({ kind: 'score', value: 4.34, max: 10 });
  });
});

describe('parseScore: numbers in cells', () => {
  it('takes a number as it is, or as a percentage when Excel shows it with "%"', () => {
    expect(read(95.47)).toEqual({ kind: 'number', value: 95.47 });
    expect(read(15, '15')).toEqual({ kind: 'number', value: 15 });
    expect(read(0.8023, '80.23%')).toEqual({ kind: 'percent', value: 80.23 });
    expect(read(0.8023, '80%')).toEqual({ kind: 'percent', value: 80.23 }); // the stored number, not the rounded display
    expect(read(0.895, '89.50%')).toEqual({ kind: 'percent', value: 89.5 });
  });

  it('reads the display text when the host gives no value', () => {
    expect(read(null, '4.34/10.00')).toEqual({ kind: 'score', value: 4.34, max: 10 });
  });

  it('refuses what is not a score', () => {
    expect(reason(null)).toBe('empty');
    expect(reason('   ')).toBe('empty');
    expect(reason(Number.NaN)).toBe('not-a-score');
    expect(reason(Number.POSITIVE_INFINITY)).toBe('not-a-score');
    expect(reason(-1)).toBe('negative');
    expect(reason('5/0')).toBe('zero-max');
    expect(reason('80% (xếp thứ 2/63) (xếp thứ 3/63)')).toBe('two-ranks');
    expect(reason('15-20 (xếp thứ 5)')).toBe('two-ranks');
    for (const bad of [
      'Khá',
      '4.34/',
      '/10',
      '4.34/10.00/20',
      '-4',
      '1.2,3.4',
      '100% nhiệm vụ CCHC hoàn thành đúng và trước hạn', // a task sheet's "Chỉ tiêu/kết quả"
      'Tăng tỷ lệ người dân có hiểu biết về bầu cử',
      'tăng 0,03% so với năm 2020',
      'Năm 2023',
      'x'.repeat(400),
    ])
      expect([bad, reason(bad)]).toEqual([bad, 'not-a-score']);
  });
});

describe('parseRank', () => {
  const rank = (input: string | number | null, text?: string) => {
    const r = parseRank(input, text);
    return r.ok ? r.value : r.reason.code;
  };
  it('reads ranks and ranges, with the denominator only when written', () => {
    expect(rank(15)).toEqual({ from: 15, to: 15, of: null });
    expect(rank('15')).toEqual({ from: 15, to: 15, of: null });
    expect(rank('15-20')).toEqual({ from: 15, to: 20, of: null });
    expect(rank('15 – 20')).toEqual({ from: 15, to: 20, of: null });
    expect(rank('15/63')).toEqual({ from: 15, to: 15, of: 63 });
    expect(rank('20-30/34')).toEqual({ from: 20, to: 30, of: 34 });
    expect(rank('xếp thứ 20-   30/63')).toEqual({ from: 20, to: 30, of: 63 });
    expect(rank('Hạng 8')).toEqual({ from: 8, to: 8, of: null });
  });
  it('leaves range checks to the validator but refuses what is not a rank', () => {
    expect(rank('30-20')).toEqual({ from: 30, to: 20, of: null });
    expect(rank(0)).toEqual({ from: 0, to: 0, of: null });
    expect(rank(15.5)).toBe('not-a-rank');
    expect(rank('80%')).toBe('not-a-rank');
    expect(rank('9.07/9.5')).toBe('not-a-rank');
    expect(rank('Top 20')).toBe('not-a-rank');
    expect(rank('')).toBe('empty');
  });
});

describe('properties', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    // strings made of the parser's own vocabulary, where its regular expressions do real work
    fc
      .array(fc.constantFrom('4', '.', ',', '/', '%', '-', '–', ' ', '(', ')', 'xếp thứ', 'tỷ lệ', 'điểm', 'từ', 'trở lên', '63', '10.00', 'hạng', '≥', '\n'), {
        maxLength: 30,
      })
      .map((parts) => parts.join('')),
  );

  it('parseScore and parseRank never throw, and every score they return fits the schema', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (s, display) => {
        const r = parseScore(s, display);
        if (r.ok) expect(ScoreSchema.safeParse(r.value).success).toBe(true);
        else expect(r.reason.vi.length).toBeGreaterThan(0);
        parseRank(s, display);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on any number, with any display text', () => {
    fc.assert(
      fc.property(fc.double(), fc.option(fc.string(), { nil: undefined }), (n, display) => {
        parseScore(n, display);
        parseRank(n, display);
      }),
    );
  });

  it('reads back any score written with a dot or a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 10000 }), fc.boolean(), (v, m, comma) => {
        const show = (n: number) => (comma ? (n / 100).toFixed(2).replace('.', ',') : (n / 100).toFixed(2));
        expect(read(`${show(v)}/${show(m)}`)).toEqual({ kind: 'score', value: v / 100, max: m / 100 });
        expect(read(`${show(v)}%`)).toEqual({ kind: 'percent', value: v / 100 });
      }),
    );
  });
});
