/** Chart proxies: ChartCollection, Chart, title, legend, axes, series. */
import { isUnbounded } from './address';
import { normalizeColor } from './cells';
import { ChartLegendPosition, ChartType } from './enums';
import { OfficeError } from './errors';
import type { SeriesModel, SheetModel } from './workbook-model';
import { ClientResult, Obj, Coll, fixed, oneOf, bool, int, type Getter, type Loadable, type ChartE, type SeriesE } from './proxy-base';
import { rangeArg, type Range } from './range-proxies';
import type { RequestContext } from './context';

// ------------------------------------------------------------------------------------------------
// Charts

export class ChartCollection extends Coll<SheetModel, ChartE, Chart> {
  constructor(ctx: RequestContext, resolver: () => SheetModel | null) {
    super(ctx, resolver, 'ChartCollection');
  }
  protected override _check(s: SheetModel): void {
    this._ctx._wb.alive(s);
  }
  protected override _scalars(): Record<string, Getter<SheetModel>> {
    return { count: (s) => s.charts.length };
  }
  protected override _gates(): Record<string, string> {
    return { getItemOrNullObject: '1.4', getCount: '1.4' };
  }
  protected _list(s: SheetModel): ChartE[] {
    return s.charts.map((chart) => ({ sheet: s, chart }));
  }
  protected _wrap(i: ChartE): Chart {
    return new Chart(this._ctx, fixed(i));
  }
  get count(): number {
    return this._get('count');
  }

  /**
   * add(type, sourceData, seriesBy = "Auto") — https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1).
   * The type must be an Excel.ChartType value (InvalidArgument otherwise).
   */
  add(type: string, sourceData: Range | string, seriesBy?: string): Chart {
    return this._make('add', { type, sourceData, seriesBy }, new Chart(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      const t = oneOf(ChartType, type);
      const by = oneOf({ auto: 'Auto', columns: 'Columns', rows: 'Rows' }, seriesBy ?? 'Auto');
      const src = rangeArg(this._ctx, s, sourceData);
      if (isUnbounded(src.area)) throw new OfficeError('InvalidArgument');
      return { sheet: s, chart: this._ctx._wb.addChart(s, t, src.sheet === s ? src.area : null, by) };
    }));
  }
  getCount(): ClientResult<number> {
    return this._result('getCount', null, (s) => s.charts.length);
  }
  getItem(name: string): Chart {
    return this._make('getItem', name, new Chart(this._ctx, () => {
      const s = this._live();
      if (!s) return null;
      const chart = s.charts.find((c) => c.name === name);
      if (!chart) throw new OfficeError('ItemNotFound');
      return { sheet: s, chart };
    }));
  }
  getItemOrNullObject(name: string): Chart {
    return this._make('getItemOrNullObject', name, new Chart(this._ctx, () => {
      const s = this._live();
      const chart = s?.charts.find((c) => c.name === name);
      return s && chart ? { sheet: s, chart } : null;
    }));
  }
  getItemAt(index: number): Chart {
    return this._make('getItemAt', index, new Chart(this._ctx, () => {
      const s = this._live();
      return s ? this._at(s, index) : null;
    }));
  }
}

export class Chart extends Obj<ChartE> {
  private _title?: ChartTitle;
  private _legend?: ChartLegend;
  private _series?: ChartSeriesCollection;
  private _axes?: ChartAxes;

  constructor(ctx: RequestContext, resolver: () => ChartE | null) {
    super(ctx, resolver, 'Chart');
  }
  protected override _check(e: ChartE): void {
    this._ctx._wb.alive(e.sheet);
    if (e.chart.deleted) throw new OfficeError('ItemNotFound');
  }
  protected override _scalars(): Record<string, Getter<ChartE>> {
    return { id: (e) => e.chart.id, name: (e) => e.chart.name, chartType: (e) => e.chart.type };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { title: () => this.title, legend: () => this.legend, series: () => this.series, axes: () => this.axes };
  }
  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (e, n) => {
      if (typeof n !== 'string' || n === '') throw new OfficeError('InvalidArgument');
      e.chart.name = n;
    });
  }
  get chartType(): string {
    return this._get('chartType');
  }
  set chartType(v: string) {
    this._set('chartType', v, (e, t) => {
      e.chart.type = oneOf(ChartType, t);
    });
  }
  get title(): ChartTitle {
    return (this._title ??= this._prop('title', new ChartTitle(this._ctx, () => this._resolve())));
  }
  get legend(): ChartLegend {
    return (this._legend ??= this._prop('legend', new ChartLegend(this._ctx, () => this._resolve())));
  }
  get series(): ChartSeriesCollection {
    return (this._series ??= this._prop('series', new ChartSeriesCollection(this._ctx, () => this._resolve())));
  }
  get axes(): ChartAxes {
    return (this._axes ??= this._prop('axes', new ChartAxes(this._ctx, () => this._resolve())));
  }
  /** Positions the chart over cells (of its own sheet); without endCell the size is kept. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._do('setPosition', { startCell, endCell }, (e) => {
      const start = rangeArg(this._ctx, e.sheet, startCell);
      const end = endCell === undefined ? null : rangeArg(this._ctx, e.sheet, endCell);
      if (start.sheet !== e.sheet || (end && end.sheet !== e.sheet)) throw new OfficeError('InvalidArgument');
      e.chart.position = { start: { ...start.area }, end: end ? { ...end.area } : null };
    });
  }
  delete(): void {
    this._do('delete', null, (e) => {
      e.chart.deleted = true;
      e.sheet.charts = e.sheet.charts.filter((c) => c !== e.chart);
    });
  }
}

export class ChartTitle extends Obj<ChartE> {
  constructor(ctx: RequestContext, resolver: () => ChartE | null) {
    super(ctx, resolver, 'ChartTitle');
  }
  protected override _scalars(): Record<string, Getter<ChartE>> {
    return { text: (e) => e.chart.title ?? '', visible: (e) => e.chart.titleVisible };
  }
  get text(): string {
    return this._get('text');
  }
  set text(v: string) {
    this._set('text', v, (e, t) => {
      if (typeof t !== 'string') throw new OfficeError('InvalidArgument');
      e.chart.title = t;
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (e, x) => {
      e.chart.titleVisible = bool(x);
    });
  }
}

export class ChartLegend extends Obj<ChartE> {
  constructor(ctx: RequestContext, resolver: () => ChartE | null) {
    super(ctx, resolver, 'ChartLegend');
  }
  protected override _scalars(): Record<string, Getter<ChartE>> {
    return { position: (e) => e.chart.legend.position, visible: (e) => e.chart.legend.visible };
  }
  get position(): string {
    return this._get('position');
  }
  set position(v: string) {
    this._set('position', v, (e, p) => {
      e.chart.legend.position = oneOf(ChartLegendPosition, p);
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (e, x) => {
      e.chart.legend.visible = bool(x);
    });
  }
}

type AxisE = ChartE & { axis: 'category' | 'value' };

export class ChartAxes extends Obj<ChartE> {
  private _cat?: ChartAxis;
  private _val?: ChartAxis;
  constructor(ctx: RequestContext, resolver: () => ChartE | null) {
    super(ctx, resolver, 'ChartAxes');
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis };
  }
  get categoryAxis(): ChartAxis {
    return (this._cat ??= this._prop('categoryAxis', new ChartAxis(this._ctx, () => {
      const e = this._resolve();
      return e ? { ...e, axis: 'category' } : null;
    })));
  }
  get valueAxis(): ChartAxis {
    return (this._val ??= this._prop('valueAxis', new ChartAxis(this._ctx, () => {
      const e = this._resolve();
      return e ? { ...e, axis: 'value' } : null;
    })));
  }
}

export class ChartAxis extends Obj<AxisE> {
  private _title?: ChartAxisTitle;
  constructor(ctx: RequestContext, resolver: () => AxisE | null) {
    super(ctx, resolver, 'ChartAxis');
  }
  protected override _scalars(): Record<string, Getter<AxisE>> {
    return { numberFormat: (e) => (e.axis === 'value' ? (e.chart.axes.value.numberFormat ?? 'General') : 'General') };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { title: () => this.title };
  }
  get numberFormat(): string {
    return this._get('numberFormat');
  }
  set numberFormat(v: string) {
    this._set('numberFormat', v, (e, f) => {
      if (typeof f !== 'string') throw new OfficeError('InvalidArgument');
      if (e.axis === 'value') e.chart.axes.value.numberFormat = f;
    });
  }
  get title(): ChartAxisTitle {
    return (this._title ??= this._prop('title', new ChartAxisTitle(this._ctx, () => this._resolve())));
  }
}

export class ChartAxisTitle extends Obj<AxisE> {
  constructor(ctx: RequestContext, resolver: () => AxisE | null) {
    super(ctx, resolver, 'ChartAxisTitle');
  }
  protected override _scalars(): Record<string, Getter<AxisE>> {
    return { text: (e) => e.chart.axes[e.axis].title ?? '', visible: (e) => e.chart.axes[e.axis].title !== null };
  }
  get text(): string {
    return this._get('text');
  }
  set text(v: string) {
    this._set('text', v, (e, t) => {
      if (typeof t !== 'string') throw new OfficeError('InvalidArgument');
      e.chart.axes[e.axis].title = t;
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (e, x) => {
      if (!bool(x)) e.chart.axes[e.axis].title = null;
    });
  }
}

export class ChartSeriesCollection extends Coll<ChartE, SeriesE, ChartSeries> {
  constructor(ctx: RequestContext, resolver: () => ChartE | null) {
    super(ctx, resolver, 'ChartSeriesCollection');
  }
  protected override _check(e: ChartE): void {
    this._ctx._wb.alive(e.sheet);
    if (e.chart.deleted) throw new OfficeError('ItemNotFound');
  }
  protected override _scalars(): Record<string, Getter<ChartE>> {
    return { count: (e) => e.chart.series.length };
  }
  protected override _gates(): Record<string, string> {
    return { add: '1.7' };
  }
  protected _list(e: ChartE): SeriesE[] {
    return e.chart.series.map((series) => ({ ...e, series }));
  }
  protected _wrap(i: SeriesE): ChartSeries {
    return new ChartSeries(this._ctx, fixed(i));
  }
  get count(): number {
    return this._get('count');
  }
  /** ExcelApi 1.7: a new, empty series (at `index`, or last). */
  add(name?: string, index?: number): ChartSeries {
    return this._make('add', [name ?? null, index ?? null], new ChartSeries(this._ctx, () => {
      const e = this._live();
      if (!e) return null;
      const series: SeriesModel = { name: name ?? `Series${e.chart.series.length + 1}`, values: null, xValues: null, color: null };
      const at = index === undefined ? e.chart.series.length : Math.min(Math.max(0, int(index)), e.chart.series.length);
      e.chart.series.splice(at, 0, series);
      return { ...e, series };
    }));
  }
  getItemAt(index: number): ChartSeries {
    return this._make('getItemAt', index, new ChartSeries(this._ctx, () => {
      const e = this._live();
      return e ? this._at(e, index) : null;
    }));
  }
  getCount(): ClientResult<number> {
    return this._result('getCount', null, (e) => e.chart.series.length);
  }
}

export class ChartSeries extends Obj<SeriesE> {
  private _format?: ChartSeriesFormat;
  constructor(ctx: RequestContext, resolver: () => SeriesE | null) {
    super(ctx, resolver, 'ChartSeries');
  }
  protected override _check(e: SeriesE): void {
    this._ctx._wb.alive(e.sheet);
    if (e.chart.deleted || !e.chart.series.includes(e.series)) throw new OfficeError('ItemNotFound');
  }
  protected override _scalars(): Record<string, Getter<SeriesE>> {
    return { name: (e) => e.series.name };
  }
  protected override _navs(): Record<string, () => Loadable> {
    return { format: () => this.format };
  }
  protected override _gates(): Record<string, string> {
    return { setValues: '1.7', setXAxisValues: '1.7', delete: '1.7' };
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (e, n) => {
      if (typeof n !== 'string') throw new OfficeError('InvalidArgument');
      e.series.name = n;
    });
  }
  get format(): ChartSeriesFormat {
    return (this._format ??= this._prop('format', new ChartSeriesFormat(this._ctx, () => this._resolve())));
  }
  /** ExcelApi 1.7. */
  setValues(sourceData: Range): void {
    this._do('setValues', sourceData, (e) => {
      e.series.values = rangeArg(this._ctx, e.sheet, sourceData);
    });
  }
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: Range): void {
    this._do('setXAxisValues', sourceData, (e) => {
      e.series.xValues = rangeArg(this._ctx, e.sheet, sourceData);
    });
  }
  /** ExcelApi 1.7. */
  delete(): void {
    this._do('delete', null, (e) => {
      e.chart.series = e.chart.series.filter((s) => s !== e.series);
    });
  }
}

export class ChartSeriesFormat extends Obj<SeriesE> {
  private _fill?: ChartFill;
  constructor(ctx: RequestContext, resolver: () => SeriesE | null) {
    super(ctx, resolver, 'ChartSeriesFormat');
  }
  get fill(): ChartFill {
    return (this._fill ??= this._prop('fill', new ChartFill(this._ctx, () => this._resolve())));
  }
}

export class ChartFill extends Obj<SeriesE> {
  constructor(ctx: RequestContext, resolver: () => SeriesE | null) {
    super(ctx, resolver, 'ChartFill');
  }
  setSolidColor(color: string): void {
    this._do('setSolidColor', color, (e) => {
      e.series.color = normalizeColor(color);
    });
  }
  clear(): void {
    this._do('clear', null, (e) => {
      e.series.color = null;
    });
  }
}
