import { reduceWorkbook, validateWorkbook, type FindingStats, type Message, type SheetResult, type WorkbookRecords } from '../core';
import { loadWorkbookFile, type LoadLimits } from './input';

/**
 * One file, start to end: read, validate, and keep only the compact records the command needs (the grids
 * are dropped here, before the next file is read). Runs in a worker thread or in the main thread alike,
 * and its result is plain data, so both give the same output byte for byte.
 */

export type Job = 'validate' | 'report';

export type FileTask = { job: Job; file: string; asOf: string; dueSoonDays: number; limits: LoadLimits };

/** What validate prints: no task rows, no index tables. */
export type CompactSheet = Pick<SheetResult, 'name' | 'kind' | 'rows' | 'findings'> & { directory?: boolean };

export type FileOutcome =
  | { file: string; ok: true; stats: FindingStats; sheets: CompactSheet[]; records?: WorkbookRecords }
  | { file: string; ok: false; code: string; message: Message };

export async function processFile(t: FileTask): Promise<FileOutcome> {
  const loaded = await loadWorkbookFile(t.file, t.limits);
  if (!loaded.ok) return { file: t.file, ok: false, code: loaded.code, message: loaded.message };
  const result = validateWorkbook(loaded.grids, { asOf: t.asOf, dueSoonDays: t.dueSoonDays });
  // A report needs each task as a consolidated record, not the rows, fields and cells it was read from.
  if (t.job === 'report') return { file: t.file, ok: true, stats: result.stats, sheets: [], records: reduceWorkbook({ file: t.file, sheets: result.sheets }, t.asOf) };
  const sheets = result.sheets.map((s): CompactSheet => ({ name: s.name, kind: s.kind, rows: s.rows, findings: s.findings, ...(s.directory ? { directory: true } : {}) }));
  return { file: t.file, ok: true, stats: result.stats, sheets };
}
