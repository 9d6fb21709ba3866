import { msToExcelSerial } from '../../dates';
import * as XLSX from '@e965/xlsx';
import type { CellValue, GridInput } from '../../grid/grid';
import { ERROR_BY_CODE, numberCell } from './formats';
import { GridBuilder, type WorkbookBudget } from './grid-builder';
import { problem } from './problems';

/**
 * Excel 97–2003 (.xls, BIFF), OpenDocument (.ods), Excel binary (.xlsb) and the XML Spreadsheet 2003
 * that some systems save as .xls, through SheetJS: a well-kept reader of all of them. Its cells become the
 * same grid the .xlsx reader gives (dates as serials with dd/mm/yyyy, percentages with their text), so an
 * .xls or .ods validates like its .xlsx twin. Zip-based inputs were checked against the byte limits first.
 */
export function readWithSheetJs(bytes: Uint8Array, budget: WorkbookBudget): GridInput[] {
  let wb: XLSX.WorkBook;
  // SheetJS reports records it skips ("Missing Info for XLS Record …") on the console; the CLI's stderr is
  // for the user's one sentence per file, so those notes are silenced while it reads.
  const quiet = (globalThis as unknown as { console: unknown }).console as Record<'log' | 'warn' | 'error' | 'info', (...a: unknown[]) => void>;
  const saved = { log: quiet.log, warn: quiet.warn, error: quiet.error, info: quiet.info };
  quiet.log = quiet.warn = quiet.error = quiet.info = () => {};
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellText: false, cellNF: true, cellDates: false, bookVBA: false, WTF: false });
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    if (/password|encrypt/i.test(msg)) throw problem({ code: 'encrypted' });
    // SheetJS's own word that it does not handle something; a TypeError out of it ("Cannot read properties of
    // undefined") is a record it could not make sense of: a damaged file, as Excel would find it too.
    if (!(e instanceof TypeError || e instanceof RangeError) && /unsupported|not supported/i.test(msg)) throw problem({ code: 'unsupported', what: { vi: `SheetJS: ${msg}`, en: `SheetJS: ${msg}` } });
    throw problem({ code: 'corrupt', detail: msg });
  } finally {
    Object.assign(quiet, saved);
  }
  budget.checkClock();
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const grids: GridInput[] = [];
  let charts = 0;
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    const meta = wb.Workbook?.Sheets?.[i];
    if (!ws || (ws as { '!type'?: string })['!type'] === 'chart') {
      charts++;
      return;
    }
    const b = new GridBuilder(name, Boolean(meta?.Hidden), budget);
    const data = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'];
    if (data) {
      for (let r = 0; r < data.length; r++) {
        const row = data[r];
        if (!row) continue;
        budget.tick();
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (!cell) continue;
          const { value, text } = convert(cell, date1904);
          b.set(r, c, value, text);
        }
      }
    }
    for (const m of ws['!merges'] ?? []) b.merge(XLSX.utils.encode_range(m));
    grids.push(b.build());
    budget.checkClock();
  });
  if (grids.length === 0) throw problem({ code: 'no-sheets', chartSheets: charts });
  return grids;
}

function convert(cell: XLSX.CellObject, date1904: boolean): { value: CellValue; text?: string } {
  switch (cell.t) {
    case 'n':
      return numberCell(cell.v as number, typeof cell.z === 'string' ? cell.z : undefined, date1904);
    case 's':
      return { value: cell.v === undefined || cell.v === null ? null : String(cell.v) };
    case 'b':
      return { value: Boolean(cell.v) };
    case 'e':
      return { value: ERROR_BY_CODE[cell.v as number] ?? (typeof cell.w === 'string' ? cell.w : '#VALUE!') };
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(d.getTime())) return { value: null };
      return numberCell(msToExcelSerial(d.getTime()), 'dd/mm/yyyy', false);
    }
    default:
      return { value: null };
  }
}
