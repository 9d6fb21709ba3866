import type { SheetView } from '../grid/view';
import { comparable, parseRank, parseScore, roundNoise, scoreNumber, type Score } from '../parse/score';
import { fail, type Result } from '../result';
import { foldText, isRomanNumeral, tidyText } from '../text/fold';
import { readHeader, type GridColumn, type GridGroup, type HeaderLayout, type Measure } from './headers';
import { ROLES, type ColumnGroup, type ColumnRef, type Component, type Entry, type IndexTable, type Role } from './schema';
import { findTitle } from './title';

const DOTTED = /^\d+(?:\.\d+)*$/;
// "TỔNG", "Tổng cộng", "Tổng điểm:", "Tổng (PAR INDEX)" — not "Tổng hợp ý kiến".
const TOTAL = /^(?:tong(?: cong| diem| so| chi so)?|cong)(?:\s*[:(].*)?$/;
// Cells that say "no data" on purpose: reported as missing, not as unreadable.
const NO_DATA = /^(?:-+|x|\/|n\/a|chua co|chua cong bo|khong co|khong xep hang|chua xep hang)$/;
// What a number cell may hold besides "1", "1.1": "I", "a)", "-", "+".
const OTHER_NUMBERING = /^(?:[a-zđ][.)]|[-+*•])$/i;

/**
 * All index score tables in a sheet (PAPI, SIPAS, PCI, PAR INDEX…), top to bottom; [] when there
 * are none. A table is a header (see readHeader) and the rows below it, up to a blank row, a title
 * line or the next header; it counts only when most of its value cells read as scores.
 */
export function readIndexTables(view: SheetView): IndexTable[] {
  const tables: IndexTable[] = [];
  let floor = 0;
  for (let r = 0; r < view.rows; r++) {
    const layout = readHeader(view, r);
    if (!layout) continue;
    const body = readBody(view, layout);
    if (!body) continue;
    const t = findTitle(view, r, floor);
    tables.push({
      sheet: view.name,
      index: t.index,
      title: t.title,
      titleCell: t.titleCell,
      headerRow: view.rowNumber(r),
      lastRow: body.components[body.components.length - 1].row,
      columns: {
        number: layout.number ? columnRef(view, layout.number) : null,
        name: columnRef(view, layout.name),
        ...groupRefs(view, layout),
      },
      components: body.components,
    });
    floor = body.end + 1;
    r = body.end;
  }
  return tables;
}

function readBody(view: SheetView, layout: HeaderLayout): { components: Component[]; end: number } | null {
  const components: Component[] = [];
  const byNumber = new Map<string, Component>();
  let lastDotted: Component | null = null;
  let end = layout.bodyStart - 1;
  let filled = 0;
  let read = 0;

  for (let r = layout.bodyStart; r < view.rows; r++) {
    if (isBlankRow(view, r)) {
      if (components.length > 0) break;
      continue;
    }
    if (readHeader(view, r)) break;
    const numberText = layout.number ? tidyText(view.text(r, layout.number.col)) : '';
    const nameText = tidyText(view.text(r, layout.name.col));
    const isTotal = TOTAL.test(foldText(numberText)) || ((numberText === '' || sharesCell(view, r, layout)) && TOTAL.test(foldText(nameText)));
    const spans = nameSpansValues(view, r, layout);
    if (!isTotal && isTitleLine(view, r, layout, numberText, spans)) break;

    let { number, name } = splitNumber(numberText, nameText, layout.number !== null);
    if (isTotal) number = '';
    if (number === '' && name === '' && !isTotal) continue;
    if (isTotal && name === '') name = numberText;

    let level: number;
    let parent: string | null;
    if (isTotal) [level, parent] = [0, null];
    else if (DOTTED.test(number)) {
      const parts = number.split('.');
      level = parts.length;
      const up = parts.slice(0, -1).join('.');
      parent = level > 1 && byNumber.has(up) ? up : null;
    } else if (isRomanNumeral(number)) [level, parent] = [1, null];
    else [level, parent] = [(lastDotted?.level ?? 0) + 1, lastDotted?.number ?? null];

    const entries = readEntries(view, r, layout.groups);
    const empty = entries.all.every((e) => e.score === null && e.error === null);
    // "I | Chỉ số PAPI" inside a table: a section heading, not a component without values.
    if (!isTotal && empty && (spans || isRomanNumeral(number))) continue;
    for (const e of entries.all) {
      if (e.score === null && e.error === null) continue; // empty or "-"
      filled++;
      if (e.score) read++;
    }
    const c: Component = {
      number,
      name,
      level,
      isTotal,
      parent,
      row: view.rowNumber(r),
      cell: originAddress(view, r, layout.name.col),
      baseline: entries.value.baseline ?? null,
      target: entries.value.target ?? null,
      latest: entries.value.latest ?? null,
      percent: entries.percent,
      rank: entries.rank,
      gapTargetBaseline: gap(entries.value.target, entries.value.baseline),
      gapTargetLatest: gap(entries.value.target, entries.value.latest),
    };
    components.push(c);
    if (number !== '') byNumber.set(number, c);
    if (DOTTED.test(number)) lastDotted = c;
    end = r;
  }
  // Not an index table unless its cells are mostly scores: a plan's "Chỉ tiêu" column holds sentences.
  if (components.length === 0 || read === 0 || read * 2 < filled) return null;
  return { components, end };
}

type RoleEntries = Partial<Record<Role, Entry>>;

function readEntries(view: SheetView, r: number, groups: HeaderLayout['groups']) {
  const value: RoleEntries = {};
  const percent: RoleEntries = {};
  const rank: RoleEntries = {};
  const all: Entry[] = [];
  for (const role of ROLES) {
    const g = groups[role];
    if (!g) continue;
    for (const [measure, into] of [
      ['value', value],
      ['percent', percent],
      ['rank', rank],
    ] as const) {
      const col = g[measure];
      if (!col) continue;
      const e = readEntry(view, r, col.col, measure);
      into[role] = e;
      all.push(e);
    }
  }
  return { value, percent, rank, all };
}

function readEntry(view: SheetView, r: number, c: number, measure: Measure): Entry {
  const o = view.origin(r, c);
  // A cell covered by a merge from another column (a heading spread across the row) holds no value of its own.
  if (o.c !== c) return { cell: view.address(r, c), row: view.rowNumber(r), column: view.colNumber(c), text: '', score: null, error: null };
  const text = view.text(r, c);
  const base = { cell: view.address(o.r, o.c), row: view.rowNumber(o.r), column: view.colNumber(o.c), text };
  const t = tidyText(text);
  if (t === '' || NO_DATA.test(foldText(t))) return { ...base, score: null, error: null };
  const v = view.value(r, c);
  const input = typeof v === 'number' || typeof v === 'string' ? v : t;
  const res = readAs(measure, input, text);
  return res.ok ? { ...base, score: res.value, error: null } : { ...base, score: null, error: res.reason };
}

function readAs(measure: Measure, input: string | number, text: string): Result<Score> {
  if (measure === 'rank') {
    const r = parseRank(input, text);
    return r.ok ? { ok: true, value: { kind: 'rank', ...r.value } } : r;
  }
  const r = parseScore(input, text);
  if (measure === 'value' || !r.ok) return r;
  // Under "Tỷ lệ (%)" a bare 95.47 is a percentage; a score or a rank is not.
  if (r.value.kind === 'percent') return r;
  if (r.value.kind === 'number') return { ok: true, value: { kind: 'percent', value: r.value.value, ...(r.value.rank ? { rank: r.value.rank } : {}) } };
  return fail('not-a-percent', 'không phải là tỷ lệ phần trăm', 'not a percentage');
}

function gap(to: Entry | undefined, from: Entry | undefined): number | null {
  const a = to?.score ?? null;
  const b = from?.score ?? null;
  if (!comparable(a, b)) return null;
  return roundNoise((scoreNumber(a) ?? 0) - (scoreNumber(b) ?? 0));
}

/** "1.1" in the number column, or "1.1. Tri thức công dân" in the name column when there is none. */
function splitNumber(numberText: string, nameText: string, hasNumberColumn: boolean): { number: string; name: string } {
  if (hasNumberColumn) return { number: numberText.replace(/[.:)]+$/, ''), name: nameText };
  const m = /^(\d+(?:\.\d+)*)[.:)]?\s+(.*)$/.exec(nameText);
  return m ? { number: m[1], name: m[2] } : { number: '', name: nameText };
}

function isBlankRow(view: SheetView, r: number): boolean {
  for (let c = 0; c < view.cols; c++) if (view.text(r, c).trim() !== '') return false;
  return true;
}

/** The number and name cells are one merged cell ("TỔNG" over STT and name, or a title line). */
function sharesCell(view: SheetView, r: number, layout: HeaderLayout): boolean {
  if (!layout.number) return false;
  const a = view.origin(r, layout.number.col);
  const b = view.origin(r, layout.name.col);
  return a.r === b.r && a.c === b.c;
}

/** A line of prose between tables ("2. Đối với Chỉ số …") rather than a component row. */
function isTitleLine(view: SheetView, r: number, layout: HeaderLayout, numberText: string, spans: boolean): boolean {
  if (sharesCell(view, r, layout)) return true;
  if (numberText === '') return spans;
  const n = numberText.replace(/[.:)]+$/, '');
  return !(DOTTED.test(n) || isRomanNumeral(n) || OTHER_NUMBERING.test(numberText));
}

/** The name cell is merged across the first value column: a heading or a title, not a component. */
function nameSpansValues(view: SheetView, r: number, layout: HeaderLayout): boolean {
  const m = view.mergeOf(r, layout.name.col);
  if (!m) return false;
  const cols = Object.values(layout.groups).flatMap((g) => [g.value, g.percent, g.rank].flatMap((x) => (x ? [x.col] : [])));
  return cols.some((c) => c > layout.name.col && m.left <= layout.name.col && m.right >= c);
}

function originAddress(view: SheetView, r: number, c: number): string {
  const o = view.origin(r, c);
  return view.address(o.r, o.c);
}

function columnRef(view: SheetView, c: GridColumn): ColumnRef {
  return { header: c.header, cell: c.cell, column: view.colNumber(c.col) };
}

function groupRefs(view: SheetView, layout: HeaderLayout): Partial<Record<Role, ColumnGroup>> {
  const out: Partial<Record<Role, ColumnGroup>> = {};
  for (const [role, g] of Object.entries(layout.groups) as [Role, GridGroup][]) {
    out[role] = {
      header: g.header,
      year: g.year,
      cell: g.cell,
      ...(g.value ? { value: columnRef(view, g.value) } : {}),
      ...(g.percent ? { percent: columnRef(view, g.percent) } : {}),
      ...(g.rank ? { rank: columnRef(view, g.rank) } : {}),
    };
  }
  return out;
}
