import { AsOfRuleSchema, currentQuarterPeriod, cutOffDate, dataWindow, defaultAsOf, isIsoDate, parsePeriod, type AsOfBasis, type AsOfRule, type IsoDate, type Lang, type ReportPeriod } from '../core';

/**
 * What the pane and the page both let the user set, and how the date a report is judged on follows the period
 * (issue 17 §2). Each front end keeps its settings in localStorage between sessions.
 *
 * The as-of date either follows the period's rule — the legal cut-off (the 14th of the period's last month,
 * Nghị định 09/2019/NĐ-CP, Điều 12) or the period's last day, never later than today — or is a date the user
 * typed. A typed date is saved and restored with its period; a date that follows the rule is worked out again
 * from the period on the next visit, so neither "today" nor an old date ever creeps into a report unseen.
 */
export type CommonSettings = {
  period: string;
  asOf: IsoDate;
  /** How the as-of date follows the period. */
  asOfRule: AsOfRule;
  /** The user typed the as-of date: it is kept (and restored) with the period instead of following the rule. */
  asOfTyped: boolean;
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

/** The period of a saved or chosen code (the current quarter's when it is not one). */
function periodOf(code: string, today: IsoDate): ReportPeriod {
  const p = parsePeriod(code);
  return p.ok ? p.value : currentQuarterPeriod(today);
}

/** The as-of date the period's rule gives today. */
export function ruleAsOf(period: string, rule: AsOfRule, today: IsoDate): IsoDate {
  return defaultAsOf(periodOf(period, today), rule, today);
}

export function defaultCommonSettings(lang: Lang, now = new Date()): CommonSettings {
  const today = todayIso(now);
  const period = currentQuarterPeriod(today).code;
  return { period, asOf: ruleAsOf(period, 'cut-off', today), asOfRule: 'cut-off', asOfTyped: false, dueSoonDays: 30, lang };
}

/**
 * Saved settings (JSON, already parsed), checked: anything unreadable falls back to the default, never an
 * exception. The period and a typed as-of date come back together; otherwise the date follows the period's rule.
 */
export function restoreCommonSettings(s: Record<string, unknown>, fallback: CommonSettings, today = todayIso()): CommonSettings {
  const due = s.dueSoonDays;
  const period = typeof s.period === 'string' && parsePeriod(s.period).ok ? s.period : fallback.period;
  const rule = AsOfRuleSchema.safeParse(s.asOfRule);
  const asOfRule = rule.success ? rule.data : fallback.asOfRule;
  const typed = s.asOfTyped === true && typeof s.asOf === 'string' && isIsoDate(s.asOf);
  return {
    period,
    asOf: typed ? (s.asOf as IsoDate) : ruleAsOf(period, asOfRule, today),
    asOfRule,
    asOfTyped: typed,
    dueSoonDays: typeof due === 'number' && Number.isInteger(due) && due >= 0 && due <= 366 ? due : fallback.dueSoonDays,
    lang: s.lang === 'en' || s.lang === 'vi' ? s.lang : fallback.lang,
  };
}

/** The JSON saved under a key, as an object; null when absent or unreadable. */
export function readSaved(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** What is saved of the shared settings. */
export function savedCommonSettings(s: CommonSettings): Pick<CommonSettings, 'period' | 'asOf' | 'asOfRule' | 'asOfTyped' | 'dueSoonDays' | 'lang'> {
  return { period: s.period, asOf: s.asOf, asOfRule: s.asOfRule, asOfTyped: s.asOfTyped, dueSoonDays: s.dueSoonDays, lang: s.lang };
}

/**
 * The as-of date of a report made with these settings and the rule it states, as `cchc report` states them: the
 * period's rule (cut-off or last day, today while that day is ahead), or 'given' for a date the user typed, as
 * for `--as-of`. The report's data window follows from it (core's Consolidator).
 */
export function reportAsOf(s: Pick<CommonSettings, 'asOf' | 'asOfRule' | 'asOfTyped'>): { asOf: IsoDate; asOfRule: AsOfBasis } {
  return { asOf: s.asOf, asOfRule: s.asOfTyped ? 'given' : s.asOfRule };
}

export function validAsOf(s: string): boolean {
  return isIsoDate(s);
}

/** What happened to the as-of date when the period or the rule changed, for the sentence that says so. */
export type AsOfChange =
  | { kind: 'same' }
  /** The date followed the rule to a new day. */
  | { kind: 'moved'; from: IsoDate; to: IsoDate }
  /** A typed date inside the new period's window was kept. */
  | { kind: 'kept'; date: IsoDate }
  /** A typed date outside the new period's window gave way to the rule's date. */
  | { kind: 'replaced'; from: IsoDate; to: IsoDate };

/**
 * The settings after the user picks a period: a date that follows the rule moves with it; a typed date stays
 * when it falls in the period's data window (from its first day to its last), and otherwise gives way to the
 * rule's date — never silently: the change says which.
 */
export function choosePeriod(s: CommonSettings, code: string, today: IsoDate): { settings: CommonSettings; change: AsOfChange } {
  const p = parsePeriod(code);
  if (!p.ok) return { settings: s, change: { kind: 'same' } };
  const next = ruleAsOf(code, s.asOfRule, today);
  if (s.asOfTyped) {
    if (s.asOf >= dataWindow(p.value).from && s.asOf <= p.value.end) return { settings: { ...s, period: code }, change: { kind: 'kept', date: s.asOf } };
    return { settings: { ...s, period: code, asOf: next, asOfTyped: false }, change: next === s.asOf ? { kind: 'same' } : { kind: 'replaced', from: s.asOf, to: next } };
  }
  return { settings: { ...s, period: code, asOf: next }, change: next === s.asOf ? { kind: 'same' } : { kind: 'moved', from: s.asOf, to: next } };
}

/** The settings after the user picks the rule: a date that follows it moves; a typed one stays. */
export function chooseRule(s: CommonSettings, rule: AsOfRule, today: IsoDate): { settings: CommonSettings; change: AsOfChange } {
  if (s.asOfTyped) return { settings: { ...s, asOfRule: rule }, change: { kind: 'kept', date: s.asOf } };
  const next = ruleAsOf(s.period, rule, today);
  return { settings: { ...s, asOfRule: rule, asOf: next }, change: next === s.asOf ? { kind: 'same' } : { kind: 'moved', from: s.asOf, to: next } };
}

/** The settings after the user types a whole, valid date: it is theirs, unless it is the very date the rule gives. */
export function typeAsOf(s: CommonSettings, date: IsoDate, today: IsoDate): CommonSettings {
  return { ...s, asOf: date, asOfTyped: date !== ruleAsOf(s.period, s.asOfRule, today) };
}

/** Where the as-of date comes from, for the line under the field. */
export type AsOfOrigin = { kind: 'typed' } | { kind: 'cut-off' | 'period-end'; period: ReportPeriod } | { kind: 'today'; period: ReportPeriod; ruleDate: IsoDate };

export function asOfOrigin(s: CommonSettings, today: IsoDate): AsOfOrigin {
  if (s.asOfTyped) return { kind: 'typed' };
  const p = periodOf(s.period, today);
  const ruleDate = s.asOfRule === 'cut-off' ? cutOffDate(p) : p.end;
  return s.asOf === ruleDate ? { kind: s.asOfRule, period: p } : { kind: 'today', period: p, ruleDate };
}

const KINDS = ['Q1', 'H1', 'Q3', 'Y', 'Q2', 'Q4'] as const;

/**
 * The periods offered, by year, newest first: the as-of date's year and the year before, the years the
 * workbooks' own plans name (`years`), and always the current choice; in each year in the order offices
 * report them (Quý I, 6 tháng, Quý III, năm, then the plain quarters).
 */
export function periodChoices(asOf: string, current: string, years: readonly number[] = []): Array<{ year: number; codes: string[] }> {
  const year = Number(asOf.slice(0, 4)) || new Date().getFullYear();
  const cur = parsePeriod(current);
  const all = new Set<number>([year, year - 1, ...years.filter((y) => y >= 2000 && y <= 2100), ...(cur.ok ? [cur.value.year] : [])]);
  return [...all].sort((a, b) => b - a).map((y) => ({ year: y, codes: KINDS.map((k) => `${y}-${k}`) }));
}
