import { isoFromParts, type IsoDate } from '../core';

/** Dates as officers type them (no DOM here: the tests run it in Node). */

/** The years a report can be about (the period list's bounds: parsePeriod takes 2000–2100). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** "14/09/2024", "14/9/2024", "14-09-2024", "14.09.2024" → "2024-09-14"; null unless whole and valid. */
export function parseDayMonthYear(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return isoFromParts(y, mo, d);
}
