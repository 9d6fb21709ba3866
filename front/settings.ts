import { currentQuarterPeriod, isIsoDate, parsePeriod, type IsoDate, type Lang } from '../core';

/** What the pane and the page both let the user set; each keeps it in localStorage between sessions. */
export type CommonSettings = {
  asOf: IsoDate;
  period: string;
  dueSoonDays: number;
  lang: Lang;
};

export function todayIso(now = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function nowStamp(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(now)}T${p(now.getHours())}:${p(now.getMinutes())}`;
}

export function defaultCommonSettings(lang: Lang, now = new Date()): CommonSettings {
  const today = todayIso(now);
  return { asOf: today, period: currentQuarterPeriod(today).code, dueSoonDays: 30, lang };
}

/** Saved settings (JSON, already parsed), checked: anything unreadable falls back to the default, never an exception. */
export function restoreCommonSettings(s: Record<string, unknown>, fallback: CommonSettings): CommonSettings {
  const due = s.dueSoonDays;
  return {
    // The as-of date defaults to today each session: yesterday's date would silently age a report.
    asOf: fallback.asOf,
    period: typeof s.period === 'string' && parsePeriod(s.period).ok ? s.period : fallback.period,
    dueSoonDays: typeof due === 'number' && Number.isInteger(due) && due >= 0 && due <= 366 ? due : fallback.dueSoonDays,
    lang: s.lang === 'en' || s.lang === 'vi' ? s.lang : fallback.lang,
  };
}

/** The JSON saved under `key`, as an object; null when absent or unreadable. */
export function readSaved(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function validAsOf(s: string): boolean {
  return isIsoDate(s);
}

/** The periods offered: this year's and last year's, in the order offices report them, and the current choice. */
export function periodChoices(asOf: string, current: string): string[] {
  const year = Number(asOf.slice(0, 4)) || new Date().getFullYear();
  const codes: string[] = [];
  for (const y of [year, year - 1]) for (const k of ['Q1', 'H1', 'Q3', 'Y', 'Q2', 'Q4']) codes.push(`${y}-${k}`);
  if (!codes.includes(current)) codes.unshift(current);
  return codes;
}
