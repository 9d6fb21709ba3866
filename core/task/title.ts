import { resolveAgencies, type AgencyDirectory } from '../agencies/directory';
import type { SheetView } from '../grid/view';
import { foldText, tidyText } from '../text/fold';
import { indexAreaOf } from './areas';

export type TitleLine = { text: string; cell: string };

/** The text lines above the header (from row `from` on), top to bottom, each with its cell. */
export function titleLines(view: SheetView, headerRow: number, from = 0): TitleLine[] {
  const lines: TitleLine[] = [];
  for (let r = from; r < headerRow; r++) {
    for (let c = 0; c < view.cols; c++) {
      const raw = view.raw(r, c);
      if (typeof raw !== 'string' || raw.trim() === '') continue;
      // A title cell may hold several lines ("PHỤ LỤC 3\nCÁC NHIỆM VỤ … CỦA VĂN PHÒNG …").
      for (const part of raw.split(/\r?\n/)) if (part.trim() !== '') lines.push({ text: tidyText(part), cell: view.address(r, c) });
    }
  }
  return lines;
}

/**
 * Words that make a title line assign work: "thuộc trách nhiệm theo dõi, quản lý của", "thuộc thẩm quyền
 * tham mưu của", "trách nhiệm thực hiện của", "do … chủ trì", "giao cho". Matched on folded text.
 */
const ASSIGNS = /\b(trach nhiem|tham quyen|tham muu|chu tri|theo doi|quan ly|thuc hien|phu trach|duoc giao|giao cho)\b/;
/** The strongest wording: a line that says this, names the lead even when the directory does not know it. */
const ASSIGNS_FOR_SURE = /\bthuoc (trach nhiem|tham quyen)\b/;
/** Lines that cite the plan rather than assign: "(Kèm theo Kế hoạch số … của Chủ tịch UBND tỉnh)". */
const CITES_PLAN = /^\(?\s*kem theo\b/;

/**
 * The lead named in the title of a per-agency appendix: the agency after "CỦA" in a title line that
 * assigns responsibility, as long as the directory knows it (or the line says "thuộc trách nhiệm /
 * thẩm quyền", in which case an unknown name is still the lead, and is reported as unknown).
 */
export function findTitleLead(lines: readonly TitleLine[], directory: AgencyDirectory): TitleLine | null {
  for (const line of lines) {
    const folded = foldText(line.text);
    if (CITES_PLAN.test(folded)) continue;
    const words = line.text.split(' ');
    const foldedWords = words.map(foldText);
    // The "của" that follows the assigning words: the text after it is the agency.
    for (let i = 0; i < foldedWords.length - 1; i++) {
      if (foldedWords[i] !== 'cua') continue;
      const before = foldedWords.slice(0, i).join(' ');
      if (!ASSIGNS.test(before)) continue;
      const text = words.slice(i + 1).join(' ').replace(/[.:;,)]+$/, '').trim();
      if (text === '') continue;
      const refs = resolveAgencies(directory, text);
      const known = refs.length > 0 && refs.every((r) => r.agency !== null || r.generic);
      if (known || ASSIGNS_FOR_SURE.test(before)) return { text, cell: line.cell };
    }
  }
  return null;
}

/** The plan's title line, and the year it names ("… NĂM 2022"). */
export function findTitle(lines: readonly TitleLine[]): { title: string | null; year: number | null } {
  let year: number | null = null;
  for (const l of lines) {
    const y = /\bnam (20\d\d)\b/.exec(foldText(l.text));
    if (y) {
      year = Number(y[1]);
      break;
    }
  }
  const texts = lines.map((l) => l.text);
  const title = texts.find((l) => /ke hoach|nhiem vu|phu luc|giai phap/.test(foldText(l)) && l.length > 12) ?? texts[0] ?? null;
  return { title, year };
}

/**
 * The one index the title is about ("CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ PCI"): the area of an
 * appendix without section rows. A title naming several ("(PAPI, SIPAS, PAR INDEX)") names no one area.
 */
export function findTitleArea(lines: readonly TitleLine[]): string | null {
  const named = new Set<string>();
  for (const l of lines) {
    if (CITES_PLAN.test(foldText(l.text))) continue;
    for (const part of l.text.split(/[(),;]|\bvà\b/)) {
      const a = indexAreaOf(part);
      if (a) named.add(a);
    }
  }
  return named.size === 1 ? [...named][0] : null;
}
