import { formatViDate, type IsoDate } from '../dates';
import { taskLabel, type Finding, type FindingStats, type Lang, type Message } from '../findings';
import { CODE_LABEL, SEVERITY_COLOUR, SEVERITY_LABEL } from './labels';
import { SheetBuilder } from './sheet-builder';
import { TABLE_STYLES } from './styles';
import { uniqueSheetName } from './sheet-name';
import { empty, num, text, type CellContent, type CellSpec, type Link, type ReportSpec, type Style } from './spec';

/**
 * The findings of many workbooks as a list to send back to the agencies: under a title and the date they were
 * judged on, one row per finding (file, sheet, cell, task, kind of problem, severity, message, then the column,
 * the value and any suggestion), each cell linked to its source, and a second sheet with every file checked, its
 * counts, or why it could not be used. Kinds of problem are named in the list's language; the finding's code,
 * for machines, is a last column of the English list only. A ReportSpec, so any writer draws it; every text is
 * a text cell, so "= …", "- …" or "+ …" from a workbook stays text.
 */

export type FindingsListFile =
  | {
      file: string;
      ok: true;
      stats: FindingStats;
      sheets: ReadonlyArray<{ name: string; kind: 'task' | 'index' | 'unknown'; rows: number; findings: readonly Finding[] }>;
      /** The workbook has no task or index table: this sentence instead of "Đã kiểm tra" (core/no-table.ts). */
      noTable?: Message;
    }
  | { file: string; ok: false; code: string; message: Message };

export type FindingsListOptions = {
  lang: Lang;
  asOf: IsoDate;
  /** Local date and time the list is made (YYYY-MM-DDTHH:MM). */
  generatedAt: string;
  /** The path each file's links use, relative to where the list is saved; no links when absent. */
  linkPath?: (file: string) => string;
  /** Only the findings this keeps (the page's filters); every finding when absent. */
  include?: (f: Finding) => boolean;
  /** One line saying what the filter kept, shown with the list's details. */
  filterNote?: string;
};

const WORDS = {
  findingsSheet: { vi: 'Danh sách vấn đề', en: 'Findings' },
  filesSheet: { vi: 'Các tệp đã kiểm tra', en: 'Files checked' },
  head: {
    vi: ['STT', 'Tệp', 'Trang tính', 'Ô', 'Nhiệm vụ', 'Loại vấn đề', 'Mức độ', 'Nội dung', 'Cột', 'Giá trị trong ô', 'Gợi ý'],
    en: ['No.', 'File', 'Sheet', 'Cell', 'Task', 'Kind of finding', 'Severity', 'Message', 'Column', 'Value in the cell', 'Suggestion', 'Code'],
  },
  filesHead: {
    vi: ['STT', 'Tệp', 'Kết quả', 'Số trang', 'Số dòng', 'Lỗi', 'Cảnh báo', 'Lưu ý'],
    en: ['No.', 'File', 'Result', 'Sheets', 'Rows', 'Errors', 'Warnings', 'Info'],
  },
  checked: { vi: 'Đã kiểm tra', en: 'Checked' },
  title: { vi: 'KẾT QUẢ KIỂM TRA CÁC TỆP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH', en: 'CHECK RESULTS OF THE ADMINISTRATIVE-REFORM PLAN FILES' },
  listTitle: { vi: 'DANH SÁCH VẤN ĐỀ TRONG CÁC TỆP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH', en: 'FINDINGS IN THE ADMINISTRATIVE-REFORM PLAN FILES' },
  /** One text cell each, so no label runs into its date ("Tính đến30/09/2022" when a label and a date shared a narrow column). */
  when: {
    vi: (asOf: string, made: string) => `Tính đến ngày ${asOf}; lập lúc ${made}.`,
    en: (asOf: string, made: string) => `As of ${asOf}; made ${made}.`,
  },
  totals: {
    vi: (files: number, refused: number, listed: number) => `${files} tệp (${refused} tệp không dùng được); ${listed} vấn đề trong danh sách.`,
    en: (files: number, refused: number, listed: number) => `${files} files (${refused} could not be used); ${listed} findings listed.`,
  },
};

const STYLES: Record<string, Style> = {
  ...TABLE_STYLES,
  title: { bold: true, size: 13, color: '1F4E79' },
  meta: { italic: true },
  tdLink: { valign: 'top', align: 'center', border: true, color: '0563C1', underline: true },
  ...Object.fromEntries((['error', 'warning', 'info'] as const).map((s) => [s, { valign: 'top', align: 'center', border: true, color: SEVERITY_COLOUR[s].font, fill: SEVERITY_COLOUR[s].fill } satisfies Style])),
  refused: { valign: 'top', wrap: true, border: true, color: '9C0006' },
  noTable: { valign: 'top', wrap: true, border: true, color: '9C5700' },
};

export function layoutFindingsList(files: readonly FindingsListFile[], opts: FindingsListOptions): ReportSpec {
  const { lang } = opts;
  const keep = opts.include ?? (() => true);
  const rows: Array<{ file: string; f: Finding }> = [];
  for (const file of files) if (file.ok) for (const s of file.sheets) for (const f of s.findings) if (keep(f)) rows.push({ file: file.file, f });

  const findingsName = uniqueSheetName(WORDS.findingsSheet[lang], []);
  const filesName = uniqueSheetName(WORDS.filesSheet[lang], [findingsName]);

  const when = WORDS.when[lang](formatViDate(opts.asOf), madeAt(opts.generatedAt));
  // The title and date, a blank row, then one table: Excel's filter and sort take the table as it is.
  const list = new SheetBuilder(findingsName, [6, 28, 22, 8, 36, 26, 11, 60, 22, 32, 26, ...(lang === 'en' ? [24] : [])], STYLES);
  list.row([text(WORDS.listTitle[lang])], 'title');
  list.row([text(when)], 'meta');
  if (opts.filterNote) list.row([text(opts.filterNote)], 'meta');
  list.blank();
  const listHead = list.row(WORDS.head[lang].map((h) => text(h)), 'th');
  list.freeze(listHead + 1);
  const link = (file: string, f: Finding): Link | undefined => (opts.linkPath ? { kind: 'external', file: opts.linkPath(file), sheet: f.sheet, cell: f.cell } : undefined);
  const optional = (s: string | null | undefined): CellContent => (s ? text(s) : empty);
  // Made as the file is written, never held: a province's findings can run to tens of thousands.
  list.tail(rows.length, (i): Array<CellSpec | null> => {
    const { file, f } = rows[i];
    const cell: CellSpec = { content: text(f.cell), style: opts.linkPath ? 'tdLink' : 'tdCenter' };
    const l = link(file, f);
    if (l) cell.link = l;
    return [
      { content: num(i + 1), style: 'tdCenter' },
      { content: text(file), style: 'td' },
      { content: text(f.sheet), style: 'td' },
      cell,
      { content: optional(f.task ? taskLabel(f.task) : null), style: 'td' },
      { content: text(CODE_LABEL[f.code]?.[lang] ?? f.code), style: 'td' },
      { content: text(SEVERITY_LABEL[f.severity][lang]), style: f.severity },
      { content: text(f.message[lang]), style: 'td' },
      { content: optional(f.header), style: 'td' },
      { content: optional(f.value), style: 'td' },
      { content: optional(f.suggestion), style: 'td' },
      ...(lang === 'en' ? [{ content: text(f.code), style: 'td' }] : []),
    ];
  });

  const meta = new SheetBuilder(filesName, [6, 40, 60, 10, 10, 10, 10, 10], STYLES);
  meta.row([text(WORDS.title[lang])], 'title');
  meta.row([text(when)], 'meta');
  const refusedCount = files.filter((f) => !f.ok).length;
  meta.row([text(WORDS.totals[lang](files.length, refusedCount, rows.length))], 'meta');
  if (opts.filterNote) meta.row([text(opts.filterNote)], 'meta');
  meta.blank();
  const head = meta.row(WORDS.filesHead[lang].map((h) => text(h)), 'th');
  meta.freeze(head + 1);
  files.forEach((file, i) => {
    if (!file.ok) {
      meta.row([[num(i + 1), 'tdCenter'], [text(file.file), 'td'], [text(file.message[lang]), 'refused'], [empty, 'td'], [empty, 'td'], [empty, 'td'], [empty, 'td'], [empty, 'td']]);
      return;
    }
    const sheetRows = file.sheets.reduce((n, s) => n + s.rows, 0);
    meta.row([
      [num(i + 1), 'tdCenter'],
      [text(file.file), 'td'],
      file.noTable ? [text(file.noTable[lang]), 'noTable'] : [text(WORDS.checked[lang]), 'td'],
      [num(file.sheets.length), 'tdInt'],
      [num(sheetRows), 'tdInt'],
      [num(file.stats.errors), 'tdInt'],
      [num(file.stats.warnings), 'tdInt'],
      [num(file.stats.infos), 'tdInt'],
    ]);
  });
  return { sheets: [list.build(), meta.build()] };
}


/** "2024-10-05T08:30" → "05/10/2024 08:30". */
function madeAt(stamp: string): string {
  const [day, time = ''] = stamp.split('T');
  return `${formatViDate(day)} ${time.slice(0, 5)}`.trim();
}
