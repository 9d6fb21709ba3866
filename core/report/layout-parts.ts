import { baseName } from '../file-name';
import { itemNumberOf } from '../task/numbers';
import { PROGRESS_LABEL } from '../task/progress';
import type { ConsolidatedTask, SourceRef, SummaryModel } from './consolidate';
import type { SheetBuilder } from './sheet-builder';
import { date, empty, num, text, type CellContent, type Link } from './spec';

/**
 * The pieces every section of the summary sheet is drawn with (core/report/layout.ts, and the plan's sections in
 * core/plan/layout.ts): spans on the sheet's grid, wrapped notes, and task lists whose row number links to the
 * task's row in the detail sheet, so no file, sheet or cell name has to stand in the body.
 */

/** What every section of the summary sheet draws with. */
export type Page = {
  s: SheetBuilder;
  model: SummaryModel;
  sourceLink(src: SourceRef): Link;
  /** The task's row in the detail sheet (for the tasks the layout was told to find again). */
  toDetail(t: ConsolidatedTask): Link;
  detailName: string;
};

/** The sheet's last column, whatever its width (one more with a plan): spanRow stops a span there. */
export const LAST = Number.MAX_SAFE_INTEGER;

/** A note from column `from` to the sheet's right edge, wrapped. */
export function note(s: SheetBuilder, line: string, from = 1): number {
  const r = s.row([...Array.from({ length: from }, () => null), text(line)], 'note');
  s.merge(r, from, r, s.width - 1);
  return r;
}

/** A row of cells each spanning columns: [content, style, first column, last column (LAST: the edge), link?]. */
export function spanRow(s: SheetBuilder, cells: ReadonlyArray<readonly [CellContent, string, number, number, Link?]>): number {
  const r = s.row([]);
  for (const [content, style, a, to, link] of cells) {
    const b = Math.min(to, s.width - 1);
    s.put(r, a, content, style, link);
    for (let c = a + 1; c <= b; c++) s.put(r, c, empty, style);
    s.merge(r, a, r, b);
  }
  return r;
}

/** A table's header row over the given column spans. */
export function headerRow(s: SheetBuilder, names: readonly string[], cols: ReadonlyArray<readonly [number, number]>): number {
  return spanRow(
    s,
    names.map((n, i) => [text(n), 'th', cols[i][0], cols[i][1]] as const),
  );
}

/** A subsection's heading line. */
export const subsection = (s: SheetBuilder, label: string): number => s.row([null, text(label)], 'subsection');

/** "ke-hoach.xlsx › Phụ lục!D49": the file's name without its folders; for the detail sheet and the annexes only. */
export function sourceText(s: SourceRef): string {
  return `${fileName(s.file)} › ${s.sheet}!${s.cell}`;
}
const FILE_NAMES = new Map<string, string>();
function fileName(file: string): string {
  let n = FILE_NAMES.get(file);
  if (n === undefined) {
    n = baseName(file);
    if (FILE_NAMES.size > 10_000) FILE_NAMES.clear();
    FILE_NAMES.set(file, n);
  }
  return n;
}

/**
 * How many tasks a list of the summary shows: a summary a reviewer reads, not a second detail sheet. The
 * rest are counted in the heading and listed, with their status, on the detail sheet.
 */
export const LIST_LIMIT = 1000;

/** The columns of a task list: STT (linked to the task's row in the detail sheet), task, lead, deadline, last, time, area. */
const LIST_COLS: ReadonlyArray<[number, number]> = [[0, 0], [1, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, LAST]];

export function listHeader(s: SheetBuilder, last: string): void {
  headerRow(s, ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', last, 'Thời gian (như ghi)', 'Lĩnh vực'], LIST_COLS);
}

export function listRow({ s, toDetail }: Page, i: number, task: ConsolidatedTask, lastCell: [CellContent, string]): void {
  const cells: Array<[CellContent, string, Link?]> = [
    [num(i), 'tdLinkNum', toDetail(task)],
    [text(listTitle(task)), 'td'],
    [text(task.leads.join('; ') || '(chưa có)'), 'td'],
    [task.deadline ? date(task.deadline) : empty, 'tdDate'],
    lastCell,
    [task.deadlineText ? text(task.deadlineText) : empty, 'td'],
    [text(task.area), 'td'],
  ];
  spanRow(s, cells.map(([c, st, link], k) => [c, st, LIST_COLS[k][0], LIST_COLS[k][1], link] as const));
}

/** The note under a list cut at LIST_LIMIT, or nothing. */
export function moreNote(page: Page, shown: number, total: number): void {
  if (total > shown) note(page.s, `… và ${(total - shown).toLocaleString('vi-VN')} nhiệm vụ khác: xem đầy đủ ở trang “${page.detailName}” (lọc theo cột Tình trạng).`);
}

/** A list of tasks with a heading line, or a note when there is none. */
export function taskList(page: Page, heading: string, tasks: readonly ConsolidatedTask[], last: string, lastCell: (t: ConsolidatedTask) => [CellContent, string], none: string): void {
  const { s } = page;
  subsection(s, heading);
  if (tasks.length) {
    listHeader(s, last);
    const shown = tasks.slice(0, LIST_LIMIT);
    shown.forEach((task, i) => listRow(page, i + 1, task, lastCell(task)));
    moreNote(page, shown.length, tasks.length);
  } else note(s, none);
  s.blank();
}

export const statusCell = (t: ConsolidatedTask): [CellContent, string] => [text(PROGRESS_LABEL[t.progress].vi), 'td'];

/**
 * A list line: the number and the first line of the text, shortened; the detail sheet has it all. A text that
 * opens with an item number of its own ("3.2: …" in a copy renumbered 1, 2, 3) keeps that one alone.
 */
export function listTitle(task: { number: string | null; title: string }, max = 240): string {
  const first = task.title.split('\n')[0].trim();
  const own = itemNumberOf(first);
  const t = task.number && (!own || first.startsWith(task.number)) ? `${task.number} ${stripNumber(first, task.number)}` : first;
  return [...t].length > max ? `${[...t].slice(0, max - 1).join('')}…` : t;
}

/** "3.1: Rà soát…" with number "3.1" → "Rà soát…", so the list does not print the number twice. */
export function stripNumber(title: string, number: string): string {
  const t = title.trimStart();
  return t.startsWith(number) ? t.slice(number.length).replace(/^[\s:.)]+/, '') : title;
}
