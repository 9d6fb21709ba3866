import { currentQuarterPeriod, isIsoDate, parsePeriod, type IsoDate, type Lang } from '../../core';

/** What the user sets in the pane; kept in localStorage between sessions. */
export type Settings = {
  asOf: IsoDate;
  period: string;
  dueSoonDays: number;
  /** 'all' sheets, only the 'active' one, or the chosen names. */
  scope: 'all' | 'active' | string[];
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

export function defaultSettings(lang: Lang, now = new Date()): Settings {
  const today = todayIso(now);
  return { asOf: today, period: currentQuarterPeriod(today).code, dueSoonDays: 30, scope: 'all', lang };
}

/** Saved settings, checked: anything unreadable falls back to the default, never an exception. */
export function restoreSettings(raw: string | null, fallback: Settings): Settings {
  if (!raw) return fallback;
  try {
    const s = JSON.parse(raw) as Partial<Settings>;
    return {
      // The as-of date defaults to today each session: yesterday's date would silently age a report.
      asOf: fallback.asOf,
      period: typeof s.period === 'string' && parsePeriod(s.period).ok ? s.period : fallback.period,
      dueSoonDays: Number.isInteger(s.dueSoonDays) && s.dueSoonDays! >= 0 && s.dueSoonDays! <= 366 ? s.dueSoonDays! : fallback.dueSoonDays,
      scope: s.scope === 'active' || s.scope === 'all' || (Array.isArray(s.scope) && s.scope.every((x) => typeof x === 'string')) ? s.scope : fallback.scope,
      lang: s.lang === 'en' || s.lang === 'vi' ? s.lang : fallback.lang,
    };
  } catch {
    return fallback;
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
