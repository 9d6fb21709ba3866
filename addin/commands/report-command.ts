import type { ExcelHost } from '../adapter';
import { officeErrorCode, readWorkbook } from '../adapter';
import { buildQuarterlyReport, previousReportSheets, ReportInputError } from '../app/pipeline';
import { defaultSettings, nowStamp, restoreSettings } from '../app/settings';
import { langFromDisplayLanguage } from '../taskpane/i18n';

export type CommandEnv = {
  excel: ExcelHost;
  displayLanguage?: string;
  storage?: { getItem(key: string): string | null };
  /** Shows a one-line message to the user (a dialog in Excel; a callback in tests). */
  notify: (message: string, kind: 'done' | 'error') => Promise<void> | void;
  now?: () => Date;
};

/**
 * "Tạo báo cáo quý" on the ribbon: builds the summary sheet for the saved (or current) period
 * without opening the pane, replacing that period's earlier report, and says what it did.
 * Never silent: success and failure both end in a message. Always calls event.completed().
 */
export async function createQuarterlyReport(env: CommandEnv): Promise<{ ok: boolean; message: string }> {
  const lang = langFromDisplayLanguage(env.displayLanguage);
  const settings = restoreSettings(env.storage?.getItem('cchc.settings.v1') ?? null, defaultSettings(lang, env.now?.() ?? new Date()));
  const vi = settings.lang === 'vi';
  try {
    const names = (await readWorkbook(env.excel, { sheets: [] })).sheetNames;
    const run = await buildQuarterlyReport(env.excel, { ...settings, scope: 'all' }, { replace: previousReportSheets(names, settings.period), generatedAt: nowStamp(env.now?.() ?? new Date()) });
    const tot = run.model.totals;
    const message = vi
      ? `Đã tạo trang “${run.sheets[0]}”: ${tot.total} nhiệm vụ, hoàn thành ${tot.completedOnTime + tot.completedLate}, quá hạn ${tot.overdue}.`
      : `Created “${run.sheets[0]}”: ${tot.total} tasks, ${tot.completedOnTime + tot.completedLate} completed, ${tot.overdue} overdue.`;
    await env.notify(message, 'done');
    return { ok: true, message };
  } catch (e) {
    const code = officeErrorCode(e);
    const message =
      e instanceof ReportInputError
        ? vi
          ? e.vi
          : e.en
        : vi
          ? `Không tạo được báo cáo${code ? ` (mã lỗi Office: ${code})` : ''}; sổ của bạn không bị thay đổi.`
          : `Could not build the report${code ? ` (Office error code: ${code})` : ''}; your workbook was not changed.`;
    await env.notify(message, 'error');
    return { ok: false, message };
  }
}
