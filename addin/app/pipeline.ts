import {
  consolidate,
  layoutReport,
  noTableMessage,
  parsePeriod,
  validateWorkbook,
  type SummaryModel,
  type WorkbookResult,
} from '../../core';
import { readWorkbook, TEMP_SHEET_PREFIX, writeReport, type ExcelHost, type WorkbookSnapshot } from '../adapter';
import type { RunStep } from './outcome';
import type { Settings } from './settings';
import { reportAsOf } from '../../front/settings';

/** The open workbook, in a sentence. */
export const THIS_WORKBOOK = { vi: 'này', en: 'this workbook' };

/**
 * Sheets this add-in wrote ("Tổng hợp Q3-2024", "Chi tiết Q3-2024 (2)", and "~cchc 1.2", a report sheet under its
 * temporary name that a failed write could not remove): reports, not sources.
 */
export const REPORT_SHEET = new RegExp(`^((Tổng hợp|Chi tiết) (Q[1-4]|H1|Y)-\\d{4}( \\(\\d+\\))?|${TEMP_SHEET_PREFIX} \\d+\\.\\d+)$`);

export type ValidationRun = { snapshot: WorkbookSnapshot; result: WorkbookResult };

function scopeSheets(settings: Settings, active: string | null): string[] | undefined {
  if (settings.scope === 'active') return active ? [active] : undefined;
  if (Array.isArray(settings.scope)) return settings.scope;
  return undefined;
}

/** Reads the chosen sheets and validates them with the core. */
export async function validateOpenWorkbook(host: ExcelHost, settings: Settings, activeHint: string | null = null): Promise<ValidationRun> {
  let sheets = scopeSheets(settings, activeHint);
  if (settings.scope === 'active' && !activeHint) {
    // The active sheet is known only after a read: read names first (one cheap round trip).
    const names = await readWorkbook(host, { sheets: [] });
    sheets = [names.activeSheet];
  }
  const snapshot = await readWorkbook(host, { sheets });
  const grids = snapshot.grids.filter((g) => !REPORT_SHEET.test(g.name));
  const result = validateWorkbook(grids, { asOf: settings.asOf, dueSoonDays: settings.dueSoonDays });
  return { snapshot, result };
}

export type ReportRun = ValidationRun & { model: SummaryModel; sheets: string[] };

export class ReportInputError extends Error {
  constructor(readonly vi: string, readonly en: string) {
    super(en);
  }
}

/**
 * The one-button report: read, validate, consolidate for the period, lay out with links to the
 * source cells of this workbook, and write new sheets. Source sheets are never written to.
 */
export async function buildQuarterlyReport(
  host: ExcelHost,
  settings: Settings,
  opts: { replace?: readonly string[]; generatedAt: string; workbookName?: string; onProgress?: (f: number, step: RunStep) => void },
): Promise<ReportRun> {
  const period = parsePeriod(settings.period);
  if (!period.ok) throw new ReportInputError(period.reason.vi, period.reason.en);
  opts.onProgress?.(0.05, 'read');
  const run = await validateOpenWorkbook(host, { ...settings, scope: settings.scope === 'active' ? 'all' : settings.scope });
  opts.onProgress?.(0.35, 'read');
  // The date and the rule the report states, as the page and `cchc report` state them: the period's rule (its
  // cut-off by default), or 'given' for a date the user typed — never capped at the period's end, as neither is.
  const { asOf, asOfRule } = reportAsOf(settings);
  const model = consolidate([{ file: opts.workbookName ?? 'Sổ này', sheets: run.result.sheets }], {
    period: period.value,
    asOf,
    asOfRule,
    generatedAt: opts.generatedAt,
    dueSoonDays: settings.dueSoonDays,
  });
  // Nothing to consolidate: said with the sentence the page and the CLI use, naming the sheets looked at; nothing is written.
  const noTable = noTableMessage(opts.workbookName ?? THIS_WORKBOOK, run.result.sheets);
  if (noTable) throw new ReportInputError(noTable.vi, noTable.en);
  const remaining = run.snapshot.sheetNames.filter((n) => !(opts.replace ?? []).includes(n));
  const spec = layoutReport(model, { links: 'internal', existingSheets: remaining });
  // The old report is replaced only once the new one is written (writeReport): a failure says what it left.
  const written = await writeReport(host, spec, { replace: opts.replace, onProgress: (f, step) => opts.onProgress?.(0.4 + f * 0.6, step) });
  return { ...run, model, sheets: written.sheets };
}

/** Report sheets from earlier runs for the same period, which "Tạo lại" replaces. */
export function previousReportSheets(sheetNames: readonly string[], periodCode: string): string[] {
  const [year, p] = periodCode.split('-');
  const re = new RegExp(`^(Tổng hợp|Chi tiết) ${p}-${year}( \\(\\d+\\))?$`);
  return sheetNames.filter((n) => re.test(n));
}
