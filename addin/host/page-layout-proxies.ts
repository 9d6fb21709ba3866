/**
 * Worksheet.pageLayout and Worksheet.horizontalPageBreaks (ExcelApi 1.9): how a sheet prints. Written from
 * Microsoft's reference pages, which are the only source these follow:
 * - PageLayout (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): orientation, paperSize, the
 *   margins "in points", `zoom` — "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom = {...}
 *   instead of x.zoom.scale = ...)" —, setPrintMargins(unit, options), setPrintTitleRows, setPrintArea and their
 *   getters; PageLayoutZoomOptions.scale "can be between 10 and 400"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions).
 * - HeaderFooterGroup.defaultForAllPages, "The general header/footer, used for all pages unless even/odd or first
 *   page is specified", and HeaderFooter's six sections, strings in Excel's header/footer codes ("&P", "&N")
 *   (https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup, …/excel.headerfooter).
 * - PageBreakCollection.add: "Adds a page break before the top-left cell of the range specified"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection).
 * Print titles given as part of a row are taken as whole rows, as Excel's PageSetup.PrintTitleRows does ("If you
 * specify only part of a row or rows, Microsoft Excel expands the range to full rows" —
 * https://learn.microsoft.com/office/vba/api/excel.pagesetup.printtitlerows); the JavaScript reference is silent.
 */
import { MAX_COLS, splitAddressList, type Area } from './address';
import { OfficeError } from './errors';
import { ClientResult, Obj, jsonSize, num, oneOf, type Getter, type Loadable } from './proxy-base';
import { Range, RangeAreas, areaOnSheet, rangeArg } from './range-proxies';
import type { PageModel, SheetModel } from './workbook-model';
import type { RequestContext } from './context';

/** Excel.PaperType, as @types/office-js lists it. */
const PAPER = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note',
  'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65',
  'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
];
/** Points per unit of setPrintMargins (Excel.PrintMarginUnit). */
const POINTS_PER = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 } as const;
type Margin = keyof PageModel['margins'];
const MARGINS: Record<string, Margin> = { leftMargin: 'left', rightMargin: 'right', topMargin: 'top', bottomMargin: 'bottom', headerMargin: 'header', footerMargin: 'footer' };

const pageOf = (s: SheetModel): PageModel => s.page;

export class PageLayout extends Obj<SheetModel> {
  private _hf?: HeaderFooterGroup;
  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'PageLayout');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  protected override _scalars(): Record<string, Getter<SheetModel>> {
    return {
      orientation: (s) => pageOf(s).orientation,
      paperSize: (s) => pageOf(s).paperSize,
      zoom: (s) => ({ ...pageOf(s).zoom }),
      ...Object.fromEntries(Object.entries(MARGINS).map(([prop, m]) => [prop, (s: SheetModel) => pageOf(s).margins[m]])),
    };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { headersFooters: () => this.headersFooters };
  }

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(v: string) {
    this._set('orientation', v, (s, o) => {
      pageOf(s).orientation = oneOf({ portrait: 'Portrait', landscape: 'Landscape' }, o);
    });
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(v: string) {
    this._set('paperSize', v, (s, p) => {
      if (typeof p !== 'string' || !PAPER.includes(p)) throw new OfficeError('InvalidArgument');
      pageOf(s).paperSize = p;
    });
  }
  get zoom(): PageModel['zoom'] {
    return this._get('zoom');
  }
  /** Set as a whole object; a scale outside 10–400 or a count of pages below 1 is refused. */
  set zoom(v: PageModel['zoom']) {
    this._set('zoom', v, (s, z) => {
      if (!z || typeof z !== 'object') throw new OfficeError('InvalidArgument');
      const out: PageModel['zoom'] = {};
      if (z.scale !== undefined && z.scale !== null) out.scale = num(z.scale, 10, 400);
      if (z.horizontalFitToPages !== undefined && z.horizontalFitToPages !== null) out.horizontalFitToPages = num(z.horizontalFitToPages, 0, 32767);
      if (z.verticalFitToPages !== undefined && z.verticalFitToPages !== null) out.verticalFitToPages = num(z.verticalFitToPages, 0, 32767);
      if (Object.keys(out).length === 0) throw new OfficeError('InvalidArgument');
      pageOf(s).zoom = out;
    });
  }
  get leftMargin(): number {
    return this._get('leftMargin');
  }
  set leftMargin(v: number) {
    this._margin('leftMargin', v);
  }
  get rightMargin(): number {
    return this._get('rightMargin');
  }
  set rightMargin(v: number) {
    this._margin('rightMargin', v);
  }
  get topMargin(): number {
    return this._get('topMargin');
  }
  set topMargin(v: number) {
    this._margin('topMargin', v);
  }
  get bottomMargin(): number {
    return this._get('bottomMargin');
  }
  set bottomMargin(v: number) {
    this._margin('bottomMargin', v);
  }
  get headerMargin(): number {
    return this._get('headerMargin');
  }
  set headerMargin(v: number) {
    this._margin('headerMargin', v);
  }
  get footerMargin(): number {
    return this._get('footerMargin');
  }
  set footerMargin(v: number) {
    this._margin('footerMargin', v);
  }
  private _margin(prop: string, v: number): void {
    this._set(prop, v, (s, points) => {
      pageOf(s).margins[MARGINS[prop]] = num(points, 0, 1000);
    });
  }

  get headersFooters(): HeaderFooterGroup {
    return (this._hf ??= this._prop('headersFooters', new HeaderFooterGroup(this._ctx, () => this._resolve())));
  }

  /** Margins in a unit ("Points", "Inches", "Centimeters"); the ones not given keep their value. */
  setPrintMargins(unit: string, marginOptions: Partial<Record<Margin, number>>): void {
    this._do('setPrintMargins', [unit, marginOptions], (s) => {
      const k = POINTS_PER[oneOf({ points: 'Points', inches: 'Inches', centimeters: 'Centimeters' }, unit)];
      if (!marginOptions || typeof marginOptions !== 'object') throw new OfficeError('InvalidArgument');
      for (const m of ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const) {
        const v = marginOptions[m];
        if (v !== undefined && v !== null) pageOf(s).margins[m] = num(v * k, 0, 1000);
      }
    });
  }

  /** The rows repeated at the top of each printed page: whole rows of this sheet. */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._do('setPrintTitleRows', printTitleRows, (s) => {
      const r = rangeArg(this._ctx, s, printTitleRows);
      if (r.sheet !== s) throw new OfficeError('InvalidArgument');
      pageOf(s).printTitleRows = { top: r.area.top, bottom: r.area.bottom };
    });
  }

  /** The print area: a range, several ("A1:B2, D4:E5"), or a RangeAreas of this sheet. */
  setPrintArea(printArea: Range | RangeAreas | string): void {
    this._do('setPrintArea', printArea, (s) => {
      let areas: Area[];
      if (printArea instanceof RangeAreas) {
        const e = printArea._live();
        if (!e || e.sheet !== s) throw new OfficeError('InvalidArgument');
        areas = e.areas.map((a) => ({ ...a }));
      } else if (typeof printArea === 'string') {
        areas = splitAddressList(printArea).map((a) => {
          const r = areaOnSheet(this._ctx._wb, s, a);
          if (r.sheet !== s) throw new OfficeError('InvalidArgument');
          return r.area;
        });
      } else {
        const r = rangeArg(this._ctx, s, printArea);
        if (r.sheet !== s) throw new OfficeError('InvalidArgument');
        areas = [r.area];
      }
      pageOf(s).printArea = areas;
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    return this._make('getPrintTitleRowsOrNullObject', null, new Range(this._ctx, () => {
      const s = this._live();
      const t = s ? pageOf(s).printTitleRows : null;
      return s && t ? { sheet: s, area: { top: t.top, bottom: t.bottom, left: 0, right: MAX_COLS - 1 } } : null;
    }));
  }

  getPrintAreaOrNullObject(): RangeAreas {
    return this._make('getPrintAreaOrNullObject', null, new RangeAreas(this._ctx, () => {
      const s = this._live();
      const a = s ? pageOf(s).printArea : null;
      return s && a ? { sheet: s, areas: a.map((x) => ({ ...x })) } : null;
    }));
  }
}

export class HeaderFooterGroup extends Obj<SheetModel> {
  private _default?: HeaderFooter;
  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'HeaderFooterGroup');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  protected override _scalars(): Record<string, Getter<SheetModel>> {
    // Only the general header and footer is modelled: the state that uses it for every page.
    return { state: () => 'Default' };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
  get state(): string {
    return this._get('state');
  }
  get defaultForAllPages(): HeaderFooter {
    return (this._default ??= this._prop('defaultForAllPages', new HeaderFooter(this._ctx, () => this._resolve())));
  }
}

const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type Section = (typeof SECTIONS)[number];

export class HeaderFooter extends Obj<SheetModel> {
  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'HeaderFooter');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  protected override _scalars(): Record<string, Getter<SheetModel>> {
    return Object.fromEntries(SECTIONS.map((k) => [k, (s: SheetModel) => pageOf(s).headerFooter[k]]));
  }
  private _section(k: Section, v: string): void {
    this._set(k, v, (s, text) => {
      if (typeof text !== 'string') throw new OfficeError('InvalidArgument');
      pageOf(s).headerFooter[k] = text;
    });
  }
  get leftHeader(): string {
    return this._get('leftHeader');
  }
  set leftHeader(v: string) {
    this._section('leftHeader', v);
  }
  get centerHeader(): string {
    return this._get('centerHeader');
  }
  set centerHeader(v: string) {
    this._section('centerHeader', v);
  }
  get rightHeader(): string {
    return this._get('rightHeader');
  }
  set rightHeader(v: string) {
    this._section('rightHeader', v);
  }
  get leftFooter(): string {
    return this._get('leftFooter');
  }
  set leftFooter(v: string) {
    this._section('leftFooter', v);
  }
  get centerFooter(): string {
    return this._get('centerFooter');
  }
  set centerFooter(v: string) {
    this._section('centerFooter', v);
  }
  get rightFooter(): string {
    return this._get('rightFooter');
  }
  set rightFooter(v: string) {
    this._section('rightFooter', v);
  }
}

/** The manual page breaks above rows (Worksheet.horizontalPageBreaks). */
export class PageBreakCollection extends Obj<SheetModel> {
  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'PageBreakCollection');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  /** A break before the range's top-left cell: its row starts a page. Row 1 has nothing above it to break from. */
  add(pageBreakRange: Range | string): PageBreak {
    return this._make('add', pageBreakRange, new PageBreak(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      const r = rangeArg(this._ctx, s, pageBreakRange);
      if (r.sheet !== s || r.area.top === 0) throw new OfficeError('InvalidArgument');
      const breaks = pageOf(s).rowBreaks;
      if (!breaks.includes(r.area.top)) breaks.push(r.area.top);
      breaks.sort((a, b) => a - b);
      return { sheet: s, row: r.area.top };
    }));
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._do('getCount', null, (s, out) => {
      const n = pageOf(s).rowBreaks.length;
      out.responseBytes += jsonSize(n);
      out.results.push(() => result._fill(n));
    });
    return result;
  }
  removePageBreaks(): void {
    this._do('removePageBreaks', null, (s) => {
      pageOf(s).rowBreaks = [];
    });
  }
}

export class PageBreak extends Obj<{ sheet: SheetModel; row: number }> {
  constructor(ctx: RequestContext, resolver: () => { sheet: SheetModel; row: number } | null) {
    super(ctx, resolver, 'PageBreak');
  }
  protected override _scalars(): Record<string, Getter<{ sheet: SheetModel; row: number }>> {
    return { rowIndex: (e) => e.row, columnIndex: () => 0 };
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
}
