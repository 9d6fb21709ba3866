import { fail, ok, type Result } from './result';

/**
 * Calendar dates as ISO strings ("2024-09-30"), computed in UTC so that no time zone can move a
 * deadline by a day. Excel's serial numbers count days from 1899-12-30 (the 1900 date system).
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isoFromParts(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function lastDayOfMonth(y: number, m: number): IsoDate {
  return isoFromParts(y, m, daysInMonth(y, m)) as IsoDate;
}

export function parseIso(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoFromParts(y, mo, d) ? { y, m: mo, d } : null;
}

export function isIsoDate(s: string): boolean {
  return parseIso(s) !== null;
}

function toMs(iso: IsoDate): number {
  // A few thousand distinct days come back on every row of a national roll-up: parse each once.
  let ms = MS_OF.get(iso);
  if (ms === undefined) {
    const p = parseIso(iso);
    if (!p) throw new RangeError(`not an ISO date: ${iso}`); // programming error, never user text
    ms = Date.UTC(p.y, p.m - 1, p.d);
    if (MS_OF.size >= 20_000) MS_OF.clear();
    MS_OF.set(iso, ms);
  }
  return ms;
}
const MS_OF = new Map<string, number>();

function fromMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as IsoDate;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function addDays(a: IsoDate, n: number): IsoDate {
  return fromMs(toMs(a) + n * DAY_MS);
}

/** An Excel serial (days since 1899-12-30, time of day ignored) as a date; null outside 1900–9999. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  return fromMs(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

export function isoToExcelSerial(iso: IsoDate): number {
  return Math.round((toMs(iso) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Excel's serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Milliseconds since 1970-01-01 UTC as an Excel serial (a date read from XML or by SheetJS). */
export function msToExcelSerial(ms: number): number {
  return ms / DAY_MS + UNIX_EPOCH_SERIAL;
}

/**
 * An ISO date ("2024-10-05") or date-time ("2024-10-05T08:30", seconds optional) as an Excel serial, the same
 * whatever the host's time zone; a reason when it is not ISO ("not-iso") or names no such day or time
 * ("no-such"). The report's writers (the file and the add-in) both ask it.
 */
export function isoToExcelSerialTime(v: string, kind: 'date' | 'datetime'): Result<number> {
  const m = kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (!m) return fail('not-iso', `không phải ngày ISO: "${v}"`, `not an ISO ${kind}: "${v}"`);
  const [y, mo, d, h = 0, mi = 0, sec = 0] = m.slice(1).map((x) => Number(x ?? 0));
  // Date.UTC rolls 2024-02-30 over to March: such a day does not exist.
  if (!isoFromParts(y, mo, d) || h > 23 || mi > 59 || sec > 59) return fail('no-such', `không có ngày giờ này: "${v}"`, `no such ${kind}: "${v}"`);
  return ok(msToExcelSerial(Date.UTC(y, mo - 1, d)) + (h * 3600 + mi * 60 + sec) / 86_400);
}

/** d/m/yyyy, the only order Vietnamese documents use. */
export function formatViDate(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}` : iso;
}

export function quarterOf(iso: IsoDate): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const p = parseIso(iso)!;
  return { year: p.y, quarter: (Math.floor((p.m - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}
