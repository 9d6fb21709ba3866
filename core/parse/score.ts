import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { foldText } from '../text/fold';

/** A rank or a rank range ("xếp thứ 20-30/63"); `of` is the number of provinces, when the text says it. */
export const RankSchema = z.object({ from: z.number(), to: z.number(), of: z.number().nullable() });
export type Rank = z.infer<typeof RankSchema>;

/**
 * What an index cell says: a score out of a maximum ("4.34/10.00"), a percentage ("80.23%"),
 * a bare number ("95.47"), or a rank ("15-20"). Scores and percentages may carry the rank and
 * the percentage written next to them ("8,48/10 điểm (tỷ lệ 84,48%) xếp thứ 07/63").
 */
export const ScoreSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('score'),
    value: z.number(),
    max: z.number(),
    percent: z.number().optional(),
    rank: RankSchema.optional(),
  }),
  z.object({ kind: z.literal('percent'), value: z.number(), rank: RankSchema.optional() }),
  z.object({ kind: z.literal('number'), value: z.number(), rank: RankSchema.optional() }),
  RankSchema.extend({ kind: z.literal('rank') }),
]);
export type Score = z.infer<typeof ScoreSchema>;

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const INT = String.raw`\d+`;
const WORD_START = String.raw`(?<![a-z])`;
const WORD_END = String.raw`(?![a-z])`;

// "xếp thứ 45/63", "xếp thứ 20-   30/63", "xếp hạng 15", "vị trí từ 20 – 30/63", "hạng 8"
const RANK_PHRASE = new RegExp(
  String.raw`${WORD_START}(?:xep\s+)?(?:thu\s+hang|vi\s+tri(?:\s+xep\s+hang)?|hang|thu)\s*(?:thu\s+)?(?:tu\s+)?(${INT})(?:\s*-\s*(${INT}))?(?:\s*\/\s*(${INT}))?`,
  'g',
);
// "(tỷ lệ 84,48%)"
const RATIO_PHRASE = new RegExp(String.raw`${WORD_START}ty\s+le\s*:?\s*(${NUM})\s*%`, 'g');
// Words that qualify a value without changing it: "đạt 85%", "từ 88% trở lên", "8,48/10 điểm",
// "xếp thứ 8/61 tỉnh, thành phố trong cả nước".
const FILLER = new RegExp(
  `${WORD_START}(?:${[
    'diem so',
    'diem',
    'dat',
    'tu',
    'tren',
    'tro len',
    'toi thieu',
    'it nhat',
    'khoang',
    'tinh',
    'thanh pho',
    'trong',
    'ca nuoc',
    'truc thuoc trung uong',
  ].join('|')})${WORD_END}`,
  'g',
);

const SCORE_MAIN = new RegExp(String.raw`^(${NUM})\s*\/\s*(${NUM})$`);
const PERCENT_MAIN = new RegExp(String.raw`^(${NUM})\s*%$`);
const RANGE_MAIN = new RegExp(String.raw`^(${INT})\s*-\s*(${INT})(?:\s*\/\s*(${INT}))?$`);
const NUMBER_MAIN = new RegExp(`^(${NUM})$`);

/** A paragraph is not a score; also bounds the work on pasted text. */
const MAX_LENGTH = 300;

const notAScore = <T>(): Result<T> =>
  fail(
    'not-a-score',
    'không đọc được điểm số (cần dạng 4.34/10.00, 80.23%, 95.47 hoặc 15-20)',
    'not a score (expected a form such as 4.34/10.00, 80.23%, 95.47 or 15-20)',
  );
const empty = <T>(): Result<T> => fail('empty', 'ô trống', 'the cell is empty');

/**
 * Reads an index cell. A number is taken as it is, or as a percentage when its display text
 * ends in "%" (Excel stores 80.23% as 0.8023). Never throws.
 */
export function parseScore(input: string | number | null, displayText?: string): Result<Score> {
  if (typeof input === 'number') return scoreFromNumber(input, displayText);
  const text = input ?? displayText ?? '';
  if (text.trim() === '') return empty();
  return scoreFromText(text);
}

/** Reads a rank cell: 15, "15-20", "15/63", "xếp thứ 15/63". Never throws. */
export function parseRank(input: string | number | null, displayText?: string): Result<Rank> {
  const r = parseScore(input, displayText);
  if (!r.ok) return r.reason.code === 'empty' ? r : notARank();
  const s = r.value;
  if (s.kind === 'rank') return ok({ from: s.from, to: s.to, of: s.of });
  if (s.kind === 'number' && Number.isInteger(s.value) && !s.rank) return ok({ from: s.value, to: s.value, of: null });
  if (s.kind === 'score' && Number.isInteger(s.value) && Number.isInteger(s.max) && s.percent === undefined && !s.rank)
    return ok({ from: s.value, to: s.value, of: s.max });
  if (s.kind !== 'percent' && s.rank) return ok(s.rank);
  return notARank();
}

const notARank = <T>(): Result<T> =>
  fail('not-a-rank', 'không đọc được thứ hạng (cần dạng 15, 15-20 hoặc 15/63)', 'not a rank (expected 15, 15-20 or 15/63)');

function scoreFromNumber(n: number, displayText?: string): Result<Score> {
  if (!Number.isFinite(n)) return notAScore();
  if (n < 0) return fail('negative', 'điểm số không thể âm', 'a score cannot be negative');
  if (displayText !== undefined && /%\s*$/.test(displayText)) return ok({ kind: 'percent', value: roundNoise(n * 100) });
  return ok({ kind: 'number', value: n });
}

function scoreFromText(input: string): Result<Score> {
  if (input.length > MAX_LENGTH) return notAScore();
  let s = foldText(input)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[≥>~≈]=?/g, ' ');

  const ranks: Rank[] = [];
  s = s.replace(RANK_PHRASE, (_m, a: string, b: string | undefined, of: string | undefined) => {
    ranks.push({ from: Number(a), to: Number(b ?? a), of: of === undefined ? null : Number(of) });
    return ' ';
  });
  const ratios: number[] = [];
  let badNumber = false;
  s = s.replace(RATIO_PHRASE, (_m, p: string) => {
    const v = parseDecimal(p);
    if (v === null) badNumber = true;
    else ratios.push(v);
    return ' ';
  });
  if (ranks.length > 1) return fail('two-ranks', 'có hơn một thứ hạng trong ô', 'more than one rank in the cell');
  if (ratios.length > 1 || badNumber) return notAScore();
  const rank = ranks[0];
  const ratio = ratios[0];

  const main = s
    .replace(FILLER, ' ')
    .replace(/[();:]/g, ' ')
    .replace(/,(?!\d)|(?<!\d),/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '').trim(); // and the space a sentence's final period leaves: "… cả nước." reads
  const withRank = <T extends object>(v: T) => (rank ? { ...v, rank } : v);

  let m = SCORE_MAIN.exec(main);
  if (m) {
    const value = parseDecimal(m[1]);
    const max = parseDecimal(m[2]);
    if (value === null || max === null) return notAScore();
    if (max === 0) return fail('zero-max', 'điểm tối đa bằng 0', 'the maximum is 0');
    return ok(withRank({ kind: 'score' as const, value, max, ...(ratio === undefined ? {} : { percent: ratio }) }));
  }
  if (ratio !== undefined && main !== '') return notAScore(); // "(tỷ lệ …)" only qualifies a score
  if ((m = PERCENT_MAIN.exec(main))) {
    const value = parseDecimal(m[1]);
    return value === null ? notAScore() : ok(withRank({ kind: 'percent' as const, value }));
  }
  if ((m = RANGE_MAIN.exec(main))) {
    if (rank) return fail('two-ranks', 'có hơn một thứ hạng trong ô', 'more than one rank in the cell');
    return ok({ kind: 'rank', from: Number(m[1]), to: Number(m[2]), of: m[3] === undefined ? null : Number(m[3]) });
  }
  if ((m = NUMBER_MAIN.exec(main))) {
    const value = parseDecimal(m[1]);
    return value === null ? notAScore() : ok(withRank({ kind: 'number' as const, value }));
  }
  if (main === '' && ratio !== undefined) return ok(withRank({ kind: 'percent' as const, value: ratio }));
  if (main === '' && rank) return ok({ kind: 'rank', ...rank });
  return notAScore();
}

/** The number a score stands for, when it has one (a rank does not). */
export function scoreNumber(s: Score | null): number | null {
  return s && s.kind !== 'rank' ? s.value : null;
}

/**
 * Whether two values measure the same thing and can be subtracted: both scores out of the same
 * maximum, both percentages, or both bare numbers.
 */
export function comparable(a: Score | null, b: Score | null): boolean {
  if (!a || !b || a.kind !== b.kind || a.kind === 'rank') return false;
  return a.kind !== 'score' || (b.kind === 'score' && Math.abs(a.max - b.max) < 1e-9);
}

/** The rank a value carries: its own (a rank cell) or the one written next to it. */
export function scoreRank(s: Score | null): Rank | null {
  if (!s) return null;
  if (s.kind === 'rank') return { from: s.from, to: s.to, of: s.of };
  return s.rank ?? null;
}

/**
 * Reads a decimal written either way: "9.513", "85,95", "1.234,5", "1,234.5".
 * A lone separator is the decimal point whichever it is: the documents mix "4.34" (tables) and
 * "86,80" (prose), and scores never reach a thousand — unlike parseViNumber (budget.ts), for
 * money, where "9.513" is nine thousand. Null when the text is not a plain unsigned decimal.
 */
function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(t)) return null;
  const seps = t.replace(/\d/g, '');
  let plain: string;
  if (seps.length <= 1) plain = t.replace(',', '.');
  else if (new Set(seps).size === 1) {
    // "1.234.567": thousands separators only; each group after the first has three digits
    const groups = t.split(seps[0]);
    if (groups.slice(1).some((g) => g.length !== 3)) return null;
    plain = groups.join('');
  } else {
    const dec = seps[seps.length - 1];
    const thousands = dec === '.' ? ',' : '.';
    const i = t.lastIndexOf(dec);
    const whole = t.slice(0, i);
    if (whole.includes(dec)) return null;
    const groups = whole.split(thousands);
    if (groups.slice(1).some((g) => g.length !== 3)) return null;
    plain = `${groups.join('')}.${t.slice(i + 1)}`;
  }
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

/** Rounds away binary noise (0.8023 × 100 = 80.22999999999999) without losing real digits. */
export function roundNoise(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
