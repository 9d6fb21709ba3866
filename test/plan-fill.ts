/**
 * Filling a reporting form the way an agency does: find each task by its section and number as printed, and write
 * the status, the completion date, the result and the difficulties into the cells left unlocked — never into the
 * plan's cells or the hidden key. Two ways: on grids (core tests) and on the .xlsx with exceljs (CLI tests).
 */
import ExcelJS from 'exceljs';
import type { CellValue, GridInput } from '../core/grid/grid';
import { isoToExcelSerial } from '../core/dates';
import type { ReturnRow, TaskId } from './plan-cycle-fixture';

export type Fill = Pick<ReturnRow, 'status' | 'done'> & { result?: string; note?: string };

const STATUS = 7;
const DATE = 8;
const RESULT = 9;
const NOTE = 10;
const HEADER_TEXT = 'Tình trạng';

/** Walks the form's rows below its header: each task row with its id ("VII 3.8") as a person reads it. */
function* taskRows(cell: (r: number, c: number) => unknown, rows: number): Generator<{ r: number; id: TaskId }> {
  let header = -1;
  for (let r = 0; r < rows && header < 0; r++) if (cell(r, STATUS) === HEADER_TEXT) header = r;
  if (header < 0) throw new Error('no form header');
  let section = '';
  for (let r = header + 1; r < rows; r++) {
    const a = String(cell(r, 0) ?? '');
    if (/^[IVX]+$/.test(a)) section = a;
    else if (/^\d+\.\d+$/.test(a)) yield { r, id: `${section} ${a}` };
  }
}

/** Fills the form's grid (the sheet "Biểu báo cáo") and returns the grids, the other sheets untouched. */
export function fillFormGrids(grids: readonly GridInput[], fills: ReadonlyMap<TaskId, Fill>): GridInput[] {
  return grids.map((g) => {
    if (g.name !== 'Biểu báo cáo') return g;
    const values = g.values.map((row) => [...row]);
    const set = (r: number, c: number, v: CellValue) => {
      while (values[r].length <= c) values[r].push(null);
      values[r][c] = v;
    };
    for (const { r, id } of taskRows((r, c) => values[r]?.[c], values.length)) {
      const f = fills.get(id);
      if (!f) continue;
      set(r, STATUS, f.status);
      if (f.done) set(r, DATE, isoToExcelSerial(f.done));
      if (f.result) set(r, RESULT, f.result);
      if (f.note) set(r, NOTE, f.note);
    }
    return { ...g, values };
  });
}

/** Fills the form file with exceljs, writing only into unlocked cells (it throws on a locked one), and saves it. */
export async function fillFormFile(bytes: Uint8Array, fills: ReadonlyMap<TaskId, Fill>): Promise<{ bytes: Buffer; filled: TaskId[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Biểu báo cáo');
  if (!ws) throw new Error('no sheet "Biểu báo cáo"');
  const write = (r: number, c: number, v: ExcelJS.CellValue) => {
    const cell = ws.getCell(r + 1, c + 1);
    if (cell.protection?.locked !== false) throw new Error(`${cell.address} is locked: an agency could not write there`);
    cell.value = v;
  };
  const filled: TaskId[] = [];
  const value = (r: number, c: number) => {
    const v = ws.getCell(r + 1, c + 1).value;
    return v === null || v === undefined ? null : String(v);
  };
  for (const { r, id } of taskRows(value, ws.rowCount)) {
    const f = fills.get(id);
    if (!f) continue;
    filled.push(id);
    write(r, STATUS, f.status);
    if (f.done) write(r, DATE, new Date(`${f.done}T00:00:00Z`));
    if (f.result) write(r, RESULT, f.result);
    if (f.note) write(r, NOTE, f.note);
  }
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), filled };
}
