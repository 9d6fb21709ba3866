import { foldText, tidyText } from '../text/fold';

/**
 * The reform areas of the national programme (Nghị quyết 76/NQ-CP) and the PAR Index, under the
 * names plans give them in many spellings. A section title that matches none keeps its own name.
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

/** The canonical area for a section title, or the title itself tidied (sentence case when written in capitals). */
export function canonicalArea(title: string | null): string {
  if (!title) return 'Chưa phân loại';
  const t = foldText(title);
  for (const a of AREAS) if (a.patterns.some((p) => p.test(t))) return a.name;
  const tidy = tidyText(title);
  return tidy === tidy.toUpperCase() ? tidy.charAt(0) + tidy.slice(1).toLowerCase() : tidy;
}

/** The canonical areas in programme order, to sort a report's rows; others follow alphabetically. */
export function areaOrder(name: string): number {
  const i = AREAS.findIndex((a) => a.name === name);
  return i < 0 ? AREAS.length : i;
}
