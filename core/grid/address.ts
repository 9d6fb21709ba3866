/**
 * A1 addresses, the one set of helpers the core, the add-in, the in-memory Excel and the file reader and
 * writer use: "A1", "$A$1:C3", whole columns "A:C", whole rows "2:5", with the sheet in front
 * ("Sheet1!A1:B4", "'Phụ lục 1'!A1:C3"). Rows and columns are 0-based in code, 1-based in A1 text, as in Excel.
 */

/** Excel's grid since 2007. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type Area = { top: number; left: number; bottom: number; right: number };

const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  if (col >= 0 && col < MAX_COLS && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AB" → 27: the 0-based column of letters, in either case. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n - 1;
}

/** "B7", or "$B$7" when absolute. */
export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row + 1}` : `${columnLetters(col)}${row + 1}`;
}

type Part = { row: number | null; col: number | null };

/** One end of a reference: "B7", "$B$7", "B" (a column), "7" (a row); null when it is none of these. */
function parsePart(s: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnIndex(m[1]) : null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  if (col !== null && (col < 0 || col >= MAX_COLS)) return null;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/** "AB12" (or "$AB$12") as row × MAX_COLS + column, 0-based, or -1: by hand, as the reader runs it for every cell. */
export function cellKey(s: string): number {
  let i = 0;
  let col = 0;
  let row = 0;
  const n = s.length;
  if (i < n && s.charCodeAt(i) === 36) i++; // $
  const c0 = i;
  for (; i < n; i++) {
    const ch = s.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === c0 || i - c0 > 3 || col > MAX_COLS) return -1;
  if (i < n && s.charCodeAt(i) === 36) i++;
  const r0 = i;
  for (; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    row = row * 10 + (ch - 48);
  }
  if (i === r0 || row < 1 || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

/** Reads "B7" (or "$B$7") into 0-based coordinates; null when it is not a cell address. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const k = cellKey(a1.trim());
  return k < 0 ? null : { row: Math.floor(k / MAX_COLS), col: k % MAX_COLS };
}

/**
 * "B7", "$A$1:C3", "A:C", "2:5", with or without a sheet in front, as an area; null when it is not an A1
 * reference (names are not). A single column or row alone ("A", "5") is not a reference.
 */
export function parseArea(text: string): Area | null {
  const pieces = splitSheet(text).ref.trim().split(':');
  if (pieces.length > 2 || pieces[0] === '') return null;
  const p = parsePart(pieces[0]);
  const q = pieces.length === 2 ? parsePart(pieces[1]) : p;
  if (!p || !q) return null;
  if (pieces.length === 1 && (p.row === null || p.col === null)) return null;
  const rowsOnly = p.col === null && q.col === null && p.row !== null && q.row !== null;
  const colsOnly = p.row === null && q.row === null && p.col !== null && q.col !== null;
  if (rowsOnly) return { top: Math.min(p.row!, q.row!), bottom: Math.max(p.row!, q.row!), left: 0, right: MAX_COLS - 1 };
  if (colsOnly) return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(p.col!, q.col!), right: Math.max(p.col!, q.col!) };
  if (p.row === null || p.col === null || q.row === null || q.col === null) return null;
  return { top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
}

/** Reads "A1:C3", "Sheet1!A1:C3" or "B2" into a 0-based inclusive area: cells only, no whole rows or columns. */
export function parseRangeAddress(ref: string): Area | null {
  const [a, b = a, ...rest] = splitSheet(ref).ref.split(':');
  if (rest.length) return null;
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export const isWholeColumns = (a: Area): boolean => a.top === 0 && a.bottom === MAX_ROWS - 1;
export const isWholeRows = (a: Area): boolean => a.left === 0 && a.right === MAX_COLS - 1;

/** An area in A1, as Excel prints it: "A1", "A1:C3", "A:C", "2:5"; the whole sheet is "1:1048576". */
export function areaAddress(a: Area): string {
  if (isWholeRows(a)) return `${a.top + 1}:${a.bottom + 1}`;
  if (isWholeColumns(a)) return `${columnLetters(a.left)}:${columnLetters(a.right)}`;
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

/**
 * Whether Excel quotes a sheet name in a reference. The rule is unpublished; this follows the rules
 * observed by XlsxWriter's author (https://github.com/jmcnamara/XlsxWriter/issues/1078): quote when the name
 * has anything but word characters and dots, starts with a digit or a dot, or could be read as an A1 or R1C1
 * reference.
 */
export function needsQuotes(name: string): boolean {
  if (/[^\p{L}\p{N}\p{M}_.]/u.test(name)) return true;
  if (/^[\d.]/.test(name)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) < MAX_COLS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  if (/^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name)) return true;
  return false;
}

/** A sheet name quoted, inner quotes doubled: always, as hyperlink locations and chart formulas accept. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A sheet name as Excel prints it in an address: quoted only when it must be. */
export const sheetPrefix = (name: string): string => (needsQuotes(name) ? quoteSheet(name) : name);

/** Quotes a sheet name for a formula or hyperlink reference: 'Phụ lục 1'!A1. */
export function sheetRef(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}

/** "Sheet1!A1:B4" / "'Phụ lục 1'!A1:C3", as Office.js's Range.address reports it. */
export const qualifiedAddress = (sheetName: string, a: Area): string => `${sheetPrefix(sheetName)}!${areaAddress(a)}`;

/** Splits "Sheet1!A1" into its sheet (unquoted) and the rest; sheet null when absent. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const t = address.trim();
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: t };
  let sheet = t.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: t.slice(bang + 1) };
}
