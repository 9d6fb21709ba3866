import ExcelJS from 'exceljs';
import type { CellValue, GridInput } from '../core';

/**
 * The reader cchc used until core/io/read replaced it (cli/xlsx-read.ts at 9545d26): exceljs's cells
 * converted to grids. Kept here as the oracle the new reader is compared with, on every sample and fixture.
 */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  // exceljs gives dates at UTC midnight in the 1900 system; keep the time of day as a fraction.
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Converts one exceljs cell value to what Office.js would report, and the text Excel shows when it differs. */
export function convertCellValue(v: ExcelJS.CellValue, numFmt: string | undefined): { value: CellValue; text?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'number') {
    if (numFmt && /%/.test(numFmt)) {
      const decimals = /\.(0+)/.exec(numFmt)?.[1].length ?? 0;
      return { value: v, text: `${(v * 100).toFixed(decimals)}%` };
    }
    return { value: v };
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { value: null };
    return { value: dateToSerial(v), text: `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}` };
  }
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { value: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText)) return { value: v.richText.map((t) => t.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { value: null };
      return convertCellValue(result as ExcelJS.CellValue, numFmt);
    }
    if ('hyperlink' in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof text === 'string') return { value: text };
      if (text && typeof text === 'object' && 'richText' in text) return { value: (text as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') };
      return { value: null };
    }
  }
  return { value: String(v) };
}

/** Reads an .xlsx buffer into grids with exceljs, exactly as cchc did before core/io/read. */
export async function readXlsxWithExceljs(buffer: Buffer): Promise<GridInput[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const grids: GridInput[] = [];
  for (const ws of wb.worksheets) {
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    const values: CellValue[][] = [];
    for (let r = 0; r < rows; r++) values.push(new Array<CellValue>(cols).fill(null));
    let texts: string[][] | null = null;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Excel reports the cells of a merged area other than its top-left as empty; so do we.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const { value, text } = convertCellValue(cell.value, cell.numFmt);
        values[rowNumber - 1][colNumber - 1] = value;
        if (text !== undefined) {
          texts ??= values.map((r) => new Array<string>(r.length).fill(''));
          texts[rowNumber - 1][colNumber - 1] = text;
        }
      });
    });
    const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
    const grid: GridInput = { name: ws.name, values, merges, hidden: ws.state !== 'visible' };
    if (texts) grid.texts = texts;
    grids.push(grid);
  }
  return grids;
}
