import { getDefaultDirectory } from '../core/workbook';
import { GridSchema, type CellValue, type GridInput } from '../core/grid/grid';
import { createSheetView } from '../core/grid/view';
import { readTaskSheet, type TaskSheet } from '../core/task/read';
import { validateTaskSheet } from '../core/task/validate';
import type { Finding } from '../core/findings';

export const NINE_HEADER = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí'];

/** A sheet shaped like seed 004's appendix: title, header, one section, then the given rows. */
export function nineColumnGrid(rows: CellValue[][], extra: { header?: string[]; merges?: string[]; title?: string } = {}): GridInput {
  return {
    name: 'Phụ lục',
    values: [
      [extra.title ?? 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null, null, null, null, null],
      extra.header ?? NINE_HEADER,
      ['I', 'CẢI CÁCH THỂ CHẾ', null, null, null, null, null, null, null],
      ...rows,
    ],
    merges: ['B3:I3', ...(extra.merges ?? [])],
  };
}

export function readGrid(grid: GridInput): TaskSheet {
  const sheet = readTaskSheet(createSheetView(GridSchema.parse(grid)), { directory: getDefaultDirectory(), defaultYear: 2022 });
  if (!sheet) throw new Error('not a task sheet');
  return sheet;
}

export function findingsOf(grid: GridInput, asOf = '2022-10-15'): Finding[] {
  return validateTaskSheet(readGrid(grid), { asOf });
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.cell} ${f.code}`);
}

/** Seed 004's I 3.1, in the nine columns. */
export const ROW_31: CellValue[] = [
  null,
  '1.1: Triển khai thực hiện hiệu quả các thể chế',
  '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp',
  '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý',
  'Quyết định công bố văn bản',
  'Sở Tư pháp',
  'Các sở, ban, ngành tỉnh.',
  'Trong năm 2022',
  'Theo Kế hoạch',
];
/** An empty row of the nine columns, and one with the given cells filled (closing blocks, lone texts, headings). */
export const emptyRow = (): CellValue[] => Array.from({ length: 9 }, () => null);
export const rowWith = (cells: Record<number, string>): CellValue[] => Object.assign(emptyRow(), cells);

/** The section row above it. */
export const SECTION_I: CellValue[] = ['I', 'CẢI CÁCH THỂ CHẾ', null, null, null, null, null, null, null];

export type RowChange = Partial<Record<'goal' | 'task' | 'activity' | 'output' | 'lead' | 'coord' | 'time' | 'budget', CellValue>>;

/** Seed 004's I 3.1 (ROW_31) with the cells a case changes. */
export function row31(over: RowChange = {}): CellValue[] {
  const keys = [null, 'goal', 'task', 'activity', 'output', 'lead', 'coord', 'time', 'budget'] as const;
  return keys.map((k, i) => (k !== null && k in over ? over[k]! : ROW_31[i]));
}

/** The nine columns with the progress columns a quarterly report adds. */
export const TRACKING_HEADER = [...NINE_HEADER, 'Tình trạng', 'Ngày hoàn thành'];
export const trackedGrid = (...rows: CellValue[][]) => nineColumnGrid(rows, { header: TRACKING_HEADER });

