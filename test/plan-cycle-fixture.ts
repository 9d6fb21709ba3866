/**
 * The reporting cycle on seed 004's whole appendix (Kế hoạch 367/KH-UBND, Đồng Tháp, 2022): the plan as issued,
 * and the returns of several lead agencies for two periods as offices send them — their own copies of the
 * appendix with "Tình trạng" and "Ngày hoàn thành" added, rows reordered, a text retyped in capitals with the
 * other tone-mark placement, another in NFD with a bullet, a copy renumbered 1, 2, 3, a row not in the plan, tasks
 * left out, an agency silent in the second period, a task done in one period and reported undone in the next, a
 * deadline moved. Everything a test asserts is recorded here as it is built (what each row should match by, which
 * progress it should have, which change list it belongs to), never read back from cchc's output.
 */
import { isoToExcelSerial } from '../core/dates';
import { areaAddress } from '../core/grid/address';
import { mergeAreas } from '../scripts/build-samples';
import type { CellValue } from '../core/grid/grid';
import type { Progress } from '../core/task/progress';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import type { SampleSheet, SampleWorkbook } from '../samples/src/types';

export const PLAN_FILE = 'Kế hoạch CCHC 2022.xlsx';
export const PLAN_SHEET = 'Phụ lục KH 367';
export const P1 = { code: '2022-Q3', asOf: '2022-09-14' };
export const P2 = { code: '2022-Y', asOf: '2022-12-14' };

const SEED = seed004.sheets[0];
/** The plan's nine columns (A–I); the seed's J and K are a progress report added for other tests. */
const PLAN_COLS = 9;
const HEADER_ROW = 4;

/** The seed sheet with every merged cell's value in each of its cells, as an office's copy-and-unmerge gives it. */
function resolved(): CellValue[][] {
  const rows = SEED.values.map((r) => [...r]);
  for (const a of mergeAreas(SEED)) {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) rows[r][c] = SEED.values[a.top][a.left];
  }
  return rows;
}

/** A plan task, named as people name it: "VII 3.8" (section numeral and item number). */
export type TaskId = string;
type SeedTask = { id: TaskId; section: string; sectionTitle: string; values: CellValue[] };

/** The appendix's 39 activities, in plan order, with their resolved cells (A–I). */
export const TASKS: SeedTask[] = (() => {
  const rows = resolved();
  const out: SeedTask[] = [];
  let section = '';
  let sectionTitle = '';
  for (let r = HEADER_ROW + 1; r < rows.length; r++) {
    const row = rows[r];
    if (typeof SEED.values[r][0] === 'string' && /^[IVX]+$/.test(SEED.values[r][0] as string)) {
      section = SEED.values[r][0] as string;
      sectionTitle = SEED.values[r][1] as string;
      continue;
    }
    const number = /^(\d+\.\d+)/.exec(String(row[3]))![1];
    out.push({ id: `${section} ${number}`, section, sectionTitle, values: row.slice(0, PLAN_COLS) });
  }
  return out;
})();
const task = (id: TaskId) => {
  const t = TASKS.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};

/** The plan as issued: seed 004's appendix without the two progress columns. */
export const PLAN: SampleWorkbook = {
  file: PLAN_FILE,
  source: 'seed 004, Phụ lục (Kế hoạch 367/KH-UBND), without the added progress columns',
  sheets: [
    {
      name: PLAN_SHEET,
      values: SEED.values.map((r) => r.slice(0, PLAN_COLS)),
      merges: mergeAreas(SEED).map((a) => areaAddress({ ...a, right: Math.min(a.right, PLAN_COLS - 1) })),
      widths: SEED.widths?.slice(0, PLAN_COLS),
      boldRows: SEED.boldRows,
    },
  ],
};

/** Who leads what in the plan (read off seed 004, column "5-Chủ trì"), by the agency's directory name. */
export const LEADS: Record<string, TaskId[]> = {
  'Sở Tư pháp': ['I 3.1', 'I 3.2', 'I 3.3', 'I 3.4'],
  'UBND cấp huyện': ['I 3.1', 'I 3.2', 'I 3.3', 'I 3.4', 'II 3.3', 'II 3.4', 'II 3.7', 'III 3.1', 'III 3.2', 'III 3.3', 'IV 3.3', 'VI 3.1', 'VI 3.4', 'VII 3.1'],
  'UBND cấp xã': ['I 3.1', 'I 3.2', 'I 3.3', 'I 3.4', 'II 3.3', 'II 3.4', 'II 3.7', 'VI 3.4'],
  'Văn phòng UBND tỉnh': ['II 3.1', 'II 3.2', 'II 3.5', 'II 3.8', 'VI 3.2', 'VI 3.3'],
  'Các sở, ban, ngành tỉnh': ['II 3.3', 'II 3.4', 'II 3.6', 'II 3.7', 'III 3.1', 'III 3.2', 'III 3.3', 'IV 3.3', 'IV 3.4', 'VI 3.4', 'VII 3.1'],
  'Sở Nội vụ': ['II 3.9', 'IV 3.1', 'IV 3.2', 'IV 3.5', 'VII 3.2', 'VII 3.5', 'VII 3.6', 'VII 3.7', 'VII 3.8', 'VII 3.9', 'VII 3.10', 'VII 3.11', 'VII 3.12'],
  'Sở Tài chính': ['V 3.1', 'V 3.2'],
  'Sở Thông tin và Truyền thông': ['VI 3.1', 'VI 3.2', 'VI 3.3'],
  'Đài Phát thanh và Truyền hình Đồng Tháp': ['VII 3.4'],
  'Báo Đồng Tháp': ['VII 3.6'],
  'Cơ quan hành chính, đơn vị sự nghiệp': ['VII 3.3'],
};

/** How a returned row should find its plan task: by the form's key, by lead and number, or by its text. */
export type By = 'key' | 'number' | 'text';

/** One row of a return: a plan task (or one the plan does not have) with what the office wrote. */
export type ReturnRow = {
  /** The plan task, or null for a row the plan does not have. */
  id: TaskId | null;
  status: string | null;
  /** ISO date of completion. */
  done?: string;
  /** What the office changed in the plan's own cells. */
  stt?: string;
  activity?: string;
  time?: string;
  /** A row not in the plan: its section and texts. */
  extra?: { section: string; activity: string; output: string; lead: string; time: string };
  /** What the row should come to, by construction. */
  expect: { by: By | null; progress: Progress };
};

export type Return = {
  file: string;
  /** Whose return it is (the agency cchc should attribute it to). */
  agency: string;
  rows: ReturnRow[];
};

/** The text of VII 3.5 as retyped by Sở Nội vụ's office: capitals, the tone mark on the o of "hoạt" ("HỌAT"), no number. */
export const RETYPED_VII_3_5 = 'CẬP NHẬT THƯỜNG XUYÊN BÀI VIẾT, THÔNG TIN HỌAT ĐỘNG CCHC TRÊN TRANG THÔNG TIN ĐIỆN TỬ CCHC TỈNH';
/** II 3.8 as a Mac's copy gives it: decomposed (NFD), a leading bullet, doubled spaces, no number. */
export const NFD_II_3_8 = `-  ${'Tổ chức rà soát, đánh giá  sự phù hợp của TTHC đáp ứng yêu cầu thực hiện dịch vụ công trực tuyến mức độ 3 và mức độ 4.'.normalize('NFD')}`;

export const EXTRA_VP = { section: 'II', activity: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa', output: 'Hồ sơ điện tử', lead: 'Văn phòng UBND tỉnh', time: 'Trong năm 2022' };
export const EXTRA_STC = { section: 'V', activity: 'Rà soát, sắp xếp lại các đơn vị sự nghiệp công lập trực thuộc Sở', output: 'Báo cáo', lead: 'Sở Tài chính', time: 'Trong năm 2022' };
export const EXTRA_SNV = { section: 'VII', activity: 'Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2022', output: 'Hội thi', lead: 'Sở Nội vụ', time: 'Quý IV/2022' };

const row = (id: TaskId | null, status: string | null, expect: ReturnRow['expect'], more: Partial<ReturnRow> = {}): ReturnRow => ({ id, status, expect, ...more });

/** Period 1: Quý III (9 tháng) 2022, as of the cut-off 14/09/2022. */
export const RETURNS_P1: Return[] = [
  {
    file: 'SNV - bao cao Q3-2022.xlsx',
    agency: 'Sở Nội vụ',
    // Section VII first, its rows from the last; VII 3.12 left out.
    rows: [
      row('VII 3.11', 'Chưa thực hiện', { by: 'number', progress: 'notStarted' }),
      row('VII 3.10', 'Đang thực hiện', { by: 'number', progress: 'overdue' }),
      row('VII 3.9', 'Đang thực hiện', { by: 'number', progress: 'conditional' }),
      row('VII 3.8', 'Đang thực hiện', { by: 'number', progress: 'conditional' }),
      row('VII 3.7', 'Đã hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-08-19' }),
      row('VII 3.6', 'Đang thực hiện', { by: 'number', progress: 'recurring' }),
      row('VII 3.5', 'Đang thực hiện', { by: 'text', progress: 'inProgress' }, { activity: RETYPED_VII_3_5 }),
      row('VII 3.2', 'Chưa thực hiện', { by: 'number', progress: 'notStarted' }),
      row('II 3.9', 'Đang thực hiện', { by: 'number', progress: 'inProgress' }),
      row('IV 3.5', 'Đang thực hiện', { by: 'number', progress: 'recurring' }),
      row('IV 3.2', 'Chưa thực hiện', { by: 'number', progress: 'notStarted' }),
      row('IV 3.1', 'Hoàn thành trễ hạn', { by: 'number', progress: 'completedLate' }, { done: '2022-02-18' }),
    ],
  },
  {
    file: 'VP UBND tinh - Q3.xlsx',
    agency: 'Văn phòng UBND tỉnh',
    // VI 3.3 left out; a row of its own not in the plan.
    rows: [
      row('VI 3.2', 'Hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-03-11' }),
      row('II 3.8', 'Hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-04-29', activity: NFD_II_3_8 }),
      row('II 3.1', 'Đang thực hiện', { by: 'number', progress: 'overdue' }),
      row('II 3.2', 'Đang thực hiện', { by: 'number', progress: 'recurring' }),
      row('II 3.5', 'Đang thực hiện', { by: 'number', progress: 'conditional' }),
      row(null, 'Đang thực hiện', { by: null, progress: 'inProgress' }, { extra: EXTRA_VP }),
    ],
  },
  {
    file: 'So Tu phap - Q3 2022.xlsx',
    agency: 'Sở Tư pháp',
    // The office numbered its copy 1, 2, 3: the text finds the tasks. I 3.4 left out.
    rows: [
      row('I 3.1', 'Đã hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-01-28', stt: '1' }),
      row('I 3.2', 'Đang thực hiện', { by: 'text', progress: 'inProgress' }, { stt: '2' }),
      row('I 3.3', 'Hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-02-28', stt: '3' }),
    ],
  },
  {
    file: 'Sở Tài chính - báo cáo quý III.xlsx',
    agency: 'Sở Tài chính',
    rows: [
      row('V 3.1', 'Hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-07-15' }),
      row('V 3.2', 'Đã hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-06-20' }),
      row(null, 'Đang thực hiện', { by: null, progress: 'inProgress' }, { extra: EXTRA_STC }),
    ],
  },
  {
    file: 'STTTT_Q3_2022.xlsx',
    agency: 'Sở Thông tin và Truyền thông',
    rows: [
      row('VI 3.1', 'Đang thực hiện', { by: 'number', progress: 'inProgress' }),
      // The same report of VI 3.2 as Văn phòng UBND tỉnh's: merged, no conflict.
      row('VI 3.2', 'Hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-03-11' }),
      row('VI 3.3', 'Chưa thực hiện', { by: 'number', progress: 'notStarted' }),
    ],
  },
];

/** Period 2: năm 2022, as of the cut-off 14/12/2022. Sở Tài chính sends nothing; Sở TT&TT fills cchc's form (see FORM_P2). */
export const RETURNS_P2: Return[] = [
  {
    file: 'SNV - bao cao nam 2022.xlsx',
    agency: 'Sở Nội vụ',
    rows: [
      row('II 3.9', 'Hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-11-30' }),
      row('IV 3.1', 'Hoàn thành trễ hạn', { by: 'number', progress: 'completedLate' }, { done: '2022-02-18' }),
      row('IV 3.2', 'Đã hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-12-10' }),
      row('IV 3.5', 'Đang thực hiện', { by: 'number', progress: 'recurring' }),
      row('VII 3.12', 'Chưa thực hiện', { by: 'number', progress: 'notStarted' }),
      row('VII 3.2', 'Đang thực hiện', { by: 'number', progress: 'inProgress' }),
      row('VII 3.5', 'Đang thực hiện', { by: 'text', progress: 'inProgress' }, { activity: RETYPED_VII_3_5 }),
      row('VII 3.6', 'Đang thực hiện', { by: 'number', progress: 'recurring' }),
      // Done in period 1, reported not done now.
      row('VII 3.7', 'Đang thực hiện', { by: 'number', progress: 'inProgress' }),
      row('VII 3.8', 'Đang thực hiện', { by: 'number', progress: 'conditional' }),
      row('VII 3.9', 'Đang thực hiện', { by: 'number', progress: 'conditional' }),
      // The deadline moved from Quý II/2022 to Quý IV/2022.
      row('VII 3.10', 'Đang thực hiện', { by: 'number', progress: 'inProgress' }, { time: 'Quý IV/2022' }),
      row('VII 3.11', 'Đang thực hiện', { by: 'number', progress: 'overdue' }),
      row(null, 'Đã hoàn thành', { by: null, progress: 'completedOnTime' }, { done: '2022-11-25', extra: EXTRA_SNV }),
    ],
  },
  {
    file: 'VP UBND tinh - nam 2022.xlsx',
    agency: 'Văn phòng UBND tỉnh',
    rows: [
      row(null, 'Đang thực hiện', { by: null, progress: 'inProgress' }, { extra: EXTRA_VP }),
      row('II 3.5', 'Đang thực hiện', { by: 'number', progress: 'conditional' }),
      row('II 3.2', 'Đang thực hiện', { by: 'number', progress: 'recurring' }),
      row('II 3.1', 'Đang thực hiện', { by: 'number', progress: 'overdue' }),
      row('II 3.8', 'Hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-04-29', activity: NFD_II_3_8 }),
      row('VI 3.2', 'Hoàn thành', { by: 'number', progress: 'completedOnTime' }, { done: '2022-03-11' }),
    ],
  },
  {
    file: 'So Tu phap - nam 2022.xlsx',
    agency: 'Sở Tư pháp',
    rows: [
      row('I 3.1', 'Đã hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-01-28', stt: '1' }),
      row('I 3.2', 'Hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-12-05', stt: '2' }),
      row('I 3.3', 'Hoàn thành', { by: 'text', progress: 'completedOnTime' }, { done: '2022-02-28', stt: '3' }),
      row('I 3.4', 'Đang thực hiện', { by: 'text', progress: 'recurring' }, { stt: '4' }),
    ],
  },
];

/** Sở TT&TT's return in period 2: the form `cchc forms` wrote for it, filled in its unlocked cells. */
export const FORM_P2: Return = {
  file: 'Biểu báo cáo - Sở Thông tin và Truyền thông.xlsx',
  agency: 'Sở Thông tin và Truyền thông',
  rows: [
    row('VI 3.1', 'Đã hoàn thành', { by: 'key', progress: 'completedOnTime' }, { done: '2022-12-01' }),
    row('VI 3.2', 'Đã hoàn thành', { by: 'key', progress: 'completedOnTime' }, { done: '2022-03-11' }),
    row('VI 3.3', 'Chưa thực hiện', { by: 'key', progress: 'notStarted' }),
  ],
};

/** The change lists of period 2 against period 1's report, by construction of the rows above. */
export const CHANGES_P2 = {
  newlyCompleted: ['II 3.9', 'IV 3.2', 'I 3.2', 'VI 3.1'],
  newlyOverdue: ['VII 3.11'],
  // Quý I/2022 (31/03) overdue 167 days at 14/09, 258 at 14/12.
  stillOverdue: [{ id: 'II 3.1', previousDays: 167, days: 258 }],
  regressed: ['VII 3.7'],
  deadlineChanged: [{ id: 'VII 3.10', old: '2022-06-30', new: '2022-12-31' }],
  added: [EXTRA_SNV.activity],
  removed: [EXTRA_STC.activity],
};

const HEADER = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí', 'Tình trạng', 'Ngày hoàn thành'];

/** A return as the office's copy of the appendix: its title, the plan's header with two columns added, sections, rows. */
export function returnWorkbook(ret: Return, period: string): SampleWorkbook {
  const { values, numFmts } = layoutReturn(ret, period);
  const sheet: SampleSheet = { name: PLAN_SHEET, values, merges: ['A1:K1', 'A2:K2', 'A3:K3'], numFmts, widths: [6, 30, 30, 36, 18, 22, 22, 16, 14, 16, 14] };
  return { file: ret.file, source: `return of ${ret.agency}, ${period}`, sheets: [sheet] };
}

/** The cell of each row's activity text in the return's sheet ("D12"), in the order of its rows. */
export function returnCells(ret: Return): string[] {
  return layoutReturn(ret, '').cells;
}

function layoutReturn(ret: Return, period: string) {
  const values: CellValue[][] = [
    [ret.agency.toUpperCase(), ...Array(10).fill(null)],
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH ${period}`, ...Array(10).fill(null)],
    ['(Kèm theo Kế hoạch số 367/KH-UBND ngày 25/12/2021 của UBND Tỉnh)', ...Array(10).fill(null)],
    HEADER,
  ];
  const numFmts: Record<string, string> = {};
  const cells: string[] = [];
  let section = '';
  for (const r of ret.rows) {
    const t = r.id ? task(r.id) : null;
    const sec = t ? t.section : r.extra!.section;
    if (sec !== section) {
      section = sec;
      const title = TASKS.find((x) => x.section === sec)!.sectionTitle;
      values.push([sec, title, ...Array(9).fill(null)]);
    }
    const v: CellValue[] = t
      ? [...t.values]
      : [null, null, null, r.extra!.activity, r.extra!.output, r.extra!.lead, null, r.extra!.time, null];
    v[0] = r.stt ?? null;
    if (r.activity) v[3] = r.activity;
    if (r.time) v[7] = r.time;
    v.push(r.status, r.done ? isoToExcelSerial(r.done) : null);
    values.push(v);
    cells.push(`D${values.length}`);
    if (r.done) numFmts[`K${values.length}`] = 'dd/mm/yyyy';
  }
  return { values, numFmts, cells };
}

/** The plan tasks with a report in a period, and those without. */
export function reportedIds(returns: readonly Return[]): Set<TaskId> {
  return new Set(returns.flatMap((r) => r.rows.map((x) => x.id).filter((id): id is TaskId => id !== null)));
}
