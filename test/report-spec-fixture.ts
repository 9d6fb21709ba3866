/** A small report spec with every feature the writer draws: formats, formula-like text, links, merges, charts. */
import { ReportSpecSchema, date, empty, num, text, type CellSpec, type ReportSpec, type SheetSpec } from '../core/report/spec';

export const SUMMARY = 'Tổng hợp Q3-2024';
export const TASKS = 'Danh sách nhiệm vụ';
export const CREATED = new Date(Date.UTC(2024, 9, 5, 8, 0, 0));

export const AREAS: [string, number, number][] = [
  ['Cải cách thể chế', 12, 9],
  ['Cải cách thủ tục hành chính', 18, 15],
  ['Cải cách tổ chức bộ máy hành chính nhà nước', 7, 7],
  ['Cải cách chế độ công vụ', 9, 5],
  ['Cải cách tài chính công', 6, 4],
  ['Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 15, 10],
  ['Công tác chỉ đạo, điều hành', 5, 5],
];
const TABLE_TOP = 8; // first area row (0-based); the header is row 7

export function c(content: CellSpec['content'], style?: string, link?: CellSpec['link']): CellSpec {
  return { content, style, link };
}

export function summarySheet(): SheetSpec {
  const rows: (CellSpec | null)[][] = [
    [c(text('BÁO CÁO TỔNG HỢP CẢI CÁCH HÀNH CHÍNH QUÝ III/2024'), 'title'), null, null, null, null, null],
    [c(text('Sở Nội vụ & các cơ quan chuyên môn'), 'subtitle'), null, null, null, null, null],
    [c(text('Ngày lập:')), c(date('2024-10-05')), c(text('Cập nhật:')), c({ t: 'datetime', v: '2024-10-05T14:30' })],
    [c(text('- Báo cáo')), c(text('= 1+1')), c(text('+84')), c(text('@x'))],
    [c(text('Tổng kinh phí (đồng)')), c(num(1234567), 'money'), c(text('Tỷ lệ hoàn thành')), c(num(0.756), 'pct')],
    [
      c(text('Xem danh sách nhiệm vụ'), undefined, { kind: 'internal', sheet: TASKS, cell: 'A1' }),
      c(text('Kế hoạch gốc'), undefined, { kind: 'external', file: 'Kế hoạch CCHC 2024.xlsx', sheet: 'Kế hoạch', cell: 'B3' }),
    ],
    [],
    ['STT', 'Lĩnh vực', 'Số nhiệm vụ', 'Hoàn thành', 'Chưa hoàn thành', 'Tỷ lệ'].map((h) => c(text(h), 'header')),
    ...AREAS.map(([area, total, done], i) => [
      c(num(i + 1), 'cellCenter'),
      c(text(area), 'cell'),
      c(num(total), 'count'),
      c(num(done), 'count'),
      c(num(total - done), 'count'),
      c(num(done / total), 'pctCell'),
    ]),
    [c(empty, 'totalLabel'), c(text('Tổng cộng'), 'totalLabel'), c(num(72), 'total'), c(num(55), 'total'), c(num(17), 'total'), c(num(55 / 72), 'pctCell')],
  ];
  const range = (col: number) => ({ top: TABLE_TOP, left: col, bottom: TABLE_TOP + 6, right: col });
  return {
    name: SUMMARY,
    rows,
    heights: { '0': 30, '7': 32 },
    widths: [6, 44, 13, 13, 15, 10, 3],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 1, left: 0, bottom: 1, right: 5 },
    ],
    styles: {
      title: { bold: true, size: 14, align: 'center', valign: 'middle', color: '1F4E79' },
      subtitle: { italic: true, align: 'center' },
      header: { bold: true, fill: 'D9E1F2', align: 'center', valign: 'middle', wrap: true, border: true },
      cell: { border: true, wrap: true },
      cellCenter: { border: true, align: 'center' },
      count: { border: true, numFmt: '#,##0' },
      pctCell: { border: true, numFmt: '0.0%' },
      money: { numFmt: '#,##0' },
      pct: { numFmt: '0.0%' },
      totalLabel: { bold: true, border: true },
      total: { bold: true, border: true, numFmt: '#,##0' },
    },
    frozen: { rows: 8, cols: 0 },
    charts: [
      {
        type: 'column',
        grouping: 'clustered',
        title: 'Nhiệm vụ theo lĩnh vực & kết quả',
        categories: range(1),
        series: [
          { name: 'Số nhiệm vụ', values: range(2), color: '4472C4' },
          { name: 'Hoàn thành', values: range(3), color: '70AD47' },
        ],
        anchor: { top: 0, left: 7, bottom: 15, right: 14 },
      },
      {
        type: 'bar',
        grouping: 'stacked',
        title: 'Tiến độ theo lĩnh vực',
        categories: range(1),
        series: [
          { name: 'Hoàn thành', values: range(3) },
          { name: 'Chưa hoàn thành', values: range(4), color: 'C00000' },
        ],
        anchor: { top: 17, left: 0, bottom: 34, right: 5 },
      },
    ],
    landscape: true,
  };
}

export function tasksSheet(): SheetSpec {
  return {
    name: TASKS,
    rows: [
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Trạng thái'].map((h) => c(text(h), 'header')),
      [c(num(1)), c(text('Rà soát văn bản quy phạm pháp luật')), c(text('Sở Tư pháp')), c(date('2024-09-30')), c(text('Hoàn thành'))],
      [c(num(2)), c(text('Số hóa hồ sơ, kết quả giải quyết TTHC')), c(text('Văn phòng UBND tỉnh')), c(date('2024-12-31')), c(text('Đang thực hiện'))],
      [c(text('← Về bảng tổng hợp'), undefined, { kind: 'internal', sheet: SUMMARY, cell: 'B8' })],
    ],
    heights: {},
    widths: [6, 50, 24, 12, 16],
    merges: [],
    styles: { header: { bold: true, fill: 'D9E1F2', border: true } },
    frozen: { rows: 1, cols: 2 },
    charts: [],
    landscape: false,
  };
}

export const SPEC: ReportSpec = ReportSpecSchema.parse({ sheets: [summarySheet(), tasksSheet()] });
