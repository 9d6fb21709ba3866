/**
 * Text comparison the way a reader compares: case, diacritics, tone-mark placement
 * (hoà/hòa, uỷ/ủy), NFC/NFD, line breaks and extra spaces do not matter.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** Collapses spaces and line breaks but keeps the letters as written (for display). */
export function tidyText(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

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
