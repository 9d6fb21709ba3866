import { countFindings, formatViDate, SEVERITY_LABEL, type AsOfRule, type Finding, type FindingsListFile, type FindingStats, type IsoDate, type Lang, type Message, type Severity } from '../core';
import type { FileOutcome } from '../core/io/outcome';
import { clear, h } from '../front/dom';
import { codeLabel, countChips, sheetFindings } from '../front/findings-view';
import { describeAsOfChange, DateSettingsView } from '../front/date-settings';
import { chooseRule, choosePeriod, defaultCommonSettings, nowStamp, readSaved, reportAsOf, restoreCommonSettings, savedCommonSettings, todayIso, typeAsOf, validAsOf, type AsOfChange, type CommonSettings } from '../front/settings';
import { download } from './download';
import type { HeldCheck, HeldFile } from './engine';
import { REPORT_SETTINGS_KEY, ReportSettingsView, restoreDraftSettings, settingsFileText, type DraftSettings } from './report-settings';
import { byPath, fromDrop, fromInput, numbered, sameBytes, type Gathered } from './files';
import { fileSize, tw, type WebKey } from './i18n';
import { ReaderPool, type PoolMode } from './pool';
import { JSON_TYPE, MAX_SECONDS } from './protocol';
import { CellViewer } from './viewer';

/**
 * The page: drop or pick the agencies' workbooks, see each one's findings as the task pane shows them, see a
 * finding's cell in a read-only grid, export the findings, and download the quarterly report. Every file is
 * read in a Web Worker (pool.ts); this class only keeps the list and draws it, with textContent only.
 */

type PageSettings = CommonSettings;

/**
 * What a dropped file can be besides an agency's return: the plan every return is held against (`--plan`), or the
 * last period's report (`--previous`). Neither is counted as a return, as in the CLI.
 */
type Role = 'plan' | 'previous';
const ROLES: Role[] = ['plan', 'previous'];

/** A file marked for a role, and what reading it as such found (null while it is read). */
type Mark = { key: string; check: Extract<HeldCheck, { ok: true }> | null };

type Entry = {
  /**
   * The file's name on the page: its path as dropped (its name, or its path inside a dropped folder), or, for a
   * second file of the same name, that path with its folder or a number. It names the file in the findings and
   * the report.
   */
  key: string;
  /** The path as dropped, when `key` had to tell it apart from another file's. */
  path?: string;
  file: File;
  /** Bumped when the file is replaced or checked again, so a late answer for the old one is ignored. */
  version: number;
  state: 'queued' | 'loading' | 'reading' | 'done';
  /** Bytes read so far, as a fraction. */
  loaded: number;
  outcome: FileOutcome | null;
  /** The settings the outcome was computed for (as-of date and due-soon days). */
  checkedFor: string | null;
  jobId: number | null;
  card: HTMLLIElement;
  /** The findings under the card are drawn when it is first opened. */
  drawn: boolean;
};

const STORAGE_KEY = 'cchc.web.settings.v1';
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ACCEPT = '.xlsx,.xlsm,.xls,.xlsb,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet';

export type WebAppOptions = {
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** ?lang=en: English on request. */
  lang?: Lang;
  pool: ReaderPool;
};

export class WebApp {
  private settings: PageSettings;
  private readonly entries = new Map<string, Entry>();
  private severities = new Set<Severity>(SEVERITIES);
  private code: string | null = null;
  private mode: PoolMode = 'workers';
  private busy: 'report' | 'docx' | 'forms' | 'export' | null = null;
  private readonly marks: Record<Role, Mark | null> = { plan: null, previous: null };
  /** Why a file could not be marked, said on its card (as well as in the error line) until it is marked again. */
  private readonly markRefusals = new Map<string, { role: Role; message: Message }>();
  /** The Word draft's settings (the CLI's --settings file, kept in this browser), and whether their box is open. */
  private draft: DraftSettings;
  private draftOpen = false;
  private waiters: Array<() => void> = [];
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshWanted = false;
  /** Batches of files are added one after the other (adding compares bytes, which takes a moment). */
  private adding: Promise<void> = Promise.resolve();
  /** Files were added: bring the results into view once they are all checked. */
  private reveal = false;
  /** What adding files had to say (replaced, skipped…), said again with the result once they are checked. */
  private notes: string[] = [];
  private readonly el: Record<string, HTMLElement> = {};
  private readonly viewer: CellViewer;
  private readonly pool: ReaderPool;
  private dates!: DateSettingsView;
  /** The workbooks' years the period list was last drawn with. */
  private yearsOffered = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly opts: WebAppOptions,
  ) {
    const saved = readSaved(opts.storage?.getItem(STORAGE_KEY) ?? null);
    const fallback = defaultCommonSettings(opts.lang ?? 'vi');
    const s = saved ? restoreCommonSettings(saved, fallback, todayIso()) : fallback;
    this.settings = { ...s, lang: opts.lang ?? s.lang };
    this.draft = restoreDraftSettings(opts.storage?.getItem(REPORT_SETTINGS_KEY) ?? null);
    this.pool = opts.pool;
    this.viewer = new CellViewer(this.pool, this.settings.lang);
    this.render();
    this.listenForDrops();
  }

  private get lang(): Lang {
    return this.settings.lang;
  }

  private tr(key: WebKey, params?: Record<string, string | number>): string {
    return tw(this.lang, key, params);
  }

  private save(): void {
    try {
      this.opts.storage?.setItem(STORAGE_KEY, JSON.stringify(savedCommonSettings(this.settings)));
    } catch {
      // Storage full or refused: the settings last for this visit only.
    }
  }

  /** Told by the pool when the browser refuses workers. */
  setMode(mode: PoolMode): void {
    this.mode = mode;
    this.el.modeNotice.hidden = mode !== 'page';
  }

  // ------------------------------------------------------------------------------------------ drawing

  render(): void {
    clear(this.root);
    document.documentElement.lang = this.lang;
    document.title = `cchc – ${this.tr('pageTitle')}`;
    this.root.classList.add('web-layout');
    const main = h('div', { className: 'web-main' });
    // What happened (and what went wrong) is said right under the report's buttons (renderReport).
    this.el.confirm = h('div', { className: 'confirm', id: 'confirm', hidden: true });
    this.el.status = h('div', { className: 'status', id: 'status', role: 'status', 'aria-live': 'polite' });
    this.el.error = h('div', { className: 'error', id: 'error', role: 'alert', hidden: true });
    main.append(
      h(
        'header',
        { className: 'pane-header' },
        h('div', {}, h('h1', {}, this.tr('pageTitle')), h('p', { className: 'subtitle' }, this.tr('pageSubtitle'))),
        h('button', { type: 'button', className: 'lang-toggle', id: 'lang', title: this.tr('languageLabel'), lang: this.lang === 'vi' ? 'en' : 'vi', on: { click: () => this.toggleLang() } }, this.tr('language')),
      ),
      h('p', { className: 'notice privacy' }, this.tr('privacy')),
      (this.el.modeNotice = h('p', { className: 'notice warn', id: 'mode-notice', role: 'note', hidden: this.mode !== 'page' }, this.tr('noWorkers'))),
      this.renderDropzone(),
      (this.el.overall = h('div', { className: 'overall', hidden: true }, (this.el.overallBar = h('progress', { id: 'overall', className: 'progress', max: 1, value: 0, 'aria-label': this.tr('overallProgress') })), (this.el.overallText = h('p', { className: 'overall-text muted', id: 'overall-text' })))),
      this.renderReport(),
      this.renderChecks(),
    );
    // Wide: the results in the right half, under the cell view (which stays in sight as the list scrolls).
    // Narrow: one column, the results then the cell view.
    this.root.append(main, h('div', { className: 'web-side' }, this.viewer.el, this.renderResults()), h('footer', { className: 'muted web-footer' }, this.tr('footer')));
    for (const e of this.sorted()) this.el.list.append(this.drawCard(e));
    this.drawMarks();
    this.refresh();
  }

  /**
   * The quarterly report and all it takes, together: the period, the as-of date and the rule it follows; the plan
   * and the last report it is held against (marked in the list of files); the report, its Word draft and what the
   * draft says about the office; and the reporting forms made from the plan.
   */
  private renderReport(): HTMLElement {
    const s = this.settings;
    this.yearsOffered = this.years().sort().join(',');
    this.dates = new DateSettingsView(this.lang, s, this.years(), todayIso(), {
      onPeriod: (code) => this.changeDates(choosePeriod(this.settings, code, todayIso())),
      onRule: (rule: AsOfRule) => this.changeDates(chooseRule(this.settings, rule, todayIso())),
      onDate: (date) => this.setAsOf(date),
      onInvalidDate: () => this.showError(this.tr('badAsOf')),
      onValidDate: () => this.hideError(),
    });
    const draft = new ReportSettingsView(this.lang, this.draft, {
      onChange: (d) => this.setDraft(d),
      onOpened: (file, rule) => {
        if (rule && rule !== this.settings.asOfRule) this.changeDates(chooseRule(this.settings, rule, todayIso()));
        this.setStatus(this.tr('rsOpened', { file }));
      },
      onSave: () => this.saveSettingsFile(),
      onError: (m) => this.showError(m[this.lang]),
      onClearError: () => this.hideError(),
    });
    // Open as it was when the page is drawn again (in the other language).
    draft.el.open = this.draftOpen;
    draft.el.addEventListener('toggle', () => (this.draftOpen = draft.el.open));
    this.el.marks = h('div', { className: 'marks', id: 'marks' });
    return h(
      'section',
      { className: 'panel report-panel', id: 'report', 'aria-labelledby': 'report-title' },
      h('h2', { id: 'report-title' }, this.tr('reportHeading')),
      h('div', { className: 'report-options', id: 'report-options' }, ...this.dates.fields),
      h('div', { className: 'held' }, h('h3', {}, this.tr('heldTitle')), this.el.marks),
      h(
        'div',
        { className: 'row' },
        (this.el.reportBtn = h('button', { type: 'button', className: 'btn primary', id: 'btn-report', on: { click: () => void this.report('xlsx') } }, this.tr('reportXlsx'))),
        (this.el.docxBtn = h('button', { type: 'button', className: 'btn', id: 'btn-docx', on: { click: () => void this.report('docx') } }, this.tr('reportDocx'))),
      ),
      h('p', { className: 'muted hint' }, this.tr('reportHint')),
      h('div', { className: 'row' }, (this.el.formsBtn = h('button', { type: 'button', className: 'btn', id: 'btn-forms', on: { click: () => void this.downloadForms() } }, this.tr('formsZip')))),
      h('p', { className: 'muted hint' }, this.tr('formsHint')),
      this.el.confirm,
      this.el.status,
      this.el.error,
      draft.el,
    );
  }

  /** The checks' own setting (the days of notice before a deadline) and the findings list to send back. */
  private renderChecks(): HTMLElement {
    return h(
      'section',
      { className: 'panel checks-panel', id: 'settings', 'aria-labelledby': 'checks-title' },
      h('h2', { id: 'checks-title' }, this.tr('checksHeading')),
      h('div', { className: 'field' }, h('label', { for: 'due-soon' }, this.tr('dueSoon')), h('input', { type: 'number', id: 'due-soon', min: 0, max: 366, step: 1, value: this.settings.dueSoonDays, on: { change: (e) => this.setDueSoon((e.target as HTMLInputElement).value) } })),
      h('div', { className: 'row' }, (this.el.exportBtn = h('button', { type: 'button', className: 'btn', id: 'btn-export', on: { click: () => void this.exportFindings() } }, this.tr('exportFindings')))),
    );
  }

  /** The plan and the last report the report is held against: marked, being read, or none (and how to mark one). */
  private drawMarks(): void {
    clear(this.el.marks);
    for (const role of ROLES) {
      const m = this.marks[role];
      const c = m?.check;
      const text = !m
        ? this.tr(role === 'plan' ? 'heldPlanNone' : 'heldPreviousNone')
        : !c
          ? this.tr('heldReading', { role: this.tr(role === 'plan' ? 'rolePlan' : 'rolePrevious'), file: m.key })
          : c.role === 'plan'
            ? this.tr('heldPlan', { file: m.key, tasks: c.tasks, agencies: c.agencies })
            : this.tr('heldPrevious', { file: m.key, title: c.title ?? this.tr('noTitle'), asOf: c.asOf ? formatViDate(c.asOf) : '—', tasks: c.tasks });
      this.el.marks.append(h('p', { className: m ? 'mark-line marked' : 'mark-line muted', id: `mark-${role}`, 'data-file': m?.key }, text));
    }
  }

  /** The years the workbooks name (their plans' years), so their periods are offered. */
  private years(): number[] {
    const years = new Set<number>();
    for (const e of this.entries.values()) if (e.outcome?.ok) for (const y of e.outcome.years ?? []) years.add(y);
    return [...years];
  }

  /** The period list again when a workbook names a year not yet offered. */
  private offerYears(): void {
    const key = this.years().sort().join(',');
    if (key === this.yearsOffered) return;
    this.yearsOffered = key;
    this.dates.update(this.settings, this.years(), todayIso());
  }

  private renderDropzone(): HTMLElement {
    const files = h('input', { type: 'file', id: 'input-files', multiple: true, accept: ACCEPT, className: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true', on: { change: (e) => this.picked(e.target as HTMLInputElement) } });
    const folder = h('input', { type: 'file', id: 'input-folder', multiple: true, webkitdirectory: true, className: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true', on: { change: (e) => this.picked(e.target as HTMLInputElement) } });
    this.el.dropzone = h(
      'section',
      { className: 'dropzone', id: 'dropzone', 'aria-labelledby': 'drop-title' },
      h('p', { id: 'drop-title', className: 'drop-title' }, this.tr('dropTitle')),
      h(
        'div',
        { className: 'row' },
        h('button', { type: 'button', className: 'btn', id: 'btn-files', on: { click: () => files.click() } }, this.tr('chooseFiles')),
        h('button', { type: 'button', className: 'btn', id: 'btn-folder', on: { click: () => folder.click() } }, this.tr('chooseFolder')),
      ),
      files,
      folder,
    );
    return this.el.dropzone;
  }

  private renderResults(): HTMLElement {
    this.el.totals = h('div', { id: 'totals' });
    this.el.filters = h('fieldset', { className: 'filters', id: 'filters' });
    this.el.shown = h('p', { className: 'muted shown', id: 'shown' });
    this.el.list = h('ul', { className: 'file-list', id: 'file-list', 'aria-labelledby': 'files-title' });
    this.el.empty = h('p', { className: 'empty muted', id: 'no-files' }, this.tr('noFiles'));
    this.el.clearBtn = h('button', { type: 'button', className: 'btn small', id: 'btn-clear', on: { click: () => this.removeAll() } }, this.tr('clearAll'));
    this.el.results = h(
      'section',
      { className: 'results', id: 'results', 'aria-labelledby': 'files-title' },
      // Focused when the results come in (tabindex -1: reachable by script, not a tab stop).
      h('div', { className: 'results-head' }, h('h2', { id: 'files-title', tabindex: -1 }, this.tr('findings')), this.el.clearBtn),
      this.el.totals,
      this.el.filters,
      this.el.shown,
      this.el.empty,
      this.el.list,
    );
    return this.el.results;
  }

  /** Totals, filters, the "shown" line and the overall progress, after any change but a file's progress. */
  private refresh(): void {
    const entries = this.sorted();
    const all = this.allFindings();
    const stats = countFindings(all);
    clear(this.el.totals);
    if (entries.some((e) => e.state === 'done')) this.el.totals.append(countChips(stats, this.lang));
    this.el.empty.hidden = entries.length > 0;
    this.el.clearBtn.hidden = entries.length === 0;
    this.drawFilters(all, stats);
    this.offerYears();
    const shown = all.filter((f) => this.keep(f)).length;
    this.el.shown.textContent = all.length > 0 ? this.tr('shown', { n: shown, total: all.length }) : '';
    this.refreshProgress();
  }

  /** The overall bar and line: each file counts one, and its reading half way once its bytes are in. */
  private refreshProgress(): void {
    const entries = [...this.entries.values()];
    const done = entries.filter((e) => e.state === 'done');
    const working = done.length < entries.length;
    // Shown while files are read; the result is then said once, in the status line.
    this.el.overall.hidden = !working;
    const fraction = entries.length === 0 ? 0 : entries.reduce((n, e) => n + (e.state === 'done' ? 1 : e.state === 'reading' ? 0.6 : e.loaded * 0.5), 0) / entries.length;
    (this.el.overallBar as HTMLProgressElement).value = fraction;
    const bad = done.filter((e) => !e.outcome?.ok).length;
    const empty = done.filter((e) => e.outcome?.ok && e.outcome.noTable).length;
    this.el.overallText.textContent = working
      ? this.tr('overall', { done: done.length, total: entries.length })
      : entries.length === 0
        ? ''
        : [bad > 0 ? this.tr('overallDone', { ok: done.length - bad, bad }) : this.tr('overallDoneAll', { ok: done.length }), ...(empty > 0 ? [this.tr('overallNoTable', { n: empty })] : [])].join(' ');
    if (working) this.root.setAttribute('aria-busy', 'true');
    else this.root.removeAttribute('aria-busy');
  }

  private drawFilters(all: Finding[], stats: FindingStats): void {
    const box = this.el.filters;
    clear(box);
    box.hidden = all.length === 0;
    if (all.length === 0) return;
    const bySeverity: Record<Severity, number> = { error: stats.errors, warning: stats.warnings, info: stats.infos };
    box.append(h('legend', {}, this.tr('filter')));
    const sev = h('div', { className: 'filter-severity', role: 'group', 'aria-label': this.tr('severity') });
    for (const s of SEVERITIES) {
      sev.append(
        h(
          'label',
          { className: 'check chip-check', 'data-severity': s },
          h('input', { type: 'checkbox', id: `filter-${s}`, value: s, checked: this.severities.has(s), on: { change: (e) => this.setSeverity(s, (e.target as HTMLInputElement).checked) } }),
          `${SEVERITY_LABEL[s][this.lang]} (${bySeverity[s]})`,
        ),
      );
    }
    const codes = new Map<string, number>();
    for (const f of all) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    const select = h('select', { id: 'filter-code', on: { change: (e) => this.setCode((e.target as HTMLSelectElement).value || null) } }, h('option', { value: '' }, this.tr('allCodes', { n: all.length })));
    // By the name the page shows, in the page's language; the code is only the option's value.
    for (const [code, n] of [...codes].sort((a, b) => codeLabel(a[0], this.lang).localeCompare(codeLabel(b[0], this.lang), this.lang))) {
      select.append(h('option', { value: code, selected: code === this.code }, `${codeLabel(code, this.lang)} (${n})`));
    }
    if (this.code && !codes.has(this.code)) this.code = null;
    box.append(sev, h('div', { className: 'field' }, h('label', { for: 'filter-code' }, this.tr('code')), select));
  }

  /**
   * One file's card: its progress while read, then its findings, or why it cannot be used; for a usable file, the
   * buttons that mark it as the plan or the last report, and what such a file is.
   */
  private drawCard(e: Entry): HTMLLIElement {
    const card = e.card;
    const wasOpen = (card.querySelector('details.file') as HTMLDetailsElement | null)?.open;
    clear(card);
    card.dataset.file = e.key;
    card.dataset.state = e.state !== 'done' ? 'working' : !e.outcome?.ok ? 'refused' : e.outcome.noTable ? 'no-table' : 'checked';
    const role = this.roleOf(e.key);
    if (role) card.dataset.role = role;
    else delete card.dataset.role;
    const remove = h('button', { type: 'button', className: 'remove', 'aria-label': this.tr('remove', { file: e.key }), title: this.tr('remove', { file: e.key }), on: { click: () => this.remove(e.key) } }, '×');
    const name = h('span', { className: 'file-name' }, e.key);
    const size = h('span', { className: 'muted' }, fileSize(e.file.size, this.lang));
    const head = (...more: Array<Node | string>) => h('div', { className: 'file-top' }, h('div', { className: 'file-head' }, name, ' ', size, ...more), remove);
    if (e.state !== 'done' || !e.outcome) {
      const phase = this.tr(e.state === 'queued' ? 'phaseQueued' : e.state === 'loading' ? 'phaseLoad' : 'phaseRead');
      card.append(
        head(' ', h('span', { className: 'phase' }, phase)),
        h('progress', { className: 'progress file-progress', max: 1, value: e.state === 'reading' ? 0.6 : e.loaded * 0.5, 'aria-label': this.tr('fileProgress', { file: e.key }) }),
      );
      return card;
    }
    const o = e.outcome;
    if (!o.ok) {
      card.append(head(' ', h('span', { className: 'chip error' }, this.tr('unusable'))), h('p', { className: 'file-error' }, o.message[this.lang]));
      return card;
    }
    const roleChip = role ? h('span', { className: 'chip role-chip', 'data-role': role }, this.tr(role === 'plan' ? 'rolePlan' : 'rolePrevious')) : null;
    const roleNote = role ? h('p', { className: 'role-note' }, this.tr(role === 'plan' ? 'rolePlanNote' : 'rolePreviousNote')) : null;
    if (o.noTable) {
      // Nothing to check: said as such (issue 16 §2), never shown as "no problems found".
      card.append(head(' ', h('span', { className: 'chip warning' }, this.tr('noTableChip')), ...(roleChip ? [' ', roleChip] : [])), h('p', { className: 'file-notable' }, o.noTable[this.lang]), ...(roleNote ? [roleNote] : []), this.roleButtons(e));
      return card;
    }
    if (role === 'previous') {
      // cchc's own report of the last period: compared with, not checked as a return (its findings would be noise).
      card.append(head(' ', roleChip!), roleNote!, this.roleButtons(e));
      return card;
    }
    const rows = o.sheets.reduce((n, s) => n + s.rows, 0);
    const stats = countFindings(o.sheets.flatMap((s) => s.findings).filter((f) => this.keep(f)));
    const details: HTMLDetailsElement = h(
      'details',
      // Open as it was; a new card open when the list is short.
      { className: 'file', open: wasOpen ?? this.entries.size <= 5, on: { toggle: (): void => this.drawFindings(e, details) } },
      h(
        'summary',
        {},
        name,
        ' ',
        h('span', { className: 'muted' }, `(${this.tr('fileChecked', { sheets: o.sheets.length, rows })})`),
        ' ',
        h(
          'span',
          { className: 'file-counts' },
          h('span', { className: 'chip error', 'data-count': 'errors' }, `${stats.errors} ${this.tr('errors')}`),
          h('span', { className: 'chip warning', 'data-count': 'warnings' }, `${stats.warnings} ${this.tr('warnings')}`),
          h('span', { className: 'chip info', 'data-count': 'infos' }, `${stats.infos} ${this.tr('infos')}`),
          ...(roleChip ? [roleChip] : []),
        ),
      ),
    );
    e.drawn = false;
    // The buttons under the file's line, where they are seen with the card closed; its findings below them.
    card.append(h('div', { className: 'file-top' }, details, remove), ...(roleNote ? [roleNote] : []), this.roleButtons(e));
    if (details.open) this.drawFindings(e, details);
    return card;
  }

  /** "Đây là kế hoạch gốc" / "Đây là báo cáo kỳ trước": toggle buttons (aria-pressed); pressing a pressed one unmarks. */
  private roleButtons(e: Entry): DocumentFragment {
    const role = this.roleOf(e.key);
    const refusal = this.markRefusals.get(e.key);
    const out = document.createDocumentFragment();
    out.append(
      h(
        'div',
        { className: 'file-role', role: 'group', 'aria-label': this.tr('roleGroup', { file: e.key }) },
        ...ROLES.map((r) =>
          h('button', { type: 'button', className: 'btn small role', 'data-role': r, 'aria-pressed': String(role === r), on: { click: () => void this.mark(e, r) } }, this.tr(r === 'plan' ? 'markPlan' : 'markPrevious')),
        ),
      ),
    );
    if (refusal) out.append(h('p', { className: 'file-error mark-error' }, this.refusalText(e.key, refusal)));
    return out;
  }

  /** The findings of an opened card, per sheet and code, as the task pane lists them; hidden while it is closed. */
  private drawFindings(e: Entry, details: HTMLDetailsElement): void {
    const shown = e.card.querySelector(':scope > .file-body') as HTMLElement | null;
    if (shown) shown.hidden = !details.open;
    if (!details.open || e.drawn || !e.outcome?.ok) return;
    e.drawn = true;
    const body = h('div', { className: 'file-body' });
    const sheets = e.outcome.sheets.map((s) => ({ ...s, findings: s.findings.filter((f) => this.keep(f)) }));
    if (sheets.every((s) => s.findings.length === 0)) body.append(h('p', { className: 'empty' }, this.tr('noFindings')));
    for (const sheet of sheets) {
      if (sheet.findings.length === 0 && (this.code || this.severities.size < 3)) continue;
      body.append(sheetFindings(sheet, this.lang, { onSelect: (f) => void this.showCell(e, f), attrs: () => ({ 'data-file': e.key }) }));
    }
    e.card.append(body);
  }

  private roleOf(key: string): Role | null {
    return ROLES.find((r) => this.marks[r]?.key === key) ?? null;
  }

  private sorted(): Entry[] {
    // A second file of a name ("Phụ lục (2).xlsx", "Sở B/Phụ lục.xlsx") right after the first.
    return [...this.entries.values()].sort((a, b) => byPath(a.path ?? a.key, b.path ?? b.key) || Number(a.path !== undefined) - Number(b.path !== undefined) || byPath(a.key, b.key));
  }

  /** The findings of every file but the last report (cchc's own, not checked as a return). */
  private allFindings(): Finding[] {
    const out: Finding[] = [];
    for (const e of this.entries.values()) if (e.outcome?.ok && this.roleOf(e.key) !== 'previous') for (const s of e.outcome.sheets) for (const f of s.findings) out.push(f);
    return out;
  }

  private keep(f: Finding): boolean {
    return this.severities.has(f.severity) && (this.code === null || f.code === this.code);
  }

  // ------------------------------------------------------------------------------------------ files in

  private listenForDrops(): void {
    // Anywhere on the page: a file dropped beside the box must not make the browser open it instead.
    const over = (ev: DragEvent) => {
      if (!ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes('Files')) return;
      ev.preventDefault();
      ev.dataTransfer.dropEffect = 'copy';
      this.el.dropzone.classList.add('dragging');
    };
    document.addEventListener('dragenter', over);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', (ev) => {
      if (ev.relatedTarget === null) this.el.dropzone.classList.remove('dragging');
    });
    document.addEventListener('drop', (ev) => {
      if (!ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes('Files')) return;
      ev.preventDefault();
      this.el.dropzone.classList.remove('dragging');
      void fromDrop(ev.dataTransfer).then((g) => this.add(g));
    });
  }

  private picked(input: HTMLInputElement): void {
    const g = fromInput(input.files);
    // The same files can be picked again later (a corrected copy under the same name).
    input.value = '';
    void this.add(g);
  }

  /**
   * Adds files to the list, one batch after another. The same bytes under a name already listed are not added
   * twice; different bytes under the same name are another file (two agencies' "Phụ lục.xlsx"): it is listed
   * with its folder when that tells them apart, or a number, and the page says so.
   */
  add(g: Gathered): Promise<void> {
    this.adding = this.adding.then(() => this.addNow(g));
    return this.adding;
  }

  private async addNow(g: Gathered): Promise<void> {
    const notes: string[] = [];
    let added = 0;
    for (const { file, path, full } of g.files) {
      const key = await this.keyFor(file, path, full);
      if (key === null) {
        notes.push(this.tr('alreadyAdded', { file: path }));
        continue;
      }
      if (key !== path) notes.push(this.tr('sameName', { file: path, key }));
      const e: Entry = { key, ...(key !== path ? { path } : {}), file, version: 1, state: 'queued', loaded: 0, outcome: null, checkedFor: null, jobId: null, card: h('li', { className: 'file-card' }), drawn: false };
      this.entries.set(key, e);
      added++;
    }
    // The cards in sorted order (moving a card keeps its state), then the new files checked in that order.
    const sorted = this.sorted();
    for (const e of sorted) {
      if (!e.card.firstChild) this.drawCard(e);
      this.el.list.append(e.card);
    }
    for (const e of sorted) if (e.state === 'queued' && e.jobId === null) this.check(e);
    if (g.skipped > 0) notes.push(this.tr('skippedInFolder', { n: g.skipped }));
    if (added > 0) this.reveal = true;
    if (this.pending() > 0) this.notes.push(...notes);
    this.setStatus([...(added > 0 ? [this.tr('added', { n: added })] : []), ...notes].join(' '));
    this.refresh();
  }

  /**
   * The name a new file is listed under: its path; its path with the folder it came in (a second folder's file
   * of the same name); or "name (2).xlsx". Null when a file of that name with the same bytes is listed already.
   */
  private async keyFor(file: File, path: string, full: string): Promise<string | null> {
    const same = [...this.entries.values()].filter((e) => e.key === path || e.path === path);
    for (const e of same) if (await sameBytes(e.file, file)) return null;
    if (same.length === 0) return path;
    if (full !== path && !this.entries.has(full)) return full;
    let n = 2;
    while (this.entries.has(numbered(path, n))) n++;
    return numbered(path, n);
  }

  private settingsKey(): string {
    return `${this.settings.asOf}|${this.settings.dueSoonDays}`;
  }

  /** Queues one file for its worker. */
  private check(e: Entry): void {
    const version = e.version;
    const key = this.settingsKey();
    e.state = 'queued';
    e.loaded = 0;
    e.outcome = null;
    e.checkedFor = null;
    const job = this.pool.check(e.file, { name: e.key, asOf: this.settings.asOf, dueSoonDays: this.settings.dueSoonDays, maxSeconds: MAX_SECONDS }, (loaded, total) => {
      if (e.version !== version) return;
      const before = e.state;
      e.loaded = total > 0 ? loaded / total : 1;
      e.state = loaded >= total ? 'reading' : 'loading';
      this.drawProgress(e, before !== e.state);
    });
    e.jobId = job.id;
    void job.done.then((outcome) => {
      if (!outcome || e.version !== version || this.entries.get(e.key) !== e) return;
      e.jobId = null;
      e.state = 'done';
      e.outcome = outcome;
      e.checkedFor = key;
      this.drawCard(e);
      if (this.pending() > 0) return this.soon();
      this.refresh();
      if (!this.busy) this.setStatus([this.el.overallText.textContent ?? '', ...this.notes].join(' '));
      this.notes = [];
      this.releaseWaiters();
      if (this.reveal) this.revealResults();
    });
  }

  /**
   * Once added files are checked, the results come into view (below the fold on a phone, beside the settings
   * on a wide screen) and their heading takes the focus, so a screen reader says where they are; the status
   * line has said what they are. Not when the user has gone somewhere else meanwhile.
   */
  private revealResults(): void {
    this.reveal = false;
    const active = document.activeElement as HTMLElement | null;
    const busyThere = active && (this.el.results.contains(active) || this.viewer.el.contains(active) || (active instanceof HTMLInputElement && active.type !== 'file' && active.type !== 'checkbox'));
    if (busyThere) return;
    const heading = document.getElementById('files-title');
    const top = this.el.results.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) this.el.results.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  /** A file's bar and phase, and the overall bar soon, without redrawing the list. */
  private drawProgress(e: Entry, phaseChanged: boolean): void {
    if (phaseChanged) this.drawCard(e);
    else (e.card.querySelector('.file-progress') as HTMLProgressElement | null)?.setAttribute('value', String(e.state === 'reading' ? 0.6 : e.loaded * 0.5));
    this.soon(true);
  }

  /**
   * Totals, filters and the overall bar at most every 100 ms while files come in: a thousand files must not
   * redraw them a thousand times. The last file redraws them at once.
   */
  private soon(progressOnly = false): void {
    if (!progressOnly) this.refreshWanted = true;
    if (this.refreshTimer !== null) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      if (this.refreshWanted) this.refresh();
      else this.refreshProgress();
      this.refreshWanted = false;
    }, 100);
  }

  private pending(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.state !== 'done') n++;
    return n;
  }

  /** Resolves once every file has its outcome for the current settings. */
  private checked(): Promise<void> {
    if (this.pending() === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    if (e.jobId !== null) this.pool.cancel(e.jobId);
    e.version++;
    this.entries.delete(key);
    e.card.remove();
    if (this.viewer.shown === key) this.viewer.reset();
    // A file removed is no longer the plan or the last report.
    for (const r of ROLES) if (this.marks[r]?.key === key) this.marks[r] = null;
    this.markRefusals.delete(key);
    this.drawMarks();
    this.refresh();
    this.releaseWaiters();
    // Keep the keyboard in the list: the next card's first control, or the drop box's button.
    ((this.el.list.querySelector('summary, button') as HTMLElement | null) ?? document.getElementById('btn-files'))?.focus();
  }

  private removeAll(): void {
    for (const e of this.entries.values()) {
      if (e.jobId !== null) this.pool.cancel(e.jobId);
      e.version++;
      e.card.remove();
    }
    this.entries.clear();
    this.marks.plan = this.marks.previous = null;
    this.markRefusals.clear();
    this.drawMarks();
    this.viewer.reset();
    this.setStatus('');
    this.refresh();
    this.releaseWaiters();
    document.getElementById('btn-files')?.focus();
  }

  private releaseWaiters(): void {
    if (this.pending() > 0) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  // ------------------------------------------------------------------------------------------ settings

  /** A new period or rule: the date follows it or stays (typed), and the page says which; the files are checked again if it moved. */
  private changeDates(r: { settings: CommonSettings; change: AsOfChange }): void {
    const before = this.settings.asOf;
    this.settings = { ...r.settings, lang: this.lang };
    this.save();
    this.dates.update(this.settings, this.years(), todayIso());
    const said = describeAsOfChange(this.lang, r.change, this.settings.period);
    this.dates.showChange(said);
    this.hideError();
    if (this.settings.asOf !== before) this.recheckAll(said);
  }

  /** A whole, valid date typed in the field (never a half-typed one): every file is checked again for it. */
  private setAsOf(date: IsoDate): void {
    if (date === this.settings.asOf) return;
    this.settings = typeAsOf(this.settings, date, todayIso());
    this.save();
    this.dates.update(this.settings, this.years(), todayIso());
    this.dates.showChange('');
    this.recheckAll();
  }

  private setDueSoon(v: string): void {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 366 || n === this.settings.dueSoonDays) return;
    this.settings = { ...this.settings, dueSoonDays: n };
    this.save();
    this.recheckAll();
  }

  /** The as-of date and the due-soon window change the findings and the records: every file is checked again. */
  private recheckAll(said = ''): void {
    const key = this.settingsKey();
    const stale = this.sorted().filter((e) => e.checkedFor !== key);
    if (stale.length === 0) return;
    if (this.viewer.shown) this.viewer.reset();
    for (const e of stale) {
      if (e.jobId !== null) this.pool.cancel(e.jobId);
      e.version++;
      this.check(e);
      this.drawCard(e);
    }
    this.setStatus([said, this.tr('rechecking')].filter(Boolean).join(' '));
    this.refresh();
  }

  private setSeverity(s: Severity, on: boolean): void {
    if (on) this.severities.add(s);
    else this.severities.delete(s);
    this.redrawFindings(`filter-${s}`);
  }

  private setCode(code: string | null): void {
    this.code = code;
    this.redrawFindings('filter-code');
  }

  /** After a filter change: every checked card again, and the focus back on the filter. */
  private redrawFindings(focusId: string): void {
    for (const e of this.entries.values()) if (e.state === 'done') this.drawCard(e);
    this.refresh();
    document.getElementById(focusId)?.focus();
  }

  private toggleLang(): void {
    this.settings = { ...this.settings, lang: this.lang === 'vi' ? 'en' : 'vi' };
    this.save();
    this.viewer.setLang(this.lang);
    this.render();
    document.getElementById('lang')?.focus();
  }

  // ------------------------------------------------------------------------------------------ actions

  private async showCell(e: Entry, f: Finding): Promise<void> {
    if (!e.outcome?.ok) return;
    await this.viewer.show({ key: e.key, version: e.version, file: e.file, sheets: e.outcome.sheets }, f);
    // On a narrow screen the grid is below the list: bring it into view (the focus stays on the finding).
    if (window.matchMedia?.('(max-width: 900px)').matches) this.viewer.el.scrollIntoView({ block: 'start' });
  }

  /**
   * The quarterly report (.xlsx) or its Word draft (.docx), as a download: `cchc report` over the returns (every
   * file but the plan and the last report), held against them when they are marked; `anyway` after the user was
   * warned that no return has a table.
   */
  async report(format: 'xlsx' | 'docx' = 'xlsx', anyway = false): Promise<void> {
    if (this.busy) return;
    this.hideError();
    this.closeConfirm();
    if (this.entries.size === 0) return this.showError(this.tr('noWorkbooks'));
    if (!validAsOf(this.settings.asOf)) return this.showError(this.tr('badAsOf'));
    const button = format === 'docx' ? this.el.docxBtn : this.el.reportBtn;
    await this.run(format === 'docx' ? 'docx' : 'report', button, async () => {
      await this.checked();
      const returns = this.sorted().filter((e) => !this.roleOf(e.key));
      if (returns.length === 0) return this.showError(this.tr('noReturns'));
      const done = returns.filter((e) => e.outcome?.ok);
      // Only files with nothing to check: said before anything is written (issue 16 §2).
      if (!anyway && done.length > 0 && done.every((e) => e.outcome?.ok && e.outcome.noTable)) return this.askReportAnyway(format);
      this.setStatus(this.tr('writing'));
      const records = done.flatMap((e) => (e.outcome?.ok && e.outcome.records ? [e.outcome.records] : []));
      const skipped = returns.filter((e) => e.outcome && !e.outcome.ok).length;
      const empty = done.filter((e) => e.outcome?.ok && e.outcome.noTable).length;
      const r = await this.pool.report({
        records,
        period: this.settings.period,
        ...reportAsOf(this.settings),
        dueSoonDays: this.settings.dueSoonDays,
        generatedAt: nowStamp(),
        ...this.heldFiles(),
        format,
        ...(format === 'docx' ? { settings: this.draft } : {}),
        lang: this.lang,
        maxSeconds: MAX_SECONDS,
      });
      if (!r.ok) return this.showError(r.message[this.lang]);
      download(r.chunks, r.fileName, r.type);
      // The line `cchc report` prints after the file's name, and its lines about the plan and the last report.
      const said = `${this.tr('downloaded', { file: r.fileName })} ${r.figures}`;
      this.setStatus([said, ...r.planLines, ...(skipped > 0 ? [this.tr('reportSkipped', { n: skipped })] : []), ...(empty > 0 ? [this.tr('overallNoTable', { n: empty })] : [])].join(' '));
    });
  }

  /** The plan and the last report marked, as the worker reads them. */
  private heldFiles(): { plan?: HeldFile; previous?: HeldFile } {
    const out: { plan?: HeldFile; previous?: HeldFile } = {};
    for (const r of ROLES) {
      const e = this.marks[r] && this.entries.get(this.marks[r].key);
      if (e) out[r] = { name: e.key, file: e.file };
    }
    return out;
  }

  /** The warning before a report of files that have no table: make it anyway, or not. */
  private askReportAnyway(format: 'xlsx' | 'docx'): void {
    const box = this.el.confirm;
    clear(box);
    const button = format === 'docx' ? this.el.docxBtn : this.el.reportBtn;
    const cancel = h('button', { type: 'button', className: 'btn', id: 'btn-report-cancel', on: { click: () => (this.closeConfirm(), button.focus()) } }, this.tr('cancel'));
    box.append(
      h('p', { id: 'confirm-text' }, this.tr('reportNoTable')),
      h('div', { className: 'row' }, h('button', { type: 'button', className: 'btn primary', id: 'btn-report-anyway', on: { click: () => void this.report(format, true) } }, this.tr('reportAnyway')), cancel),
    );
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'confirm-text');
    box.hidden = false;
    this.setStatus('');
    cancel.focus();
  }

  private closeConfirm(): void {
    this.el.confirm.hidden = true;
    clear(this.el.confirm);
  }

  /** The reporting forms of the marked plan for the chosen period, in one .zip: what `cchc forms` writes. */
  async downloadForms(): Promise<void> {
    if (this.busy) return;
    this.hideError();
    const plan = this.heldFiles().plan;
    if (!plan) return this.showError(this.tr('formsNeedPlan'));
    await this.run('forms', this.el.formsBtn, async () => {
      this.setStatus(this.tr('writingForms'));
      const r = await this.pool.forms({ plan, period: this.settings.period, created: Date.now(), maxSeconds: MAX_SECONDS });
      if (!r.ok) return this.showError(r.message[this.lang]);
      download(r.chunks, r.fileName, r.type);
      this.setStatus(this.tr('formsDone', { file: r.fileName, n: r.forms, about: r.about[this.lang] }));
    });
  }

  /**
   * Marks a file as the plan or the last report, or unmarks it (pressed again). One file per role, and a file is one
   * thing at a time: marking another moves the mark, and the page says so. The file is read as such at once, so a
   * wrong one gets core's sentence (not a plan, not a report cchc made) and is unmarked.
   */
  private async mark(e: Entry, role: Role): Promise<void> {
    this.hideError();
    this.markRefusals.delete(e.key);
    const roleName = (r: Role) => this.tr(r === 'plan' ? 'roleNamePlan' : 'roleNamePrevious');
    const refocus = () => (e.card.querySelector(`button.role[data-role="${role}"]`) as HTMLElement | null)?.focus();
    if (this.marks[role]?.key === e.key) {
      this.marks[role] = null;
      this.marksChanged([e.key]);
      refocus();
      return this.setStatus(this.tr('unmarked', { file: e.key, role: roleName(role) }));
    }
    const said: string[] = [];
    const touched = [e.key];
    const before = this.marks[role];
    if (before) {
      touched.push(before.key);
      said.push(this.tr('markMoved', { file: before.key, role: roleName(role) }));
    }
    for (const r of ROLES) if (this.marks[r]?.key === e.key) this.marks[r] = null;
    const mark: Mark = { key: e.key, check: null };
    this.marks[role] = mark;
    this.marksChanged(touched);
    refocus();
    this.setStatus([...said, this.tr('marking', { file: e.key, role: roleName(role) })].join(' '));
    const check = await this.pool.held({ role, held: { name: e.key, file: e.file }, asOf: this.settings.asOf, maxSeconds: MAX_SECONDS });
    // Marked otherwise meanwhile: this answer is not wanted any more.
    if (this.marks[role] !== mark) return;
    if (!check.ok) {
      const refusal = { role, message: check.message };
      this.marks[role] = null;
      this.markRefusals.set(e.key, refusal);
      this.marksChanged([e.key]);
      refocus();
      this.setStatus('');
      return this.showError(this.refusalText(e.key, refusal));
    }
    mark.check = check;
    this.drawMarks();
    const c = check;
    said.push(
      c.role === 'plan'
        ? this.tr('markedPlan', { file: e.key, tasks: c.tasks, agencies: c.agencies })
        : this.tr('markedPrevious', { file: e.key, title: c.title ?? this.tr('noTitle'), asOf: c.asOf ? formatViDate(c.asOf) : '—', tasks: c.tasks }),
    );
    this.setStatus(said.join(' '));
  }

  /** "Không chọn được “X” làm kế hoạch gốc." and core's sentence saying why. */
  private refusalText(key: string, r: { role: Role; message: Message }): string {
    return `${this.tr('markRefused', { file: key, role: this.tr(r.role === 'plan' ? 'roleNamePlan' : 'roleNamePrevious') })} ${r.message[this.lang]}`;
  }

  /** After marks changed: those files' cards, the lines in the report's box, and the totals (the last report's findings are not counted). */
  private marksChanged(keys: string[]): void {
    for (const k of keys) {
      const e = this.entries.get(k);
      if (e) this.drawCard(e);
    }
    this.drawMarks();
    this.refresh();
  }

  private setDraft(d: DraftSettings): void {
    this.draft = d;
    try {
      this.opts.storage?.setItem(REPORT_SETTINGS_KEY, JSON.stringify(d));
    } catch {
      // Storage full or refused: the settings last for this visit only.
    }
  }

  /** The Word draft's settings as the CLI's settings file, with the page's as-of rule. */
  private saveSettingsFile(): void {
    const name = this.tr('rsFileName');
    download([new TextEncoder().encode(settingsFileText({ asOfRule: this.settings.asOfRule, ...this.draft }))], name, JSON_TYPE);
    this.setStatus(this.tr('rsSaved', { file: name }));
  }

  async exportFindings(): Promise<void> {
    if (this.busy) return;
    this.hideError();
    if (this.entries.size === 0) return this.showError(this.tr('noWorkbooks'));
    await this.run('export', this.el.exportBtn, async () => {
      await this.checked();
      this.setStatus(this.tr('writing'));
      // The last report is cchc's own: not a file to send back to an agency.
      const files: FindingsListFile[] = this.sorted().flatMap((e) => {
        const o = e.outcome;
        if (!o || this.roleOf(e.key) === 'previous') return [];
        return [o.ok ? { file: e.key, ok: true as const, stats: o.stats, sheets: o.sheets, ...(o.noTable ? { noTable: o.noTable } : {}) } : { file: e.key, ok: false as const, code: o.code, message: o.message }];
      });
      const filtered = this.severities.size < 3 || this.code !== null;
      const what = [...(this.severities.size < 3 ? [SEVERITIES.filter((s) => this.severities.has(s)).map((s) => SEVERITY_LABEL[s][this.lang].toLowerCase()).join(', ')] : []), ...(this.code ? [codeLabel(this.code, this.lang)] : [])].join('; ');
      const r = await this.pool.findings({
        files,
        lang: this.lang,
        asOf: this.settings.asOf,
        generatedAt: nowStamp(),
        severities: [...this.severities],
        code: this.code,
        filterNote: filtered ? this.tr('exportFilter', { what }) : undefined,
      });
      if (!r.ok) return this.showError(r.message[this.lang]);
      const name = this.tr('exportName', { asOf: this.settings.asOf });
      download(r.chunks, name);
      this.setStatus(this.tr('exportDone', { file: name, n: r.count }));
    });
  }

  /** One action at a time; the button says it is busy, and keeps the focus. */
  private async run(what: NonNullable<WebApp['busy']>, button: HTMLElement, fn: () => Promise<void>): Promise<void> {
    this.busy = what;
    button.setAttribute('aria-disabled', 'true');
    if (this.pending() > 0) this.setStatus(this.tr('reportWaiting'));
    try {
      await fn();
    } catch (e) {
      this.showError(this.tr('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      this.busy = null;
      button.removeAttribute('aria-disabled');
    }
  }

  // ------------------------------------------------------------------------------------------ messages

  private setStatus(text: string): void {
    this.el.status.textContent = text;
  }

  private showError(text: string): void {
    clear(this.el.error);
    this.el.error.append(h('p', {}, text));
    this.el.error.hidden = false;
  }

  private hideError(): void {
    this.el.error.hidden = true;
    clear(this.el.error);
  }
}
