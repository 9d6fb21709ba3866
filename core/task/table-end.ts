import type { MergeArea } from '../grid/grid';
import type { SheetView } from '../grid/view';
import { foldText } from '../text/fold';
import type { TaskField } from './columns';
import { isTotalLabel } from './sections';

/**
 * Where an appendix's table stops, as a reader sees it. Under the table an official document (Nghị định
 * 30/2020/NĐ-CP) puts its closing blocks: a total row, notes, "Nơi nhận:" with its "- …;" lines, the signer's
 * block ("KT. GIÁM ĐỐC", the title, "(Đã ký)", the name), a place-date line, "Người lập biểu". None of them is
 * a task. The signer's title and name are never matched by their words: they are known by where they stand,
 * after a closing form, set apart by an empty row, or spread by a merge across columns that hold different
 * fields.
 */

/** The table's columns, as the end of a table is judged by them. */
export type TableShape = {
  /** The field each mapped column holds (column index → field). */
  fieldOfCol: ReadonlyMap<number, TaskField>;
  /** The columns a task's text is written in: goal, task, activity. */
  textCols: readonly number[];
  /** The leftmost text column: a lone title merged from there across the table is a section heading. */
  firstTextCol: number;
  numberCol: number | undefined;
};

/** "1", "1.2", "3.1.", "a)", "đ)", "IV", "II." in the STT column: an item or section number, not a note. */
const ITEM_NUMBER = /^\(?(\d{1,3}(\.\d{1,3})*|[ivxlc]{1,7}|[a-zđ])\s*[.:)]?$/iu;
export function isItemNumber(s: string): boolean {
  return s.length <= 12 && ITEM_NUMBER.test(s.trim());
}

/**
 * The closing forms of an official document, on folded text (first line of a cell). Forms a task's text never
 * starts with: "Nơi nhận:", the authority marks KT./TM./TL./TUQ./Q. of a signer, "(Đã ký)" and "(Ký, ghi rõ
 * họ tên)", "Đồng Tháp, ngày … tháng … năm …", "Người lập biểu", "Thủ trưởng đơn vị".
 */
const RECIPIENTS = /^noi nhan\b/;
const AUTHORITY = /^(kt|tm|tl|tuq|q)\s*\.\s*[a-z]/;
const SIGNED = /^\(\s*(da ky|ky|chu ky|dong dau|da ky va dong dau)\b/;
const PLACE_DATE = /^[^,;:()\d]{2,60}, ngay\b[^,;]*\bthang\b[^,;]*\bnam\b/;
const SIGNER_LABEL = /^(nguoi lap( bieu| bang| bao cao)?|thu truong( don vi| co quan)?|nguoi duyet|xac nhan cua [^,]{2,60})\s*[:.]?$/;
/** Forms that open the closing part only as the row's first text: a total (sections.ts), a note. */
const NOTE = /^(ghi chu|chu thich|luu y|chu y)\s*(:|$)/;
/** A note marked with a star ("* Số liệu tính đến…", "(*) …"), when it is the row's only text. */
const STARRED = /^(\(\*+\)|\*+)\s*\S/;

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return foldText(nl < 0 ? s : s.slice(0, nl));
}

/** A closing form anywhere in a row: the signer's block may stand on the right of a "Nơi nhận" line. */
export function isClosingForm(text: string): boolean {
  const t = firstLine(text);
  return RECIPIENTS.test(t) || AUTHORITY.test(t) || SIGNED.test(t) || PLACE_DATE.test(t) || SIGNER_LABEL.test(t);
}

/** A closing form as the row's first text: any of the above, a total or a note. */
export function isClosingFirstText(text: string, only: boolean): boolean {
  if (isClosingForm(text)) return true;
  if (isTotalLabel(text.trim())) return true;
  const t = firstLine(text);
  return NOTE.test(t) || (only && STARRED.test(t));
}

/** A merge across columns that hold different fields (a column without a field is a field of its own). */
export function spreadsAcrossFields(m: MergeArea, fieldOfCol: ReadonlyMap<number, TaskField>): boolean {
  if (m.right === m.left) return false;
  const first = fieldOfCol.get(m.left) ?? m.left;
  for (let c = m.left + 1; c <= m.right; c++) if ((fieldOfCol.get(c) ?? c) !== first) return true;
  return false;
}

type OwnText = { c: number; text: string; merge: MergeArea | undefined };

/** The texts a row holds itself, left to right: a merged area's text belongs to its top-left cell's row. */
function ownTexts(view: SheetView, r: number): OwnText[] {
  const out: OwnText[] = [];
  for (let c = 0; c < view.cols; c++) {
    const m = view.mergeOf(r, c);
    if (m && (m.top !== r || m.left !== c)) continue;
    const v = view.raw(r, c);
    if (v === null || v === '') continue;
    const text = view.text(r, c).trim();
    if (text !== '') out.push({ c, text, merge: m });
  }
  return out;
}

/**
 * A row whose only text is one merged area spread across columns that hold different fields ("KT. GIÁM ĐỐC"
 * merged over time, budget, status and completion date), or down rows that hold nothing else (a signer's
 * title, space and name in one tall cell): a block set over the table, not a task.
 */
export function isLoneSpread(view: SheetView, r: number, fieldOfCol: ReadonlyMap<number, TaskField>): boolean {
  const area = onlyArea(view, r);
  if (!area || area.top !== r) return false;
  if (spreadsAcrossFields(area, fieldOfCol)) return true;
  for (let below = r + 1; below <= area.bottom; below++) if (onlyArea(view, below) !== area) return false;
  return area.bottom > r;
}

/** The one merged area every text of the row shows, if there is one. */
function onlyArea(view: SheetView, r: number): MergeArea | undefined {
  let area: MergeArea | undefined;
  for (let c = 0; c < view.cols; c++) {
    if (view.text(r, c).trim() === '') continue;
    const m = view.mergeOf(r, c);
    if (!m || (area && m !== area)) return undefined;
    area = m;
  }
  return area;
}

/**
 * The row where the table ends among the rows [from, to) that follow its last numbered or section row, or
 * null when they all belong to it. Reading down, a row continues the table when it has its own text in a
 * text column (not spread across fields) or sits under a merged cell of the table. The table ends at the
 * first row after the last such row when what follows holds a closing form (see above), a row spread across
 * fields, or a row set apart by an empty row. Linear in the cells of those rows.
 */
export function tableEnd(view: SheetView, from: number, to: number, shape: TableShape): number | null {
  const textCols = new Set(shape.textCols);
  let firstAfter: number | null = null;
  let gap = false;
  let detached = false;
  /** The last row that is the table's: its merged cells carry on into the rows below. */
  let lastOfTable = from - 1;
  for (let r = from; r < to; r++) {
    const own = ownTexts(view, r);
    if (own.length === 0 && !rowShowsText(view, r)) {
      gap = true;
      continue;
    }
    if (isClosing(own, shape)) return firstAfter ?? r;
    if (continues(view, r, own, shape, textCols, lastOfTable)) {
      lastOfTable = r;
      firstAfter = null;
      gap = false;
      detached = false;
      continue;
    }
    if (firstAfter === null) firstAfter = r;
    if (gap) detached = true;
  }
  return detached ? firstAfter : null;
}

function rowShowsText(view: SheetView, r: number): boolean {
  for (let c = 0; c < view.cols; c++) if (view.text(r, c).trim() !== '') return true;
  return false;
}

/** A closing form, or a row all of whose texts are spread across fields (but a lone section title). */
function isClosing(own: readonly OwnText[], shape: TableShape): boolean {
  if (own.length === 0) return false;
  if (isClosingFirstText(own[0].text, own.length === 1)) return true;
  for (let i = 1; i < own.length; i++) if (isClosingForm(own[i].text)) return true;
  if (!own.every((o) => o.merge !== undefined && spreadsAcrossFields(o.merge, shape.fieldOfCol))) return false;
  // One title merged from the table's left edge across it is a section heading, read as one.
  const lone = own.length === 1 && own[0].c <= shape.firstTextCol && own[0].c !== shape.numberCol;
  return !lone;
}

function continues(view: SheetView, r: number, own: readonly OwnText[], shape: TableShape, textCols: ReadonlySet<number>, lastOfTable: number): boolean {
  // A text merged across fields is a block set over the table, unless the row names its lead or time beside it:
  // then it is a task whose text is merged over the goal, task and activity columns.
  const leadOrTime = own.some((o) => shape.fieldOfCol.get(o.c) === 'lead' || shape.fieldOfCol.get(o.c) === 'time');
  for (const o of own) if (textCols.has(o.c) && (leadOrTime || !(o.merge && spreadsAcrossFields(o.merge, shape.fieldOfCol)))) return true;
  // Under a merged cell that started on a row of the table: a sub-row of that item.
  for (const c of shape.fieldOfCol.keys()) {
    const m = view.mergeOf(r, c);
    if (m && m.top <= lastOfTable && !spreadsAcrossFields(m, shape.fieldOfCol)) return true;
  }
  return false;
}
