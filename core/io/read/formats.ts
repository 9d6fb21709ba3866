import type { CellValue } from '../../grid/grid';

/**
 * What a number looks like to the user: dates as serial numbers with the text Excel shows (dd/mm/yyyy,
 * never m/d), percentages with the text "12.5%". The same rules for every format read, so an .xls or .ods
 * gives the grid its .xlsx twin gives.
 */

/** Excel's built-in number formats that the reader needs to tell apart (ECMA-376 Part 1, §18.8.30). */
const BUILTIN: Record<number, string> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};
// East Asian built-in date formats (27–36, 50–58): their codes vary by locale, all are dates.
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN[id] = 'yyyy-mm-dd';

export function builtinFormat(id: number): string | undefined {
  return BUILTIN[id];
}

const dateCache = new Map<string, boolean>();

/** Whether a number format shows a date or time: y, m, d, h, s or b outside quotes, brackets and escapes. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let hit = dateCache.get(format);
  if (hit === undefined) {
    const bare = format
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/[_*]./g, '');
    hit = /[ymdhsb]/i.test(bare) && !/^general$/i.test(bare.trim());
    if (dateCache.size < 1000) dateCache.set(format, hit);
  }
  return hit;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
const EPOCH_DAYS = 25_569; // 1970-01-01 as a 1900-system serial

/**
 * A date cell as Office.js reports it: the 1900-system serial (a 1904-system workbook's serials are moved
 * over), rounded to the millisecond, and its day as dd/mm/yyyy. Null for a serial no calendar holds.
 */
export function dateCell(serial: number, date1904 = false): { value: CellValue; text?: string } {
  const ms = Math.round((serial - EPOCH_DAYS + (date1904 ? 1462 : 0)) * DAY_MS);
  const d = new Date(ms);
  if (!Number.isFinite(ms) || Number.isNaN(d.getTime())) return { value: null };
  return { value: (ms + EPOCH_DAYS * DAY_MS) / DAY_MS, text: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` };
}

/** A number in its format: a date, a percentage with its text, or the plain number. */
export function numberCell(v: number, format: string | undefined, date1904 = false): { value: CellValue; text?: string } {
  if (!Number.isFinite(v)) return { value: null };
  if (format === undefined) return { value: v };
  if (isDateFormat(format)) return dateCell(v, date1904);
  if (format.includes('%')) {
    const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
    return { value: v, text: `${(v * 100).toFixed(decimals)}%` };
  }
  return { value: v };
}

/** Excel's error values by their BIFF code (.xls and .xlsb store errors as numbers). */
export const ERROR_BY_CODE: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};
