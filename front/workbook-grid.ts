import { parseCellAddress, parseRangeAddress, SEVERITY_COLOUR, type Finding, type GridInput, type MergeArea, type Severity } from '../core';
import { clear, h } from './dom';
import { drawSheetTable, scrollToSelected, type CellMark } from './grid-table';

/**
 * A workbook's sheets, read only, drawn straight from the core's grids with its findings marked in the colours
 * of their severity: a compact list of the sheets (with how many findings each has) above one sheet's table.
 * No Excel imitation: the marks are the findings themselves, not conditional formats.
 */

export type WorkbookGridLabels = {
  /** The sheet list's label. */
  sheets: string;
  /** The table's region label. */
  grid: string;
  /** A sheet in the list, with its findings. */
  option: (sheet: string, findings: number) => string;
  window: (first: number, last: number, total: number) => string;
};

/** Errors over warnings over notes, where a cell has several. */
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export class WorkbookGrid {
  readonly el: HTMLElement;
  private readonly list: HTMLSelectElement;
  private readonly body: HTMLElement;
  private readonly marks = new Map<string, Map<string, CellMark>>();
  private current: string | null = null;

  constructor(
    private readonly grids: readonly GridInput[],
    findings: readonly Finding[],
    private readonly labels: WorkbookGridLabels,
    private readonly opts: { rows?: number; id?: string } = {},
  ) {
    const count = new Map<string, number>();
    for (const f of findings) {
      count.set(f.sheet, (count.get(f.sheet) ?? 0) + 1);
      const p = parseCellAddress(f.cell);
      if (!p) continue;
      const sheet = this.marks.get(f.sheet) ?? new Map<string, CellMark>();
      this.marks.set(f.sheet, sheet);
      const k = `${p.row}:${p.col}`;
      const old = sheet.get(k);
      if (!old || RANK[f.severity] > RANK[old.severity as Severity]) sheet.set(k, { fill: `#${SEVERITY_COLOUR[f.severity].fill}`, font: `#${SEVERITY_COLOUR[f.severity].font}`, severity: f.severity });
    }
    const id = opts.id ?? 'grid-sheet';
    this.list = h('select', { id, className: 'grid-sheets', on: { change: () => this.show(this.list.value, null) } });
    for (const g of grids) this.list.append(h('option', { value: g.name }, labels.option(g.name, count.get(g.name) ?? 0)));
    this.body = h('div', { className: 'grid-body', tabindex: 0, role: 'region', 'aria-label': labels.grid });
    this.el = h('section', { className: 'grid-view' }, h('div', { className: 'grid-bar' }, h('label', { for: id }, labels.sheets), this.list), this.body);
  }

  /** The sheet shown. */
  get sheet(): string | null {
    return this.current;
  }

  /** Draws `sheet` with `cell` selected and in view (the sheet's top when null). */
  show(sheet: string, cell: string | null): boolean {
    const grid = this.grids.find((g) => g.name === sheet);
    if (!grid) return false;
    this.current = sheet;
    this.list.value = sheet;
    const selection = cell ? parseRangeAddress(cell) : null;
    clear(this.body);
    this.body.scrollTop = 0;
    this.body.scrollLeft = 0;
    this.body.append(
      drawSheetTable(
        {
          name: grid.name,
          values: grid.values,
          texts: grid.texts,
          origin: grid.origin,
          merges: (grid.merges ?? []).flatMap((m): MergeArea[] => (typeof m === 'string' ? [parseRangeAddress(m)].filter((a): a is MergeArea => a !== null) : [m])),
          marks: this.marks.get(sheet),
          selection,
          wrapAll: true,
        },
        { rows: this.opts.rows, windowLabel: this.labels.window },
      ),
    );
    scrollToSelected(this.body);
    return true;
  }
}
