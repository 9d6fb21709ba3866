import { formatViDate } from '../dates';
import type { ConsolidatedTask, Counts, SourceRef, SummaryModel } from './consolidate';
import { CODE_LABEL, SEVERITY_LABEL } from './labels';
import { reportSheetBase, uniqueSheetName } from './sheet-name';
import { SheetBuilder } from './sheet-builder';
import { date, empty, num, text, type CellContent, type Link, type ReportSpec, type Style } from './spec';
import { BASIS_LABEL, PROGRESS, PROGRESS_LABEL, type Progress } from './status';

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
  title: { bold: true, size: 14, align: 'center', valign: 'middle', wrap: true, color: BLUE },
  subtitle: { bold: true, size: 13, align: 'center', valign: 'middle' },
  meta: { italic: true, align: 'left' },
  metaDate: { italic: true, align: 'left', numFmt: 'dd/mm/yyyy' },
  metaDateTime: { italic: true, align: 'left', numFmt: 'dd/mm/yyyy hh:mm' },
  section: { bold: true, size: 12, color: 'FFFFFF', fill: BLUE, valign: 'middle' },
  subsection: { bold: true, italic: true },
  th: { bold: true, align: 'center', valign: 'middle', wrap: true, border: true, fill: 'DDEBF7' },
  td: { valign: 'top', wrap: true, border: true },
  tdCenter: { valign: 'top', align: 'center', border: true },
  tdInt: { valign: 'top', align: 'right', border: true, numFmt: '#,##0' },
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
};

/** Chart colours per status, in the order of PROGRESS. */
const PROGRESS_COLOR: Record<Progress, string> = {
  completedOnTime: '70AD47',
  completedLate: 'A9D18E',
  inProgress: '5B9BD5',
  overdue: 'C00000',
  notStarted: 'FFC000',
  noDeadline: 'A5A5A5',
};

const SHORT: Record<Progress, string> = {
  completedOnTime: 'Đúng hạn',
  completedLate: 'Trễ hạn',
  inProgress: 'Đang thực hiện',
  overdue: 'Quá hạn',
  notStarted: 'Chưa thực hiện',
  noDeadline: 'Không thời hạn',
};

const WIDTHS = [6, 46, 12, 12, 12, 12, 12, 12, 12, 13, 18, 14];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "ke-hoach.xlsx › Phụ lục!D49": the file's name without its folders, which the sources table lists. */
function sourceText(s: SourceRef): string {
  return `${fileName(s.file)} › ${s.sheet}!${s.cell}`;
}
const FILE_NAMES = new Map<string, string>();
function fileName(file: string): string {
  let n = FILE_NAMES.get(file);
  if (n === undefined) {
    n = file.split(/[\\/]/).pop() ?? file;
    if (FILE_NAMES.size > 10_000) FILE_NAMES.clear();
    FILE_NAMES.set(file, n);
  }
  return n;
}

/** Lays the summary model out as the quarterly summary sheet and its detail sheet, in Vietnamese. */
export function layoutReport(model: SummaryModel, opts: LayoutOptions): ReportSpec {
  const existing = [...(opts.existingSheets ?? [])];
  const summaryName = uniqueSheetName(reportSheetBase(model.period.code, 'summary'), existing);
  const detailName = uniqueSheetName(reportSheetBase(model.period.code, 'detail'), [...existing, summaryName]);
  const sourceLink = (s: SourceRef): Link =>
    opts.links === 'internal' ? { kind: 'internal', sheet: s.sheet, cell: s.cell } : { kind: 'external', file: opts.linkPath ? opts.linkPath(s.file) : s.file, sheet: s.sheet, cell: s.cell };

  // The detail sheet first, so the summary can link to each task's row in it.
  const detail = new SheetBuilder(detailName, [6, 8, 60, 26, 28, 22, 12, 24, 18, 13, 10, 16, 40], STYLES);
  detail.banner(text(`DANH SÁCH NHIỆM VỤ ĐÃ TỔNG HỢP — ${model.period.titleVi}`), 'title', 24);
  detail.row([text(`Tính đến ngày ${formatViDate(model.asOf)}; mỗi nhiệm vụ một dòng, kèm ô nguồn.`)], 'meta');
  const dHeader = detail.row(
    ['STT', 'Số', 'Nhiệm vụ / hoạt động', 'Lĩnh vực', 'Cơ quan chủ trì', 'Thời gian (như ghi)', 'Hạn', 'Tình trạng', 'Căn cứ xác định', 'Ngày hoàn thành', 'Số ngày quá hạn', 'Kinh phí (đồng)', 'Nguồn'].map((h) => text(h)),
    'th',
  );
  detail.freeze(dHeader + 1, 3);
  const detailRow = new Map<ConsolidatedTask, number>();
  model.tasks.forEach((t, i) => {
    const r = detail.row([
      [num(i + 1), 'tdCenter'],
      [t.number ? text(t.number) : empty, 'tdCenter'],
      [text(t.title), 'td'],
      [text(t.area), 'td'],
      [text(t.leads.join('; ')), 'td'],
      [t.deadlineText ? text(t.deadlineText) : empty, 'td'],
      [t.deadline ? date(t.deadline) : empty, 'tdDate'],
      [text(PROGRESS_LABEL[t.progress].vi), t.progress === 'overdue' ? 'tdWarn' : 'td'],
      [text(BASIS_LABEL[t.basis].vi), 'td'],
      [t.completedOn ? date(t.completedOn) : empty, 'tdDate'],
      [t.daysOverdue !== null ? num(t.daysOverdue) : empty, 'tdInt'],
      [t.budgetVnd !== null ? num(t.budgetVnd) : t.budgetIsSource ? text('(theo nguồn)') : empty, 'tdVnd'],
      [text(sourceText(t.source)), 'tdLink', sourceLink(t.source)],
    ]);
    detailRow.set(t, r);
  });
  const toDetail = (t: ConsolidatedTask): Link => ({ kind: 'internal', sheet: detailName, cell: `C${(detailRow.get(t) ?? dHeader) + 1}` });

  const s = new SheetBuilder(summaryName, WIDTHS, STYLES);
  const w = s.width;
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

  // Table of contents: internal links to each section.
  const sections = ['TỔNG QUAN', 'THEO LĨNH VỰC CẢI CÁCH', 'THEO CƠ QUAN CHỦ TRÌ', 'NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN', `NHIỆM VỤ ĐẾN HẠN KỲ TỚI (${model.dueNext.labelVi.toUpperCase()})`, 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ CÁC CHỈ SỐ LIÊN QUAN', 'KẾT QUẢ KIỂM TRA DỮ LIỆU'];
  if (model.conflicts.length) sections.push('NHIỆM VỤ BÁO CÁO TRÙNG, TÌNH TRẠNG KHÁC NHAU');
  s.row([text('Mục lục:')], 'subsection');
  const tocRows = sections.map((title, i) => s.row([null, text(`${ROMAN[i]}. ${title}`)], 'link'));
  s.row([null, [text(`Danh sách đầy đủ ${model.tasks.length} nhiệm vụ: trang “${detailName}”`), 'link', { kind: 'internal', sheet: detailName, cell: 'A1' }]]);
  s.blank();
  let sectionNo = 0;
  const section = () => {
    const r = s.banner(text(`${ROMAN[sectionNo]}. ${sections[sectionNo]}`), 'section', 20);
    s.put(tocRows[sectionNo], 1, text(`${ROMAN[sectionNo]}. ${sections[sectionNo]}`), 'link', { kind: 'internal', sheet: summaryName, cell: `A${r + 1}` });
    sectionNo++;
    return r;
  };

  // I. Overview
  section();
  const t = model.totals;
  s.row([text('STT'), text('Chỉ tiêu'), text('Số lượng'), text('Tỷ lệ')], 'th');
  const pct = (n: number): CellContent => (t.total === 0 ? empty : num(n / t.total));
  const ov: Array<[string, CellContent, CellContent, string?]> = [
    ['Tổng số nhiệm vụ', num(t.total), empty, 'bold'],
    ...PROGRESS.map((p): [string, CellContent, CellContent] => [PROGRESS_LABEL[p].vi, num(t[p]), pct(t[p])]),
    ['Tỷ lệ hoàn thành (đúng hạn và trễ hạn)', num(t.completedOnTime + t.completedLate), t.completionRate === null ? empty : num(t.completionRate), 'bold'],
    ['Nhiệm vụ chưa có cơ quan chủ trì', num(t.withoutLead), pct(t.withoutLead)],
    ['Tổng kinh phí ghi bằng số tiền (đồng/năm)', num(t.budgetVnd), empty],
    ['Nhiệm vụ chỉ ghi nguồn kinh phí (không có số tiền)', num(t.budgetSourceTasks), empty],
    ['Nhiệm vụ báo cáo trùng đã gộp', num(t.duplicatesMerged), empty],
  ];
  ov.forEach(([label, n, p, bold], i) => {
    s.row([[num(i + 1), 'tdCenter'], [text(label), bold ? 'tdBold' : 'td'], [n, bold ? 'tdBoldInt' : 'tdInt'], [p, bold ? 'tdBoldPct' : 'tdPct']]);
  });
  s.row([null, text('Kinh phí theo tháng được quy ra năm (×12); kinh phí ghi gộp cho nhiều hoạt động chỉ tính một lần.')], 'note');
  s.blank();

  // II. By area, with a stacked bar chart.
  section();
  const countHeader = ['STT', '', 'Tổng số', ...PROGRESS.map((p) => SHORT[p]), 'Tỷ lệ hoàn thành'];
  const countRow = (i: number, label: string, c: Counts, bold = false) =>
    s.row([[num(i), 'tdCenter'], [text(label), bold ? 'tdBold' : 'td'], [num(c.total), bold ? 'tdBoldInt' : 'tdInt'], ...PROGRESS.map((p): [CellContent, string] => [num(c[p]), bold ? 'tdBoldInt' : 'tdInt']), [c.completionRate === null ? empty : num(c.completionRate), bold ? 'tdBoldPct' : 'tdPct']]);
  s.row(countHeader.map((h, i) => text(i === 1 ? 'Lĩnh vực cải cách' : h)), 'th');
  const areaTop = s.next;
  model.byArea.forEach((a, i) => countRow(i + 1, a.area, a));
  const areaBottom = s.next - 1;
  countRow(model.byArea.length + 1, 'Tổng cộng', t, true);
  if (model.byArea.length > 0) {
    const chartTop = s.next + 1;
    const chartRows = Math.max(14, model.byArea.length * 2 + 6);
    s.chart({
      type: 'bar',
      grouping: 'stacked',
      title: `Tình hình thực hiện theo lĩnh vực — ${model.period.labelVi}`,
      categories: { top: areaTop, left: 1, bottom: areaBottom, right: 1 },
      series: PROGRESS.map((p, k) => ({ name: SHORT[p], values: { top: areaTop, left: 3 + k, bottom: areaBottom, right: 3 + k }, color: PROGRESS_COLOR[p] })),
      anchor: { top: chartTop, left: 1, bottom: chartTop + chartRows, right: 9 },
    });
    s.blank(chartRows + 2);
  }

  // III. By lead agency
  section();
  s.row([...countHeader.map((h, i) => text(i === 1 ? 'Cơ quan chủ trì' : h)), text('Kinh phí (đồng/năm)'), text('NV ghi nguồn KP')], 'th');
  model.byAgency.forEach((a, i) => {
    const r = countRow(i + 1, a.agency, a);
    s.put(r, 10, num(a.budgetVnd), 'tdVnd');
    s.put(r, 11, num(a.budgetSourceTasks), 'tdInt');
  });
  s.row([null, text('Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan; kinh phí tính cho cơ quan chủ trì đứng đầu.')], 'note');
  s.blank();

  // IV. Overdue and at-risk
  section();
  const listHeader = (last: string) => s.row(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', null, 'Hạn', last, 'Thời gian (như ghi)', null, 'Lĩnh vực', null, 'Nguồn', null].map((h) => (h === null ? empty : text(h))), 'th');
  const listRow = (i: number, task: ConsolidatedTask, lastCell: [CellContent, string]) => {
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
    for (const [a, b] of [[2, 3], [6, 7], [8, 9], [10, 11]]) s.merge(r, a, r, b);
  };
  const mergeHeader = (r: number) => {
    for (const [a, b] of [[2, 3], [6, 7], [8, 9], [10, 11]]) s.merge(r, a, r, b);
  };
  s.row([null, text(`Quá hạn chưa hoàn thành: ${model.overdue.length} nhiệm vụ`)], 'subsection');
  if (model.overdue.length) {
    mergeHeader(listHeader('Số ngày quá hạn'));
    model.overdue.forEach((task, i) => listRow(i + 1, task, [num(task.daysOverdue ?? 0), 'tdInt']));
  } else s.row([null, text('Không có nhiệm vụ quá hạn.')], 'note');
  s.blank();
  s.row([null, text(`Sắp đến hạn (trong 30 ngày kể từ ${formatViDate(model.asOf)}): ${model.dueSoon.length} nhiệm vụ`)], 'subsection');
  if (model.dueSoon.length) {
    mergeHeader(listHeader('Tình trạng'));
    model.dueSoon.forEach((task, i) => listRow(i + 1, task, [text(PROGRESS_LABEL[task.progress].vi), 'td']));
  } else s.row([null, text('Không có nhiệm vụ sắp đến hạn.')], 'note');
  s.blank();

  // V. Due next period
  section();
  s.row([null, text(`Hạn từ ${formatViDate(model.dueNext.start)} đến ${formatViDate(model.dueNext.end)}: ${model.dueNext.tasks.length} nhiệm vụ chưa hoàn thành`)], 'subsection');
  if (model.dueNext.tasks.length) {
    mergeHeader(listHeader('Tình trạng'));
    model.dueNext.tasks.forEach((task, i) => listRow(i + 1, task, [text(PROGRESS_LABEL[task.progress].vi), 'td']));
  } else s.row([null, text('Không có nhiệm vụ đến hạn trong kỳ tới.')], 'note');
  s.blank();

  // VI. Indices
  section();
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

  // VII. Findings
  section();
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

  // VIII. Conflicting duplicate reports
  if (model.conflicts.length) {
    section();
    s.row([text('STT'), text('Nhiệm vụ'), text('Các báo cáo (nguồn: tình trạng)')], 'th');
    s.merge(s.next - 1, 2, s.next - 1, w - 1);
    model.conflicts.forEach((c, i) => {
      const r = s.row([[num(i + 1), 'tdCenter'], [text(c.number ? `${c.number} ${stripNumber(c.title, c.number)}` : c.title), 'td'], [text(c.reports.map((x) => `${sourceText(x.source)}: ${x.statusText ?? PROGRESS_LABEL[x.progress].vi}`).join('\n')), 'td']]);
      for (let k = 3; k < w; k++) s.put(r, k, empty, 'td');
      s.merge(r, 2, r, w - 1);
    });
  }
  s.freeze(2);
  return { sheets: [s.build(), detail.build()] };
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
