/**
 * A1 addresses as Excel writes them: "A1", "A1:C3", whole columns "A:C", whole rows "2:5", with the
 * sheet in front ("Sheet1!A1:B4", "'Phụ lục 1'!A1:C3"). 0-based inclusive areas in code.
 */
import { columnLetters } from '../../core';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type Area = { top: number; left: number; bottom: number; right: number };

export const cellCount = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);
export const isWholeColumns = (a: Area): boolean => a.top === 0 && a.bottom === MAX_ROWS - 1;
export const isWholeRows = (a: Area): boolean => a.left === 0 && a.right === MAX_COLS - 1;
/** An "unbounded" range in Office.js's sense: whole columns or whole rows (excel-add-ins-ranges-unbounded). */
export const isUnbounded = (a: Area): boolean => isWholeColumns(a) || isWholeRows(a);
export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

function lettersToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

type Part = { row: number | null; col: number | null };

function parsePart(s: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? lettersToIndex(m[1]) : null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  if (col !== null && (col < 0 || col >= MAX_COLS)) return null;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/** "B7", "$A$1:C3", "A:C", "2:5" → area; null when it is not an A1 reference (names are not supported). */
export function parseArea(text: string): Area | null {
  const pieces = text.trim().split(':');
  if (pieces.length > 2 || pieces[0] === '') return null;
  const p = parsePart(pieces[0]);
  const q = pieces.length === 2 ? parsePart(pieces[1]) : p;
  if (!p || !q) return null;
  const rowsOnly = p.col === null && q.col === null && p.row !== null && q.row !== null;
  const colsOnly = p.row === null && q.row === null && p.col !== null && q.col !== null;
  if (pieces.length === 1 && (p.row === null || p.col === null)) return null; // "A" or "5" alone is not a reference
  if (rowsOnly) return { top: Math.min(p.row!, q.row!), bottom: Math.max(p.row!, q.row!), left: 0, right: MAX_COLS - 1 };
  if (colsOnly) return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(p.col!, q.col!), right: Math.max(p.col!, q.col!) };
  if (p.row === null || p.col === null || q.row === null || q.col === null) return null;
  return { top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
}

export const cellA1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** An area in A1, as Excel prints it: "A1", "A1:C3", "A:C", "2:5"; the whole sheet is "1:1048576". */
export function areaA1(a: Area): string {
  if (isWholeRows(a)) return `${a.top + 1}:${a.bottom + 1}`;
  if (isWholeColumns(a)) return `${columnLetters(a.left)}:${columnLetters(a.right)}`;
  const tl = cellA1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellA1(a.bottom, a.right)}`;
}

/**
 * Whether Excel quotes a sheet name in a reference. The rule is unpublished; this follows the
 * rules observed by XlsxWriter's author (https://github.com/jmcnamara/XlsxWriter/issues/1078):
 * quote when the name has anything but word characters and dots, starts with a digit or a dot,
 * or could be read as an A1 or R1C1 reference.
 */
export function needsQuotes(name: string): boolean {
  if (/[^\p{L}\p{N}\p{M}_.]/u.test(name)) return true;
  if (/^[\d.]/.test(name)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && lettersToIndex(a1[1]) < MAX_COLS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  if (/^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name)) return true;
  return false;
}

export const sheetPrefix = (name: string): string => (needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name);

/** "Sheet1!A1:B4" / "'Phụ lục 1'!A1:C3", as Range.address reports it. */
export const qualifiedA1 = (sheetName: string, a: Area): string => `${sheetPrefix(sheetName)}!${areaA1(a)}`;

/** Splits "Sheet1!A1" into its sheet (unquoted) and the rest; sheet null when absent. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const t = address.trim();
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: t };
  let sheet = t.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: t.slice(bang + 1) };
}

/** "A1:B2, D4" or "A1:B2; D4" → the pieces (Worksheet.getRanges accepts both separators). */
export const splitAddressList = (s: string): string[] => s.split(/[,;]/).map((p) => p.trim());

export function intersect(a: Area, b: Area): Area | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export const overlaps = (a: Area, b: Area): boolean => intersect(a, b) !== null;
export const contains = (outer: Area, inner: Area): boolean =>
  outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
export const sameArea = (a: Area, b: Area): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** a minus b, as up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Area, b: Area): Area[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Area[] = [];
  if (a.top < i.top) out.push({ top: a.top, left: a.left, bottom: i.top - 1, right: a.right });
  if (i.bottom < a.bottom) out.push({ top: i.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < i.left) out.push({ top: i.top, left: a.left, bottom: i.bottom, right: i.left - 1 });
  if (i.right < a.right) out.push({ top: i.top, left: i.right + 1, bottom: i.bottom, right: a.right });
  return out;
}

export const subtractAll = (areas: Area[], b: Area): Area[] => areas.flatMap((a) => subtract(a, b));
