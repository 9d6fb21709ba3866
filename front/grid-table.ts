import { columnLetters, type Area, type CellValue, type MergeArea } from '../core';
import { h } from './dom';

/**
 * One sheet drawn as a read-only table: the cells' text as the user would see it, merges, a few formats, the
 * findings' marks and the selected cell. Shared by the web page's cell view (drawn from the core's grids) and
 * the add-in's preview (drawn from the in-memory Excel). Every cell's text goes through textContent.
 *
 * Long text wraps (every cell's, or those formatted to wrap) in columns no wider than MAX_COL_PX, the column
 * letters stay on top and the row numbers on the left as the table scrolls (both opaque, so scrolled-off text
 * never shows under them).
 */

export type CellLook = {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB". */
  fill?: string | null;
  color?: string | null;
  align?: 'left' | 'center' | 'right' | null;
  /** Excel's "Wrap Text". */
  wrap?: boolean;
};

export type CellMark = { fill: string; font: string; severity: string };

export type TableSheet = {
  name: string;
  /** From the sheet's row and column `origin` (0-based; A1 when absent). */
  values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** What the host displays, where it differs from the value (a formatted date). */
  texts?: ReadonlyArray<ReadonlyArray<string>>;
  origin?: { row: number; col: number };
  /** Merged areas in sheet coordinates. */
  merges: readonly MergeArea[];
  /** Column widths in points, from the origin's column; estimated from the text when absent. */
  columnWidths?: readonly number[];
  looks?: ReadonlyArray<ReadonlyArray<CellLook | undefined>>;
  /** Marked cells, by "row:col" in sheet coordinates. */
  marks?: ReadonlyMap<string, CellMark>;
  /** The selected area, in sheet coordinates. */
  selection?: Area | null;
  /**
   * Wrap every cell's text (a grid read from a file, which carries no formats), rather than only the cells
   * formatted to wrap, as Excel shows them (the preview's in-memory workbook).
   */
  wrapAll?: boolean;
};

export type TableOptions = {
  /** At most this many rows, around the selection: a 10 000-row appendix stays quick to draw. */
  rows?: number;
  /** Says which rows are drawn when not all are. */
  windowLabel?: (first: number, last: number, total: number) => string;
};

/** Columns never wider than this: a task's text wraps instead of making the column 2 000 px wide. */
export const MAX_COL_PX = 280;
const MIN_COL_PX = 36;
const ROW_HEAD_PX = 44;
/** Points to CSS pixels. */
const px = (points: number) => Math.round((points * 4) / 3);

const key = (r: number, c: number) => `${r}:${c}`;

/** A column's width from its text, where the sheet does not say: about 7 px a character, within the bounds. */
function estimateWidth(s: TableSheet, c: number, first: number, end: number, spread: ReadonlySet<string>): number {
  let longest = 0;
  for (let r = first; r < end && r < first + 200; r++) {
    // A title merged across the table says nothing of this column's width.
    if (spread.has(key(r, c))) continue;
    const t = s.texts?.[r]?.[c] ?? valueText(s.values[r]?.[c]);
    // The longest line, not the whole text: a cell written on several lines is as wide as its widest.
    for (const line of t.split('\n')) if (line.length > longest) longest = line.length;
  }
  return Math.max(48, Math.min(MAX_COL_PX, longest * 7 + 8));
}

const valueText = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

export function drawSheetTable(s: TableSheet, opts: TableOptions = {}): HTMLTableElement {
  const r0 = s.origin?.row ?? 0;
  const c0 = s.origin?.col ?? 0;
  const rows = s.values.length;
  let cols = 0;
  for (const row of s.values) if (row.length > cols) cols = row.length;
  const sel = s.selection ?? null;
  // The rows drawn (grid coordinates): all, or a window of `opts.rows` centred on the selection.
  const max = opts.rows ?? Infinity;
  const selRow = sel ? sel.top - r0 : 0;
  const first = rows <= max ? 0 : Math.max(0, Math.min(rows - max, selRow - Math.floor(max / 2)));
  const end = Math.min(rows, first + max);

  const covered = new Set<string>();
  /** Top-left cells of merges over several columns (grid coordinates). */
  const spread = new Set<string>();
  for (const m of s.merges) if (m.right > m.left) spread.add(key(m.top - r0, m.left - c0));
  const span = new Map<string, { rows: number; cols: number; from: [number, number] }>();
  for (const m of s.merges) {
    const top = Math.max(m.top - r0, first);
    const bottom = Math.min(m.bottom - r0, end - 1);
    const left = m.left - c0;
    const right = Math.min(m.right - c0, cols - 1);
    if (bottom < top || right < left || left < 0) continue;
    // A merge cut by the window starts at the window's first row, with its top-left cell's text.
    span.set(key(top, left), { rows: bottom - top + 1, cols: right - left + 1, from: [m.top - r0, left] });
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(key(r, c));
  }

  const table = h('table', { className: 'grid', 'data-sheet': s.name, 'data-first-row': r0 + first + 1, 'data-last-row': r0 + end });
  if (end - first < rows && opts.windowLabel) table.append(h('caption', { className: 'grid-window' }, opts.windowLabel(r0 + first + 1, r0 + end, r0 + rows)));
  const colgroup = h('colgroup', {}, h('col', { style: `width:${ROW_HEAD_PX}px` }));
  let width = ROW_HEAD_PX;
  for (let c = 0; c < cols; c++) {
    const w = s.columnWidths?.[c] !== undefined ? Math.max(MIN_COL_PX, Math.min(MAX_COL_PX, px(s.columnWidths[c]))) : estimateWidth(s, c, first, end, spread);
    width += w;
    colgroup.append(h('col', { style: `width:${w}px` }));
  }
  // A fixed layout takes the columns' widths only when the table's own width is set.
  table.setAttribute('style', `width:${width}px`);
  table.append(colgroup);
  const head = h('tr', {}, h('th', { className: 'corner' }));
  for (let c = 0; c < cols; c++) head.append(h('th', { scope: 'col' }, columnLetters(c0 + c)));
  table.append(h('thead', {}, head));

  const tbody = h('tbody');
  for (let r = first; r < end; r++) {
    const tr = h('tr', {}, h('th', { scope: 'row' }, String(r0 + r + 1)));
    for (let c = 0; c < cols; c++) {
      const k = key(r, c);
      if (covered.has(k)) continue;
      const sp = span.get(k);
      const [vr, vc] = sp ? sp.from : [r, c];
      const value = s.values[vr]?.[vc];
      const td = h('td', { 'data-cell': `${columnLetters(c0 + c)}${r0 + r + 1}`, rowspan: sp && sp.rows > 1 ? sp.rows : undefined, colspan: sp && sp.cols > 1 ? sp.cols : undefined });
      const text = s.texts?.[vr]?.[vc] ?? valueText(value);
      const look = s.looks?.[vr]?.[vc];
      if (text !== '') td.append(h('div', { className: s.wrapAll || look?.wrap ? 'cell-text wrap' : 'cell-text' }, text));
      const style: string[] = [];
      if (look?.bold) style.push('font-weight:600');
      if (look?.italic) style.push('font-style:italic');
      if (look?.fill && look.fill.toUpperCase() !== '#FFFFFF') style.push(`background:${look.fill}`);
      if (look?.color && look.color.toUpperCase() !== '#000000') style.push(`color:${look.color}`);
      const align = look?.align ?? (typeof value === 'number' ? 'right' : null);
      if (align === 'center' || align === 'right') style.push(`text-align:${align}`);
      const mark = s.marks?.get(key(r0 + r, c0 + c));
      if (mark) {
        td.classList.add('marked');
        td.dataset.severity = mark.severity;
        if (mark.fill) style.push(`background:${mark.fill}`);
        if (mark.font) style.push(`color:${mark.font}`);
      }
      if (sel && r0 + r >= sel.top && r0 + r <= sel.bottom && c0 + c >= sel.left && c0 + c <= sel.right) td.classList.add('selected');
      if (style.length) td.setAttribute('style', style.join(';'));
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  return table;
}

/** Scrolls `box` (the table's scrolling parent, never the page) so its selected cell is in view. */
export function scrollToSelected(box: HTMLElement): void {
  const selected = box.querySelector('td.selected') as HTMLElement | null;
  // Not the A1 every sheet starts with.
  if (!selected || selected.dataset.cell === 'A1') return;
  const body = box.getBoundingClientRect();
  const cell = selected.getBoundingClientRect();
  const head = (box.querySelector('thead') as HTMLElement | null)?.getBoundingClientRect().height ?? 0;
  const rowHead = (box.querySelector('tbody th') as HTMLElement | null)?.getBoundingClientRect().width ?? 0;
  box.scrollTop += cell.top - body.top - head - Math.max(0, (body.height - head - cell.height) / 2);
  box.scrollLeft += Math.max(0, cell.right - body.right + 24) - Math.max(0, body.left + rowHead + 8 - cell.left);
}
