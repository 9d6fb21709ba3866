import { formatViDate } from '../dates';
import type { ConsolidatedTask, Counts, SourceRef, SummaryModel } from './consolidate';
import { NO_LEAD } from './consolidate';
import { CODE_LABEL, SEVERITY_LABEL } from './labels';
import { RATE_LABEL, ruleSentence, windowSentence } from './sentences';
import { reportSheetBase, uniqueSheetName } from './sheet-name';
import { fitScale, MAX_LINKS_PER_SHEET, SheetBuilder } from './sheet-builder';
import { TABLE_STYLES } from './styles';
import { LAST, LIST_LIMIT, listHeader, listRow, moreNote, note, sourceText, spanRow, statusCell, stripNumber, taskList, type Page } from './layout-parts';
import { date, empty, num, text, type CellContent, type Link, type PrintSetup, type ReportSpec, type Style } from './spec';
import { BASIS_LABEL, PROGRESS_LABEL, type Progress } from '../task/progress';
import { changeColumn, PLAN_STYLES, planSections, planSources, statusesOf, unreportedTasks } from '../plan/layout';

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
  metaWrap: { italic: true, align: 'left', valign: 'top', wrap: true },
  section: { bold: true, size: 12, color: 'FFFFFF', fill: BLUE, valign: 'middle' },
  subsection: { bold: true, italic: true },
  subsectionWrap: { bold: true, italic: true, valign: 'top', wrap: true },
  group: { bold: true, valign: 'top', wrap: true, border: true, fill: 'F2F2F2' },
  tdVnd: { valign: 'top', align: 'right', border: true, numFmt: '#,##0' },
  tdPct: { valign: 'top', align: 'right', border: true, numFmt: '0.0%' },
  tdGap: { valign: 'top', align: 'right', border: true, numFmt: '+0.00;-0.00;0.00' },
  tdDate: { valign: 'top', align: 'center', border: true, numFmt: 'dd/mm/yyyy' },
  tdBold: { bold: true, valign: 'top', wrap: true, border: true },
  tdBoldInt: { bold: true, valign: 'top', align: 'right', border: true, numFmt: '#,##0' },
  tdBoldPct: { bold: true, valign: 'top', align: 'right', border: true, numFmt: '0.0%' },
  tdWarn: { valign: 'top', wrap: true, border: true, color: '9C0006', fill: 'FFC7CE' },
  tdNote: { italic: true, valign: 'top', wrap: true, border: true, color: '595959' },
  // Links sit on short cells (a number, one line): LibreOffice draws a linked cell on one line, cutting a long text.
  tdLinkNum: { valign: 'top', align: 'center', border: true, color: '0563C1', underline: true },
  tdLink: { valign: 'top', border: true, color: '0563C1', underline: true },
  link: { color: '0563C1', underline: true },
  note: { italic: true, color: '595959', valign: 'top', wrap: true },
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

/** Chart patterns per status, so a black-and-white print tells them apart (DrawingML presets). */
const PROGRESS_PATTERN: Record<Progress, string | undefined> = {
  completedOnTime: undefined,
  completedLate: 'wdUpDiag',
  inProgress: 'smGrid',
  overdue: 'dkDnDiag',
  notStarted: 'lgCheck',
  recurring: 'ltHorz',
  conditional: 'pct20',
  noDeadline: 'openDmnd',
  unreported: 'zigZag',
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

/**
 * The summary's grid: STT, name, total, the eight statuses, the two completion rates, then two budget columns
 * in the agency table. Lists, index tables and notes span several of these. 162 units: it prints one page wide
 * on A4 landscape at about 90 %, so 12 pt text prints at 10.8 pt.
 */
const WIDTHS = [5, 34, 8, 9, 9, 9, 9, 9, 9, 9, 9, 10, 10, 14, 9];
/** With a plan, one more status column: "Chưa có báo cáo", after the others (the sheet prints a little smaller). */
const widthsOf = (model: SummaryModel) => (model.plan ? [...WIDTHS.slice(0, 11), 9, ...WIDTHS.slice(11)] : WIDTHS);

/** The detail sheet's columns: the source cell (with its link) and the plan key (hidden) are left off paper. */
const DETAIL_WIDTHS = [5, 5, 56, 12, 18, 13, 12, 13, 9, 12, 8, 12, 40, 30];
/** The detail sheet's last printed column: the budget, before the source and the key. */
const DETAIL_PRINTED = 11;
const DETAIL_KEY = 13;

/** Margins in inches: narrow at the sides so the columns get the paper, room for the footer below. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 };
const FOOTER = '&CTrang &P/&N';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function printSetup(widths: readonly number[], titleRows?: { top: number; bottom: number }, columns?: { left: number; right: number }): PrintSetup {
  return { scale: fitScale(widths, true, MARGINS), margins: MARGINS, footer: FOOTER, breaks: [], ...(titleRows ? { titleRows } : {}), ...(columns ? { columns } : {}) };
}

/**
 * Lays the summary model out as the quarterly summary sheet and its detail sheet, in Vietnamese: the body says
 * what the figures are, without file, sheet or cell names (those are in the links, the detail sheet's last
 * column and the annex of sources at the end). Both sheets print on A4 landscape at 9 pt or more.
 */
export function layoutReport(model: SummaryModel, opts: LayoutOptions): ReportSpec {
  const existing = [...(opts.existingSheets ?? [])];
  const summaryName = uniqueSheetName(reportSheetBase(model.period.code, 'summary'), existing);
  const detailName = uniqueSheetName(reportSheetBase(model.period.code, 'detail'), [...existing, summaryName]);
  const sourceLink = (src: SourceRef): Link =>
    opts.links === 'internal' ? { kind: 'internal', sheet: src.sheet, cell: src.cell } : { kind: 'external', file: opts.linkPath ? opts.linkPath(src.file) : src.file, sheet: src.sheet, cell: src.cell };

  // The detail sheet first, so the summary can link to each task's row in it.
  const listed = new Set([...model.overdue.slice(0, LIST_LIMIT), ...model.dueSoon.slice(0, LIST_LIMIT), ...model.dueNext.tasks.slice(0, LIST_LIMIT), ...unreportedTasks(model)]);
  const { sheet: detail, rowOf } = detailSheet(model, detailName, sourceLink, listed);
  const page: Page = {
    s: new SheetBuilder(summaryName, widthsOf(model), STYLES),
    model,
    sourceLink,
    toDetail: (t) => ({ kind: 'internal', sheet: detailName, cell: `C${rowOf(t) + 1}` }),
    detailName,
  };
  // The title and the period repeat at the top of every printed page.
  page.s.print(printSetup(widthsOf(model), { top: 0, bottom: 1 }));

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
  // The plan's sections come right after the overview: what came back against the plan, then what changed.
  sections.splice(1, 0, ...planSections(model));
  // Annexes: what the figures were drawn from, and the merges made on the way; references live here.
  const annexes: Array<[string, (p: Page) => void]> = [['NGUỒN SỐ LIỆU', sources]];
  if (model.duplicates.length) annexes.push(['NHIỆM VỤ BÁO CÁO NHIỀU LẦN ĐÃ GỘP', duplicates]);
  if (model.conflicts.length) annexes.push(['NHIỆM VỤ BÁO CÁO TRÙNG, TÌNH TRẠNG KHÁC NHAU', conflicts]);
  const all = [...sections.map(([t, d], i): [string, (p: Page) => void] => [`${ROMAN[i]}. ${t}`, d]), ...annexes.map(([t, d], i): [string, (p: Page) => void] => [`PHỤ LỤC ${i + 1}. ${t}`, d])];

  // Table of contents: internal links to each section, filled in once the section's row is known.
  const { s } = page;
  s.row([text('Mục lục:')], 'subsection');
  const tocRows = all.map(([title]) => s.row([null, text(title)], 'link'));
  s.row([null, [text(`Danh sách đầy đủ ${model.tasks.length} nhiệm vụ: trang “${detailName}”`), 'link', { kind: 'internal', sheet: detailName, cell: 'A1' }]]);
  s.blank();
  all.forEach(([label, draw], i) => {
    const r = s.banner(text(label), 'section', 20);
    s.put(tocRows[i], 1, text(label), 'link', { kind: 'internal', sheet: summaryName, cell: `A${r + 1}` });
    draw(page);
  });
  if (s.dropped > 0) note(s, `Excel giữ tối đa ${MAX_LINKS_PER_SHEET.toLocaleString('vi-VN')} liên kết mỗi trang: ${s.dropped.toLocaleString('vi-VN')} dòng của trang này không có liên kết.`);
  s.freeze(2);
  return { sheets: [s.build(), detail] };
}

/**
 * Every task, one row each; its source cell, linked, in the last column, which is not printed. The rows are made
 * as the sheet is written (a national roll-up has hundreds of thousands); past Excel's 65 530 links a sheet, rows
 * keep their source as text.
 */
function detailSheet(model: SummaryModel, name: string, sourceLink: (s: SourceRef) => Link, listed: ReadonlySet<ConsolidatedTask>) {
  const detail = new SheetBuilder(name, DETAIL_WIDTHS, STYLES);
  detail.banner(text(`DANH SÁCH NHIỆM VỤ ĐÃ TỔNG HỢP — ${model.period.titleVi}`), 'title', 24);
  detail.row([text(`Tính đến ngày ${formatViDate(model.asOf)}; mỗi nhiệm vụ một dòng. ${windowSentence(model)} Cột “Nguồn” (không in) ghi ô nguồn của nhiệm vụ, có liên kết.`)], 'meta');
  if (model.tasks.length > MAX_LINKS_PER_SHEET)
    detail.row([text(`Excel giữ tối đa ${MAX_LINKS_PER_SHEET.toLocaleString('vi-VN')} liên kết mỗi trang: từ dòng thứ ${(MAX_LINKS_PER_SHEET + 1).toLocaleString('vi-VN')} trở đi, cột Nguồn ghi ô nguồn mà không có liên kết.`)], 'meta');
  const header = detail.row(
    ['STT', 'Số', 'Nhiệm vụ / hoạt động', 'Lĩnh vực', 'Cơ quan chủ trì', 'Thời gian (như ghi)', 'Hạn', 'Tình trạng', 'Căn cứ xác định', 'Ngày hoàn thành', 'Số ngày quá hạn', 'Kinh phí (đồng)', 'Nguồn (tệp › trang!ô)', 'Mã nhiệm vụ'].map((h) => text(h)),
    'th',
  );
  detail.freeze(header + 1, 3);
  // The header row repeats on every printed page; the source and key columns stay on screen only.
  detail.print(printSetup(DETAIL_WIDTHS.slice(0, DETAIL_PRINTED + 1), { top: header, bottom: header }, { left: 0, right: DETAIL_PRINTED }));
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
  return { sheet: { ...detail.build(), hiddenColumns: [DETAIL_KEY] }, rowOf: (t: ConsolidatedTask) => rows.get(t) ?? header };
}

/** Title, period, the data window and the rule that set the as-of date, the dates, what was consolidated. */
function heading({ s, model }: Page) {
  s.banner(text('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'), 'title', 24);
  s.banner(text(model.period.titleVi), 'subtitle', 20);
  note(s, `Kỳ báo cáo: ${model.period.labelVi} (từ ${formatViDate(model.period.start)} đến ${formatViDate(model.period.end)}). ${windowSentence(model)} ${ruleSentence(model)}`, 0);
  s.row([text('Số liệu tính đến ngày:'), null, [date(model.asOf), 'metaDate']], 'meta');
  s.merge(s.next - 1, 0, s.next - 1, 1);
  s.merge(s.next - 1, 2, s.next - 1, 3);
  s.row([text('Thời điểm lập báo cáo:'), null, [{ t: 'datetime', v: model.generatedAt }, 'metaDateTime']], 'meta');
  s.merge(s.next - 1, 0, s.next - 1, 1);
  s.merge(s.next - 1, 2, s.next - 1, 3);
  const files = new Set(model.sources.map((x) => x.file));
  const count = (k: string) => model.sources.filter((x) => x.kind === k).length;
  note(s, `Tổng hợp từ ${files.size} sổ, ${model.sources.length} trang tính (${count('task')} bảng nhiệm vụ, ${count('index')} bảng chỉ số): ${model.totals.total} nhiệm vụ. Danh sách nguồn ở Phụ lục 1 cuối trang này.`, 0);
  s.blank();
}

/** I. Totals by status, both completion rates, overdue by age, tasks without a lead, budgets, duplicates merged. */
function overview({ s, model }: Page) {
  const t = model.totals;
  // With the last report: the change of each count beside it, before the notes.
  const delta = changeColumn(model);
  const noteFrom = delta ? 8 : 6;
  spanRow(s, [
    [text('STT'), 'th', 0, 0],
    [text('Chỉ tiêu'), 'th', 1, 1],
    [text('Số lượng'), 'th', 2, 3],
    [text('Tỷ lệ'), 'th', 4, 5],
    ...(delta ? [[text('Thay đổi so với kỳ trước'), 'th', 6, 7] as [CellContent, string, number, number]] : []),
    [text('Cách tính, ghi chú'), 'th', noteFrom, LAST],
  ]);
  const pct = (n: number): CellContent => (t.total === 0 ? empty : num(n / t.total));
  const rate = (r: number | null): CellContent => (r === null ? empty : num(r));
  const done = t.completedOnTime + t.completedLate;
  const HOW: Partial<Record<Progress, string>> = {
    overdue: 'Đã quá thời hạn, chưa báo cáo hoàn thành.',
    unreported: 'Nhiệm vụ của kế hoạch gốc chưa có trong báo cáo nào (xem mục “Tình hình báo cáo”).',
  };
  // [label, count, share, how it is counted, bold, the key of its change since the last report]
  const rows: Array<[string, CellContent, CellContent, string, boolean, string?]> = [
    ['Tổng số nhiệm vụ', num(t.total), empty, '', true, 'total'],
    ...statusesOf(model).map((p): [string, CellContent, CellContent, string, boolean, string] => [PROGRESS_LABEL[p].vi, num(t[p] ?? 0), pct(t[p] ?? 0), HOW[p] ?? '', false, p]),
    [RATE_LABEL.all, num(done), rate(t.completionRate), RATE_LABEL.allHow, true, 'completed'],
    [RATE_LABEL.due, num(done), rate(t.completionRateOfDue), RATE_LABEL.dueHow, true],
    ['Quá hạn đến 30 ngày', num(t.overdueByAge.upTo30), empty, 'Số ngày tính đến ngày chốt số liệu.', false],
    ['Quá hạn từ 31 đến 90 ngày', num(t.overdueByAge.from31To90), empty, '', false],
    ['Quá hạn trên 90 ngày', num(t.overdueByAge.over90), empty, '', false],
    ['Nhiệm vụ chưa có cơ quan chủ trì', num(t.withoutLead), pct(t.withoutLead), '', false],
    ['Tổng kinh phí ghi bằng số tiền (đồng/năm)', num(t.budgetVnd), empty, 'Kinh phí theo tháng được quy ra năm (×12); kinh phí ghi gộp cho nhiều hoạt động chỉ tính một lần.', false],
    ['Nhiệm vụ chỉ ghi nguồn kinh phí (không có số tiền)', num(t.budgetSourceTasks), empty, '', false],
    ['Báo cáo trùng đã gộp (cùng kế hoạch, cơ quan chủ trì, số và nội dung)', num(t.duplicatesMerged), empty, 'Xem Phụ lục 2.', false],
  ];
  rows.forEach(([label, n, p, how, bold, key], i) => {
    spanRow(s, [
      [num(i + 1), 'tdCenter', 0, 0],
      [text(label), bold ? 'tdBold' : 'td', 1, 1],
      [n, bold ? 'tdBoldInt' : 'tdInt', 2, 3],
      [p, bold ? 'tdBoldPct' : 'tdPct', 4, 5],
      ...(delta ? [[key ? delta(key) : empty, 'tdDelta', 6, 7] as [CellContent, string, number, number]] : []),
      [how ? text(how) : empty, 'tdNote', noteFrom, LAST],
    ]);
  });
  note(s, '“Thường xuyên, định kỳ” và “Theo kế hoạch, quy định hoặc khi phát sinh” là nhiệm vụ không có một hạn cụ thể; “Chưa rõ thời hạn” là ô thời gian trống hoặc không đọc được.');
  s.blank();
}

const countHeader = (model: SummaryModel) => ['STT', '', 'Tổng số', ...statusesOf(model).map((p) => SHORT[p]), 'Tỷ lệ HT / tổng số', 'Tỷ lệ HT / đã đến hạn'];

function countRow(s: SheetBuilder, model: SummaryModel, i: number | null, label: string, c: Counts, opts: { bold?: boolean; labelStyle?: string } = {}): number {
  const { bold = false } = opts;
  return s.row([
    [i === null ? empty : num(i), 'tdCenter'],
    [text(label), opts.labelStyle ?? (bold ? 'tdBold' : 'td')],
    [num(c.total), bold ? 'tdBoldInt' : 'tdInt'],
    ...statusesOf(model).map((p): [CellContent, string] => [num(c[p] ?? 0), bold ? 'tdBoldInt' : 'tdInt']),
    [c.completionRate === null ? empty : num(c.completionRate), bold ? 'tdBoldPct' : 'tdPct'],
    [c.completionRateOfDue === null ? empty : num(c.completionRateOfDue), bold ? 'tdBoldPct' : 'tdPct'],
  ]);
}

/** What the two rate columns mean, under each table that has them. */
function ratesNote(s: SheetBuilder) {
  note(s, `HT: hoàn thành (đúng hạn và trễ hạn). ${RATE_LABEL.all}: ${RATE_LABEL.allHow}. ${RATE_LABEL.due}: ${RATE_LABEL.dueHow}.`);
}

/** II. Counts by reform area, with a stacked bar chart, on a page of its own so it prints whole. */
function byArea({ s, model }: Page) {
  s.row(countHeader(model).map((h, i) => text(i === 1 ? 'Lĩnh vực cải cách' : h)), 'th');
  const top = s.next;
  model.byArea.forEach((a, i) => countRow(s, model, i + 1, a.area, a));
  const bottom = s.next - 1;
  countRow(s, model, null, 'Tổng cộng', model.totals, { bold: true });
  ratesNote(s);
  if (model.byArea.length === 0) return;
  // A new page from the blank row above the chart: a chart starting on the page's first row is also drawn, clipped,
  // at the foot of the page before it by LibreOffice.
  s.pageBreak(s.next);
  s.blank();
  const chartTop = s.next;
  const chartRows = Math.max(18, model.byArea.length * 2 + 8);
  s.chart({
    type: 'bar',
    grouping: 'stacked',
    title: `Tình hình thực hiện theo lĩnh vực — ${model.period.labelVi}`,
    categories: { top, left: 1, bottom, right: 1 },
    series: statusesOf(model).map((p, k) => ({ name: SHORT[p], values: { top, left: 3 + k, bottom, right: 3 + k }, color: PROGRESS_COLOR[p], ...(PROGRESS_PATTERN[p] ? { pattern: PROGRESS_PATTERN[p] } : {}) })),
    anchor: { top: chartTop, left: 1, bottom: chartTop + chartRows, right: 12 },
  });
  s.blank(chartRows + 2);
}

/** III. Counts and budgets by lead agency: the known agencies, then the names not in the directory, flagged. */
function byAgency({ s, model }: Page) {
  const header = countHeader(model);
  const budgetCol = header.length;
  s.row([...header.map((h, i) => text(i === 1 ? 'Cơ quan chủ trì' : h)), text('Kinh phí (đồng/năm)'), text('NV ghi nguồn KP')], 'th');
  let n = 0;
  let flagged = false;
  for (const a of model.byAgency) {
    const unknown = !a.known && a.agency !== NO_LEAD;
    if (unknown && !flagged) {
      flagged = true;
      spanRow(s, [[text('Tên cơ quan không có trong danh mục: không tính như một cơ quan riêng; cần sửa lại tên trong sổ nguồn.'), 'group', 0, LAST]]);
    }
    const label = unknown ? `${a.agency} — không có trong danh mục${a.suggestion ? `; có phải “${a.suggestion}”?` : ''}` : a.agency;
    const r = countRow(s, model, ++n, label, a, unknown ? { labelStyle: 'tdWarn' } : {});
    s.put(r, budgetCol, num(a.budgetVnd), 'tdVnd');
    s.put(r, budgetCol + 1, num(a.budgetSourceTasks), 'tdInt');
  }
  ratesNote(s);
  note(s, 'Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan; kinh phí tính cho cơ quan chủ trì đứng đầu.');
  s.blank();
}

/** IV. Overdue, by lead agency and the longest overdue first, as they are chased; and due within 30 days. */
function overdueAndDueSoon(page: Page) {
  const { s, model } = page;
  const a = model.totals.overdueByAge;
  s.row([null, text(`Quá hạn chưa hoàn thành: ${model.overdue.length} nhiệm vụ (quá hạn đến 30 ngày: ${a.upTo30}; từ 31 đến 90 ngày: ${a.from31To90}; trên 90 ngày: ${a.over90}), theo cơ quan chủ trì`)], 'subsection');
  if (model.overdue.length === 0) note(s, 'Không có nhiệm vụ quá hạn.');
  else {
    listHeader(s, 'Số ngày quá hạn');
    let at = 0;
    for (const g of model.overdueByAgency) {
      if (at >= LIST_LIMIT) break;
      const name = !g.known && g.agency !== NO_LEAD ? `${g.agency} (không có trong danh mục${g.suggestion ? `; có phải “${g.suggestion}”?` : ''})` : g.agency;
      spanRow(s, [[text(`${name}: ${g.count} nhiệm vụ (lâu nhất ${g.maxDaysOverdue} ngày)`), 'group', 0, LAST]]);
      for (const t of model.overdue.slice(at, Math.min(at + g.count, LIST_LIMIT))) listRow(page, ++at, t, [num(t.daysOverdue ?? 0), 'tdInt']);
    }
    moreNote(page, Math.min(LIST_LIMIT, model.overdue.length), model.overdue.length);
  }
  s.blank();
  taskList(page, `Sắp đến hạn (trong 30 ngày kể từ ${formatViDate(model.asOf)}): ${model.dueSoon.length} nhiệm vụ`, model.dueSoon, 'Tình trạng', statusCell, 'Không có nhiệm vụ sắp đến hạn.');
}

/** V. Open tasks due in the next quarter. */
function dueNext(page: Page) {
  const d = page.model.dueNext;
  taskList(page, `Hạn từ ${formatViDate(d.start)} đến ${formatViDate(d.end)}: ${d.tasks.length} nhiệm vụ chưa hoàn thành`, d.tasks, 'Tình trạng', statusCell, 'Không có nhiệm vụ đến hạn trong kỳ tới.');
}

/** The columns of an index table: STT, component, baseline, target, latest, the two gaps, notes. */
const INDEX_COLS: ReadonlyArray<[number, number]> = [[0, 0], [1, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11], [12, LAST]];

/** VI. Index scores against their targets, with the gaps and each component's findings. */
function indices({ s, model, sourceLink }: Page) {
  if (model.indices.length === 0) note(s, 'Không có bảng chỉ số trong các sổ đã tổng hợp.');
  for (const idx of model.indices) {
    s.row([null, [text(`${idx.index}${idx.title ? ` — ${idx.title}` : ''}`), 'subsection', sourceLink(idx.source)]]);
    const heads = ['STT', 'Chỉ số thành phần', idx.baselineHeader ?? 'Kết quả', idx.targetHeader ?? 'Chỉ tiêu', idx.latestHeader ?? 'Kết quả mới nhất', 'Chỉ tiêu − kết quả năm gốc', 'Chỉ tiêu − kết quả mới nhất', 'Ghi chú'];
    spanRow(s, INDEX_COLS.map(([a, b], i): [CellContent, string, number, number] => [text(heads[i]), 'th', a, b]));
    for (const c of idx.components) {
      const notes = idx.findings.filter((f) => f.cell.replace(/[A-Z]+/, '') === c.cell.replace(/[A-Z]+/, '')).map((f) => f.message.vi);
      const bold = c.isTotal || c.level === 1;
      const cells: Array<[CellContent, string]> = [
        [text(c.isTotal ? '' : c.number), 'tdCenter'],
        [text(c.isTotal ? c.name || 'TỔNG' : c.name), bold ? 'tdBold' : 'td'],
        [c.baseline ? text(c.baseline) : empty, 'td'],
        [c.target ? text(c.target) : empty, 'td'],
        [c.latest ? text(c.latest) : empty, 'td'],
        [c.gapTargetBaseline === null ? empty : num(c.gapTargetBaseline), 'tdGap'],
        [c.gapTargetLatest === null ? empty : num(c.gapTargetLatest), 'tdGap'],
        [notes.length ? text(notes.join(' ')) : empty, notes.length ? 'tdWarn' : 'td'],
      ];
      spanRow(s, cells.map(([content, st], k) => [content, st, INDEX_COLS[k][0], INDEX_COLS[k][1]]));
    }
    s.blank();
  }
}

/** VII. Findings by what they are (in words, never their codes) and by the lead agency of their row. */
function findings({ s, model }: Page) {
  spanRow(s, [
    [text('STT'), 'th', 0, 0],
    [text('Nội dung kiểm tra'), 'th', 1, 4],
    [text('Mức'), 'th', 5, 6],
    [text('Số lượng'), 'th', 7, 8],
  ]);
  if (model.findings.byCode.length === 0) note(s, 'Không phát hiện vấn đề nào.');
  model.findings.byCode.forEach((c, i) => {
    spanRow(s, [
      [num(i + 1), 'tdCenter', 0, 0],
      [text(CODE_LABEL[c.code]?.vi ?? 'Vấn đề khác'), 'td', 1, 4],
      [text(SEVERITY_LABEL[c.severity].vi), 'td', 5, 6],
      [num(c.count), 'tdInt', 7, 8],
    ]);
  });
  note(s, 'Một nhiệm vụ báo cáo ở nhiều bản (trùng) chỉ tính các vấn đề của nó một lần.');
  s.blank();
  spanRow(s, [
    [text('STT'), 'th', 0, 0],
    [text('Cơ quan chủ trì của dòng có vấn đề'), 'th', 1, 4],
    [text('Lỗi'), 'th', 5, 6],
    [text('Cảnh báo'), 'th', 7, 8],
    [text('Lưu ý'), 'th', 9, 10],
  ]);
  model.findings.byAgency.forEach((a, i) =>
    spanRow(s, [
      [num(i + 1), 'tdCenter', 0, 0],
      [text(a.agency), 'td', 1, 4],
      [num(a.errors), 'tdInt', 5, 6],
      [num(a.warnings), 'tdInt', 7, 8],
      [num(a.infos), 'tdInt', 9, 10],
    ]),
  );
  s.blank();
}

/** Annex 1: the workbooks and sheets the figures come from; with a plan or a last report, those and the returns. */
function sources(page: Page) {
  const { s, model } = page;
  const KIND_VI = { task: 'Bảng nhiệm vụ', index: 'Bảng chỉ số', unknown: 'Không nhận dạng' } as const;
  spanRow(s, [
    [text('STT'), 'th', 0, 0],
    [text('Sổ (tệp)'), 'th', 1, 4],
    [text('Trang tính'), 'th', 5, 8],
    [text('Loại'), 'th', 9, 10],
    [text('Số dòng'), 'th', 11, 12],
  ]);
  model.sources.forEach((src, i) =>
    spanRow(s, [
      [num(i + 1), 'tdCenter', 0, 0],
      [text(src.file), 'td', 1, 4],
      [text(src.sheet), 'td', 5, 8],
      [text(KIND_VI[src.kind]), 'td', 9, 10],
      [num(src.rows), 'tdInt', 11, 12],
    ]),
  );
  s.blank();
  planSources(page);
}

/** Annex 2: tasks reported more than once and counted once: where, and why they were taken for one. */
function duplicates(page: Page) {
  const { s, model, sourceLink } = page;
  note(s, model.duplicates[0]?.reason.vi ?? '');
  spanRow(s, [
    [text('STT'), 'th', 0, 0],
    [text('Nhiệm vụ'), 'th', 1, 4],
    [text('Cơ quan chủ trì'), 'th', 5, 6],
    [text('Tính theo báo cáo ở'), 'th', 7, 10],
    [text('Các báo cáo khác đã gộp'), 'th', 11, LAST],
  ]);
  model.duplicates.slice(0, LIST_LIMIT).forEach((d, i) => {
    spanRow(s, [
      [num(i + 1), 'tdLinkNum', 0, 0, sourceLink(d.kept)],
      [text(d.number ? `${d.number} ${stripNumber(d.title, d.number)}` : d.title), 'td', 1, 4],
      [text(d.leads.join('; ') || '(chưa có)'), 'td', 5, 6],
      [text(sourceText(d.kept)), 'td', 7, 10],
      [text(d.merged.map(sourceText).join('\n')), 'td', 11, LAST],
    ]);
  });
  moreNote(page, Math.min(LIST_LIMIT, model.duplicates.length), model.duplicates.length);
  s.blank();
}

/** Annex 3: the same task reported with different statuses: which report says what. */
function conflicts(page: Page) {
  const { s, model } = page;
  spanRow(s, [
    [text('STT'), 'th', 0, 0],
    [text('Nhiệm vụ'), 'th', 1, 4],
    [text('Các báo cáo (nguồn: tình trạng)'), 'th', 5, LAST],
  ]);
  model.conflicts.slice(0, LIST_LIMIT).forEach((c, i) => {
    spanRow(s, [
      [num(i + 1), 'tdCenter', 0, 0],
      [text(c.number ? `${c.number} ${stripNumber(c.title, c.number)}` : c.title), 'td', 1, 4],
      [text(c.reports.map((x) => `${sourceText(x.source)}: ${x.statusText ?? PROGRESS_LABEL[x.progress].vi}`).join('\n')), 'td', 5, LAST],
    ]);
  });
  moreNote(page, Math.min(LIST_LIMIT, model.conflicts.length), model.conflicts.length);
}
