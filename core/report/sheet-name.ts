const FORBIDDEN = /[:\\/?*[\]]/g;

/** A name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not "History". */
export function safeSheetName(name: string): string {
  let s = name.replace(FORBIDDEN, '-').replace(/[\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  if (s === '' || s.toLowerCase() === 'history') s = `Sheet ${s}`.trim();
  return [...s].slice(0, 31).join('').trim();
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
    const candidate = `${[...clean].slice(0, 31 - suffix.length).join('').trim()}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** "Tổng hợp Q3-2024" for period 2024-Q3: the name the add-in and the CLI give the summary sheet. */
export function reportSheetBase(periodCode: string, kind: 'summary' | 'detail'): string {
  const [year, p] = periodCode.split('-');
  return kind === 'summary' ? `Tổng hợp ${p}-${year}` : `Chi tiết ${p}-${year}`;
}
