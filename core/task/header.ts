import type { SheetView } from '../grid/view';
import { tidyText } from '../text/fold';
import { fieldOfHeader, type TaskField } from './columns';

export type HeaderColumns = Partial<Record<TaskField, { col: number; header: string }>>;
export type Header = { row: number; columns: HeaderColumns };

/** A header is a few words; a long cell is data (and reading it as a header costs a fold per cell). */
const MAX_HEADER_LENGTH = 100;

/** The task fields a row's cells name, as a header row would: each field once, its first column. */
export function headerOfRow(view: SheetView, r: number): { columns: HeaderColumns; score: number } {
  const columns: HeaderColumns = {};
  let score = 0;
  for (let c = 0; c < view.cols; c++) {
    if (view.origin(r, c).c !== c) continue; // a horizontally merged header counts once
    const raw = view.value(r, c);
    if (typeof raw !== 'string' || raw.length > MAX_HEADER_LENGTH) continue;
    const field = fieldOfHeader(raw);
    if (field && !columns[field]) {
      columns[field] = { col: c, header: tidyText(raw) };
      score++;
    }
  }
  return { columns, score };
}

/** A header: it names a task or activity and a lead, time or coordinating column, three fields at least. */
export function isHeader(h: { columns: HeaderColumns; score: number }): boolean {
  const hasText = h.columns.task || h.columns.activity;
  const hasWho = h.columns.lead || h.columns.time || h.columns.coordinating;
  return Boolean(hasText && hasWho && h.score >= 3);
}

/** The row whose cells name the most task fields; it must name a task or activity and a lead, time or coordinating column. */
export function findTaskHeader(view: SheetView, searchRows = 30): Header | null {
  let best: Header | null = null;
  let bestScore = 0;
  const limit = Math.min(view.rows, searchRows);
  for (let r = 0; r < limit; r++) {
    const h = headerOfRow(view, r);
    if (isHeader(h) && h.score > bestScore) {
      best = { row: r, columns: h.columns };
      bestScore = h.score;
    }
  }
  return best;
}

/** A "(1) (2) (3)" row under the header: column numbers, not a task. */
export function isNumberingRow(view: SheetView, r: number): boolean {
  let n = 0;
  for (let c = 0; c < view.cols; c++) {
    const t = view.text(r, c).trim();
    if (t === '') continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
}

/** A header row's second line: every non-empty cell is a continuation of a merge from the header row. */
export function rowIsHeaderContinuation(view: SheetView, r: number, headerRow: number): boolean {
  let merged = 0;
  for (let c = 0; c < view.cols; c++) {
    const o = view.origin(r, c);
    if (o.r === headerRow) merged++;
    else if (view.text(r, c).trim() !== '' && fieldOfHeader(view.text(r, c)) === null) return false;
  }
  return merged > 0;
}

/** Two headers naming the same fields in the same columns (appendices stacked in one sheet). */
export function sameColumns(a: HeaderColumns, b: HeaderColumns): boolean {
  const ka = Object.keys(a) as TaskField[];
  return ka.length === Object.keys(b).length && ka.every((f) => a[f]?.col === b[f]?.col);
}
