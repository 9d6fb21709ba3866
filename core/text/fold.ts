/**
 * Text comparison the way a reader compares: case, diacritics, tone-mark placement
 * (hoà/hòa, uỷ/ủy), NFC/NFD, line breaks and extra spaces do not matter.
 */
export function foldText(s: string): string {
  return foldFast(s) ?? foldSlow(s);
}

/** The definition: decompose, drop the combining marks, đ → d, lower case, one space. */
function foldSlow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/**
 * The same result in one pass for text in the Latin alphabets Vietnamese uses (nearly every cell):
 * each letter's folded form comes from a table computed once with foldSlow itself. Text with any
 * other character (another script, a symbol outside the table) returns null and takes the slow path.
 */
let FOLD_TABLE: Int16Array | null = null;
/** Per UTF-16 code unit up to U+1EFF: the folded ASCII code, 0 for a mark that vanishes, -1 for "take the slow path". */
function foldTable(): Int16Array {
  if (FOLD_TABLE) return FOLD_TABLE;
  const t = new Int16Array(0x1f00).fill(-1);
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (/[\s\u00a0\u200b]/.test(ch)) continue; // handled as spaces
      const f = foldSlow(ch);
      // Only letters that fold to plain ASCII (or vanish, for combining marks) are safe to do one by one.
      if (/^[\x21-\x7e]?$/.test(f)) t[c] = f === '' ? 0 : f.charCodeAt(0);
    }
  };
  add(0x21, 0x7e);
  add(0xa1, 0x24f);
  add(0x300, 0x36f);
  add(0x1e00, 0x1eff);
  FOLD_TABLE = t;
  return t;
}
function isFoldSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/**
 * Codes are written to a buffer and turned into a string in chunks: linear in the text's length, where
 * appending one character at a time to a string was not for a 100 000-character cell.
 */
let FOLD_BUFFER = new Uint16Array(256);
function foldFast(s: string): string | null {
  const table = foldTable();
  if (FOLD_BUFFER.length < s.length) FOLD_BUFFER = new Uint16Array(Math.max(s.length, FOLD_BUFFER.length * 2));
  const out = FOLD_BUFFER;
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isFoldSpace(c)) {
      space = n > 0;
      continue;
    }
    const f = c < 0x1f00 ? table[c] : -1;
    if (f < 0) return null;
    if (f === 0) continue; // a combining mark: dropped, and does not end a run of spaces
    if (space) {
      out[n++] = 32;
      space = false;
    }
    out[n++] = f;
  }
  let str = '';
  for (let at = 0; at < n; at += 8192) str += String.fromCharCode.apply(null, out.subarray(at, Math.min(n, at + 8192)) as unknown as number[]);
  return str;
}

/** Collapses spaces and line breaks but keeps the letters as written (for display). */
export function tidyText(s: string): string {
  if (isTidy(s)) return s;
  const n = s.normalize('NFC');
  return NEEDS_TIDYING.test(n) ? n.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : n;
}

/**
 * Already tidy: single spaces between words, none at the ends, and only characters that NFC leaves
 * alone (printable ASCII, U+00A1–U+02FF, and the precomposed Latin of U+1E00–U+1EFF where the Vietnamese
 * letters are), so that the usual cell needs no copy at all. One native regex scan.
 */
function isTidy(s: string): boolean {
  return !UNTIDY_OR_UNSAFE.test(s);
}
const UNTIDY_OR_UNSAFE = /[^\x20-\x7e\xa1-\u02ff\u1e00-\u1eff]| {2}|^ | $/;

/** Any space other than a single ' ' between two other characters. */
const NEEDS_TIDYING = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/**
 * Header text without its column numbering: "5-Chủ trì" → "chu tri", "(7) Thời gian" → "thoi gian",
 * "Thời gian   hoàn thành" → "thoi gian hoan thanh".
 */
export function headerKey(s: string): string {
  return foldText(s)
    .replace(/^\(?\d+\)?\s*[-.:)]?\s*/, '')
    .replace(/[*:]+$/g, '')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/** True for I, II, IV, XII… (the section numbering of plan appendices). */
export function isRomanNumeral(s: string): boolean {
  const t = s.trim().replace(/[.:]$/, '');
  return t.length > 0 && ROMAN.test(t);
}

export function romanToInt(s: string): number {
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const t = s.trim().replace(/[.:]$/, '').toLowerCase();
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = map[t[i]] ?? 0;
    const next = map[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
