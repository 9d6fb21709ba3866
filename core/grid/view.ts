import { cellAddress } from './address';
import type { CellValue, Grid, MergeArea } from './grid';

/**
 * Read access to a grid with merged cells resolved: a merged area's value is its top-left
 * cell's, wherever you read it (Excel reports the other cells of the area as empty).
 */
export interface SheetView {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** The cell as stored (empty inside a merge except top-left). */
  raw(r: number, c: number): CellValue;
  /** The merge-resolved value. */
  value(r: number, c: number): CellValue;
  /** The merge-resolved display text: the host's text when given, else the value as text. */
  text(r: number, c: number): string;
  /** The merged area covering the cell (grid coordinates), if any. */
  mergeOf(r: number, c: number): MergeArea | undefined;
  /** The cell that holds the value for (r, c): itself, or its merge's top-left. */
  origin(r: number, c: number): { r: number; c: number };
  /** A1 address in the sheet (the grid's origin added). */
  address(r: number, c: number): string;
  /** 1-based row and column numbers in the sheet. */
  rowNumber(r: number): number;
  colNumber(c: number): number;
}

export function valueToText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return String(v);
}

export function createSheetView(grid: Grid): SheetView {
  const rows = grid.values.length;
  let cols = 0;
  for (const row of grid.values) if (row.length > cols) cols = row.length;
  const { row: r0, col: c0 } = grid.origin;
  // Merges come in sheet coordinates; keep only the part inside the grid, so a merge over a whole
  // column cannot make us walk a million cells.
  const areas: MergeArea[] = [];
  // Which merge covers each cell (its index + 1; 0 for none): a flat array when the grid is of a sane size,
  // a map for a sparse, very wide one.
  const flat = rows * cols <= 32_000_000 ? new Uint32Array(rows * cols) : null;
  const map = flat ? null : new Map<number, number>();
  for (const m of grid.merges) {
    const a: MergeArea = {
      top: Math.max(0, m.top - r0),
      left: Math.max(0, m.left - c0),
      bottom: Math.min(rows - 1, m.bottom - r0),
      right: Math.min(cols - 1, m.right - c0),
    };
    if (a.top > a.bottom || a.left > a.right) continue;
    if (m.top - r0 !== a.top || m.left - c0 !== a.left) continue; // top-left outside the grid: no value to spread
    areas.push(a);
    const id = areas.length;
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        if (flat) flat[r * cols + c] = id;
        else map!.set(r * cols + c, id);
      }
    }
  }
  const noMerges = areas.length === 0;
  const ownerOf = (r: number, c: number): MergeArea | undefined => {
    if (noMerges || r < 0 || c < 0 || r >= rows || c >= cols) return undefined;
    const id = flat ? flat[r * cols + c] : (map!.get(r * cols + c) ?? 0);
    return id === 0 ? undefined : areas[id - 1];
  };
  const values = grid.values;
  const texts = grid.texts;
  const raw = (r: number, c: number): CellValue => values[r]?.[c] ?? null;
  const text = (r: number, c: number): string => {
    const t = texts?.[r]?.[c];
    return t !== undefined && t !== null && t !== '' ? t : valueToText(raw(r, c));
  };
  return {
    name: grid.name,
    rows,
    cols,
    raw,
    value(r, c) {
      const m = ownerOf(r, c);
      return m ? raw(m.top, m.left) : raw(r, c);
    },
    text(r, c) {
      const m = ownerOf(r, c);
      return m ? text(m.top, m.left) : text(r, c);
    },
    mergeOf: ownerOf,
    origin(r, c) {
      const m = ownerOf(r, c);
      return m ? { r: m.top, c: m.left } : { r, c };
    },
    address: (r, c) => cellAddress(r + r0, c + c0),
    rowNumber: (r) => r + r0 + 1,
    colNumber: (c) => c + c0 + 1,
  };
}
