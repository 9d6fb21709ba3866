import ExcelJS from 'exceljs';
import type { CellValue, GridInput } from '../core';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export type ReadLimits = {
  /** Refuse workbooks with more cells than this (a zip bomb or a runaway sheet). */
  maxCells: number;
};

export const DEFAULT_LIMITS: ReadLimits = { maxCells: 5_000_000 };

export class WorkbookTooLargeError extends Error {
  constructor(readonly cells: number, readonly limit: number) {
    super(`workbook has more than ${limit} cells`);
  }
}

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

/** Reads an .xlsx buffer into the core's grids: values, display texts where they differ, merges. */
export async function readXlsx(buffer: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<GridInput[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const grids: GridInput[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const values: CellValue[][] = [];
    const texts: string[][] = [];
    let hasTexts = false;
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    cells += rows * cols;
    if (cells > limits.maxCells) throw new WorkbookTooLargeError(cells, limits.maxCells);
    for (let r = 0; r < rows; r++) {
      values.push(new Array<CellValue>(cols).fill(null));
      texts.push(new Array<string>(cols).fill(''));
    }
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Excel reports the cells of a merged area other than its top-left as empty; so do we.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const { value, text } = convertCellValue(cell.value, cell.numFmt);
        values[rowNumber - 1][colNumber - 1] = value;
        if (text !== undefined) {
          texts[rowNumber - 1][colNumber - 1] = text;
          hasTexts = true;
        }
      });
    });
    const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
    const grid: GridInput = { name: ws.name, values, merges, hidden: ws.state !== 'visible' };
    if (hasTexts) grid.texts = texts;
    grids.push(grid);
  }
  return grids;
}
