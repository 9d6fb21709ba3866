/**
 * The in-memory workbook the proxies act on: sheets of sparse cells with values, formulas, number
 * formats and formats, merged areas, column widths and row heights, frozen panes, conditional
 * formats, data validation and charts. Plain data and plain functions; no Office.js here.
 */
import type { GridInput } from '../../core';
import { parseRangeAddress } from '../../core';
import { MAX_COLS, MAX_ROWS, cellCount, contains, intersect, isUnbounded, overlaps, subtractAll, type Area } from './address';
import { evaluateFormula, interpretInput, type Scalar } from './cells';
import { OfficeError } from './errors';

export type Fmt = {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  underline?: string;
  size?: number;
  fontName?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
};
export type FmtKey = keyof Fmt;

export type Border = { style: string; color: string; weight: string };
export type Side = 'top' | 'bottom' | 'left' | 'right' | 'diagDown' | 'diagUp';

export type Hyperlink = { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };

export type Cell = {
  /** The value ('' when empty); for a formula, its computed value. */
  v: Scalar;
  f?: string;
  nf?: string;
  fmt?: Fmt;
  borders?: Partial<Record<Side, Border>>;
  link?: Hyperlink;
};

/** Excel's defaults, as Office.js reads them back from an untouched cell. */
export const DEFAULT_FMT: Required<Omit<Fmt, 'fill'>> & { fill: string | null } = {
  bold: false,
  italic: false,
  color: '#000000',
  fill: null,
  underline: 'None',
  size: 11,
  fontName: 'Calibri',
  hAlign: 'General',
  vAlign: 'Bottom',
  wrap: false,
};
/** 8.43 characters of Calibri 11 = 64 px = 48 points; rows are 15 points (20 px). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export type CFModel = {
  id: string;
  type: string;
  areas: Area[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  stopIfTrue: boolean;
};

export type DVModel = { areas: Area[]; rule: Record<string, unknown>; ignoreBlanks: boolean };

export type Ref = { sheet: SheetModel; area: Area };
export type SeriesModel = { name: string; values: Ref | null; xValues: Ref | null; color: string | null };
export type ChartModel = {
  id: string;
  name: string;
  type: string;
  title: string | null;
  titleVisible: boolean;
  legend: { position: string; visible: boolean };
  series: SeriesModel[];
  seriesBy: string;
  position: { start: Area; end: Area | null } | null;
  axes: { category: { title: string | null }; value: { title: string | null; numberFormat: string | null } };
  deleted: boolean;
};

/**
 * A sheet's print set-up as Worksheet.pageLayout reads and writes it (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): margins in points, the zoom as its JSON
 * object, the header and footer sections of "defaultForAllPages", the print titles and area, and the manual
 * page breaks (the row each new page starts at).
 */
export type PageModel = {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  headerFooter: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
  printTitleRows: { top: number; bottom: number } | null;
  printArea: Area[] | null;
  rowBreaks: number[];
};

/** A new sheet's: Excel's "Normal" margins (0.7 in at the sides, 0.75 in above and below, 0.3 in for header and footer). */
export function defaultPage(): PageModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    printTitleRows: null,
    printArea: null,
    rowBreaks: [],
  };
}

export class SheetModel {
  cells = new Map<number, Cell>();
  /** Columns hidden (Range.columnHidden). */
  hiddenColumns = new Set<number>();
  page: PageModel = defaultPage();
  merges: Area[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozen = { rows: 0, columns: 0 };
  cfs: CFModel[] = [];
  dvs: DVModel[] = [];
  charts: ChartModel[] = [];
  /** Formats given to whole rows/columns: they apply to cells created later, as Excel's column formats do. */
  layers: Array<{ area: Area; fmt: Fmt }> = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  deleted = false;
  /** The selection and active cell when this sheet is active. */
  selection: Area = { top: 0, left: 0, bottom: 0, right: 0 };
  activeCell = { row: 0, col: 0 };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(r: number, c: number): number {
    return r * MAX_COLS + c;
  }

  get(r: number, c: number): Cell | undefined {
    return this.cells.get(SheetModel.key(r, c));
  }

  /** The cell, created when missing (with the formats of any whole-row/column layer over it). */
  ensure(r: number, c: number): Cell {
    const k = SheetModel.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { v: '' };
      const fmt = this.layeredFmt(r, c);
      if (fmt) cell.fmt = fmt;
      this.cells.set(k, cell);
    }
    return cell;
  }

  layeredFmt(r: number, c: number): Fmt | undefined {
    let fmt: Fmt | undefined;
    for (const l of this.layers) {
      if (r >= l.area.top && r <= l.area.bottom && c >= l.area.left && c <= l.area.right) fmt = { ...fmt, ...l.fmt };
    }
    return fmt;
  }

  /** Drops a cell that holds nothing any more, so the used range stays right. */
  tidy(r: number, c: number): void {
    const k = SheetModel.key(r, c);
    const cell = this.cells.get(k);
    if (cell && isBlank(cell)) this.cells.delete(k);
  }

  /** Existing cells inside the area, cheaply whatever the area's size. */
  *existingIn(area: Area): Generator<[number, number, Cell]> {
    if (cellCount(area) <= this.cells.size * 4) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = this.cells.get(SheetModel.key(r, c));
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [k, cell] of [...this.cells]) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) yield [r, c, cell];
    }
  }
}

export function isBlank(cell: Cell): boolean {
  return (
    cell.v === '' &&
    cell.f === undefined &&
    (cell.nf === undefined || cell.nf === 'General') &&
    (cell.fmt === undefined || Object.keys(cell.fmt).length === 0) &&
    (cell.borders === undefined || Object.keys(cell.borders).length === 0) &&
    cell.link === undefined
  );
}

const hasContent = (cell: Cell) => cell.v !== '' || cell.f !== undefined;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  /**
   * Calculation was suspended for a request (Application.suspendApiCalculationUntilNextSync) and the workbook not
   * recalculated since: "Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any
   * dependencies are propagated" (https://learn.microsoft.com/javascript/api/excel/excel.application). This host
   * computes no formulas; it keeps the flag so a test can see whether the add-in recalculated.
   */
  calculationPending = false;
  private nextSheet = 1;
  private nextCf = 1;
  private nextChart = 1;

  visible(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  /** By name (case-insensitive, as Excel compares sheet names) or by id. */
  find(key: string): SheetModel | undefined {
    const upper = key.toUpperCase();
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toUpperCase() === upper);
  }

  newSheetId(): string {
    // Excel's ids are GUIDs in braces; these are stable and readable.
    const n = (this.nextSheet++).toString(16).toUpperCase().padStart(8, '0');
    return `{${n}-0001-0000-0000-000000000000}`;
  }

  newCfId(): string {
    return String(this.nextCf++);
  }

  newChartId(): string {
    return `{C${(this.nextChart++).toString(16).toUpperCase().padStart(7, '0')}-0002-0000-0000-000000000000}`;
  }

  /**
   * Excel's sheet-name rules: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with
   * an apostrophe, not "History" (Excel's own message lists the first three; see
   * https://stackoverflow.com/q/3681868 for its text). The API docs only say the name "should be unique".
   */
  validateName(name: unknown, except?: SheetModel): string {
    if (typeof name !== 'string') throw new OfficeError('InvalidArgument');
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toUpperCase() === 'HISTORY') {
      throw new OfficeError('InvalidArgument', `The name '${name}' is not a valid worksheet name.`);
    }
    const clash = this.find(name);
    if (clash && clash !== except && clash.name.toUpperCase() === name.toUpperCase()) throw new OfficeError('ItemAlreadyExists');
    return name;
  }

  defaultName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.find(name)) return name;
    }
  }

  /** Excel's "Sheet1 (2)" naming for an inserted sheet whose name is taken, kept within 31 characters. */
  uniqueName(name: string): string {
    if (!this.find(name)) return name;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = name.slice(0, 31 - suffix.length) + suffix;
      if (!this.find(candidate)) return candidate;
    }
  }

  addSheet(name: string | undefined, at?: number): SheetModel {
    const final = name === undefined ? this.defaultName() : this.validateName(name);
    const sheet = new SheetModel(this.newSheetId(), final);
    this.sheets.splice(at ?? this.sheets.length, 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  alive(sheet: SheetModel): SheetModel {
    if (sheet.deleted) throw new OfficeError('ItemNotFound');
    return sheet;
  }

  /**
   * Deleting or hiding the last visible sheet: Excel refuses ("A workbook must contain at least one
   * visible worksheet"); the API docs are silent on the code, so InvalidOperation.
   */
  deleteSheet(sheet: SheetModel): void {
    this.alive(sheet);
    // "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation
    // exception" — https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
    if (sheet.visibility === 'VeryHidden') throw new OfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted.');
    if (sheet.visibility === 'Visible' && this.visible().length === 1) {
      throw new OfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets.slice(i).find((s) => s.visibility === 'Visible') ?? this.visible().pop() ?? null;
  }

  setVisibility(sheet: SheetModel, v: unknown): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new OfficeError('InvalidArgument');
    if (v !== 'Visible' && sheet.visibility === 'Visible' && this.visible().length === 1) {
      throw new OfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = v;
    if (this.active === sheet && v !== 'Visible') this.active = this.visible()[0] ?? null;
  }

  /** Activating a hidden sheet: Excel refuses; docs silent on the code, so InvalidOperation. */
  activate(sheet: SheetModel): void {
    this.alive(sheet);
    if (sheet.visibility !== 'Visible') throw new OfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
    this.active = sheet;
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new OfficeError('InvalidArgument');
    }
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    this.sheets.splice(position, 0, sheet);
  }

  addCf(sheet: SheetModel, areas: Area[], type: string): CFModel {
    const cf: CFModel = {
      id: this.newCfId(),
      type,
      areas: areas.map((a) => ({ ...a })),
      formula: null,
      fill: null,
      fontColor: null,
      bold: null,
      italic: null,
      stopIfTrue: false,
    };
    // "Adds a new conditional format to the collection at the first/top priority."
    sheet.cfs.unshift(cf);
    return cf;
  }

  addChart(sheet: SheetModel, type: string, source: Area | null, seriesBy: string): ChartModel {
    const taken = new Set(sheet.charts.map((c) => c.name));
    let n = sheet.charts.length + 1;
    while (taken.has(`Chart ${n}`)) n++;
    const chart: ChartModel = {
      id: this.newChartId(),
      name: `Chart ${n}`,
      type,
      title: null,
      titleVisible: true,
      legend: { position: 'Right', visible: true },
      series: source ? seriesFromSource(sheet, source, seriesBy) : [],
      seriesBy,
      position: null,
      axes: { category: { title: null }, value: { title: null, numberFormat: null } },
      deleted: false,
    };
    sheet.charts.push(chart);
    return chart;
  }
}

/**
 * The series Excel makes from a chart's source data. Excel's own heuristics are not documented;
 * this follows the common case: with "Auto", one series per column when there are at least as
 * many rows as columns; a first row (or column) of text gives the series names, a first column
 * (or row) of text the categories.
 */
function seriesFromSource(sheet: SheetModel, a: Area, seriesBy: string): SeriesModel[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && a.bottom - a.top >= a.right - a.left);
  const isText = (r: number, c: number) => {
    const v = sheet.get(r, c)?.v;
    return typeof v === 'string' && v !== '';
  };
  const isTextOrEmpty = (r: number, c: number) => isText(r, c) || (sheet.get(r, c)?.v ?? '') === '';
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const out: SeriesModel[] = [];
  // Transposed reads make one routine serve both orientations: "line" runs along a series.
  const at = (line: number, pos: number): [number, number] => (byColumns ? [pos, line] : [line, pos]);
  const [lineFrom, lineTo, posFrom, posTo] = byColumns ? [a.left, a.right, a.top, a.bottom] : [a.top, a.bottom, a.left, a.right];
  const cats = lineTo > lineFrom && range(posFrom + 1, posTo).every((p) => isTextOrEmpty(...at(lineFrom, p))) && range(posFrom + 1, posTo).some((p) => isText(...at(lineFrom, p)));
  const firstLine = cats ? lineFrom + 1 : lineFrom;
  const header = posTo > posFrom && range(firstLine, lineTo).every((l) => isText(...at(l, posFrom)));
  const start = header ? posFrom + 1 : posFrom;
  const area = (line: number): Area => (byColumns ? { top: start, left: line, bottom: posTo, right: line } : { top: line, left: start, bottom: line, right: posTo });
  for (const line of range(firstLine, lineTo)) {
    out.push({
      name: header ? String(sheet.get(...at(line, posFrom))?.v ?? '') : `Series${out.length + 1}`,
      values: { sheet, area: area(line) },
      xValues: cats ? { sheet, area: area(lineFrom) } : null,
      color: null,
    });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Cell contents

/**
 * Writes one typed cell value of Range.valuesAsJson ([Api set: ExcelApi 1.16]): a StringCellValue ("Represents
 * the value of a cell containing a string"), DoubleCellValue, BooleanCellValue or EmptyCellValue is stored as
 * that type — no typing rule applies, so "= …" stays a string. Other cell value types (entities, errors…) are
 * refused here (InvalidArgument): this host does not implement them.
 */
export function writeTypedValue(sheet: SheetModel, r: number, c: number, raw: unknown): void {
  if (raw === null || raw === undefined) return;
  const v = raw as { type?: unknown; basicValue?: unknown };
  if (typeof v !== 'object') throw new OfficeError('InvalidArgument');
  const put = (value: Scalar) => {
    const cell = sheet.ensure(r, c);
    cell.v = value;
    delete cell.f;
  };
  switch (v.type) {
    case 'String':
      if (typeof v.basicValue !== 'string') throw new OfficeError('InvalidArgument');
      if (v.basicValue === '') return writeInput(sheet, r, c, '');
      return put(v.basicValue);
    case 'Double':
      if (typeof v.basicValue !== 'number' || !Number.isFinite(v.basicValue)) throw new OfficeError('InvalidArgument');
      return put(v.basicValue);
    case 'Boolean':
      if (typeof v.basicValue !== 'boolean') throw new OfficeError('InvalidArgument');
      return put(v.basicValue);
    case 'Empty':
      return writeInput(sheet, r, c, '');
    default:
      throw new OfficeError('InvalidArgument', `The in-memory Excel host does not implement cell values of type ${String(v.type)}.`);
  }
}

/** Writes one input (already a scalar of a 2-D array) into a cell, by Excel's typing rules. */
export function writeInput(sheet: SheetModel, r: number, c: number, raw: unknown): void {
  const existing = sheet.get(r, c);
  const input = interpretInput(raw, existing?.nf ?? 'General');
  switch (input.kind) {
    case 'skip':
      return;
    case 'clear':
      if (existing) {
        existing.v = '';
        delete existing.f;
        sheet.tidy(r, c);
      }
      return;
    case 'formula': {
      const cell = sheet.ensure(r, c);
      cell.f = input.formula;
      cell.v = evaluateFormula(input.formula);
      return;
    }
    case 'value': {
      const cell = sheet.ensure(r, c);
      cell.v = input.value;
      delete cell.f;
      if (input.numberFormat) cell.nf = input.numberFormat;
      return;
    }
  }
}

export function writeNumberFormat(sheet: SheetModel, r: number, c: number, raw: unknown): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw !== 'string') throw new OfficeError('InvalidArgument');
  if (raw === '' || raw === 'General') {
    const cell = sheet.get(r, c);
    if (cell) {
      delete cell.nf;
      sheet.tidy(r, c);
    }
    return;
  }
  sheet.ensure(r, c).nf = raw;
}

/**
 * The used range: the smallest area holding every value (valuesOnly) or every value and format
 * (merged areas count as format), within `clip` when given. Null when there is none.
 */
export function usedArea(sheet: SheetModel, valuesOnly: boolean, clip?: Area): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number) => {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };
  if (clip) {
    for (const [r, c, cell] of sheet.existingIn(clip)) if (valuesOnly ? hasContent(cell) : !isBlank(cell)) take(r, c);
  } else {
    for (const [k, cell] of sheet.cells) if (valuesOnly ? hasContent(cell) : !isBlank(cell)) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      const a = clip ? intersect(m, clip) : m;
      if (!a) continue;
      take(a.top, a.left);
      take(a.bottom, a.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

// ------------------------------------------------------------------------------------------------
// Formats

export function effectiveFmt(sheet: SheetModel, r: number, c: number): Fmt {
  return sheet.get(r, c)?.fmt ?? sheet.layeredFmt(r, c) ?? {};
}

export function setFmt(sheet: SheetModel, areas: Area[], patch: Fmt): void {
  const apply = (cell: Cell) => {
    cell.fmt = { ...cell.fmt, ...patch };
    for (const k of Object.keys(patch) as FmtKey[]) if (patch[k] === undefined) delete cell.fmt[k];
  };
  for (const area of areas) {
    if (isUnbounded(area)) {
      for (const [, , cell] of sheet.existingIn(area)) apply(cell);
      sheet.layers.push({ area: { ...area }, fmt: { ...patch } });
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        apply(sheet.ensure(r, c));
        sheet.tidy(r, c);
      }
    }
  }
}

/**
 * A format property over areas: the common value, or null when the cells differ ("null property
 * values in the response", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 * Whole rows/columns are judged on their existing cells plus one untouched cell.
 */
export function readUniform<T>(sheet: SheetModel, areas: Area[], read: (r: number, c: number) => T): T | null {
  let first = true;
  let value: T | null = null;
  const see = (v: T): boolean => {
    if (first) {
      value = v;
      first = false;
      return true;
    }
    return v === value;
  };
  for (const area of areas) {
    if (cellCount(area) > 1_000_000) {
      for (const [r, c] of sheet.existingIn(area)) if (!see(read(r, c))) return null;
      // An untouched cell of the area (the layers decide its format).
      if (!see(read(area.bottom, area.right))) return null;
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (!see(read(r, c))) return null;
  }
  return value;
}

export function fmtValue(sheet: SheetModel, r: number, c: number, key: FmtKey): unknown {
  const f = effectiveFmt(sheet, r, c)[key];
  return f === undefined ? DEFAULT_FMT[key] : f;
}

// ------------------------------------------------------------------------------------------------
// Merges

/** Merges the area (or each of its rows, `across`); merged-away cells lose their contents, as in Excel. */
export function merge(sheet: SheetModel, area: Area, across: boolean): void {
  const targets = across
    ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ top: area.top + i, bottom: area.top + i, left: area.left, right: area.right }))
    : [area];
  for (const t of targets) {
    if (cellCount(t) < 2) continue;
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, t));
    for (const [r, c, cell] of sheet.existingIn(t)) {
      if (r === t.top && c === t.left) continue;
      cell.v = '';
      delete cell.f;
      sheet.tidy(r, c);
    }
    sheet.merges.push({ ...t });
  }
}

export function unmerge(sheet: SheetModel, area: Area): void {
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
}

/**
 * The merged areas "in" a range: Excel returns those whose top-left cell is inside it
 * (https://github.com/OfficeDev/office-js/issues/3611, by design).
 */
export function mergesIn(sheet: SheetModel, area: Area): Area[] {
  return sheet.merges
    .filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

// ------------------------------------------------------------------------------------------------
// Conditional formats and data validation

export function cfsOver(sheet: SheetModel, areas: Area[]): CFModel[] {
  return sheet.cfs.filter((cf) => cf.areas.some((a) => areas.some((b) => overlaps(a, b))));
}

/** ConditionalFormatCollection.clearAll: "Clears all conditional formats active on the current specified range." */
export function clearCfs(sheet: SheetModel, areas: Area[]): void {
  for (const cf of sheet.cfs) for (const b of areas) cf.areas = subtractAll(cf.areas, b);
  sheet.cfs = sheet.cfs.filter((cf) => cf.areas.length > 0);
}

export function setDv(sheet: SheetModel, areas: Area[], rule: Record<string, unknown>): void {
  clearDv(sheet, areas);
  sheet.dvs.push({ areas: areas.map((a) => ({ ...a })), rule, ignoreBlanks: true });
}

/** DataValidation.clear: only the overlapping cells lose their rule (excel-add-ins-data-validation). */
export function clearDv(sheet: SheetModel, areas: Area[]): void {
  for (const dv of sheet.dvs) for (const b of areas) dv.areas = subtractAll(dv.areas, b);
  sheet.dvs = sheet.dvs.filter((dv) => dv.areas.length > 0);
}

/** The rule over the areas: one rule covering every cell, none, or a mix. */
export function readDv(sheet: SheetModel, areas: Area[]): { type: string; rule: Record<string, unknown> | null } {
  const touching = sheet.dvs.filter((dv) => dv.areas.some((a) => areas.some((b) => overlaps(a, b))));
  if (touching.length === 0) return { type: 'None', rule: {} };
  if (touching.length === 1) {
    let rest = areas.map((a) => ({ ...a }));
    for (const a of touching[0].areas) rest = subtractAll(rest, a);
    if (rest.length === 0) return { type: dvType(touching[0].rule), rule: structuredCloneJson(touching[0].rule) };
  }
  return { type: 'Inconsistent', rule: null };
}

export function dvType(rule: Record<string, unknown>): string {
  const key = Object.keys(rule)[0];
  const map: Record<string, string> = { wholeNumber: 'WholeNumber', decimal: 'Decimal', list: 'List', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom' };
  return map[key] ?? 'None';
}

export function structuredCloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

// ------------------------------------------------------------------------------------------------
// Loading core grids (the constructor's `sheets`, and workbooks decoded for insertWorksheetsFromBase64)

const DATE_TEXT = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const DATETIME_TEXT = /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}(:\d{2})?$/;

/**
 * Puts a core grid into a sheet: values at the grid's origin (numbers stay numbers, text is stored
 * as text — a grid holds values as read, never typed input), merges (sheet coordinates, as the core
 * keeps them), hidden sheets hidden. Display texts are ignored except to recognise dates: a number
 * shown as "31/12/2024" gets the format dd/mm/yyyy (or dd/mm/yyyy hh:mm) so Range.text shows it again.
 */
export function fillSheet(sheet: SheetModel, grid: GridInput): void {
  const r0 = grid.origin?.row ?? 0;
  const c0 = grid.origin?.col ?? 0;
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = sheet.ensure(r + r0, c + c0);
      cell.v = typeof v === 'number' && !Number.isFinite(v) ? '#NUM!' : v;
      const text = grid.texts?.[r]?.[c];
      if (typeof v === 'number' && text) {
        if (DATE_TEXT.test(text)) cell.nf = 'dd/mm/yyyy';
        else if (DATETIME_TEXT.test(text)) cell.nf = 'dd/mm/yyyy hh:mm';
      }
    }),
  );
  for (const m of grid.merges ?? []) {
    const a = typeof m === 'string' ? parseRangeAddress(m) : m;
    if (!a || a.bottom >= MAX_ROWS || a.right >= MAX_COLS) continue;
    if (sheet.merges.some((x) => overlaps(x, a))) continue;
    if (cellCount(a) > 1) sheet.merges.push({ top: a.top, left: a.left, bottom: a.bottom, right: a.right });
  }
  if (grid.hidden) sheet.visibility = 'Hidden';
}

/** A whole workbook from core grids, the first visible sheet active. */
export function gridsToWorkbook(grids: readonly GridInput[]): WorkbookModel {
  const wb = new WorkbookModel();
  for (const g of grids) fillSheet(wb.addSheet(wb.uniqueName(g.name)), g);
  if (wb.sheets.length > 0 && wb.visible().length === 0) wb.sheets[0].visibility = 'Visible';
  wb.active = wb.visible()[0] ?? null;
  return wb;
}

export { contains, intersect };
