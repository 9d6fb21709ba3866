/** A1 addresses. Rows and columns are 0-based in code, 1-based in A1 text, as in Excel. */

const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  if (col >= 0 && col < 16_384 && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
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

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Reads "B7" (or "$B$7") into 0-based coordinates; null when it is not a cell address. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

export type Area = { top: number; left: number; bottom: number; right: number };

/** Reads "A1:C3", "Sheet1!A1:C3" or "B2" into a 0-based inclusive area. */
export function parseRangeAddress(ref: string): Area | null {
  const bare = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b = a] = bare.split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function areaAddress(a: Area): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

/** Quotes a sheet name for a formula or hyperlink reference: 'Phụ lục 1'!A1. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
