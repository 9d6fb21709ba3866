import { Consolidator, formsAbout, layoutFindingsList, parsePeriod, planLines, reportFiguresLine, reportSheetBase, type AsOfBasis, type ConsolidateOptions, type Finding, type FindingsListFile, type GridInput, type Lang, type Message, type ReportSettings, type Severity, type WorkbookRecords } from '../core';
import { baseName, checkBytes, unreadable, type FileOutcome } from '../core/io/check';
import { DEFAULT_LIMITS, problemMessage, readWorkbook, type ReadOptions } from '../core/io/read';
import { streamReportXlsx } from '../core/io/write';
import { NO_USABLE_WORKBOOK, writeQuarterlyReport } from '../core/io/write/report-file';
import { planFromBytes, previousFromBytes } from '../core/plan/load';
import { formsZipName, writeFormsZip } from '../core/plan/forms-file';
import { DOCX_TYPE, XLSX_TYPE, ZIP_TYPE, type WorkRequest, type WorkResult } from './protocol';

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
  return checkBytes(name, bytes, { job: 'both', asOf: req.asOf, dueSoonDays: req.dueSoonDays, flags: false, read: readLimits(req.maxSeconds) });
}

/** The CLI's default limits, and a reader that stops itself after `seconds`. */
function readLimits(seconds: number): ReadOptions {
  const deadline = performance.now() + seconds * 1000;
  return { ...DEFAULT_LIMITS, shouldStop: () => performance.now() > deadline, seconds };
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

/** A file the user marked: the plan ("Đây là kế hoạch gốc") or the last period's report ("Báo cáo kỳ trước"). */
export type HeldFile = { name: string; file: Blob };

export type ReportRequest = {
  /** Each usable return's records, in the order of the list (the sources table follows it); never the plan's or the last report's. */
  records: WorkbookRecords[];
  period: string;
  asOf: string;
  /** The rule the as-of date followed ('given': a date the user typed), as `cchc report` states it. */
  asOfRule: AsOfBasis;
  dueSoonDays: number;
  /** The report's "made at" stamp, local time YYYY-MM-DDTHH:MM. */
  generatedAt: string;
  /** The plan the returns are held against (--plan), and the last period's report (--previous). */
  plan?: HeldFile;
  previous?: HeldFile;
  /** The report sheet (.xlsx), or the Word draft of the same model (.docx) with the office's settings. */
  format: 'xlsx' | 'docx';
  settings?: ReportSettings;
  /** The language of the lines said after it. */
  lang: Lang;
  maxSeconds: number;
};

export type ReportResult =
  | {
      ok: true;
      fileName: string;
      type: string;
      chunks: Uint8Array[];
      /** What `cchc report` prints after the file's name: the period, date, rule and figures; then the plan's and the changes' lines. */
      figures: string;
      planLines: string[];
    }
  | { ok: false; message: Message };

/** A marked file's bytes, or the sentence for a file the browser cannot hand over. */
async function heldBytes(h: HeldFile): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: Message }> {
  try {
    return { ok: true, bytes: await loadBytes(h.file) };
  } catch {
    return { ok: false, message: unreadable(h.name).message };
  }
}

/** The plan and the last report, read as `cchc report --plan --previous` reads them (core/plan/load.ts). */
async function planAndPrevious(req: Pick<ReportRequest, 'plan' | 'previous' | 'asOf' | 'maxSeconds'>): Promise<{ ok: true; options: Pick<ConsolidateOptions, 'plan' | 'previous'> } | { ok: false; message: Message }> {
  const options: Pick<ConsolidateOptions, 'plan' | 'previous'> = {};
  if (req.plan) {
    const b = await heldBytes(req.plan);
    if (!b.ok) return b;
    const plan = planFromBytes(req.plan.name, b.bytes, req.asOf, readLimits(req.maxSeconds), false);
    if (!plan.ok) return plan;
    options.plan = plan.plan;
  }
  if (req.previous) {
    const b = await heldBytes(req.previous);
    if (!b.ok) return b;
    const prev = previousFromBytes(req.previous.name, b.bytes, readLimits(req.maxSeconds), false);
    if (!prev.ok) return prev;
    options.previous = prev.report;
  }
  return { ok: true, options };
}

/**
 * The quarterly report, as `cchc report --out` makes it: the records consolidated for the period (held against the
 * plan and the last report when marked), laid out with links to each source cell by the file's path as dropped
 * (relative to the folder the report is saved in), and written by the pure writer; or the Word draft of the same
 * model, as `--docx` writes it (its writer, and the docx library, load only when a draft is asked for).
 */
export async function buildReport(req: ReportRequest): Promise<ReportResult> {
  const period = parsePeriod(req.period);
  if (!period.ok) return { ok: false, message: period.reason };
  const held = await planAndPrevious(req);
  if (!held.ok) return held;
  if (req.records.length === 0) return { ok: false, message: NO_USABLE_WORKBOOK };
  const summary = new Consolidator({ period: period.value, asOf: req.asOf, asOfRule: req.asOfRule, generatedAt: req.generatedAt, dueSoonDays: req.dueSoonDays, ...held.options });
  for (const r of req.records) summary.add(r);
  const model = summary.finish();
  const said = { figures: reportFiguresLine(model, req.records.length, req.lang), planLines: planLines(model, req.lang) };
  const [year, kind] = period.value.code.split('-');
  if (req.format === 'docx') {
    const { writeReportDocx } = await import(/* webpackChunkName: "docx" */ '../core/io/write/report-docx');
    const bytes = await writeReportDocx(model, req.settings ?? {});
    return { ok: true, fileName: `Báo cáo ${kind}-${year}.docx`, type: DOCX_TYPE, chunks: [bytes], ...said };
  }
  const chunks: Uint8Array[] = [];
  writeQuarterlyReport(model, { linkPath: (file) => file }, (c) => chunks.push(c));
  return { ok: true, fileName: `${reportSheetBase(period.value.code, 'summary')}.xlsx`, type: XLSX_TYPE, chunks, ...said };
}

/** What marking a file found: the plan's tasks and agencies, or the last report's period and tasks; or why it is not one. */
export type HeldCheck =
  | { ok: true; role: 'plan'; tasks: number; agencies: number }
  | { ok: true; role: 'previous'; title: string | null; asOf: string | null; tasks: number }
  | { ok: false; message: Message };

export type HeldRequest = { role: 'plan' | 'previous'; held: HeldFile; asOf: string; maxSeconds: number };

/** A file marked as the plan or the last report, read as `--plan`/`--previous` would read it, so a wrong one is said at once. */
export async function checkHeld(req: HeldRequest): Promise<HeldCheck> {
  const r = await planAndPrevious({ [req.role]: req.held, asOf: req.asOf, maxSeconds: req.maxSeconds });
  if (!r.ok) return r;
  if (r.options.plan) return { ok: true, role: 'plan', tasks: r.options.plan.tasks.length, agencies: r.options.plan.agencies.length };
  const p = r.options.previous!;
  return { ok: true, role: 'previous', title: p.title, asOf: p.asOf, tasks: p.rows.length };
}

export type FormsRequest = { plan: HeldFile; period: string; /** The forms' creation time (ms): the page's clock. */ created: number; maxSeconds: number };

export type FormsResult = { ok: true; fileName: string; type: string; chunks: Uint8Array[]; forms: number; about: Message } | { ok: false; message: Message };

/** The reporting forms of the marked plan in one .zip: the files `cchc forms` writes for the same plan, period and time. */
export async function buildForms(req: FormsRequest): Promise<FormsResult> {
  const period = parsePeriod(req.period);
  if (!period.ok) return { ok: false, message: period.reason };
  // As `cchc forms` reads it: judged on the period's last day.
  const held = await planAndPrevious({ plan: req.plan, asOf: period.value.end, maxSeconds: req.maxSeconds });
  if (!held.ok) return held;
  const plan = held.options.plan!;
  const { zip, forms } = writeFormsZip(plan, { period: period.value, created: new Date(req.created) });
  return { ok: true, fileName: formsZipName(period.value), type: ZIP_TYPE, chunks: [zip], forms: forms.length, about: { vi: formsAbout(plan, period.value, 'vi'), en: formsAbout(plan, period.value, 'en') } };
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

/** One request of the page, as a worker runs it (or the page itself, where workers are refused): the one switch. */
export async function runWork(work: WorkRequest, onProgress?: (loaded: number, total: number) => void): Promise<WorkResult[keyof WorkResult]> {
  switch (work.kind) {
    case 'check':
      return checkBlob(work.req.name, work.file, work.req, onProgress);
    case 'grids':
      return readGrids(work.name, work.file);
    case 'report':
      return buildReport(work.req);
    case 'findings':
      return buildFindingsList(work.req);
    case 'held':
      return checkHeld(work.req);
    case 'forms':
      return buildForms(work.req);
  }
}
