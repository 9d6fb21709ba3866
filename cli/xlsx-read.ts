import ExcelJS from 'exceljs';
import type { CellValue, GridInput } from '../core';
import { attributes, relsPathFor, resolvePartPath } from './ooxml';
import { ZipFormatError, ZipReader, ZipTooLargeError } from './zip-read';

/**
 * Reads an .xlsx into the core's grids: each worksheet's values (what Office.js would report), the
 * texts Excel shows where they differ (dates, percentages), merged areas and whether it is hidden.
 *
 * exceljs reads the cells: a well-kept reader of SpreadsheetML beats one of our own. Before it sees
 * the file, the package is checked with our small zip reader, because exceljs unzips without limit:
 * a zip bomb is refused from its declared sizes, and stopped by a hard cap if its headers lie;
 * a package that is not a workbook, or has only chart sheets, gets its own message.
 */

export type ReadLimits = {
  /** Refuse workbooks with more cells than this (a runaway sheet). */
  maxCells: number;
  /** Refuse workbooks that unpack to more bytes than this (a zip bomb). */
  maxBytes: number;
};

export const DEFAULT_LIMITS: ReadLimits = { maxCells: 5_000_000, maxBytes: 200 * 1024 * 1024 };

export class WorkbookTooLargeError extends Error {
  constructor(readonly cells: number, readonly limit: number) {
    super(`workbook has more than ${limit} cells`);
  }
}

/** The package unpacks to more than the byte limit. */
export class WorkbookUnpacksTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`workbook unpacks to more than ${limit} bytes`);
  }
}

/** A package that is a zip but not a workbook, or is damaged inside. */
export class WorkbookFormatError extends Error {}

/** The workbook has no worksheet: none at all, or only chart sheets. */
export class NoWorksheetsError extends Error {
  constructor(readonly chartSheets: number) {
    super(chartSheets > 0 ? 'the workbook has only chart sheets' : 'the workbook has no worksheets');
  }
}

type Rel = { type: string; target: string };
function readRels(zip: ZipReader, part: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  const xml = zip.text(relsPathFor(part));
  if (!xml) return out;
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePartPath(part, a.Target) });
  }
  return out;
}

/**
 * The package as a workbook: every part inflates under the byte cap, the main part is a workbook,
 * and it has at least one worksheet (chart sheets hold no table).
 */
function checkPackage(buffer: Buffer, lim: ReadLimits): void {
  let zip: ZipReader;
  try {
    zip = new ZipReader(buffer, lim.maxBytes);
  } catch (e) {
    throw new WorkbookFormatError((e as Error).message);
  }
  if (zip.declaredSize > lim.maxBytes) throw new WorkbookUnpacksTooLargeError(lim.maxBytes);
  try {
    for (const name of zip.entries.keys()) zip.read(name);
    const root = readRels(zip, '');
    const office = [...root.values()].find((r) => /\/officeDocument$/.test(r.type))?.target ?? (zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
    const workbookXml = office ? zip.text(office) : null;
    if (!office || workbookXml === null) throw new WorkbookFormatError('no workbook part');
    if (!/<(?:\w+:)?workbook\b/.test(workbookXml)) throw new WorkbookFormatError('the main part is not a workbook (a Word or PowerPoint file?)');
    const rels = readRels(zip, office);
    let worksheets = 0;
    let chartSheets = 0;
    for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const a = attributes(m[0]);
      const rid = a['r:id'] ?? Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
      const rel = rid ? rels.get(rid) : undefined;
      if (rel && /\/chartsheet$/.test(rel.type)) chartSheets++;
      if (rel && /\/worksheet$/.test(rel.type)) worksheets++;
    }
    if (worksheets === 0) throw new NoWorksheetsError(chartSheets);
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw new WorkbookUnpacksTooLargeError(lim.maxBytes);
    if (e instanceof ZipFormatError) throw new WorkbookFormatError(e.message);
    throw e;
  }
}

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

/** Reads an .xlsx buffer into the core's grids. Throws the errors above; input.ts turns them into sentences. */
export async function readXlsx(buffer: Buffer, limits: Partial<ReadLimits> = {}): Promise<GridInput[]> {
  const lim: ReadLimits = { ...DEFAULT_LIMITS, ...limits };
  checkPackage(buffer, lim);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookFormatError((e as Error).message);
  }
  const grids: GridInput[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    cells += rows * cols;
    if (cells > lim.maxCells) throw new WorkbookTooLargeError(cells, lim.maxCells);
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
