import type { FindingStats, Message } from '../findings';
import type { WorkbookRecords } from '../report/consolidate';
import type { SheetResult } from '../workbook';
import { baseName } from '../file-name';
import { problemMessage } from './read/problems';

/**
 * What a file's check comes to, and the sentences for a file that could not be used for reasons outside the
 * reader (its worker stopped or lost, its bytes not handed over). Apart from check.ts so that a page's main
 * bundle can name them without carrying the reader.
 */

/** What validate prints: no task rows, no index tables. */
export type CompactSheet = Pick<SheetResult, 'name' | 'kind' | 'rows' | 'findings'> & { directory?: boolean };

export type FileOutcome =
  | {
      file: string;
      ok: true;
      stats: FindingStats;
      sheets: CompactSheet[];
      records?: WorkbookRecords;
      /** No task table and no index table in the workbook: the sentence that says so (core/no-table.ts). */
      noTable?: Message;
      /** The years the workbook's sheets name (core/years.ts), newest first; absent when none. */
      years?: number[];
    }
  | { file: string; ok: false; code: string; message: Message };

/** A file that could not be used, and the one sentence that says why. */
export type Refusal = Extract<FileOutcome, { ok: false }>;

export { baseName } from '../file-name';

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
      ? problemMessage({ code: 'too-large', what: 'memory' }, name)
      : { vi: `cchc gặp lỗi khi xử lý tệp ${name} (lỗi của cchc, không phải của tệp): ${why}.`, en: `cchc failed while processing ${name} (a fault in cchc, not in the file): ${why}.` },
  };
}

/** The host could not hand over the file's bytes (gone, locked, no permission). */
export function unreadable(file: string): Refusal {
  return { file, ok: false, code: 'unreadable', message: { vi: `Không đọc được tệp ${file}.`, en: `Cannot read ${file}.` } };
}
