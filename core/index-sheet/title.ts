import type { SheetView } from '../grid/view';
import { foldText, tidyText } from '../text/fold';

type Known = { name: string; acronym: RegExp; fullName: RegExp };

// The four national indices, by acronym and by the Vietnamese name the plans spell out.
const KNOWN: Known[] = [
  { name: 'PAR INDEX', acronym: /(?<![a-z])par(?:\s*-?\s*index)?(?![a-z])/, fullName: /chi so cai cach hanh chinh|chi so cchc/ },
  { name: 'SIPAS', acronym: /(?<![a-z])sipas(?![a-z])/, fullName: /chi so hai long/ },
  { name: 'PAPI', acronym: /(?<![a-z])papi(?![a-z])/, fullName: /hieu qua quan tri va hanh chinh cong/ },
  { name: 'PCI', acronym: /(?<![a-z])pci(?![a-z])/, fullName: /nang luc canh tranh/ },
];
const OTHER_ACRONYM = /\(([A-Z][A-Z0-9]*(?: [A-Z0-9]+)*)\)/;

function earliest(folded: string, pick: (k: Known) => RegExp): string | null {
  let best: { name: string; at: number } | null = null;
  for (const k of KNOWN) {
    const m = pick(k).exec(folded);
    if (m && (!best || m.index < best.at)) best = { name: k.name, at: m.index };
  }
  return best?.name ?? null;
}

/**
 * Which index a text names: "PAPI", "SIPAS", "PCI", "PAR INDEX" (the first one mentioned), another
 * acronym in parentheses ("Chỉ số chuyển đổi số (DTI)" → "DTI"), or null.
 */
export function identifyIndex(text: string): string | null {
  const f = foldText(text);
  const other = OTHER_ACRONYM.exec(tidyText(text));
  return earliest(f, (k) => k.acronym) ?? earliest(f, (k) => k.fullName) ?? (other && other[1].length <= 20 ? other[1] : null);
}

const NUMBERED = /^(?:\d+(?:\.\d+)*|[ivxlc]+)[.):]\s/;

/** "1. Đối với Chỉ số chuyển đổi số" → "Chỉ số chuyển đổi số": a title used as the index's name. */
function titleAsName(title: string): string {
  return tidyText(title)
    .replace(/^(?:\d+(?:\.\d+)*|[IVXLC]+)[.):]\s*/i, '')
    .replace(/^đối với\s+/iu, '');
}

export type TitleInfo = { title: string | null; titleCell: string | null; index: string };

/**
 * Finds the title over a header: among the lines right above it (up to four, down to `floor`, the
 * first row after the previous table), the one that is numbered ("1. Đối với …") and names an index
 * wins over a plain sentence ("Phấn đấu kết quả Chỉ số PAPI …"). The index comes from the title,
 * those lines, or the sheet's name.
 */
export function findTitle(view: SheetView, headerRow: number, floor: number): TitleInfo {
  const lines: { text: string; cell: string; score: number }[] = [];
  for (let r = headerRow - 1; r >= Math.max(floor, headerRow - 4); r--) {
    const line = rowText(view, r);
    if (!line) break;
    const f = foldText(line.text);
    const score = (NUMBERED.test(f) ? 2 : 0) + (identifyIndex(line.text) ? 1 : 0);
    lines.push({ ...line, score });
  }
  let best: (typeof lines)[number] | null = null;
  for (const l of lines) if (l.score > 0 && (!best || l.score > best.score)) best = l;

  const named = (best && identifyIndex(best.text)) ?? lines.map((l) => identifyIndex(l.text)).find((x) => x) ?? identifyIndex(view.name);
  return {
    title: best?.text ?? null,
    titleCell: best?.cell ?? null,
    index: named ?? (best ? titleAsName(best.text) : tidyText(view.name)),
  };
}

/** The row's distinct cell texts (a merged title counts once), or null for an empty row. */
function rowText(view: SheetView, r: number): { text: string; cell: string } | null {
  const parts: string[] = [];
  let cell: string | null = null;
  const seen = new Set<string>();
  for (let c = 0; c < view.cols; c++) {
    const o = view.origin(r, c);
    const key = `${o.r}:${o.c}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const t = tidyText(view.text(r, c));
    if (t === '') continue;
    parts.push(t);
    cell ??= view.address(o.r, o.c);
  }
  return cell ? { text: parts.join(' '), cell } : null;
}
