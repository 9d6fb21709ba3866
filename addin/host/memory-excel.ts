/// <reference types="office-js" />
/**
 * An in-memory Excel host: the Office.js object model (Excel.run, proxies, load/sync, errors,
 * request limits, requirement sets) over a workbook held in memory, plus a minimal `Office` global.
 * The add-in's adapter is tested against it, and the task pane's preview mode (opened outside
 * Office) loads sample workbooks into it and draws `snapshot()` as a read-only grid. Browser-safe:
 * no Node APIs, no DOM.
 *
 *   const mem = createMemoryExcel({ sheets: grids, requirementSets: { ExcelApi: '1.13' } });
 *   await mem.Excel.run(async (ctx) => { … await ctx.sync(); });
 *   mem.snapshot('Phụ lục 1').values
 */
import type { GridInput } from '../../core';
import { areaAddress, cellAddress, qualifiedAddress, type Area } from './address';
import { columnLetters } from '../../core';
import { displayText } from './cells';
import * as enums from './enums';
import { OfficeError, type OfficeErrorCode } from './errors';
import { RequestContext, runBatch } from './context';
import { ASYNC_STATUS, createUi, EVENT_TYPE, runCommand, Runtime, type CommandOutcome, type MemoryDialog, type UiOptions } from './office-ui';
import { versionAtLeast, type HostState, type MemoryStats } from './proxy-base';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, DEFAULT_FMT, gridsToWorkbook, usedArea, type Hyperlink, type SheetModel, type WorkbookModel } from './workbook-model';

export { OfficeError } from './errors';
export { COMMAND_TIME_LIMIT_MS, MemoryDialog, type CommandOutcome } from './office-ui';
export { gridsToWorkbook } from './workbook-model';
export type { MemoryStats } from './proxy-base';

export type MemoryExcelOptions = {
  /** The workbook to start with (core grids); one empty "Sheet1" when absent or empty. */
  sheets?: GridInput[];
  /** Requirement sets the host claims, e.g. { ExcelApi: '1.13' } (the default: what this host implements). */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage; "vi-VN" by default. */
  displayLanguage?: string;
  /**
   * Office.context.platform; "OfficeOnline" (Excel on the web) by default. The 5 MB limits below are Excel on the
   * web's ("Excel on the web has a payload size limit for requests and responses of 5MB" —
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
   * so on other platforms they default to none.
   */
  platform?: MemoryPlatform;
  /** Excel on the web refuses requests over 5 MB (the default there). */
  requestLimitBytes?: number;
  /** …and responses over 5 MB (the default there). */
  responseLimitBytes?: number;
  /** Decodes a base64 .xlsx for insertWorksheetsFromBase64 (the host has no xlsx reader of its own). */
  decodeWorkbook?: (base64: string) => Promise<GridInput[]>;
  /** The dialog API's checks (the host page's origin, HTTPS). */
  ui?: UiOptions;
  /** Office.context.officeTheme, where the host gives one (absent by default: not every host does). */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
};

/** The Excel namespace as the adapter uses it: run, RequestContext and the enums, with Office.js's values. */
export type MemoryExcelNamespace = {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => Excel.RequestContext;
} & typeof enums;

export type MemoryPlatform = 'PC' | 'OfficeOnline' | 'Mac' | 'iOS' | 'Android' | 'Universal';
export type OfficeInfo = { host: 'Excel'; platform: MemoryPlatform };

/** The part of the Office global the add-in touches. */
export type MemoryOffice = {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    displayLanguage: string;
    contentLanguage: string;
    host: 'Excel';
    platform: MemoryPlatform;
    ui: ReturnType<typeof createUi>;
    officeTheme?: MemoryExcelOptions['officeTheme'];
  };
  onReady(callback?: (info: OfficeInfo) => void): Promise<OfficeInfo>;
  actions: { associate(name: string, handler: (...args: never[]) => unknown): void };
  EventType: typeof EVENT_TYPE;
  AsyncResultStatus: typeof ASYNC_STATUS;
  HostType: { Excel: 'Excel'; Word: 'Word'; PowerPoint: 'PowerPoint'; Outlook: 'Outlook'; OneNote: 'OneNote'; Project: 'Project'; Access: 'Access' };
  PlatformType: { PC: 'PC'; OfficeOnline: 'OfficeOnline'; Mac: 'Mac'; iOS: 'iOS'; Android: 'Android'; Universal: 'Universal' };
};

export type CellFormatSnapshot = {
  bold: boolean;
  italic: boolean;
  color: string;
  fill: string | null;
  underline: string;
  size: number;
  fontName: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
};

export type SheetSnapshot = {
  name: string;
  position: number;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  /** From A1 to the last used cell (values or formats), as Range.values / .text / .numberFormat read them. */
  values: (string | number | boolean)[][];
  texts: string[][];
  numberFormats: string[][];
  /** Each cell's format, same shape as values. */
  formats: CellFormatSnapshot[][];
  /** Cells holding formulas: A1 → formula. */
  formulas: Record<string, string>;
  merges: string[];
  /** Points, for the columns / rows of `values` (defaults included). */
  columnWidths: number[];
  rowHeights: number[];
  frozen: { rows: number; columns: number };
  /** Hidden columns, by letter ("N"). */
  hiddenColumns: string[];
  /** The print set-up (Worksheet.pageLayout): margins in points, titles and area as A1 addresses, page breaks by row. */
  print: {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
    headerFooter: Record<string, string>;
    printTitleRows: string | null;
    printArea: string | null;
    /** 1-based rows that start a new page. */
    rowBreaks: number[];
  };
  hyperlinks: Record<string, Hyperlink>;
  conditionalFormats: Array<{ id: string; ranges: string[]; type: string; formula: string | null; fill: string | null; fontColor: string | null }>;
  dataValidations: Array<{ range: string; rule: Record<string, unknown> }>;
  charts: Array<{
    name: string;
    type: string;
    title: string | null;
    legend: string;
    series: Array<{ name: string; values: string | null; xValues: string | null; color: string | null }>;
    position: { start: string; end: string | null } | null;
  }>;
  active: boolean;
  /** This sheet's active cell and selection (A1, no sheet). */
  activeCell: string;
  selection: string;
};

export type MemoryExcel = {
  Excel: MemoryExcelNamespace;
  /** What the add-in's adapter needs (Excel.run and the ExcelApi check), as real Excel gives it. */
  excelHost(): { run: MemoryExcelNamespace['run']; supports(version: string): boolean; platform: MemoryPlatform; requestLimitBytes?: number };
  Office: MemoryOffice;
  OfficeExtension: { Error: typeof OfficeError; ErrorCodes: Record<string, string> };
  /** Handlers given to Office.actions.associate, by name. */
  actions: Map<string, (...args: never[]) => unknown>;
  /** Every dialog opened with Office.context.ui.displayDialogAsync, in order. */
  dialogs: MemoryDialog[];
  /**
   * Presses a ribbon button whose action is ExecuteFunction: runs the associated function with an event and
   * resolves when it calls event.completed(), or when the runtime's time limit (5 minutes) passes.
   */
  runCommand(name: string, opts?: { id?: string; timeLimitMs?: number }): Promise<CommandOutcome>;
  stats: MemoryStats;
  resetStats(): void;
  /**
   * Test control: the `nth` context.sync() from now (1: the next) fails with `code` (GeneralException by default,
   * as a dropped connection does), after running its first `afterCommands` commands (none by default) — "a failing
   * sync applies the commands queued before the failing one and none after" (see context.ts).
   */
  failSync(nth?: number, opts?: { code?: OfficeErrorCode; afterCommands?: number }): void;
  /** Test control: from now on no context.sync() settles (OfficeDev/office-js#6678, see context.ts). */
  hang(): void;
  /** Calculation was suspended and the workbook not recalculated since (WorkbookModel.calculationPending). */
  calculationPending(): boolean;
  sheetNames(): string[];
  snapshot(sheetName: string): SheetSnapshot;
  activeSheetName(): string | null;
  /** The selection as Range.address reports it ("'Phụ lục 1'!B7"); null without sheets. */
  selectedAddress(): string | null;
  /** Called after every sync that ran commands; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Replaces the whole workbook (preview mode opening another sample). */
  loadSheets(sheets: GridInput[]): void;
  /** The model itself, for tests that need to look deeper than snapshot(). */
  readonly workbook: WorkbookModel;
};

/** What this host implements: ExcelApi up to 1.13 (getMergedAreasOrNullObject, insertWorksheetsFromBase64). */
export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = { ExcelApi: '1.13', DialogApi: '1.1' };
const FIVE_MB = 5 * 1024 * 1024;

const OFFICE_ERROR_CODES: Record<string, string> = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  propertyNotLoaded: 'PropertyNotLoaded',
  runMustReturnPromise: 'RunMustReturnPromise',
  valueNotLoaded: 'ValueNotLoaded',
};

function freshWorkbook(sheets: GridInput[] | undefined): WorkbookModel {
  const wb = gridsToWorkbook(sheets ?? []);
  if (wb.sheets.length === 0) wb.active = wb.addSheet('Sheet1');
  return wb;
}

export function createMemoryExcel(options: MemoryExcelOptions = {}): MemoryExcel {
  const listeners = new Set<() => void>();
  const sets = { ...DEFAULT_REQUIREMENT_SETS, ...options.requirementSets };
  const emptyStats = (): MemoryStats => ({ syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0 });
  const platform = options.platform ?? 'OfficeOnline';
  const onTheWeb = platform === 'OfficeOnline';
  const host: HostState = {
    wb: freshWorkbook(options.sheets),
    excelApi: sets.ExcelApi ?? '1.1',
    platform,
    requestLimit: options.requestLimitBytes ?? (onTheWeb ? FIVE_MB : Infinity),
    responseLimit: options.responseLimitBytes ?? (onTheWeb ? FIVE_MB : Infinity),
    decode: options.decodeWorkbook,
    stats: emptyStats(),
    faults: [],
    hung: false,
    notify() {
      for (const l of [...listeners]) l();
    },
  };

  class BoundRequestContext extends RequestContext {
    constructor() {
      super(host);
    }
  }

  const Excel = {
    ...enums,
    run: (a: unknown, b?: unknown) => runBatch(host, a, b),
    RequestContext: BoundRequestContext,
  } as unknown as MemoryExcelNamespace;

  const actions = new Map<string, (...args: never[]) => unknown>();
  const info: OfficeInfo = { host: 'Excel', platform };
  const displayLanguage = options.displayLanguage ?? 'vi-VN';

  /**
   * isSetSupported(name, minVersion): true when the host claims the set at that version or newer;
   * no version means any (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport).
   */
  const isSetSupported = (name: string, minVersion?: string | number): boolean => {
    const have = sets[name];
    if (have === undefined) return false;
    if (minVersion === undefined) return true;
    return versionAtLeast(have, typeof minVersion === 'number' ? String(minVersion) : minVersion);
  };

  const dialogs: MemoryDialog[] = [];
  const pane = new Runtime('taskpane');
  let command: Runtime | null = null;
  const ui = createUi(() => command ?? pane, dialogs, options.ui ?? {});

  const Office: MemoryOffice = {
    context: { requirements: { isSetSupported }, displayLanguage, contentLanguage: displayLanguage, host: 'Excel', platform, ui, ...(options.officeTheme ? { officeTheme: { ...options.officeTheme } } : {}) },
    onReady(callback?: (i: OfficeInfo) => void) {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(name: string, handler: (...args: never[]) => unknown) {
        actions.set(name, handler);
      },
    },
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    EventType: EVENT_TYPE,
    AsyncResultStatus: ASYNC_STATUS,
  };

  const sheetOf = (name: string): SheetModel => {
    const s = host.wb.sheets.find((x) => x.name === name) ?? host.wb.find(name);
    if (!s) throw new Error(`No sheet named '${name}'`);
    return s;
  };

  return {
    Excel,
    Office,
    excelHost: () => ({
      run: Excel.run,
      supports: (v: string) => Office.context.requirements.isSetSupported('ExcelApi', v),
      platform,
      requestLimitBytes: Number.isFinite(host.requestLimit) ? host.requestLimit : undefined,
    }),
    OfficeExtension: { Error: OfficeError, ErrorCodes: OFFICE_ERROR_CODES },
    actions,
    dialogs,
    runCommand: (name, opts) =>
      runCommand(
        actions.get(name) as ((event: unknown) => unknown) | undefined,
        (r) => {
          command = r;
        },
        opts,
      ),
    get stats() {
      return host.stats;
    },
    resetStats() {
      host.stats = emptyStats();
    },
    failSync(nth = 1, opts = {}) {
      host.faults.push({ countdown: nth, afterCommands: opts.afterCommands ?? 0, code: opts.code ?? 'GeneralException' });
    },
    hang() {
      host.hung = true;
    },
    calculationPending: () => host.wb.calculationPending,
    sheetNames: () => host.wb.sheets.map((s) => s.name),
    snapshot: (name: string) => snapshotSheet(host.wb, sheetOf(name)),
    activeSheetName: () => host.wb.active?.name ?? null,
    selectedAddress: () => (host.wb.active ? qualifiedAddress(host.wb.active.name, host.wb.active.selection) : null),
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadSheets(sheets: GridInput[]) {
      host.wb = freshWorkbook(sheets);
      host.notify();
    },
    get workbook() {
      return host.wb;
    },
  };
}

function snapshotSheet(wb: WorkbookModel, s: SheetModel): SheetSnapshot {
  const used = usedArea(s, false);
  const rows = used ? used.bottom + 1 : 0;
  const cols = used ? used.right + 1 : 0;
  const values: (string | number | boolean)[][] = [];
  const texts: string[][] = [];
  const numberFormats: string[][] = [];
  const formats: CellFormatSnapshot[][] = [];
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, Hyperlink> = {};
  for (let r = 0; r < rows; r++) {
    const vr: (string | number | boolean)[] = [];
    const tr: string[] = [];
    const nr: string[] = [];
    const fr: CellFormatSnapshot[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = s.get(r, c);
      const f = cell?.fmt ?? s.layeredFmt(r, c) ?? {};
      vr.push(cell?.v ?? '');
      tr.push(displayText(cell?.v ?? '', cell?.nf ?? 'General'));
      nr.push(cell?.nf ?? 'General');
      fr.push({
        bold: f.bold ?? DEFAULT_FMT.bold,
        italic: f.italic ?? DEFAULT_FMT.italic,
        color: f.color ?? DEFAULT_FMT.color,
        fill: f.fill ?? null,
        underline: f.underline ?? DEFAULT_FMT.underline,
        size: f.size ?? DEFAULT_FMT.size,
        fontName: f.fontName ?? DEFAULT_FMT.fontName,
        horizontalAlignment: f.hAlign ?? DEFAULT_FMT.hAlign,
        verticalAlignment: f.vAlign ?? DEFAULT_FMT.vAlign,
        wrapText: f.wrap ?? DEFAULT_FMT.wrap,
      });
      if (cell?.f) formulas[cellAddress(r, c)] = cell.f;
      if (cell?.link) hyperlinks[cellAddress(r, c)] = { ...cell.link };
    }
    values.push(vr);
    texts.push(tr);
    numberFormats.push(nr);
    formats.push(fr);
  }
  // Links may sit outside the used extent only if the cell is otherwise blank, which isBlank excludes.
  const ref = (x: { sheet: SheetModel; area: Area } | null) => (x ? qualifiedAddress(x.sheet.name, x.area) : null);
  return {
    name: s.name,
    position: wb.sheets.indexOf(s),
    visibility: s.visibility,
    tabColor: s.tabColor,
    values,
    texts,
    numberFormats,
    formats,
    formulas,
    merges: s.merges.map(areaAddress),
    columnWidths: Array.from({ length: cols }, (_, c) => s.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
    rowHeights: Array.from({ length: rows }, (_, r) => s.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT),
    frozen: { ...s.frozen },
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
    print: {
      orientation: s.page.orientation,
      paperSize: s.page.paperSize,
      zoom: { ...s.page.zoom },
      margins: { ...s.page.margins },
      headerFooter: { ...s.page.headerFooter },
      printTitleRows: s.page.printTitleRows ? `$${s.page.printTitleRows.top + 1}:$${s.page.printTitleRows.bottom + 1}` : null,
      printArea: s.page.printArea ? s.page.printArea.map(areaAddress).join(',') : null,
      rowBreaks: s.page.rowBreaks.map((r) => r + 1),
    },
    hyperlinks,
    conditionalFormats: s.cfs.map((cf) => ({ id: cf.id, ranges: cf.areas.map(areaAddress), type: cf.type, formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor })),
    dataValidations: s.dvs.map((dv) => ({ range: dv.areas.map(areaAddress).join(', '), rule: JSON.parse(JSON.stringify(dv.rule)) as Record<string, unknown> })),
    charts: s.charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      legend: c.legend.position,
      series: c.series.map((x) => ({ name: x.name, values: ref(x.values), xValues: ref(x.xValues), color: x.color })),
      position: c.position ? { start: areaAddress(c.position.start), end: c.position.end ? areaAddress(c.position.end) : null } : null,
    })),
    active: wb.active === s,
    activeCell: cellAddress(s.activeCell.row, s.activeCell.col),
    selection: areaAddress(s.selection),
  };
}
