import type { IsoDate } from '../dates';
import type { GridInput } from '../grid/grid';
import { reduceWorkbook } from '../report/consolidate';
import { noTableMessage } from '../no-table';
import { validateWorkbook } from '../workbook';
import { workbookYears } from '../years';
import { problemMessage, readWorkbook, type ReadOptions, type ReadProblem } from './read/reader';
import { baseName, type CompactSheet, type FileOutcome, type Refusal } from './outcome';

export { baseName, crashed, timedOut, unreadable, type CompactSheet, type FileOutcome, type Refusal } from './outcome';

/**
 * One workbook, start to end, on bytes alone: read, validate, and keep only the compact data a command
 * needs (the grids are dropped here, before the next file is read). The CLI's worker threads and the web
 * page's Web Workers both run it, so for the same bytes and date they give the same findings, counts and
 * report records. Pure: no Node, no DOM. Not exported from core/index.ts (it carries the reader).
 */

/** validate: findings per sheet; report: the records consolidation needs; both: the two (the web page). */
export type CheckJob = 'validate' | 'report' | 'both';

export type CheckOptions = { job: CheckJob; asOf: IsoDate; dueSoonDays: number };

/** Validates grids already read and reduces them to what the job needs. */
export function checkGrids(file: string, grids: readonly GridInput[], opts: CheckOptions): FileOutcome {
  const result = validateWorkbook(grids, { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays });
  // A report needs each task as a consolidated record, not the rows, fields and cells it was read from.
  const records = opts.job === 'validate' ? undefined : reduceWorkbook({ file, sheets: result.sheets }, opts.asOf);
  const sheets =
    opts.job === 'report' ? [] : result.sheets.map((s): CompactSheet => ({ name: s.name, kind: s.kind, rows: s.rows, findings: s.findings, ...(s.directory ? { directory: true } : {}) }));
  const noTable = noTableMessage(baseName(file), result.sheets);
  const years = workbookYears(result.sheets);
  return { file, ok: true, stats: result.stats, sheets, ...(records ? { records } : {}), ...(noTable ? { noTable } : {}), ...(years.length > 0 ? { years } : {}) };
}

export type CheckBytesOptions = CheckOptions & {
  read?: ReadOptions;
  /** Whether a refusal names the CLI option that lifts it (--max-cells…); a web page has no such options. */
  flags?: boolean;
};

/** Reads the bytes of `file` (a path or a name, for the messages and the records) and checks them. Never throws on a bad file. */
export function checkBytes(file: string, bytes: Uint8Array, opts: CheckBytesOptions): FileOutcome {
  const read = readWorkbook(bytes, opts.read);
  if (!read.ok) return refused(file, read.problem, opts.flags);
  return checkGrids(file, read.grids, opts);
}

export function refused(file: string, problem: ReadProblem, flags = true): Refusal {
  return { file, ok: false, code: problem.code, message: problemMessage(problem, baseName(file), { flags }) };
}
