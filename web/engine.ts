import { Consolidator, layoutFindingsList, parsePeriod, reportSheetBase, type Finding, type FindingsListFile, type GridInput, type Lang, type Severity, type SummaryModel, type WorkbookRecords } from '../core';
import { baseName, checkBytes, unreadable, type FileOutcome } from '../core/io/check';
import { DEFAULT_LIMITS, problemMessage, readWorkbook } from '../core/io/read';
import { streamReportXlsx } from '../core/io/write';
import { NO_USABLE_WORKBOOK, writeQuarterlyReport } from '../core/io/write/report-file';

/**
 * What the page does with files, as plain functions over data: read a file's bytes in chunks, check a workbook,
 * re-read one for the cell view, lay out and write the report and the findings list. The Web Worker runs them
 * (worker.ts); where the browser refuses workers (a page opened from disk in Chromium) the page runs the same
 * functions itself (pool.ts). The checks and the report are the CLI's own (core/io/check, layoutReport and the
 * pure writer), so the page and `cchc report` give the same counts and the same cells.
 */

export type CheckRequest = { name: string; asOf: string; dueSoonDays: number; maxSeconds: number };

/**
 * A file's bytes, read in chunks so the page can show how far it has come. `onProgress(loaded, total)` after
 * each chunk. Throws only when the browser cannot hand the file over (gone, locked, no permission).
 */
export async function loadBytes(file: Blob, onProgress?: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const total = file.size;
  // Firefox before 69 and Safari before 14.1 have no Blob.stream(): one read, then.
  if (typeof file.stream !== 'function') {
    const whole = new Uint8Array(await file.arrayBuffer());
    onProgress?.(total, total);
    return whole;
  }
  const out = new Uint8Array(total);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > out.length) throw new Error('the file grew while it was read');
    out.set(value, at);
    at += value.length;
    onProgress?.(at, total);
  }
  return at === total ? out : out.subarray(0, at);
}

/** Reads and checks one workbook: its findings and its report records, or the sentence that says why not. */
export function checkFile(name: string, bytes: Uint8Array, req: CheckRequest): FileOutcome {
  const deadline = performance.now() + req.maxSeconds * 1000;
  return checkBytes(name, bytes, {
    job: 'both',
    asOf: req.asOf,
    dueSoonDays: req.dueSoonDays,
    flags: false,
    read: { ...DEFAULT_LIMITS, shouldStop: () => performance.now() > deadline, seconds: req.maxSeconds },
  });
}

export async function checkBlob(name: string, file: Blob, req: CheckRequest, onProgress?: (loaded: number, total: number) => void): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await loadBytes(file, onProgress);
  } catch {
    return unreadable(name);
  }
  return checkFile(name, bytes, req);
}

export type GridsResult = { ok: true; grids: GridInput[] } | { ok: false; message: { vi: string; en: string } };

/** The workbook's sheets again, for the read-only cell view (kept nowhere between uses). */
export async function readGrids(name: string, file: Blob): Promise<GridsResult> {
  let bytes: Uint8Array;
  try {
    bytes = await loadBytes(file);
  } catch {
    return { ok: false, message: unreadable(name).message };
  }
  const r = readWorkbook(bytes);
  if (r.ok) return { ok: true, grids: r.grids };
  return { ok: false, message: problemMessage(r.problem, baseName(name), { flags: false }) };
}

export type ReportRequest = {
  /** Each usable workbook's records, in the order of the list (the sources table follows it). */
  records: WorkbookRecords[];
  period: string;
  asOf: string;
  dueSoonDays: number;
  /** The report's "made at" stamp, local time YYYY-MM-DDTHH:MM. */
  generatedAt: string;
};

export type ReportResult =
  | { ok: true; fileName: string; chunks: Uint8Array[]; totals: SummaryModel['totals']; labelVi: string; labelEn: string; workbooks: number }
  | { ok: false; message: { vi: string; en: string } };

/**
 * The quarterly report, as `cchc report --out` makes it: the records consolidated for the period, laid out with
 * links to each source cell by the file's path as dropped (relative to the folder the report is saved in), and
 * written by the pure writer.
 */
export function buildReport(req: ReportRequest): ReportResult {
  const period = parsePeriod(req.period);
  if (!period.ok) return { ok: false, message: period.reason };
  if (req.records.length === 0) return { ok: false, message: NO_USABLE_WORKBOOK };
  const summary = new Consolidator({ period: period.value, asOf: req.asOf, generatedAt: req.generatedAt, dueSoonDays: req.dueSoonDays });
  for (const r of req.records) summary.add(r);
  const model = summary.finish();
  const chunks: Uint8Array[] = [];
  writeQuarterlyReport(model, { linkPath: (file) => file }, (c) => chunks.push(c));
  return { ok: true, fileName: `${reportSheetBase(period.value.code, 'summary')}.xlsx`, chunks, totals: model.totals, labelVi: period.value.labelVi, labelEn: period.value.labelEn, workbooks: req.records.length };
}

export type FindingsListRequest = {
  files: FindingsListFile[];
  lang: Lang;
  asOf: string;
  generatedAt: string;
  /** The page's filters: the severities shown, and one code or all. */
  severities: Severity[];
  code: string | null;
  filterNote?: string;
};

export type FindingsListResult = { ok: true; chunks: Uint8Array[]; count: number } | { ok: false; message: { vi: string; en: string } };

export function buildFindingsList(req: FindingsListRequest): FindingsListResult {
  const keep = (f: Finding) => req.severities.includes(f.severity) && (req.code === null || f.code === req.code);
  let count = 0;
  for (const file of req.files) if (file.ok) for (const s of file.sheets) for (const f of s.findings) if (keep(f)) count++;
  const spec = layoutFindingsList(req.files, { lang: req.lang, asOf: req.asOf, generatedAt: req.generatedAt, linkPath: (f) => f, include: keep, filterNote: req.filterNote });
  const chunks: Uint8Array[] = [];
  streamReportXlsx(spec, { creator: 'cchc' }, (c) => chunks.push(c));
  return { ok: true, chunks, count };
}
