import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  LineRuleType,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
} from 'docx';
import { NO_LEAD, type ConsolidatedTask, type Counts, type SummaryModel } from '../../report/consolidate';
import { proseDate, longDate, percentVi, figuresSentences, ruleSentence, windowSentence, RATE_LABEL } from '../../report/sentences';
import type { ReportSettings } from '../../report/settings';
import { changesSentences, planSentences } from '../../plan/sentences';

/**
 * The draft report an office sends upward, as a Word file, from the same SummaryModel as the sheet: the
 * format of Nghị định 30/2020/NĐ-CP (Phụ lục I) — the issuing body and the national heading side by side,
 * "Số: …/BC-…", place and date, "BÁO CÁO" and its summary line, "Kính gửi: …", the figures in sentences and
 * tables, "[…]" where only a person can write (assessment, causes, proposals), "Nơi nhận:" and the signer's
 * block. Times New Roman, 14 pt text and 12 pt tables, A4 portrait with the decree's margins (top and bottom
 * 20 mm, left 30 mm, right 15 mm), page numbers at the top centre from page 2. Pure: docx builds the package in
 * memory and gives bytes, in Node and in a browser alike.
 */

const FONT = 'Times New Roman';
/** Sizes in half-points, as Word counts them. */
const BODY = 28;
const TABLE = 24;
const SMALL = 24;
const NOTE = 22;
const mm = convertMillimetersToTwip;
const PAGE = { width: mm(210), height: mm(297), margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** What the officer writes in: marked so it cannot be sent by mistake. */
const BLANK = '[…]';

type Run = { text: string; bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

const run = (r: Run | string): TextRun =>
  typeof r === 'string'
    ? new TextRun({ text: r, font: FONT, size: BODY })
    : new TextRun({ text: r.text, font: FONT, size: r.size ?? BODY, bold: r.bold, italics: r.italics, ...(r.underline ? { underline: {} } : {}) });

function para(runs: Array<Run | string>, opts: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ spacing: { before: 60, after: 60, line: 300 }, ...opts, children: runs.map(run) });
}

/** A body paragraph: justified, the first line indented 1 cm, as reports are typed. */
const body = (runs: Array<Run | string>): Paragraph => para(runs, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) } });
const heading = (text: string): Paragraph => para([{ text, bold: true }], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { before: 120, after: 60 }, keepNext: true });
const centered = (runs: Array<Run | string>, opts: IParagraphOptions = {}) => para(runs, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...opts });

const or = (v: string | undefined, placeholder: string): string => (v && v.trim() !== '' ? v.trim() : placeholder);

/** The short line the decree draws under the issuer's name and under the motto. */
function rule(indentMm: number): Paragraph {
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: mm(indentMm), right: mm(indentMm) },
    // A few points below the line above, so the rule does not read as an underline.
    spacing: { before: 50, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** A borderless two-column block: the heading and the closing are laid out side by side this way. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const l = Math.round(TEXT_WIDTH * leftShare);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [l, TEXT_WIDTH - l],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: l, type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: TEXT_WIDTH - l, type: WidthType.DXA }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

/** The heading block: issuing body | national heading; number | place and date. */
function documentHeading(m: SummaryModel, s: ReportSettings): Table {
  const parent = or(s.parentBody, '[CƠ QUAN CẤP TRÊN]').toUpperCase();
  const issuer = or(s.issuer, '[CƠ QUAN BAN HÀNH]').toUpperCase();
  const number = `Số: ${or(s.number, '…')}/BC-${or(s.issuerCode, '…')}`;
  const place = or(s.place, '[Địa danh]');
  const date = s.date ? longDate(s.date) : `ngày … tháng … năm ${m.period.kind === 'Y' || m.period.kind === 'Q4' ? '…' : m.period.year}`;
  return sideBySide(
    [centered([{ text: parent, size: SMALL }]), centered([{ text: issuer, bold: true, size: SMALL }]), rule(18), centered([{ text: number, size: BODY - 2 }], { spacing: { before: 120 } })],
    [
      centered([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: SMALL }]),
      centered([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, size: BODY - 2 }]),
      rule(22),
      centered([{ text: `${place}, ${date}`, italics: true, size: BODY - 2 }], { spacing: { before: 120 } }),
    ],
    0.4,
  );
}

/** "quý III (9 tháng) năm 2024": the period inside a sentence. */
function periodInSentence(m: SummaryModel): string {
  const l = m.period.labelVi;
  return l.charAt(0).toLowerCase() + l.slice(1);
}

type Col = { head: string; width: number; align?: 'left' | 'center' | 'right' };

/** A bordered table, the header row repeated on each page, rows never split across pages. */
function table(cols: Col[], rows: Array<Array<string | { text: string; bold?: boolean; italics?: boolean; span?: number }>>): Table {
  const total = cols.reduce((n, c) => n + c.width, 0);
  const widths = cols.map((c) => Math.round((TEXT_WIDTH * c.width) / total));
  const cell = (text: string, i: number, o: { bold?: boolean; italics?: boolean; span?: number; head?: boolean } = {}) => {
    const span = o.span ?? 1;
    const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
    const align = o.head ? AlignmentType.CENTER : cols[i].align === 'right' ? AlignmentType.RIGHT : cols[i].align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalAlign: o.head ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 50, right: 50 },
      children: text.split('\n').map((line) => new Paragraph({ alignment: align, spacing: { before: 20, after: 20 }, children: [run({ text: line, size: TABLE, bold: o.bold || o.head, italics: o.italics })] })),
    });
  };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, i) => cell(c.head, i, { head: true })) }),
      ...rows.map((r) => {
        let col = 0;
        return new TableRow({
          cantSplit: true,
          children: r.map((c) => {
            const o = typeof c === 'string' ? { text: c } : c;
            const made = cell(o.text, col, o);
            col += o.span ?? 1;
            return made;
          }),
        });
      }),
    ],
  });
}

/**
 * Widths in millimetres (of the 165 mm between the margins). With a plan its unreported tasks get a column, taken
 * from the name and the three counts whose headings wrap anyway, so no word of a heading or a rate is cut.
 */
const COUNT_COLS = (first: string, withPlan: boolean): Col[] => [
  { head: 'STT', width: withPlan ? 10 : 12, align: 'center' },
  { head: first, width: withPlan ? 28 : 36 },
  { head: 'Tổng số', width: withPlan ? 12 : 13, align: 'right' },
  { head: 'Hoàn thành', width: withPlan ? 14 : 15, align: 'right' },
  { head: 'Đang thực hiện', width: withPlan ? 13 : 15, align: 'right' },
  { head: 'Chưa thực hiện', width: withPlan ? 13 : 15, align: 'right' },
  { head: 'Quá hạn', width: withPlan ? 12 : 13, align: 'right' },
  { head: 'Không có hạn cụ thể', width: 15, align: 'right' },
  ...(withPlan ? [{ head: 'Chưa có báo cáo', width: 13, align: 'right' as const }] : []),
  { head: 'Tỷ lệ HT / tổng số', width: 16, align: 'right' },
  { head: 'Tỷ lệ HT / đã đến hạn', width: 16, align: 'right' },
];

function countCells(c: Counts): string[] {
  const unreported = c.unreported === undefined ? [] : [String(c.unreported)];
  return [
    String(c.total),
    String(c.completedOnTime + c.completedLate),
    String(c.inProgress),
    String(c.notStarted),
    String(c.overdue),
    String(c.recurring + c.conditional + c.noDeadline),
    ...unreported,
    percentVi(c.completionRate),
    percentVi(c.completionRateOfDue),
  ];
}

function countsNote(m: SummaryModel): Paragraph {
  const plan = m.plan ? ' “Chưa có báo cáo”: nhiệm vụ của kế hoạch chưa có trong báo cáo nào.' : '';
  return para(
    [{ text: `Ghi chú: HT là hoàn thành (đúng hạn và trễ hạn). ${RATE_LABEL.all}: ${RATE_LABEL.allHow}. ${RATE_LABEL.due}: ${RATE_LABEL.dueHow}. “Không có hạn cụ thể”: thực hiện thường xuyên, định kỳ, theo kế hoạch, quy định hoặc chưa ghi thời hạn.${plan}`, italics: true, size: NOTE }],
    { alignment: AlignmentType.JUSTIFIED },
  );
}

function byAreaTable(m: SummaryModel): Table {
  return table(COUNT_COLS('Lĩnh vực cải cách', m.plan !== undefined), [
    ...m.byArea.map((a, i) => [String(i + 1), a.area, ...countCells(a)]),
    ['', { text: 'Tổng cộng', bold: true }, ...countCells(m.totals).map((text) => ({ text, bold: true }))],
  ]);
}

function agencyName(a: { agency: string; known: boolean; suggestion: string | null }): string {
  if (a.known || a.agency === NO_LEAD) return a.agency;
  return `${a.agency} (không có trong danh mục${a.suggestion ? `; có phải “${a.suggestion}”?` : ''})`;
}

function byAgencyTable(m: SummaryModel): Table {
  const cols = COUNT_COLS('Cơ quan chủ trì', m.plan !== undefined);
  const rows: Array<Array<string | { text: string; italics?: boolean; span?: number }>> = [];
  let unknownShown = false;
  m.byAgency.forEach((a, i) => {
    if (!a.known && a.agency !== NO_LEAD && !unknownShown) {
      unknownShown = true;
      rows.push([{ text: 'Tên cơ quan không có trong danh mục (cần kiểm tra lại, không tính như một cơ quan riêng):', italics: true, span: cols.length }]);
    }
    rows.push([String(i + 1), agencyName(a), ...countCells(a)]);
  });
  return table(cols, rows);
}

function age(days: number | null): string {
  const d = days ?? 0;
  return d > 90 ? `${d} (trên 90 ngày)` : String(d);
}

/** The overdue tasks by lead agency, each agency a row of its own, the longest overdue first. */
function overdueTable(m: SummaryModel): Table {
  const rows: Array<Array<string | { text: string; bold?: boolean; span?: number }>> = [];
  let n = 0;
  let at = 0;
  for (const g of m.overdueByAgency) {
    rows.push([{ text: `${agencyName(g)}: ${g.count} nhiệm vụ`, bold: true, span: 4 }]);
    for (const t of m.overdue.slice(at, at + g.count)) rows.push([String(++n), taskText(t), t.deadline ? proseDate(t.deadline) : '', age(t.daysOverdue)]);
    at += g.count;
  }
  return table(
    [
      { head: 'STT', width: 8, align: 'center' },
      { head: 'Nhiệm vụ', width: 62 },
      { head: 'Thời hạn', width: 14, align: 'center' },
      { head: 'Số ngày quá hạn', width: 18, align: 'right' },
    ],
    rows,
  );
}

/** A task as a list names it: its number and its text's first line. */
function taskText(t: ConsolidatedTask): string {
  const first = t.title.split('\n')[0].trim();
  const text = t.number && !first.startsWith(t.number) ? `${t.number}. ${first}` : first;
  return [...text].length > 300 ? `${[...text].slice(0, 299).join('')}…` : text;
}

function indexTables(m: SummaryModel): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  m.indices.forEach((idx, k) => {
    out.push(para([{ text: `${String.fromCharCode(97 + (k % 26))}) ${idx.index}${idx.title ? ` — ${idx.title}` : ''}`, italics: true }], { alignment: AlignmentType.JUSTIFIED, keepNext: true }));
    // The components a reader compares with the targets: the totals and the first level.
    const shown = idx.components.filter((c) => c.isTotal || c.level <= 1);
    const gap = (g: number | null) => (g === null ? '' : `${g > 0 ? '+' : ''}${g.toFixed(2).replace('.', ',')}`);
    out.push(
      table(
        [
          { head: 'STT', width: 8, align: 'center' },
          { head: 'Chỉ số thành phần', width: 38 },
          { head: idx.baselineHeader ?? 'Kết quả năm gốc', width: 14, align: 'center' },
          { head: idx.targetHeader ?? 'Chỉ tiêu', width: 14, align: 'center' },
          { head: idx.latestHeader ?? 'Kết quả mới nhất', width: 14, align: 'center' },
          { head: 'Chỉ tiêu so với kết quả', width: 14, align: 'right' },
        ],
        shown.map((c) => [c.isTotal ? '' : c.number, c.isTotal ? { text: c.name || 'Tổng', bold: true } : c.name, c.baseline ?? '', c.target ?? '', c.latest ?? '', gap(c.gapTargetLatest ?? c.gapTargetBaseline)]),
      ),
    );
  });
  return out;
}

function dueNextTable(m: SummaryModel): Table {
  return table(
    [
      { head: 'STT', width: 8, align: 'center' },
      { head: 'Nhiệm vụ', width: 52 },
      { head: 'Cơ quan chủ trì', width: 26 },
      { head: 'Thời hạn', width: 16, align: 'center' },
    ],
    m.dueNext.tasks.map((t, i) => [String(i + 1), taskText(t), t.leads.join('; ') || '(chưa có)', t.deadline ? proseDate(t.deadline) : '']),
  );
}

function closing(s: ReportSettings): Table {
  const distribution = s.distribution?.length ? s.distribution : ['Như trên', BLANK, 'Lưu: VT, …'];
  const signer = s.signer ?? {};
  const left = [
    para([{ text: 'Nơi nhận:', bold: true, italics: true, size: SMALL }], { spacing: { before: 0, after: 0 } }),
    ...distribution.map((d, i) => para([{ text: `- ${d}${i === distribution.length - 1 ? '.' : ';'}`, size: NOTE }], { spacing: { before: 0, after: 0 } })),
  ];
  const right = [
    ...(signer.authority !== undefined ? (signer.authority.trim() ? [centered([{ text: signer.authority.toUpperCase(), bold: true }])] : []) : [centered([{ text: '[QUYỀN HẠN NGƯỜI KÝ]', bold: true }])]),
    centered([{ text: or(signer.title, '[CHỨC VỤ NGƯỜI KÝ]').toUpperCase(), bold: true }]),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    centered([{ text: or(signer.name, '[Họ và tên]'), bold: true }]),
  ];
  return sideBySide(left, right, 0.5);
}

/**
 * Part I, numbered as its parts come: the figures; with a plan, how the reporting went; with the last report, what
 * changed; then the tables by area and agency, the overdue tasks and the indices.
 */
function results(m: SummaryModel): Array<Paragraph | Table> {
  const parts: Array<[string, Array<Paragraph | Table>]> = [['Kết quả chung', figuresSentences(m).map((t) => body([t]))]];
  const plan = planSentences(m);
  if (plan.length) parts.push(['Tình hình báo cáo của các cơ quan theo kế hoạch', plan.map((t) => body([t]))]);
  const changes = changesSentences(m);
  if (changes.length) parts.push(['So với kỳ báo cáo trước', changes.map((t) => body([t]))]);
  parts.push(
    ['Kết quả theo lĩnh vực cải cách hành chính', [byAreaTable(m), countsNote(m)]],
    ['Kết quả theo cơ quan chủ trì', [byAgencyTable(m)]],
    [
      'Nhiệm vụ quá hạn chưa hoàn thành',
      m.overdue.length
        ? [body([`Có ${m.overdue.length} nhiệm vụ quá hạn chưa hoàn thành, theo cơ quan chủ trì (nhiệm vụ quá hạn lâu nhất ghi trước):`]), overdueTable(m)]
        : [body([`Đến ngày ${proseDate(m.asOf)}, không có nhiệm vụ quá hạn chưa hoàn thành.`])],
    ],
    ['Kết quả các chỉ số so với chỉ tiêu', m.indices.length ? indexTables(m) : [body(['Không có bảng chỉ số trong các sổ đã tổng hợp.'])]],
  );
  return parts.flatMap(([title, content], i) => [heading(`${i + 1}. ${title}`), ...content]);
}

/** The document's paragraphs and tables, in order. */
export function reportDocument(m: SummaryModel, s: ReportSettings = {}): Document {
  const issuer = s.issuer?.trim() ? s.issuer.trim() : '[cơ quan]';
  const recipients = s.recipients?.filter((r) => r.trim() !== '') ?? [];
  const period = periodInSentence(m);
  const next = m.dueNext.labelVi.charAt(0).toLowerCase() + m.dueNext.labelVi.slice(1);
  const children: Array<Paragraph | Table> = [
    documentHeading(m, s),
    centered([{ text: 'BÁO CÁO', bold: true }], { spacing: { before: 360, after: 0 } }),
    centered([{ text: `Kết quả thực hiện công tác cải cách hành chính ${period}`, bold: true }]),
    rule(60),
    centered([`Kính gửi: ${recipients.length ? recipients.join('; ') : BLANK}.`], { spacing: { before: 200, after: 200 } }),
    body([`Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, ${issuer} báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính ${period} như sau:`]),
    body([{ text: `${windowSentence(m)} ${ruleSentence(m)}`, italics: true }]),
    heading('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'),
    ...results(m),
    heading('II. ĐÁNH GIÁ CHUNG'),
    heading('1. Ưu điểm'),
    body([BLANK]),
    heading('2. Hạn chế, tồn tại và nguyên nhân'),
    body([BLANK]),
    heading(`III. NHIỆM VỤ TRỌNG TÂM ${m.dueNext.labelVi.toUpperCase()}`),
    ...(m.dueNext.tasks.length
      ? [body([`Các nhiệm vụ đến hạn trong ${next} (từ ${proseDate(m.dueNext.start)} đến ${proseDate(m.dueNext.end)}) chưa hoàn thành: ${m.dueNext.tasks.length} nhiệm vụ.`]), dueNextTable(m)]
      : [body([`Không có nhiệm vụ đến hạn trong ${next} chưa hoàn thành.`])]),
    body([BLANK]),
    heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    body([BLANK]),
    para([`Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${period} của ${issuer}./.`], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, keepNext: true }),
    new Paragraph({ keepNext: true, children: [] }),
    closing(s),
  ];
  return new Document({
    creator: 'cchc',
    title: `Báo cáo kết quả thực hiện công tác cải cách hành chính ${period}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margin }, titlePage: true },
        // Page numbers at the top centre, none on the first page (Nghị định 30/2020, Phụ lục I).
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY - 2 })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

/** The Word draft's bytes. */
export async function writeReportDocx(m: SummaryModel, s: ReportSettings = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(m, s)));
}
