/**
 * Realistic, deterministic plan workbooks for the benchmark (scripts/bench.ts) and the scale tests.
 *
 * Every sheet is shaped like seed 004's appendix (samples/src/seed004.ts): title rows merged across the
 * table, the nine-column header plus "Tình trạng" and "Ngày hoàn thành", Roman-numbered reform areas, and
 * activities whose goal, task and budget cells are merged over several rows. The texts are seed 004's rows,
 * renumbered; leads come from the default agency directory, times from the expressions listed in DOMAIN.md
 * (and real date serials), budgets from its forms, statuses from what agencies write. A seeded PRNG makes the
 * same arguments give the same sheet, byte for byte once written.
 */
import { DEFAULT_AGENCIES } from '../core/agencies/default-directory';
import { areaAddress } from '../core/grid/address';
import { parseTime } from '../core/parse/time';
import type { CellValue } from '../core/grid/grid';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import type { SampleSheet, SampleWorkbook } from '../samples/src/types';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const SEED_SHEET = seed004.sheets[0];
const HEADER = SEED_SHEET.values[4] as string[];
const WIDTH = HEADER.length; // 11: A..K
const COL = { stt: 0, goal: 1, task: 2, activity: 3, output: 4, lead: 5, coordinating: 6, time: 7, budget: 8, status: 9, done: 10 } as const;

/** Seed 004's activity rows (not its section rows), and its seven reform areas. */
const TEMPLATES = SEED_SHEET.values.slice(5).filter((r) => r[0] === null);
const AREAS = SEED_SHEET.values.slice(5).filter((r) => typeof r[0] === 'string').map((r) => r[1] as string);

const stripNumber = (s: CellValue): string => (typeof s === 'string' ? s.replace(/^\s*\d+(?:\.\d+)*\s*[:.]?\s*/, '') : '');
const GOALS = [...new Set(TEMPLATES.map((r) => stripNumber(r[COL.goal])).filter(Boolean))];
const TASKS = [...new Set(TEMPLATES.map((r) => stripNumber(r[COL.task])).filter(Boolean))];
const ACTIVITIES = TEMPLATES.map((r) => stripNumber(r[COL.activity])).filter(Boolean);
const OUTPUTS = [...new Set(TEMPLATES.map((r) => r[COL.output]).filter((v): v is string => typeof v === 'string'))];
const COORDINATING = [...new Set(TEMPLATES.map((r) => r[COL.coordinating]).filter((v): v is string => typeof v === 'string'))];

/** Single agencies (not groups) of the default directory, by name or one of their aliases. */
export const AGENCY_NAMES = DEFAULT_AGENCIES.filter((a) => a.kind !== 'group').map((a) => a.name);
const LEAD_SPELLINGS = DEFAULT_AGENCIES.flatMap((a) => [a.name, ...(a.aliases ?? []).slice(0, 1)]);
/** Misspelt leads that the validator should flag with a suggestion (a small share of rows). */
const TYPO_LEADS = ['Sở Nội vu', 'Sở Giáo dục Đào tạo', 'Sở Tư Phap', 'Văn phòng UBND tinh', 'Sở Y tê'];

/** The time expressions of DOMAIN.md, with the year to fill in. */
const TIME_FORMS: Array<(y: number, rng: Rng) => CellValue> = [
  (y, rng) => `Quý ${pick(rng, ['I', 'II', 'III', 'IV'])}/${y}`,
  (y, rng) => `Quý ${pick(rng, ['I', 'II', 'III', 'IV'])} năm ${y}`,
  (y, rng) => `Tháng ${between(rng, 1, 12)}/${y}`,
  (y, rng) => `Trong tháng ${String(between(rng, 1, 12)).padStart(2, '0')}/${y}`,
  (y) => `Trong năm ${y}`,
  (y) => `Năm ${y}`,
  (y) => `Trong năm ${y} (Căn cứ tình hình thực tế)`,
  (y, rng) => `${between(rng, 1, 28)}/${between(rng, 1, 12)}/${y}`,
  (y, rng) => `Trước ngày ${between(rng, 1, 28)}/${between(rng, 1, 12)}/${y}`,
  (y, rng) => serial(y, between(rng, 1, 12), between(rng, 1, 28)), // a real date cell
  () => 'Thường xuyên',
  () => 'Thực hiện thường xuyên',
  () => 'Thường xuyên trong năm',
  (y) => `Hằng quý và năm ${y}`,
  () => 'Mỗi tháng 02 kỳ',
  () => 'Theo chế độ báo cáo định kỳ',
  () => 'Theo Kế hoạch',
  () => 'Theo Đề án',
  () => 'Theo quy định',
  () => 'Sau khi kiểm tra',
  () => 'Khi có quy định của Bộ Công an',
  () => 'Theo Kế hoạch và đột xuất theo yêu cầu',
];

const BUDGET_FORMS: Array<(rng: Rng) => CellValue> = [
  (rng) => `${between(rng, 1, 30) * 10} triệu`,
  (rng) => `${String(between(rng, 1, 9)).padStart(2, '0')} triệu/tháng`,
  (rng) => `${between(rng, 1, 3)},${between(rng, 1, 9)} tỷ`,
  (rng) => `${(between(rng, 1, 50) * 10_000_000).toLocaleString('de-DE')} đồng`,
  () => 'Kinh phí tự chủ',
  () => 'Kinh phí tự chủ',
  () => 'Theo Kế hoạch',
  () => 'Theo quy định',
  () => 'Kinh phí kiểm tra',
];

/** Mostly the plan's year, some the next, a few the last. */
function timeYear(rng: Rng, year: number): number {
  const x = rng();
  return x < 0.75 ? year : x < 0.92 ? year + 1 : year - 1;
}

/**
 * A status and completion date that fit the deadline as of the report (30/9 of the plan's year), as a
 * diligent agency reports them: most past deadlines done, a few late or still running (overdue).
 */
function progress(rng: Rng, time: CellValue, year: number): { status: CellValue; done: number | null } {
  const asOf = serial(year, 9, 30);
  const spec = parseTime(time, { defaultYear: year });
  const x = rng();
  if (spec.ok && spec.value.kind === 'deadline') {
    const start = isoSerial(spec.value.start);
    const end = isoSerial(spec.value.date);
    if (end < asOf) {
      if (x < 0.7) return { status: pick(rng, ['Hoàn thành', 'Đã hoàn thành']), done: start + Math.floor(rng() * (end - start + 1)) };
      if (x < 0.8) return { status: 'Hoàn thành trễ hạn', done: Math.min(asOf, end + between(rng, 1, 60)) };
      if (x < 0.9) return { status: 'Đang thực hiện', done: null };
      return { status: null, done: start + Math.floor(rng() * (end - start + 1)) };
    }
    if (x < 0.1 && start <= asOf) return { status: 'Hoàn thành', done: start + Math.floor(rng() * (asOf - start + 1)) };
    if (x < 0.6) return { status: 'Đang thực hiện', done: null };
    if (x < 0.85) return { status: pick(rng, ['Chưa triển khai', 'Chưa thực hiện']), done: null };
    return { status: null, done: null };
  }
  if (x < 0.15) return { status: 'Hoàn thành', done: serial(year, between(rng, 1, 9), between(rng, 1, 28)) };
  if (x < 0.75) return { status: 'Đang thực hiện', done: null };
  return { status: null, done: null };
}

function isoSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return serial(y, m, d);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / 86_400_000;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export type PlanOptions = {
  /** Activity (task) rows to generate, sections not counted. */
  rows: number;
  seed: number;
  /** The plan's year (times fall in year-1 … year+1). */
  year?: number;
  /** The agency whose plan this is: named in the title, and the lead of most rows. */
  agency?: string;
  sheetName?: string;
};

/**
 * One appendix sheet of `rows` activity rows. About one row in forty carries something the validator
 * reports (a misspelt agency, an unreadable time or budget, an empty lead), as real sheets do.
 */
export function generatePlanSheet(opts: PlanOptions): SampleSheet {
  const rng = prng(opts.seed);
  const year = opts.year ?? 2024;
  const agency = opts.agency ?? null;
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const numFmts: Record<string, string> = {};
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push(areaAddress({ top, left, bottom, right }));
  };
  const blank = (): CellValue[] => new Array<CellValue>(WIDTH).fill(null);

  const title = [
    agency ? `${agency.toUpperCase()}` : 'ỦY BAN NHÂN DÂN TỈNH',
    'PHỤ LỤC',
    `NHIỆM VỤ CỤ THỂ KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}${agency ? ` CỦA ${agency.toUpperCase()}` : ''}`,
    `(Kèm theo Kế hoạch số ${between(rng, 10, 999)}/KH-${agency ? 'SNV' : 'UBND'} ngày ${between(rng, 1, 28)}/12/${year - 1})`,
  ];
  for (const t of title) {
    const row = blank();
    row[0] = t;
    merge(values.length, 0, values.length, WIDTH - 1);
    values.push(row);
  }
  values.push([...HEADER]);

  // Areas: at least seven rows each; many small sheets use only the first few areas.
  const areaCount = Math.max(1, Math.min(AREAS.length, Math.ceil(opts.rows / 7)));
  let left = opts.rows;
  for (let a = 0; a < areaCount; a++) {
    const inArea = a === areaCount - 1 ? left : Math.max(1, Math.round(opts.rows / areaCount));
    left -= inArea;
    const section = blank();
    section[0] = ROMAN[a];
    section[1] = AREAS[a];
    merge(values.length, 1, values.length, 8);
    values.push(section);

    let activity = 0;
    let goalNo = 0;
    while (activity < inArea) {
      // A goal over 1–4 tasks, a task over 1–3 activities; goal, task and budget cells merged over them.
      goalNo++;
      const goalTop = values.length;
      const goal = `${goalNo}.${between(rng, 1, 3)}: ${pick(rng, GOALS)}`;
      const tasks = between(rng, 1, 4);
      let taskNo = 0;
      for (let t = 0; t < tasks && activity < inArea; t++) {
        taskNo++;
        const taskTop = values.length;
        const acts = Math.min(between(rng, 1, 3), inArea - activity);
        const budget = rng() < 0.7 ? pick(rng, BUDGET_FORMS)(rng) : null;
        const sharedTime = acts > 1 && rng() < 0.2 ? pick(rng, TIME_FORMS)(between(rng, year - 1, year + 1), rng) : undefined;
        for (let k = 0; k < acts; k++) {
          activity++;
          const r = values.length;
          const row = blank();
          if (r === goalTop) row[COL.goal] = goal;
          if (r === taskTop) row[COL.task] = `2.${taskNo}: ${pick(rng, TASKS)}`;
          row[COL.activity] = `3.${activity}: ${pick(rng, ACTIVITIES)}`;
          row[COL.output] = pick(rng, OUTPUTS);
          const odd = rng();
          row[COL.lead] =
            odd < 0.01 ? null : odd < 0.02 ? pick(rng, TYPO_LEADS) : agency && rng() < 0.6 ? agency : rng() < 0.15 ? `${pick(rng, AGENCY_NAMES)}, ${pick(rng, AGENCY_NAMES)}` : pick(rng, LEAD_SPELLINGS);
          // Mostly a coordinating list that does not name the lead again (a few real plans do).
          let coordinating = pick(rng, COORDINATING);
          if (typeof row[COL.lead] === 'string' && coordinating.includes(row[COL.lead] as string) && rng() < 0.8) coordinating = COORDINATING[0];
          row[COL.coordinating] = coordinating;
          let time: CellValue;
          if (sharedTime !== undefined) time = sharedTime;
          else time = odd > 0.995 ? 'Đầu năm sau' : pick(rng, TIME_FORMS)(timeYear(rng, year), rng);
          if (sharedTime === undefined || r === taskTop) row[COL.time] = time;
          if (typeof row[COL.time] === 'number') numFmts[`H${r + 1}`] = 'dd/mm/yyyy';
          if (r === taskTop) row[COL.budget] = odd > 0.99 && odd <= 0.995 ? 'Xin ý kiến sau' : budget;
          const { status, done } = progress(rng, time, year);
          row[COL.status] = status;
          if (done !== null) {
            row[COL.done] = done;
            numFmts[`K${r + 1}`] = 'dd/mm/yyyy';
          }
          values.push(row);
        }
        if (sharedTime !== undefined) merge(taskTop, COL.time, values.length - 1, COL.time);
        merge(taskTop, COL.task, values.length - 1, COL.task);
        if (budget !== null) merge(taskTop, COL.budget, values.length - 1, COL.budget);
      }
      merge(goalTop, COL.goal, values.length - 1, COL.goal);
    }
  }
  return {
    name: opts.sheetName ?? 'Phụ lục',
    // Through JSON, as a host's cells come: flat strings, not the concatenations built above.
    values: JSON.parse(JSON.stringify(values)) as CellValue[][],
    merges,
    numFmts,
    widths: SEED_SHEET.widths,
    boldRows: [1, 2, 3, 4, 5],
  };
}

/** The agencies' workbooks a province consolidates: one plan sheet each. */
export function agencyWorkbooks(count: number, rows: number, seed = 4): SampleWorkbook[] {
  return Array.from({ length: count }, (_, i) => {
    const agency = AGENCY_NAMES[i % AGENCY_NAMES.length];
    const sheet = generatePlanSheet({ rows, seed: seed * 1000 + i, agency, year: 2024, sheetName: `Phụ lục ${i + 1}` });
    return { file: `co-quan-${String(i + 1).padStart(2, '0')}.xlsx`, source: `generated from seed 004 (${agency})`, sheets: [sheet] };
  });
}
