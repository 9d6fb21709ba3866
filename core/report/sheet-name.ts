const FORBIDDEN = /[:\\/?*[\]]/g;

/** Excel's limit on a sheet name: 31 UTF-16 units (an emoji counts two), as the writer checks it. */
const MAX_NAME = 31;

/** The first `max` UTF-16 units of a text, never half of a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end);
}

/** A name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not "History". */
export function safeSheetName(name: string): string {
  let s = name.normalize('NFC').replace(FORBIDDEN, '-').replace(/[\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  if (s === '' || s.toLowerCase() === 'history') s = `Sheet ${s}`.trim();
  return cut(s, MAX_NAME).trim().replace(/'+$/, '');
}

/**
 * The first free name among "base", "base (2)", "base (3)"…, compared as Excel compares sheet
 * names (case-insensitive), keeping each within 31 characters.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const key = (n: string) => n.normalize('NFC').toLowerCase();
  const taken = new Set(existing.map(key));
  const clean = safeSheetName(base);
  if (!taken.has(key(clean))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${cut(clean, MAX_NAME - suffix.length).trim()}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** "Tổng hợp Q3-2024" for period 2024-Q3: the name the add-in and the CLI give the summary sheet. */
export function reportSheetBase(periodCode: string, kind: 'summary' | 'detail'): string {
  const [year, p] = periodCode.split('-');
  return kind === 'summary' ? `Tổng hợp ${p}-${year}` : `Chi tiết ${p}-${year}`;
}
