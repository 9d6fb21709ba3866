import type { CellContent, CellSpec, ChartSpec, Link, PrintSetup, Range, SheetSpec, Style } from './spec';
import { virtualRows } from './virtual-rows';

/**
 * Excel keeps at most 65 530 hyperlinks in a worksheet ("Excel specifications and limits": Hyperlinks in a
 * worksheet; the same figure in Aspose's and DevExpress's documentation of the format). Past it, cells keep
 * their text and lose the link, and the layout says so.
 */
export const MAX_LINKS_PER_SHEET = 65_530;

/**
 * Points per unit of column width. Widths count the default font's digit, Calibri 11: Excel rounds it to 7 px
 * (5.25 pt), LibreOffice takes the font's own digit (5.58 pt with Carlito): the wider, so the sheet fits in both.
 */
const POINTS_PER_WIDTH = 5.6;
/** A4 in points. */
const A4 = { long: 842, short: 595 };
/** The smallest text the reports print at. */
export const MIN_PRINTED_PT = 9;
/** The text size cells have unless their style says otherwise (styles.xml's, in the writer). */
export const BODY_PT = 12;

/**
 * The percent a sheet prints at so its columns fit one page wide, with a little room for a viewer whose fonts
 * run wider (LibreOffice without Times New Roman), and never above 100.
 */
export function fitScale(widths: readonly number[], landscape: boolean, margins: { left: number; right: number }): number {
  const printable = (landscape ? A4.long : A4.short) - (margins.left + margins.right) * 72;
  const wide = widths.reduce((a, b) => a + b, 0) * POINTS_PER_WIDTH;
  return Math.min(100, Math.floor((printable / wide) * 98));
}

/** The printed size of a sheet's smallest text: its styles' smallest size at its scale. */
export function smallestPrintedPt(sheet: Pick<SheetSpec, 'styles' | 'print'>): number {
  const sizes = Object.values(sheet.styles).map((st) => st.size ?? BODY_PT);
  return (Math.min(BODY_PT, ...sizes) * (sheet.print?.scale ?? 100)) / 100;
}

type Row = Array<CellSpec | null>;

/** Writes a SheetSpec row by row; keeps the layout code free of index arithmetic. */
export class SheetBuilder {
  private readonly rows: Row[] = [];
  private tailRows: { count: number; make: (i: number) => Row } | null = null;
  private links = 0;
  /** Links left out because the sheet reached Excel's limit. */
  dropped = 0;
  private readonly merges: Range[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly heights: Record<string, number> = {};
  private frozen = { rows: 0, cols: 0 };
  private printSetup: PrintSetup | undefined;

  constructor(
    readonly name: string,
    private readonly widths: number[],
    private readonly styles: Record<string, Style>,
  ) {}

  /** The next row's index. */
  get next(): number {
    return this.rows.length + (this.tailRows?.count ?? 0);
  }

  get width(): number {
    return this.widths.length;
  }

  put(r: number, c: number, content: CellContent, style?: string, link?: Link): void {
    if (this.tailRows) throw new Error(`sheet "${this.name}": no cell can follow its rows made on demand`);
    if (link && this.links >= MAX_LINKS_PER_SHEET) {
      this.dropped++;
      link = undefined;
    } else if (link) this.links++;
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r];
    while (row.length <= c) row.push(null);
    const cell: CellSpec = { content };
    if (style) cell.style = style;
    if (link) cell.link = link;
    row[c] = cell;
  }

  /** Appends a row of cells from column 0 (null skips a cell) and returns its index. */
  row(cells: Array<CellContent | [CellContent, string?, Link?] | null>, style?: string): number {
    const r = this.next;
    this.rows.push([]);
    cells.forEach((c, i) => {
      if (c === null) return;
      if (Array.isArray(c)) this.put(r, i, c[0], c[1] ?? style, c[2]);
      else this.put(r, i, c, style);
    });
    return r;
  }

  /**
   * The sheet's last `count` rows, made on demand by `make` when the sheet is written, never held: for a
   * table as long as a province's tasks. Nothing can be added after them.
   */
  tail(count: number, make: (i: number) => Row): void {
    if (this.tailRows) throw new Error(`sheet "${this.name}": one tail only`);
    this.tailRows = { count, make };
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.rows.push([]);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** One text across the whole width (a title or a section heading). */
  banner(content: CellContent, style: string, height?: number): number {
    const r = this.row([content], style);
    for (let c = 1; c < this.width; c++) this.put(r, c, { t: 'empty' }, style);
    this.merge(r, 0, r, this.width - 1);
    if (height) this.heights[String(r)] = height;
    return r;
  }

  height(r: number, points: number): void {
    this.heights[String(r)] = points;
  }

  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  freeze(rows: number, cols = 0): void {
    this.frozen = { rows, cols };
  }

  /** How the sheet prints (see PrintSetup). */
  print(setup: PrintSetup): void {
    this.printSetup = setup;
  }

  /** A printed page starts at row `r`. */
  pageBreak(r: number): void {
    this.printSetup?.breaks.push(r);
  }

  /** Lines a row needs: its wrapped texts at their columns' widths. */
  private linesOf(row: Row, r: number, span: ReadonlyMap<string, number>): number {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell || cell.content.t !== 'text' || !cell.style || !this.styles[cell.style]?.wrap) return;
      let width = 0;
      const n = span.get(`${r}:${c}`) ?? 1;
      for (let k = 0; k < n; k++) width += this.widths[c + k] ?? 10;
      const size = this.styles[cell.style].size ?? BODY_PT;
      // A unit of width holds about 1.15 characters of Vietnamese text at 12 pt in Times New Roman (or Liberation
      // Serif), less where words wrap early: counted as one, so a wrapped text is never cut at the bottom of its cell.
      const perLine = Math.max(4, Math.floor((width * BODY_PT) / size) - 2);
      const need = cell.content.v.split('\n').reduce((acc, seg) => acc + Math.max(1, Math.ceil(codePoints(seg) / perLine)), 0);
      lines = Math.max(lines, need);
    });
    return lines;
  }

  /**
   * Heights for rows whose wrapped text needs more than one line: Excel does not grow rows for
   * merged cells, and LibreOffice does not grow rows written with a default height. The tail's rows are
   * made once here, and let go; the first tail row past Excel's link limit is found on the way.
   */
  private fitHeights(): { heights: Record<string, number>; linkCutoff: number } {
    const span = new Map<string, number>();
    for (const m of this.merges) if (m.top === m.bottom) span.set(`${m.top}:${m.left}`, m.right - m.left + 1);
    const out: Record<string, number> = {};
    const fit = (row: Row, r: number) => {
      const lines = this.linesOf(row, r, span);
      if (lines > 1) out[String(r)] = Math.min(409, lines * 14.5 + 3);
    };
    this.rows.forEach(fit);
    let links = this.links;
    let linkCutoff = Infinity;
    if (this.tailRows) {
      const { count, make } = this.tailRows;
      for (let i = 0; i < count; i++) {
        const row = make(i);
        fit(row, this.rows.length + i);
        for (const cell of row) if (cell?.link) links++;
        if (links > MAX_LINKS_PER_SHEET && linkCutoff === Infinity) linkCutoff = i;
      }
    }
    return { heights: { ...out, ...this.heights }, linkCutoff };
  }

  /** The sheet's rows: the ones added, then the tail, made on demand without the links past Excel's limit. */
  private allRows(linkCutoff: number): Row[] {
    if (!this.tailRows) return this.rows;
    const { count, make } = this.tailRows;
    if (linkCutoff < count) this.dropped += count - linkCutoff;
    return virtualRows(this.rows, count, (i) => (i < linkCutoff ? make(i) : make(i).map((cell) => (cell?.link ? { content: cell.content, ...(cell.style ? { style: cell.style } : {}) } : cell))));
  }

  build(): SheetSpec {
    const { heights, linkCutoff } = this.fitHeights();
    return {
      name: this.name,
      rows: this.allRows(linkCutoff),
      heights,
      widths: this.widths,
      merges: this.merges,
      styles: this.styles,
      frozen: this.frozen,
      charts: this.charts,
      landscape: true,
      ...(this.printSetup ? { print: this.printSetup } : {}),
      ...(this.tailRows ? { inlineStrings: true } : {}),
    };
  }
}

/** Characters as a reader counts them (an emoji is one), without spreading every long text into an array. */
function codePoints(s: string): number {
  return /[\ud800-\udfff]/.test(s) ? [...s].length : s.length;
}
