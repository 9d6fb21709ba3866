/**
 * The reporting cycle on the command line, on real files: `cchc forms` writes one form per lead agency of seed
 * 004's plan; the forms, filled by a script in their unlocked cells, come back through `cchc report --plan` with
 * every task matched by key; two periods of returns as offices send them are held against the plan; the second
 * period's report is compared with the first's file (`--previous`). Every figure expected is the fixture's record
 * of what it built (test/plan-cycle-fixture.ts).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { SummaryModel } from '../core';
import { buildBuffer } from '../scripts/build-samples';
import { requireLibreOffice, soffice } from './libreoffice';
import { CHANGES_P2, FORM_P2, LEADS, P1, P2, PLAN, PLAN_FILE, PLAN_SHEET, reportedIds, RETURNS_P1, RETURNS_P2, returnCells, returnWorkbook, TASKS, type Return, type TaskId } from './plan-cycle-fixture';
import { fillFormFile, type Fill } from './plan-fill';
import { runCli } from './run-cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-plan-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);
const planPath = at(PLAN_FILE);
const idOf = (key: string | null): TaskId => (key ?? '').split('|').slice(3, 5).join(' ');
const ALL_IDS = TASKS.map((t) => t.id);
const json = (out: string) => JSON.parse(out) as SummaryModel & { skipped: unknown[] };

async function writeReturns(dir: string, returns: readonly Return[], title: string): Promise<void> {
  fs.mkdirSync(at(dir), { recursive: true });
  for (const r of returns) fs.writeFileSync(at(dir, r.file), await buildBuffer(returnWorkbook(r, title)));
}

/** The plan's tasks without a report, as `--json` lists them: number, title, and the leads LEADS gives. */
const unreportedOf = (returns: readonly Return[]) => {
  const reported = reportedIds(returns);
  return TASKS.filter((t) => !reported.has(t.id)).map((t) => ({ number: t.id.split(' ')[1], title: t.values[3], leads: Object.keys(LEADS).filter((a) => LEADS[a].includes(t.id)).sort() }));
};
const unreportedIn = (m: SummaryModel) => m.plan!.unreported.map((u) => ({ number: u.number, title: u.title, leads: u.leads.filter((l) => l !== 'các cơ quan có liên quan').sort() }));
const silentOf = (returns: readonly Return[]) => Object.keys(LEADS).filter((a) => !returns.some((r) => r.agency === a)).sort();
const notInPlanOf = (dir: string, returns: readonly Return[]) =>
  returns.flatMap((r) => {
    const cells = returnCells(r);
    return r.rows.flatMap((row, i) => (row.id === null ? [{ file: at(dir, r.file), sheet: PLAN_SHEET, cell: cells[i], title: row.extra!.activity }] : []));
  });

beforeAll(async () => {
  fs.writeFileSync(planPath, await buildBuffer(PLAN));
  await writeReturns('q3', RETURNS_P1, 'QUÝ III NĂM 2022');
  await writeReturns('nam', RETURNS_P2, 'NĂM 2022');
});

describe('cchc forms', () => {
  let first: { code: number; out: string; err: string };
  beforeAll(async () => {
    first = await runCli(['forms', planPath, '--out', at('bieu-mau-q3'), '--period', '2022-Q3']);
  });

  it('writes one form per lead agency of the plan, named after it, and says what it wrote', () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const files = fs.readdirSync(at('bieu-mau-q3')).sort();
    expect(files).toEqual(Object.keys(LEADS).map((a) => `Biểu báo cáo - ${a}.xlsx`).sort());
    expect(first.out).toContain(`Đã ghi 11 biểu báo cáo vào ${at('bieu-mau-q3')} (39 nhiệm vụ của kế hoạch ${PLAN_FILE}; kỳ Quý III (9 tháng) năm 2022, hạn gửi lại 14/09/2022):`);
    expect(first.out).toContain('  Biểu báo cáo - Sở Tư pháp.xlsx: 4 nhiệm vụ, 4 nhiệm vụ chung với cơ quan khác');
    expect(first.out).toContain('  Biểu báo cáo - Sở Tài chính.xlsx: 2 nhiệm vụ\n');
  });

  it('gives each form its agency\'s tasks, a status list, a date check, protected plan cells and a hidden key, as Excel reads them', async () => {
    for (const [agency, tasks] of Object.entries(LEADS)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(at('bieu-mau-q3', `Biểu báo cáo - ${agency}.xlsx`)) as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu báo cáo']);
      const ws = wb.worksheets[1];
      const keyed: TaskId[] = [];
      ws.eachRow((row, n) => {
        const key = row.getCell(12).value;
        if (typeof key !== 'string' || !key.startsWith('cchc1|')) return;
        keyed.push(idOf(key));
        const dv = (c: string) => (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model[`${c}${n}`];
        expect(dv('H')).toMatchObject({ type: 'list', formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"'] });
        expect(dv('I')).toMatchObject({ type: 'date', operator: 'between' });
        expect(row.getCell(8).protection).toMatchObject({ locked: false });
        expect(row.getCell(3).protection?.locked).not.toBe(false);
      });
      expect([agency, keyed]).toEqual([agency, tasks]);
      expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
      expect(ws.getColumn(12).hidden).toBe(true);
    }
  });

  it('never writes over a form already there without --force', async () => {
    const again = await runCli(['forms', planPath, '--out', at('bieu-mau-q3'), '--period', '2022-Q3']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('Tệp Biểu báo cáo - Sở Tư pháp.xlsx đã có; dùng --force để ghi đè.');
    expect((await runCli(['forms', planPath, '--out', at('bieu-mau-q3'), '--period', '2022-Q3', '--force'])).code).toBe(0);
  });

  it('says what is wrong with the command or the plan, in Vietnamese or English', async () => {
    expect((await runCli(['forms', planPath])).err).toContain('cần --out <thư-mục>');
    expect((await runCli(['forms', planPath, planPath, '--out', at('x')])).err).toContain('cần đúng một tệp kế hoạch');
    const missing = await runCli(['forms', at('khong-co.xlsx'), '--out', at('x'), '--lang', 'en']);
    expect(missing).toMatchObject({ code: 2, err: `File not found: ${at('khong-co.xlsx')}.` });
    const notPlan = await runCli(['forms', at('q3', RETURNS_P1[0].file), '--out', at('x'), '--period', '2022-Q3']);
    // An agency's return is a task table too: it makes forms for its own lead. A file with no table does not.
    expect(notPlan.code).toBe(0);
    fs.writeFileSync(at('trong.xlsx'), await buildBuffer({ file: 'trong.xlsx', source: 'test', sheets: [{ name: 'Trang 1', values: [['Ghi chú'], ['không có bảng']], merges: [] }] }));
    const empty = await runCli(['forms', at('trong.xlsx'), '--out', at('x')]);
    expect(empty).toMatchObject({ code: 2, err: 'Không tìm thấy bảng nhiệm vụ nào trong kế hoạch trong.xlsx: cần một trang có các cột nhiệm vụ/hoạt động và cơ quan chủ trì (như phụ lục kế hoạch).' });
  });

  it('comes back, filled in its unlocked cells, with every task matched by key', async () => {
    fs.mkdirSync(at('bieu-mau-q3-da-dien'));
    let rows = 0;
    for (const [agency, tasks] of Object.entries(LEADS)) {
      const fills = new Map<TaskId, Fill>(tasks.map((id, i) => [id, i % 2 ? { status: 'Đang thực hiện', note: 'Chờ hướng dẫn' } : { status: 'Đã hoàn thành', done: '2022-08-01', result: 'Báo cáo số 12/BC-SNV' }]));
      const file = `Biểu báo cáo - ${agency}.xlsx`;
      const filled = await fillFormFile(fs.readFileSync(at('bieu-mau-q3', file)), fills);
      expect(filled.filled).toEqual(tasks);
      rows += tasks.length;
      fs.writeFileSync(at('bieu-mau-q3-da-dien', file), filled.bytes);
    }
    const files = fs.readdirSync(at('bieu-mau-q3-da-dien')).map((f) => at('bieu-mau-q3-da-dien', f));
    const r = await runCli(['report', ...files, '--plan', planPath, '--period', '2022-Q3', '--as-of', P1.asOf, '--json']);
    expect(r.err).toBe('');
    const m = json(r.out);
    expect(m.plan).toMatchObject({ total: 39, reported: 39, unreported: [], silentAgencies: [], notInPlan: [], matched: { key: rows, number: 0, text: 0 } });
    expect(m.plan!.returns.every((x) => x.by === 'form' && x.agencies.length === 1 && x.matched === x.rows)).toBe(true);
    expect(m.totals.total).toBe(39);
  });
});

describe('two periods of returns held against the plan, the second compared with the first', () => {
  let p1: { code: number; out: string; err: string };
  let p2: { code: number; out: string; err: string };
  let m1: ReturnType<typeof json>;
  let m2: ReturnType<typeof json>;
  beforeAll(async () => {
    const q3 = RETURNS_P1.map((r) => at('q3', r.file));
    // The plan given among the returns too, as "*.xlsx" in its folder would: it is left out.
    p1 = await runCli(['report', ...q3, planPath, '--plan', planPath, '--period', P1.code, '--as-of', P1.asOf, '--out', at('Tổng hợp Q3-2022.xlsx'), '--json']);
    m1 = json(p1.out);
    // Sở TT&TT returns the form cchc wrote for the year, filled in.
    const forms = await runCli(['forms', planPath, '--out', at('bieu-mau-nam'), '--period', P2.code]);
    expect(forms.code).toBe(0);
    const filled = await fillFormFile(fs.readFileSync(at('bieu-mau-nam', FORM_P2.file)), new Map(FORM_P2.rows.map((r) => [r.id!, { status: r.status, done: r.done }])));
    fs.writeFileSync(at('nam', FORM_P2.file), filled.bytes);
    const nam = [...RETURNS_P2, FORM_P2].map((r) => at('nam', r.file));
    p2 = await runCli(['report', ...nam, '--plan', planPath, '--previous', at('Tổng hợp Q3-2022.xlsx'), '--period', P2.code, '--as-of', P2.asOf, '--out', at('Tổng hợp năm 2022.xlsx'), '--json']);
    m2 = json(p2.out);
  });

  it('period 1: the unreported tasks, the silent agencies and the rows not in the plan, exactly', () => {
    expect(p1.err).toBe(`Bỏ qua ${planPath}: đây là kế hoạch gốc (--plan), không phải báo cáo của đơn vị.`);
    expect(m1.sources.map((s) => path.basename(s.file))).toEqual(RETURNS_P1.map((r) => r.file));
    expect(m1.plan!.total).toBe(39);
    expect(m1.plan!.reported).toBe(reportedIds(RETURNS_P1).size);
    expect(unreportedIn(m1)).toEqual(unreportedOf(RETURNS_P1));
    expect(m1.plan!.unreported.find((u) => u.number === '3.4' && u.area === 'Cải cách thể chế')!.lead).toBe('Sở Tư pháp; UBND cấp huyện; UBND cấp xã');
    expect([...m1.plan!.silentAgencies].sort()).toEqual(silentOf(RETURNS_P1));
    expect(m1.plan!.notInPlan.map(({ file, sheet, cell, title }) => ({ file, sheet, cell, title }))).toEqual(notInPlanOf('q3', RETURNS_P1));
    expect(m1.totals.unreported).toBe(ALL_IDS.length - reportedIds(RETURNS_P1).size);
  });

  it('period 2: Sở Tài chính silent, the form matched by key', () => {
    const returns = [...RETURNS_P2, FORM_P2];
    expect([...m2.plan!.silentAgencies].sort()).toEqual(silentOf(returns));
    expect(unreportedIn(m2)).toEqual(unreportedOf(returns));
    expect(m2.plan!.notInPlan.map(({ file, sheet, cell, title }) => ({ file, sheet, cell, title }))).toEqual(notInPlanOf('nam', RETURNS_P2));
    expect(m2.plan!.matched.key).toBe(FORM_P2.rows.length);
  });

  it('--previous gives each change list exactly', () => {
    const c = m2.changes!;
    const keys = (l: ReadonlyArray<{ key: string | null }>) => l.map((x) => idOf(x.key));
    expect(keys(c.newlyCompleted).sort()).toEqual([...CHANGES_P2.newlyCompleted].sort());
    expect(keys(c.newlyOverdue)).toEqual(CHANGES_P2.newlyOverdue);
    expect(c.stillOverdue.map((x) => ({ id: idOf(x.key), previousDays: x.previousDaysOverdue, days: x.daysOverdue }))).toEqual(CHANGES_P2.stillOverdue);
    expect(keys(c.regressed)).toEqual(CHANGES_P2.regressed);
    expect(c.deadlineChanged.map((x) => ({ id: idOf(x.key), old: x.oldDeadline, new: x.newDeadline }))).toEqual(CHANGES_P2.deadlineChanged);
    expect(c.added.map((x) => x.title)).toEqual(CHANGES_P2.added);
    expect(c.removed.map((x) => x.title)).toEqual(CHANGES_P2.removed);
    for (const list of [c.newlyCompleted, c.newlyOverdue, c.stillOverdue, c.regressed, c.deadlineChanged, c.added, c.removed]) for (const x of list) expect(x.leads.length).toBeGreaterThan(0);
    expect(c.previous).toEqual({ file: 'Tổng hợp Q3-2022.xlsx', title: 'QUÝ III NĂM 2022', asOf: P1.asOf, tasks: m1.tasks.length });
  });

  it('prints the figures on the terminal too', async () => {
    const nam = [...RETURNS_P2, FORM_P2].map((r) => at('nam', r.file));
    const r = await runCli(['report', ...nam, '--plan', planPath, '--previous', at('Tổng hợp Q3-2022.xlsx'), '--period', P2.code, '--as-of', P2.asOf, '--out', at('lan-2.xlsx')]);
    expect(r.out).toContain(`Kế hoạch gốc (${PLAN_FILE}): 39 nhiệm vụ — đã có báo cáo ${m2.plan!.reported}, chưa có báo cáo ${m2.plan!.unreported.length}; ${silentOf([...RETURNS_P2, FORM_P2]).length} cơ quan chưa gửi báo cáo; 2 dòng không có trong kế hoạch;`);
    expect(r.out).toContain('So với kỳ trước (Tổng hợp Q3-2022.xlsx): mới hoàn thành 4, mới quá hạn 1, vẫn quá hạn 1, kỳ trước hoàn thành nay chưa 1, đổi thời hạn 1, nhiệm vụ mới 1, không còn 1.');
    // The report's own line counts the unreported tasks among its classes, so they add up to the total.
    const unreported = ALL_IDS.length - reportedIds([...RETURNS_P2, FORM_P2]).size;
    expect(r.out).toContain(`tính đến 14/12/2022 — ngày đã chọn`);
    expect(r.out).toContain(`, chưa có báo cáo ${unreported}.\n`);
  });

  it('takes the cut-off as the as-of date when none is given (issue 18): 14/09/2022 for 2022-Q3, the date the fixture was built for', async () => {
    expect(P1.asOf).toBe('2022-09-14');
    const q3 = RETURNS_P1.map((r) => at('q3', r.file));
    const r = await runCli(['report', ...q3, '--plan', planPath, '--period', P1.code, '--json']);
    const m = json(r.out);
    expect(m).toMatchObject({ asOf: P1.asOf, asOfRule: 'cut-off', window: { from: '2021-12-15', to: P1.asOf } });
    // The same figures as with --as-of given: built for that date.
    expect(m.totals.unreported).toBe(ALL_IDS.length - reportedIds(RETURNS_P1).size);
    expect(unreportedIn(m)).toEqual(unreportedOf(RETURNS_P1));
    expect(m.totals.overdue).toBe(m1.totals.overdue);
  });

  it('never writes the report over the plan or the last report, even with --force', async () => {
    const before = fs.readFileSync(planPath);
    const r = await runCli(['report', at('nam', RETURNS_P2[0].file), '--plan', planPath, '--period', P2.code, '--out', planPath, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Không ghi báo cáo đè lên tệp nguồn ${planPath}; hãy chọn tên khác cho --out.`);
    expect(fs.readFileSync(planPath).equals(before)).toBe(true);
    const prev = at('Tổng hợp Q3-2022.xlsx');
    const d = await runCli(['report', at('nam', RETURNS_P2[0].file), '--previous', prev, '--period', P2.code, '--docx', prev.replace(/\.xlsx$/, '.docx'), '--out', prev, '--force']);
    expect(d.code).toBe(2);
    expect(d.err).toContain(`Không ghi báo cáo đè lên tệp nguồn ${prev}`);
  });

  it('refuses a --previous that is not a report, and a --plan it cannot read, writing nothing', async () => {
    const notReport = await runCli(['report', at('nam', RETURNS_P2[0].file), '--previous', planPath, '--period', P2.code, '--out', at('khong.xlsx')]);
    expect(notReport.code).toBe(2);
    expect(notReport.err).toContain(`Không đọc được ${PLAN_FILE} như một báo cáo kỳ trước: không có trang chi tiết nhiệm vụ`);
    const noPlan = await runCli(['report', at('nam', RETURNS_P2[0].file), '--plan', at('khong-co.xlsx'), '--period', P2.code, '--out', at('khong.xlsx'), '--lang', 'en']);
    expect(noPlan).toMatchObject({ code: 2, err: `File not found: ${at('khong-co.xlsx')}.` });
    expect(fs.existsSync(at('khong.xlsx'))).toBe(false);
  });

  it(
    'writes a report LibreOffice opens, with the reporting and the changes sections',
    () => {
      requireLibreOffice();
      const r = soffice('pdf', at('Tổng hợp năm 2022.xlsx'), tmp);
      expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
      // In reading order with runs of spaces and line breaks as one space: a header cell wraps across lines.
      const text = spawnSync('pdftotext', [at('Tổng hợp năm 2022.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      for (const s of ['II. TÌNH HÌNH BÁO CÁO (ĐỐI CHIẾU KẾ HOẠCH GỐC)', 'III. SO VỚI KỲ TRƯỚC (QUÝ III NĂM 2022)', 'Chưa có báo cáo', 'Chưa gửi báo cáo', 'Thay đổi so với kỳ trước', 'Quá hạn 258 ngày', 'Sở Tài chính']) {
        expect([s, text.includes(s)]).toEqual([s, true]);
      }
      // Print-ready as issue 18 made the rest: numbered pages, the title on each page of the summary, and no file
      // or cell named before the annex of sources (the table of contents names the annex first).
      const n = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [at('Tổng hợp năm 2022.pdf')], { encoding: 'utf8' }).stdout)![1]);
      const pages = Array.from({ length: n }, (_, i) => spawnSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), at('Tổng hợp năm 2022.pdf'), '-'], { encoding: 'utf8' }).stdout);
      pages.forEach((t, i) => expect(t).toContain(`Trang ${i + 1}/${n}`));
      const detailFrom = pages.findIndex((t) => t.includes('DANH SÁCH NHIỆM VỤ ĐÃ TỔNG HỢP'));
      for (const t of pages.slice(0, detailFrom)) expect(t).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
      const annex = text.split('PHỤ LỤC 1. NGUỒN SỐ LIỆU');
      expect(annex).toHaveLength(3);
      expect(annex[0] + annex[1]).not.toMatch(/\.xlsx|›/);
      expect(annex[2]).toContain(PLAN_FILE);
      const keep = process.env.CCHC_RENDER_PNG;
      if (keep) {
        fs.mkdirSync(keep, { recursive: true });
        fs.copyFileSync(at('Tổng hợp năm 2022.pdf'), path.join(keep, 'plan-report.pdf'));
      }
    },
    120_000,
  );
});
