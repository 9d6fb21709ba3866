import { foldText } from '../text/fold';
import { normaliseNumber } from '../task/numbers';

/**
 * The stable key of a plan task, carried in a hidden column of each reporting form and in the last column of
 * the report's detail sheet, so that a filled form and the next period's report find the task exactly:
 *
 *   cchc1|<plan file>|<sheet>|<section numeral>|<item number>|<text print>
 *
 * The plan's file name, sheet and item say where the task is; the text print (6 hex digits of its folded text)
 * tells two items apart that share a number, and makes a key stale when the task's wording is changed in the
 * plan, so that the task is then found by number or text instead and the report says so. A form's key cell adds
 * whose form it is and how many leads share the task: "…|Sở Tư pháp|1/3".
 */

const VERSION = 'cchc1';
const SEP = '|';

/** A part of a key: the separator and the escape character written as %7C and %25. */
const enc = (s: string) => s.replace(/%/g, '%25').replace(/\|/g, '%7C');
const dec = (s: string) => s.replace(/%7C/gi, '|').replace(/%25/g, '%');

/** FNV-1a over the text, 32 bits, as hex. */
function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function hashHex(s: string, digits: number): string {
  const a = fnv(s).toString(16).padStart(8, '0');
  const b = fnv(s, 0x2545f491).toString(16).padStart(8, '0');
  return (a + b).slice(0, digits);
}

const BULLET = /^[-+•*–—·]+\s*/;
const ITEM_NUMBER = /^((?:\d+\.)+\d+|\d+|[a-zđ])\s*[:.)]\s*/;

/**
 * A task's text as matching compares it: folded (case, diacritics and tone-mark placement, NFC/NFD, spacing;
 * see foldText), without a leading bullet or item number ("- ", "3.1: ") and without the final full stop.
 */
export function matchText(title: string): string {
  let t = foldText(title);
  for (let i = 0; i < 3; i++) {
    const next = t.replace(BULLET, '').replace(ITEM_NUMBER, '');
    if (next === t) break;
    t = next;
  }
  return t.replace(/[\s.;,:]+$/, '');
}

export type TaskKeyParts = { file: string; sheet: string; section: string | null; number: string | null; title: string };

export function taskKey(p: TaskKeyParts): string {
  return [VERSION, enc(p.file), enc(p.sheet), enc(p.section ?? ''), enc(p.number ? normaliseNumber(p.number) : ''), hashHex(matchText(p.title), 6)].join(SEP);
}

/** The text a form's hidden key cell holds: the task's key, the form's agency, and "i/n" of the task's leads. */
export function formKeyCell(key: string, agency: string, index: number, leads: number): string {
  return `${key}${SEP}${enc(agency)}${SEP}${index}/${leads}`;
}

export type FormKey = { key: string; agency: string | null; shared: { index: number; of: number } | null };

/** A key cell read back, or null for any other text (a plan's own "Mã nhiệm vụ" column, a typo). */
export function parseFormKey(cell: string | null | undefined): FormKey | null {
  if (!cell) return null;
  const parts = cell.trim().split(SEP);
  if (parts[0] !== VERSION || parts.length < 6 || !/^[0-9a-f]{6}$/.test(parts[5])) return null;
  const key = parts.slice(0, 6).join(SEP);
  const agency = parts[6] ? dec(parts[6]) : null;
  const m = /^(\d+)\/(\d+)$/.exec(parts[7] ?? '');
  return { key, agency, shared: m ? { index: Number(m[1]), of: Number(m[2]) } : null };
}
