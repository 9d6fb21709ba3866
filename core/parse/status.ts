import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { foldText } from '../text/fold';

/** What an agency reports in a status column ("Tình trạng", "Tiến độ", "Kết quả thực hiện"). */
export const ReportedStatusSchema = z.enum(['done', 'done-late', 'in-progress', 'not-started', 'overdue']);
export type ReportedStatus = z.infer<typeof ReportedStatusSchema>;

const RULES: Array<[RegExp, ReportedStatus]> = [
  // Order matters: "hoàn thành trễ hạn" before "hoàn thành", "chưa hoàn thành" before "hoàn thành".
  [/^(da )?hoan thanh.*\b(tre|qua|cham|sau) ?han\b|^(da )?hoan thanh (nhung )?(tre|cham)\b|^ht (tre|qua) han$/, 'done-late'],
  // A status column of "Đúng hạn / Trễ hạn" reports completions, as TTHC statistics do ("giải quyết trễ hạn").
  [/^tre han$/, 'done-late'],
  [/^(da )?(hoan thanh )?dung han$/, 'done'],
  [/^chua (thuc hien|trien khai|bat dau|lam|tien hanh|co ke hoach)\b/, 'not-started'],
  [/^chua hoan thanh\b.*\b(qua|tre) han\b|^(qua|tre) han\b|^cham (tien do|tre)\b|^(dang thuc hien )?(qua|tre) han$/, 'overdue'],
  [/^(dang|tiep tuc|da trien khai|da va dang|dang va|chua hoan thanh)\b/, 'in-progress'],
  [/^(da )?hoan thanh\b|^ht\b|^xong\b|^da thuc hien( xong)?\b|^hoan tat\b|^100 ?%$/, 'done'],
];

/**
 * Reads a status cell. Empty means "not reported" (null), not unknown. A percentage below 100
 * is work in progress. Never throws.
 */
export function parseStatus(input: unknown): Result<ReportedStatus | null> {
  if (input === null || input === undefined || input === '') return ok(null);
  if (typeof input === 'number') {
    // A progress percentage typed as a number: 1 or 100 means done (Excel stores 100 % as 1).
    if (input === 1 || input === 100) return ok('done');
    if (input >= 0 && input < 100) return ok(input === 0 ? 'not-started' : 'in-progress');
    return fail('unrecognised', `Không hiểu tình trạng "${input}"`, `Unknown status "${input}"`);
  }
  if (typeof input !== 'string') return fail('unrecognised', `Không hiểu tình trạng "${String(input)}"`, `Unknown status "${String(input)}"`);
  const t = foldText(input).replace(/^[-+•*]\s*/, '').replace(/[.;!]+$/, '');
  if (t === '') return ok(null);
  const pct = /^(\d{1,3})(?:[.,]\d+)?\s*%$/.exec(t);
  if (pct) {
    const n = Number(pct[1]);
    if (n >= 100) return ok('done');
    return ok(n === 0 ? 'not-started' : 'in-progress');
  }
  for (const [re, s] of RULES) if (re.test(t)) return ok(s);
  return fail('unrecognised', `Không hiểu tình trạng "${input.trim()}"`, `Unknown status "${input.trim()}"`);
}

/** The values offered in a status drop-down (data validation), as staff write them. */
export const STATUS_CHOICES_VI = ['Hoàn thành', 'Hoàn thành trễ hạn', 'Đang thực hiện', 'Chưa thực hiện'] as const;
