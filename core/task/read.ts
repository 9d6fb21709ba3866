import { z } from 'zod';
import { resolveAgencies, type AgencyDirectory, type AgencyRef } from '../agencies/directory';
import { CellValueSchema } from '../grid/grid';
import type { SheetView } from '../grid/view';
import { budgetUnitFromHeader, parseBudget, BudgetSchema } from '../parse/budget';
import { parseStatus, ReportedStatusSchema } from '../parse/status';
import { parseTime, TimeSpecSchema } from '../parse/time';
import { foldText, isRomanNumeral, tidyText } from '../text/fold';
import { columnLetters } from '../grid/address';
import { fieldOfHeader, TaskFieldSchema, type TaskField } from './columns';

const ReasonSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** Where a field's value came from: its own cell, a merged area, the row above (merges lost), or the title. */
export const ViaSchema = z.enum(['own', 'merge', 'above', 'title']);

export const FieldValueSchema = z.object({
  /** Tidied text; null when the cell is empty after merges and inheritance. */
  text: z.string().nullable(),
  raw: CellValueSchema,
  /** This row's own cell in the column. */
  cell: z.string(),
  /** The cell the value was read from. */
  source: z.string(),
  via: ViaSchema.nullable(),
});
export type FieldValue = z.infer<typeof FieldValueSchema>;

const AgencyRefSchema = z.object({
  text: z.string(),
  agency: z.object({ name: z.string(), aliases: z.array(z.string()), kind: z.enum(['agency', 'group']), mergedInto: z.string().optional() }).nullable(),
  generic: z.boolean(),
  suggestion: z.string().optional(),
});

export const TaskRowSchema = z.object({
  sheet: z.string(),
  /** 1-based row in the sheet. */
  row: z.number().int().positive(),
  /** Item number as written ("3.1", "a)", "1"), from the STT column or the activity text. */
  number: z.string().nullable(),
  numberFromCell: z.boolean(),
  /** Top-level section (reform area), e.g. "CẢI CÁCH THỂ CHẾ", and its numeral. */
  area: z.string().nullable(),
  areaNumber: z.string().nullable(),
  /** The nearest section heading (equal to area when there is one level). */
  section: z.string().nullable(),
  fields: z.partialRecord(TaskFieldSchema, FieldValueSchema),
  /** The row's main text: activity, else task, else goal. */
  title: z.string().nullable(),
  lead: z.array(AgencyRefSchema),
  coordinating: z.array(AgencyRefSchema),
  deadline: TimeSpecSchema.nullable(),
  deadlineReason: ReasonSchema.nullable(),
  budget: BudgetSchema.nullable(),
  budgetReason: ReasonSchema.nullable(),
  status: ReportedStatusSchema.nullable(),
  statusReason: ReasonSchema.nullable(),
  completedOn: z.string().nullable(),
  completedOnReason: ReasonSchema.nullable(),
  /** Cells of the row holding Excel errors (#REF!, #N/A…). */
  cellErrors: z.array(z.object({ cell: z.string(), column: z.number().int().positive(), value: z.string(), field: TaskFieldSchema.nullable() })),
});
export type TaskRow = z.infer<typeof TaskRowSchema>;

export const ColumnSchema = z.object({ col: z.number().int().nonnegative(), header: z.string(), cell: z.string() });

export const TaskSheetSchema = z.object({
  sheet: z.string(),
  layout: z.enum(['nine-column', 'five-column', 'per-agency', 'custom']),
  /** 1-based header row. */
  headerRow: z.number().int().positive(),
  firstDataRow: z.number().int().positive(),
  columns: z.partialRecord(TaskFieldSchema, ColumnSchema),
  /** The lead named in the title rows ("… THUỘC TRÁCH NHIỆM … CỦA SỞ NỘI VỤ"). */
  titleLead: z.object({ text: z.string(), cell: z.string() }).nullable(),
  /** The plan's year from the title ("… NĂM 2022"), used for "Quý III" without a year. */
  planYear: z.number().int().nullable(),
  title: z.string().nullable(),
  rows: z.array(TaskRowSchema),
});
export type TaskSheet = z.infer<typeof TaskSheetSchema>;

export type ReadOptions = {
  directory: AgencyDirectory;
  /** Fallback year for "Quý III" when the title names none. */
  defaultYear?: number;
  /** How many rows from the top to search for the header. */
  headerSearchRows?: number;
};

const EXCEL_ERROR = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export function isExcelError(v: unknown): v is string {
  return typeof v === 'string' && EXCEL_ERROR.test(v.trim());
}

type Header = { row: number; columns: Partial<Record<TaskField, { col: number; header: string }>> };

const MAX_HEADER_LENGTH = 100;

/** The task fields a row's cells name, as a header row would: each field once, its first column. */
function headerOfRow(view: SheetView, r: number): { columns: Header['columns']; score: number } {
  const columns: Header['columns'] = {};
  let score = 0;
  for (let c = 0; c < view.cols; c++) {
    if (view.origin(r, c).c !== c) continue; // a horizontally merged header counts once
    const raw = view.value(r, c);
    // A header is a few words; a long cell is data (and reading it as a header costs a fold per cell).
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
function isHeader(h: { columns: Header['columns']; score: number }): boolean {
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

function isNumberingRow(view: SheetView, r: number): boolean {
  let n = 0;
  for (let c = 0; c < view.cols; c++) {
    const t = view.text(r, c).trim();
    if (t === '') continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
}

/** The lead named above the table: "… THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ NỘI VỤ". */
function findTitleLead(view: SheetView, headerRow: number): { text: string; cell: string } | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < view.cols; c++) {
      const raw = view.raw(r, c);
      if (typeof raw !== 'string') continue;
      const words = tidyText(raw).split(' ');
      const folded = words.map(foldText);
      const start = folded.findIndex((w, i) => w === 'trach' && folded[i + 1] === 'nhiem');
      if (start < 0) continue;
      const cua = folded.indexOf('cua', start);
      if (cua < 0 || cua === words.length - 1) continue;
      return { text: words.slice(cua + 1).join(' ').replace(/[.:]$/, ''), cell: view.address(r, c) };
    }
  }
  return null;
}

function findTitle(view: SheetView, headerRow: number): { title: string | null; year: number | null } {
  const lines: string[] = [];
  let year: number | null = null;
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < view.cols; c++) {
      const raw = view.raw(r, c);
      if (typeof raw !== 'string' || raw.trim() === '') continue;
      lines.push(tidyText(raw));
      const y = /\bnam (20\d\d)\b/.exec(foldText(raw));
      if (y && year === null) year = Number(y[1]);
    }
  }
  const title = lines.find((l) => /ke hoach|nhiem vu|phu luc|giai phap/.test(foldText(l)) && l.length > 12) ?? lines[0] ?? null;
  return { title, year };
}

const ITEM_NUMBER = /^\s*((?:\d+\.)+\d+|\d+)\s*[:.)]\s*/;

/** "3.1: Rà soát…" → "3.1"; "1.2 Đổi mới…" → "1.2". */
export function itemNumberOf(text: string | null): string | null {
  if (!text) return null;
  const m = ITEM_NUMBER.exec(text) ?? /^\s*(\d+(?:\.\d+)+)\s/.exec(text);
  return m ? m[1] : null;
}

/** A comparable form of an item number: "3.1:" → "3.1", "a)" → "a". */
export function normaliseNumber(n: string): string {
  let v = NUMBER_KEYS.get(n);
  if (v === undefined) {
    // Not foldText: "đ)" and "d)" are different items in Vietnamese lists.
    v = n.normalize('NFC').toLowerCase().replace(/\s+/g, '').replace(/[:.)]+$/g, '').replace(/^[(]/, '');
    if (NUMBER_KEYS.size >= 100_000) NUMBER_KEYS.clear();
    NUMBER_KEYS.set(n, v);
  }
  return v;
}
const NUMBER_KEYS = new Map<string, string>();

/**
 * Reads a task sheet (a plan appendix) into rows, or null when the sheet has no task table.
 * Linear in the number of cells.
 */
export function readTaskSheet(view: SheetView, opts: ReadOptions): TaskSheet | null {
  const header = findTaskHeader(view, opts.headerSearchRows ?? 30);
  if (!header) return null;
  const cols = header.columns;
  const titleLead = findTitleLead(view, header.row);
  const { title, year } = findTitle(view, header.row);
  const planYear = year ?? opts.defaultYear ?? null;
  const timeOpts = planYear ? { defaultYear: planYear } : {};
  const budgetUnit = cols.budget ? budgetUnitFromHeader(cols.budget.header) : 1;

  let first = header.row + 1;
  // Skip a vertically merged header's second row and a "(1) (2) (3)" numbering row.
  while (first < view.rows && (isNumberingRow(view, first) || rowIsHeaderContinuation(view, first, header.row))) first++;

  const mapped = (Object.entries(cols) as Array<[TaskField, { col: number; header: string }]>).sort((a, b) => a[1].col - b[1].col);
  const contentFields = mapped.filter(([f]) => f !== 'number');
  const layout: TaskSheet['layout'] =
    cols.goal && cols.task && cols.activity
      ? 'nine-column'
      : !cols.lead && titleLead
        ? 'per-agency'
        : cols.lead && /tham muu/.test(foldText(cols.lead.header))
          ? 'five-column'
          : 'custom';

  const agencyCache = agencyCacheOf(opts.directory);
  const agencies = (text: string | null): AgencyRef[] => {
    if (!text) return [];
    let refs = agencyCache.get(text);
    if (!refs) {
      refs = resolveAgencies(opts.directory, text);
      if (agencyCache.size >= 20_000) agencyCache.clear();
      agencyCache.set(text, refs);
    }
    return refs;
  };

  const hasRomanSections = (() => {
    if (!cols.number) return false;
    for (let r = first; r < view.rows; r++) if (isRomanNumeral(view.text(r, cols.number.col))) return true;
    return false;
  })();

  // Times, budgets and statuses repeat down a sheet ("Thường xuyên", "Kinh phí tự chủ"): read each once.
  const memo = <T>(cache: Map<unknown, T>, key: unknown, read: () => T): T => {
    let v = cache.get(key);
    if (v === undefined) {
      v = read();
      if (cache.size < 50_000) cache.set(key, v);
    }
    return v;
  };
  const timeCache = new Map<unknown, ReturnType<typeof parseTime>>();
  const budgetCache = new Map<unknown, ReturnType<typeof parseBudget>>();
  const statusCache = new Map<unknown, ReturnType<typeof parseStatus>>();
  const readTime = (v: string | number) => memo(timeCache, v, () => parseTime(v, timeOpts));
  const contentCols = contentFields.map(([, c]) => c.col);
  const tidiedMerges = new Map<object, string | null>();
  const colLabels = mapped.map(([, m]) => columnLetters(view.colNumber(m.col) - 1));
  const mergeSources = new Map<object, string>();
  const mergeSource = (m: { top: number; left: number }): string => {
    let a = mergeSources.get(m);
    if (a === undefined) mergeSources.set(m, (a = view.address(m.top, m.left)));
    return a;
  };
  const fieldOfCol = new Map(mapped.map(([f, m]) => [m.col, f] as const));

  const rows: TaskRow[] = [];
  let area: string | null = null;
  let areaNumber: string | null = null;
  let section: string | null = null;
  let prev: TaskRow | null = null;

  // A cell's own text: empty inside a merged area, except at its top-left.
  const own = (r: number, c: number) => {
    const m = view.mergeOf(r, c);
    return !m || (m.top === r && m.left === c) ? view.text(r, c).trim() : '';
  };
  const firstTextCol = Math.min(...[cols.goal?.col, cols.task?.col, cols.activity?.col].filter((x): x is number => x !== undefined));

  // A second table below the first: its header row repeats the first's (see below).
  const textCol = (cols.activity ?? cols.task)!.col;
  let afterRepeatedHeader = false;

  for (let r = first; r < view.rows; r++) {
    if (afterRepeatedHeader) {
      if (isNumberingRow(view, r)) continue;
      afterRepeatedHeader = false;
    }
    const numberText = cols.number ? own(r, cols.number.col) : '';
    const ownTexts = new Array<string>(contentCols.length);
    let ownCount = 0;
    for (let i = 0; i < contentCols.length; i++) if ((ownTexts[i] = own(r, contentCols[i])) !== '') ownCount++;
    // Two tables in one sheet: a later header row is never a task. When it names the same columns (appendices
    // stacked one under the other), the rows under it are read as well, from a fresh section; when it names
    // others, that table is not read: a sheet is read as one table, the first.
    if (ownCount >= 3) {
      const t = own(r, textCol);
      if (t.length < 40 && !/^\s*\d+\.\d/.test(t) && fieldOfHeader(t) !== null) {
        const again = headerOfRow(view, r);
        if (isHeader(again)) {
          if (!sameColumns(again.columns, cols)) break;
          area = areaNumber = section = null;
          prev = null;
          afterRepeatedHeader = true;
          continue;
        }
      }
    }
    if (ownCount === 0 && numberText === '') continue;
    if (isTotalLabel(numberText) || isTotalLabel(ownTexts.find(Boolean) ?? '')) continue;

    const heading = sectionHeading(view, r, numberText, ownTexts, ownCount, cols, contentCols, firstTextCol);
    if (!heading && numberText !== '' && isRomanNumeral(numberText)) {
      // "II | Chỉ số PAR | 100% … | - Triển khai … | Thường xuyên": a section that is also its own task.
      const first = ownTexts.find(Boolean);
      if (first) {
        area = tidyText(first);
        areaNumber = numberText.replace(/[.:]$/, '');
        section = area;
        prev = null;
      }
    }
    if (heading) {
      const isTop = isRomanNumeral(heading.number) || !hasRomanSections;
      if (isTop) {
        area = heading.title;
        areaNumber = heading.number || null;
      }
      section = heading.title;
      prev = null;
      continue;
    }
    if (ownCount === 0) continue; // only a number under a merge: not a task of its own

    const fields: TaskRow['fields'] = {};
    // The cells' texts as shown, before tidying: agency cells are split on their line breaks.
    let leadLines: string | null = null;
    let coordinatingLines: string | null = null;
    const rowLabel = String(view.rowNumber(r));
    for (let k = 0; k < mapped.length; k++) {
      const [field, col] = mapped[k];
      const cell = colLabels[k] + rowLabel; // view.address(r, col.col), without a number-to-text per cell
      const m = view.mergeOf(r, col.col);
      const isOwn = !m || (m.top === r && m.left === col.col);
      const raw = isOwn ? view.raw(r, col.col) : view.raw(m.top, m.left);
      const shown = isOwn ? view.text(r, col.col) : view.text(m.top, m.left);
      let text: string | null;
      if (shown === '') text = null;
      else if (!m) text = tidyText(shown) || null;
      else {
        // A merged goal or task is the same long text on every row under it: tidy it once.
        const known = tidiedMerges.get(m);
        if (known !== undefined) text = known;
        else tidiedMerges.set(m, (text = tidyText(shown) || null));
      }
      if (text !== null && field === 'lead') leadLines = shown;
      else if (text !== null && field === 'coordinating') coordinatingLines = shown;
      const via = text === null ? null : isOwn ? 'own' : 'merge';
      fields[field] = { text, raw, cell, source: isOwn ? cell : mergeSource(m), via };
    }
    // Merges lost in a copy: goal and task carry on from the row above within the section.
    for (const f of ['goal', 'task'] as const) {
      const fv = fields[f];
      const above = prev?.fields[f];
      if (fv && fv.text === null && above && above.text !== null) fields[f] = { ...fv, text: above.text, raw: above.raw, source: above.source, via: 'above' };
    }
    if (titleLead && (!fields.lead || fields.lead.text === null)) {
      const cell = fields.lead?.cell ?? titleLead.cell;
      fields.lead = { text: titleLead.text, raw: titleLead.text, cell, source: titleLead.cell, via: 'title' };
    }

    const title = fields.activity?.text ?? fields.task?.text ?? fields.goal?.text ?? null;
    const number = numberText !== '' ? numberText : itemNumberOf(fields.activity?.via === 'own' ? fields.activity.text : null) ?? itemNumberOf(fields.task?.via === 'own' ? fields.task.text : null);

    const time = fields.time?.text != null ? readTime(typeof fields.time.raw === 'number' ? fields.time.raw : fields.time.text) : null;
    const budgetIn = fields.budget?.text != null ? (typeof fields.budget.raw === 'number' ? fields.budget.raw : fields.budget.text) : null;
    const budget = budgetIn !== null ? memo(budgetCache, budgetIn, () => parseBudget(budgetIn, { unit: budgetUnit })) : null;
    const statusIn = fields.status ? fields.status.raw : undefined;
    const status = fields.status ? memo(statusCache, statusIn, () => parseStatus(statusIn)) : null;
    const done = fields.completedOn?.text != null ? readTime(typeof fields.completedOn.raw === 'number' ? fields.completedOn.raw : fields.completedOn.text) : null;
    const doneDate = done?.ok && done.value.kind === 'deadline' && done.value.period === 'day' ? done.value.date : null;

    const cellErrors: TaskRow['cellErrors'] = [];
    for (let c = 0; c < view.cols; c++) {
      const v = view.raw(r, c);
      if (isExcelError(v)) cellErrors.push({ cell: view.address(r, c), column: view.colNumber(c), value: v.trim(), field: fieldOfCol.get(c) ?? null });
    }

    const row: TaskRow = {
      sheet: view.name,
      row: view.rowNumber(r),
      number,
      numberFromCell: numberText !== '',
      area,
      areaNumber,
      section,
      fields,
      title,
      lead: isExcelError(fields.lead?.raw) ? [] : agencies(fields.lead?.via === 'title' ? fields.lead.text : leadLines),
      coordinating: isExcelError(fields.coordinating?.raw) ? [] : agencies(coordinatingLines),
      deadline: time?.ok ? time.value : null,
      deadlineReason: time && !time.ok && !isExcelError(fields.time?.raw) ? time.reason : null,
      budget: budget?.ok ? budget.value : null,
      budgetReason: budget && !budget.ok && !isExcelError(fields.budget?.raw) ? budget.reason : null,
      status: status?.ok ? status.value : null,
      statusReason: status && !status.ok && !isExcelError(fields.status?.raw) ? status.reason : null,
      completedOn: doneDate,
      completedOnReason:
        fields.completedOn?.text != null && !doneDate && !isExcelError(fields.completedOn.raw)
          ? done && !done.ok
            ? done.reason
            : { code: 'not-a-day', vi: `"${fields.completedOn.text}" không phải một ngày cụ thể`, en: `"${fields.completedOn.text}" is not a single day` }
          : null,
      cellErrors,
    };
    rows.push(row);
    prev = row;
  }

  const columns: TaskSheet['columns'] = {};
  for (const [field, col] of mapped) columns[field] = { ...col, cell: view.address(header.row, col.col) };
  return {
    sheet: view.name,
    layout,
    headerRow: view.rowNumber(header.row),
    firstDataRow: view.rowNumber(first),
    columns,
    titleLead,
    planYear,
    title,
    rows,
  };
}

function sameColumns(a: Header['columns'], b: Header['columns']): boolean {
  const ka = Object.keys(a) as TaskField[];
  return ka.length === Object.keys(b).length && ka.every((f) => a[f]?.col === b[f]?.col);
}

/** JavaScript's \s, and the zero-width space foldText treats as one. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Agency cells resolved, per directory: a province's workbooks name the same few hundred agencies, and
 * splitting a cell into names is the costly part of reading a row. A directory never changes once made.
 */
const AGENCY_CACHES = new WeakMap<AgencyDirectory, Map<string, AgencyRef[]>>();
function agencyCacheOf(directory: AgencyDirectory): Map<string, AgencyRef[]> {
  let cache = AGENCY_CACHES.get(directory);
  if (!cache) AGENCY_CACHES.set(directory, (cache = new Map()));
  return cache;
}

/** "Tổng", "Tổng cộng", "Cộng": a totals row, not a task. Only a short text can be one. */
function isTotalLabel(text: string): boolean {
  if (text === '') return false;
  // Folding is the costly step, and a long activity text cannot fold to nine letters: every character
  // other than a space or a combining mark leaves at least one in the folded text.
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x300 && c <= 0x36f) || isSpace(c)) continue;
    if (++letters > 9) return false;
  }
  return /^(tong|tong cong|cong)$/.test(foldText(text));
}

/** A header row's second line: every non-empty cell is a continuation of a merge from the header row. */
function rowIsHeaderContinuation(view: SheetView, r: number, headerRow: number): boolean {
  let merged = 0;
  for (let c = 0; c < view.cols; c++) {
    const o = view.origin(r, c);
    if (o.r === headerRow) merged++;
    else if (view.text(r, c).trim() !== '' && fieldOfHeader(view.text(r, c)) === null) return false;
  }
  return merged > 0;
}

/**
 * A section heading: "I | CẢI CÁCH THỂ CHẾ", "1 | Công tác chỉ đạo, điều hành CCHC" with the rest
 * empty, "II. CẢI CÁCH TTHC" in one cell, or one text merged across the table.
 */
function sectionHeading(
  view: SheetView,
  r: number,
  numberText: string,
  ownTexts: string[],
  ownCount: number,
  cols: Header['columns'],
  contentCols: number[],
  firstTextCol: number,
): { number: string; title: string } | null {
  // At most one text is left out below (a group's time), and a heading has at most one: a row of three is a task.
  if (ownCount >= 3) return null;
  // A group heading may carry a time for its items ("1 | VIỆC BAN HÀNH … | | | Trước ngày 30/11/2024").
  const nonEmpty = ownTexts.map((t, i) => ({ t, c: contentCols[i] })).filter((x) => x.t !== '' && !(x.c === cols.time?.col && /^[\dIVX]/.test(numberText)));
  const inline = /^([IVXLC]+)[.:\s]+(.{3,})$/u.exec(numberText);
  if (inline && isRomanNumeral(inline[1]) && nonEmpty.length === 0) return { number: inline[1], title: tidyText(inline[2]) };
  if (nonEmpty.length !== 1) return null;
  const only = nonEmpty[0];
  const span = view.mergeOf(r, only.c);
  const wide = span !== undefined && span.right - span.left >= 2;
  // The one text must sit in the first text columns, not under lead, time or budget.
  if (only.c > firstTextCol) return null;
  if (isRomanNumeral(numberText)) return { number: numberText.replace(/[.:]$/, ''), title: tidyText(only.t) };
  if (/^\d+[.:]?$/.test(numberText) || (numberText === '' && wide)) return { number: numberText.replace(/[.:]$/, ''), title: tidyText(only.t) };
  return null;
}
