import type { AgencyDirectory } from '../agencies/directory';
import type { SheetView } from '../grid/view';
import { budgetUnitFromHeader } from '../parse/budget';
import { foldText, isRomanNumeral } from '../text/fold';
import { fieldOfHeader } from './columns';
import { createFieldResolver, type MappedColumn } from './fields';
import { findTaskHeader, headerOfRow, isHeader, isNumberingRow, rowIsHeaderContinuation, sameColumns, type HeaderColumns } from './header';
import { createRowParser } from './row';
import type { TaskRow, TaskSheet } from './schema';
import { hasRomanSections, isTotalLabel, sectionHeading, SectionTracker, type Position } from './sections';
import { isItemNumber, isLoneSpread, tableEnd, type TableShape } from './table-end';
import { findTitle, findTitleArea, findTitleLead, titleLines, type TitleLine } from './title';

export { TaskRowSchema, TaskSheetSchema, FieldValueSchema, ViaSchema, ColumnSchema, type TaskRow, type TaskSheet, type FieldValue } from './schema';
export { findTaskHeader } from './header';
export { itemNumberOf, normaliseNumber } from './numbers';
export { isExcelError } from './row';

export type ReadOptions = {
  directory: AgencyDirectory;
  /** Fallback year for "Quý III" when the title names none. */
  defaultYear?: number;
  /** How many rows from the top to search for the header. */
  headerSearchRows?: number;
};

/**
 * Reads a task sheet (a plan appendix) into rows, or null when the sheet has no task table: finds the
 * header, reads the title (its lead, its index, its year), then walks the rows, following section
 * headings and resolving each row's fields. Linear in the number of cells.
 */
export function readTaskSheet(view: SheetView, opts: ReadOptions): TaskSheet | null {
  const header = findTaskHeader(view, opts.headerSearchRows ?? 30);
  if (!header) return null;
  const cols = header.columns;
  const lines = titleLines(view, header.row);
  // The title names the lead only where the table has no lead column (per-agency appendices): an empty
  // cell in a lead column is a missing lead, whatever the title says.
  const titleLead = cols.lead ? null : findTitleLead(lines, opts.directory);
  const titleArea = findTitleArea(lines);
  const { title, year } = findTitle(lines);
  const planYear = year ?? opts.defaultYear ?? null;

  const first = firstDataRow(view, header.row);
  const mapped = (Object.entries(cols) as MappedColumn[]).slice().sort((a, b) => a[1].col - b[1].col);
  const rows = readRows(view, {
    cols,
    mapped,
    first,
    titleLead,
    titleArea,
    directory: opts.directory,
    parse: createRowParser(view, {
      directory: opts.directory,
      planYear,
      budgetUnit: cols.budget ? budgetUnitFromHeader(cols.budget.header) : 1,
      fieldOfCol: new Map(mapped.map(([f, m]) => [m.col, f] as const)),
    }),
  });

  const columns: TaskSheet['columns'] = {};
  for (const [field, col] of mapped) columns[field] = { ...col, cell: view.address(header.row, col.col) };
  return {
    sheet: view.name,
    layout: layoutOf(cols, titleLead),
    headerRow: view.rowNumber(header.row),
    firstDataRow: view.rowNumber(first),
    columns,
    titleLead,
    titleArea,
    planYear,
    title,
    rows,
  };
}

function layoutOf(cols: HeaderColumns, titleLead: TitleLine | null): TaskSheet['layout'] {
  if (cols.goal && cols.task && cols.activity) return 'nine-column';
  if (!cols.lead && titleLead) return 'per-agency';
  if (cols.lead && /tham muu/.test(foldText(cols.lead.header))) return 'five-column';
  return 'custom';
}

/** The first row under the header: past a vertically merged header's second row and a "(1) (2) (3)" row. */
function firstDataRow(view: SheetView, headerRow: number): number {
  let first = headerRow + 1;
  while (first < view.rows && (isNumberingRow(view, first) || rowIsHeaderContinuation(view, first, headerRow))) first++;
  return first;
}

type RowWalk = {
  cols: HeaderColumns;
  mapped: readonly MappedColumn[];
  first: number;
  titleLead: TitleLine | null;
  titleArea: string | null;
  directory: AgencyDirectory;
  parse: ReturnType<typeof createRowParser>;
};

/**
 * Walks the rows under the header: section headings, repeated headers, totals, and task rows. A table ends
 * at its closing blocks (table-end.ts): the rows read after its last numbered or section row are dropped from
 * where the table ends, and nothing more is read until a header with the same columns starts a second table.
 */
function readRows(view: SheetView, w: RowWalk): TaskRow[] {
  const { cols, mapped } = w;
  const contentCols = mapped.filter(([f]) => f !== 'number').map(([, c]) => c.col);
  const firstTextCol = Math.min(...[cols.goal?.col, cols.task?.col, cols.activity?.col].filter((x): x is number => x !== undefined));
  const textCol = (cols.activity ?? cols.task)!.col;
  const shape: TableShape = {
    fieldOfCol: new Map(mapped.map(([f, m]) => [m.col, f] as const)),
    textCols: [cols.goal?.col, cols.task?.col, cols.activity?.col].filter((x): x is number => x !== undefined),
    firstTextCol,
    numberCol: cols.number?.col,
  };
  let titleLead = w.titleLead;
  let titleArea = w.titleArea;
  let resolve = createFieldResolver(view, mapped, titleLead);
  const sections = new SectionTracker(hasRomanSections(view, cols.number?.col, w.first));
  // Rows under no section of an appendix whose title names one index belong to that index.
  const position = (): Position => {
    const p = sections.position;
    return p.area === null && titleArea ? { ...p, area: titleArea } : p;
  };

  // A cell's own text: empty inside a merged area, except at its top-left.
  const own = (r: number, c: number) => {
    const m = view.mergeOf(r, c);
    return !m || (m.top === r && m.left === c) ? view.text(r, c).trim() : '';
  };

  const rows: TaskRow[] = [];
  let prev: TaskRow | null = null;
  /** The last numbered or section row of the table being read: its closing blocks come after it. */
  let lastNumbered = w.first - 1;
  /** Drops what was read after the end of the table that stops before row `to`; returns where it ended. */
  const endTable = (to: number): number => {
    const end = tableEnd(view, lastNumbered + 1, to, shape);
    if (end === null) return to;
    const cut = view.rowNumber(end);
    while (rows.length > 0 && rows[rows.length - 1].row >= cut) rows.pop();
    return end;
  };
  for (let r = w.first; r < view.rows; r++) {
    // A "(1) (2) (3)" row is column numbers wherever it stands: under a repeated header, or pasted inside the table
    // without one (it has no text of its own, so it is never a task).
    if (isNumberingRow(view, r)) continue;
    const numberText = cols.number ? own(r, cols.number.col) : '';
    const ownTexts = new Array<string>(contentCols.length);
    let ownCount = 0;
    for (let i = 0; i < contentCols.length; i++) if ((ownTexts[i] = own(r, contentCols[i])) !== '') ownCount++;
    // Two tables in one sheet: a later header row is never a task. When it names the same columns (appendices
    // stacked one under the other), the rows under it are read as well, from a fresh section; when it names
    // others, that table is not read: a sheet is read as one table, the first.
    // Three fields at least, the STT cell counted: a repeated header of three columns (TT | Nội dung | Chủ trì) is one.
    if (ownCount + (numberText !== '' ? 1 : 0) >= 3) {
      const t = own(r, textCol);
      if (t.length < 40 && !/^\s*\d+\.\d/.test(t) && fieldOfHeader(t) !== null) {
        const again = headerOfRow(view, r);
        if (isHeader(again)) {
          const end = endTable(r);
          if (!sameColumns(again.columns, cols)) return rows;
          // The second table's own title may name its lead or its index (appendices of several agencies).
          const lines = titleLines(view, r, end);
          const lead = cols.lead ? null : findTitleLead(lines, w.directory);
          if (lead) resolve = createFieldResolver(view, mapped, (titleLead = lead));
          titleArea = findTitleArea(lines) ?? titleArea;
          sections.reset();
          prev = null;
          lastNumbered = r;
          continue;
        }
      }
    }
    if (ownCount === 0 && numberText === '') continue;
    if (isItemNumber(numberText)) lastNumbered = r;
    if (isTotalLabel(numberText) || isTotalLabel(ownTexts.find(Boolean) ?? '')) continue;

    const heading = sectionHeading(view, r, numberText, ownTexts, ownCount, cols, contentCols, firstTextCol);
    if (heading) {
      sections.heading(heading);
      if (heading.number !== '') lastNumbered = r;
      prev = null;
      continue;
    }
    if (numberText !== '' && isRomanNumeral(numberText)) {
      const text = ownTexts.find(Boolean);
      if (text) {
        sections.taskSection(numberText, text);
        prev = null;
      }
    }
    if (ownCount === 0) continue; // only a number under a merge: not a task of its own
    // One text spread by a merge across columns of different fields (a signer's block over time, budget and
    // status) is set over the table, not a task.
    if (numberText === '' && ownCount === 1 && isLoneSpread(view, r, shape.fieldOfCol)) continue;

    const row = w.parse(r, numberText, resolve(r, prev), position());
    if (numberText === '' && row.number !== null) lastNumbered = r; // "3.1: …": numbered in its text
    rows.push(row);
    prev = row;
  }
  endTable(view.rows);
  return rows;
}
