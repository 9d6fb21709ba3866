import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { foldText } from '../text/fold';

/**
 * What a "Kinh phí" cell means: an amount in VND, or the source the money comes from
 * ("Kinh phí tự chủ", "Theo Kế hoạch") when the plan names no amount.
 */
export const BudgetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('amount'),
    /** VND, as written (per month when perMonth). */
    vnd: z.number().nonnegative(),
    perMonth: z.boolean(),
    /** VND for a whole year (×12 for a monthly amount). */
    annualVnd: z.number().nonnegative(),
  }),
  z.object({
    kind: z.literal('source'),
    source: z.enum(['autonomous', 'per-plan', 'per-regulation', 'inspection', 'state-budget', 'socialised', 'other']),
  }),
]);
export type Budget = z.infer<typeof BudgetSchema>;

const UNITS: Array<[RegExp, number]> = [
  [/^(ty|ti)\b/, 1e9],
  [/^(trieu|tr)\b/, 1e6],
  [/^(nghin|ngan|k)\b/, 1e3],
  [/^(dong|vnd|d)\b/, 1],
];

/**
 * A Vietnamese number: "1,5" (comma is the decimal mark), "100.000.000" (dots group thousands),
 * "1.5" (one dot not followed by three digits is a decimal mark, as typed on English keyboards).
 */
export function parseViNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d[\d.,]*$/.test(t)) return null;
  let norm: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) norm = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) && !/^\d{1,3},\d{3}$/.test(t)) norm = t.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(t)) norm = t.replace(',', '.');
  else if (/^\d+(\.\d+)?$/.test(t)) norm = t;
  else return null;
  const n = Number(norm);
  return Number.isFinite(n) ? n : null;
}

type Source = Extract<Budget, { kind: 'source' }>['source'];

const SOURCES: Array<[RegExp, Source]> = [
  [/tu chu/, 'autonomous'],
  [/kiem tra/, 'inspection'],
  [/theo (ke hoach|de an|chuong trinh)/, 'per-plan'],
  [/theo quy dinh|theo dinh muc|theo che do/, 'per-regulation'],
  [/xa hoi hoa/, 'socialised'],
  [/ngan sach|nsnn|du toan|kinh phi|nguon|chi thuong xuyen|su nghiep|long ghep|theo /, 'other'],
];

export type BudgetOptions = {
  /** Multiplier for bare numbers, from the column's header ("Kinh phí (triệu đồng)" → 1e6). */
  unit?: number;
};

/**
 * Reads a "Kinh phí" cell: "150 triệu", "1,5 tỷ", "100.000.000 đồng", "05 triệu/tháng",
 * "2 tỷ 500 triệu", a number, or a funding source. Never throws.
 */
export function parseBudget(input: unknown, opts: BudgetOptions = {}): Result<Budget> {
  const unit = opts.unit ?? 1;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return fail('negative', `Kinh phí không hợp lệ: ${input}`, `Invalid budget: ${input}`);
    const vnd = input * unit;
    return ok({ kind: 'amount', vnd, perMonth: false, annualVnd: vnd });
  }
  if (typeof input !== 'string') return fail('empty', 'Ô trống', 'Empty cell');
  const t = foldText(input).replace(/[.;]$/, '');
  if (t === '') return fail('empty', 'Ô trống', 'Empty cell');
  if (/^(khong|0|-|khong co|khong su dung kinh phi)$/.test(t)) return ok({ kind: 'amount', vnd: 0, perMonth: false, annualVnd: 0 });

  const perMonth = /\/\s*thang\b|\bmoi thang\b|\bhang thang\b|\bmot thang\b/.test(t);
  // Sum of "<number> <unit>" terms: "2 ty 500 trieu", "150 trieu", "100.000.000 dong".
  const re = /(\d[\d.,]*)\s*([a-z]*)/g;
  let total = 0;
  let terms = 0;
  for (const m of t.matchAll(re)) {
    const n = parseViNumber(m[1].replace(/[.,]$/, ''));
    if (n === null) return fail('bad-number', `Không đọc được số tiền "${input.trim()}"`, `Cannot read the amount "${input.trim()}"`);
    const word = m[2];
    const u = UNITS.find(([ur]) => ur.test(word));
    if (!u && word !== '') break; // "03 lớp", "02 kỳ": a number that is not money
    total += n * (u ? u[1] : unit);
    terms++;
  }
  if (terms > 0 && /^\d/.test(t)) {
    const vnd = Math.round(total);
    return ok({ kind: 'amount', vnd, perMonth, annualVnd: perMonth ? vnd * 12 : vnd });
  }
  for (const [re2, source] of SOURCES) {
    if (re2.test(t)) return ok({ kind: 'source', source });
  }
  return fail('unrecognised', `Không đọc được kinh phí "${input.trim()}"`, `Cannot read the budget "${input.trim()}"`);
}

/** The unit a header names: "Kinh phí (triệu đồng)" → 1e6; 1 when it names none. */
export function budgetUnitFromHeader(header: string): number {
  const t = foldText(header);
  if (/\bty\b|\bti dong\b/.test(t)) return 1e9;
  if (/trieu/.test(t)) return 1e6;
  if (/nghin|ngan dong/.test(t)) return 1e3;
  return 1;
}
