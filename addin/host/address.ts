/**
 * A1 addresses come from core (core/grid/address.ts), the one set the whole product uses; this module adds
 * the area arithmetic the in-memory Excel needs to behave like Office.js (unbounded ranges, overlaps,
 * what is left of an area when another is taken out).
 */
import { MAX_COLS, MAX_ROWS, isWholeColumns, isWholeRows, type Area } from '../../core';

export { MAX_ROWS, MAX_COLS, isWholeColumns, isWholeRows, parseArea, sheetPrefix, splitSheet, areaAddress, cellAddress, qualifiedAddress, type Area } from '../../core';

export const cellCount = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);
/** An "unbounded" range in Office.js's sense: whole columns or whole rows (excel-add-ins-ranges-unbounded). */
export const isUnbounded = (a: Area): boolean => isWholeColumns(a) || isWholeRows(a);
export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };


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
