import { z } from 'zod';
import { excelSerialToIso, isoFromParts, lastDayOfMonth } from '../dates';
import { fail, ok, type Result } from '../result';
import { foldText, romanToInt } from '../text/fold';

export const PeriodSchema = z.enum(['day', 'month', 'quarter', 'half', 'year']);
export type Period = z.infer<typeof PeriodSchema>;

/**
 * What a "Thời gian" cell means. A dated deadline is the last day of the period it names
 * (Quý I/2022 → 2022-03-31); recurring and conditional times have no single deadline.
 */
export const TimeSpecSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('deadline'),
    /** The last day: the deadline. */
    date: z.string(),
    /** The first day of the period named (equal to date for a day). */
    start: z.string(),
    period: PeriodSchema,
  }),
  z.object({
    kind: z.literal('recurring'),
    every: z.enum(['week', 'month', 'quarter', 'year', 'unspecified']),
    /** "Hằng quý và năm 2022": recurring until the end of 2022. */
    until: z.string().optional(),
  }),
  z.object({
    kind: z.literal('conditional'),
    /** By reference ("Theo Kế hoạch", "Theo Đề án") or on an event ("Khi có quy định…", "Sau khi kiểm tra"). */
    basis: z.enum(['reference', 'event']),
  }),
]);
export type TimeSpec = z.infer<typeof TimeSpecSchema>;

export type TimeOptions = {
  /** Year for "Quý III" or "Tháng 11" written without one (the plan's year). */
  defaultYear?: number;
};

const RECURRING: Array<[RegExp, 'week' | 'month' | 'quarter' | 'year' | 'unspecified']> = [
  [/\bhang tuan\b|\bmoi tuan\b/, 'week'],
  [/\bhang thang\b|\bmoi thang\b|\bdinh ky thang\b/, 'month'],
  [/\bhang quy\b|\bmoi quy\b|\bdinh ky quy\b/, 'quarter'],
  [/\bhang nam\b|\bmoi nam\b/, 'year'],
  [/\bthuong xuyen\b|\bdinh ky\b|\btheo che do bao cao\b|\blien tuc\b|\bhang ngay\b/, 'unspecified'],
];

const EVENT = /\b(khi co|sau khi|ngay sau|khi duoc|theo thong bao|theo yeu cau|dot xuat|khi phat sinh|neu co|tuy theo)\b/;
const REFERENCE = /\b(theo ke hoach|theo de an|theo quy dinh|theo lo trinh|theo huong dan|theo chuong trinh|theo van ban|theo tien do|theo chi dao|theo ke hoach tuyen dung)\b|^theo\b/;

const ROMAN_Q = '(iv|i{1,3}|[1-4])';

function yearOk(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

function quarter(y: number, q: number): TimeSpec {
  const m = q * 3;
  return { kind: 'deadline', date: lastDayOfMonth(y, m), start: isoFromParts(y, m - 2, 1)!, period: 'quarter' };
}

function month(y: number, m: number): TimeSpec {
  return { kind: 'deadline', date: lastDayOfMonth(y, m), start: isoFromParts(y, m, 1)!, period: 'month' };
}

function year(y: number): TimeSpec {
  return { kind: 'deadline', date: `${y}-12-31`, start: `${y}-01-01`, period: 'year' };
}

function half(y: number, h: 1 | 2): TimeSpec {
  return h === 1
    ? { kind: 'deadline', date: `${y}-06-30`, start: `${y}-01-01`, period: 'half' }
    : { kind: 'deadline', date: `${y}-12-31`, start: `${y}-07-01`, period: 'half' };
}

const quarterNumber = (s: string): number => (/^\d$/.test(s) ? Number(s) : romanToInt(s));

/** Dated forms, most specific first. `t` is folded text (no diacritics, lower case, single spaces). */
function parseDated(t: string, opts: TimeOptions): Result<TimeSpec> | null {
  // Full dates d/m/yyyy (also d-m-yyyy, d.m.yyyy). With several ("từ 01/3 đến 30/6/2024") the last is the deadline.
  const dates = [...t.matchAll(/(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g)];
  if (dates.length > 0) {
    const m = dates[dates.length - 1];
    const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
    if (!iso) return fail('invalid-date', `Ngày không tồn tại: "${m[0]}" (ngày/tháng/năm)`, `No such date: "${m[0]}" (day/month/year)`);
    return ok({ kind: 'deadline', date: iso, start: iso, period: 'day' });
  }
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
  if (iso) {
    const d = isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (d) return ok({ kind: 'deadline', date: d, start: d, period: 'day' });
  }
  // "ngày 30 tháng 11 năm 2024"
  const words = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(t);
  if (words) {
    const d = isoFromParts(Number(words[3]), Number(words[2]), Number(words[1]));
    if (!d) return fail('invalid-date', `Ngày không tồn tại: "${words[0]}"`, `No such date: "${words[0]}"`);
    return ok({ kind: 'deadline', date: d, start: d, period: 'day' });
  }
  // Quarters: "Quý I/2022", "Quý IV năm 2024", "quý 3 - 2024", "Q3/2024", "Quý III" (plan year).
  const q =
    new RegExp(`\\bquy\\s*${ROMAN_Q}\\b(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?`).exec(t) ?? new RegExp(`\\bq\\s*([1-4])\\b(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?`).exec(t);
  if (q) {
    const n = quarterNumber(q[1]);
    const y = q[2] ? Number(q[2]) : opts.defaultYear;
    if (n >= 1 && n <= 4 && y !== undefined && yearOk(y)) return ok(quarter(y, n));
    if (y === undefined) return fail('no-year', `Không rõ năm của "${q[0]}"`, `No year given for "${q[0]}"`);
  }
  // Half years: "6 tháng đầu năm 2024", "6 tháng cuối năm 2024".
  const h = /\b6 thang (dau|cuoi) nam(?: (\d{4}))?/.exec(t);
  if (h) {
    const y = h[2] ? Number(h[2]) : opts.defaultYear;
    if (y !== undefined && yearOk(y)) return ok(half(y, h[1] === 'dau' ? 1 : 2));
  }
  // Months: "Tháng 11/2022", "Trong tháng 01/2022", "tháng 11 năm 2022", "Tháng 11" (plan year), "11/2022".
  const mo = /\bthang (\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?\b/.exec(t) ?? /(?<![\d/])(\d{1,2})\s*\/\s*(\d{4})(?!\d)/.exec(t);
  if (mo) {
    const m = Number(mo[1]);
    const y = mo[2] ? Number(mo[2]) : opts.defaultYear;
    if (m >= 1 && m <= 12 && y !== undefined && yearOk(y)) return ok(month(y, m));
    if (m < 1 || m > 12) return fail('invalid-date', `Tháng không tồn tại: "${mo[0]}"`, `No such month: "${mo[0]}"`);
  }
  // Years: "Trong năm 2022", "Năm 2023", "cuối năm 2024", "2025".
  const y = /\bnam (\d{4})\b/.exec(t) ?? /^(?:trong |den |truoc |cuoi )?(\d{4})$/.exec(t);
  if (y && yearOk(Number(y[1]))) return ok(year(Number(y[1])));
  return null;
}

/**
 * Reads a "Thời gian" cell: text such as "Quý I/2022", "Thường xuyên", "Theo Đề án", an Excel
 * date serial, or a bare year. Never throws; the reason says why a text could not be read.
 */
export function parseTime(input: unknown, opts: TimeOptions = {}): Result<TimeSpec> {
  if (typeof input === 'number') {
    if (Number.isInteger(input) && yearOk(input)) return ok(year(input)); // a bare year typed as a number
    const iso = excelSerialToIso(input);
    return iso ? ok({ kind: 'deadline', date: iso, start: iso, period: 'day' }) : fail('not-a-date', `Số ${input} không phải là ngày`, `The number ${input} is not a date`);
  }
  if (typeof input !== 'string') return fail('empty', 'Ô trống', 'Empty cell');
  const t = foldText(input);
  if (t === '') return fail('empty', 'Ô trống', 'Empty cell');

  for (const [re, every] of RECURRING) {
    if (re.test(t)) {
      const until = /\bnam (\d{4})\b/.exec(t);
      return ok(until && yearOk(Number(until[1])) ? { kind: 'recurring', every, until: `${until[1]}-12-31` } : { kind: 'recurring', every });
    }
  }
  const dated = parseDated(t, opts);
  if (dated) return dated;
  if (EVENT.test(t)) return ok({ kind: 'conditional', basis: 'event' });
  if (REFERENCE.test(t)) return ok({ kind: 'conditional', basis: 'reference' });
  return fail('unrecognised', `Không đọc được thời hạn "${input.trim()}"`, `Cannot read the deadline "${input.trim()}"`);
}
