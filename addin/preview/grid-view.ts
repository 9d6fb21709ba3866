import { columnLetters as colName, parseRangeAddress as parseArea } from '../../core';
import type { MemoryExcel, SheetSnapshot } from '../host/memory-excel';
import { clear, h } from '../taskpane/dom';

/** Points to CSS pixels. */
const px = (points: number) => Math.round((points * 4) / 3);

/**
 * A read-only grid of the in-memory workbook's active sheet: values as the user would see them,
 * merges, formats, our conditional-format marks and the selected cell. Every cell's text goes
 * through textContent.
 */
export class GridView {
  readonly el: HTMLElement;
  private readonly tabs: HTMLElement;
  private readonly body: HTMLElement;

  /**
   * `rows` (a few hundred) keeps a long sheet quick to draw: only that many rows around the selected cell are
   * drawn, and `labels.window` says which; the preview's samples are short and draw whole.
   */
  constructor(
    private readonly mem: MemoryExcel,
    private readonly labels: { tabs: string; grid: string; window?: (first: number, last: number, total: number) => string },
    private readonly limit: { rows?: number } = {},
  ) {
    this.tabs = h('div', { className: 'grid-tabs', role: 'tablist', 'aria-label': labels.tabs });
    this.body = h('div', { className: 'grid-body', tabindex: 0, role: 'region', 'aria-label': labels.grid });
    this.el = h('section', { className: 'grid-view' }, this.tabs, this.body);
    mem.onChange(() => this.render());
  }

  render(): void {
    const active = this.mem.activeSheetName();
    clear(this.tabs);
    for (const name of this.mem.sheetNames()) {
      const snap = this.mem.snapshot(name);
      if (snap.visibility !== 'Visible') continue;
      this.tabs.append(
        h('button', { type: 'button', role: 'tab', className: 'grid-tab', 'aria-selected': name === active ? 'true' : 'false', 'data-sheet': name, on: { click: () => void this.activate(name) } }, name),
      );
    }
    clear(this.body);
    if (active) this.body.append(this.table(this.mem.snapshot(active)));
    // Bring a chosen cell into view (not the A1 every sheet starts with).
    // Scroll only the grid, never the page with the pane on it.
    const selected = this.body.querySelector('.selected') as HTMLElement | null;
    if (selected && selected.dataset.cell !== 'A1') {
      const body = this.body.getBoundingClientRect();
      const cell = selected.getBoundingClientRect();
      this.body.scrollTop += cell.top - body.top - body.height / 2 + cell.height / 2;
      this.body.scrollLeft += Math.max(0, cell.right - body.right + 24) - Math.max(0, body.left + 80 - cell.left);
    }
  }

  private async activate(name: string) {
    await this.mem.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).activate();
      await ctx.sync();
    });
    this.render();
  }

  private table(s: SheetSnapshot): HTMLElement {
    const rows = s.values.length;
    const cols = Math.max(0, ...s.values.map((r) => r.length));
    const sel = parseArea(s.selection || s.activeCell || 'A1');
    // The rows drawn: all, or a window of `limit.rows` centred on the selection.
    const max = this.limit.rows ?? Infinity;
    const first = rows <= max ? 0 : Math.max(0, Math.min(rows - max, (sel?.top ?? 0) - Math.floor(max / 2)));
    const end = Math.min(rows, first + max);
    const covered = new Set<string>();
    const span = new Map<string, { rows: number; cols: number; from: string }>();
    for (const m of s.merges) {
      const a = parseArea(m);
      if (!a || a.bottom < first || a.top >= end) continue;
      // A merge cut by the window starts at the window's first row, with its top-left cell's text.
      const top = Math.max(a.top, first);
      const bottom = Math.min(a.bottom, end - 1);
      span.set(`${top}:${a.left}`, { rows: bottom - top + 1, cols: a.right - a.left + 1, from: `${a.top}:${a.left}` });
      for (let r = top; r <= bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== top || c !== a.left) covered.add(`${r}:${c}`);
    }
    // Our marks and the user's conditional formats, as the fill they would show.
    const marks = new Map<string, { fill: string | null; font: string | null; title: string }>();
    for (const cf of s.conditionalFormats) {
      for (const area of cf.ranges.flatMap((x) => x.split(','))) {
        const a = parseArea(area);
        if (!a) continue;
        for (let r = Math.max(a.top, first); r <= Math.min(a.bottom, end - 1); r++) for (let c = a.left; c <= a.right; c++) marks.set(`${r}:${c}`, { fill: cf.fill, font: cf.fontColor, title: cf.formula ?? '' });
      }
    }
    const table = h('table', { className: 'grid', 'data-sheet': s.name, 'data-first-row': first + 1, 'data-last-row': end });
    if (end - first < rows && this.labels.window) table.append(h('caption', { className: 'grid-window' }, this.labels.window(first + 1, end, rows)));
    const colgroup = h('colgroup', {}, h('col', { style: 'width:40px' }));
    for (let c = 0; c < cols; c++) colgroup.append(h('col', { style: `width:${px(s.columnWidths[c] ?? 48)}px` }));
    table.append(colgroup);
    const head = h('tr', {}, h('th', { className: 'corner' }));
    for (let c = 0; c < cols; c++) head.append(h('th', { scope: 'col' }, colName(c)));
    table.append(h('thead', {}, head));
    const tbody = h('tbody');
    for (let r = first; r < end; r++) {
      const tr = h('tr', {}, h('th', { scope: 'row' }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const key = `${r}:${c}`;
        if (covered.has(key)) continue;
        const sp = span.get(key);
        const [vr, vc] = sp ? sp.from.split(':').map(Number) : [r, c];
        const f = s.formats[vr]?.[vc];
        const td = h('td', { 'data-cell': `${colName(c)}${r + 1}`, rowspan: sp && sp.rows > 1 ? sp.rows : undefined, colspan: sp && sp.cols > 1 ? sp.cols : undefined });
        td.textContent = s.texts[vr]?.[vc] ?? String(s.values[vr]?.[vc] ?? '');
        const style: string[] = [];
        if (f?.bold) style.push('font-weight:600');
        if (f?.italic) style.push('font-style:italic');
        if (f?.fill && f.fill.toUpperCase() !== '#FFFFFF') style.push(`background:${f.fill}`);
        if (f?.color && f.color.toUpperCase() !== '#000000') style.push(`color:${f.color}`);
        if (f?.horizontalAlignment === 'Center') style.push('text-align:center');
        if (f?.horizontalAlignment === 'Right' || (typeof s.values[vr]?.[vc] === 'number' && f?.horizontalAlignment !== 'Left')) style.push('text-align:right');
        if (f?.wrapText) style.push('white-space:pre-wrap');
        const mark = marks.get(key);
        if (mark) {
          td.classList.add('marked');
          if (mark.fill) style.push(`background:${mark.fill}`);
          if (mark.font) style.push(`color:${mark.font}`);
        }
        if (sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right) td.classList.add('selected');
        if (style.length) td.setAttribute('style', style.join(';'));
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(tbody);
    return table;
  }
}
