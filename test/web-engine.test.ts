/**
 * What the web page's workers do for the reporting cycle (web/engine.ts), in Node: a file marked as the plan or the
 * last report is read as `--plan`/`--previous` reads it, a wrong one refused with core's sentence; the forms' .zip
 * holds what `cchc forms` writes for the same plan, period and time; the report and the draft are made from one
 * model, held against the plan and the last report, with the as-of rule the page's settings give and the lines the
 * CLI prints. The browser tests (test/e2e/web-cycle.e2e.test.ts) do the same through the page.
 */
import { unzipSync } from 'fflate';
import { Consolidator, makePeriod, planLines, reportFiguresLine, type WorkbookRecords } from '../core';
import { checkBytes } from '../core/io/check';
import { writeForms } from '../core/plan/forms-file';
import { planFromBytes, previousFromBytes } from '../core/plan/load';
import { writeQuarterlyReport } from '../core/io/write/report-file';
import { buildBuffer } from '../scripts/build-samples';
import { buildForms, buildReport, checkHeld, type ReportRequest } from '../web/engine';
import { reportAsOf } from '../front/settings';
import { P1, PLAN, PLAN_FILE, reportedIds, RETURNS_P1, returnWorkbook, TASKS } from './plan-cycle-fixture';
import { readBack } from './report-readback';

const CREATED = new Date('2022-09-01T01:02:03Z');
let plan: Uint8Array;
let returns: Array<{ name: string; bytes: Uint8Array }>;
let records: WorkbookRecords[];
let previous: Uint8Array;
const held = (name: string, bytes: Uint8Array) => ({ name, file: new Blob([bytes as Uint8Array<ArrayBuffer>]) });

beforeAll(async () => {
  plan = new Uint8Array(await buildBuffer(PLAN));
  returns = await Promise.all(RETURNS_P1.map(async (r) => ({ name: r.file, bytes: new Uint8Array(await buildBuffer(returnWorkbook(r, 'QUÝ III NĂM 2022'))) })));
  records = returns.map((r) => {
    const o = checkBytes(r.name, r.bytes, { job: 'both', asOf: P1.asOf, dueSoonDays: 30, flags: false });
    if (!o.ok || !o.records) throw new Error(`${r.name} not read`);
    return o.records;
  });
  // The last report, as the page itself makes it for period 1.
  const r = await buildReport(request({ plan: held(PLAN_FILE, plan) }));
  if (!r.ok) throw new Error(r.message.en);
  previous = Buffer.concat(r.chunks);
});

function request(more: Partial<ReportRequest> = {}): ReportRequest {
  return { records, period: P1.code, asOf: P1.asOf, asOfRule: 'cut-off', dueSoonDays: 30, generatedAt: '2022-09-20T08:00', format: 'xlsx', lang: 'vi', maxSeconds: 60, ...more };
}

describe('a file marked on the page', () => {
  it('as the plan: read as --plan reads it, its tasks and reporting agencies counted', async () => {
    expect(await checkHeld({ role: 'plan', held: held(PLAN_FILE, plan), asOf: P1.asOf, maxSeconds: 60 })).toEqual({ ok: true, role: 'plan', tasks: TASKS.length, agencies: 11 });
  });

  it('as the last report: its period, date and tasks as it states them', async () => {
    const c = await checkHeld({ role: 'previous', held: held('Tổng hợp Q3-2022.xlsx', previous), asOf: P1.asOf, maxSeconds: 60 });
    expect(c).toMatchObject({ ok: true, role: 'previous', title: 'QUÝ III NĂM 2022', asOf: P1.asOf });
  });

  it('a wrong one gets core’s sentence: a return is no last report, a plan with no table is no plan', async () => {
    const ret = returns[0];
    const asPrevious = await checkHeld({ role: 'previous', held: held(ret.name, ret.bytes), asOf: P1.asOf, maxSeconds: 60 });
    expect(asPrevious).toEqual({ ok: false, message: (previousFromBytes(ret.name, ret.bytes, {}, false) as { message: unknown }).message });
    expect(asPrevious.ok || asPrevious.message.vi).toContain('không có trang chi tiết nhiệm vụ');
    const empty = new Uint8Array(await buildBuffer({ file: 'trong.xlsx', source: 'test', sheets: [{ name: 'Trang 1', values: [['Ghi chú'], ['không có bảng']], merges: [] }] }));
    const asPlan = await checkHeld({ role: 'plan', held: held('trong.xlsx', empty), asOf: P1.asOf, maxSeconds: 60 });
    expect(asPlan).toEqual({ ok: false, message: (planFromBytes('trong.xlsx', empty, P1.asOf, {}, false) as { message: unknown }).message });
    // A file the browser cannot hand over is said as such, not thrown.
    const gone = { name: 'mat.xlsx', file: { size: 10, stream: () => ({ getReader: () => ({ read: () => Promise.reject(new Error('NotFoundError')) }) }) } as unknown as Blob };
    expect(await checkHeld({ role: 'plan', held: gone, asOf: P1.asOf, maxSeconds: 60 })).toMatchObject({ ok: false, message: { vi: expect.stringContaining('mat.xlsx') } });
  });
});

describe('the forms', () => {
  it('are the files writeForms gives (what `cchc forms` writes) for the plan, period and time, in a .zip named for the period', async () => {
    const r = await buildForms({ plan: held(PLAN_FILE, plan), period: P1.code, created: CREATED.getTime(), maxSeconds: 60 });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.fileName).toBe('Biểu báo cáo Q3-2022.zip');
    const zip = unzipSync(r.chunks[0]);
    const parsed = planFromBytes(PLAN_FILE, plan, makePeriod(2022, 'Q3').end);
    if (!parsed.ok) throw new Error('plan');
    const files = writeForms(parsed.plan, { period: makePeriod(2022, 'Q3'), created: CREATED });
    expect(Object.keys(zip)).toEqual(files.map((f) => f.fileName));
    for (const f of files) expect(Buffer.from(zip[f.fileName]).equals(Buffer.from(f.bytes))).toBe(true);
    expect(r.forms).toBe(11);
    expect(r.about.vi).toBe(`${TASKS.length} nhiệm vụ của kế hoạch ${PLAN_FILE}; kỳ Quý III (9 tháng) năm 2022, hạn gửi lại 14/09/2022`);
  });

  it('a plan that cannot be read stops them with its sentence', async () => {
    const r = await buildForms({ plan: held(PLAN_FILE, new Uint8Array([1, 2, 3])), period: P1.code, created: CREATED.getTime(), maxSeconds: 60 });
    expect(r.ok).toBe(false);
    expect(r.ok || r.message.vi).toMatch(/^Không dùng được kế hoạch gốc:/);
  });
});

describe('the report and its draft', () => {
  it('held against the plan and the last report: the Consolidator’s model, with the CLI’s lines', async () => {
    const r = await buildReport(request({ plan: held(PLAN_FILE, plan), previous: held('Tổng hợp Q3-2022.xlsx', previous) }));
    if (!r.ok) throw new Error(r.message.en);
    const p = planFromBytes(PLAN_FILE, plan, P1.asOf);
    const prev = previousFromBytes('Tổng hợp Q3-2022.xlsx', previous);
    if (!p.ok || !prev.ok) throw new Error('plan or previous');
    const c = new Consolidator({ period: makePeriod(2022, 'Q3'), asOf: P1.asOf, asOfRule: 'cut-off', generatedAt: '2022-09-20T08:00', dueSoonDays: 30, plan: p.plan, previous: prev.report });
    for (const rec of records) c.add(rec);
    const model = c.finish();
    expect(model.totals.unreported).toBe(TASKS.length - reportedIds(RETURNS_P1).size);
    expect(r.figures).toBe(reportFiguresLine(model, records.length, 'vi'));
    expect(r.planLines).toEqual(planLines(model, 'vi'));
    expect(r.planLines).toHaveLength(2);
    const chunks: Uint8Array[] = [];
    writeQuarterlyReport(model, { linkPath: (f) => f }, (x) => chunks.push(x));
    const [web, direct] = await Promise.all([readBack(Buffer.concat(r.chunks)), readBack(Buffer.concat(chunks))]);
    expect(web.sheets).toEqual(direct.sheets);
  });

  it('the as-of rule the page states: the period’s rule, or “given” for a typed date, and the window follows', async () => {
    expect(reportAsOf({ asOf: '2022-09-14', asOfRule: 'cut-off', asOfTyped: false })).toEqual({ asOf: '2022-09-14', asOfRule: 'cut-off' });
    expect(reportAsOf({ asOf: '2022-09-30', asOfRule: 'period-end', asOfTyped: false })).toEqual({ asOf: '2022-09-30', asOfRule: 'period-end' });
    expect(reportAsOf({ asOf: '2022-09-20', asOfRule: 'cut-off', asOfTyped: true })).toEqual({ asOf: '2022-09-20', asOfRule: 'given' });
    const end = await buildReport(request({ asOf: '2022-09-30', asOfRule: 'period-end' }));
    expect(end.ok && end.figures).toMatch(/^\(Quý III \(9 tháng\) năm 2022, tính đến 30\/09\/2022 — ngày cuối kỳ\): /);
    const given = await buildReport(request({ asOf: '2022-09-20', asOfRule: 'given', lang: 'en' }));
    expect(given.ok && given.figures).toMatch(/^\(2022 Q3 \(nine months\), as of 2022-09-20, the date given\): /);
  });

  it('the draft: a Word file of the same model, with the office’s settings', async () => {
    const r = await buildReport(request({ format: 'docx', settings: { issuer: 'Sở Nội vụ', number: '88', issuerCode: 'SNV' }, plan: held(PLAN_FILE, plan) }));
    if (!r.ok) throw new Error(r.message.en);
    expect(r.fileName).toBe('Báo cáo Q3-2022.docx');
    const doc = Buffer.from(unzipSync(r.chunks[0])['word/document.xml']).toString('utf8');
    expect(doc).toContain('Số: 88/BC-SNV');
    expect(doc).toContain('Số liệu tính từ 15/12/2021 đến 14/9/2022.');
    expect(doc).toContain('Tình hình báo cáo của các cơ quan theo kế hoạch');
  });

  it('without a return (only the plan and the last report), nothing is made and the CLI’s sentence says why', async () => {
    const r = await buildReport(request({ records: [], plan: held(PLAN_FILE, plan) }));
    expect(r).toEqual({ ok: false, message: { vi: 'Không có sổ nào dùng được để tổng hợp.', en: 'No usable workbook to consolidate.' } });
  });
});
