/**
 * The reporting cycle on the web page (issues 18 §3 and 19), in Chromium, on the fixtures of issue 19 (seed 004's
 * appendix as the plan, two periods of returns as offices send them, cchc's form filled by an agency): the forms
 * the page zips from the plan are the files `cchc forms` writes, byte for byte, for the same plan, period and
 * clock; with the plan and the last report marked among the dropped files, the page's report is `cchc report
 * --plan --previous`'s, cell by cell, and says the CLI's lines; its Word draft opens in LibreOffice with the
 * office's settings typed in the page, the same document as `--docx --settings` with the settings file the page
 * saves; the marks are toggle buttons a keyboard reaches and a screen reader hears, and a wrong file gets core's
 * sentence; the settings survive a reload.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { makePeriod, parseReportSettings, PROGRESS, PROGRESS_LABEL, reportDates, type GridInput, type SummaryModel } from '../../core';
import { readWorkbook } from '../../core/io/read';
import { planFromBytes, previousFromBytes } from '../../core/plan/load';
import { runReport } from '../../cli/commands/report';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { buildBuffer } from '../../scripts/build-samples';
import { requireLibreOffice, soffice } from '../libreoffice';
import { FORM_P2, P1, P2, PLAN, PLAN_FILE, reportedIds, RETURNS_P1, RETURNS_P2, returnWorkbook, TASKS } from '../plan-cycle-fixture';
import { fillFormFile } from '../plan-fill';
import { readBack } from '../report-readback';
import { axeSerious, launch, requireChromium, SHOTS, startServer, stopServer, WEB_BUILD, ensureWebBuild } from './browser';

jest.setTimeout(240_000);

/** The page is opened on 20 December 2022, 09:00 in Hà Nội: the year's cut-off, 14/12/2022, has passed. */
const NOW = new Date('2022-12-20T09:00:00+07:00');
const STAMP = '2022-12-20T09:00';
const PREVIOUS = 'Tổng hợp Q3-2022.xlsx';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-web-cycle-'));
/** The folder an officer has at the end of the year: the plan, the last report, the returns (one a filled form). */
const nam = path.join(work, 'nam');
const q3 = path.join(work, 'q3');
const RETURNS = [...RETURNS_P2, FORM_P2];
const NAM_FILES = [PLAN_FILE, PREVIOUS, ...RETURNS.map((r) => r.file)];

let browser: Browser;
let server: Server;
let origin: string;

/** The CLI in this process with a fixed clock, in `cwd` (relative paths, as the page names files). */
async function cli(args: string[], cwd: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), columns: 120, now: () => NOW };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await main([...args, '--jobs', '1'], io), out, err };
  } finally {
    process.chdir(before);
  }
}

beforeAll(async () => {
  requireChromium();
  ensureWebBuild();
  fs.mkdirSync(nam, { recursive: true });
  fs.mkdirSync(q3, { recursive: true });
  const plan = await buildBuffer(PLAN);
  for (const dir of [nam, q3]) fs.writeFileSync(path.join(dir, PLAN_FILE), plan);
  for (const r of RETURNS_P1) fs.writeFileSync(path.join(q3, r.file), await buildBuffer(returnWorkbook(r, 'QUÝ III NĂM 2022')));
  for (const r of RETURNS_P2) fs.writeFileSync(path.join(nam, r.file), await buildBuffer(returnWorkbook(r, 'NĂM 2022')));
  // Last period's report, as cchc wrote it in September; and Sở TT&TT's return, the form cchc wrote for the year, filled.
  const last = await cli(['report', ...RETURNS_P1.map((r) => r.file), '--plan', PLAN_FILE, '--period', P1.code, '--out', PREVIOUS], q3);
  // 1: the returns have errors (overdue tasks); the report is written.
  expect(last.code).toBe(1);
  fs.copyFileSync(path.join(q3, PREVIOUS), path.join(nam, PREVIOUS));
  expect((await cli(['forms', PLAN_FILE, '--out', 'bieu', '--period', P2.code], q3)).code).toBe(0);
  const filled = await fillFormFile(fs.readFileSync(path.join(q3, 'bieu', FORM_P2.file)), new Map(FORM_P2.rows.map((r) => [r.id!, { status: r.status, done: r.done }])));
  fs.writeFileSync(path.join(nam, FORM_P2.file), filled.bytes);
  ({ server, origin } = await startServer(WEB_BUILD));
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stopServer(server);
  fs.rmSync(work, { recursive: true, force: true });
});

async function openPage(opts: { width?: number; scheme?: 'light' | 'dark'; url?: string; query?: string; context?: BrowserContext } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = opts.context ?? (await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, colorScheme: opts.scheme ?? 'light', locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true }));
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(opts.url ?? `${origin}/${opts.query ?? ''}`);
  await page.waitForSelector('#btn-files');
  return { page, context, errors };
}

const waitChecked = (page: Page) => page.waitForFunction(() => /^(Đã kiểm tra|Checked)/.test(document.getElementById('overall-text')?.textContent ?? ''), null, { timeout: 120_000 });
const card = (file: string) => `.file-card[data-file="${file}"]`;
const roleButton = (file: string, role: 'plan' | 'previous') => `${card(file)} button.role[data-role="${role}"]`;

/** Drops the files of `dir`, picks the period, and waits until they are checked. */
async function drop(page: Page, dir: string, files: string[], period: string): Promise<void> {
  await page.selectOption('#period', period);
  await page.setInputFiles('#input-files', files.map((f) => path.join(dir, f)));
  await waitChecked(page);
}

/** Marks a file as the plan or the last report, and waits until the page has read it as such. */
async function mark(page: Page, file: string, role: 'plan' | 'previous'): Promise<void> {
  await page.click(roleButton(file, role));
  await page.waitForFunction(({ role, file }) => {
    const line = document.getElementById(`mark-${role}`);
    return line?.dataset.file === file && !/đang đọc|reading/.test(line.textContent ?? '');
  }, { role, file });
}

async function save(d: Download, name: string): Promise<string> {
  const file = path.join(work, name);
  await d.saveAs(file);
  return file;
}

/** The settings an office types once: every field of core's ReportSettings the page shows. */
const TYPED = {
  parentBody: 'UBND tỉnh Đồng Tháp',
  issuer: 'Sở Nội vụ',
  number: '215',
  issuerCode: 'SNV',
  place: 'Đồng Tháp',
  date: '18/12/2022',
  recipients: 'Ủy ban nhân dân tỉnh Đồng Tháp\nBộ Nội vụ',
  distribution: 'Như trên\nBan Giám đốc Sở\nLưu: VT, CCHC',
  'signer-authority': 'KT. Giám đốc',
  'signer-title': 'Phó Giám đốc',
  'signer-name': 'Nguyễn Thị Bích Thủy',
};

async function typeSettings(page: Page): Promise<void> {
  await page.click('#draft-settings > summary');
  for (const [id, value] of Object.entries(TYPED)) await page.fill(`#rs-${id}`, value);
  // The date is taken when the field is left, as a person leaves it.
  await page.press('#rs-date', 'Tab');
}

describe('the forms of the plan (issue 19 §1)', () => {
  it('marked as the plan, it gives a .zip of the forms `cchc forms` writes for the same plan, period and clock, byte for byte', async () => {
    const { page, context, errors } = await openPage();
    await drop(page, q3, [PLAN_FILE], P1.code);
    // Without a plan marked, the page says how to mark one.
    await page.click('#btn-forms');
    expect(await page.textContent('#error')).toBe('Chưa chọn kế hoạch gốc: thêm tệp kế hoạch, rồi bấm “Đây là kế hoạch gốc” ở tệp đó.');
    await mark(page, PLAN_FILE, 'plan');
    // The plan alone is no report: it is not counted as a return.
    await page.click('#btn-report');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe('Chưa có báo cáo nào của đơn vị: ngoài kế hoạch gốc và báo cáo kỳ trước, hãy thêm các tệp các cơ quan đã gửi.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-forms')]);
    expect(download.suggestedFilename()).toBe('Biểu báo cáo Q3-2022.zip');
    const zip = unzipSync(new Uint8Array(fs.readFileSync(await save(download, 'forms.zip'))));
    const ran = await cli(['forms', PLAN_FILE, '--out', 'bieu-q3', '--period', P1.code], q3);
    expect(ran.code).toBe(0);
    const written = fs.readdirSync(path.join(q3, 'bieu-q3')).sort();
    expect(Object.keys(zip).sort()).toEqual(written);
    expect(written).toHaveLength(11);
    for (const f of written) expect([f, Buffer.from(zip[f]).equals(fs.readFileSync(path.join(q3, 'bieu-q3', f)))]).toEqual([f, true]);
    // The page says what `cchc forms` says of them: the plan's tasks, the period and the day they are due back.
    expect(ran.out[0]).toBe(`Đã ghi 11 biểu báo cáo vào bieu-q3 (39 nhiệm vụ của kế hoạch ${PLAN_FILE}; kỳ Quý III (9 tháng) năm 2022, hạn gửi lại 14/09/2022):`);
    expect(await page.textContent('#status')).toBe(`Đã tải xuống “Biểu báo cáo Q3-2022.zip”: 11 biểu báo cáo (39 nhiệm vụ của kế hoạch ${PLAN_FILE}; kỳ Quý III (9 tháng) năm 2022, hạn gửi lại 14/09/2022).`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the year held against the plan and compared with the last report (issue 19 §2–3)', () => {
  let page: Page;
  let context: BrowserContext;
  let errors: string[];
  /** The returns in the page's order, as the CLI is given them. */
  let returns: string[];
  let cliModel: SummaryModel;
  let cliOut: string[];
  const cliDir = nam;
  const period = makePeriod(2022, 'Y');

  beforeAll(async () => {
    ({ page, context, errors } = await openPage());
    await drop(page, nam, NAM_FILES, P2.code);
    await mark(page, PLAN_FILE, 'plan');
    await mark(page, PREVIOUS, 'previous');
    returns = (await page.$$eval('.file-card', (cs) => cs.map((c) => (c as HTMLElement).dataset.file!))).filter((f) => f !== PLAN_FILE && f !== PREVIOUS);
    expect([...returns].sort()).toEqual(RETURNS.map((r) => r.file).sort());
    // `cchc report` as main() runs it on 20/12/2022: the period's dates by its rule, the time stamp the page's.
    const dates = reportDates(period, { rule: 'cut-off', today: '2022-12-20' });
    expect(dates).toEqual({ asOf: P2.asOf, asOfRule: 'cut-off', window: { from: '2021-12-15', to: P2.asOf } });
    const json: string[] = [];
    cliOut = [];
    const before = process.cwd();
    process.chdir(cliDir);
    try {
      const args = { files: returns, period, asOf: dates.asOf, asOfRule: dates.asOfRule, plan: PLAN_FILE, previous: PREVIOUS, force: true, lang: 'vi' as const, dueSoonDays: 30, now: STAMP, limits: {}, jobs: 1 };
      expect(await runReport({ ...args, out: 'cli.xlsx', json: false }, { out: (l) => cliOut.push(l), err: () => undefined, columns: 120 })).toBe(1);
      await runReport({ ...args, out: null, json: true }, { out: (l) => json.push(l), err: () => undefined, columns: 120 });
    } finally {
      process.chdir(before);
    }
    cliModel = JSON.parse(json.join('\n')) as SummaryModel;
  });
  afterAll(() => context?.close());

  it('marks are toggle buttons, said in the report’s box and on the card; a marked file is not a return', async () => {
    expect(await page.getAttribute(roleButton(PLAN_FILE, 'plan'), 'aria-pressed')).toBe('true');
    expect(await page.getAttribute(roleButton(PLAN_FILE, 'previous'), 'aria-pressed')).toBe('false');
    expect(await page.getAttribute(roleButton(PREVIOUS, 'previous'), 'aria-pressed')).toBe('true');
    expect(await page.getAttribute(card(PLAN_FILE), 'data-role')).toBe('plan');
    expect(await page.textContent('#mark-plan')).toBe(`Kế hoạch gốc: “${PLAN_FILE}” — 39 nhiệm vụ, 11 cơ quan, đơn vị báo cáo.`);
    expect(await page.textContent('#mark-previous')).toBe(`Báo cáo kỳ trước: “${PREVIOUS}” — QUÝ III NĂM 2022, tính đến 14/09/2022, ${cliModel.changes!.previous.tasks} nhiệm vụ.`);
    expect(await page.textContent('#status')).toBe(`Đã chọn “${PREVIOUS}” làm báo cáo kỳ trước (QUÝ III NĂM 2022, tính đến 14/09/2022, ${cliModel.changes!.previous.tasks} nhiệm vụ). Tệp này không được tính là báo cáo của đơn vị.`);
    // The last report is cchc's own: its card says what it is for, and its cells are not checked as a return's.
    expect(await page.textContent(`${card(PREVIOUS)} .role-note`)).toContain('không tính là báo cáo của đơn vị');
    expect(await page.$$(`${card(PREVIOUS)} button.finding, ${card(PREVIOUS)} .file-counts`)).toHaveLength(0);
  });

  it('the report is `cchc report --plan --previous`’s, cell by cell, and the page says the CLI’s lines', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    expect(download.suggestedFilename()).toBe('Tổng hợp Y-2022.xlsx');
    const webFile = await save(download, 'web-nam.xlsx');
    const [web, node] = await Promise.all([readBack(fs.readFileSync(webFile)), readBack(fs.readFileSync(path.join(cliDir, 'cli.xlsx')))]);
    expect(web.sheets.map((s) => s.name)).toEqual(['Tổng hợp Y-2022', 'Chi tiết Y-2022']);
    for (let i = 0; i < node.sheets.length; i++) expect(web.sheets[i]).toEqual(node.sheets[i]);
    expect(web.sheets).toHaveLength(node.sheets.length);
    expect(web.charts).toEqual(node.charts);
    expect(web.drawings).toEqual(node.drawings);
    // The CLI's line after "Đã ghi báo cáo cli.xlsx", then its lines on the plan and the last report, word for word.
    expect(cliOut[0].startsWith('Đã ghi báo cáo cli.xlsx (Năm 2022, tính đến 14/12/2022 — ngày chốt số liệu theo Nghị định 09/2019/NĐ-CP): ')).toBe(true);
    expect(cliOut).toHaveLength(3);
    expect(await page.textContent('#status')).toBe([cliOut[0].replace('Đã ghi báo cáo cli.xlsx', 'Đã tải xuống “Tổng hợp Y-2022.xlsx”'), cliOut[1], cliOut[2]].join(' '));
    expect(cliOut[0]).toContain(`từ ${RETURNS.length} sổ`);
    expect(cliOut[2]).toBe(`So với kỳ trước (${PREVIOUS}): mới hoàn thành 4, mới quá hạn 1, vẫn quá hạn 1, kỳ trước hoàn thành nay chưa 1, đổi thời hạn 1, nhiệm vụ mới 1, không còn 1.`);
  });

  it('its figures are `cchc report --json`’s, and the plan’s tasks nobody reported are counted as built', () => {
    const read = readWorkbook(fs.readFileSync(path.join(work, 'web-nam.xlsx')));
    if (!read.ok) throw new Error('the report is not readable');
    const summary = read.grids[0] as GridInput;
    const figure = (label: string) => summary.values.find((r) => r[1] === label)?.[2];
    expect(figure('Tổng số nhiệm vụ')).toBe(cliModel.totals.total);
    for (const p of PROGRESS) expect([p, figure(PROGRESS_LABEL[p].vi)]).toEqual([p, cliModel.totals[p]]);
    // By construction of the fixture, not read back: the plan's 39 tasks less those the returns name.
    expect(cliModel.totals.unreported).toBe(TASKS.length - reportedIds(RETURNS).size);
    expect(figure(PROGRESS_LABEL.unreported.vi)).toBe(TASKS.length - reportedIds(RETURNS).size);
    expect(cliModel.plan!.silentAgencies).toContain('Sở Tài chính');
    const text = summary.values.flat().join('\n');
    expect(text).toContain('Số liệu tính từ 15/12/2021 đến 14/12/2022.');
  });

  it('the Word draft opens in LibreOffice with the settings typed in the page, and is the CLI’s --docx with the settings file the page saves', async () => {
    requireLibreOffice();
    await typeSettings(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-docx')]);
    expect(download.suggestedFilename()).toBe('Báo cáo Y-2022.docx');
    const docx = await save(download, 'Báo cáo Y-2022.docx');
    expect(await page.textContent('#status')).toMatch(/^Đã tải xuống “Báo cáo Y-2022\.docx” \(Năm 2022, tính đến 14\/12\/2022 — ngày chốt số liệu theo Nghị định 09\/2019\/NĐ-CP\): /);
    const r = soffice('pdf', docx, work);
    expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
    const text = spawnSync('pdftotext', [path.join(work, 'Báo cáo Y-2022.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of [
      'UBND TỈNH ĐỒNG THÁP',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 215/BC-SNV',
      'Đồng Tháp, ngày 18 tháng 12 năm 2022',
      'BÁO CÁO',
      'Kết quả thực hiện công tác cải cách hành chính năm 2022',
      'Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp; Bộ Nội vụ.',
      'Số liệu tính từ 15/12/2021 đến 14/12/2022. Ngày chốt số liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP',
      `Tổng số nhiệm vụ được tổng hợp: ${cliModel.totals.total} nhiệm vụ.`,
      `chưa có báo cáo ${cliModel.totals.unreported} nhiệm vụ`,
      'Tình hình báo cáo của các cơ quan theo kế hoạch',
      'So với kỳ báo cáo trước',
      'Nơi nhận:',
      '- Ban Giám đốc Sở;',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Bích Thủy',
    ])
      expect([s, text.includes(s)]).toEqual([s, true]);
    // Every field typed was used: no placeholder is left in the heading or the closing.
    expect(text).not.toMatch(/\[CƠ QUAN|\[Địa danh\]|\[QUYỀN HẠN|\[CHỨC VỤ|\[Họ và tên\]/);

    // The settings saved as a file are the CLI's --settings, and give the same document.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#rs-save')]);
    expect(saved.suggestedFilename()).toBe('Cài đặt báo cáo cchc.json');
    const settingsFile = await save(saved, 'cai-dat.json');
    const settings = parseReportSettings(fs.readFileSync(settingsFile, 'utf8'), 'cai-dat.json');
    if (!settings.ok) throw new Error(settings.reason.vi);
    expect(settings.value).toEqual({
      asOfRule: 'cut-off',
      parentBody: TYPED.parentBody,
      issuer: TYPED.issuer,
      number: TYPED.number,
      issuerCode: TYPED.issuerCode,
      place: TYPED.place,
      date: '2022-12-18',
      recipients: TYPED.recipients.split('\n'),
      distribution: TYPED.distribution.split('\n'),
      signer: { authority: TYPED['signer-authority'], title: TYPED['signer-title'], name: TYPED['signer-name'] },
    });
    const before = process.cwd();
    process.chdir(cliDir);
    try {
      const dates = reportDates(period, { rule: settings.value.asOfRule, today: '2022-12-20' });
      const code = await runReport(
        { files: returns, period, asOf: dates.asOf, asOfRule: dates.asOfRule, plan: PLAN_FILE, previous: PREVIOUS, out: null, docx: 'cli.docx', settings: settings.value, force: true, json: false, lang: 'vi', dueSoonDays: 30, now: STAMP, limits: {}, jobs: 1 },
        { out: () => undefined, err: () => undefined, columns: 120 },
      );
      expect(code).toBe(1);
    } finally {
      process.chdir(before);
    }
    const part = (f: string) => Buffer.from(unzipSync(new Uint8Array(fs.readFileSync(f)))['word/document.xml']);
    expect(part(docx).equals(part(path.join(cliDir, 'cli.docx')))).toBe(true);
    const keep = process.env.CCHC_RENDER_PNG;
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      fs.copyFileSync(path.join(work, 'Báo cáo Y-2022.pdf'), path.join(keep, 'web-draft.pdf'));
    }
  });

  it('the settings typed survive a reload, and the page’s English words come with them', async () => {
    const again = await context.newPage();
    await again.clock.setFixedTime(NOW);
    await again.goto(`${origin}/`);
    await again.waitForSelector('#btn-files');
    for (const [id, value] of Object.entries(TYPED)) expect([id, await again.inputValue(`#rs-${id}`)]).toEqual([id, value]);
    await again.click('#lang');
    expect(await again.inputValue('#rs-signer-name')).toBe(TYPED['signer-name']);
    expect(await again.textContent('#btn-docx')).toBe('Download the draft report (.docx)');
    await again.click('#lang');
    await again.click('#draft-settings > summary');
    // Emptied, a field is left out (the draft shows its placeholder), and stays empty after a reload.
    await again.fill('#rs-number', '');
    await again.fill('#rs-date', '');
    await again.press('#rs-date', 'Tab');
    await again.reload();
    await again.waitForSelector('#btn-files');
    expect([await again.inputValue('#rs-number'), await again.inputValue('#rs-date'), await again.inputValue('#rs-issuer')]).toEqual(['', '', TYPED.issuer]);
    const kept = parseReportSettings((await again.evaluate(() => localStorage.getItem('cchc.web.report-settings.v1')))!);
    expect(kept.ok && kept.value.number === undefined && kept.value.date === undefined && kept.value.issuer === TYPED.issuer).toBe(true);
    await again.close();
  });

  it('a settings file that is not one gets core’s sentence, and the fields keep what they had', async () => {
    const bad = path.join(work, 'cai-dat-sai.json');
    fs.writeFileSync(bad, JSON.stringify({ issuer: 'Sở Nội vụ', signer: 'Nguyễn Văn A' }));
    const expected = parseReportSettings(fs.readFileSync(bad, 'utf8'), 'cai-dat-sai.json');
    if (expected.ok) throw new Error('expected a wrong settings file');
    await page.setInputFiles('#rs-file', bad);
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(expected.reason.vi);
    expect(await page.inputValue('#rs-issuer')).toBe(TYPED.issuer);
  });

  it('unmarking works: the plan pressed again is a return again, and the report has no plan', async () => {
    await page.click(roleButton(PLAN_FILE, 'plan'));
    expect(await page.getAttribute(roleButton(PLAN_FILE, 'plan'), 'aria-pressed')).toBe('false');
    expect(await page.getAttribute(card(PLAN_FILE), 'data-role')).toBeNull();
    expect(await page.textContent('#status')).toBe(`Bỏ chọn “${PLAN_FILE}” là kế hoạch gốc: tệp này lại được tính là báo cáo của đơn vị.`);
    expect(await page.textContent('#mark-plan')).toContain('Kế hoạch gốc: chưa chọn.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    await save(download, 'web-no-plan.xlsx');
    const status = (await page.textContent('#status'))!;
    expect(status).toContain(`nhiệm vụ từ ${RETURNS.length + 1} sổ`);
    expect(status).not.toContain('Kế hoạch gốc (');
    expect(status).toContain(`So với kỳ trước (${PREVIOUS})`);
    expect(errors).toEqual([]);
  });
});

describe('marking by keyboard, and a wrong file marked (issue 19 §2–3)', () => {
  it('the marks are reached with Tab, pressed with Space, announced, and keep the focus', async () => {
    const { page, context } = await openPage();
    await drop(page, nam, [PLAN_FILE, RETURNS_P2[0].file], P2.code);
    const button = roleButton(PLAN_FILE, 'plan');
    for (let i = 0; i < 200 && !(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, button)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, button)).toBe(true);
    // Named for a screen reader: its words, its state, and the group that says which file it is about.
    expect(await page.$eval(button, (b) => [b.textContent, b.getAttribute('aria-pressed'), b.closest('[role="group"]')?.getAttribute('aria-label')])).toEqual(['Đây là kế hoạch gốc', 'false', `${PLAN_FILE} là`]);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /^Đã chọn/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('data-role'), document.activeElement?.getAttribute('aria-pressed')])).toEqual(['plan', 'true']);
    expect(await page.getAttribute('#status', 'aria-live')).toBe('polite');
    expect(await page.textContent('#status')).toBe(`Đã chọn “${PLAN_FILE}” làm kế hoạch gốc: 39 nhiệm vụ, 11 cơ quan, đơn vị báo cáo. Tệp này không được tính là báo cáo của đơn vị.`);
    // Another file marked as the plan takes the mark, and the page says so.
    await page.focus(roleButton(RETURNS_P2[0].file, 'plan'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^“/.test(document.getElementById('status')?.textContent ?? '') && !/Đang đọc/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.textContent('#status')).toMatch(new RegExp(`^“${PLAN_FILE.replace('.', '\\.')}” không còn là kế hoạch gốc\\. Đã chọn “${RETURNS_P2[0].file.replace('.', '\\.')}” làm kế hoạch gốc`));
    expect(await page.getAttribute(roleButton(PLAN_FILE, 'plan'), 'aria-pressed')).toBe('false');
    await context.close();
  });

  it('a return marked as the last report, and a file with no table marked as the plan, get core’s sentence and stay returns', async () => {
    const wrong = path.join(work, 'cong-van.xlsx');
    fs.writeFileSync(wrong, await buildBuffer({ file: 'cong-van.xlsx', source: 'test', sheets: [{ name: 'Công văn', values: [['UBND TỈNH ĐỒNG THÁP'], ['Kính gửi: Ủy ban nhân dân tỉnh']], merges: [] }] }));
    const ret = RETURNS_P2[0].file;
    const notPrevious = previousFromBytes(ret, new Uint8Array(fs.readFileSync(path.join(nam, ret))), {}, false);
    const notPlan = planFromBytes('cong-van.xlsx', new Uint8Array(fs.readFileSync(wrong)), P2.asOf, {}, false);
    if (notPrevious.ok || notPlan.ok) throw new Error('expected both to be refused');
    for (const lang of ['vi', 'en'] as const) {
      const { page, context } = await openPage({ query: lang === 'en' ? '?lang=en' : '' });
      await page.selectOption('#period', P2.code);
      await page.setInputFiles('#input-files', [path.join(nam, ret), wrong]);
      await waitChecked(page);
      await page.click(roleButton(ret, 'previous'));
      await page.waitForSelector('#error:not([hidden])');
      const said = { vi: `Không chọn được “${ret}” làm báo cáo kỳ trước.`, en: `Could not mark “${ret}” as the last report.` };
      expect(await page.textContent('#error')).toBe(`${said[lang]} ${notPrevious.message[lang]}`);
      expect(await page.getAttribute(roleButton(ret, 'previous'), 'aria-pressed')).toBe('false');
      expect(await page.getAttribute('#error', 'role')).toBe('alert');
      // Said on the file's card too, where the button was pressed (on a phone the error line is far above).
      expect(await page.textContent(`${card(ret)} .mark-error`)).toBe(`${said[lang]} ${notPrevious.message[lang]}`);
      await page.click(roleButton('cong-van.xlsx', 'plan'));
      await page.waitForFunction((t) => document.getElementById('error')?.textContent?.includes(t), notPlan.message[lang]);
      expect(await page.getAttribute(roleButton('cong-van.xlsx', 'plan'), 'aria-pressed')).toBe('false');
      expect(await page.getAttribute(card('cong-van.xlsx'), 'data-role')).toBeNull();
      await context.close();
    }
    expect(notPrevious.message.vi).toContain('không có trang chi tiết nhiệm vụ');
  });
});

describe('opened from disk (file://), without workers', () => {
  it('the draft’s writer loads on the page too: a .docx of the marked plan and a return', async () => {
    const { page, context, errors } = await openPage({ url: `file://${path.join(WEB_BUILD, 'index.html')}` });
    await page.waitForSelector('#mode-notice:not([hidden])');
    await drop(page, nam, [PLAN_FILE, RETURNS_P2[1].file], P2.code);
    await mark(page, PLAN_FILE, 'plan');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-docx')]);
    const bytes = fs.readFileSync(await save(download, 'disk.docx'));
    expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toContain('word/document.xml');
    expect(page.workers()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('how it looks (saved to test-output/screenshots)', () => {
  it.each([
    ['light', 360],
    ['dark', 360],
    ['light', 1280],
    ['dark', 1280],
  ] as const)('%s, %i px: the report’s box with the plan and the last report marked and the draft’s settings open fits, and axe finds nothing serious', async (scheme, width) => {
    const { page, context } = await openPage({ scheme, width });
    await drop(page, nam, NAM_FILES, P2.code);
    await mark(page, PLAN_FILE, 'plan');
    await mark(page, PREVIOUS, 'previous');
    await page.click('#draft-settings > summary');
    await page.fill('#rs-issuer', TYPED.issuer);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeSerious(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('report')!.scrollIntoView({ block: 'start' }));
    const file = path.join(SHOTS, `web-cycle-${scheme}-${width}.png`);
    await page.screenshot({ path: file, fullPage: width < 900 });
    expect(fs.statSync(file).size).toBeGreaterThan(20_000);
    await context.close();
  });
});
