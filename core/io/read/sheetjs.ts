import { msToExcelSerial } from '../../dates';
import * as XLSX from '@e965/xlsx';
import type { CellValue, GridInput } from '../../grid/grid';
import { ERROR_BY_CODE, numberCell } from './formats';
import { GridBuilder, type WorkbookBudget } from './grid-builder';
import { decryptPackage, DEFAULT_PASSWORD, type Decrypted } from './office-crypto';
import { problem } from './problems';

/**
 * Excel 97–2003 (.xls, BIFF), OpenDocument (.ods), Excel binary (.xlsb) and the XML Spreadsheet 2003
 * that some systems save as .xls, through SheetJS: a well-kept reader of all of them. Its cells become the
 * same grid the .xlsx reader gives (dates as serials with dd/mm/yyyy, percentages with their text), so an
 * .xls or .ods validates like its .xlsx twin. Zip-based inputs were checked against the byte limits first.
 */
const OPTIONS: XLSX.ParsingOptions = { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellText: false, cellNF: true, cellDates: false, bookVBA: false, WTF: false };

/** Whether SheetJS asks for a password without one: the file read with the default one was encrypted. */
function defaultPasswordOnly(bytes: Uint8Array): boolean {
  try {
    XLSX.read(bytes, OPTIONS);
    return false;
  } catch (e) {
    return /password-protected/i.test((e as Error)?.message ?? '');
  }
}

export function readWithSheetJs(bytes: Uint8Array, budget: WorkbookBudget): GridInput[] {
  let wb: XLSX.WorkBook;
  // SheetJS reports records it skips ("Missing Info for XLS Record …") on the console; the CLI's stderr is
  // for the user's one sentence per file, so those notes are silenced while it reads.
  const quiet = (globalThis as unknown as { console: unknown }).console as Record<'log' | 'warn' | 'error' | 'info', (...a: unknown[]) => void>;
  const saved = { log: quiet.log, warn: quiet.warn, error: quiet.error, info: quiet.info };
  quiet.log = quiet.warn = quiet.error = quiet.info = () => {};
  try {
    // An .xls "encrypted" with Excel's default password (XOR obfuscation) is read; any other password fails.
    wb = XLSX.read(bytes, { ...OPTIONS, password: DEFAULT_PASSWORD });
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    if (/password|encrypt/i.test(msg)) throw problem({ code: 'encrypted' });
    // It failed after the default password was taken: Excel opens this file without asking, and it is only
    // past the decryption that SheetJS stumbled.
    if (defaultPasswordOnly(bytes)) throw problem({ code: 'encrypted-default' });
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

/** An encrypted .xlsx/.xlsb opened with Excel's default password: its package, or why not. */
export function openEncrypted(bytes: Uint8Array): Decrypted {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' } as never);
    const info = XLSX.CFB.find(cfb, 'EncryptionInfo');
    const pkg = XLSX.CFB.find(cfb, 'EncryptedPackage');
    if (!info?.content || !pkg?.content) return { ok: false, why: 'unsupported' };
    return decryptPackage(new Uint8Array(info.content as ArrayLike<number>), new Uint8Array(pkg.content as ArrayLike<number>));
  } catch {
    return { ok: false, why: 'unsupported' };
  }
}
