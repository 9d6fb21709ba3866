import Fuse from 'fuse.js';
import { z } from 'zod';
import { foldText, tidyText } from '../text/fold';

export const AgencyInputSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** 'group' for collective leads such as "Các sở, ban, ngành tỉnh" or "UBND cấp xã". */
  kind: z.enum(['agency', 'group']).default('agency'),
  /** The agency that took over this one in a merger (2025: Sở KH&ĐT → Sở Tài chính). */
  mergedInto: z.string().optional(),
});
export type AgencyInput = z.input<typeof AgencyInputSchema>;
export type Agency = z.output<typeof AgencyInputSchema>;

export type AgencyDirectory = {
  readonly agencies: readonly Agency[];
  /** Folded alias key → agency. */
  readonly byKey: ReadonlyMap<string, Agency>;
  /** Suggestions for unknown names, cached per key: fuzzy search is the only costly step. */
  suggest(name: string): string | undefined;
};

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubmttqvn\b/g, 'uy ban mat tran to quoc viet nam'],
  [/\bmttqvn\b/g, 'mat tran to quoc viet nam'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bvp\b/g, 'van phong'],
  [/\bcchc\b/g, 'cai cach hanh chinh'],
  [/\btthc\b/g, 'thu tuc hanh chinh'],
  // Central agencies' provincial branches, as plans abbreviate them.
  [/\btand\b/g, 'toa an nhan dan'],
  [/\bvksnd\b/g, 'vien kiem sat nhan dan'],
  [/\bnhnn\b/g, 'ngan hang nha nuoc'],
  [/\bbhxh\b/g, 'bao hiem xa hoi'],
  [/\bkbnn\b/g, 'kho bac nha nuoc'],
  [/\bqltt\b/g, 'quan ly thi truong'],
  [/\bthads\b/g, 'thi hanh an dan su'],
];

/**
 * The key two spellings of one agency share: case, diacritics, tone-mark placement, NFC/NFD,
 * "&"/"-" punctuation, "UBND"/"Ủy ban nhân dân", a trailing "tỉnh" or "." do not matter.
 */
export function agencyKey(s: string): string {
  let k = AGENCY_KEYS.get(s);
  if (k === undefined) {
    k = computeAgencyKey(s);
    if (AGENCY_KEYS.size >= 50_000) AGENCY_KEYS.clear();
    AGENCY_KEYS.set(s, k);
  }
  return k;
}
/** Keys already computed: the same few hundred names come back on every row. */
const AGENCY_KEYS = new Map<string, string>();

function computeAgencyKey(s: string): string {
  let t = foldText(s)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[&\-–—/,;:.'"“”]+/g, ' ');
  for (const [re, full] of ABBREVIATIONS) t = t.replace(re, full);
  t = t.replace(/\s+/g, ' ').trim();
  return t.replace(/\s+(cua )?tinh$/, '');
}

/**
 * "Sở Nội vụ tỉnh Đồng Tháp": the province named after an agency does not change who it is.
 * Tried only on a whole name, never while joining comma pieces. "Tỉnh ủy" is a body of its own.
 */
function withoutProvince(key: string): string {
  return key.replace(/\s+(cua )?tinh(?! uy\b)(\s+[a-z]+){1,3}$/, '');
}

/** The directory entry for a name, or undefined. */
export function lookupAgency(dir: AgencyDirectory, name: string): Agency | undefined {
  const key = agencyKey(name);
  return dir.byKey.get(key) ?? dir.byKey.get(withoutProvince(key));
}

/** Collective phrases ("các cơ quan có liên quan", "đơn vị sự nghiệp") are real leads, not unknown names. */
function isGenericGroup(key: string): boolean {
  return /^(cac|nhung|moi|toan the) /.test(key) || /^(co quan|don vi|dia phuong|doanh nghiep|nguoi dung dau)\b/.test(key);
}

export function createDirectory(inputs: readonly AgencyInput[]): AgencyDirectory {
  const agencies: Agency[] = [];
  const byKey = new Map<string, Agency>();
  const byName = new Map<string, number>();
  for (const input of inputs) {
    const parsed = AgencyInputSchema.safeParse(input);
    if (!parsed.success) continue;
    const a: Agency = { ...parsed.data, name: tidyText(parsed.data.name), aliases: parsed.data.aliases.map(tidyText).filter(Boolean) };
    const nameKey = agencyKey(a.name);
    // A later entry with the same name replaces the earlier one: that is how a workbook overrides.
    const existing = byName.get(nameKey);
    if (existing !== undefined) agencies[existing] = a;
    else {
      byName.set(nameKey, agencies.length);
      agencies.push(a);
    }
  }
  for (const a of agencies) for (const n of [a.name, ...a.aliases]) byKey.set(agencyKey(n), a);
  // Later entries win alias conflicts too.
  for (const a of agencies) for (const n of [a.name, ...a.aliases]) if (byName.get(agencyKey(a.name)) !== undefined) byKey.set(agencyKey(n), a);

  let fuse: Fuse<{ key: string; name: string }> | null = null;
  const cache = new Map<string, string | undefined>();
  return {
    agencies,
    byKey,
    suggest(name: string) {
      const key = agencyKey(name);
      if (cache.has(key)) return cache.get(key);
      // No agency's name is this long: a pasted paragraph gets no suggestion (fuzzy search on it is slow).
      if (key.length > MAX_SUGGEST_KEY) return undefined;
      fuse ??= new Fuse(
        [...byKey.entries()].map(([k, a]) => ({ key: k, name: a.name })),
        { keys: ['key'], threshold: 0.4, includeScore: true, ignoreLocation: true },
      );
      // Fuse ranks by characters; a suggestion must also share most of its words with the name,
      // so "Sở Giáo dục Đào tạo" finds "Sở Giáo dục và Đào tạo" but a press office is not offered for a department.
      const best = fuse.search(key, { limit: 5 }).find((r) => wordOverlap(key, r.item.key) >= 0.6);
      const s = best ? best.item.name : undefined;
      cache.set(key, s);
      return s;
    },
  };
}

function wordOverlap(a: string, b: string): number {
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

export function extendDirectory(dir: AgencyDirectory, more: readonly AgencyInput[]): AgencyDirectory {
  return more.length === 0 ? dir : createDirectory([...dir.agencies, ...more]);
}

export type AgencyRef = {
  /** The name as written (tidied, with elided words restored: "cấp xã" after "UBND cấp huyện" → "UBND cấp xã"). */
  text: string;
  /** The directory entry, or null when unknown. */
  agency: Agency | null;
  /** A collective phrase accepted without a directory entry ("các cơ quan có liên quan"). */
  generic: boolean;
  /** The closest known name, for an unknown one. */
  suggestion?: string;
};

const MAX_SUGGEST_KEY = 150;

const wordCount = (s: string): number => {
  const k = agencyKey(s);
  return k === '' ? 0 : k.split(' ').length;
};

/** The most words in any key of the directory, computed once per directory. */
const LONGEST = new WeakMap<AgencyDirectory, number>();
function longestKeyWords(dir: AgencyDirectory): number {
  let n = LONGEST.get(dir);
  if (n === undefined) {
    n = 0;
    for (const k of dir.byKey.keys()) n = Math.max(n, k.split(' ').length);
    LONGEST.set(dir, n);
  }
  return n;
}

const HEAD_WORDS = 'ubnd|uy ban|uỷ ban|ủy ban|sở|văn phòng|ban|cục|đài|báo|công an|bảo hiểm|bưu điện|thanh tra|các|trung tâm|hội đồng|chi cục';

/**
 * Splits a lead or coordinating cell into agencies: "Sở Tư pháp, UBND cấp huyện, cấp xã." →
 * Sở Tư pháp | UBND cấp huyện | UBND cấp xã. Commas inside known names ("Các sở, ban, ngành tỉnh",
 * "Sở Lao động, Thương binh và Xã hội") are kept; "các Sở: Tư pháp, Tài chính" expands the head.
 */
export function splitAgencies(dir: AgencyDirectory, cell: string): string[] {
  const maxWords = longestKeyWords(dir);
  const known = (s: string) => {
    const k = agencyKey(s);
    return k !== '' && (dir.byKey.has(k) || isGenericGroup(k));
  };
  const generic = (s: string) => isGenericGroup(agencyKey(s)) && !dir.byKey.has(agencyKey(s));
  const text = joinWrappedLines(cell.normalize('NFC').replace(/\([^)]*\)/g, ' '), known);
  const chunks = text
    .split(/[;+\n]|(?:^|\s)-\s/)
    .flatMap((c) => c.split(new RegExp(`\\s+và\\s+(?=(?:${HEAD_WORDS})(?![\\p{L}\\p{M}]))`, 'iu')))
    .map((c) => c.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const chunk of chunks) {
    const pieces = chunk.split(/\s*,\s*/).map((p) => p.trim().replace(/[.:;]+$/, '').trim()).filter((p) => p !== '' && !namesNobody(p));
    let i = 0;
    let first = true;
    while (i < pieces.length) {
      let piece = pieces[i];
      const listHead = /^(?:các\s+)?(sở|ban|cục|phòng)\s*:\s*(.+)$/iu.exec(piece);
      if (listHead) piece = `${listHead[1].charAt(0).toUpperCase()}${listHead[1].slice(1).toLowerCase()} ${listHead[2]}`;
      // The longest run of pieces that is one known name wins. A run with more words than the longest
      // known name cannot be one (joining keeps every piece's words, the trailing "tỉnh" aside), so runs
      // are tried only up to that length: a cell of two thousand commas stays linear.
      let taken = 1;
      let name = piece;
      let words = wordCount(piece);
      let jMax = i + 1;
      while (jMax < pieces.length && (words += wordCount(pieces[jMax])) <= maxWords + 2) jMax++;
      for (let j = jMax; j > i + 1; j--) {
        const joined = [piece, ...pieces.slice(i + 1, j)].join(', ');
        if (dir.byKey.has(agencyKey(joined))) {
          taken = j - i;
          name = joined;
          break;
        }
      }
      const prev = out.length > 0 && !first ? out[out.length - 1] : null;
      if (taken === 1 && prev !== null && !dir.byKey.has(agencyKey(piece))) {
        if (generic(prev) && /^\p{Ll}/u.test(piece)) {
          // "các cơ quan, địa phương": a lower-case continuation of a collective phrase.
          out[out.length - 1] = `${prev}, ${piece}`;
          i++;
          continue;
        }
        if (!known(piece)) {
          // Elision: "UBND cấp huyện, cấp xã", "UBND cấp huyện, xã", "Sở Tư pháp, Tài chính".
          const prevWords = prev.split(/\s+/);
          for (let k = prevWords.length - 1; k >= 1; k--) {
            const candidate = `${prevWords.slice(0, k).join(' ')} ${piece}`;
            if (dir.byKey.has(agencyKey(candidate))) {
              name = candidate;
              break;
            }
          }
        }
      }
      out.push(tidyText(name));
      first = false;
      i += taken;
    }
  }
  return out;
}

/** "-", "…", "?", "Không", "Chưa có", "x": a placeholder in a lead cell, not an agency. */
function namesNobody(piece: string): boolean {
  if (!/\p{L}/u.test(piece)) return true;
  return /^(khong|khong co|chua co|chua ro|chua xac dinh|chua phan cong|n\/?a|x|xx|\.+)$/.test(foldText(piece));
}

/**
 * Line breaks in a cell are either list separators ("- Sở Nội vụ\n- Sở Tư pháp") or mere wrapping
 * ("Ban pháp chế Hội đồng nhân\ndân Tỉnh"): a break separates only after a bullet or a complete name.
 */
function joinWrappedLines(text: string, known: (s: string) => boolean): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length <= 1) return lines[0] ?? '';
  let acc = lines[0];
  for (const line of lines.slice(1)) {
    const lastPiece = acc.split(/[,;]/).pop()!.replace(/^[-+•]\s*/, '').trim();
    const startsName = new RegExp(`^(?:${HEAD_WORDS})(?![\\p{L}\\p{M}])`, 'iu').test(line) && /^\p{Lu}/u.test(line);
    if (/^[-+•]/.test(line) || (!/[,;]$/.test(acc) && (known(lastPiece) || startsName))) acc += `\n${line}`;
    else acc += ` ${line}`;
  }
  return acc;
}

export function resolveAgencies(dir: AgencyDirectory, cell: string): AgencyRef[] {
  return splitAgencies(dir, cell).map((text) => {
    const key = agencyKey(text);
    const agency = lookupAgency(dir, text) ?? null;
    if (agency) return { text, agency, generic: false };
    if (isGenericGroup(key)) return { text, agency: null, generic: true };
    const suggestion = dir.suggest(text);
    return suggestion ? { text, agency: null, generic: false, suggestion } : { text, agency: null, generic: false };
  });
}
