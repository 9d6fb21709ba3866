import { formatViDate } from '../dates';
import { baseName } from '../file-name';
import type { ConsolidatedTask, Counts, SourceRef, SummaryModel } from './consolidate';
import { CODE_LABEL, SEVERITY_LABEL } from './labels';
import { reportSheetBase, uniqueSheetName } from './sheet-name';
import { MAX_LINKS_PER_SHEET, SheetBuilder } from './sheet-builder';
import { TABLE_STYLES } from './styles';
import { date, empty, num, text, type CellContent, type Link, type ReportSpec, type Style } from './spec';
import { BASIS_LABEL, PROGRESS_LABEL, type Progress } from '../task/progress';
import { changeColumn, PLAN_STYLES, planSections, statusesOf } from '../plan/layout';

export type LayoutOptions = {
  /**
   * How list rows link to their source cells: 'internal' when the sources are sheets of the same
   * workbook (the add-in), 'external' when they are other files (the CLI; paths relative to the report).
   */
  links: 'internal' | 'external';
  /** Maps a source file to the path the link should use (the CLI makes it relative to the report). */
  linkPath?: (file: string) => string;
  /** Sheet names already in the workbook, so the report's names are unique. */
  existingSheets?: readonly string[];
};

const BLUE = '1F4E79';
const STYLES: Record<string, Style> = {
  ...TABLE_STYLES,
  title: { bold: true, size: 14, align: 'center', valign: 'middle', wrap: true, color: BLUE },
  subtitle: { bold: true, size: 13, align: 'center', valign: 'middle' },
  meta: { italic: true, align: 'left' },
  section: { bold: true, size: 12, color: 'FFFFFF', fill: BLUE, valign: 'middle' },
  subsection: { bold: true, italic: true },
  tdVnd: { valign: 'top', align: 'right', border: true, numFmt: '#,##0' },
  tdPct: { valign: 'top', align: 'right', border: true, numFmt: '0.0%' },
  tdGap: { valign: 'top', align: 'right', border: true, numFmt: '+0.00;-0.00;0.00' },
  tdDate: { valign: 'top', align: 'center', border: true, numFmt: 'dd/mm/yyyy' },
  tdBold: { bold: true, valign: 'top', wrap: true, border: true },
  tdBoldInt: { bold: true, valign: 'top', align: 'right', border: true, numFmt: '#,##0' },
  tdBoldPct: { bold: true, valign: 'top', align: 'right', border: true, numFmt: '0.0%' },
  tdWarn: { valign: 'top', wrap: true, border: true, color: '9C0006', fill: 'FFC7CE' },
  tdLink: { valign: 'top', wrap: true, border: true, color: '0563C1', underline: true },
  link: { color: '0563C1', underline: true },
  // Notes overflow into the empty cells to their right rather than wrap in a narrow column.
  note: { italic: true, color: '595959' },
  ...PLAN_STYLES,
};

/** Chart colours per status, in the order of PROGRESS. */
const PROGRESS_COLOR: Record<Progress, string> = {
  completedOnTime: '70AD47',
  completedLate: 'A9D18E',
  inProgress: '5B9BD5',
  overdue: 'C00000',
  notStarted: 'FFC000',
  recurring: '8FAADC',
  conditional: 'C9C9C9',
  noDeadline: '7F7F7F',
  unreported: 'F4B183',
};

/** Column headings a reviewer reads at a glance. */
const SHORT: Record<Progress, string> = {
  completedOnTime: 'Đúng hạn',
  completedLate: 'Trễ hạn',
  inProgress: 'Đang thực hiện',
  overdue: 'Quá hạn',
  notStarted: 'Chưa thực hiện',
  recurring: 'Thường xuyên, định kỳ',
  conditional: 'Theo KH, quy định',
  noDeadline: 'Chưa rõ thời hạn',
  unreported: 'Chưa có báo cáo',
};

/** STT, name, total, the eight statuses, completion rate, then two budget columns in the agency table. */
const WIDTHS = [6, 46, 11, 11, 11, 11, 11, 11, 12, 12, 11, 12, 17, 13];
/** With a plan, one more status column: "Chưa có báo cáo", after the others. */
const widthsOf = (model: SummaryModel) => (model.plan ? [...WIDTHS.slice(0, 11), 11, ...WIDTHS.slice(11)] : WIDTHS);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "ke-hoach.xlsx › Phụ lục!D49": the file's name without its folders, which the sources table lists. */
function sourceText(s: SourceRef): string {
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

/** What every section of the summary sheet draws with. */
type Page = {
  s: SheetBuilder;
  model: SummaryModel;
  sourceLink(src: SourceRef): Link;
  /** The task's row in the detail sheet. */
  toDetail(t: ConsolidatedTask): Link;
  detailName: string;
};

/** Lays the summary model out as the quarterly summary sheet and its detail sheet, in Vietnamese. */
export function layoutReport(model: SummaryModel, opts: LayoutOptions): ReportSpec {
  const existing = [...(opts.existingSheets ?? [])];
  const summaryName = uniqueSheetName(reportSheetBase(model.period.code, 'summary'), existing);
  const detailName = uniqueSheetName(reportSheetBase(model.period.code, 'detail'), [...existing, summaryName]);
  const sourceLink = (src: SourceRef): Link =>
    opts.links === 'internal' ? { kind: 'internal', sheet: src.sheet, cell: src.cell } : { kind: 'external', file: opts.linkPath ? opts.linkPath(src.file) : src.file, sheet: src.sheet, cell: src.cell };

  // The detail sheet first, so the summary can link to each task's row in it.
  const listed = new Set([...model.overdue.slice(0, LIST_LIMIT), ...model.dueSoon.slice(0, LIST_LIMIT), ...model.dueNext.tasks.slice(0, LIST_LIMIT)]);
  const { sheet: detail, rowOf } = detailSheet(model, detailName, sourceLink, listed);
  const page: Page = {
    s: new SheetBuilder(summaryName, widthsOf(model), STYLES),
    model,
    sourceLink,
    toDetail: (t) => ({ kind: 'internal', sheet: detailName, cell: `C${rowOf(t) + 1}` }),
    detailName,
  };

  heading(page);
  const sections: Array<[string, (p: Page) => void]> = [
    ['TỔNG QUAN', overview],
    ['THEO LĨNH VỰC CẢI CÁCH', byArea],
    ['THEO CƠ QUAN CHỦ TRÌ', byAgency],
    ['NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN', overdueAndDueSoon],
    [`NHIỆM VỤ ĐẾN HẠN KỲ TỚI (${model.dueNext.labelVi.toUpperCase()})`, dueNext],
    ['CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ CÁC CHỈ SỐ LIÊN QUAN', indices],
    ['KẾT QUẢ KIỂM TRA DỮ LIỆU', findings],
  ];
  sections.splice(1, 0, ...planSections(model));
  if (model.duplicates.length) sections.push(['NHIỆM VỤ BÁO CÁO NHIỀU LẦN ĐÃ GỘP', duplicates]);
  if (model.conflicts.length) sections.push(['NHIỆM VỤ BÁO CÁO TRÙNG, TÌNH TRẠNG KHÁC NHAU', conflicts]);

  // Table of contents: internal links to each section, filled in once the section's row is known.
  const { s } = page;
  s.row([text('Mục lục:')], 'subsection');
  const tocRows = sections.map(([title], i) => s.row([null, text(`${ROMAN[i]}. ${title}`)], 'link'));
  s.row([null, [text(`Danh sách đầy đủ ${model.tasks.length} nhiệm vụ: trang “${detailName}”`), 'link', { kind: 'internal', sheet: detailName, cell: 'A1' }]]);
  s.blank();
  sections.forEach(([title, draw], i) => {
    const label = `${ROMAN[i]}. ${title}`;
    const r = s.banner(text(label), 'section', 20);
    s.put(tocRows[i], 1, text(label), 'link', { kind: 'internal', sheet: summaryName, cell: `A${r + 1}` });
    draw(page);
  });
  if (s.dropped > 0)
    s.row([null, text(`Excel giữ tối đa ${MAX_LINKS_PER_SHEET.toLocaleString('vi-VN')} liên kết mỗi trang: ${s.dropped.toLocaleString('vi-VN')} dòng của trang này ghi ô nguồn mà không có liên kết.`)], 'note');
  s.freeze(2);
  return { sheets: [s.build(), detail] };
}

/**
 * Every task, one row each, linked to its source cell. The rows are made as the sheet is written (a national
 * roll-up has hundreds of thousands); past Excel's 65 530 links a sheet, rows keep their source as text.
 */
function detailSheet(model: SummaryModel, name: string, sourceLink: (s: SourceRef) => Link, listed: ReadonlySet<ConsolidatedTask>) {
  const detail = new SheetBuilder(name, [6, 8, 60, 26, 28, 22, 12, 24, 18, 13, 10, 16, 40, 30], STYLES);
  detail.banner(text(`DANH SÁCH NHIỆM VỤ ĐÃ TỔNG HỢP — ${model.period.titleVi}`), 'title', 24);
  detail.row([text(`Tính đến ngày ${formatViDate(model.asOf)}; mỗi nhiệm vụ một dòng, kèm ô nguồn.`)], 'meta');
  if (model.tasks.length > MAX_LINKS_PER_SHEET)
    detail.row([text(`Excel giữ tối đa ${MAX_LINKS_PER_SHEET.toLocaleString('vi-VN')} liên kết mỗi trang: từ dòng thứ ${(MAX_LINKS_PER_SHEET + 1).toLocaleString('vi-VN')} trở đi, cột Nguồn ghi ô nguồn mà không có liên kết.`)], 'note');
  const header = detail.row(
    ['STT', 'Số', 'Nhiệm vụ / hoạt động', 'Lĩnh vực', 'Cơ quan chủ trì', 'Thời gian (như ghi)', 'Hạn', 'Tình trạng', 'Căn cứ xác định', 'Ngày hoàn thành', 'Số ngày quá hạn', 'Kinh phí (đồng)', 'Nguồn', 'Mã nhiệm vụ'].map((h) => text(h)),
    'th',
  );
  detail.freeze(header + 1, 3);
  // Only the tasks the summary lists need their row found again; the rest are counted, not remembered.
  const rows = new Map<ConsolidatedTask, number>();
  model.tasks.forEach((t, i) => {
    if (listed.has(t)) rows.set(t, header + 1 + i);
  });
  detail.tail(model.tasks.length, (i) => {
    const t = model.tasks[i];
    return [
      { content: num(i + 1), style: 'tdCenter' },
      { content: t.number ? text(t.number) : empty, style: 'tdCenter' },
      { content: text(t.title), style: 'td' },
      { content: text(t.area), style: 'td' },
      { content: text(t.leads.join('; ')), style: 'td' },
      { content: t.deadlineText ? text(t.deadlineText) : empty, style: 'td' },
      { content: t.deadline ? date(t.deadline) : empty, style: 'tdDate' },
      { content: text(PROGRESS_LABEL[t.progress].vi), style: t.progress === 'overdue' ? 'tdWarn' : 'td' },
      { content: text(BASIS_LABEL[t.basis].vi), style: 'td' },
      { content: t.completedOn ? date(t.completedOn) : empty, style: 'tdDate' },
      { content: t.daysOverdue !== null ? num(t.daysOverdue) : empty, style: 'tdInt' },
      { content: t.budgetVnd !== null ? num(t.budgetVnd) : t.budgetIsSource ? text('(theo nguồn)') : empty, style: 'tdVnd' },
      { content: text(sourceText(t.source)), style: 'tdLink', link: sourceLink(t.source) },
      // Hidden: the plan task's key, what the next period's report finds it by (core/plan/previous.ts); tasks
      // without one are found by lead, number and text.
      t.planKey ? { content: text(t.planKey), style: 'td' } : null,
    ];
  });
  return { sheet: { ...detail.build(), hiddenColumns: [13] }, rowOf: (t: ConsolidatedTask) => rows.get(t) ?? header };
}

/** Title, period, dates and the table of sources. */
function heading({ s, model }: Page) {
  s.banner(text('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'), 'title', 24);
  s.banner(text(model.period.titleVi), 'subtitle', 20);
  s.row([text(`Kỳ báo cáo: ${model.period.labelVi} (từ ${formatViDate(model.period.start)} đến ${formatViDate(model.period.end)}).`)], 'meta');
  s.row([text('Số liệu tính đến ngày:'), null, [date(model.asOf), 'metaDate']], 'meta');
  s.merge(s.next - 1, 0, s.next - 1, 1);
  s.merge(s.next - 1, 2, s.next - 1, 3);
  s.row([text('Thời điểm lập báo cáo:'), null, [{ t: 'datetime', v: model.generatedAt }, 'metaDateTime']], 'meta');
  s.merge(s.next - 1, 0, s.next - 1, 1);
  s.merge(s.next - 1, 2, s.next - 1, 3);
  const taskSheets = model.sources.filter((x) => x.kind === 'task');
  const files = new Set(model.sources.map((x) => x.file));
  s.row([text(`Nguồn tổng hợp: ${files.size} sổ, ${model.sources.length} trang (${taskSheets.length} bảng nhiệm vụ, ${model.sources.filter((x) => x.kind === 'index').length} bảng chỉ số); ${model.totals.total} nhiệm vụ.`)], 'meta');
  s.row([text('STT'), text('Sổ (tệp)'), text('Trang tính'), null, null, text('Loại'), null, text('Số dòng')], 'th');
  s.merge(s.next - 1, 2, s.next - 1, 4);
  s.merge(s.next - 1, 5, s.next - 1, 6);
  const KIND_VI = { task: 'Bảng nhiệm vụ', index: 'Bảng chỉ số', unknown: 'Không nhận dạng' } as const;
  model.sources.forEach((src, i) => {
    const r = s.row([[num(i + 1), 'tdCenter'], [text(src.file), 'td'], [text(src.sheet), 'td'], [empty, 'td'], [empty, 'td'], [text(KIND_VI[src.kind]), 'td'], [empty, 'td'], [num(src.rows), 'tdInt']]);
    s.merge(r, 2, r, 4);
    s.merge(r, 5, r, 6);
  });
  s.blank();
}

/** I. Totals by status, completion rate, tasks without a lead, budgets, duplicates merged. */
function overview({ s, model }: Page) {
  const t = model.totals;
  // With the last report: the change of each count beside it.
  const delta = changeColumn(model);
  s.row([text('STT'), text('Chỉ tiêu'), text('Số lượng'), text('Tỷ lệ'), ...(delta ? [text('Thay đổi so với kỳ trước')] : [])], 'th');
  const pct = (n: number): CellContent => (t.total === 0 ? empty : num(n / t.total));
  const rows: Array<[string, CellContent, CellContent, string?, string?]> = [
    ['Tổng số nhiệm vụ', num(t.total), empty, 'bold', 'total'],
    ...statusesOf(model).map((p): [string, CellContent, CellContent, undefined, string] => [PROGRESS_LABEL[p].vi, num(t[p] ?? 0), pct(t[p] ?? 0), undefined, p]),
    ['Tỷ lệ hoàn thành (đúng hạn và trễ hạn)', num(t.completedOnTime + t.completedLate), t.completionRate === null ? empty : num(t.completionRate), 'bold', 'completed'],
    ['Nhiệm vụ chưa có cơ quan chủ trì', num(t.withoutLead), pct(t.withoutLead)],
    ['Tổng kinh phí ghi bằng số tiền (đồng/năm)', num(t.budgetVnd), empty],
    ['Nhiệm vụ chỉ ghi nguồn kinh phí (không có số tiền)', num(t.budgetSourceTasks), empty],
    ['Báo cáo trùng đã gộp (cùng kế hoạch, cơ quan chủ trì, số và nội dung)', num(t.duplicatesMerged), empty],
  ];
  rows.forEach(([label, n, p, bold, key], i) => {
    const r = s.row([[num(i + 1), 'tdCenter'], [text(label), bold ? 'tdBold' : 'td'], [n, bold ? 'tdBoldInt' : 'tdInt'], [p, bold ? 'tdBoldPct' : 'tdPct']]);
    if (delta) s.put(r, 4, key ? delta(key) : empty, 'tdDelta');
  });
  s.row([null, text('“Thường xuyên, định kỳ” và “Theo kế hoạch, quy định hoặc khi phát sinh” là nhiệm vụ không có một hạn cụ thể; “Chưa rõ thời hạn” là ô thời gian trống hoặc không đọc được.')], 'note');
  s.row([null, text('Kinh phí theo tháng được quy ra năm (×12); kinh phí ghi gộp cho nhiều hoạt động chỉ tính một lần.')], 'note');
  s.blank();
}

const countHeader = (model: SummaryModel) => ['STT', '', 'Tổng số', ...statusesOf(model).map((p) => SHORT[p]), 'Tỷ lệ hoàn thành'];

function countRow(s: SheetBuilder, model: SummaryModel, i: number, label: string, c: Counts, bold = false): number {
  return s.row([
    [num(i), 'tdCenter'],
    [text(label), bold ? 'tdBold' : 'td'],
    [num(c.total), bold ? 'tdBoldInt' : 'tdInt'],
    ...statusesOf(model).map((p): [CellContent, string] => [num(c[p] ?? 0), bold ? 'tdBoldInt' : 'tdInt']),
    [c.completionRate === null ? empty : num(c.completionRate), bold ? 'tdBoldPct' : 'tdPct'],
  ]);
}

/** II. Counts by reform area, with a stacked bar chart. */
function byArea({ s, model }: Page) {
  s.row(countHeader(model).map((h, i) => text(i === 1 ? 'Lĩnh vực cải cách' : h)), 'th');
  const top = s.next;
  model.byArea.forEach((a, i) => countRow(s, model, i + 1, a.area, a));
  const bottom = s.next - 1;
  countRow(s, model, model.byArea.length + 1, 'Tổng cộng', model.totals, true);
  if (model.byArea.length === 0) return;
  const chartTop = s.next + 1;
  const chartRows = Math.max(14, model.byArea.length * 2 + 6);
  s.chart({
    type: 'bar',
    grouping: 'stacked',
    title: `Tình hình thực hiện theo lĩnh vực — ${model.period.labelVi}`,
    categories: { top, left: 1, bottom, right: 1 },
    series: statusesOf(model).map((p, k) => ({ name: SHORT[p], values: { top, left: 3 + k, bottom, right: 3 + k }, color: PROGRESS_COLOR[p] })),
    anchor: { top: chartTop, left: 1, bottom: chartTop + chartRows, right: 11 },
  });
  s.blank(chartRows + 2);
}

/** III. Counts and budgets by lead agency. */
function byAgency({ s, model }: Page) {
  const header = countHeader(model);
  const budgetCol = header.length;
  s.row([...header.map((h, i) => text(i === 1 ? 'Cơ quan chủ trì' : h)), text('Kinh phí (đồng/năm)'), text('NV ghi nguồn KP')], 'th');
  model.byAgency.forEach((a, i) => {
    const r = countRow(s, model, i + 1, a.agency, a);
    s.put(r, budgetCol, num(a.budgetVnd), 'tdVnd');
    s.put(r, budgetCol + 1, num(a.budgetSourceTasks), 'tdInt');
  });
  s.row([null, text('Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan; kinh phí tính cho cơ quan chủ trì đứng đầu.')], 'note');
  s.blank();
}

/** The columns a task list merges pairwise: lead, time as written, area, source. */
const LIST_MERGES: ReadonlyArray<[number, number]> = [[2, 3], [6, 7], [8, 9], [10, 11]];

function listHeader(s: SheetBuilder, last: string) {
  const r = s.row(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', null, 'Hạn', last, 'Thời gian (như ghi)', null, 'Lĩnh vực', null, 'Nguồn', null].map((h) => (h === null ? empty : text(h))), 'th');
  for (const [a, b] of LIST_MERGES) s.merge(r, a, r, b);
}

function listRow({ s, sourceLink, toDetail }: Page, i: number, task: ConsolidatedTask, lastCell: [CellContent, string]) {
  const r = s.row([
    [num(i), 'tdCenter'],
    [text(listTitle(task)), 'tdLink', toDetail(task)],
    [text(task.leads.join('; ') || '(chưa có)'), 'td'],
    [empty, 'td'],
    [task.deadline ? date(task.deadline) : empty, 'tdDate'],
    lastCell,
    [task.deadlineText ? text(task.deadlineText) : empty, 'td'],
    [empty, 'td'],
    [text(task.area), 'td'],
    [empty, 'td'],
    [text(sourceText(task.source)), 'tdLink', sourceLink(task.source)],
    [empty, 'td'],
  ]);
  for (const [a, b] of LIST_MERGES) s.merge(r, a, r, b);
}

/**
 * How many tasks a list of the summary shows: a summary a reviewer reads, not a second detail sheet. The
 * rest are counted in the heading and listed, with their status, on the detail sheet.
 */
export const LIST_LIMIT = 1000;

/** The note under a list cut at LIST_LIMIT, or nothing. */
function moreNote(page: Page, shown: number, total: number) {
  if (total > shown)
    page.s.row([null, text(`… và ${(total - shown).toLocaleString('vi-VN')} nhiệm vụ khác: xem đầy đủ ở trang “${page.detailName}” (lọc theo cột Tình trạng).`)], 'note');
}

/** A list of tasks with a heading line, or a note when there is none. */
function taskList(page: Page, heading: string, tasks: readonly ConsolidatedTask[], last: string, lastCell: (t: ConsolidatedTask) => [CellContent, string], none: string) {
  const { s } = page;
  s.row([null, text(heading)], 'subsection');
  if (tasks.length) {
    listHeader(s, last);
    const shown = tasks.slice(0, LIST_LIMIT);
    shown.forEach((task, i) => listRow(page, i + 1, task, lastCell(task)));
    moreNote(page, shown.length, tasks.length);
  } else s.row([null, text(none)], 'note');
  s.blank();
}

const statusCell = (t: ConsolidatedTask): [CellContent, string] => [text(PROGRESS_LABEL[t.progress].vi), 'td'];

/** IV. Overdue, and due within 30 days. */
function overdueAndDueSoon(page: Page) {
  const { model } = page;
  taskList(page, `Quá hạn chưa hoàn thành: ${model.overdue.length} nhiệm vụ`, model.overdue, 'Số ngày quá hạn', (t) => [num(t.daysOverdue ?? 0), 'tdInt'], 'Không có nhiệm vụ quá hạn.');
  taskList(page, `Sắp đến hạn (trong 30 ngày kể từ ${formatViDate(model.asOf)}): ${model.dueSoon.length} nhiệm vụ`, model.dueSoon, 'Tình trạng', statusCell, 'Không có nhiệm vụ sắp đến hạn.');
}

/** V. Open tasks due in the next quarter. */
function dueNext(page: Page) {
  const d = page.model.dueNext;
  taskList(page, `Hạn từ ${formatViDate(d.start)} đến ${formatViDate(d.end)}: ${d.tasks.length} nhiệm vụ chưa hoàn thành`, d.tasks, 'Tình trạng', statusCell, 'Không có nhiệm vụ đến hạn trong kỳ tới.');
}

/** VI. Index scores against their targets, with the gaps and each component's findings. */
function indices({ s, model, sourceLink }: Page) {
  if (model.indices.length === 0) s.row([null, text('Không có bảng chỉ số trong các sổ đã tổng hợp.')], 'note');
  for (const idx of model.indices) {
    s.row([null, [text(`${idx.index}${idx.title ? ` — ${idx.title}` : ''}`), 'subsection', sourceLink(idx.source)]]);
    s.row([text('STT'), text('Chỉ số thành phần'), text(idx.baselineHeader ?? 'Kết quả'), null, text(idx.targetHeader ?? 'Chỉ tiêu'), null, text(idx.latestHeader ?? 'Kết quả mới nhất'), null, text('Chỉ tiêu − kết quả năm gốc'), text('Chỉ tiêu − kết quả mới nhất'), text('Ghi chú'), null], 'th');
    mergeIndexRow(s, s.next - 1);
    for (const c of idx.components) {
      const notes = idx.findings.filter((f) => f.cell.replace(/[A-Z]+/, '') === c.cell.replace(/[A-Z]+/, '')).map((f) => f.message.vi);
      const bold = c.isTotal || c.level === 1;
      const r = s.row([
        [text(c.isTotal ? '' : c.number), 'tdCenter'],
        [text(c.isTotal ? c.name || 'TỔNG' : c.name), bold ? 'tdBold' : 'td'],
        [c.baseline ? text(c.baseline) : empty, 'td'],
        [empty, 'td'],
        [c.target ? text(c.target) : empty, 'td'],
        [empty, 'td'],
        [c.latest ? text(c.latest) : empty, 'td'],
        [empty, 'td'],
        [c.gapTargetBaseline === null ? empty : num(c.gapTargetBaseline), 'tdGap'],
        [c.gapTargetLatest === null ? empty : num(c.gapTargetLatest), 'tdGap'],
        [notes.length ? text(notes.join(' ')) : empty, notes.length ? 'tdWarn' : 'td'],
        [empty, notes.length ? 'tdWarn' : 'td'],
      ]);
      mergeIndexRow(s, r);
    }
    s.blank();
  }
}

/** VII. Findings by code and by the lead agency of their row. */
function findings({ s, model }: Page) {
  s.row([text('STT'), text('Nội dung kiểm tra'), text('Mã'), null, text('Mức'), text('Số lượng')], 'th');
  s.merge(s.next - 1, 2, s.next - 1, 3);
  if (model.findings.byCode.length === 0) s.row([null, text('Không phát hiện vấn đề nào.')], 'note');
  model.findings.byCode.forEach((c, i) => {
    const r = s.row([[num(i + 1), 'tdCenter'], [text(CODE_LABEL[c.code]?.vi ?? c.code), 'td'], [text(c.code), 'td'], [empty, 'td'], [text(SEVERITY_LABEL[c.severity].vi), 'td'], [num(c.count), 'tdInt']]);
    s.merge(r, 2, r, 3);
  });
  s.blank();
  s.row([text('STT'), text('Cơ quan chủ trì của dòng có vấn đề'), text('Lỗi'), text('Cảnh báo'), text('Lưu ý')], 'th');
  model.findings.byAgency.forEach((a, i) => s.row([[num(i + 1), 'tdCenter'], [text(a.agency), 'td'], [num(a.errors), 'tdInt'], [num(a.warnings), 'tdInt'], [num(a.infos), 'tdInt']]));
  s.blank();
}

/** A row whose last cell spans the rest of the width. */
function wideRow(s: SheetBuilder, cells: Array<[CellContent, string, Link?]>): number {
  const w = s.width;
  const r = s.row(cells);
  for (let k = cells.length; k < w; k++) s.put(r, k, empty, 'td');
  s.merge(r, cells.length - 1, r, w - 1);
  return r;
}

/** Tasks reported more than once and counted once: where, and why they were taken for one. */
function duplicates(page: Page) {
  const { s, model, sourceLink } = page;
  s.row([null, text(model.duplicates[0]?.reason.vi ?? '')], 'note');
  s.row([text('STT'), text('Nhiệm vụ'), text('Cơ quan chủ trì'), text('Tính theo báo cáo ở'), null, null, text('Các báo cáo khác đã gộp')], 'th');
  s.merge(s.next - 1, 3, s.next - 1, 5);
  s.merge(s.next - 1, 6, s.next - 1, s.width - 1);
  model.duplicates.slice(0, LIST_LIMIT).forEach((d, i) => {
    const r = wideRow(s, [
      [num(i + 1), 'tdCenter'],
      [text(d.number ? `${d.number} ${stripNumber(d.title, d.number)}` : d.title), 'td'],
      [text(d.leads.join('; ') || '(chưa có)'), 'td'],
      [text(sourceText(d.kept)), 'tdLink', sourceLink(d.kept)],
      [empty, 'td'],
      [empty, 'td'],
      [text(d.merged.map(sourceText).join('\n')), 'td'],
    ]);
    s.merge(r, 3, r, 5);
  });
  moreNote(page, Math.min(LIST_LIMIT, model.duplicates.length), model.duplicates.length);
  s.blank();
}

/** The same task reported with different statuses: which report says what. */
function conflicts(page: Page) {
  const { s, model } = page;
  s.row([text('STT'), text('Nhiệm vụ'), text('Các báo cáo (nguồn: tình trạng)')], 'th');
  s.merge(s.next - 1, 2, s.next - 1, s.width - 1);
  model.conflicts.slice(0, LIST_LIMIT).forEach((c, i) => {
    wideRow(s, [
      [num(i + 1), 'tdCenter'],
      [text(c.number ? `${c.number} ${stripNumber(c.title, c.number)}` : c.title), 'td'],
      [text(c.reports.map((x) => `${sourceText(x.source)}: ${x.statusText ?? PROGRESS_LABEL[x.progress].vi}`).join('\n')), 'td'],
    ]);
  });
  moreNote(page, Math.min(LIST_LIMIT, model.conflicts.length), model.conflicts.length);
}

function mergeIndexRow(s: SheetBuilder, r: number) {
  for (const [a, b] of [[2, 3], [4, 5], [6, 7], [10, 11]]) s.merge(r, a, r, b);
}

/** A list line: the number and the first line of the text, shortened; the detail sheet has it all. */
function listTitle(task: ConsolidatedTask): string {
  const first = task.title.split('\n')[0].trim();
  const t = task.number ? `${task.number} ${stripNumber(first, task.number)}` : first;
  return [...t].length > 140 ? `${[...t].slice(0, 139).join('')}…` : t;
}

/** "3.1: Rà soát…" with number "3.1" → "Rà soát…", so the list does not print the number twice. */
function stripNumber(title: string, number: string): string {
  const t = title.trimStart();
  return t.startsWith(number) ? t.slice(number.length).replace(/^[\s:.)]+/, '') : title;
}
