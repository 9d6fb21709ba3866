import { excelSerialToIso, isoFromParts, type IsoDate } from '../dates';
import { baseName } from '../file-name';
import type { Message } from '../findings';
import { createSheetView, type SheetView } from '../grid/view';
import { parseGrid, type GridInput } from '../grid/grid';
import type { ConsolidatedTask } from '../report/consolidate';
import { foldText, tidyText } from '../text/fold';
import { isCompleted, PLAN_PROGRESS, PROGRESS_LABEL, type Progress } from '../task/progress';
import { TaskIndex } from './match';
import type { Changes, MatchBy } from './schema';

/**
 * The last period's report, as cchc wrote it, read back by its layout: the detail sheet ("Chi tiết …") holds
 * every task with its status, deadline and source, under a header row whose names say what each column is. The
 * columns are found by those names, never by position; a report without one of the columns the comparison needs
 * gets a sentence saying which.
 */

export type PreviousRow = {
  key: string | null;
  number: string | null;
  title: string;
  leads: string[];
  area: string | null;
  deadline: IsoDate | null;
  deadlineText: string | null;
  progress: Progress | null;
  statusText: string;
  daysOverdue: number | null;
  completedOn: IsoDate | null;
  /** Where the row is in the last report. */
  source: { file: string; sheet: string; cell: string };
};

export type PreviousReport = {
  file: string;
  /** The period as the sheet's title names it ("QUÝ III NĂM 2022"), and the as-of date it states. */
  title: string | null;
  asOf: IsoDate | null;
  rows: PreviousRow[];
  /** The optional columns the sheet has (see COLUMNS). */
  columns: Array<keyof typeof COLUMNS>;
};

export type PreviousResult = { ok: true; report: PreviousReport } | { ok: false; message: Message };

/** Header names of the detail sheet (core/report/layout.ts detailSheet), folded, with the label to name a missing one. */
const COLUMNS = {
  title: { names: ['nhiem vu/hoat dong', 'nhiem vu'], vi: 'Nhiệm vụ / hoạt động' },
  leads: { names: ['co quan chu tri'], vi: 'Cơ quan chủ trì' },
  status: { names: ['tinh trang'], vi: 'Tình trạng' },
  number: { names: ['so'], vi: 'Số' },
  area: { names: ['linh vuc'], vi: 'Lĩnh vực' },
  deadline: { names: ['han'], vi: 'Hạn' },
  deadlineText: { names: ['thoi gian (nhu ghi)', 'thoi gian'], vi: 'Thời gian (như ghi)' },
  completedOn: { names: ['ngay hoan thanh'], vi: 'Ngày hoàn thành' },
  daysOverdue: { names: ['so ngay qua han'], vi: 'Số ngày quá hạn' },
  key: { names: ['ma nhiem vu'], vi: 'Mã nhiệm vụ' },
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['title', 'leads', 'status'];

const headerName = (s: string) => foldText(s).replace(/\s*\/\s*/g, '/');

/** Status labels as the detail sheet writes them (both languages), folded, to the progress they name. */
const STATUS = new Map<string, Progress>(PLAN_PROGRESS.flatMap((p) => [[foldText(PROGRESS_LABEL[p].vi), p] as const, [foldText(PROGRESS_LABEL[p].en), p] as const]));

/** The header row and its columns in a sheet, or the columns it lacks. */
function findHeader(view: SheetView): { row: number; cols: Partial<Record<Column, number>> } | null {
  for (let r = 0; r < Math.min(view.rows, 15); r++) {
    const cols: Partial<Record<Column, number>> = {};
    for (let c = 0; c < view.cols; c++) {
      const name = headerName(view.text(r, c));
      for (const [col, spec] of Object.entries(COLUMNS) as Array<[Column, (typeof COLUMNS)[Column]]>) {
        if (cols[col] === undefined && (spec.names as readonly string[]).includes(name)) cols[col] = c;
      }
    }
    if (cols.title !== undefined && (cols.leads !== undefined || cols.status !== undefined)) return { row: r, cols };
  }
  return null;
}

function dateOf(v: unknown): IsoDate | null {
  if (typeof v === 'number') return excelSerialToIso(v);
  const m = typeof v === 'string' ? /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(v) : null;
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** Reads the last report's detail sheet from the workbook's grids. Never throws on what the file holds. */
export function readPreviousReport(path: string, grids: readonly GridInput[]): PreviousResult {
  const file = baseName(path);
  const views = grids.map((g) => createSheetView(parseGrid(g)));
  // The detail sheet by its name first ("Chi tiết Q3-2024"), then any sheet with the header.
  const ordered = [...views.filter((v) => /^chi tiet\b/.test(foldText(v.name))), ...views.filter((v) => !/^chi tiet\b/.test(foldText(v.name)))];
  let found: { view: SheetView; row: number; cols: Partial<Record<Column, number>> } | null = null;
  let partial: { view: SheetView; cols: Partial<Record<Column, number>> } | null = null;
  for (const view of ordered) {
    const h = findHeader(view);
    if (!h) continue;
    if (REQUIRED.every((c) => h.cols[c] !== undefined)) {
      found = { view, ...h };
      break;
    }
    partial ??= { view, cols: h.cols };
  }
  if (!found) {
    if (partial) {
      const missing = REQUIRED.filter((c) => partial!.cols[c] === undefined).map((c) => `“${COLUMNS[c].vi}”`);
      return {
        ok: false,
        message: {
          vi: `Báo cáo kỳ trước ${file}: trang “${partial.view.name}” thiếu cột ${missing.join(', ')}, cần để so sánh. Hãy dùng báo cáo do cchc lập (trang “Chi tiết …”), không sửa tên cột.`,
          en: `Last period's report ${file}: sheet “${partial.view.name}” lacks the column(s) ${missing.join(', ')} needed to compare. Use the report cchc wrote (its “Chi tiết …” sheet), with its column names as they are.`,
        },
      };
    }
    return {
      ok: false,
      message: {
        vi: `Không đọc được ${file} như một báo cáo kỳ trước: không có trang chi tiết nhiệm vụ (trang “Chi tiết …” do cchc lập, có các cột Nhiệm vụ / hoạt động, Cơ quan chủ trì, Tình trạng).`,
        en: `${file} cannot be read as a last period's report: it has no task detail sheet (the “Chi tiết …” sheet cchc writes, with the columns Nhiệm vụ / hoạt động, Cơ quan chủ trì, Tình trạng).`,
      },
    };
  }
  const { view, row: header, cols } = found;
  const cell = (r: number, c: Column) => (cols[c] === undefined ? '' : tidyText(view.text(r, cols[c]!)));
  const raw = (r: number, c: Column) => (cols[c] === undefined ? null : view.value(r, cols[c]!));
  const rows: PreviousRow[] = [];
  for (let r = header + 1; r < view.rows; r++) {
    const title = cell(r, 'title');
    if (title === '') continue;
    const statusText = cell(r, 'status');
    const days = raw(r, 'daysOverdue');
    rows.push({
      key: cell(r, 'key') || null,
      number: cell(r, 'number') || null,
      title,
      leads: cell(r, 'leads')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      area: cell(r, 'area') || null,
      deadline: dateOf(raw(r, 'deadline')),
      deadlineText: cell(r, 'deadlineText') || null,
      progress: STATUS.get(foldText(statusText)) ?? null,
      statusText,
      daysOverdue: typeof days === 'number' ? days : /^\d+$/.test(String(days ?? '').trim()) ? Number(String(days).trim()) : null,
      completedOn: dateOf(raw(r, 'completedOn')),
      source: { file: path, sheet: view.name, cell: view.address(r, cols.title!) },
    });
  }
  let title: string | null = null;
  let asOf: IsoDate | null = null;
  for (let r = 0; r < header; r++) {
    for (let c = 0; c < view.cols; c++) {
      const t = view.text(r, c);
      if (!t) continue;
      title ??= /—\s*(.+)$/.exec(t)?.[1]?.trim() ?? null;
      const d = /tinh den ngay (\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(foldText(t));
      if (d) asOf ??= isoFromParts(Number(d[3]), Number(d[2]), Number(d[1]));
    }
  }
  const columns = (Object.keys(COLUMNS) as Column[]).filter((c) => cols[c] !== undefined);
  return { ok: true, report: { file, title, asOf, rows, columns } };
}

type Changed = Changes['added'][number];

/**
 * What changed between the last report and this one: each task found in the last report (by key, then by lead
 * and number, then by lead and text; each row once), and the lists a reviewer asks for.
 */
export function compareWithPrevious(prev: PreviousReport, tasks: readonly ConsolidatedTask[]): Changes {
  const has = (c: Column) => prev.columns.includes(c);
  const index = new TaskIndex(prev.rows);
  const taken = new Set<number>();
  const pairOf = new Array<number | null>(tasks.length).fill(null);
  const matched: Record<MatchBy, number> = { key: 0, number: 0, text: 0 };
  const keys = tasks.map((t) => t.planKey ?? null);
  for (const by of ['key', 'number', 'text'] as const) {
    tasks.forEach((t, i) => {
      if (pairOf[i] !== null) return;
      const m = index.match({ key: keys[i], leads: t.leads, area: t.area, number: t.number, title: t.title }, { taken, by: [by] });
      if (!m) return;
      pairOf[i] = m.index;
      taken.add(m.index);
      matched[by]++;
    });
  }

  const item = (t: ConsolidatedTask, i: number, p: PreviousRow | null): Changed => ({
    key: keys[i],
    number: t.number,
    title: t.title,
    leads: t.leads,
    area: t.area,
    progress: t.progress,
    previousProgress: p?.progress ?? null,
    source: t.source,
  });
  const out: Changes = {
    previous: { file: prev.file, title: prev.title, asOf: prev.asOf, tasks: prev.rows.length },
    matched,
    newlyCompleted: [],
    newlyOverdue: [],
    stillOverdue: [],
    regressed: [],
    deadlineChanged: [],
    added: [],
    removed: [],
    previousTotals: previousTotals(prev.rows),
    notes: [],
  };
  const done = (p: Progress) => isCompleted({ progress: p });
  tasks.forEach((t, i) => {
    const j = pairOf[i];
    if (j === null) {
      out.added.push(item(t, i, null));
      return;
    }
    const p = prev.rows[j];
    const was = p.progress;
    if (was !== null) {
      if (done(t.progress) && !done(was)) out.newlyCompleted.push({ ...item(t, i, p), completedOn: t.completedOn });
      if (t.progress === 'overdue' && was === 'overdue') out.stillOverdue.push({ ...item(t, i, p), daysOverdue: t.daysOverdue, previousDaysOverdue: p.daysOverdue });
      else if (t.progress === 'overdue' && !done(was)) out.newlyOverdue.push({ ...item(t, i, p), daysOverdue: t.daysOverdue });
      if (done(was) && !done(t.progress) && t.progress !== 'unreported') out.regressed.push({ ...item(t, i, p), statusText: t.statusText });
    }
    if (deadlineMoved(p, t, has)) {
      out.deadlineChanged.push({ ...item(t, i, p), oldDeadline: p.deadline, newDeadline: t.deadline, oldDeadlineText: p.deadlineText, newDeadlineText: t.deadlineText });
    }
  });
  prev.rows.forEach((p, j) => {
    if (taken.has(j)) return;
    out.removed.push({ key: p.key, number: p.number, title: p.title, leads: p.leads, area: p.area ?? '', progress: null, previousProgress: p.progress, source: p.source });
  });

  if (!has('key'))
    out.notes.push({
      vi: 'Báo cáo kỳ trước không có cột “Mã nhiệm vụ” (lập trước khi cchc ghi mã): nhiệm vụ được đối chiếu theo cơ quan chủ trì, số thứ tự và nội dung.',
      en: 'The last report has no “Mã nhiệm vụ” column (made before cchc wrote keys): tasks were matched by lead agency, item number and text.',
    });
  if (!has('deadline') && !has('deadlineText'))
    out.notes.push({ vi: 'Báo cáo kỳ trước không có cột “Hạn” hay “Thời gian (như ghi)”: không so được thời hạn.', en: 'The last report has neither a “Hạn” nor a “Thời gian (như ghi)” column: deadlines are not compared.' });
  if (!has('daysOverdue'))
    out.notes.push({ vi: 'Báo cáo kỳ trước không có cột “Số ngày quá hạn”: số ngày quá hạn khi đó để trống.', en: 'The last report has no “Số ngày quá hạn” column: the days overdue then are left empty.' });
  const unknown = prev.rows.filter((p) => p.progress === null).length;
  if (unknown > 0)
    out.notes.push({
      vi: `${unknown} dòng của báo cáo kỳ trước có tình trạng không đọc được: không so được tình trạng của các nhiệm vụ đó.`,
      en: `${unknown} row(s) of the last report have a status that cannot be read: their progress is not compared.`,
    });
  return out;
}

/** The deadline read, or else the time as written, differs between the two reports. */
function deadlineMoved(p: PreviousRow, t: ConsolidatedTask, has: (c: Column) => boolean): boolean {
  // Two dates decide; a date on one side only is a change; two times without a date compare as written.
  if (has('deadline') && (p.deadline !== null || t.deadline !== null)) return p.deadline !== t.deadline;
  if (has('deadlineText') && p.deadlineText !== null && t.deadlineText !== null) return foldText(p.deadlineText) !== foldText(t.deadlineText);
  return false;
}

/** The last report's counts by progress, with its total and completions, keyed as the totals are. */
function previousTotals(rows: readonly PreviousRow[]): Record<string, number> {
  const out: Record<string, number> = { total: rows.length };
  for (const p of PLAN_PROGRESS) out[p] = 0;
  for (const r of rows) if (r.progress) out[r.progress]++;
  out.completed = out.completedOnTime + out.completedLate;
  return out;
}
