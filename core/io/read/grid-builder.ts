import { parseRangeAddress } from '../../grid/address';
import type { CellValue, GridInput } from '../../grid/grid';
import { problem } from './problems';
import type { ReadLimits } from './limits';

/**
 * Collects one sheet's cells as they stream by, then lays them out as the core's grid: sized from the
 * cells that hold something (not from row entries or a declared dimension), the cells under a merged
 * area other than its top-left read as empty (as Excel reports them), display texts only where a cell has one.
 */
export class GridBuilder {
  private readonly rows: CellValue[][] = [];
  private texts: string[][] | null = null;
  private readonly merges: string[] = [];
  private maxRow = -1;
  private maxCol = -1;

  constructor(
    private readonly name: string,
    private readonly hidden: boolean,
    private readonly budget: WorkbookBudget,
  ) {}

  set(row: number, col: number, value: CellValue, text?: string): void {
    // An empty string (a formula that returns "") shows nothing and holds nothing, as an empty cell.
    if (value === null || value === '' || row < 0 || col < 0) return;
    if (row > 1_048_575 || col > 16_383) return; // beyond Excel's sheet: no address could name it
    this.budget.cell(value);
    (this.rows[row] ??= [])[col] = value;
    if (text !== undefined) ((this.texts ??= [])[row] ??= [])[col] = text;
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  merge(ref: string): void {
    if (this.merges.length >= this.budget.limits.maxMerges) throw problem({ code: 'too-large', limit: this.budget.limits.maxMerges, what: 'merges' });
    this.merges.push(ref);
  }

  build(): GridInput {
    const nRows = this.maxRow + 1;
    const nCols = this.maxCol + 1;
    if (nRows * nCols > this.budget.limits.maxCells) throw problem({ code: 'too-large', limit: this.budget.limits.maxCells, what: 'cells' });
    const values: CellValue[][] = new Array(nRows);
    for (let r = 0; r < nRows; r++) {
      const src = this.rows[r];
      const row = new Array<CellValue>(nCols).fill(null);
      if (src) for (let c = 0; c < src.length; c++) if (src[c] !== undefined) row[c] = src[c];
      values[r] = row;
    }
    let texts: string[][] | undefined;
    if (this.texts) {
      texts = new Array(nRows);
      for (let r = 0; r < nRows; r++) {
        const src = this.texts[r];
        const row = new Array<string>(nCols).fill('');
        if (src) for (let c = 0; c < src.length; c++) if (src[c] !== undefined) row[c] = src[c];
        texts[r] = row;
      }
    }
    // Excel reports the cells of a merged area other than its top-left as empty; so do we. Clipped to the
    // grid, so a merge over a whole column costs the grid's height, not a million rows.
    for (const ref of this.merges) {
      const a = parseRangeAddress(ref);
      if (!a) continue;
      for (let r = a.top; r <= Math.min(a.bottom, nRows - 1); r++) {
        this.budget.tick(); // overlapping merges (a hostile file) are bounded by the clock
        const row = values[r];
        for (let c = a.left; c <= Math.min(a.right, nCols - 1); c++) {
          if (r === a.top && c === a.left) continue;
          if (row[c] !== null) {
            row[c] = null;
            if (texts) texts[r][c] = '';
          }
        }
      }
    }
    const grid: GridInput = { name: this.name, values, merges: this.merges, hidden: this.hidden };
    if (texts && texts.some((r) => r.some((t) => t !== ''))) grid.texts = texts;
    return grid;
  }
}

/** Counts what a whole workbook holds against its limits, and asks the host's clock now and then. */
export class WorkbookBudget {
  private cells = 0;
  private chars = 0;
  private ticks = 0;

  constructor(readonly limits: ReadLimits) {}

  cell(value: CellValue): void {
    if (++this.cells > this.limits.maxCells) throw problem({ code: 'too-large', limit: this.limits.maxCells, what: 'cells' });
    if (typeof value === 'string') {
      this.chars += value.length;
      if (this.chars > this.limits.maxTextChars) throw problem({ code: 'too-large', limit: this.limits.maxTextChars, what: 'text' });
    }
  }

  /** Called per element read; checks the clock every 16 384 calls. */
  tick(): void {
    if ((++this.ticks & 0x3fff) === 0) this.checkClock();
  }

  checkClock(): void {
    if (this.limits.shouldStop?.()) throw problem({ code: 'too-slow', seconds: this.limits.seconds ?? 0 });
  }
}
