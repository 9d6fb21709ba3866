/** Range, its formats, RangeAreas, data validation and conditional format proxies. */
import { MAX_COLS, MAX_ROWS, areaAddress, cellCount, isUnbounded, isWholeColumns, isWholeRows, parseArea, qualifiedAddress, sheetPrefix, splitSheet, type Area } from './address';
import { displayText, normalizeColor } from './cells';
import { BorderIndex, BorderLineStyle, BorderWeight, ConditionalFormatType, HorizontalAlignment, RangeUnderlineStyle, VerticalAlignment } from './enums';
import { DIMENSION_MISMATCH, OfficeError } from './errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, cfsOver, clearCfs, clearDv, effectiveFmt, fmtValue, merge, mergesIn, readDv, readUniform, setDv, setFmt, structuredCloneJson, unmerge, usedArea, writeInput, writeNumberFormat, writeTypedValue, type Border, type Fmt, type FmtKey, type Hyperlink, type SheetModel, type Side, type WorkbookModel } from './workbook-model';
import { ClientResult, Obj, Coll, fixed, oneOf, bool, num, int, areasOf, type Getter, type Loadable, type RangeE, type AreasE, type CfE } from './proxy-base';
import { Worksheet } from './sheet-proxies';
import type { RequestContext } from './context';

// ------------------------------------------------------------------------------------------------
// Addresses and range arguments

export function checkArea(a: Area): Area {
  if (a.top < 0 || a.left < 0 || a.bottom >= MAX_ROWS || a.right >= MAX_COLS || a.top > a.bottom || a.left > a.right) throw new OfficeError('InvalidArgument');
  return a;
}

/** An address on a sheet, optionally sheet-qualified ("Sheet1!A1:B2", "'Phụ lục 1'!C3"). */
export function areaOnSheet(wb: WorkbookModel, sheet: SheetModel, address: string): { sheet: SheetModel; area: Area } {
  const { sheet: named, ref } = splitSheet(address);
  let target = sheet;
  if (named !== null) {
    const s = wb.find(named);
    if (!s || s.name.toUpperCase() !== named.toUpperCase()) throw new OfficeError('InvalidArgument');
    target = s;
  }
  const area = parseArea(ref);
  if (!area) throw new OfficeError('InvalidArgument', `'${address}' is not a valid range address.`);
  return { sheet: target, area };
}

/** A Range proxy or an address, as methods such as setPosition and setValues accept. */
export function rangeArg(ctx: RequestContext, sheet: SheetModel, v: unknown): RangeE {
  if (v instanceof Range) {
    const e = v._live();
    if (!e) throw new OfficeError('InvalidArgument');
    return e;
  }
  if (typeof v === 'string') return areaOnSheet(ctx._wb, sheet, v);
  throw new OfficeError('InvalidArgument');
}

// ------------------------------------------------------------------------------------------------
// Range

/** Cell-level properties are limited to 5,000,000 cells (resource-limits page, "Excel add-ins"). */
const CELL_LIMIT = 5_000_000;

function cellGrid<T>(e: RangeE, f: (r: number, c: number) => T): T[][] | null {
  // "the response will contain null values for cell-level properties such as values, text, numberFormat,
  // and formula" for whole rows/columns — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded
  if (isUnbounded(e.area)) return null;
  if (cellCount(e.area) > CELL_LIMIT) throw new OfficeError('RangeExceedsLimit');
  const out: T[][] = [];
  for (let r = e.area.top; r <= e.area.bottom; r++) {
    const row: T[] = [];
    for (let c = e.area.left; c <= e.area.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Writes a cell-level property: a 2-D array of the range's size, or one value for every cell
 * (a single value, or a 1×1 array — the docs' own sample sets `numberFormat = [["$0.00"]]` on E3:E6,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts). Any other
 * shape: InvalidArgument with Excel's message. null for the whole property is invalid; null inside
 * the array leaves that cell alone (excel-add-ins-blank-null-values). Whole rows/columns cannot be
 * written (excel-add-ins-ranges-unbounded).
 */
function writeGrid(e: RangeE, input: unknown, write: (s: SheetModel, r: number, c: number, v: unknown) => void): void {
  if (input === null || input === undefined) throw new OfficeError('InvalidArgument');
  if (isUnbounded(e.area)) throw new OfficeError('InvalidArgument', 'Cell-level properties cannot be set on a whole row or column.');
  if (cellCount(e.area) > CELL_LIMIT) throw new OfficeError('RangeExceedsLimit');
  const h = e.area.bottom - e.area.top + 1;
  const w = e.area.right - e.area.left + 1;
  let at: (i: number, j: number) => unknown;
  if (!Array.isArray(input)) at = () => input;
  else if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const v = (input[0] as unknown[])[0];
    at = () => v;
  } else {
    if (input.length !== h || !input.every((row) => Array.isArray(row) && row.length === w)) throw new OfficeError('InvalidArgument', DIMENSION_MISMATCH);
    at = (i, j) => (input[i] as unknown[])[j];
  }
  for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) write(e.sheet, e.area.top + i, e.area.left + j, at(i, j));
}

export class Range extends Obj<RangeE> {
  private _format?: RangeFormat;
  private _dv?: DataValidation;
  private _cfs?: ConditionalFormatCollection;
  private _ws?: Worksheet;

  constructor(ctx: RequestContext, resolver: () => RangeE | null) {
    super(ctx, resolver, 'Range');
  }
  protected override _check(e: RangeE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected override _scalars(): Record<string, Getter<RangeE>> {
    const cell = (e: RangeE, r: number, c: number) => e.sheet.get(r, c);
    return {
      address: (e) => qualifiedAddress(e.sheet.name, e.area),
      addressLocal: (e) => qualifiedAddress(e.sheet.name, e.area),
      values: (e) => cellGrid(e, (r, c) => cell(e, r, c)?.v ?? ''),
      text: (e) => cellGrid(e, (r, c) => displayText(cell(e, r, c)?.v ?? '', cell(e, r, c)?.nf ?? 'General')),
      formulas: (e) => cellGrid(e, (r, c) => cell(e, r, c)?.f ?? cell(e, r, c)?.v ?? ''),
      numberFormat: (e) => cellGrid(e, (r, c) => cell(e, r, c)?.nf ?? 'General'),
      valuesAsJson: (e) =>
        cellGrid(e, (r, c) => {
          const v = cell(e, r, c)?.v ?? '';
          if (v === '') return { type: 'Empty', basicValue: '', basicType: 'Empty' };
          if (typeof v === 'number') return { type: 'Double', basicValue: v, basicType: 'Double' };
          if (typeof v === 'boolean') return { type: 'Boolean', basicValue: v, basicType: 'Boolean' };
          return { type: 'String', basicValue: v, basicType: 'String' };
        }),
      valueTypes: (e) =>
        cellGrid(e, (r, c) => {
          const v = cell(e, r, c)?.v ?? '';
          if (v === '') return 'Empty';
          if (typeof v === 'number') return 'Double';
          if (typeof v === 'boolean') return 'Boolean';
          return /^#(NAME\?|VALUE!|DIV\/0!|REF!|N\/A|NUM!|NULL!)$/.test(v) && cell(e, r, c)?.f ? 'Error' : 'String';
        }),
      rowIndex: (e) => e.area.top,
      columnIndex: (e) => e.area.left,
      rowCount: (e) => e.area.bottom - e.area.top + 1,
      columnCount: (e) => e.area.right - e.area.left + 1,
      cellCount: (e) => cellCount(e.area),
      isEntireColumn: (e) => isWholeColumns(e.area),
      isEntireRow: (e) => isWholeRows(e.area),
      hyperlink: (e) => readHyperlink(e),
      columnHidden: (e) => hiddenState(e),
    };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return {
      format: () => this.format,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
      worksheet: () => this.worksheet,
    };
  }
  protected override _gates(): Record<string, string> {
    return {
      hyperlink: '1.7',
      columnHidden: '1.2',
      valuesAsJson: '1.16',
      dataValidation: '1.8',
      conditionalFormats: '1.6',
      getResizedRange: '1.2',
      merge: '1.2',
      unmerge: '1.2',
      getUsedRangeOrNullObject: '1.4',
      getMergedAreasOrNullObject: '1.13',
    };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown) {
    this._set('values', v, (e, input) => writeGrid(e, input, writeInput));
  }
  get text(): string[][] {
    return this._get('text');
  }
  /** ExcelApi 1.16: typed cell values; this host reads and writes String, Double, Boolean and Empty ones. */
  get valuesAsJson(): unknown[][] {
    return this._get('valuesAsJson');
  }
  set valuesAsJson(v: unknown) {
    this._set('valuesAsJson', v, (e, input) => writeGrid(e, input, writeTypedValue));
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  /** Formulas are written by the same typing rule as values (a string starting "=" is a formula). */
  set formulas(v: unknown) {
    this._set('formulas', v, (e, input) => writeGrid(e, input, writeInput));
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown) {
    this._set('numberFormat', v, (e, input) => writeGrid(e, input, writeNumberFormat));
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }

  /**
   * ExcelApi 1.7 (https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink). Every cell
   * of the range gets the link; textToDisplay becomes the top-left cell's text (kept literally), or,
   * when absent and the cell is empty, the target. Excel's "Hyperlink" cell style is not applied.
   */
  get hyperlink(): Hyperlink | null {
    return this._get('hyperlink');
  }
  set hyperlink(v: Hyperlink | null) {
    this._set('hyperlink', v, (e, link) => {
      if (!link || typeof link !== 'object') throw new OfficeError('InvalidArgument');
      const clean: Hyperlink = {};
      for (const k of ['address', 'documentReference', 'textToDisplay', 'screenTip'] as const) {
        const x = link[k];
        if (x === undefined || x === null) continue;
        if (typeof x !== 'string') throw new OfficeError('InvalidArgument');
        clean[k] = x;
      }
      if (isUnbounded(e.area)) throw new OfficeError('InvalidArgument');
      const { sheet, area } = e;
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) sheet.ensure(r, c).link = { ...clean };
      const tl = sheet.ensure(area.top, area.left);
      const shown = clean.textToDisplay ?? (tl.v === '' && tl.f === undefined ? (clean.documentReference ?? clean.address) : undefined);
      if (shown !== undefined) {
        tl.v = shown;
        delete tl.f;
      }
    });
  }

  /**
   * ExcelApi 1.2: "Represents if all columns in the current range are hidden. Value is true when all columns in a
   * range are hidden. Value is false when no columns in the range are hidden. Value is null when some columns in a
   * range are hidden and other columns in the same range are not hidden"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member). Setting
   * it hides or shows the range's whole columns.
   */
  get columnHidden(): boolean | null {
    return this._get('columnHidden');
  }
  set columnHidden(v: boolean | null) {
    this._set('columnHidden', v, (e, hide) => {
      const h = bool(hide);
      for (let c = e.area.left; c <= e.area.right; c++) {
        if (h) e.sheet.hiddenColumns.add(c);
        else e.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): RangeFormat {
    return (this._format ??= this._prop('format', new RangeFormat(this._ctx, () => areasOf(this._resolve()))));
  }
  /** ExcelApi 1.8. */
  get dataValidation(): DataValidation {
    this._gate('dataValidation');
    return (this._dv ??= this._prop('dataValidation', new DataValidation(this._ctx, () => areasOf(this._resolve()))));
  }
  /** ExcelApi 1.6: the conditional formats that overlap the range. */
  get conditionalFormats(): ConditionalFormatCollection {
    this._gate('conditionalFormats');
    return (this._cfs ??= this._prop('conditionalFormats', new ConditionalFormatCollection(this._ctx, () => areasOf(this._resolve()))));
  }
  get worksheet(): Worksheet {
    return (this._ws ??= this._prop('worksheet', new Worksheet(this._ctx, () => this._resolve()?.sheet ?? null)));
  }

  private _derive(method: string, payload: unknown, f: (e: RangeE) => RangeE | null): Range {
    return this._make(method, payload, new Range(this._ctx, () => {
      const e = this._live();
      return e ? f(e) : null;
    }));
  }

  /** "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid." */
  getCell(row: number, column: number): Range {
    return this._derive('getCell', [row, column], (e) => {
      const r = e.area.top + int(row);
      const c = e.area.left + int(column);
      return { sheet: e.sheet, area: checkArea({ top: r, left: c, bottom: r, right: c }) };
    });
  }
  getRow(row: number): Range {
    return this._derive('getRow', row, (e) => {
      const r = e.area.top + int(row);
      return { sheet: e.sheet, area: checkArea({ top: r, bottom: r, left: e.area.left, right: e.area.right }) };
    });
  }
  getColumn(column: number): Range {
    return this._derive('getColumn', column, (e) => {
      const c = e.area.left + int(column);
      return { sheet: e.sheet, area: checkArea({ top: e.area.top, bottom: e.area.bottom, left: c, right: c }) };
    });
  }
  getLastRow(): Range {
    return this._derive('getLastRow', null, (e) => ({ sheet: e.sheet, area: { ...e.area, top: e.area.bottom } }));
  }
  getLastColumn(): Range {
    return this._derive('getLastColumn', null, (e) => ({ sheet: e.sheet, area: { ...e.area, left: e.area.right } }));
  }
  /** ExcelApi 1.2. */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive('getResizedRange', [deltaRows, deltaColumns], (e) => ({
      sheet: e.sheet,
      area: checkArea({ ...e.area, bottom: e.area.bottom + int(deltaRows), right: e.area.right + int(deltaColumns) }),
    }));
  }
  /** "If the resulting range is forced outside the bounds of the worksheet grid, an error will be thrown." */
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive('getOffsetRange', [rowOffset, columnOffset], (e) => {
      const dr = int(rowOffset);
      const dc = int(columnOffset);
      return { sheet: e.sheet, area: checkArea({ top: e.area.top + dr, bottom: e.area.bottom + dr, left: e.area.left + dc, right: e.area.right + dc }) };
    });
  }
  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive('getBoundingRect', anotherRange, (e) => {
      const o = rangeArg(this._ctx, e.sheet, anotherRange);
      if (o.sheet !== e.sheet) throw new OfficeError('InvalidArgument');
      const a = e.area;
      const b = o.area;
      return { sheet: e.sheet, area: { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) } };
    });
  }
  getEntireColumn(): Range {
    return this._derive('getEntireColumn', null, (e) => ({ sheet: e.sheet, area: { top: 0, bottom: MAX_ROWS - 1, left: e.area.left, right: e.area.right } }));
  }
  getEntireRow(): Range {
    return this._derive('getEntireRow', null, (e) => ({ sheet: e.sheet, area: { top: e.area.top, bottom: e.area.bottom, left: 0, right: MAX_COLS - 1 } }));
  }
  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._derive('getUsedRange', valuesOnly ?? null, (e) => {
      const u = usedIn(e, valuesOnly === true);
      if (!u) throw new OfficeError('ItemNotFound');
      return u;
    });
  }
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._derive('getUsedRangeOrNullObject', valuesOnly ?? null, (e) => usedIn(e, valuesOnly === true));
  }

  /** ExcelApi 1.2. */
  merge(across?: boolean): void {
    this._do('merge', across ?? null, (e) => merge(e.sheet, e.area, across === true));
  }
  /** ExcelApi 1.2. */
  unmerge(): void {
    this._do('unmerge', null, (e) => unmerge(e.sheet, e.area));
  }

  /**
   * ExcelApi 1.13 (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
   * the merged areas whose top-left cell is in the range, as RangeAreas; a null object when there are
   * none; "if the merged areas count in this range is more than 512, then this method will fail" —
   * GeneralException here (the docs do not name the code).
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return this._make('getMergedAreasOrNullObject', null, new RangeAreas(this._ctx, () => {
      const e = this._live();
      if (!e) return null;
      const ms = mergesIn(e.sheet, e.area);
      if (ms.length > 512) throw new OfficeError('GeneralException', 'The range has more than 512 merged areas.');
      return ms.length > 0 ? { sheet: e.sheet, areas: ms.map((m) => ({ ...m })) } : null;
    }));
  }

  /** Selects the range; its sheet becomes the active one (a hidden sheet cannot be: InvalidOperation). */
  select(): void {
    this._do('select', null, (e) => {
      this._ctx._wb.activate(e.sheet);
      e.sheet.selection = { ...e.area };
      e.sheet.activeCell = { row: e.area.top, col: e.area.left };
    });
  }

  clear(applyTo?: string): void {
    this._do('clear', applyTo ?? null, (e) => clearAreas(e.sheet, [e.area], applyTo));
  }
}

function usedIn(e: RangeE, valuesOnly: boolean): RangeE | null {
  const u = usedArea(e.sheet, valuesOnly, e.area);
  return u ? { sheet: e.sheet, area: u } : null;
}

function readHyperlink(e: RangeE): Hyperlink | null {
  const key = readUniform(e.sheet, [e.area], (r, c) => JSON.stringify(e.sheet.get(r, c)?.link ?? null));
  if (key === null) return null;
  const link = JSON.parse(key) as Hyperlink | null;
  if (!link) return null;
  const tl = e.sheet.get(e.area.top, e.area.left);
  return { ...link, textToDisplay: displayText(tl?.v ?? '', tl?.nf ?? 'General') };
}

const CLEAR_TYPES = { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks', resetContents: 'ResetContents' };

/**
 * Range.clear: Contents (values and formulas), Formats (formats, number formats, borders and merges,
 * as Excel's Clear Formats unmerges), Hyperlinks, or All. Conditional formats and data validation stay
 * (Excel clears them with separate commands); the docs do not detail this.
 */
function clearAreas(sheet: SheetModel, areas: Area[], applyTo: unknown): void {
  const kind = oneOf(CLEAR_TYPES, applyTo ?? 'All');
  const contents = kind === 'All' || kind === 'Contents' || kind === 'ResetContents';
  const formats = kind === 'All' || kind === 'Formats';
  const links = kind === 'All' || kind === 'Hyperlinks' || kind === 'RemoveHyperlinks';
  for (const area of areas) {
    for (const [r, c, cell] of sheet.existingIn(area)) {
      if (contents) {
        cell.v = '';
        delete cell.f;
      }
      if (formats) {
        delete cell.fmt;
        delete cell.nf;
        delete cell.borders;
      }
      if (links) delete cell.link;
      sheet.tidy(r, c);
    }
    if (formats) {
      unmerge(sheet, area);
      sheet.layers = sheet.layers.filter((l) => !(l.area.top >= area.top && l.area.bottom <= area.bottom && l.area.left >= area.left && l.area.right <= area.right));
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Range formats

/** Range.columnHidden as read: all the range's columns hidden, none, or null for some. */
function hiddenState(e: RangeE): boolean | null {
  const hidden = e.sheet.hiddenColumns;
  if (hidden.size === 0) return false;
  let some = false;
  let all = true;
  for (let c = e.area.left; c <= e.area.right; c++) {
    if (hidden.has(c)) some = true;
    else all = false;
    if (some && !all) return null;
  }
  return all;
}

function forColumns(areas: Area[], f: (c: number) => void): void {
  for (const a of areas) for (let c = a.left; c <= a.right; c++) f(c);
}
function forRows(areas: Area[], f: (r: number) => void): void {
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) f(r);
}

function uniformDim(map: Map<number, number>, spans: Array<[number, number]>, def: number, bigSpan: number): number | null {
  let value: number | null = null;
  let first = true;
  const see = (v: number) => {
    if (first) {
      value = v;
      first = false;
      return true;
    }
    return v === value;
  };
  for (const [from, to] of spans) {
    if (to - from + 1 > bigSpan) {
      for (const [k, v] of map) if (k >= from && k <= to && !see(v)) return null;
      let missing = false;
      for (let i = from; i <= to && !missing; i++) if (!map.has(i)) missing = true;
      if (missing && !see(def)) return null;
      continue;
    }
    for (let i = from; i <= to; i++) if (!see(map.get(i) ?? def)) return null;
  }
  return value;
}

/** Rough text width in points for autofit: 7 px per character of Calibri 11 plus padding; no font metrics here. */
const textWidthPoints = (text: string, size: number) => Math.max(...text.split('\n').map((l) => l.length), 0) * 5.25 * (size / 11) + 5.25;

export class RangeFormat extends Obj<AreasE> {
  private _font?: RangeFont;
  private _fill?: RangeFill;
  private _borders?: RangeBorderCollection;

  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'RangeFormat');
  }
  protected override _check(e: AreasE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected override _scalars(): Record<string, Getter<AreasE>> {
    return {
      horizontalAlignment: (e) => readUniform(e.sheet, e.areas, (r, c) => fmtValue(e.sheet, r, c, 'hAlign')),
      verticalAlignment: (e) => readUniform(e.sheet, e.areas, (r, c) => fmtValue(e.sheet, r, c, 'vAlign')),
      wrapText: (e) => readUniform(e.sheet, e.areas, (r, c) => fmtValue(e.sheet, r, c, 'wrap')),
      columnWidth: (e) => uniformDim(e.sheet.colWidths, e.areas.map((a) => [a.left, a.right]), DEFAULT_COLUMN_WIDTH, 2000),
      rowHeight: (e) => uniformDim(e.sheet.rowHeights, e.areas.map((a) => [a.top, a.bottom]), DEFAULT_ROW_HEIGHT, 2000),
    };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { font: () => this.font, fill: () => this.fill, borders: () => this.borders };
  }
  protected override _gates(): Record<string, string> {
    return { columnWidth: '1.2', rowHeight: '1.2', autofitColumns: '1.2', autofitRows: '1.2' };
  }
  private _fmt(prop: string, v: unknown, patch: (v: unknown) => Fmt): void {
    this._set(prop, v, (e, value) => setFmt(e.sheet, e.areas, patch(value)));
  }

  get font(): RangeFont {
    return (this._font ??= this._prop('font', new RangeFont(this._ctx, () => this._resolve())));
  }
  get fill(): RangeFill {
    return (this._fill ??= this._prop('fill', new RangeFill(this._ctx, () => this._resolve())));
  }
  get borders(): RangeBorderCollection {
    return (this._borders ??= this._prop('borders', new RangeBorderCollection(this._ctx, () => this._resolve())));
  }
  get horizontalAlignment(): string | null {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string | null) {
    this._fmt('horizontalAlignment', v, (x) => ({ hAlign: oneOf(HorizontalAlignment, x) }));
  }
  get verticalAlignment(): string | null {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string | null) {
    this._fmt('verticalAlignment', v, (x) => ({ vAlign: oneOf(VerticalAlignment, x) }));
  }
  get wrapText(): boolean | null {
    return this._get('wrapText');
  }
  set wrapText(v: boolean | null) {
    this._fmt('wrapText', v, (x) => ({ wrap: bool(x) }));
  }
  /** ExcelApi 1.2, in points; setting it on any range sets the width of its columns. */
  get columnWidth(): number | null {
    return this._get('columnWidth');
  }
  set columnWidth(v: number | null) {
    this._set('columnWidth', v, (e, w) => {
      const width = num(w, 0, 1790);
      forColumns(e.areas, (c) => e.sheet.colWidths.set(c, width));
    });
  }
  /** ExcelApi 1.2, in points (Excel's maximum row height is 409 points). */
  get rowHeight(): number | null {
    return this._get('rowHeight');
  }
  set rowHeight(v: number | null) {
    this._set('rowHeight', v, (e, h) => {
      const height = num(h, 0, 409);
      forRows(e.areas, (r) => e.sheet.rowHeights.set(r, height));
    });
  }

  /** ExcelApi 1.2. An estimate from the text length (no font metrics in memory). */
  autofitColumns(): void {
    this._do('autofitColumns', null, (e) => {
      const widths = new Map<number, number>();
      for (const a of e.areas) {
        for (const [r, c, cell] of e.sheet.existingIn(a)) {
          if (e.sheet.merges.some((m) => m.left !== m.right && r >= m.top && r <= m.bottom && c >= m.left && c <= m.right)) continue;
          const text = displayText(cell.v, cell.nf ?? 'General');
          if (text === '') continue;
          const w = textWidthPoints(text, cell.fmt?.size ?? 11);
          widths.set(c, Math.max(widths.get(c) ?? 0, w));
        }
      }
      for (const a of e.areas) {
        if (a.right - a.left > 2000) {
          for (const [c, w] of widths) e.sheet.colWidths.set(c, Math.min(1790, Math.round(w * 4) / 4));
          continue;
        }
        for (let c = a.left; c <= a.right; c++) {
          const w = widths.get(c);
          if (w === undefined) e.sheet.colWidths.delete(c);
          else e.sheet.colWidths.set(c, Math.min(1790, Math.round(w * 4) / 4));
        }
      }
    });
  }

  /** ExcelApi 1.2. Lines of text × the font's line height; wrapped text by the column width. */
  autofitRows(): void {
    this._do('autofitRows', null, (e) => {
      const heights = new Map<number, number>();
      for (const a of e.areas) {
        for (const [r, c, cell] of e.sheet.existingIn(a)) {
          const text = displayText(cell.v, cell.nf ?? 'General');
          if (text === '') continue;
          const size = cell.fmt?.size ?? 11;
          let lines = text.split('\n').length;
          if (cell.fmt?.wrap) {
            const width = e.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
            lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(textWidthPoints(l, size) / Math.max(width, 1))), 0);
          }
          heights.set(r, Math.max(heights.get(r) ?? 0, Math.min(409, lines * DEFAULT_ROW_HEIGHT * (size / 11))));
        }
      }
      for (const a of e.areas) {
        if (a.bottom - a.top > 100_000) {
          for (const [r, h] of heights) e.sheet.rowHeights.set(r, h);
          continue;
        }
        for (let r = a.top; r <= a.bottom; r++) {
          const h = heights.get(r);
          if (h === undefined) e.sheet.rowHeights.delete(r);
          else e.sheet.rowHeights.set(r, h);
        }
      }
    });
  }
}

export class RangeFont extends Obj<AreasE> {
  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'RangeFont');
  }
  protected override _check(e: AreasE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected override _scalars(): Record<string, Getter<AreasE>> {
    const u = (key: FmtKey) => (e: AreasE) => readUniform(e.sheet, e.areas, (r, c) => fmtValue(e.sheet, r, c, key));
    return { bold: u('bold'), italic: u('italic'), color: u('color'), size: u('size'), name: u('fontName'), underline: u('underline') };
  }
  private _fmt(prop: string, v: unknown, patch: (v: unknown) => Fmt): void {
    this._set(prop, v, (e, value) => setFmt(e.sheet, e.areas, patch(value)));
  }
  get bold(): boolean | null {
    return this._get('bold');
  }
  set bold(v: boolean | null) {
    this._fmt('bold', v, (x) => ({ bold: bool(x) }));
  }
  get italic(): boolean | null {
    return this._get('italic');
  }
  set italic(v: boolean | null) {
    this._fmt('italic', v, (x) => ({ italic: bool(x) }));
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._fmt('color', v, (x) => ({ color: normalizeColor(x) }));
  }
  get size(): number | null {
    return this._get('size');
  }
  set size(v: number | null) {
    this._fmt('size', v, (x) => ({ size: num(x, 1, 409) }));
  }
  get name(): string | null {
    return this._get('name');
  }
  set name(v: string | null) {
    this._fmt('name', v, (x) => {
      if (typeof x !== 'string' || x === '') throw new OfficeError('InvalidArgument');
      return { fontName: x };
    });
  }
  get underline(): string | null {
    return this._get('underline');
  }
  set underline(v: string | null) {
    this._fmt('underline', v, (x) => ({ underline: oneOf(RangeUnderlineStyle, x) }));
  }
}

/** Fill colour; an unfilled cell reads "#FFFFFF" (what Excel reports; the docs do not say). */
export class RangeFill extends Obj<AreasE> {
  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'RangeFill');
  }
  protected override _check(e: AreasE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected override _scalars(): Record<string, Getter<AreasE>> {
    return { color: (e) => readUniform(e.sheet, e.areas, (r, c) => effectiveFmt(e.sheet, r, c).fill ?? '#FFFFFF') };
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._set('color', v, (e, x) => setFmt(e.sheet, e.areas, { fill: normalizeColor(x) }));
  }
  clear(): void {
    this._do('clear', null, (e) => setFmt(e.sheet, e.areas, { fill: undefined }));
  }
}

type BorderE = AreasE & { edge: string };

/** The cells and side an edge of an area stands for (inside edges kept on the upper/left cell). */
function edgeCells(a: Area, edge: string): Array<{ area: Area; side: Side }> {
  switch (edge) {
    case 'EdgeTop':
      return [{ area: { ...a, bottom: a.top }, side: 'top' }];
    case 'EdgeBottom':
      return [{ area: { ...a, top: a.bottom }, side: 'bottom' }];
    case 'EdgeLeft':
      return [{ area: { ...a, right: a.left }, side: 'left' }];
    case 'EdgeRight':
      return [{ area: { ...a, left: a.right }, side: 'right' }];
    case 'InsideHorizontal':
      return a.bottom > a.top ? [{ area: { ...a, bottom: a.bottom - 1 }, side: 'bottom' }] : [];
    case 'InsideVertical':
      return a.right > a.left ? [{ area: { ...a, right: a.right - 1 }, side: 'right' }] : [];
    case 'DiagonalDown':
      return [{ area: a, side: 'diagDown' }];
    default:
      return [{ area: a, side: 'diagUp' }];
  }
}

export class RangeBorderCollection extends Obj<AreasE> {
  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'RangeBorderCollection');
  }
  getItem(index: string): RangeBorder {
    return this._make('getItem', index, new RangeBorder(this._ctx, () => {
      const e = this._live();
      return e ? { ...e, edge: oneOf(BorderIndex, index) } : null;
    }));
  }
}

export class RangeBorder extends Obj<BorderE> {
  constructor(ctx: RequestContext, resolver: () => BorderE | null) {
    super(ctx, resolver, 'RangeBorder');
  }
  protected override _check(e: BorderE): void {
    this._ctx._wb.alive(e.sheet);
  }
  private _read(e: BorderE, key: keyof Border, def: string): string | null {
    const parts = e.areas.flatMap((a) => edgeCells(a, e.edge));
    let value: string | null | undefined;
    for (const p of parts) {
      const v = readUniform(e.sheet, [p.area], (r, c) => e.sheet.get(r, c)?.borders?.[p.side]?.[key] ?? (key === 'style' ? 'None' : def));
      if (v === null || (value !== undefined && v !== value)) return null;
      value = v;
    }
    return value ?? (key === 'style' ? 'None' : def);
  }
  protected override _scalars(): Record<string, Getter<BorderE>> {
    return {
      sideIndex: (e) => e.edge,
      style: (e) => this._read(e, 'style', 'None'),
      color: (e) => this._read(e, 'color', '#000000'),
      weight: (e) => this._read(e, 'weight', 'Thin'),
    };
  }
  private _write(prop: keyof Border, v: unknown, check: (v: unknown) => string): void {
    this._set(prop, v, (e, x) => {
      const value = check(x);
      if (isUnbounded(e.areas[0]) && e.areas.length === 1) throw new OfficeError('InvalidArgument');
      for (const a of e.areas) {
        for (const p of edgeCells(a, e.edge)) {
          for (let r = p.area.top; r <= p.area.bottom; r++) {
            for (let c = p.area.left; c <= p.area.right; c++) {
              const cell = e.sheet.ensure(r, c);
              const prev = cell.borders?.[p.side] ?? { style: 'None', color: '#000000', weight: 'Thin' };
              const next: Border = { ...prev, [prop]: value };
              if (prop === 'style' && value === 'None') {
                if (cell.borders) delete cell.borders[p.side];
              } else {
                if (prop !== 'style' && next.style === 'None') next.style = 'Continuous';
                cell.borders = { ...cell.borders, [p.side]: next };
              }
              e.sheet.tidy(r, c);
            }
          }
        }
      }
    });
  }
  get sideIndex(): string {
    return this._get('sideIndex');
  }
  get style(): string | null {
    return this._get('style');
  }
  set style(v: string | null) {
    this._write('style', v, (x) => oneOf(BorderLineStyle, x));
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._write('color', v, normalizeColor);
  }
  get weight(): string | null {
    return this._get('weight');
  }
  set weight(v: string | null) {
    this._write('weight', v, (x) => oneOf(BorderWeight, x));
  }
}

// ------------------------------------------------------------------------------------------------
// RangeAreas (ExcelApi 1.9)

/**
 * Several areas of one sheet. Setting a property sets it on every area; reading gives the common
 * value or null; address is "Sheet1!A1:B4, Sheet1!D1:D4"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges).
 */
export class RangeAreas extends Obj<AreasE> {
  private _format?: RangeFormat;
  private _areas?: RangeCollection;
  private _cfs?: ConditionalFormatCollection;
  private _dv?: DataValidation;
  private _ws?: Worksheet;

  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'RangeAreas');
  }
  protected override _check(e: AreasE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected override _scalars(): Record<string, Getter<AreasE>> {
    return {
      address: (e) => e.areas.map((a) => qualifiedAddress(e.sheet.name, a)).join(', '),
      addressLocal: (e) => e.areas.map((a) => qualifiedAddress(e.sheet.name, a)).join(', '),
      areaCount: (e) => e.areas.length,
      cellCount: (e) => e.areas.reduce((n, a) => n + cellCount(a), 0),
      isEntireColumn: (e) => e.areas.every(isWholeColumns),
      isEntireRow: (e) => e.areas.every(isWholeRows),
    };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { areas: () => this.areas, format: () => this.format, conditionalFormats: () => this.conditionalFormats, dataValidation: () => this.dataValidation, worksheet: () => this.worksheet };
  }
  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get areas(): RangeCollection {
    return (this._areas ??= this._prop('areas', new RangeCollection(this._ctx, () => this._resolve())));
  }
  get format(): RangeFormat {
    return (this._format ??= this._prop('format', new RangeFormat(this._ctx, () => this._resolve())));
  }
  /** One conditional format covering every area, as Excel makes it. */
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._cfs ??= this._prop('conditionalFormats', new ConditionalFormatCollection(this._ctx, () => this._resolve())));
  }
  get dataValidation(): DataValidation {
    return (this._dv ??= this._prop('dataValidation', new DataValidation(this._ctx, () => this._resolve())));
  }
  get worksheet(): Worksheet {
    return (this._ws ??= this._prop('worksheet', new Worksheet(this._ctx, () => this._resolve()?.sheet ?? null)));
  }
  clear(applyTo?: string): void {
    this._do('clear', applyTo ?? null, (e) => clearAreas(e.sheet, e.areas, applyTo));
  }
}

export class RangeCollection extends Coll<AreasE, RangeE, Range> {
  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'RangeCollection');
  }
  protected _list(e: AreasE): RangeE[] {
    return e.areas.map((area) => ({ sheet: e.sheet, area }));
  }
  protected _wrap(r: RangeE): Range {
    return new Range(this._ctx, fixed(r));
  }
  getCount(): ClientResult<number> {
    return this._result('getCount', null, (e) => e.areas.length);
  }
  getItemAt(index: number): Range {
    return this._make('getItemAt', index, new Range(this._ctx, () => {
      const e = this._live();
      return e ? this._at(e, index) : null;
    }));
  }
}

// ------------------------------------------------------------------------------------------------
// Data validation (ExcelApi 1.8)

const RULE_KEYS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];

/**
 * A rule holds exactly one of wholeNumber, decimal, textLength, date, time, list, custom ("No more
 * than one of these properties may be present", excel-add-ins-data-validation); otherwise
 * InvalidArgument. A list source may be a Range (stored as "=Sheet!$A$1:$A$3") or a comma-delimited
 * list; a list longer than 255 characters is refused, as Excel does (the API docs are silent).
 */
function normalizeRule(ctx: RequestContext, sheet: SheetModel, rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) throw new OfficeError('InvalidArgument');
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !RULE_KEYS.includes(keys[0])) throw new OfficeError('InvalidArgument', 'A data validation rule must have exactly one rule type.');
  const key = keys[0];
  const body = (rule as Record<string, unknown>)[key];
  if (!body || typeof body !== 'object') throw new OfficeError('InvalidArgument');
  if (key === 'list') {
    const list = body as { inCellDropDown?: unknown; source?: unknown };
    let source: string;
    if (list.source instanceof Range) {
      const r = rangeArg(ctx, sheet, list.source);
      source = `=${sheetPrefix(r.sheet.name)}!${absolute(r.area)}`;
    } else if (typeof list.source === 'string' && list.source !== '') source = list.source;
    else throw new OfficeError('InvalidArgument');
    if (!source.startsWith('=') && source.length > 255) throw new OfficeError('InvalidArgument', 'A list of values may have at most 255 characters.');
    return { list: { inCellDropDown: list.inCellDropDown === undefined ? true : bool(list.inCellDropDown), source } };
  }
  return { [key]: structuredCloneJson(body) };
}

function absolute(a: Area): string {
  return areaAddress(a).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

export class DataValidation extends Obj<AreasE> {
  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'DataValidation');
  }
  protected override _check(e: AreasE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected override _scalars(): Record<string, Getter<AreasE>> {
    return {
      rule: (e) => readDv(e.sheet, e.areas).rule,
      type: (e) => readDv(e.sheet, e.areas).type,
      ignoreBlanks: () => true,
    };
  }
  get rule(): Record<string, unknown> | null {
    return this._get('rule');
  }
  set rule(v: Record<string, unknown> | null) {
    this._set('rule', v, (e, rule) => setDv(e.sheet, e.areas, normalizeRule(this._ctx, e.sheet, rule)));
  }
  get type(): string {
    return this._get('type');
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v, (_e, x) => bool(x));
  }
  clear(): void {
    this._do('clear', null, (e) => clearDv(e.sheet, e.areas));
  }
}

// ------------------------------------------------------------------------------------------------
// Conditional formats (ExcelApi 1.6; on RangeAreas 1.9)

export class ConditionalFormatCollection extends Coll<AreasE, CfE, ConditionalFormat> {
  constructor(ctx: RequestContext, resolver: () => AreasE | null) {
    super(ctx, resolver, 'ConditionalFormatCollection');
  }
  protected override _check(e: AreasE): void {
    this._ctx._wb.alive(e.sheet);
  }
  protected _list(e: AreasE): CfE[] {
    return cfsOver(e.sheet, e.areas).map((cf) => ({ sheet: e.sheet, cf }));
  }
  protected _wrap(i: CfE): ConditionalFormat {
    return new ConditionalFormat(this._ctx, fixed(i));
  }
  protected override _gates(): Record<string, string> {
    return { getItemOrNullObject: '1.14' };
  }

  /** "Adds a new conditional format to the collection at the first/top priority." */
  add(type: string): ConditionalFormat {
    return this._make('add', type, new ConditionalFormat(this._ctx, () => {
      const e = this._live();
      if (!e) return null;
      return { sheet: e.sheet, cf: this._ctx._wb.addCf(e.sheet, e.areas, oneOf(ConditionalFormatType, type)) };
    }));
  }
  getCount(): ClientResult<number> {
    return this._result('getCount', null, (e) => cfsOver(e.sheet, e.areas).length);
  }
  clearAll(): void {
    this._do('clearAll', null, (e) => clearCfs(e.sheet, e.areas));
  }
  getItem(id: string): ConditionalFormat {
    return this._make('getItem', id, new ConditionalFormat(this._ctx, () => {
      const e = this._live();
      if (!e) return null;
      const cf = cfsOver(e.sheet, e.areas).find((x) => x.id === id);
      if (!cf) throw new OfficeError('ItemNotFound');
      return { sheet: e.sheet, cf };
    }));
  }
  getItemAt(index: number): ConditionalFormat {
    return this._make('getItemAt', index, new ConditionalFormat(this._ctx, () => {
      const e = this._live();
      return e ? this._at(e, index) : null;
    }));
  }
  /** ExcelApi 1.14. */
  getItemOrNullObject(id: string): ConditionalFormat {
    return this._make('getItemOrNullObject', id, new ConditionalFormat(this._ctx, () => {
      const e = this._live();
      const cf = e ? cfsOver(e.sheet, e.areas).find((x) => x.id === id) : undefined;
      return e && cf ? { sheet: e.sheet, cf } : null;
    }));
  }
}

/**
 * One conditional format (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat):
 * id, type, priority, stopIfTrue; `custom` for a Custom rule — on another type it fails with
 * ItemNotFound, as the *OrNullObject pattern implies (`customOrNullObject` gives a null object);
 * getRange() "Throws an error if the conditional format is applied to multiple ranges" (InvalidOperation
 * here, code not documented), getRangeOrNullObject() gives a null object then, getRanges() (1.9) all.
 */
export class ConditionalFormat extends Obj<CfE> {
  private _custom?: CustomConditionalFormat;
  private _customOrNull?: CustomConditionalFormat;

  constructor(ctx: RequestContext, resolver: () => CfE | null) {
    super(ctx, resolver, 'ConditionalFormat');
  }
  protected override _check(e: CfE): void {
    this._ctx._wb.alive(e.sheet);
    if (!e.sheet.cfs.includes(e.cf)) throw new OfficeError('ItemNotFound');
  }
  protected override _scalars(): Record<string, Getter<CfE>> {
    return {
      id: (e) => e.cf.id,
      type: (e) => e.cf.type,
      priority: (e) => e.sheet.cfs.indexOf(e.cf),
      stopIfTrue: (e) => (['DataBar', 'ColorScale', 'IconSet'].includes(e.cf.type) ? null : e.cf.stopIfTrue),
    };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  protected override _gates(): Record<string, string> {
    return { getRanges: '1.9' };
  }
  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(v: number) {
    this._set('priority', v, (e, p) => {
      const n = e.sheet.cfs.length;
      let at = int(p);
      if (at < 0) at = Math.max(0, n + at);
      at = Math.min(at, n - 1);
      e.sheet.cfs.splice(e.sheet.cfs.indexOf(e.cf), 1);
      e.sheet.cfs.splice(at, 0, e.cf);
    });
  }
  get stopIfTrue(): boolean | null {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean | null) {
    this._set('stopIfTrue', v, (e, x) => {
      e.cf.stopIfTrue = bool(x);
    });
  }
  get custom(): CustomConditionalFormat {
    return (this._custom ??= this._prop('custom', new CustomConditionalFormat(this._ctx, () => {
      const e = this._live();
      if (e && e.cf.type !== 'Custom') throw new OfficeError('ItemNotFound', 'The conditional format is not of the Custom type.');
      return e;
    })));
  }
  get customOrNullObject(): CustomConditionalFormat {
    return (this._customOrNull ??= this._prop('customOrNullObject', new CustomConditionalFormat(this._ctx, () => {
      const e = this._live();
      return e && e.cf.type === 'Custom' ? e : null;
    })));
  }
  delete(): void {
    this._do('delete', null, (e) => {
      e.sheet.cfs = e.sheet.cfs.filter((x) => x !== e.cf);
    });
  }
  getRange(): Range {
    return this._make('getRange', null, new Range(this._ctx, () => {
      const e = this._live();
      if (!e) return null;
      if (e.cf.areas.length !== 1) throw new OfficeError('InvalidOperation', 'The conditional format applies to several ranges.');
      return { sheet: e.sheet, area: { ...e.cf.areas[0] } };
    }));
  }
  getRangeOrNullObject(): Range {
    return this._make('getRangeOrNullObject', null, new Range(this._ctx, () => {
      const e = this._live();
      return e && e.cf.areas.length === 1 ? { sheet: e.sheet, area: { ...e.cf.areas[0] } } : null;
    }));
  }
  /** ExcelApi 1.9. */
  getRanges(): RangeAreas {
    return this._make('getRanges', null, new RangeAreas(this._ctx, () => {
      const e = this._live();
      return e ? { sheet: e.sheet, areas: e.cf.areas.map((a) => ({ ...a })) } : null;
    }));
  }
}

export class CustomConditionalFormat extends Obj<CfE> {
  private _rule?: ConditionalFormatRule;
  private _format?: ConditionalRangeFormat;
  constructor(ctx: RequestContext, resolver: () => CfE | null) {
    super(ctx, resolver, 'CustomConditionalFormat');
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { rule: () => this.rule, format: () => this.format };
  }
  get rule(): ConditionalFormatRule {
    return (this._rule ??= this._prop('rule', new ConditionalFormatRule(this._ctx, () => this._resolve())));
  }
  get format(): ConditionalRangeFormat {
    return (this._format ??= this._prop('format', new ConditionalRangeFormat(this._ctx, () => this._resolve())));
  }
}

export class ConditionalFormatRule extends Obj<CfE> {
  constructor(ctx: RequestContext, resolver: () => CfE | null) {
    super(ctx, resolver, 'ConditionalFormatRule');
  }
  protected override _scalars(): Record<string, Getter<CfE>> {
    return { formula: (e) => e.cf.formula, formulaLocal: (e) => e.cf.formula };
  }
  get formula(): string | null {
    return this._get('formula');
  }
  set formula(v: string | null) {
    this._set('formula', v, (e, f) => {
      if (typeof f !== 'string') throw new OfficeError('InvalidArgument');
      e.cf.formula = f;
    });
  }
  get formulaLocal(): string | null {
    return this._get('formulaLocal');
  }
  set formulaLocal(v: string | null) {
    this.formula = v;
  }
}

export class ConditionalRangeFormat extends Obj<CfE> {
  private _fill?: ConditionalRangeFill;
  private _font?: ConditionalRangeFont;
  constructor(ctx: RequestContext, resolver: () => CfE | null) {
    super(ctx, resolver, 'ConditionalRangeFormat');
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): ConditionalRangeFill {
    return (this._fill ??= this._prop('fill', new ConditionalRangeFill(this._ctx, () => this._resolve())));
  }
  get font(): ConditionalRangeFont {
    return (this._font ??= this._prop('font', new ConditionalRangeFont(this._ctx, () => this._resolve())));
  }
}

export class ConditionalRangeFill extends Obj<CfE> {
  constructor(ctx: RequestContext, resolver: () => CfE | null) {
    super(ctx, resolver, 'ConditionalRangeFill');
  }
  protected override _scalars(): Record<string, Getter<CfE>> {
    return { color: (e) => e.cf.fill };
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._set('color', v, (e, c) => {
      e.cf.fill = normalizeColor(c);
    });
  }
  clear(): void {
    this._do('clear', null, (e) => {
      e.cf.fill = null;
    });
  }
}

export class ConditionalRangeFont extends Obj<CfE> {
  constructor(ctx: RequestContext, resolver: () => CfE | null) {
    super(ctx, resolver, 'ConditionalRangeFont');
  }
  protected override _scalars(): Record<string, Getter<CfE>> {
    return { color: (e) => e.cf.fontColor, bold: (e) => e.cf.bold, italic: (e) => e.cf.italic };
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._set('color', v, (e, c) => {
      e.cf.fontColor = normalizeColor(c);
    });
  }
  get bold(): boolean | null {
    return this._get('bold');
  }
  set bold(v: boolean | null) {
    this._set('bold', v, (e, b) => {
      e.cf.bold = bool(b);
    });
  }
  get italic(): boolean | null {
    return this._get('italic');
  }
  set italic(v: boolean | null) {
    this._set('italic', v, (e, b) => {
      e.cf.italic = bool(b);
    });
  }
}
