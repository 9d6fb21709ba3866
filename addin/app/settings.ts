import { defaultCommonSettings, readSaved, restoreCommonSettings, todayIso, type CommonSettings } from '../../front/settings';
import type { Lang } from '../../core';

export { nowStamp, periodChoices, todayIso, validAsOf } from '../../front/settings';

/** What the user sets in the pane: the settings the page has too, and which sheets to check. */
export type Settings = CommonSettings & {
  /** 'all' sheets, only the 'active' one, or the chosen names. */
  scope: 'all' | 'active' | string[];
};

export function defaultSettings(lang: Lang, now = new Date()): Settings {
  return { ...defaultCommonSettings(lang, now), scope: 'all' };
}

/**
 * Saved settings, checked: anything unreadable falls back to the default, never an exception. The period and a
 * typed as-of date come back together; otherwise the date follows the period's rule as of `today`.
 */
export function restoreSettings(raw: string | null, fallback: Settings, today = todayIso()): Settings {
  const s = readSaved(raw);
  if (!s) return fallback;
  const scope = s.scope;
  return {
    ...restoreCommonSettings(s, fallback, today),
    scope: scope === 'active' || scope === 'all' || (Array.isArray(scope) && scope.every((x) => typeof x === 'string')) ? (scope as Settings['scope']) : fallback.scope,
  };
}
