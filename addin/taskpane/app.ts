import { countFindings, formatViDate, noTableMessage, STATUS_CHOICES_VI, workbookYears, type AsOfRule, type Finding, type IsoDate, type Lang, type SheetResult, type WorkbookResult } from '../../core';
import { clearMarks, importSizeLimitBytes, importWorkbooks, ImportNotSupportedError, ImportTooLargeError, markFindings, officeErrorCode, prepareTrackingColumns, readWorkbook, ReportWriteError, selectCell, type ExcelHost } from '../adapter';
import { reportFailureMessage, timedOutMessage, type RunStep } from '../app/outcome';
import { buildQuarterlyReport, previousReportSheets, ReportInputError, THIS_WORKBOOK, validateOpenWorkbook } from '../app/pipeline';
import { RUN_TIME_LIMIT_MS, RunTimedOutError, withinTimeLimit } from '../app/time-limit';
import { defaultSettings, nowStamp, restoreSettings, validAsOf, type Settings } from '../app/settings';
import { DateSettingsView, describeAsOfChange } from '../../front/date-settings';
import { clear, h } from '../../front/dom';
import { countChips, sheetFindings } from '../../front/findings-view';
import { choosePeriod, chooseRule, todayIso, typeAsOf, type AsOfChange, type CommonSettings } from '../../front/settings';
import { fileSize, langFromDisplayLanguage, t, type StringKey } from './i18n';

export type PaneHost = {
  excel: ExcelHost;
  displayLanguage?: string;
  /** Outside Office, on the sample workbooks. */
  preview: boolean;
  workbookName?: string;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Called after anything changes the workbook (the preview grid redraws). */
  onWorkbookChanged?: () => void;
  /** Settings that fit the workbook (the preview's samples are 2022 and 2024 plans). */
  defaults?: Partial<Settings>;
  /** How long one run may wait on Excel (RUN_TIME_LIMIT_MS). */
  timeLimitMs?: number;
  /** Why importing files is not offered here (the preview ships no .xlsx reader). */
  importDisabled?: StringKey;
};

const STORAGE_KEY = 'cchc.settings.v1';

/** The task pane: settings, actions, findings. State lives here; Excel is reached only through the adapter. */
export class PaneApp {
  private settings: Settings;
  private lang: Lang;
  private busy = false;
  /** How far the current report run has got, to say what a run stopped by the time limit left behind. */
  private step: RunStep | null = null;
  /** The browser refused to save the settings: said once, at the next render. */
  private settingsNote: 'due' | 'said' | null = null;
  private lastRun: WorkbookResult | null = null;
  private sheetNames: string[] = [];
  private activeSheet: string | null = null;
  private readonly el: Record<string, HTMLElement> = {};
  private dates!: DateSettingsView;
  /** What the last change of period or rule did to the as-of date, said under the field. */
  private dateChange = '';

  constructor(private readonly root: HTMLElement, private readonly host: PaneHost) {
    this.lang = langFromDisplayLanguage(host.displayLanguage);
    let saved: string | null = null;
    try {
      saved = host.storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      // Storage blocked: the defaults, and no saving either (save() says so).
    }
    this.settings = { ...restoreSettings(saved, defaultSettings(this.lang)), ...host.defaults };
    if (!saved) this.settings.lang = this.lang;
    this.lang = this.settings.lang;
    this.render();
  }

  private tr(key: StringKey, params?: Record<string, string | number>) {
    return t(this.lang, key, params);
  }

  /** Saves the settings; where the browser refuses (full or blocked storage), says once that they will not last. */
  private save() {
    try {
      this.host.storage?.setItem(STORAGE_KEY, JSON.stringify(this.settings));
    } catch {
      if (this.settingsNote === null) this.settingsNote = 'due';
    }
  }

  // ---- rendering ----

  render(): void {
    clear(this.root);
    document.documentElement.lang = this.lang;
    const header = h(
      'header',
      { className: 'pane-header' },
      h('div', {}, h('h1', {}, this.tr('title')), h('p', { className: 'subtitle' }, this.tr('subtitle'))),
      h('button', { type: 'button', className: 'lang-toggle', title: this.tr('languageLabel'), lang: this.lang === 'vi' ? 'en' : 'vi', on: { click: () => this.toggleLang() } }, this.tr('language')),
    );
    this.el.status = h('div', { className: 'status', role: 'status', 'aria-live': 'polite' });
    this.el.progress = h('progress', { className: 'progress', max: 1, value: 0, hidden: true });
    this.el.error = h('div', { className: 'error', role: 'alert', hidden: true });
    this.el.confirm = h('div', { className: 'confirm', hidden: true });
    this.el.results = h('section', { className: 'results', 'aria-label': this.tr('validate') });
    this.root.append(
      header,
      ...(this.host.preview ? [h('p', { className: 'badge' }, this.tr('previewBadge'))] : []),
      this.renderSettings(),
      this.renderActions(),
      this.el.progress,
      this.el.status,
      this.el.error,
      this.el.confirm,
      this.el.results,
    );
    if (this.lastRun) this.renderResults(this.lastRun);
    if (this.settingsNote === 'due') {
      this.settingsNote = 'said';
      this.setStatus(this.tr('settingsNotSaved'));
    }
  }

  private renderSettings(): HTMLElement {
    const s = this.settings;
    this.dates = new DateSettingsView(this.lang, s, this.years(), todayIso(), {
      onPeriod: (code) => this.changeDates(choosePeriod(this.settings, code, todayIso())),
      onRule: (rule: AsOfRule) => this.changeDates(chooseRule(this.settings, rule, todayIso())),
      onDate: (date) => this.setAsOf(date),
      onInvalidDate: () => this.showError(this.tr('badAsOf')),
      onValidDate: () => (this.el.error.hidden = true),
    });
    this.dates.showChange(this.dateChange);
    const due = h('input', { type: 'number', id: 'due-soon', min: 0, max: 366, step: 1, value: s.dueSoonDays, on: { change: (e) => this.setDueSoon((e.target as HTMLInputElement).value) } });
    const scopeName = 'scope';
    const radio = (value: 'all' | 'active' | 'chosen', label: StringKey) =>
      h(
        'label',
        { className: 'radio' },
        h('input', {
          type: 'radio',
          name: scopeName,
          value,
          checked: value === 'chosen' ? Array.isArray(s.scope) : s.scope === value,
          on: { change: () => this.update({ scope: value === 'chosen' ? this.sheetNames.slice() : value }) },
        }),
        this.tr(label),
      );
    const sheetList = h('div', { className: 'sheet-list', hidden: !Array.isArray(s.scope) });
    if (Array.isArray(s.scope)) {
      for (const name of this.sheetNames) {
        sheetList.append(
          h('label', { className: 'check' }, h('input', { type: 'checkbox', value: name, checked: s.scope.includes(name), on: { change: (e) => this.toggleSheet(name, (e.target as HTMLInputElement).checked) } }), name),
        );
      }
    }
    return h(
      'details',
      { className: 'settings', open: true },
      h('summary', {}, this.tr('settings')),
      ...this.dates.fields,
      h('div', { className: 'field' }, h('label', { for: 'due-soon' }, this.tr('dueSoon')), due),
      h('fieldset', { className: 'field' }, h('legend', {}, this.tr('scope')), radio('all', 'scopeAll'), radio('active', 'scopeActive'), radio('chosen', 'scopeChosen'), sheetList),
    );
  }

  private renderActions(): HTMLElement {
    const btn = (key: StringKey, onClick: () => void, primary = false, id?: string) =>
      h('button', { type: 'button', id: id ?? `btn-${key}`, className: primary ? 'btn primary' : 'btn', on: { click: onClick } }, this.tr(key));
    const file = h('input', { type: 'file', id: 'import-files', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', multiple: true, className: 'visually-hidden', on: { change: (e) => this.importFiles((e.target as HTMLInputElement).files) } });
    return h(
      'section',
      { className: 'actions', 'aria-label': this.tr('validate') },
      h('div', { className: 'row' }, btn('validate', () => void this.validate(), true), btn('report', () => void this.report(), true)),
      h('div', { className: 'row' }, btn('mark', () => void this.mark()), btn('clearMarks', () => void this.clearMarks())),
      h(
        'details',
        { className: 'more' },
        h('summary', {}, this.tr('more')),
        h('div', { className: 'row' }, btn('tracking', () => void this.tracking()), h('label', { className: 'btn', for: 'import-files', tabindex: 0, role: 'button', on: { keydown: (e) => this.activateOnKey(e as KeyboardEvent, file) } }, this.tr('import')), file),
      ),
    );
  }

  private renderResults(run: WorkbookResult): void {
    const box = this.el.results;
    clear(box);
    const all = run.sheets.flatMap((s) => s.findings);
    const stats = countFindings(all);
    const rows = run.sheets.reduce((n, s) => n + s.rows, 0);
    box.append(
      h('p', { className: 'checked' }, this.tr('checked', { sheets: run.sheets.length, rows })),
      // Before ExcelApi 1.13 Excel does not say which cells are merged: a merged lead reads as empty.
      ...(this.host.excel.supports('1.13') ? [] : [h('p', { className: 'error', role: 'note' }, this.tr('noMerges'))]),
      countChips(stats, this.lang),
    );
    // A workbook with no task or index table has nothing to check: said, never shown as "no problems".
    const noTable = this.noTable(run.sheets);
    if (noTable) box.append(h('p', { className: 'notice warn', id: 'no-table', role: 'note' }, noTable));
    else if (all.length === 0) box.append(h('p', { className: 'empty' }, this.tr('noFindings')));
    for (const sheet of run.sheets) box.append(this.renderSheet(sheet));
    // The periods of the years the workbook names.
    this.dates.update(this.settings, this.years(), todayIso());
  }

  /** The sentence for a workbook with no task or index table, naming the sheets looked at; null when it has one. */
  private noTable(sheets: readonly SheetResult[]): string | null {
    return noTableMessage(this.host.workbookName ?? THIS_WORKBOOK, sheets)?.[this.lang] ?? null;
  }

  private renderSheet(sheet: SheetResult): HTMLElement {
    return sheetFindings(sheet, this.lang, { onSelect: (f) => void this.goTo(f) });
  }

  // ---- state changes ----

  /** The years the workbook's sheets name, so their periods are offered. */
  private years(): number[] {
    return this.lastRun ? workbookYears(this.lastRun.sheets) : [];
  }

  /** A new period or rule: the date follows it, or a typed one stays, and the pane says which. */
  private changeDates(r: { settings: CommonSettings; change: AsOfChange }) {
    this.settings = { ...this.settings, ...r.settings };
    this.save();
    this.dateChange = describeAsOfChange(this.lang, r.change, this.settings.period);
    this.dates.update(this.settings, this.years(), todayIso());
    this.dates.showChange(this.dateChange);
  }

  private update(patch: Partial<Settings>) {
    this.settings = { ...this.settings, ...patch };
    this.save();
    this.render();
  }

  /** A whole, valid date typed in the field; the field keeps the focus (no redraw). */
  private setAsOf(date: IsoDate) {
    this.settings = { ...this.settings, ...typeAsOf(this.settings, date, todayIso()) };
    this.save();
    this.dateChange = '';
    this.dates.update(this.settings, this.years(), todayIso());
    this.dates.showChange('');
  }

  private setDueSoon(v: string) {
    const n = Number(v);
    if (Number.isInteger(n) && n >= 0 && n <= 366) this.update({ dueSoonDays: n });
  }

  private toggleSheet(name: string, on: boolean) {
    const cur = Array.isArray(this.settings.scope) ? this.settings.scope : [];
    this.update({ scope: on ? [...new Set([...cur, name])] : cur.filter((n) => n !== name) });
  }

  private toggleLang() {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
    this.settings.lang = this.lang;
    this.save();
    this.render();
    (this.root.querySelector('.lang-toggle') as HTMLElement | null)?.focus();
  }

  private activateOnKey(e: KeyboardEvent, input: HTMLInputElement) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  }

  // ---- actions ----

  /**
   * One run of an action, with the pane busy meanwhile. A run that waits on Excel longer than the time limit is given
   * up: context.sync() can stay pending for ever on Excel on the web (OfficeDev/office-js#6678), and a busy pane
   * ignores every button. The pane is freed and says to reopen it (a later Excel.run may hang as well).
   */
  private async task(label: StringKey, fn: () => Promise<string | void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.step = null;
    this.root.setAttribute('aria-busy', 'true');
    this.setStatus(this.tr(label));
    this.el.error.hidden = true;
    this.el.progress.hidden = false;
    (this.el.progress as HTMLProgressElement).value = 0.05;
    const limit = this.host.timeLimitMs ?? RUN_TIME_LIMIT_MS;
    try {
      const message = await withinTimeLimit(fn(), limit);
      this.setStatus(message ?? '');
    } catch (e) {
      this.setStatus('');
      if (e instanceof RunTimedOutError) this.showError(timedOutMessage(this.lang, 'pane', Math.round(limit / 60_000), this.step));
      else this.showFailure(e);
    } finally {
      this.busy = false;
      this.root.removeAttribute('aria-busy');
      this.el.progress.hidden = true;
      this.host.onWorkbookChanged?.();
    }
  }

  async validate(): Promise<void> {
    await this.task('reading', async () => {
      const run = await validateOpenWorkbook(this.host.excel, this.settings, this.activeSheet);
      this.sheetNames = run.snapshot.sheetNames;
      this.activeSheet = run.snapshot.activeSheet;
      this.lastRun = run.result;
      this.renderResults(run.result);
    });
  }

  async mark(): Promise<void> {
    await this.task('working', async () => {
      if (!this.lastRun) await this.validateQuietly();
      // Every checked sheet, with or without findings: a sheet that has become clean loses its old marks.
      const r = await markFindings(this.host.excel, this.lastRun!.sheets);
      return this.tr('marked', { cells: r.cells, sheets: r.sheets });
    });
  }

  async clearMarks(): Promise<void> {
    await this.task('working', async () => {
      const n = await clearMarks(this.host.excel);
      return this.tr('cleared', { n });
    });
  }

  async report(decision?: 'replace' | 'new'): Promise<void> {
    if (!validAsOf(this.settings.asOf)) {
      this.showError(this.tr('badAsOf'));
      return;
    }
    await this.task('writing', async () => {
      this.step = 'read';
      const names = await this.readNames();
      if (!decision) {
        // Re-running offers to replace the period's earlier report rather than piling up copies.
        const previous = previousReportSheets(names, this.settings.period);
        if (previous.length > 0) return this.askReplace(previous);
      }
      const replace = decision === 'replace' ? previousReportSheets(names, this.settings.period) : [];
      const run = await buildQuarterlyReport(this.host.excel, this.settings, {
        replace,
        generatedAt: nowStamp(),
        workbookName: this.host.workbookName,
        onProgress: (f, step) => {
          (this.el.progress as HTMLProgressElement).value = f;
          this.step = step;
        },
      });
      this.lastRun = run.result;
      this.sheetNames = [...names.filter((n) => !replace.includes(n)), ...run.sheets];
      this.renderResults(run.result);
      const tot = run.model.totals;
      return this.tr('reportDone', { sheet: run.sheets[0], asOf: formatViDate(run.model.asOf), total: tot.total, done: tot.completedOnTime + tot.completedLate, overdue: tot.overdue });
    });
  }

  async tracking(): Promise<void> {
    await this.task('working', async () => {
      const run = await validateOpenWorkbook(this.host.excel, { ...this.settings, scope: 'active' }, null);
      const sheet = run.result.sheets.find((s) => s.name === run.snapshot.activeSheet);
      if (!sheet?.task) return this.tr('trackingNeedsTask');
      try {
        const r = await prepareTrackingColumns(this.host.excel, sheet.task);
        if (r.added.length === 0) return this.tr('trackingPresent', { sheet: sheet.name });
        const ok = r as { statusColumn: string; dateColumn: string; dropDown: boolean };
        const done = this.tr('trackingDone', { status: ok.statusColumn, date: ok.dateColumn, sheet: sheet.name });
        return ok.dropDown ? done : `${done} ${this.tr('trackingNoDropDown', { choices: STATUS_CHOICES_VI.join(', ') })}`;
      } catch (e) {
        if (officeErrorCode(e) === 'ColumnsNotEmpty') return this.showError(this.tr('trackingNotEmpty'));
        throw e;
      }
    });
  }

  async importFiles(files: FileList | null): Promise<void> {
    if (!files || files.length === 0) return;
    if (this.host.importDisabled) {
      this.showError(this.tr(this.host.importDisabled));
      return;
    }
    await this.task('working', async () => {
      // Files too large for one request on Excel on the web are refused before they are even read.
      const limit = importSizeLimitBytes(this.host.excel);
      const chosen = [...files];
      const tooLarge = limit === null ? [] : chosen.filter((f) => f.size > limit);
      const sendable = chosen.filter((f) => !tooLarge.includes(f));
      try {
        const payload = await Promise.all(sendable.map(async (f) => ({ name: f.name, base64: await toBase64(f) })));
        const results = [...tooLarge.map((f) => ({ name: f.name, error: new ImportTooLargeError(f.size, limit!) as unknown })), ...(payload.length > 0 ? await importWorkbooks(this.host.excel, payload) : [])];
        const failed = results.filter((r) => r.error);
        const inserted = results.reduce((n, r) => n + ((r as { sheets?: string[] }).sheets?.length ?? 0), 0);
        if (failed.length) this.showError(failed.map((f) => this.importError(f.name, f.error)).join(' '), failed.find((f) => !(f.error instanceof ImportTooLargeError))?.error);
        if (inserted > 0) await this.validateQuietly();
        return this.tr('importDone', { n: inserted, files: results.length - failed.length });
      } catch (e) {
        if (e instanceof ImportNotSupportedError) return this.showError(this.tr(e.reason === 'platform' ? 'importUnsupportedPlatform' : 'importUnsupported'));
        throw e;
      }
    });
  }

  /** One sentence per file that was not imported. */
  private importError(file: string, error: unknown): string {
    // Excel on the web refuses files with PivotTables, charts, comments or slicers (excel-add-ins-workbooks).
    if (officeErrorCode(error) === 'UnsupportedFeature') return this.tr('importUnsupportedContent', { file });
    if (!(error instanceof ImportTooLargeError)) return this.tr('importFailed', { file });
    return this.tr('importTooLarge', { file, size: fileSize(error.bytes, this.lang), limit: fileSize(error.limitBytes, this.lang) });
  }

  private async goTo(f: Finding) {
    try {
      await selectCell(this.host.excel, f.sheet, f.cell);
      this.host.onWorkbookChanged?.();
    } catch (e) {
      this.showFailure(e);
    }
  }

  private async validateQuietly() {
    const run = await validateOpenWorkbook(this.host.excel, this.settings, this.activeSheet);
    this.sheetNames = run.snapshot.sheetNames;
    this.lastRun = run.result;
    this.renderResults(run.result);
  }

  private async readNames(): Promise<string[]> {
    const snap = await readWorkbook(this.host.excel, { sheets: [] });
    this.sheetNames = snap.sheetNames;
    this.activeSheet = snap.activeSheet;
    return snap.sheetNames;
  }

  private askReplace(previous: string[]) {
    const box = this.el.confirm;
    clear(box);
    box.hidden = false;
    const close = () => {
      box.hidden = true;
      clear(box);
    };
    const replaceBtn = h('button', { type: 'button', className: 'btn primary', on: { click: () => (close(), void this.report('replace')) } }, this.tr('replace'));
    box.append(
      h('p', {}, this.tr('replaceAsk', { sheets: previous.join(', ') })),
      h(
        'div',
        { className: 'row' },
        replaceBtn,
        h('button', { type: 'button', className: 'btn', on: { click: () => (close(), void this.report('new')) } }, this.tr('keepBoth')),
        h('button', { type: 'button', className: 'btn', on: { click: close } }, this.tr('cancel')),
      ),
    );
    replaceBtn.focus();
  }

  // ---- messages ----

  private setStatus(text: string) {
    this.el.status.textContent = text;
  }

  private showError(text: string, cause?: unknown): string {
    const box = this.el.error;
    clear(box);
    box.hidden = false;
    box.append(h('p', {}, text));
    const code = officeErrorCode(cause);
    if (code) box.append(h('p', { className: 'code' }, `${this.tr('errorCode')}: ${code}`));
    return '';
  }

  /** A plain sentence and the Office error code; never a stack trace, never a silent failure. */
  private showFailure(e: unknown) {
    if (e instanceof ReportInputError) return void this.showError(this.lang === 'vi' ? e.vi : e.en);
    // A report says what the workbook holds now (the old report is replaced only once the new one is written).
    if (e instanceof ReportWriteError) return void this.showError(reportFailureMessage(e, this.lang));
    const code = officeErrorCode(e);
    const detail = code ? '' : ` ${this.tr('errorUnexpected')}`;
    const message = e instanceof Error && code ? e.message : '';
    this.showError(`${this.tr('errorPrefix')}${message ? `: ${message}` : '.'}${detail}`, e);
  }
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

