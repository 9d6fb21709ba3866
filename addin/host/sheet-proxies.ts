/** Workbook, Application, WorksheetCollection, Worksheet and WorksheetFreezePanes proxies. */
import { MAX_COLS, MAX_ROWS, WHOLE_SHEET, isWholeColumns, isWholeRows, splitAddressList, type Area } from './address';
import { normalizeColor } from './cells';
import { OfficeError } from './errors';
import { fillSheet, usedArea, type SheetModel, type WorkbookModel } from './workbook-model';
import { unzipSync } from 'fflate';
import type { GridInput } from '../../core';
import { jsonSize, ClientResult, Obj, Coll, fixed, oneOf, num, int, type Getter, type Loadable } from './proxy-base';
import { Range, RangeAreas, areaOnSheet, checkArea, rangeArg } from './range-proxies';
import { ChartCollection } from './chart-proxies';
import { PageBreakCollection, PageLayout } from './page-layout-proxies';
import type { RequestContext } from './context';

// ------------------------------------------------------------------------------------------------
// Workbook, application, worksheets

export class Application extends Obj<WorkbookModel> {
  constructor(ctx: RequestContext) {
    super(ctx, () => ctx._wb, 'Application');
  }
  protected override _scalars(): Record<string, Getter<WorkbookModel>> {
    return { calculationMode: () => 'Automatic' };
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  /** ExcelApi 1.6. The workbook needs recalculating afterwards (WorkbookModel.calculationPending). */
  suspendApiCalculationUntilNextSync(): void {
    this._ctx._require('1.6', 'Application.suspendApiCalculationUntilNextSync');
    this._do('suspendApiCalculationUntilNextSync', null, (wb) => {
      wb.calculationPending = true;
    });
  }
  /**
   * ExcelApi 1.1: "Recalculate all currently opened workbooks in Excel", by an Excel.CalculationType
   * (Recalculate, Full, FullRebuild — https://learn.microsoft.com/javascript/api/excel/excel.calculationtype).
   */
  calculate(calculationType: string): void {
    this._do('calculate', calculationType, (wb) => {
      oneOf({ recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' }, calculationType);
      wb.calculationPending = false;
    });
  }
}

export class Workbook extends Obj<WorkbookModel> {
  private _ws?: WorksheetCollection;
  constructor(ctx: RequestContext) {
    super(ctx, () => ctx._wb, 'Workbook');
  }
  get worksheets(): WorksheetCollection {
    return (this._ws ??= this._prop('worksheets', new WorksheetCollection(this._ctx, () => this._resolve())));
  }
  get application(): Application {
    return this._ctx.application;
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { worksheets: () => this.worksheets };
  }
  protected override _gates(): Record<string, string> {
    return { getActiveCell: '1.7', insertWorksheetsFromBase64: '1.13' };
  }

  getSelectedRange(): Range {
    const ctx = this._ctx;
    return this._make('getSelectedRange', null, new Range(ctx, () => {
      const s = ctx._wb.active;
      if (!s) throw new OfficeError('ItemNotFound');
      return { sheet: s, area: { ...s.selection } };
    }));
  }

  getActiveCell(): Range {
    const ctx = this._ctx;
    return this._make('getActiveCell', null, new Range(ctx, () => {
      const s = ctx._wb.active;
      if (!s) throw new OfficeError('ItemNotFound');
      return { sheet: s, area: { top: s.activeCell.row, left: s.activeCell.col, bottom: s.activeCell.row, right: s.activeCell.col } };
    }));
  }

  /**
   * ExcelApi 1.13. Inserts the sheets of a workbook given as base64
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)):
   * options.positionType defaults to "End", relativeTo names the sheet for Before/After,
   * sheetNamesToInsert empty or absent means all sheets
   * (https://learn.microsoft.com/javascript/api/excel/excel.insertworksheetoptions). The result is
   * "An array of IDs corresponding to each newly inserted worksheet" — ids, not names. Decoding is
   * the host's `decodeWorkbook`; a file it cannot read fails with InvalidArgument (docs silent).
   * A name already taken becomes "Name (2)", as Excel names copies.
   * Excel on the web refuses a file holding PivotTables, charts, comments or slicers: "in Excel on the web, this
   * method doesn't support source worksheets with PivotTable, Chart, Comment, or Slicer elements. If those objects
   * are present, the insertWorksheetsFromBase64 method returns the UnsupportedFeature error in Excel on the web"
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#insert-a-copy-of-an-existing-workbook-into-the-current-one).
   * This host looks for their parts in the file (xl/pivotTables, xl/charts, xl/comments…, xl/threadedComments,
   * xl/slicers), in the whole file rather than per sheet.
   */
  insertWorksheetsFromBase64(base64File: string, options?: { positionType?: string; relativeTo?: unknown; sheetNamesToInsert?: string[] }): ClientResult<string[]> {
    const ctx = this._ctx;
    const result = new ClientResult<string[]>();
    this._do('insertWorksheetsFromBase64', { base64File, options: { ...options, relativeTo: undefined } }, async (wb, out) => {
      if (typeof base64File !== 'string' || base64File === '') throw new OfficeError('InvalidArgument');
      if (ctx._host.platform === 'OfficeOnline' && unsupportedOnTheWeb(base64File)) throw new OfficeError('UnsupportedFeature');
      const decode = ctx._host.decode;
      if (!decode) throw new OfficeError('GeneralException', 'The in-memory host was created without decodeWorkbook.');
      let grids: GridInput[];
      try {
        grids = await decode(base64File);
      } catch (e) {
        throw new OfficeError('InvalidArgument', `The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
      }
      const wanted = options?.sheetNamesToInsert ?? [];
      if (wanted.length > 0) {
        const missing = wanted.filter((n) => !grids.some((g) => g.name.toUpperCase() === n.toUpperCase()));
        if (missing.length > 0) throw new OfficeError('ItemNotFound', `No sheet named ${missing.join(', ')} in the file.`);
        grids = grids.filter((g) => wanted.some((n) => n.toUpperCase() === g.name.toUpperCase()));
      }
      const position = oneOf({ none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' }, options?.positionType ?? 'End');
      let at = wb.sheets.length;
      if (position === 'Beginning') at = 0;
      if (position === 'Before' || position === 'After') {
        const rel = options?.relativeTo;
        const relSheet = rel instanceof Worksheet ? rel._live() : typeof rel === 'string' ? (wb.find(rel) ?? null) : null;
        if (!relSheet) throw new OfficeError('InvalidArgument', 'relativeTo must name a worksheet for Before/After.');
        at = wb.sheets.indexOf(relSheet) + (position === 'After' ? 1 : 0);
      }
      const ids: string[] = [];
      for (const g of grids) {
        const sheet = wb.addSheet(wb.uniqueName(g.name), at++);
        fillSheet(sheet, g);
        ids.push(sheet.id);
      }
      out.responseBytes += jsonSize(ids);
      out.results.push(() => result._fill(ids));
    });
    return result;
  }
}

/** Parts of an .xlsx that Excel on the web will not insert (see insertWorksheetsFromBase64). */
const UNSUPPORTED_ON_THE_WEB = /^xl\/(pivotTables|charts|threadedComments|slicers)\/|^xl\/comments[^/]*\.xml$/;

/** Whether a base64 .xlsx holds such parts; a file that is not a zip is left to the decoder to refuse. */
function unsupportedOnTheWeb(base64: string): boolean {
  let bytes: Uint8Array;
  try {
    const bin = atob(base64);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  } catch {
    return false;
  }
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (UNSUPPORTED_ON_THE_WEB.test(file.name)) found = true;
        return false; // names only
      },
    });
  } catch {
    return false;
  }
  return found;
}

export class WorksheetCollection extends Coll<WorkbookModel, SheetModel, Worksheet> {
  constructor(ctx: RequestContext, resolver: () => WorkbookModel | null) {
    super(ctx, resolver, 'WorksheetCollection');
  }
  protected _list(wb: WorkbookModel): SheetModel[] {
    return wb.sheets;
  }
  protected _wrap(s: SheetModel): Worksheet {
    return new Worksheet(this._ctx, fixed(s));
  }
  protected override _gates(): Record<string, string> {
    return { getItemOrNullObject: '1.4', getCount: '1.4' };
  }

  /** By name or id; ItemNotFound at sync when there is none. */
  getItem(key: string): Worksheet {
    return this._make('getItem', key, new Worksheet(this._ctx, () => {
      const wb = this._resolve();
      if (!wb) return null;
      const s = typeof key === 'string' ? wb.find(key) : undefined;
      if (!s) throw new OfficeError('ItemNotFound', `The worksheet '${String(key)}' doesn't exist.`);
      return s;
    }));
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    return this._make('getItemOrNullObject', key, new Worksheet(this._ctx, () => (typeof key === 'string' ? (this._resolve()?.find(key) ?? null) : null)));
  }

  getActiveWorksheet(): Worksheet {
    return this._make('getActiveWorksheet', null, new Worksheet(this._ctx, () => {
      const wb = this._resolve();
      if (!wb) return null;
      if (!wb.active) throw new OfficeError('ItemNotFound');
      return wb.active;
    }));
  }

  /**
   * Adds a sheet at the end ("The worksheet will be added at the end of existing worksheets"), not
   * activated. Names are checked as Excel does (see WorkbookModel.validateName): InvalidArgument for
   * an invalid name, ItemAlreadyExists for a taken one, compared case-insensitively.
   */
  add(name?: string): Worksheet {
    return this._make('add', name ?? null, new Worksheet(this._ctx, () => {
      const wb = this._resolve();
      return wb ? wb.addSheet(name) : null;
    }));
  }

  /** ExcelApi 1.4. */
  getCount(visibleOnly?: boolean): ClientResult<number> {
    return this._result('getCount', visibleOnly ?? null, (wb) => (visibleOnly ? wb.visible().length : wb.sheets.length));
  }
}

export class Worksheet extends Obj<SheetModel> {
  private _fp?: WorksheetFreezePanes;
  private _charts?: ChartCollection;
  private _page?: PageLayout;
  private _breaks?: PageBreakCollection;

  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'Worksheet');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  protected override _scalars(): Record<string, Getter<SheetModel>> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this._ctx._wb.sheets.indexOf(s),
      visibility: (s) => s.visibility,
      tabColor: (s) => s.tabColor,
    };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { freezePanes: () => this.freezePanes, charts: () => this.charts, pageLayout: () => this.pageLayout, horizontalPageBreaks: () => this.horizontalPageBreaks };
  }
  protected override _gates(): Record<string, string> {
    return { tabColor: '1.7', freezePanes: '1.7', getRangeByIndexes: '1.7', getRanges: '1.9', getUsedRangeOrNullObject: '1.4', pageLayout: '1.9', horizontalPageBreaks: '1.9' };
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (s, name) => {
      s.name = this._ctx._wb.validateName(name, s);
    });
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v, (s, p) => this._ctx._wb.moveSheet(s, p));
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v, (s, vis) => this._ctx._wb.setVisibility(s, vis));
  }
  /** ExcelApi 1.7; "" when the tab has no colour. */
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(v: string) {
    this._set('tabColor', v, (s, c) => {
      s.tabColor = c === '' ? '' : normalizeColor(c);
    });
  }

  get freezePanes(): WorksheetFreezePanes {
    this._gate('freezePanes');
    return (this._fp ??= this._prop('freezePanes', new WorksheetFreezePanes(this._ctx, () => this._resolve())));
  }
  /** ExcelApi 1.9: how the sheet prints (page-layout-proxies.ts). */
  get pageLayout(): PageLayout {
    this._gate('pageLayout');
    return (this._page ??= this._prop('pageLayout', new PageLayout(this._ctx, () => this._resolve())));
  }
  /** ExcelApi 1.9: the manual page breaks above rows. */
  get horizontalPageBreaks(): PageBreakCollection {
    this._gate('horizontalPageBreaks');
    return (this._breaks ??= this._prop('horizontalPageBreaks', new PageBreakCollection(this._ctx, () => this._resolve())));
  }
  get charts(): ChartCollection {
    return (this._charts ??= this._prop('charts', new ChartCollection(this._ctx, () => this._resolve())));
  }

  /** The range at an A1 address; the whole sheet without one. */
  getRange(address?: string): Range {
    return this._make('getRange', address ?? null, new Range(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      if (address === undefined || address === '') return { sheet: s, area: { ...WHOLE_SHEET } };
      if (typeof address !== 'string') throw new OfficeError('InvalidArgument');
      return areaOnSheet(this._ctx._wb, s, address);
    }));
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._make('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], new Range(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      const [r, c, h, w] = [int(startRow), int(startColumn), int(rowCount), int(columnCount)];
      if (h < 1 || w < 1) throw new OfficeError('InvalidArgument');
      return { sheet: s, area: checkArea({ top: r, left: c, bottom: r + h - 1, right: c + w - 1 }) };
    }));
  }

  getCell(row: number, column: number): Range {
    return this._make('getCell', [row, column], new Range(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      return { sheet: s, area: checkArea({ top: int(row), left: int(column), bottom: int(row), right: int(column) }) };
    }));
  }

  /**
   * ExcelApi 1.9. "A1:B2, D4" or "A1:B2; D4"; the whole sheet without an address
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges).
   */
  getRanges(address?: string): RangeAreas {
    return this._make('getRanges', address ?? null, new RangeAreas(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      if (address === undefined || address === '') return { sheet: s, areas: [{ ...WHOLE_SHEET }] };
      if (typeof address !== 'string') throw new OfficeError('InvalidArgument');
      const areas = splitAddressList(address).map((a) => {
        const r = areaOnSheet(this._ctx._wb, s, a);
        if (r.sheet !== s) throw new OfficeError('InvalidArgument');
        return r.area;
      });
      return { sheet: s, areas };
    }));
  }

  /**
   * "If the entire worksheet is blank, this function will return the top left cell (i.e. it will *not*
   * throw an error)" — Worksheet.getUsedRange, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1).
   * (Range.getUsedRange, by contrast, throws ItemNotFound.)
   */
  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this._ctx._require('1.2', 'Worksheet.getUsedRange(valuesOnly)');
    return this._make('getUsedRange', valuesOnly ?? null, new Range(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      return { sheet: s, area: usedArea(s, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }));
  }

  /** ExcelApi 1.4: a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._make('getUsedRangeOrNullObject', valuesOnly ?? null, new Range(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      const a = usedArea(s, valuesOnly === true);
      return a ? { sheet: s, area: a } : null;
    }));
  }

  activate(): void {
    this._do('activate', null, (s) => this._ctx._wb.activate(s));
  }

  delete(): void {
    this._do('delete', null, (s) => this._ctx._wb.deleteSheet(s));
  }
}

/**
 * ExcelApi 1.7. freezeAt: "The range provided corresponds to cells that will be frozen in the top-
 * and left-most pane" (https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes).
 */
export class WorksheetFreezePanes extends Obj<SheetModel> {
  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'WorksheetFreezePanes');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  freezeRows(count?: number): void {
    this._do('freezeRows', count ?? null, (s) => {
      s.frozen = { rows: count === undefined ? 1 : num(count, 0, MAX_ROWS - 1), columns: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this._do('freezeColumns', count ?? null, (s) => {
      s.frozen = { rows: 0, columns: count === undefined ? 1 : num(count, 0, MAX_COLS - 1) };
    });
  }
  freezeAt(frozenRange: Range | string): void {
    this._do('freezeAt', frozenRange, (s) => {
      const r = rangeArg(this._ctx, s, frozenRange);
      if (r.area.top !== 0 && r.area.left !== 0) throw new OfficeError('InvalidArgument');
      s.frozen = { rows: isWholeColumns(r.area) ? 0 : r.area.bottom + 1, columns: isWholeRows(r.area) ? 0 : r.area.right + 1 };
    });
  }
  unfreeze(): void {
    this._do('unfreeze', null, (s) => {
      s.frozen = { rows: 0, columns: 0 };
    });
  }
  getLocationOrNullObject(): Range {
    return this._make('getLocationOrNullObject', null, new Range(this._ctx, () => {
      const s = this._live();
      if (!s || (s.frozen.rows === 0 && s.frozen.columns === 0)) return null;
      const { rows, columns } = s.frozen;
      const area: Area =
        rows > 0 && columns > 0
          ? { top: 0, left: 0, bottom: rows - 1, right: columns - 1 }
          : rows > 0
            ? { top: 0, left: 0, bottom: rows - 1, right: MAX_COLS - 1 }
            : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: columns - 1 };
      return { sheet: s, area };
    }));
  }
}
