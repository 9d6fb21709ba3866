import type { IsoDate } from '../dates';
import type { Message } from '../findings';
import { baseName } from '../file-name';
import { problemMessage, readWorkbook, type ReadOptions } from '../io/read/reader';
import { planOfGrids, type PlanResult } from './plan';
import { readPreviousReport, type PreviousResult } from './previous';

/**
 * The plan and the last report from a file's bytes, through the same reader as every workbook: what `cchc report
 * --plan/--previous` and a page call. Not exported from core/index.ts (it carries the reader).
 */

const refusal = (file: string, what: { vi: string; en: string }, why: Message): Message => ({ vi: `${what.vi} ${why.vi}`, en: `${what.en} ${why.en}` });

export function planFromBytes(file: string, bytes: Uint8Array, asOf: IsoDate, read: ReadOptions = {}, flags = true): PlanResult {
  const r = readWorkbook(bytes, read);
  if (!r.ok) return { ok: false, message: refusal(file, { vi: 'Không dùng được kế hoạch gốc:', en: 'The plan cannot be used:' }, problemMessage(r.problem, baseName(file), { flags })) };
  return planOfGrids(file, r.grids, asOf);
}

export function previousFromBytes(file: string, bytes: Uint8Array, read: ReadOptions = {}, flags = true): PreviousResult {
  const r = readWorkbook(bytes, read);
  if (!r.ok) return { ok: false, message: refusal(file, { vi: 'Không dùng được báo cáo kỳ trước:', en: "The last period's report cannot be used:" }, problemMessage(r.problem, baseName(file), { flags })) };
  return readPreviousReport(file, r.grids);
}
