import type { IsoDate } from '../dates';
import type { FindingStats, Message } from '../findings';
import type { GridInput } from '../grid/grid';
import { reduceWorkbook, type WorkbookRecords } from '../report/consolidate';
import { validateWorkbook, type SheetResult } from '../workbook';
import { problemMessage, readWorkbook, type ReadOptions, type ReadProblem } from './read';

/**
 * One workbook, start to end, on bytes alone: read, validate, and keep only the compact data a command
 * needs (the grids are dropped here, before the next file is read). The CLI's worker threads and the web
 * page's Web Workers both run it, so for the same bytes and date they give the same findings, counts and
 * report records. Pure: no Node, no DOM. Not exported from core/index.ts (it carries the reader).
 */

/** validate: findings per sheet; report: the records consolidation needs; both: the two (the web page). */
export type CheckJob = 'validate' | 'report' | 'both';

export type CheckOptions = { job: CheckJob; asOf: IsoDate; dueSoonDays: number };

/** What validate prints: no task rows, no index tables. */
export type CompactSheet = Pick<SheetResult, 'name' | 'kind' | 'rows' | 'findings'> & { directory?: boolean };

export type FileOutcome =
  | { file: string; ok: true; stats: FindingStats; sheets: CompactSheet[]; records?: WorkbookRecords }
  | { file: string; ok: false; code: string; message: Message };

/** A file that could not be used, and the one sentence that says why. */
export type Refusal = Extract<FileOutcome, { ok: false }>;

/** The name the user knows a file by: its last path segment, whichever separator the host uses. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** Validates grids already read and reduces them to what the job needs. */
export function checkGrids(file: string, grids: readonly GridInput[], opts: CheckOptions): FileOutcome {
  const result = validateWorkbook(grids, { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays });
  // A report needs each task as a consolidated record, not the rows, fields and cells it was read from.
  const records = opts.job === 'validate' ? undefined : reduceWorkbook({ file, sheets: result.sheets }, opts.asOf);
  const sheets =
    opts.job === 'report' ? [] : result.sheets.map((s): CompactSheet => ({ name: s.name, kind: s.kind, rows: s.rows, findings: s.findings, ...(s.directory ? { directory: true } : {}) }));
  return { file, ok: true, stats: result.stats, sheets, ...(records ? { records } : {}) };
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

/** A file whose processing went over its time budget and was stopped from outside (its worker ended). */
export function timedOut(file: string, seconds: number, flags = true): Refusal {
  const name = baseName(file);
  const tail = flags ? { vi: ' (có thể tăng giới hạn bằng --max-seconds)', en: ' (raise the limit with --max-seconds)' } : { vi: '', en: '' };
  return {
    file,
    ok: false,
    code: 'too-slow',
    message: {
      vi: `Xử lý sổ ${name} mất quá ${seconds} giây nên đã dừng; các sổ khác vẫn được xử lý${tail.vi}.`,
      en: `Processing ${name} took more than ${seconds} seconds and was stopped; the other files go on${tail.en}.`,
    },
  };
}

/** A worker that died on a file: out of memory (the file's fault, in effect) or a fault of ours. */
export function crashed(file: string, why: string): Refusal {
  const name = baseName(file);
  const memory = /memory/i.test(why);
  return {
    file,
    ok: false,
    code: memory ? 'too-large' : 'reader-failed',
    message: memory
      ? { vi: `Sổ ${name} cần quá nhiều bộ nhớ để đọc nên đã bị bỏ qua.`, en: `${name} needs too much memory to read and was skipped.` }
      : { vi: `cchc gặp lỗi khi xử lý tệp ${name} (lỗi của cchc, không phải của tệp): ${why}.`, en: `cchc failed while processing ${name} (a fault in cchc, not in the file): ${why}.` },
  };
}

/** The host could not hand over the file's bytes (gone, locked, no permission). */
export function unreadable(file: string): Refusal {
  return { file, ok: false, code: 'unreadable', message: { vi: `Không đọc được tệp ${file}.`, en: `Cannot read ${file}.` } };
}
