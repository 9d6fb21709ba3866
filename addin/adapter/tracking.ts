/// <reference types="office-js" />
import { columnLetters, parseCellAddress, STATUS_CHOICES_VI, type TaskSheet } from '../../core';
import type { ExcelHost } from './types';

/** `dropDown` is false where Excel could not add the status drop-down and the date check (before ExcelApi 1.8). */
export type TrackingResult = { added: string[]; statusColumn: string; dateColumn: string; dropDown: boolean } | { added: []; reason: 'already-present' };

/**
 * Adds "Tình trạng" and "Ngày hoàn thành" columns right of a task table, with a drop-down of the
 * status values and a date check — only when the user asks, and only in empty columns: nothing
 * the user wrote is changed. Two syncs: one to check the columns are empty, one to write.
 *
 * Range.dataValidation is [Api set: ExcelApi 1.8] (@types/office-js;
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-datavalidation-member) and the
 * manifest asks for 1.7 (Office 2019 volume-licensed stops at 1.7 —
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets): without it the
 * columns are still added, with their headers and date format, and `dropDown: false` tells the pane to say so.
 */
export async function prepareTrackingColumns(host: ExcelHost, sheet: TaskSheet): Promise<TrackingResult> {
  if (sheet.columns.status && sheet.columns.completedOn) return { added: [], reason: 'already-present' };
  const lastCol = Math.max(...Object.values(sheet.columns).map((c) => c!.col));
  const headerRow = sheet.headerRow;
  const lastRow = Math.max(headerRow + 1, ...sheet.rows.map((r) => r.row));
  // The grid's columns are relative to its origin; the header cell's address gives the sheet column.
  const headerCell = Object.values(sheet.columns).find((c) => c!.col === lastCol)!.cell;
  const sheetCol = parseCellAddress(headerCell)!.col;
  const statusCol = columnLetters(sheetCol + 1);
  const dateCol = columnLetters(sheetCol + 2);
  const dropDown = host.supports('1.8');
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.sheet);
    const target = ws.getRange(`${statusCol}${headerRow}:${dateCol}${lastRow}`);
    target.load('values');
    await context.sync();
    if (target.values.some((row) => row.some((v) => v !== '' && v !== null))) {
      throw Object.assign(new Error(`columns ${statusCol}:${dateCol} are not empty`), { code: 'ColumnsNotEmpty' });
    }
    const header = ws.getRange(`${statusCol}${headerRow}:${dateCol}${headerRow}`);
    header.values = [['Tình trạng', 'Ngày hoàn thành']];
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.horizontalAlignment = 'Center';
    const first = headerRow + 1;
    const status = ws.getRange(`${statusCol}${first}:${statusCol}${lastRow}`);
    status.format.columnWidth = 110;
    const dates = ws.getRange(`${dateCol}${first}:${dateCol}${lastRow}`);
    dates.numberFormat = Array.from({ length: lastRow - first + 1 }, () => ['dd/mm/yyyy']);
    dates.format.columnWidth = 90;
    if (dropDown) {
      status.dataValidation.rule = { list: { inCellDropDown: true, source: STATUS_CHOICES_VI.join(',') } };
      dates.dataValidation.rule = { date: { formula1: '2000-01-01', operator: 'GreaterThan' } };
    }
    await context.sync();
    return { added: ['Tình trạng', 'Ngày hoàn thành'], statusColumn: statusCol, dateColumn: dateCol, dropDown };
  });
}

