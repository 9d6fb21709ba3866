import { foldText, tidyText } from '../text/fold';

/**
 * The reform areas of the national programme (Nghị quyết 76/NQ-CP) and the four indices plans are built
 * around, under the names plans give them in many spellings. A section title that matches none keeps its
 * own name, compared by its folded text ("CHỈ SỐ X" and "Chỉ số X" are one area).
 */
const AREAS: Array<{ name: string; patterns: RegExp[] }> = [
  { name: 'Công tác chỉ đạo, điều hành CCHC', patterns: [/chi dao,? dieu hanh/, /^cong tac chi dao/] },
  { name: 'Cải cách thể chế', patterns: [/cai cach the che/, /van ban quy pham phap luat/, /^the che\b/] },
  { name: 'Cải cách thủ tục hành chính', patterns: [/cai cach (thu tuc hanh chinh|tthc)/, /^thu tuc hanh chinh/] },
  { name: 'Cải cách tổ chức bộ máy hành chính', patterns: [/to chuc bo may/] },
  { name: 'Cải cách chế độ công vụ', patterns: [/che do cong vu/, /can bo,? cong chuc,? vien chuc/, /^cong vu\b/] },
  { name: 'Cải cách tài chính công', patterns: [/tai chinh cong/] },
  { name: 'Xây dựng, phát triển chính quyền điện tử, chính quyền số', patterns: [/chinh quyen (dien tu|so)/] },
  { name: 'Thông tin, tuyên truyền CCHC', patterns: [/thong tin,? tuyen truyen/] },
  { name: 'Tác động của CCHC đến người dân, tổ chức', patterns: [/tac dong cua (cai cach hanh chinh|cchc)/] },
];

/** The four indices, one canonical name each, whatever the plan calls them. */
export const INDEX_AREAS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'Chỉ số PAPI', pattern: /\bpapi\b|hieu qua quan tri va hanh chinh cong/ },
  { name: 'Chỉ số SIPAS', pattern: /\bsipas\b|chi so hai long/ },
  { name: 'Chỉ số PAR INDEX', pattern: /\bpar(\s*-?\s*index)?\b|chi so cai cach hanh chinh/ },
  { name: 'Chỉ số PCI', pattern: /\bpci\b|nang luc canh tranh/ },
];

export const UNCLASSIFIED_AREA = 'Chưa phân loại';

/** The index a section title names ("Chỉ số PAR", "CHỈ SỐ PAPI"), when it names exactly one. */
export function indexAreaOf(title: string): string | null {
  const t = foldText(title);
  const named = INDEX_AREAS.filter((a) => a.pattern.test(t));
  return named.length === 1 ? named[0].name : null;
}

/**
 * The canonical area for a section title, or the title itself tidied (sentence case when written in
 * capitals). Programme areas first: "Cải cách TTHC để cải thiện chỉ số PAPI" is a reform area.
 */
export function canonicalArea(title: string | null): string {
  if (!title || tidyText(title) === '') return UNCLASSIFIED_AREA;
  const t = foldText(title);
  for (const a of AREAS) if (a.patterns.some((p) => p.test(t))) return a.name;
  const index = indexAreaOf(title);
  if (index) return index;
  const tidy = tidyText(title);
  return tidy === tidy.toUpperCase() ? tidy.charAt(0) + tidy.slice(1).toLowerCase() : tidy;
}

/** What two spellings of one area share: areas are grouped by this, shown by their first spelling. */
export function areaKey(name: string): string {
  return foldText(name);
}

/** The canonical areas in programme order, then the indices, to sort a report's rows; others follow alphabetically. */
export function areaOrder(name: string): number {
  const i = AREAS.findIndex((a) => a.name === name);
  if (i >= 0) return i;
  const j = INDEX_AREAS.findIndex((a) => a.name === name);
  return j >= 0 ? AREAS.length + j : AREAS.length + INDEX_AREAS.length;
}
