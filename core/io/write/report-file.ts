import type { Message } from '../../findings';
import { layoutReport } from '../../report/layout';
import type { SummaryModel } from '../../report/consolidate';
import { streamReportXlsx, type DeflateSlice } from './index';

/** What `cchc report` and the web page say when no file could be used. */
export const NO_USABLE_WORKBOOK: Message = { vi: 'Không có sổ nào dùng được để tổng hợp.', en: 'No usable workbook to consolidate.' };

export type ReportFileOptions = {
  /** The path a source file's links use, relative to where the report is saved. */
  linkPath: (file: string) => string;
  /** The host's raw deflate (Node's zlib in the CLI); fflate's when absent. */
  deflate?: DeflateSlice;
  /** Fixed creation time, for byte-identical files in tests. */
  created?: Date;
};

/**
 * The quarterly report file, as `cchc report --out` and the web page both make it: the summary model laid out
 * with links to each source file, written by the pure writer, chunk by chunk to `emit`. One function, so the two
 * give the same cells for the same inputs and time.
 */
export function writeQuarterlyReport(model: SummaryModel, opts: ReportFileOptions, emit: (chunk: Uint8Array) => void): void {
  const spec = layoutReport(model, { links: 'external', linkPath: opts.linkPath });
  streamReportXlsx(spec, { creator: 'cchc', ...(opts.deflate ? { deflate: opts.deflate } : {}), ...(opts.created ? { created: opts.created } : {}) }, emit);
}
