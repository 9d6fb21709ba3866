import type { ExcelHost } from '../adapter';
import { readWorkbook } from '../adapter';
import { reportFailureMessage, timedOutMessage, type RunStep } from '../app/outcome';
import { buildQuarterlyReport, previousReportSheets, ReportInputError } from '../app/pipeline';
import { RUN_TIME_LIMIT_MS, RunTimedOutError, withinTimeLimit } from '../app/time-limit';
import { defaultSettings, nowStamp, restoreSettings } from '../app/settings';
import { langFromDisplayLanguage } from '../taskpane/i18n';

export type CommandEnv = {
  excel: ExcelHost;
  displayLanguage?: string;
  storage?: { getItem(key: string): string | null };
  /** Shows a one-line message to the user (a dialog in Excel; a callback in tests). */
  notify: (message: string, kind: 'done' | 'error') => Promise<void> | void;
  now?: () => Date;
  /** How long Excel may take before the run is given up (RUN_TIME_LIMIT_MS). */
  timeLimitMs?: number;
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
  const limit = env.timeLimitMs ?? RUN_TIME_LIMIT_MS;
  let step: RunStep = 'read';
  try {
    // A hung context.sync() never settles (OfficeDev/office-js#6678): the run ends by our hand, and says so.
    const run = await withinTimeLimit(
      (async () => {
        const names = (await readWorkbook(env.excel, { sheets: [] })).sheetNames;
        return buildQuarterlyReport(env.excel, { ...settings, scope: 'all' }, { replace: previousReportSheets(names, settings.period), generatedAt: nowStamp(env.now?.() ?? new Date()), onProgress: (_, s) => (step = s) });
      })(),
      limit,
    );
    const tot = run.model.totals;
    const message = vi
      ? `Đã tạo trang “${run.sheets[0]}”: ${tot.total} nhiệm vụ, hoàn thành ${tot.completedOnTime + tot.completedLate}, quá hạn ${tot.overdue}.`
      : `Created “${run.sheets[0]}”: ${tot.total} tasks, ${tot.completedOnTime + tot.completedLate} completed, ${tot.overdue} overdue.`;
    await env.notify(message, 'done');
    return { ok: true, message };
  } catch (e) {
    const message =
      e instanceof ReportInputError
        ? vi
          ? e.vi
          : e.en
        : e instanceof RunTimedOutError
          ? timedOutMessage(settings.lang, 'ribbon', Math.round(limit / 60_000), step)
          : reportFailureMessage(e, settings.lang);
    await env.notify(message, 'error');
    return { ok: false, message };
  }
}
