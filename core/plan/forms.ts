import { formatViDate, type IsoDate } from '../dates';
import { cutOffDate, dataWindow, makePeriod, type ReportPeriod } from '../report/period';
import { SheetBuilder } from '../report/sheet-builder';
import { TABLE_STYLES } from '../report/styles';
import { empty, text, type CellContent, type Range, type ReportSpec, type SheetSpec, type Style } from '../report/spec';
import { formKeyCell } from './key';
import type { Plan, PlanTask } from './plan';

/**
 * One reporting form per agency of the plan: a first sheet "Hướng dẫn" saying what to fill and by when, and the
 * form itself with the agency's tasks as the plan states them (protected against slips), four columns to fill
 * (a status from a list, a checked date, the result with its evidence, difficulties), and a hidden column
 * with each task's key, so a filled form comes back to its task exactly (core/plan/key.ts). A task led by
 * several agencies is in each of their forms with the same key. ReportSpecs, written by the report's writer.
 */

/** The statuses offered in the form's drop-down, as staff write them (core/parse/status.ts reads each). */
export const FORM_STATUSES = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] as const;

export const FORM_SHEET = 'Biểu báo cáo';
export const GUIDE_SHEET = 'Hướng dẫn';

export type FormsOptions = {
  /** The period the forms are filled for: its cut-off date is the day to report as of and to send back by. */
  period: ReportPeriod;
};

export type Form = {
  agency: string;
  /** "Biểu báo cáo - Sở Tư pháp.xlsx", safe as a file name on Windows too. */
  fileName: string;
  tasks: number;
  /** Of them, tasks led together with other agencies. */
  shared: number;
  spec: ReportSpec;
};

/** The form's columns: [header, width]; the plan's first, then the four to fill, then the hidden key. */
const COLUMNS: ReadonlyArray<[string, number]> = [
  ['STT', 6],
  ['Nhiệm vụ', 28],
  ['Hoạt động', 42],
  ['Kết quả/sản phẩm', 18],
  ['Chủ trì', 20],
  ['Phối hợp', 22],
  ['Thời gian', 14],
  ['Tình trạng', 17],
  ['Ngày hoàn thành', 14],
  ['Kết quả / sản phẩm, tài liệu kiểm chứng', 34],
  ['Khó khăn, vướng mắc / Ghi chú', 28],
  ['Mã nhiệm vụ (cchc, không sửa)', 30],
];
const STATUS_COL = 7;
const DATE_COL = 8;
const FIRST_FILL = 7;
const KEY_COL = 11;

const LOCKED_FILL = 'F2F2F2';
const TO_FILL = 'FFF2CC';
const STYLES: Record<string, Style> = {
  ...TABLE_STYLES,
  title: { bold: true, size: 14, align: 'center', valign: 'middle', wrap: true, color: '1F4E79' },
  subtitle: { bold: true, align: 'center', valign: 'middle', wrap: true },
  meta: { italic: true, align: 'center', wrap: true },
  section: { bold: true, valign: 'middle', border: true, fill: 'DDEBF7' },
  plan: { valign: 'top', wrap: true, border: true, fill: LOCKED_FILL },
  planCenter: { valign: 'top', align: 'center', border: true, fill: LOCKED_FILL },
  fill: { valign: 'top', wrap: true, border: true, fill: TO_FILL, locked: false },
  fillDate: { valign: 'top', align: 'center', border: true, fill: TO_FILL, numFmt: 'dd/mm/yyyy', locked: false },
  key: { valign: 'top', color: '808080' },
  guideTitle: { bold: true, size: 14, color: '1F4E79' },
  guide: { wrap: true, valign: 'top' },
  guideBold: { bold: true, wrap: true, valign: 'top' },
};

/** The report period whose cut-off is the first on or after `today`: Quý I, 6 tháng, Quý III (9 tháng), năm. */
export function comingPeriod(today: IsoDate): ReportPeriod {
  const year = Number(today.slice(0, 4));
  for (const kind of ['Q1', 'H1', 'Q3', 'Y'] as const) {
    const p = makePeriod(year, kind);
    if (today <= cutOffDate(p)) return p;
  }
  return makePeriod(year + 1, 'Q1');
}

/** A file name Windows, macOS and Linux all accept: no \ / : * ? " < > |, no control characters, no trailing dot or space. */
export function safeFileName(name: string, maxLength = 150): string {
  const clean = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, maxLength).join('').replace(/[. ]+$/, '') || 'Biểu báo cáo';
}

/** The forms of every reporting agency of the plan, in the plan's order of agencies. */
export function layoutForms(plan: Plan, opts: FormsOptions): Form[] {
  const taken = new Set<string>();
  return plan.agencies.map(({ name }) => {
    const tasks = plan.tasks.filter((t) => t.reporters.includes(name));
    const base = safeFileName(`Biểu báo cáo - ${name}`);
    let fileName = `${base}.xlsx`;
    // Two names alike but for case (or cut at the same place) would be one file on Windows.
    for (let n = 2; taken.has(fileName.toLowerCase()); n++) fileName = `${base} (${n}).xlsx`;
    taken.add(fileName.toLowerCase());
    return {
      agency: name,
      fileName,
      tasks: tasks.length,
      shared: tasks.filter((t) => t.reporters.length > 1).length,
      spec: { sheets: [guideSheet(plan, name, tasks, opts), formSheet(plan, name, tasks, opts)] },
    };
  });
}

function guideSheet(plan: Plan, agency: string, tasks: readonly PlanTask[], { period }: FormsOptions): SheetSpec {
  const s = new SheetBuilder(GUIDE_SHEET, [4, 110], STYLES);
  const cutOff = formatViDate(cutOffDate(period));
  const window = dataWindow(period);
  const shared = tasks.filter((t) => t.reporters.length > 1).length;
  s.row([null, text('HƯỚNG DẪN ĐIỀN BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH')], 'guideTitle');
  s.blank();
  const lines: Array<[string, string?]> = [
    [`Cơ quan báo cáo: ${agency}.`, 'guideBold'],
    [`Kế hoạch: ${plan.title ?? plan.file} (tệp ${plan.file}).`],
    [`Kỳ báo cáo: ${period.labelVi}. Số liệu tính từ ${formatViDate(window.from)} đến ngày chốt số liệu ${cutOff} (Nghị định 09/2019/NĐ-CP, Điều 12).`],
    [`Hạn gửi lại biểu: chậm nhất ngày ${cutOff}, ghi tình hình thực hiện đến ngày đó.`, 'guideBold'],
    [`Trang “${FORM_SHEET}” có ${tasks.length} nhiệm vụ do ${agency} chủ trì theo kế hoạch${shared ? `, trong đó ${shared} nhiệm vụ có nhiều cơ quan cùng chủ trì (cột “Chủ trì”): nhiệm vụ đó cũng có trong biểu của các cơ quan kia, mỗi cơ quan báo cáo phần việc của mình` : ''}.`],
    ['Các cột điền (nền vàng):', 'guideBold'],
    [`1. “Tình trạng”: chọn trong danh sách: ${FORM_STATUSES.join(' / ')}.`],
    ['2. “Ngày hoàn thành”: ngày hoàn thành thực tế, dạng ngày/tháng/năm (ví dụ 15/08/2024); chỉ ghi khi đã hoàn thành.'],
    ['3. “Kết quả / sản phẩm, tài liệu kiểm chứng”: kết quả đạt được, số và ngày văn bản, đường dẫn tài liệu kiểm chứng.'],
    ['4. “Khó khăn, vướng mắc / Ghi chú”: lý do chậm, đề xuất, hoặc nhiệm vụ phát sinh ngoài kế hoạch.'],
    ['Các cột của kế hoạch (nền xám) được khóa để tránh sửa nhầm; không thêm, xóa hay đổi thứ tự cột, không đổi tên trang.'],
    ['Cột ẩn “Mã nhiệm vụ” giúp Sở Nội vụ nhận ra từng nhiệm vụ khi tổng hợp: xin giữ nguyên.'],
    ['Gửi lại chính tệp này (định dạng .xlsx) sau khi điền.'],
  ];
  for (const [line, style] of lines) s.row([null, text(line)], style ?? 'guide');
  return { ...s.build(), landscape: false, protection: {} };
}

function formSheet(plan: Plan, agency: string, tasks: readonly PlanTask[], { period }: FormsOptions): SheetSpec {
  const s = new SheetBuilder(FORM_SHEET, COLUMNS.map(([, w]) => w), STYLES);
  const width = COLUMNS.length - 1; // the key column stays out of the banners
  const banner = (content: CellContent, style: string, height?: number) => {
    const r = s.row([content], style);
    for (let c = 1; c < width; c++) s.put(r, c, empty, style);
    s.merge(r, 0, r, width - 1);
    if (height) s.height(r, height);
  };
  banner(text('BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH'), 'title', 24);
  if (plan.title) banner(text(plan.title), 'subtitle');
  banner(text(`Cơ quan báo cáo: ${agency}`), 'subtitle');
  banner(text(`Kỳ báo cáo: ${period.labelVi} — số liệu tính đến ngày ${formatViDate(cutOffDate(period))}`), 'meta');
  const header = s.row(COLUMNS.map(([h]) => text(h)), 'th');
  s.height(header, 48);

  const statusCells: Range[] = [];
  const dateCells: Range[] = [];
  let section: string | null = null;
  let taskRun: { top: number; text: string } | null = null;
  const closeRun = () => {
    if (taskRun) s.merge(taskRun.top, 1, s.next - 1, 1);
    taskRun = null;
  };
  for (const t of tasks) {
    const where = `${t.sheet}\u0000${t.sectionNumber ?? ''}\u0000${t.sectionTitle ?? ''}`;
    if (where !== section && (t.sectionNumber || t.sectionTitle)) {
      closeRun();
      const r = s.row([[text(t.sectionNumber ?? ''), 'section'], [text(t.sectionTitle ?? ''), 'section']]);
      for (let c = 2; c < FIRST_FILL; c++) s.put(r, c, empty, 'section');
      s.merge(r, 1, r, FIRST_FILL - 1);
      for (let c = FIRST_FILL; c < width; c++) s.put(r, c, empty, 'section');
    }
    section = where;
    const x = t.texts;
    const [context, main] = x.activity ? [x.task ?? x.goal, x.activity] : [x.task ? x.goal : null, x.task ?? x.goal];
    // The plan's task over several activities is one merged cell, as in the plan.
    const runText = context ?? '';
    const r = s.next;
    if (!taskRun || runText === '' || taskRun.text !== runText) {
      closeRun();
      if (runText !== '') taskRun = { top: r, text: runText };
    }
    const first = taskRun?.top === r || runText === '';
    const n = t.reporters.indexOf(agency) + 1;
    s.row([
      [t.number ? text(t.number) : empty, 'planCenter'],
      [first && context ? text(context) : empty, 'plan'],
      [text(main ?? t.record.title), 'plan'],
      [x.output ? text(x.output) : empty, 'plan'],
      [text(x.lead ?? t.record.leads.join('; ')), 'plan'],
      [x.coordinating ? text(x.coordinating) : empty, 'plan'],
      [x.time ? text(x.time) : empty, 'plan'],
      [empty, 'fill'],
      [empty, 'fillDate'],
      [empty, 'fill'],
      [empty, 'fill'],
      [text(formKeyCell(t.key, agency, n, t.reporters.length)), 'key'],
    ]);
    statusCells.push({ top: r, left: STATUS_COL, bottom: r, right: STATUS_COL });
    dateCells.push({ top: r, left: DATE_COL, bottom: r, right: DATE_COL });
  }
  closeRun();
  s.freeze(header + 1, 1);
  const cutOff = cutOffDate(period);
  return {
    ...s.build(),
    validations: tasks.length
      ? [
          {
            type: 'list',
            ranges: statusCells,
            values: [...FORM_STATUSES],
            prompt: { title: 'Tình trạng', text: `Chọn một: ${FORM_STATUSES.join(', ')}.` },
            error: { title: 'Tình trạng không hợp lệ', text: `Chọn trong danh sách: ${FORM_STATUSES.join(', ')}.` },
          },
          {
            type: 'date',
            ranges: dateCells,
            // A real day of the plan's years: a year typed wrong (2204, 1024) or a text is refused.
            min: `${Math.min(period.year, planYear(plan) ?? period.year) - 1}-01-01`,
            max: `${period.year}-12-31`,
            prompt: { title: 'Ngày hoàn thành', text: `Ngày hoàn thành thực tế, dạng ngày/tháng/năm; số liệu tính đến ngày ${formatViDate(cutOff)}.` },
            error: { title: 'Ngày không hợp lệ', text: `Nhập một ngày dạng ngày/tháng/năm (ví dụ ${formatViDate(cutOff)}), trong năm của kế hoạch.` },
          },
        ]
      : [],
    protection: {},
    hiddenColumns: [KEY_COL],
  };
}

/** The year the plan's title names, if any ("… NĂM 2022"). */
function planYear(plan: Plan): number | null {
  const m = /\b(20\d\d)\b/.exec(plan.title ?? '');
  return m ? Number(m[1]) : null;
}
