/**
 * The plan as the denominator, in the core: keys and matching, seed 004's appendix read as a plan, one form per
 * lead agency, two periods of returns held against the plan, and the second period compared with the first
 * period's report read back from its file. Every expected figure comes from test/plan-cycle-fixture.ts, which
 * records what it built.
 */
import { consolidate, layoutReport, makePeriod, parseStatus, validateWorkbook, type ConsolidationInput, type SummaryModel } from '../core';
import { writeReportXlsx } from '../core/io/write';
import { fitScale, MIN_PRINTED_PT, smallestPrintedPt } from '../core/report/sheet-builder';
import { writeReportDocx } from '../core/io/write/report-docx';
import { percentVi } from '../core/report/sentences';
import { readWorkbook } from '../core/io/read';
import type { GridInput } from '../core/grid/grid';
import { writeForms, writeFormsZip } from '../core/plan/forms-file';
import JSZip from 'jszip';
import { comingPeriod, FORM_STATUSES, layoutForms, safeFileName } from '../core/plan/forms';
import { formKeyCell, matchText, parseFormKey, taskKey } from '../core/plan/key';
import { TaskIndex } from '../core/plan/match';
import { planOfGrids, type Plan } from '../core/plan/plan';
import { compareWithPrevious, readPreviousReport, type PreviousReport, type PreviousRow } from '../core/plan/previous';
import type { ConsolidatedTask } from '../core';
import type { Progress } from '../core/task/progress';
import {
  CHANGES_P2,
  FORM_P2,
  LEADS,
  NFD_II_3_8,
  P1,
  P2,
  PLAN,
  PLAN_FILE,
  PLAN_SHEET,
  reportedIds,
  RETURNS_P1,
  RETURNS_P2,
  RETYPED_VII_3_5,
  returnWorkbook,
  TASKS,
  type Return,
  type TaskId,
} from './plan-cycle-fixture';
import { fillFormGrids, type Fill } from './plan-fill';

const period1 = makePeriod(2022, 'Q3');
const period2 = makePeriod(2022, 'Y');
const planResult = planOfGrids(PLAN_FILE, PLAN.sheets, P1.asOf);
if (!planResult.ok) throw new Error(planResult.message.en);
const plan: Plan = planResult.plan;

/** "VII 3.8" from a plan key (cchc1|file|sheet|section|number|print). */
const idOf = (key: string | null): TaskId => (key ?? '').split('|').slice(3, 5).join(' ');
const ids = (items: ReadonlyArray<{ key: string | null }>) => items.map((x) => idOf(x.key));
const ALL_IDS = TASKS.map((t) => t.id);

function grids(bytes: Uint8Array): GridInput[] {
  const r = readWorkbook(bytes);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.grids;
}

const input = (r: Return, title: string, asOf: string): ConsolidationInput => ({ file: r.file, sheets: validateWorkbook(returnWorkbook(r, title).sheets, { asOf }).sheets });

/** Sở TT&TT's form for period 2, written by cchc, filled on its grids as FORM_P2 says. */
function formInputP2(): ConsolidationInput {
  const form = writeForms(plan, { period: period2 }).find((f) => f.agency === FORM_P2.agency)!;
  const fills = new Map<TaskId, Fill>(FORM_P2.rows.map((r) => [r.id!, { status: r.status, done: r.done }]));
  return { file: FORM_P2.file, sheets: validateWorkbook(fillFormGrids(grids(form.bytes), fills), { asOf: P2.asOf }).sheets };
}

const model1 = (): SummaryModel =>
  consolidate(
    RETURNS_P1.map((r) => input(r, 'QUÝ III NĂM 2022', P1.asOf)),
    { period: period1, asOf: P1.asOf, generatedAt: '2022-09-15T08:00', plan },
  );
const model2 = (previous?: PreviousReport): SummaryModel =>
  consolidate([...RETURNS_P2.map((r) => input(r, 'NĂM 2022', P2.asOf)), formInputP2()], { period: period2, asOf: P2.asOf, generatedAt: '2022-12-15T08:00', plan, ...(previous ? { previous } : {}) });

/** The plan tasks each agency of the period returned, and the rows of each kind, as the fixture built them. */
function expected(returns: readonly Return[]) {
  const rows = returns.flatMap((r) => r.rows);
  const reported = reportedIds(returns);
  const agencies = new Set(returns.map((r) => r.agency));
  const by = { key: 0, number: 0, text: 0 };
  for (const r of rows) if (r.expect.by) by[r.expect.by]++;
  // Each task once: the fixture gives a task reported twice the same progress in both reports.
  const progress = new Map<string, Progress>();
  for (const r of rows) {
    const id = r.id ?? r.extra!.activity;
    if (progress.has(id) && progress.get(id) !== r.expect.progress) throw new Error(`fixture: ${id} reported with two progresses`);
    progress.set(id, r.expect.progress);
  }
  const counts: Partial<Record<Progress, number>> = { unreported: ALL_IDS.length - reported.size };
  for (const p of progress.values()) counts[p] = (counts[p] ?? 0) + 1;
  return {
    reported,
    unreported: ALL_IDS.filter((id) => !reported.has(id)),
    silent: Object.keys(LEADS).filter((a) => !agencies.has(a)),
    notInPlan: rows.filter((r) => r.id === null).map((r) => r.extra!.activity),
    byText: rows.filter((r) => r.expect.by === 'text').map((r) => r.id!),
    by,
    counts,
    total: ALL_IDS.length + rows.filter((r) => r.id === null).length,
  };
}

describe('keys and text folding', () => {
  it('folds case, diacritics, tone-mark placement, NFD, spacing, bullets, item numbers and the final stop', () => {
    const plan35 = TASKS.find((t) => t.id === 'VII 3.5')!.values[3] as string;
    expect(matchText(RETYPED_VII_3_5)).toBe(matchText(plan35));
    const plan38 = TASKS.find((t) => t.id === 'II 3.8')!.values[3] as string;
    expect(NFD_II_3_8).not.toBe(NFD_II_3_8.normalize('NFC'));
    expect(matchText(NFD_II_3_8)).toBe(matchText(plan38));
    expect(matchText('+ Hòa giải ở cơ sở;')).toBe(matchText('3.2. HOÀ GIẢI Ở CƠ SỞ'));
    // Different words stay different.
    expect(matchText('Rà soát văn bản')).not.toBe(matchText('Rà soát thủ tục'));
  });

  it('makes a key from the plan file, sheet, section and item, with a print of the text', () => {
    const k = taskKey({ file: PLAN_FILE, sheet: PLAN_SHEET, section: 'VII', number: '3.11.', title: '3.11. Thực hiện điều tra xã hội học' });
    expect(k).toMatch(/^cchc1\|Kế hoạch CCHC 2022\.xlsx\|Phụ lục KH 367\|VII\|3\.11\|[0-9a-f]{6}$/);
    // The same item in another section, or reworded, is another key.
    expect(taskKey({ file: PLAN_FILE, sheet: PLAN_SHEET, section: 'IV', number: '3.11', title: '3.11. Thực hiện điều tra xã hội học' })).not.toBe(k);
    expect(taskKey({ file: PLAN_FILE, sheet: PLAN_SHEET, section: 'VII', number: '3.11', title: '3.11. Thực hiện khảo sát' })).not.toBe(k);
    // Retyped in capitals it is the same task.
    expect(taskKey({ file: PLAN_FILE, sheet: PLAN_SHEET, section: 'VII', number: '3.11', title: 'THỰC HIỆN ĐIỀU TRA XÃ HỘI HỌC' })).toBe(k);
  });

  it('reads a form key cell back, a "|" in a name included, and nothing else as one', () => {
    const k = taskKey({ file: 'KH|2022.xlsx', sheet: 'PL 1', section: 'I', number: '3.1', title: 'x' });
    expect(parseFormKey(formKeyCell(k, 'Sở A|B', 2, 3))).toEqual({ key: k, agency: 'Sở A|B', shared: { index: 2, of: 3 } });
    expect(parseFormKey(k)).toEqual({ key: k, agency: null, shared: null });
    for (const other of ['NV-01', '', 'cchc1|a|b', 'cchc2|a|b|c|d|abcdef', null]) expect(parseFormKey(other)).toBeNull();
  });

});

describe('matching a row to the plan', () => {
  const items = [
    { key: 'k1', leads: ['Sở Nội vụ'], area: 'Cải cách chế độ công vụ', number: '3.2', title: '3.2: Xây dựng Báo cáo kết quả đào tạo' },
    { key: 'k2', leads: ['Sở Nội vụ'], area: 'Công tác chỉ đạo, điều hành CCHC', number: '3.2', title: '3.2: Xây dựng Báo cáo kết quả CCHC' },
    { key: 'k3', leads: ['Sở Tư pháp'], area: 'Cải cách thể chế', number: '3.1', title: '3.1: Rà soát văn bản' },
    { key: 'k4', leads: ['Sở Tư pháp'], area: 'Cải cách thể chế', number: '3.2', title: '3.2: Kiểm tra văn bản' },
  ];
  const index = new TaskIndex(items);
  it('by key first, whatever the row says', () => {
    expect(index.match({ key: 'k2', leads: ['Sở Tài chính'], area: null, number: '9', title: 'x' })).toEqual({ index: 1, by: 'key' });
  });
  it('by lead and number within the section when the number repeats in another', () => {
    expect(index.match({ leads: ['Sở Nội vụ'], area: 'Công tác chỉ đạo, điều hành CCHC', number: '3.2', title: 'Báo cáo CCHC năm' })).toEqual({ index: 1, by: 'number' });
    expect(index.match({ leads: ['Sở Nội vụ'], area: 'Cải cách chế độ công vụ', number: '3.2:', title: 'Báo cáo' })).toEqual({ index: 0, by: 'number' });
  });
  it('never across leads, even with the same number and text', () => {
    expect(index.match({ leads: ['Sở Tài chính'], area: 'Cải cách thể chế', number: '3.1', title: '3.1: Rà soát văn bản' })).toBeNull();
  });
  it('by text when a copy was renumbered, and says so', () => {
    expect(index.match({ leads: ['Sở Tư pháp'], area: 'Cải cách thể chế', number: '1', title: 'KIỂM TRA VĂN BẢN' })).toEqual({ index: 3, by: 'text' });
    // The number names 3.1, the text 3.2: the text wins.
    expect(index.match({ leads: ['Sở Tư pháp'], area: 'Cải cách thể chế', number: '3.1', title: '- Kiểm tra văn bản.' })).toEqual({ index: 3, by: 'text' });
  });
  it('each item once when asked', () => {
    expect(index.match({ leads: ['Sở Tư pháp'], area: null, number: '3.1', title: 'x' }, { taken: new Set([2]) })).toBeNull();
  });
});

describe("seed 004's appendix as the plan", () => {
  it('has its 39 tasks, each with a key of its own', () => {
    expect(plan.tasks.map((t) => `${t.sectionNumber} ${t.number}`)).toEqual(ALL_IDS);
    expect(new Set(plan.tasks.map((t) => t.key)).size).toBe(39);
    expect(plan.file).toBe(PLAN_FILE);
    expect(plan.title).toBe('NHIỆM VỤ CỤ THỂ KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022');
  });

  it('knows who reports on each task: its named leads, without "các cơ quan có liên quan"', () => {
    expect(plan.agencies.map((a) => a.name).sort()).toEqual(Object.keys(LEADS).sort());
    for (const [agency, tasks] of Object.entries(LEADS)) expect([agency, plan.tasks.filter((t) => t.reporters.includes(agency)).map((t) => `${t.sectionNumber} ${t.number}`)]).toEqual([agency, tasks]);
    expect(plan.tasks.find((t) => t.number === '3.1' && t.sectionNumber === 'VI')!.record.leads).toContain('các cơ quan có liên quan');
    expect(plan.agencies.filter((a) => a.kind === 'group').map((a) => a.name).sort()).toEqual(['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'UBND cấp xã']);
  });

  it('says so when the file has no task table', () => {
    const r = planOfGrids('chi-so.xlsx', [{ name: 'Trang 1', values: [['Chỉ số', 'Điểm'], ['PAPI', 40]] }], P1.asOf);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.vi).toContain('Không tìm thấy bảng nhiệm vụ nào trong kế hoạch chi-so.xlsx');
  });
});

describe('one reporting form per lead agency', () => {
  const forms = layoutForms(plan, { period: period1 });

  it('makes a form for each reporting agency, named after it, safe as a Windows file name', () => {
    expect(forms.map((f) => f.agency).sort()).toEqual(Object.keys(LEADS).sort());
    expect(forms.find((f) => f.agency === 'Sở Tư pháp')!.fileName).toBe('Biểu báo cáo - Sở Tư pháp.xlsx');
    for (const f of forms) expect(f.fileName).not.toMatch(/[\\/:*?"<>|]/);
    expect(safeFileName('Biểu báo cáo - Sở KH/ĐT: "Phòng 1" <a>*?.')).toBe('Biểu báo cáo - Sở KH ĐT Phòng 1 a');
  });

  it('holds exactly the agency\'s tasks, in the plan\'s order, each with its key, its agency and how many share it', () => {
    for (const f of forms) {
      const sheet = f.spec.sheets[1];
      const keys = sheet.rows.map((r) => r[11]?.content).filter((c): c is { t: 'text'; v: string } => c?.t === 'text' && c.v.startsWith('cchc1|'));
      const parsed = keys.map((k) => parseFormKey(k.v)!);
      expect([f.agency, parsed.map((p) => idOf(p.key))]).toEqual([f.agency, LEADS[f.agency]]);
      expect(new Set(parsed.map((p) => p.agency))).toEqual(new Set([f.agency]));
      for (const p of parsed) {
        const leads = Object.keys(LEADS).filter((a) => LEADS[a].includes(idOf(p.key)));
        expect(p.shared!.of).toBe(leads.length);
      }
      expect(f.tasks).toBe(LEADS[f.agency].length);
    }
  });

  it('marks a shared task with the same key in each of its leads\' forms', () => {
    const keyIn = (agency: string) => {
      const rows = forms.find((f) => f.agency === agency)!.spec.sheets[1].rows;
      return rows.map((r) => r[11]?.content).flatMap((c) => (c?.t === 'text' && parseFormKey(c.v) ? [parseFormKey(c.v)!] : [])).find((p) => idOf(p.key) === 'I 3.1')!;
    };
    const [a, b, c] = ['Sở Tư pháp', 'UBND cấp huyện', 'UBND cấp xã'].map(keyIn);
    expect(a.key).toBe(b.key);
    expect(b.key).toBe(c.key);
    expect([a.shared, b.shared, c.shared]).toEqual([
      { index: 1, of: 3 },
      { index: 2, of: 3 },
      { index: 3, of: 3 },
    ]);
  });

  it('offers a status list and a date check over the task rows only, protects the sheet, hides the key', () => {
    const f = forms.find((x) => x.agency === 'Sở Nội vụ')!;
    const sheet = f.spec.sheets[1];
    const taskRows = sheet.rows.flatMap((r, i) => (r[11]?.content.t === 'text' && (r[11].content as { v: string }).v.startsWith('cchc1|') ? [i] : []));
    expect(taskRows).toHaveLength(13);
    const [list, dates] = sheet.validations!;
    expect(list).toMatchObject({ type: 'list', values: [...FORM_STATUSES] });
    expect(list.ranges.map((r) => [r.top, r.left])).toEqual(taskRows.map((r) => [r, 7]));
    expect(dates).toMatchObject({ type: 'date', min: '2021-01-01', max: '2022-12-31' });
    expect(dates.ranges.map((r) => [r.top, r.left])).toEqual(taskRows.map((r) => [r, 8]));
    expect(sheet.protection).toEqual({});
    expect(sheet.hiddenColumns).toEqual([11]);
    // The cells to fill are unlocked; the plan's are not.
    const styleOf = (r: number, c: number) => sheet.styles[sheet.rows[r][c]!.style!];
    for (const r of taskRows) {
      expect([7, 8, 9, 10].map((c) => styleOf(r, c).locked)).toEqual([false, false, false, false]);
      expect([0, 2, 3, 4, 5, 6].map((c) => styleOf(r, c).locked)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    }
    // Every status offered is one the reader understands.
    expect(FORM_STATUSES.map((s) => parseStatus(s))).toEqual([
      { ok: true, value: 'done' },
      { ok: true, value: 'in-progress' },
      { ok: true, value: 'not-started' },
    ]);
  });

  it('opens on "Hướng dẫn": what to fill, and by when (the cut-off date of the period)', () => {
    const f = forms.find((x) => x.agency === 'Sở Tài chính')!;
    expect(f.spec.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Biểu báo cáo']);
    const lines = f.spec.sheets[0].rows.flatMap((r) => r.flatMap((c) => (c?.content.t === 'text' ? [c.content.v] : [])));
    expect(lines).toContain('Cơ quan báo cáo: Sở Tài chính.');
    expect(lines).toContain('Hạn gửi lại biểu: chậm nhất ngày 14/09/2022, ghi tình hình thực hiện đến ngày đó.');
    expect(lines.join('\n')).toContain('Đã hoàn thành / Đang thực hiện / Chưa thực hiện');
    expect(f.spec.sheets[0].protection).toEqual({});
  });

  it('defaults to the period whose cut-off comes next', () => {
    expect(comingPeriod('2024-09-14').code).toBe('2024-Q3');
    expect(comingPeriod('2024-09-15').code).toBe('2024-Y');
    expect(comingPeriod('2024-12-20').code).toBe('2025-Q1');
    expect(comingPeriod('2024-01-05').code).toBe('2024-Q1');
  });

  it('come as one .zip for a page to download, the same bytes as the files', async () => {
    const created = new Date(Date.UTC(2022, 7, 20, 9, 0));
    const { zip, forms: listed } = writeFormsZip(plan, { period: period1, created });
    expect(writeFormsZip(plan, { period: period1, created }).zip).toEqual(zip);
    const files = writeForms(plan, { period: period1, created });
    const z = await JSZip.loadAsync(zip);
    expect(Object.keys(z.files)).toEqual(files.map((f) => f.fileName));
    for (const f of files) expect(new Uint8Array(await z.file(f.fileName)!.async('uint8array'))).toEqual(f.bytes);
    expect(listed.map((f) => [f.agency, f.tasks])).toEqual(files.map((f) => [f.agency, f.tasks]));
  });

  it('comes back through the reader with every task matched by key', () => {
    const inputs = writeForms(plan, { period: period1 }).map((f) => {
      const fills = new Map<TaskId, Fill>(LEADS[f.agency].map((id) => [id, { status: 'Đang thực hiện' }]));
      return { file: f.fileName, sheets: validateWorkbook(fillFormGrids(grids(f.bytes), fills), { asOf: P1.asOf }).sheets };
    });
    const m = consolidate(inputs, { period: period1, asOf: P1.asOf, generatedAt: '2022-09-15T08:00', plan });
    const rows = Object.values(LEADS).reduce((n, l) => n + l.length, 0);
    expect(m.plan).toMatchObject({ total: 39, reported: 39, unreported: [], silentAgencies: [], notInPlan: [], matched: { key: rows, number: 0, text: 0 }, matchedByText: [] });
    expect(m.plan!.returns.map((r) => [r.agencies, r.by])).toEqual(forms.map((f) => [[f.agency], 'form']));
    expect(m.totals.total).toBe(39);
    expect(m.totals.unreported).toBe(0);
  });
});

describe('period 1 (Quý III/2022) held against the plan', () => {
  const m = model1();
  const e = expected(RETURNS_P1);

  it('counts every task of the plan, reported or not, and the rows the plan does not have', () => {
    expect(m.plan!.total).toBe(39);
    expect(m.plan!.reported).toBe(e.reported.size);
    expect(ids(m.plan!.unreported)).toEqual(e.unreported);
    expect(m.plan!.unreported.find((u) => idOf(u.key) === 'VII 3.12')).toMatchObject({ number: '3.12', lead: 'Sở Nội vụ', deadline: '2023-03-31', source: { file: PLAN_FILE, sheet: PLAN_SHEET, cell: 'D51' } });
    expect(m.totals.total).toBe(e.total);
  });

  it('puts the unreported tasks in the totals as their own class, and every other class as built', () => {
    const { completionRate, ...counts } = m.totals;
    for (const [p, n] of Object.entries(e.counts)) expect([p, counts[p as Progress]]).toEqual([p, n]);
    expect(completionRate).toBeCloseTo(((e.counts.completedOnTime ?? 0) + (e.counts.completedLate ?? 0)) / e.total, 10);
    // By lead agency, the unreported tasks count too: Sở Nội vụ left out VII 3.12.
    expect(m.byAgency.find((a) => a.agency === 'Sở Nội vụ')!.unreported).toBe(1);
  });

  it('names the agencies that sent nothing and the rows not in the plan, with their source', () => {
    expect(m.plan!.silentAgencies.sort()).toEqual(e.silent.sort());
    expect(m.plan!.notInPlan.map((r) => r.title)).toEqual(e.notInPlan);
    expect(m.plan!.notInPlan[0]).toMatchObject({ file: 'VP UBND tinh - Q3.xlsx', sheet: PLAN_SHEET, leads: ['Văn phòng UBND tỉnh'] });
  });

  it('says how each row was matched, and which needed the text', () => {
    expect(m.plan!.matched).toEqual(e.by);
    expect(ids(m.plan!.matchedByText.map((r) => ({ key: r.planKey })))).toEqual(e.byText);
  });

  it('knows whose return each file is: the lead of its rows, one agency before a group', () => {
    expect(m.plan!.returns.map((r) => [r.file, r.agencies, r.by])).toEqual(RETURNS_P1.map((r) => [r.file, [r.agency], 'leads']));
    expect(m.plan!.byAgency.find((a) => a.agency === 'UBND cấp xã')).toEqual({ agency: 'UBND cấp xã', tasks: 8, reported: 3, unreported: 5, files: [] });
  });

  it('counts a workbook gathering every agency\'s tasks as the return of each of them', () => {
    const all: Return = { file: 'Tổng hợp các đơn vị.xlsx', agency: '', rows: TASKS.map((t) => ({ id: t.id, status: 'Đang thực hiện', expect: { by: 'number', progress: 'inProgress' } })) };
    const r = consolidate([input(all, 'Q3', P1.asOf)], { period: period1, asOf: P1.asOf, generatedAt: '2022-09-15T08:00', plan });
    expect(r.plan!.returns[0].agencies.sort()).toEqual(Object.keys(LEADS).sort());
    expect(r.plan!.silentAgencies).toEqual([]);
    expect(r.plan!.matched).toEqual({ key: 0, number: 39, text: 0 });
  });

  it('counts a task two agencies reported once, as a duplicate of the same plan task', () => {
    expect(m.duplicates.map((d) => d.title)).toEqual([TASKS.find((t) => t.id === 'VI 3.2')!.values[3]]);
    expect(m.duplicates[0].reason.vi).toContain('kế hoạch gốc');
  });

  it('lists the tasks in the plan\'s order, then the rows not in the plan', () => {
    expect(m.tasks.slice(0, 39).map((t) => idOf(t.planKey!))).toEqual(ALL_IDS);
    expect(m.tasks.slice(39).map((t) => t.title)).toEqual(e.notInPlan);
  });

  it('flags a lead of the plan the directory does not know, even when nobody reports on it', () => {
    // The plan's typist wrote "Sở Nộ vụ" in the lead column: no return names it, the report still flags it.
    const typo = { ...PLAN, sheets: PLAN.sheets.map((sh) => ({ ...sh, values: sh.values.map((r) => r.map((v, c) => (c === 5 && typeof v === 'string' ? v.replace('Sở Nội vụ', 'Sở Nộ vụ') : v))) })) };
    const p = planOfGrids(PLAN_FILE, typo.sheets, P1.asOf);
    if (!p.ok) throw new Error(p.message.en);
    const r = consolidate([], { period: period1, asOf: P1.asOf, generatedAt: '2022-09-15T08:00', plan: p.plan });
    const row = r.byAgency.find((a) => a.agency === 'Sở Nộ vụ')!;
    expect(row).toMatchObject({ known: false, suggestion: 'Sở Nội vụ', total: LEADS['Sở Nội vụ'].length, unreported: LEADS['Sở Nội vụ'].length });
    expect(r.byAgency.find((a) => a.agency === 'Sở Tài chính')).toMatchObject({ known: true, suggestion: null });
    // Known names first, the flagged one after them.
    expect(r.byAgency.findIndex((a) => a === row)).toBeGreaterThan(r.byAgency.findIndex((a) => a.agency === 'Sở Tài chính'));
  });

  it('never matches across leads: Sở Tư pháp\'s copy of a Sở Nội vụ task is not in the plan', () => {
    const odd: Return = { file: 'STP.xlsx', agency: 'Sở Tư pháp', rows: [{ id: null, status: 'Đang thực hiện', extra: { section: 'VII', activity: TASKS.find((t) => t.id === 'VII 3.7')!.values[3] as string, output: 'x', lead: 'Sở Tư pháp', time: 'Trong năm 2022' }, expect: { by: null, progress: 'inProgress' } }] };
    const r = consolidate([input(odd, 'Q3', P1.asOf)], { period: period1, asOf: P1.asOf, generatedAt: '2022-09-15T08:00', plan });
    expect(r.plan!.notInPlan).toHaveLength(1);
    expect(r.plan!.reported).toBe(0);
  });
});

describe('period 2 (năm 2022) against the plan and against period 1\'s report', () => {
  // Period 1's report, written and read back from its bytes as the next officer will.
  const report1 = writeReportXlsx(layoutReport(model1(), { links: 'external', linkPath: (f) => f }), { created: new Date(Date.UTC(2022, 8, 15)) });
  const previous = readPreviousReport('Tổng hợp Q3-2022.xlsx', grids(report1));
  if (!previous.ok) throw new Error(previous.message.en);
  const m = model2(previous.report);
  const e = expected([...RETURNS_P2, FORM_P2]);
  const c = m.changes!;

  it('reads the last report back by its header names: its tasks, keys, statuses and as-of date', () => {
    expect(previous.report.rows).toHaveLength(39 + 2);
    expect(previous.report.asOf).toBe(P1.asOf);
    expect(previous.report.title).toBe('QUÝ III NĂM 2022');
    expect(previous.report.columns).toEqual(expect.arrayContaining(['key', 'deadline', 'daysOverdue', 'number', 'area']));
    expect(previous.report.rows.filter((r) => r.progress === 'unreported')).toHaveLength(15);
  });

  it('holds the returns against the plan: the form by key, Sở Tài chính silent', () => {
    expect(m.plan!.matched).toEqual(e.by);
    expect(m.plan!.matched.key).toBe(3);
    expect(m.plan!.silentAgencies.sort()).toEqual(e.silent.sort());
    expect(m.plan!.silentAgencies).toContain('Sở Tài chính');
    expect(ids(m.plan!.unreported)).toEqual(e.unreported);
    expect(m.plan!.notInPlan.map((r) => r.title)).toEqual(e.notInPlan);
    expect(m.plan!.returns.find((r) => r.file === FORM_P2.file)).toMatchObject({ agencies: [FORM_P2.agency], by: 'form', matched: 3 });
    for (const [p, n] of Object.entries(e.counts)) expect([p, m.totals[p as Progress]]).toEqual([p, n]);
  });

  it('gives each change list exactly', () => {
    // The plan's tasks by key; Văn phòng UBND tỉnh's row not in the plan, sent both times, by its text.
    expect(c.matched).toEqual({ key: 39, number: 0, text: 1 });
    expect(ids(c.newlyCompleted).sort()).toEqual([...CHANGES_P2.newlyCompleted].sort());
    expect(ids(c.newlyOverdue)).toEqual(CHANGES_P2.newlyOverdue);
    expect(c.stillOverdue.map((x) => ({ id: idOf(x.key), previousDays: x.previousDaysOverdue, days: x.daysOverdue }))).toEqual(CHANGES_P2.stillOverdue);
    expect(ids(c.regressed)).toEqual(CHANGES_P2.regressed);
    expect(c.regressed[0]).toMatchObject({ previousProgress: 'completedOnTime', progress: 'inProgress', statusText: 'Đang thực hiện', leads: ['Sở Nội vụ'] });
    expect(c.deadlineChanged.map((x) => ({ id: idOf(x.key), old: x.oldDeadline, new: x.newDeadline }))).toEqual(CHANGES_P2.deadlineChanged);
    expect(c.deadlineChanged[0]).toMatchObject({ oldDeadlineText: 'Quý II/2022', newDeadlineText: 'Quý IV/2022' });
    expect(c.added.map((x) => x.title)).toEqual(CHANGES_P2.added);
    expect(c.removed.map((x) => x.title)).toEqual(CHANGES_P2.removed);
    expect(c.removed[0]).toMatchObject({ leads: ['Sở Tài chính'], previousProgress: 'inProgress', source: { file: 'Tổng hợp Q3-2022.xlsx' } });
    expect(c.notes).toEqual([]);
  });

  it('keeps the last report\'s counts for the change beside each total', () => {
    const e1 = expected(RETURNS_P1);
    expect(c.previousTotals.total).toBe(e1.total);
    expect(c.previousTotals.unreported).toBe(e1.counts.unreported);
    expect(c.previousTotals.completed).toBe((e1.counts.completedOnTime ?? 0) + (e1.counts.completedLate ?? 0));
  });

  it('compares an older report without the key column by lead, number and text, and says so', () => {
    const g = grids(report1).map((s) => (s.name.startsWith('Chi tiết') ? { ...s, values: s.values.map((r) => r.slice(0, 13)) } : s));
    const old = readPreviousReport('cu.xlsx', g);
    if (!old.ok) throw new Error(old.message.en);
    expect(old.report.columns).not.toContain('key');
    const oc = model2(old.report).changes!;
    expect(oc.matched.key).toBe(0);
    expect(oc.matched.number + oc.matched.text).toBe(39 + 1);
    for (const list of ['newlyCompleted', 'newlyOverdue', 'stillOverdue', 'regressed', 'deadlineChanged', 'added', 'removed'] as const) expect([list, oc[list].map((x) => x.title)]).toEqual([list, c[list].map((x) => x.title)]);
    expect(oc.notes.map((n) => n.en)).toEqual([expect.stringContaining('no “Mã nhiệm vụ” column')]);
  });

  it('refuses a report without a column it needs, in a sentence naming it', () => {
    const g = grids(report1).map((s) => (s.name.startsWith('Chi tiết') ? { ...s, values: s.values.map((r) => r.filter((_, i) => i !== 7)) } : s));
    const r = readPreviousReport('cu.xlsx', g);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.vi).toContain('thiếu cột “Tình trạng”');
      expect(r.message.en).toContain('lacks the column(s) “Tình trạng”');
    }
    const plain = readPreviousReport('ke-hoach.xlsx', PLAN.sheets);
    expect(plain.ok).toBe(false);
    if (!plain.ok) expect(plain.message.vi).toContain('không có trang chi tiết nhiệm vụ');
  });

  describe('the report sheets', () => {
    const spec = layoutReport(m, { links: 'external', linkPath: (f) => f });
    const texts = (i: number) => spec.sheets[i].rows.flatMap((r) => (r ?? []).map((x) => (x?.content.t === 'text' ? x.content.v : x?.content.t === 'number' ? x.content.v : null)));
    const summary = texts(0);

    it('add the sections "Tình hình báo cáo" and "So với kỳ trước" after the overview', () => {
      for (const banner of ['I. TỔNG QUAN', 'II. TÌNH HÌNH BÁO CÁO (ĐỐI CHIẾU KẾ HOẠCH GỐC)', 'III. SO VỚI KỲ TRƯỚC (QUÝ III NĂM 2022)', 'IV. THEO LĨNH VỰC CẢI CÁCH']) expect(summary).toContain(banner);
      expect(summary).toContain(`3. Nhiệm vụ chưa có báo cáo: ${e.unreported.length}`);
      expect(summary).toContain(`2. Cơ quan chưa gửi báo cáo: ${e.silent.length}`);
      expect(summary).toContain(`1. Mới hoàn thành: ${CHANGES_P2.newlyCompleted.length}`);
      expect(summary).toContain('Quá hạn 258 ngày');
      expect(summary).toContain('Quá hạn 167 ngày');
    });

    it('count "Chưa có báo cáo" in the overview and put the change beside each total', () => {
      const rows = spec.sheets[0].rows;
      const at = rows.findIndex((r) => r?.[1]?.content.t === 'text' && (r[1].content as { v: string }).v === 'Chưa có báo cáo');
      expect(rows[at][2]!.content).toEqual({ t: 'number', v: e.counts.unreported });
      // The change column, found by its heading in the overview's header row.
      const head = rows.findIndex((r) => r?.some((x) => x?.content.t === 'text' && x.content.v === 'Thay đổi so với kỳ trước'));
      const col = rows[head].findIndex((x) => x?.content.t === 'text' && x.content.v === 'Thay đổi so với kỳ trước');
      expect(head).toBeLessThan(at);
      expect(rows[at][col]!.content).toEqual({ t: 'number', v: (e.counts.unreported ?? 0) - (expected(RETURNS_P1).counts.unreported ?? 0) });
      const e1 = expected(RETURNS_P1).counts;
      const done = rows.find((r) => r?.[1]?.content.t === 'text' && (r[1].content as { v: string }).v.startsWith('Tỷ lệ hoàn thành'))!;
      expect(done[col]!.content).toEqual({ t: 'number', v: (e.counts.completedOnTime ?? 0) + (e.counts.completedLate ?? 0) - (e1.completedOnTime ?? 0) - (e1.completedLate ?? 0) });
      expect(summary).toContain('Thay đổi so với kỳ trước');
      // The tables by area and by agency have the column too.
      expect(summary.filter((t) => t === 'Chưa có báo cáo').length).toBeGreaterThanOrEqual(3);
    });

    it('write each task\'s key in a hidden last column of the detail sheet', () => {
      const detail = spec.sheets[1];
      expect(detail.hiddenColumns).toEqual([13]);
      const header = detail.rows.findIndex((r) => r?.[0]?.content.t === 'text' && (r[0].content as { v: string }).v === 'STT');
      expect((detail.rows[header][13]!.content as { v: string }).v).toBe('Mã nhiệm vụ');
      expect((detail.rows[header + 1][13]!.content as { v: string }).v).toBe(plan.tasks[0].key);
      // Issue 18's print area ends at the budget column, before "Nguồn" and the key.
      expect(detail.print!.columns).toEqual({ left: 0, right: 11 });
      expect((detail.rows[header][12]!.content as { v: string }).v).toBe('Nguồn (tệp › trang!ô)');
    });

    it('print like the rest of the summary: one more status column at a scale still ≥ 9 pt, the chart\'s new series patterned', () => {
      const sheet = spec.sheets[0];
      expect(sheet.widths).toHaveLength(16);
      expect(smallestPrintedPt(sheet)).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
      expect(sheet.print!.scale).toBe(fitScale(sheet.widths, true, sheet.print!.margins));
      const series = sheet.charts[0].series;
      expect(series.map((x) => x.name)).toContain('Chưa có báo cáo');
      // Every series but the first (solid) has a pattern of its own, for black-and-white prints.
      const patterns = series.slice(1).map((x) => x.pattern);
      expect(patterns.every(Boolean)).toBe(true);
      expect(new Set(patterns).size).toBe(patterns.length);
    });

    it('name no file, sheet or cell in the body: the listed rows link from their number; the files are in the annex', () => {
      const rows = spec.sheets[0].rows;
      const cellText = (x: { content: { t: string; v?: unknown } } | null | undefined) => (x?.content.t === 'text' ? (x.content.v as string) : '');
      const annex = rows.findIndex((r) => cellText(r?.[0]).startsWith('PHỤ LỤC 1.'));
      expect(annex).toBeGreaterThan(0);
      const body = rows.slice(0, annex).flatMap((r) => (r ?? []).map(cellText));
      expect(body.filter((t) => /\.xlsx|›|![A-Z]+\d/.test(t))).toEqual([]);
      const annexTexts = rows.slice(annex).flatMap((r) => (r ?? []).map(cellText));
      for (const f of [PLAN_FILE, 'Tổng hợp Q3-2022.xlsx', ...[...RETURNS_P2, FORM_P2].map((r) => r.file)]) expect([f, annexTexts.includes(f)]).toEqual([f, true]);

      // "3. Nhiệm vụ chưa có báo cáo": each number links to the task's row in the detail sheet, which says so.
      const detail = spec.sheets[1];
      const from = rows.findIndex((r) => cellText(r?.[1]).startsWith('3. Nhiệm vụ chưa có báo cáo'));
      const to = rows.findIndex((r, i) => i > from && cellText(r?.[1]).startsWith('4. Dòng báo cáo'));
      const linked = rows.slice(from, to).filter((r) => r?.[0]?.link);
      expect(linked).toHaveLength(e.unreported.length);
      const keys = linked.map((r) => {
        const link = r[0]!.link!;
        expect(link).toMatchObject({ kind: 'internal', sheet: detail.name });
        const row = detail.rows[Number((link as { cell: string }).cell.slice(1)) - 1];
        expect(cellText(row[7])).toBe('Chưa có báo cáo');
        return cellText(row[13]);
      });
      expect(keys.map(idOf)).toEqual(e.unreported);

      // "4. Dòng báo cáo không có trong kế hoạch": each number links to the row in the agency's file.
      const nip = rows.findIndex((r) => cellText(r?.[1]).startsWith('4. Dòng báo cáo'));
      const nipEnd = rows.findIndex((r, i) => i > nip && cellText(r?.[1]).startsWith('5. '));
      const links = rows.slice(nip, nipEnd).flatMap((r) => (r?.[0]?.link ? [r[0].link] : []));
      expect(links).toEqual(m.plan!.notInPlan.map((x) => ({ kind: 'external', file: x.file, sheet: x.sheet, cell: x.cell })));
    });
  });

  describe('the Word draft', () => {
    let text = '';
    beforeAll(async () => {
      const xml = await (await JSZip.loadAsync(await writeReportDocx(m))).file('word/document.xml')!.async('string');
      // Each sentence is one run; the tables' cells are runs of their own.
      text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join('|');
    });
    const e1 = () => expected(RETURNS_P1).counts;
    const done = (c: Partial<Record<Progress, number>>) => (c.completedOnTime ?? 0) + (c.completedLate ?? 0);
    const agencies = Object.keys(LEADS).length;

    it('says how the reporting went against the plan, in sentences: tasks reported and not, the agencies silent', () => {
      expect(text).toContain('|2. Tình hình báo cáo của các cơ quan theo kế hoạch|');
      expect(text).toContain(`Kế hoạch cải cách hành chính có ${ALL_IDS.length} nhiệm vụ. Đến ngày 14/12/2022, các cơ quan đã báo cáo kết quả ${e.reported.size} nhiệm vụ`);
      // Of the unreported tasks only VII 3.1 ("Quý IV/2021") was due before 14/12/2022.
      expect(e.unreported).toContain('VII 3.1');
      expect(TASKS.find((t) => t.id === 'VII 3.1')!.values[7]).toBe('Quý IV/2021');
      expect(text).toContain(`${e.unreported.length} nhiệm vụ chưa có báo cáo, được tính vào tổng số với tình trạng “Chưa có báo cáo”, trong đó 1 nhiệm vụ đã quá thời hạn ghi trong kế hoạch.`);
      expect(text).toContain(`${agencies - e.silent.length}/${agencies} cơ quan có nhiệm vụ trong kế hoạch đã gửi báo cáo; ${e.silent.length} cơ quan chưa gửi báo cáo: `);
      for (const a of e.silent) expect(text).toContain(a);
      expect(text).toContain(`Có ${e.notInPlan.length} nội dung được báo cáo nhưng không có trong kế hoạch`);
      // The overview sentence counts them too, so its classes add up to the total.
      expect(text).toContain(`quá hạn chưa hoàn thành ${e.counts.overdue} nhiệm vụ; chưa có báo cáo ${e.counts.unreported} nhiệm vụ.`);
    });

    it('says what changed since the last report, naming the tasks to explain', () => {
      expect(text).toContain('|3. So với kỳ báo cáo trước|');
      expect(text).toContain(`So với báo cáo kỳ trước (số liệu đến ngày 14/9/2022), số nhiệm vụ đã hoàn thành tăng ${done(e.counts) - done(e1())} (từ ${done(e1())} lên ${done(e.counts)})`);
      expect(text).toContain(`Trong kỳ có ${CHANGES_P2.newlyCompleted.length} nhiệm vụ mới hoàn thành, ${CHANGES_P2.newlyOverdue.length} nhiệm vụ mới quá hạn và ${CHANGES_P2.stillOverdue.length} nhiệm vụ tiếp tục quá hạn.`);
      expect(text).toContain(`(Văn phòng UBND tỉnh), quá hạn ${CHANGES_P2.stillOverdue[0].days} ngày (kỳ trước ${CHANGES_P2.stillOverdue[0].previousDays} ngày)`);
      expect(text).toContain('(Sở Nội vụ), nay báo cáo “Đang thực hiện”');
      expect(text).toContain('(Sở Nội vụ), từ 30/6/2022 sang 31/12/2022.');
      expect(text).toContain('Có 1 nhiệm vụ mới so với kỳ trước và 1 nhiệm vụ có trong báo cáo kỳ trước nhưng không còn trong kỳ này.');
    });

    it('gives the tables by area and agency a column for the unreported tasks, and numbers the parts after the new ones', () => {
      expect(text).toContain('|Chưa có báo cáo|');
      for (const h of ['4. Kết quả theo lĩnh vực cải cách hành chính', '5. Kết quả theo cơ quan chủ trì', '6. Nhiệm vụ quá hạn chưa hoàn thành', '7. Kết quả các chỉ số so với chỉ tiêu']) expect(text).toContain(`|${h}|`);
      // The total row: …, not reported, then the two rates.
      expect(text).toContain(`|${e.counts.unreported}|${percentVi(done(e.counts) / e.total)}|`);
    });
  });

  it('leaves the report as it was without --plan and --previous: no new class, no new sections', () => {
    const plain = consolidate(RETURNS_P1.map((r) => input(r, 'Q3', P1.asOf)), { period: period1, asOf: P1.asOf, generatedAt: '2022-09-15T08:00' });
    expect(plain.plan).toBeUndefined();
    expect(plain.changes).toBeUndefined();
    expect('unreported' in plain.totals).toBe(false);
    const spec = layoutReport(plain, { links: 'external' });
    const all = spec.sheets[0].rows.flatMap((r) => (r ?? []).map((x) => (x?.content.t === 'text' ? x.content.v : null)));
    expect(all).not.toContain('Chưa có báo cáo');
    expect(all.some((t) => t?.includes('TÌNH HÌNH BÁO CÁO'))).toBe(false);
    // Issue 18's grid: STT, name, total, eight statuses, two rates, two budget columns; no column for the plan.
    expect(spec.sheets[0].widths).toHaveLength(15);
  });
});

describe('the change lists, one rule at a time', () => {
  const prevRow = (key: string, progress: Progress | null, more: Partial<PreviousRow> = {}): PreviousRow => ({
    key, number: null, title: key, leads: ['Sở Nội vụ'], area: 'Cải cách thể chế', deadline: null, deadlineText: null, progress, statusText: '', daysOverdue: null, completedOn: null,
    source: { file: 'cu.xlsx', sheet: 'Chi tiết Q3-2022', cell: 'C5' }, ...more,
  });
  const task = (key: string, progress: Progress, more: Partial<ConsolidatedTask> = {}): ConsolidatedTask => ({
    number: null, title: key, area: 'Cải cách thể chế', section: null, leads: ['Sở Nội vụ'], deadlineText: null, deadline: null, statusText: null, completedOn: null, progress,
    basis: 'status', timing: 'dated', daysOverdue: null, budgetVnd: null, budgetIsSource: false, source: { file: 'a.xlsx', sheet: 'PL', cell: 'D7' }, alsoIn: [], planKey: key, ...more,
  });
  const prev = (rows: PreviousRow[]): PreviousReport => ({ file: 'cu.xlsx', title: null, asOf: '2022-09-14', rows, columns: ['key', 'deadline', 'deadlineText', 'daysOverdue', 'number', 'area'] });
  const lists = (c: ReturnType<typeof compareWithPrevious>) =>
    Object.fromEntries((['newlyCompleted', 'newlyOverdue', 'stillOverdue', 'regressed', 'deadlineChanged', 'added', 'removed'] as const).map((k) => [k, c[k].map((x) => x.key)]));

  it('done then, overdue now: regressed, not newly overdue', () => {
    expect(lists(compareWithPrevious(prev([prevRow('a', 'completedLate')]), [task('a', 'overdue', { daysOverdue: 3 })]))).toMatchObject({ regressed: ['a'], newlyOverdue: [] });
  });
  it('not reported then, done now: newly completed; done then, not reported now: in no list', () => {
    const c = compareWithPrevious(prev([prevRow('a', 'unreported'), prevRow('b', 'completedOnTime')]), [task('a', 'completedOnTime'), task('b', 'unreported')]);
    expect(lists(c)).toEqual({ newlyCompleted: ['a'], newlyOverdue: [], stillOverdue: [], regressed: [], deadlineChanged: [], added: [], removed: [] });
  });
  it('a deadline moves when the dates differ or one side has none; the same day written two ways has not moved', () => {
    const c = compareWithPrevious(
      prev([prevRow('a', 'inProgress', { deadline: '2022-06-30', deadlineText: 'Quý II/2022' }), prevRow('b', 'inProgress', { deadline: '2022-06-30', deadlineText: 'Quý II/2022' }), prevRow('c', 'recurring', { deadlineText: 'Thường xuyên' })]),
      [task('a', 'inProgress', { deadline: '2022-06-30', deadlineText: '30/06/2022' }), task('b', 'conditional', { deadlineText: 'Theo Đề án' }), task('c', 'recurring', { deadlineText: 'THƯỜNG XUYÊN' })],
    );
    expect(lists(c).deadlineChanged).toEqual(['b']);
  });
  it('a status it cannot read is left out of the status lists, and said', () => {
    const c = compareWithPrevious(prev([prevRow('a', null, { statusText: 'Xong 90%' })]), [task('a', 'completedOnTime')]);
    expect(c.newlyCompleted).toEqual([]);
    expect(c.notes.map((n) => n.vi)).toEqual(['1 dòng của báo cáo kỳ trước có tình trạng không đọc được: không so được tình trạng của các nhiệm vụ đó.']);
  });
});
