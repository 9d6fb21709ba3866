import { parseRangeAddress as parseArea, type MergeArea } from '../../core';
import { clear, h } from '../../front/dom';
import { drawSheetTable, scrollToSelected, type CellLook, type CellMark } from '../../front/grid-table';
import type { CellFormatSnapshot, MemoryExcel, SheetSnapshot } from '../host/memory-excel';

/**
 * A read-only grid of the in-memory workbook's active sheet, with a tab per sheet: values as the user would see
 * them, merges, formats, our conditional-format marks and the selected cell, drawn by the table the web page
 * draws too (front/grid-table.ts).
 */
export class GridView {
  readonly el: HTMLElement;
  private readonly tabs: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly mem: MemoryExcel,
    labels: { tabs: string; grid: string },
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
    if (active) this.body.append(drawSheetTable(tableOf(this.mem.snapshot(active))));
    // Bring a chosen cell into view; scroll only the grid, never the page with the pane on it.
    scrollToSelected(this.body);
  }

  private async activate(name: string) {
    await this.mem.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).activate();
      await ctx.sync();
    });
    this.render();
  }
}

const ALIGN: Record<string, CellLook['align']> = { Left: 'left', Center: 'center', Right: 'right' };

const lookOf = (f: CellFormatSnapshot | undefined): CellLook | undefined => (f ? { bold: f.bold, italic: f.italic, fill: f.fill, color: f.color, align: ALIGN[f.horizontalAlignment] ?? null, wrap: f.wrapText } : undefined);

/** The snapshot as the shared table takes it: our marks and the user's conditional formats as the fill they would show. */
function tableOf(s: SheetSnapshot) {
  const marks = new Map<string, CellMark>();
  for (const cf of s.conditionalFormats) {
    const severity = /cchc-mark:(\w+)/.exec(cf.formula ?? '')?.[1] ?? 'format';
    for (const area of cf.ranges.flatMap((x) => x.split(','))) {
      const a = parseArea(area);
      if (!a) continue;
      for (let r = a.top; r <= Math.min(a.bottom, s.values.length - 1); r++) for (let c = a.left; c <= a.right; c++) marks.set(`${r}:${c}`, { fill: cf.fill ?? '', font: cf.fontColor ?? '', severity });
    }
  }
  return {
    name: s.name,
    values: s.values,
    texts: s.texts,
    merges: s.merges.map((m) => parseArea(m)).filter((m): m is MergeArea => m !== null),
    columnWidths: s.columnWidths,
    looks: s.formats.map((row) => row.map(lookOf)),
    marks,
    selection: parseArea(s.selection || s.activeCell || 'A1'),
  };
}
