import type { SheetView } from '../grid/view';
import { foldText, tidyText } from '../text/fold';
import type { Role } from './schema';

/** What a value column holds within its group: the value itself, its percentage, or its rank. */
export type Measure = 'value' | 'percent' | 'rank';

/** A column as the reader uses it: 0-based grid column, header as written, header cell address. */
export type GridColumn = { col: number; header: string; cell: string };

export type GridGroup = {
  header: string;
  year: number | null;
  cell: string;
  value?: GridColumn;
  percent?: GridColumn;
  rank?: GridColumn;
};

export type HeaderLayout = {
  /** 0-based grid row of the (first) header row, and of the first row below the header. */
  row: number;
  bodyStart: number;
  number: GridColumn | null;
  name: GridColumn;
  groups: Partial<Record<Role, GridGroup>>;
};

const W0 = '(?<![a-z])';
const W1 = '(?![a-z])';
const words = (...ws: string[]) => new RegExp(`${W0}(?:${ws.join('|')})${W1}`);

const NUMBER_HEADER = /^(?:s\.?\s?tt|tt|so tt|so thu tu)\.?$/;
const NAME_HEADER = words('chi so', 'linh vuc', 'tieu chi', 'noi dung', 'thanh phan');
const NOT_NAME = /chi tieu|muc tieu|ket qua|thuc hien|diem|ty le|xep hang|(?<!\d)(?:19|20)\d\d(?!\d)/;
// A column of any of these makes the sheet a task sheet (seed 003's appendices: "Nhiệm vụ/giải pháp", "Thời gian hoàn thành").
const TASK_HEADER = words(
  'nhiem vu',
  'giai phap',
  'chu tri',
  'phoi hop',
  'thoi gian',
  'thoi han',
  'kinh phi',
  'co quan',
  'don vi thuc hien',
  'hoat dong',
  'san pham',
  'trach nhiem',
);
const TARGET_HEADER = words('chi tieu', 'muc tieu', 'phan dau', 'ke hoach');
const LATEST_WORD = words('thuc hien', 'uoc', 'ket qua', 'hien tai', 'moi nhat', 'luy ke');
const PLAIN_VALUE_HEADER = /^(?:diem|diem so|so diem|gia tri)$/;
const PERCENT_WORD = new RegExp(`${W0}ty le${W1}|%`);
const RANK_WORD = words('xep hang', 'thu hang', 'vi tri', 'hang', 'thu bac');
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

function measureOf(folded: string): Measure {
  if (RANK_WORD.test(folded)) return 'rank';
  if (PERCENT_WORD.test(folded)) return 'percent';
  return 'value';
}

function yearOf(folded: string): number | null {
  const ys = folded.match(YEAR);
  return ys ? Number(ys[ys.length - 1]) : null; // "giai đoạn 2021-2025" aims at 2025
}

/** A lower header cell of a two-level header: "Điểm số", "Tỷ lệ (%)", "Vị trí xếp hạng". */
function isSubHeader(folded: string): boolean {
  return PLAIN_VALUE_HEADER.test(folded) || PERCENT_WORD.test(folded) || RANK_WORD.test(folded) || folded === 'ket qua';
}

const isNumberHeader = (t: string) => NUMBER_HEADER.test(foldText(t));
const isNameHeader = (t: string) => {
  const f = foldText(t);
  return NAME_HEADER.test(f) && !NOT_NAME.test(f);
};

/** Longer than any header seen in the seeds (the longest is under 60 characters), shorter than a paragraph. */
const MAX_HEADER_LENGTH = 200;

type Draft = {
  kind: 'target' | 'result';
  latestWord: boolean;
  key: string;
  group: GridGroup;
};

/**
 * Reads row r as the header of an index table, with the row below when it is the lower half of a
 * two-level header. Null when the row is not one: no name column, no baseline/target/latest column,
 * or a task column (task sheets also say "Chỉ tiêu/kết quả" but plan work, not scores).
 */
export function readHeader(view: SheetView, r: number): HeaderLayout | null {
  if (r >= view.rows) return null;
  // A header cell is a few words; a longer cell (a paragraph, a hostile 1 MB string) is no header and is
  // not folded at all, so the search stays linear in the cells, not in their text.
  const text = (row: number, c: number) => {
    const raw = view.text(row, c);
    return raw.length > MAX_HEADER_LENGTH ? '' : tidyText(raw);
  };
  const column = (row: number, c: number, header: string): GridColumn => {
    const o = view.origin(row, c);
    return { col: c, header, cell: view.address(o.r, o.c) };
  };

  let numberCol = -1;
  let nameCol = -1;
  for (let c = 0; c < view.cols; c++) {
    const t = text(r, c);
    if (t === '') continue;
    if (TASK_HEADER.test(foldText(t))) return null;
    if (numberCol < 0 && nameCol < 0 && isNumberHeader(t)) numberCol = c;
    else if (nameCol < 0 && isNameHeader(t) && !sameCell(view, r, c, numberCol)) nameCol = c;
  }
  if (nameCol < 0) return null;

  const twoLevel = hasSubHeader(view, r, numberCol, nameCol);
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (let c = 0; c < view.cols; c++) {
    if (c === numberCol || c === nameCol || sameCell(view, r, c, nameCol)) continue;
    const upper = text(r, c);
    const own = twoLevel && view.origin(r + 1, c).r === r + 1 ? text(r + 1, c) : '';
    if (upper === '' && own === '') {
      current = null;
      continue;
    }
    const fUpper = foldText(upper);
    if (own !== '' && TASK_HEADER.test(foldText(own))) return null;
    const measure = measureOf(foldText(own || upper));
    const header = own ? (upper ? `${upper} › ${own}` : own) : upper;
    const col = own ? column(r + 1, c, header) : column(r, c, header);
    const year = yearOf(fUpper);
    const isTarget = TARGET_HEADER.test(fUpper);
    const isResult = !isTarget && (year !== null || LATEST_WORD.test(fUpper) || PLAIN_VALUE_HEADER.test(fUpper));
    const o = view.origin(r, c);
    const key = `${o.r}:${o.c}`;

    let draft: Draft | null;
    if (current && (current.key === key || (upper === '' && own !== ''))) draft = current; // same merged group, or its unlabelled continuation
    else if (current && !own && measure !== 'value' && !isTarget && (year === null || year === current.group.year)) draft = current; // "Tỷ lệ (%)" next to "Năm 2023"
    else if (isTarget || isResult) {
      draft = {
        kind: isTarget ? 'target' : 'result',
        latestWord: LATEST_WORD.test(fUpper),
        key,
        group: { header: upper, year, cell: view.address(o.r, o.c) },
      };
      drafts.push(draft);
    } else draft = null; // "Ghi chú" and the like: not ours
    current = draft;
    if (draft && draft.group[measure] === undefined) draft.group[measure] = col;
  }

  for (const d of drafts) {
    // "Tỷ lệ hài lòng năm 2023" alone: the percentage is the value
    if (!d.group.value && d.group.percent) {
      d.group.value = d.group.percent;
      delete d.group.percent;
    }
  }
  const valued = drafts.filter((d) => d.group.value);
  const target = valued.find((d) => d.kind === 'target');
  // Results in time order: the earliest is the baseline, the newest (or an undated "Thực hiện") the latest.
  const results = valued
    .filter((d) => d.kind === 'result')
    .map((d, i) => ({ d, i, t: d.group.year ?? (d.latestWord ? Infinity : -Infinity) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.d);
  if (!target && results.length === 0) return null;

  const groups: Partial<Record<Role, GridGroup>> = {};
  if (results.length > 0) groups.baseline = results[0].group;
  if (target) groups.target = target.group;
  if (results.length > 1) groups.latest = results[results.length - 1].group;

  return {
    row: r,
    bodyStart: r + (twoLevel ? 2 : 1),
    number: numberCol >= 0 ? column(r, numberCol, text(r, numberCol)) : null,
    name: column(r, nameCol, text(r, nameCol)),
    groups,
  };
}

function sameCell(view: SheetView, r: number, c: number, other: number): boolean {
  if (other < 0) return false;
  const a = view.origin(r, c);
  const b = view.origin(r, other);
  return a.r === b.r && a.c === b.c;
}

/**
 * The row below is the lower half of a two-level header when the name cell is merged down into it
 * (or left empty) and every cell of its own is a measure word ("Điểm số", "Tỷ lệ (%)", "Vị trí xếp hạng").
 */
function hasSubHeader(view: SheetView, r: number, numberCol: number, nameCol: number): boolean {
  const below = r + 1;
  if (below >= view.rows) return false;
  const nameOrigin = view.origin(below, nameCol);
  if (nameOrigin.r === below && view.text(below, nameCol).trim() !== '') return false;
  if (numberCol >= 0) {
    const o = view.origin(below, numberCol);
    if (o.r === below && view.text(below, numberCol).trim() !== '') return false;
  }
  let own = 0;
  for (let c = 0; c < view.cols; c++) {
    if (c === numberCol || c === nameCol) continue;
    if (view.origin(below, c).r !== below) continue;
    const raw = view.text(below, c);
    if (raw.length > MAX_HEADER_LENGTH) return false;
    const t = foldText(raw);
    if (t === '') continue;
    if (!isSubHeader(t)) return false;
    own++;
  }
  return own > 0;
}
