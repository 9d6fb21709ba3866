import type { SheetView } from '../grid/view';
import { foldText, isRomanNumeral, tidyText } from '../text/fold';
import type { HeaderColumns } from './header';

/** Where a row sits in the plan: its table in the sheet, its reform area (top-level section) and its nearest section. */
export type Position = { table: number; area: string | null; areaNumber: string | null; section: string | null };

/**
 * Follows the section rows down a sheet: "I | CẢI CÁCH THỂ CHẾ" opens an area; with Roman sections,
 * "1 | …" below it opens a sub-section; without them, numbered sections are the areas.
 */
export class SectionTracker {
  private pos: Position = { table: 0, area: null, areaNumber: null, section: null };
  constructor(private readonly hasRomanSections: boolean) {}

  get position(): Position {
    return this.pos;
  }
  /** A heading row: returns nothing, the rows below belong to it. */
  heading(h: { number: string; title: string }): void {
    const isTop = isRomanNumeral(h.number) || !this.hasRomanSections;
    this.pos = isTop ? { table: this.pos.table, area: h.title, areaNumber: h.number || null, section: h.title } : { ...this.pos, section: h.title };
  }
  /** "II | Chỉ số PAR | 100% … | - Triển khai … | Thường xuyên": a section that is also its own task. */
  taskSection(number: string, title: string): void {
    const area = tidyText(title);
    this.pos = { table: this.pos.table, area, areaNumber: number.replace(/[.:]$/, ''), section: area };
  }
  /** A second table under a repeated header starts afresh. */
  reset(): void {
    this.pos = { table: this.pos.table + 1, area: null, areaNumber: null, section: null };
  }
}

/** Whether the number column holds a Roman numeral anywhere below the header. */
export function hasRomanSections(view: SheetView, numberCol: number | undefined, first: number): boolean {
  if (numberCol === undefined) return false;
  for (let r = first; r < view.rows; r++) if (isRomanNumeral(view.text(r, numberCol))) return true;
  return false;
}

/**
 * A section heading: "I | CẢI CÁCH THỂ CHẾ", "1 | Công tác chỉ đạo, điều hành CCHC" with the rest
 * empty, "II. CẢI CÁCH TTHC" in one cell, or one text merged across the table.
 */
export function sectionHeading(
  view: SheetView,
  r: number,
  numberText: string,
  ownTexts: string[],
  ownCount: number,
  cols: HeaderColumns,
  contentCols: number[],
  firstTextCol: number,
): { number: string; title: string } | null {
  // At most one text is left out below (a group's time), and a heading has at most one: a row of three is a task.
  if (ownCount >= 3) return null;
  // A group heading may carry a time for its items ("1 | VIỆC BAN HÀNH … | | | Trước ngày 30/11/2024").
  const nonEmpty = ownTexts.map((t, i) => ({ t, c: contentCols[i] })).filter((x) => x.t !== '' && !(x.c === cols.time?.col && /^[\dIVX]/.test(numberText)));
  // `s`: a title typed on two lines in the STT cell is still one title.
  const inline = /^([IVXLC]+)[.:\s]+(.{3,})$/su.exec(numberText);
  if (inline && isRomanNumeral(inline[1]) && nonEmpty.length === 0) return { number: inline[1], title: tidyText(inline[2]) };
  if (nonEmpty.length !== 1) return null;
  const only = nonEmpty[0];
  const span = view.mergeOf(r, only.c);
  const wide = span !== undefined && span.right - span.left >= 2;
  // The one text must sit in the first text columns, not under lead, time or budget.
  if (only.c > firstTextCol) return null;
  if (isRomanNumeral(numberText)) return { number: numberText.replace(/[.:]$/, ''), title: tidyText(only.t) };
  if (/^\d+[.:]?$/.test(numberText) || (numberText === '' && wide)) return { number: numberText.replace(/[.:]$/, ''), title: tidyText(only.t) };
  return null;
}

/**
 * "Tổng", "Tổng cộng", "Cộng", "Tổng số", also with what they add up ("TỔNG CỘNG (I+II+III)", "Cộng:"): a
 * totals row, not a task. Only a short text can be one, and it starts with a T or a C: most cells are told
 * apart before any folding (this runs on every row).
 */
export function isTotalLabel(text: string): boolean {
  if (text === '' || text.length > 80 || !/^\s*[TtCc]/.test(text)) return false;
  return TOTAL.test(foldText(text));
}
const TOTAL = /^(tong cong|tong so|tong|cong)(\s*[:(-].*)?$/;
