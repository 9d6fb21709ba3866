/**
 * The web page (dist/web, issue 13) in Chromium, as a user gets it: the bundled samples and a damaged file
 * dropped on it give the counts `cchc validate` gives, the damaged one named with the CLI's sentence; the
 * report it downloads holds the cells `cchc report` writes for the same files and time, and its totals are
 * `cchc report --json`'s; hostile text stays text; nothing is asked of another origin; axe finds nothing
 * serious; it works from the keyboard alone and from disk; screenshots at 360 and 1280 px, light and dark.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CODE_LABEL, INDEX_CODES, makePeriod, PROGRESS, PROGRESS_LABEL, reportDates, TASK_CODES, type GridInput } from '../../core';
import { readWorkbook } from '../../core/io/read';
import { runReport } from '../../cli/commands/report';
import { HOSTILE_SHEET } from '../../addin/preview/samples';
import { buildBuffer } from '../../scripts/build-samples';
import * as XLSX from '@e965/xlsx';
import { problemMessage } from '../../core/io/read';
import { encryptedWorkbook, writeZipBomb } from '../package-fixtures';
import { readBack } from '../report-readback';
import { axeSerious, ensureWebBuild, launch, requireChromium, ROOT, SHOTS, startServer, stopServer, WEB_BUILD } from './browser';

jest.setTimeout(180_000);

const SAMPLES = path.join(ROOT, 'samples');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const NAMES = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
const BROKEN = 'so-hong.xlsx';
/** The page is opened on 5 October 2024, 08:30 in Hà Nội; choosing Quý III makes the as-of date its cut-off, 14/09/2024 (Nghị định 09/2019). */
const NOW = new Date('2024-10-05T08:30:00+07:00');
const STAMP = '2024-10-05T08:30';
const AS_OF = '2024-09-14';
const AS_OF_VI = '14/09/2024';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-web-e2e-'));
const inputs = path.join(work, 'so');
let browser: Browser;
let server: Server;
let origin: string;
const requests: string[] = [];

type CliFinding = { severity: string; sheet: string; cell: string; code: string; message: { vi: string; en: string } };
type CliValidate = { stats: { errors: number; warnings: number; infos: number }; files: Array<{ file: string; sheets?: Array<{ findings: CliFinding[] }> }>; skipped: Array<{ file: string; code: string; message: string }> };

function cli(args: string[], lang = 'vi'): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args, '--lang', lang], { cwd: inputs, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  requireChromium();
  ensureWebBuild();
  if (!fs.existsSync(CLI)) throw new Error('the CLI is not built: npm run build:cli');
  // The agencies' folder: the samples and one damaged file (an .xlsx cut short, as a failed download leaves it).
  fs.mkdirSync(inputs, { recursive: true });
  for (const n of NAMES) fs.copyFileSync(path.join(SAMPLES, n), path.join(inputs, n));
  fs.writeFileSync(path.join(inputs, BROKEN), fs.readFileSync(path.join(SAMPLES, NAMES[0])).subarray(0, 4000));
  ({ server, origin } = await startServer(WEB_BUILD));
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stopServer(server);
  fs.rmSync(work, { recursive: true, force: true });
});

const allFiles = () => [...NAMES, BROKEN].sort();

/** The page, its errors, and the requests of the page itself (a worker's are its own target's, not in this list). */
async function openPage(opts: { width?: number; height?: number; scheme?: 'light' | 'dark'; query?: string; url?: string; locale?: string } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[]; own: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    colorScheme: opts.scheme ?? 'light',
    // A browser in Việt Nam by default; the page reads and shows dates day first whatever the locale.
    locale: opts.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  const own: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => own.push(e.request.url));
  await cdp.send('Network.enable');
  await page.goto(opts.url ?? `${origin}/${opts.query ?? ''}`);
  await page.waitForSelector('#btn-files');
  return { page, context, errors, own };
}

/** Chooses Quý III/2024 (the as-of date follows: 14/09/2024), then the files; waits until all are checked. */
async function upload(page: Page, files: string[] = allFiles().map((f) => path.join(inputs, f))): Promise<void> {
  await page.selectOption('#period', '2024-Q3');
  await expect(page.inputValue('#as-of')).resolves.toBe(AS_OF_VI);
  await page.setInputFiles('#input-files', files);
  await waitChecked(page);
}

const waitChecked = (page: Page) => page.waitForFunction(() => /^(Đã kiểm tra|Checked)/.test(document.getElementById('overall-text')?.textContent ?? ''), null, { timeout: 120_000 });
const scripts = (urls: string[]) => urls.filter((u) => /\.js(\?|$)/.test(u)).map((u) => u.replace(/^.*\//, '')).sort();
const num = (s: string | null) => Number((s ?? '').replace(/\D+/g, ''));

describe('the samples and a damaged file', () => {
  it('gives the counts cchc validate gives, per file and in total, and names the damaged file with the CLI’s sentence', async () => {
    const expected = JSON.parse(cli(['validate', ...allFiles(), '--as-of', AS_OF, '--json']).out) as CliValidate;
    expect(expected.skipped.map((s) => s.file)).toEqual([BROKEN]);
    const { page, errors, own } = await openPage();
    // Progress is shown while files are read: each file's bar and the overall one (watched as the page draws them).
    await page.evaluate(() => {
      const seen = ((window as unknown as { __seen: Record<string, boolean> }).__seen = {} as Record<string, boolean>);
      new MutationObserver(() => {
        if (document.querySelector('.file-card .file-progress')) seen.file = true;
        const overall = document.getElementById('overall') as HTMLProgressElement | null;
        if (overall && !overall.hidden && overall.closest('.overall:not([hidden])')) seen.overall = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await upload(page);
    expect(await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen)).toEqual({ file: true, overall: true });
    expect(await page.textContent('#status')).toBe(`Đã kiểm tra ${NAMES.length} tệp; 1 tệp không dùng được.`);
    expect(await page.isHidden('#overall')).toBe(true);
    expect(num(await page.textContent('#totals .chip[data-count="errors"]'))).toBe(expected.stats.errors);
    expect(num(await page.textContent('#totals .chip[data-count="warnings"]'))).toBe(expected.stats.warnings);
    expect(num(await page.textContent('#totals .chip[data-count="infos"]'))).toBe(expected.stats.infos);
    expect(expected.stats.errors).toBeGreaterThan(0);
    // One card per file, in the order the CLI was given them.
    expect(await page.$$eval('.file-card', (cards) => cards.map((c) => (c as HTMLElement).dataset.file))).toEqual(allFiles());
    for (const f of expected.files.filter((x) => x.sheets)) {
      const sev = (s: string) => f.sheets!.flatMap((x) => x.findings).filter((x) => x.severity === s).length;
      const card = `.file-card[data-file="${f.file}"]`;
      expect([num(await page.textContent(`${card} .chip[data-count="errors"]`)), num(await page.textContent(`${card} .chip[data-count="warnings"]`)), num(await page.textContent(`${card} .chip[data-count="infos"]`))]).toEqual([sev('error'), sev('warning'), sev('info')]);
    }
    expect(await page.textContent(`.file-card[data-file="${BROKEN}"][data-state="refused"] .file-error`)).toBe(expected.skipped[0].message);
    // Read in Web Workers: they run, and the page itself never loaded the reader (its chunks are the workers').
    expect(await page.isHidden('#mode-notice')).toBe(true);
    expect(page.workers().length).toBeGreaterThan(0);
    // The page fetched its own scripts and the workers' script; the reader's chunks were loaded by the workers only.
    expect(scripts(own).filter((u) => !/^cchc-reader\.[0-9a-f]+\.js$/.test(u))).toEqual([expect.stringMatching(/^app\.js\?[0-9a-f]+$/), expect.stringMatching(/^unsupported\.js\?v=/)]);
    expect(scripts(own).some((u) => /^cchc-reader\./.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the report cchc report writes for the same files and time, cell by cell, with the totals of cchc report --json', async () => {
    const { page } = await openPage();
    await page.selectOption('#period', '2024-Q3');
    // Pressed as soon as the files are given: the report waits for them to be checked.
    await page.setInputFiles('#input-files', allFiles().map((f) => path.join(inputs, f)));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    expect(download.suggestedFilename()).toBe('Tổng hợp Q3-2024.xlsx');
    const webFile = path.join(work, 'web-report.xlsx');
    await download.saveAs(webFile);
    const said = await page.textContent('#status');
    await page.context().close();

    // The CLI on the same files, in the folder, with the same "made at" time: `cchc report` as main() runs it.
    const cliFile = path.join(inputs, 'cli-report.xlsx');
    const cwd = process.cwd();
    process.chdir(inputs);
    const err: string[] = [];
    const out: string[] = [];
    try {
      // The dates main() gives `--period 2024-Q3` on 05/10/2024: the cut-off, by its rule.
      const dates = reportDates(makePeriod(2024, 'Q3'), { rule: 'cut-off', today: '2024-10-05' });
      expect(dates).toMatchObject({ asOf: AS_OF, asOfRule: 'cut-off' });
      const code = await runReport(
        { files: allFiles(), period: makePeriod(2024, 'Q3'), asOf: dates.asOf, asOfRule: dates.asOfRule, out: 'cli-report.xlsx', json: false, force: true, lang: 'vi', dueSoonDays: 30, now: STAMP, limits: {}, jobs: 1 },
        { out: (l) => out.push(l), err: (l) => err.push(l), columns: 120 },
      );
      expect(code).toBe(2); // a file could not be used; the others are in the report
    } finally {
      process.chdir(cwd);
    }
    // The page says what `cchc report` prints after the file's name: the period, the date and its rule, the figures.
    expect(out[0]).toMatch(/^Đã ghi báo cáo cli-report\.xlsx \(Quý III \(9 tháng\) năm 2024, tính đến 14\/09\/2024 — ngày chốt số liệu theo Nghị định 09\/2019\/NĐ-CP\): \d+ nhiệm vụ từ 4 sổ — /);
    expect(said).toBe(`${out[0].replace('Đã ghi báo cáo cli-report.xlsx', 'Đã tải xuống “Tổng hợp Q3-2024.xlsx”')} 1 tệp không dùng được đã bị bỏ qua.`);
    const [web, node] = await Promise.all([readBack(fs.readFileSync(webFile)), readBack(fs.readFileSync(cliFile))]);
    expect(web.sheets.map((s) => s.name)).toEqual(['Tổng hợp Q3-2024', 'Chi tiết Q3-2024']);
    for (let i = 0; i < node.sheets.length; i++) expect(web.sheets[i]).toEqual(node.sheets[i]);
    expect(web.sheets).toHaveLength(node.sheets.length);
    expect(web.charts).toEqual(node.charts);
    expect(web.drawings).toEqual(node.drawings);
    expect(Object.keys(web.sheets[0].cells).length).toBeGreaterThan(300);

    // Read back with the reader: the overview's figures are `cchc report --json`'s.
    const json = JSON.parse(cli(['report', ...allFiles(), '--period', '2024-Q3', '--as-of', AS_OF, '--json']).out) as { totals: Record<string, number>; skipped: Array<{ file: string }> };
    expect(json.skipped.map((s) => s.file)).toEqual([BROKEN]);
    const read = readWorkbook(fs.readFileSync(webFile));
    if (!read.ok) throw new Error(`the downloaded report is not readable: ${JSON.stringify(read.problem)}`);
    const summary = read.grids[0] as GridInput;
    const figure = (label: string) => summary.values.find((r) => r[1] === label)?.[2];
    expect(figure('Tổng số nhiệm vụ')).toBe(json.totals.total);
    for (const p of PROGRESS) expect([p, figure(PROGRESS_LABEL[p].vi)]).toEqual([p, json.totals[p]]);
    expect(figure('Tỷ lệ hoàn thành trên tổng số nhiệm vụ')).toBe(json.totals.completedOnTime + json.totals.completedLate);
    expect(figure('Nhiệm vụ chưa có cơ quan chủ trì')).toBe(json.totals.withoutLead);
    expect(json.totals.total).toBeGreaterThan(100);
  });

  it('exports the findings, one row per finding, as the page lists them', async () => {
    const expected = JSON.parse(cli(['validate', ...allFiles(), '--as-of', AS_OF, '--json']).out) as CliValidate;
    const { page } = await openPage();
    await upload(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export')]);
    expect(download.suggestedFilename()).toBe(`Kết quả kiểm tra ${AS_OF}.xlsx`);
    const file = path.join(work, 'findings.xlsx');
    await download.saveAs(file);
    const read = readWorkbook(fs.readFileSync(file));
    if (!read.ok) throw new Error('unreadable');
    // Under the list's title and date: the table, the kind of each finding in words (no code in Vietnamese).
    expect(read.grids[0].values[1][0]).toBe(`Tính đến ngày ${AS_OF_VI}; lập lúc 05/10/2024 08:30.`);
    const head = read.grids[0].values.findIndex((r) => r[0] === 'STT');
    const rows = read.grids[0].values.slice(head + 1);
    const want = expected.files.flatMap((f) => (f.sheets ?? []).flatMap((s) => s.findings.map((x) => [f.file, x.sheet, x.cell, CODE_LABEL[x.code].vi, x.message.vi])));
    expect(rows.map((r) => [r[1], r[2], r[3], r[5], r[7]])).toEqual(want);
    expect(read.grids[1].values.flat()).toContain(expected.skipped[0].message);
    expect(await page.textContent('#status')).toBe(`Đã tải xuống “Kết quả kiểm tra ${AS_OF}.xlsx”: ${want.length} vấn đề.`);

    // Filtered: only what is shown goes out, and the list says so.
    await page.uncheck('#filter-error');
    await page.uncheck('#filter-info');
    expect(await page.textContent('#shown')).toBe(`Đang hiển thị ${expected.stats.warnings}/${want.length} vấn đề.`);
    expect(await page.$$eval('button.finding.error', (b) => b.length)).toBe(0);
    expect(await page.$$eval('button.finding.warning', (b) => b.length)).toBeGreaterThan(0);
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export')]);
    await filtered.saveAs(file);
    const again = readWorkbook(fs.readFileSync(file));
    if (!again.ok) throw new Error('unreadable');
    const againHead = again.grids[0].values.findIndex((r) => r[0] === 'STT');
    expect(again.grids[0].values.slice(againHead + 1).map((r) => r[6])).toEqual(Array(expected.stats.warnings).fill('Cảnh báo'));
    expect(again.grids[1].values.flat()).toContain('Chỉ gồm các vấn đề đang hiển thị: cảnh báo.');
    await page.check('#filter-error');
    await page.selectOption('#filter-code', 'deadline-expired');
    const codes = await page.$$eval('button.finding', (bs) => [...new Set(bs.map((b) => b.closest('details.code')?.getAttribute('data-code')))]);
    expect(codes).toEqual(['deadline-expired']);
    await page.context().close();
  });

  it('reads .xls and .ods as the CLI does: the same counts as their .xlsx twin', async () => {
    // The twins as an office's copies would come: written by SheetJS, the reader's own library for these formats.
    const twin = 'dong-thap-2022-ke-hoach-cchc';
    const dir = path.join(work, 'twins');
    fs.mkdirSync(dir, { recursive: true });
    const wb = XLSX.read(fs.readFileSync(path.join(SAMPLES, `${twin}.xlsx`)), { type: 'buffer' });
    fs.copyFileSync(path.join(SAMPLES, `${twin}.xlsx`), path.join(dir, `${twin}.xlsx`));
    for (const ext of ['xls', 'ods'] as const) fs.writeFileSync(path.join(dir, `${twin}.${ext}`), XLSX.write(wb, { bookType: ext, type: 'buffer' }) as Buffer);
    const names = ['ods', 'xls', 'xlsx'].map((e) => `${twin}.${e}`);
    const r = spawnSync(process.execPath, [CLI, 'validate', ...names, '--as-of', AS_OF, '--json'], { cwd: dir, encoding: 'utf8' });
    const expected = JSON.parse(r.stdout) as CliValidate;
    expect(expected.skipped).toEqual([]);
    const { page } = await openPage();
    await upload(page, names.map((n) => path.join(dir, n)));
    for (const f of expected.files) {
      const sev = (s: string) => f.sheets!.flatMap((x) => x.findings).filter((x) => x.severity === s).length;
      const card = `.file-card[data-file="${f.file}"][data-state="checked"]`;
      expect([f.file, num(await page.textContent(`${card} .chip[data-count="errors"]`)), num(await page.textContent(`${card} .chip[data-count="warnings"]`))]).toEqual([f.file, sev('error'), sev('warning')]);
    }
    expect(expected.files.every((f) => f.sheets!.flatMap((x) => x.findings).length > 0)).toBe(true);
    await page.context().close();
  });

  it('each kind of unusable file is named with its sentence, and the others go on', async () => {
    const dir = path.join(work, 'refused');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'mat-khau.xlsx'), encryptedWorkbook());
    fs.writeFileSync(path.join(dir, 'ghi-chu.xlsx'), 'Báo cáo quý III gửi Sở Nội vụ');
    fs.writeFileSync(path.join(dir, 'rong.xls'), '');
    // 210 MB of cells in a few hundred kB: over the 200 MB budget, refused before anything is unpacked.
    await writeZipBomb(path.join(dir, 'bom.xlsx'), 210);
    fs.copyFileSync(path.join(SAMPLES, NAMES[3]), path.join(dir, NAMES[3]));
    const names = ['bom.xlsx', 'ghi-chu.xlsx', 'mat-khau.xlsx', 'rong.xls', NAMES[3]].sort();
    const r = spawnSync(process.execPath, [CLI, 'validate', ...names, '--as-of', AS_OF, '--json'], { cwd: dir, encoding: 'utf8' });
    const expected = JSON.parse(r.stdout) as CliValidate;
    expect(expected.skipped.map((x) => [x.file, x.code])).toEqual([
      ['bom.xlsx', 'too-large-unpacked'],
      ['ghi-chu.xlsx', 'not-workbook'],
      ['mat-khau.xlsx', 'encrypted'],
      ['rong.xls', 'empty-file'],
    ]);
    const { page } = await openPage();
    await upload(page, names.map((n) => path.join(dir, n)));
    for (const x of expected.skipped) {
      const shown = await page.textContent(`.file-card[data-file="${x.file}"][data-state="refused"] .file-error`);
      if (x.code === 'too-large-unpacked') {
        // The CLI's sentence, less the option the page does not have.
        expect(shown).toBe(problemMessage({ code: 'too-large-unpacked', limit: 200 * 1024 * 1024 }, x.file, { flags: false }).vi);
        expect(x.message.startsWith(shown!.replace(/\.$/, ''))).toBe(true);
      } else expect(shown).toBe(x.message);
    }
    expect(await page.getAttribute(`.file-card[data-file="${NAMES[3]}"]`, 'data-state')).toBe('checked');
    expect(await page.textContent('#status')).toBe('Đã kiểm tra 1 tệp; 4 tệp không dùng được.');
    await page.context().close();
  });

  it('a new as-of date or due-soon window checks every file again, as the CLI would with those options', async () => {
    const cliStats = (asOf: string, dueSoon: number) => (JSON.parse(cli(['validate', ...allFiles(), '--as-of', asOf, '--due-soon', String(dueSoon), '--json']).out) as CliValidate).stats;
    const counts = async (page: Page) => ({
      errors: num(await page.textContent('#totals .chip[data-count="errors"]')),
      warnings: num(await page.textContent('#totals .chip[data-count="warnings"]')),
      infos: num(await page.textContent('#totals .chip[data-count="infos"]')),
    });
    const { page } = await openPage();
    await upload(page);
    expect(await counts(page)).toEqual(cliStats(AS_OF, 30));
    await page.fill('#as-of', '20/05/2022');
    await page.waitForSelector('.file-card[data-state="working"]', { state: 'detached' });
    await waitChecked(page);
    const early = cliStats('2022-05-20', 30);
    expect(early).not.toEqual(cliStats(AS_OF, 30));
    expect(await counts(page)).toEqual(early);
    await page.fill('#due-soon', '0');
    await page.dispatchEvent('#due-soon', 'change');
    await page.waitForFunction((n) => document.querySelector('#totals .chip[data-count="infos"]')?.textContent?.startsWith(`${n} `), cliStats('2022-05-20', 0).infos);
    expect(await counts(page)).toEqual(cliStats('2022-05-20', 0));
    // A file removed is gone from the list and the totals.
    await page.click(`.file-card[data-file="${NAMES[3]}"] .remove`);
    expect(await page.$$eval('.file-card', (c) => c.map((x) => (x as HTMLElement).dataset.file))).toEqual(allFiles().filter((f) => f !== NAMES[3]));
    const without = JSON.parse(cli(['validate', ...allFiles().filter((f) => f !== NAMES[3]), '--as-of', '2022-05-20', '--due-soon', '0', '--json']).out) as CliValidate;
    expect(await counts(page)).toEqual(without.stats);
    await page.context().close();
  });

  it('a finding shows its cell in the read-only grid, marked, on its sheet', async () => {
    const { page } = await openPage();
    await upload(page);
    const file = 'dong-nai-2024-chi-so.xlsx';
    await page.click(`button.finding[data-file="${file}"][data-cell="D22"]`);
    await page.waitForSelector(`.viewer .grid-view[data-file="${file}"] table.grid[data-sheet="Chỉ số 2023-2025"] td.selected[data-cell="D22"]`);
    expect(await page.textContent('.viewer-status')).toBe(`Ô D22 của trang “Chỉ số 2023-2025” trong ${file}.`);
    expect(await page.textContent('td.selected')).toBe('1.20/2.50');
    // The cell is marked as Excel would show the add-in's mark for a warning.
    expect(await page.getAttribute('td.selected', 'class')).toContain('marked');
    expect(await page.getAttribute('td.selected', 'style')).toContain('background:#FFEB9C');
    // Another file's finding opens that file.
    const other = 'dong-thap-2022-ke-hoach-cchc.xlsx';
    const cell = await page.getAttribute(`button.finding[data-file="${other}"]`, 'data-cell');
    await page.click(`button.finding[data-file="${other}"][data-cell="${cell}"]`);
    await page.waitForSelector(`.viewer .grid-view[data-file="${other}"] td.selected[data-cell="${cell}"]`);
    // The sheets as a compact list, each with its findings.
    expect(await page.$$eval('#grid-sheet option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['Phụ lục KH 367']);
    expect(await page.inputValue('#grid-sheet')).toBe('Phụ lục KH 367');
    await page.context().close();
  });

  it('two files of the same name with different bytes are both kept, told apart by a number or their folder, and the page says so', async () => {
    const { page } = await openPage();
    await upload(page, [path.join(inputs, BROKEN)]);
    expect(await page.getAttribute(`.file-card[data-file="${BROKEN}"]`, 'data-state')).toBe('refused');
    // Another agency's file under the same name (or the agency's corrected copy): a second file, never a silent replacement.
    await page.setInputFiles('#input-files', [{ name: BROKEN, mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(SAMPLES, NAMES[0])) }]);
    const second = 'so-hong (2).xlsx';
    await page.waitForSelector(`.file-card[data-file="${second}"][data-state="checked"]`);
    expect(await page.$$eval('.file-card', (c) => c.map((x) => [(x as HTMLElement).dataset.file, (x as HTMLElement).dataset.state]))).toEqual([
      [BROKEN, 'refused'],
      [second, 'checked'],
    ]);
    expect(await page.textContent('#status')).toContain(`Danh sách đã có một tệp ${BROKEN} khác nội dung: tệp mới được thêm với tên “${second}”.`);
    // The same bytes again: not added twice.
    await page.setInputFiles('#input-files', [{ name: BROKEN, mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(SAMPLES, NAMES[0])) }]);
    await page.waitForFunction((f) => document.getElementById('status')?.textContent?.includes(`${f} đã có trong danh sách.`), BROKEN);
    expect(await page.$$eval('.file-card', (c) => c.length)).toBe(2);
    // Two folders, each with its "Phụ lục.xlsx": the second is named with its folder.
    for (const [dir, sample] of [['So Noi vu', NAMES[0]], ['So Tu phap', NAMES[3]]]) {
      fs.mkdirSync(path.join(work, dir), { recursive: true });
      fs.copyFileSync(path.join(SAMPLES, sample), path.join(work, dir, 'Phụ lục.xlsx'));
      await page.setInputFiles('#input-folder', path.join(work, dir));
      await waitChecked(page);
    }
    await page.waitForSelector('.file-card[data-file="So Tu phap/Phụ lục.xlsx"][data-state="checked"]');
    expect(await page.$$eval('.file-card', (c) => c.map((x) => (x as HTMLElement).dataset.file))).toEqual(['Phụ lục.xlsx', 'So Tu phap/Phụ lục.xlsx', BROKEN, second]);
    // Each keeps its own findings: the two files' counts are not the same.
    const errs = async (f: string) => page.textContent(`.file-card[data-file="${f}"] .chip[data-count="warnings"]`);
    expect(await errs('Phụ lục.xlsx')).not.toBe(await errs('So Tu phap/Phụ lục.xlsx'));
    // A drop on the box, as the browser delivers one.
    const bytes = fs.readFileSync(path.join(SAMPLES, NAMES[3])).toString('base64');
    await page.evaluate(
      ({ bytes, name }) => {
        const bin = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bin], name));
        document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { bytes, name: NAMES[3] },
    );
    await page.waitForSelector(`.file-card[data-file="${NAMES[3]}"][data-state="checked"]`);
    await page.context().close();
  });

  it('takes a whole folder, workbooks only, by their paths inside it', async () => {
    const folder = path.join(work, 'Quý III');
    fs.mkdirSync(path.join(folder, 'huyen'), { recursive: true });
    fs.copyFileSync(path.join(SAMPLES, NAMES[0]), path.join(folder, NAMES[0]));
    fs.copyFileSync(path.join(SAMPLES, NAMES[3]), path.join(folder, 'huyen', NAMES[3]));
    fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'Báo cáo gửi Sở Nội vụ');
    fs.writeFileSync(path.join(folder, `~$${NAMES[0]}`), 'lock');
    const { page } = await openPage();
    await page.setInputFiles('#input-folder', folder);
    await waitChecked(page);
    expect(await page.$$eval('.file-card', (cards) => cards.map((c) => (c as HTMLElement).dataset.file))).toEqual([NAMES[0], `huyen/${NAMES[3]}`]);
    expect(await page.textContent('#status')).toBe('Đã kiểm tra 2 tệp. Bỏ qua 2 tệp trong thư mục không phải tệp Excel.');
    await page.context().close();
  });

  it('speaks English on request, with the CLI’s English sentence for the damaged file', async () => {
    const expected = JSON.parse(cli(['validate', ...allFiles(), '--as-of', AS_OF, '--json'], 'en').out) as CliValidate;
    const { page } = await openPage({ query: '?lang=en' });
    expect(await page.textContent('h1')).toBe('Reform plan checks and quarterly report');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await upload(page);
    expect(await page.textContent('#totals .chip[data-count="errors"]')).toBe(`${expected.stats.errors} errors`);
    expect(await page.textContent(`.file-card[data-file="${BROKEN}"] .file-error`)).toBe(expected.skipped[0].message);
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Kiểm tra và tổng hợp kế hoạch CCHC');
    expect(await page.textContent('#btn-report')).toBe('Tạo báo cáo quý');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang');
    await page.context().close();
  });
});

describe('the date a report is judged on (issue 17 §2)', () => {
  it('a period’s date follows the report’s rule: the cut-off 14/09/2024 for Quý III, the period’s last day on request, remembered', async () => {
    const { page, context } = await openPage();
    // A fresh page on 05/10/2024: the current quarter, judged on today (its cut-off is still ahead), and says so.
    expect(await page.inputValue('#period')).toBe('2024-Q4');
    expect(await page.inputValue('#as-of')).toBe('05/10/2024');
    expect(await page.textContent('#as-of-origin')).toBe('Hôm nay: Quý IV năm 2024 chưa đến ngày 14/12/2024.');
    await page.selectOption('#period', '2024-Q3');
    expect(await page.inputValue('#as-of')).toBe(AS_OF_VI);
    expect(await page.textContent('#as-of-origin')).toBe('Ngày chốt số liệu của Quý III (9 tháng) năm 2024 (ngày 14 tháng cuối kỳ, Nghị định 09/2019/NĐ-CP).');
    expect(await page.textContent('#as-of-change')).toBe('Ngày tính đến đổi từ 05/10/2024 thành 14/09/2024.');
    await page.selectOption('#as-of-rule', 'period-end');
    expect(await page.inputValue('#as-of')).toBe('30/09/2024');
    expect(await page.textContent('#as-of-change')).toBe('Ngày tính đến đổi từ 14/09/2024 thành 30/09/2024.');
    // The report says the rule it followed, and counts from the period's first day, as `--as-of-rule period-end` does.
    await page.setInputFiles('#input-files', [path.join(inputs, NAMES[1])]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    const file = path.join(work, 'report-period-end.xlsx');
    await download.saveAs(file);
    expect(await page.textContent('#status')).toContain('tính đến 30/09/2024 — ngày cuối kỳ)');
    const read = readWorkbook(fs.readFileSync(file));
    if (!read.ok) throw new Error('unreadable');
    expect(read.grids[0].values.flat().join('\n')).toContain('Số liệu tính từ 1/1/2024 đến 30/9/2024. Số liệu tính đến ngày cuối kỳ báo cáo (theo cài đặt của cơ quan).');
    // The rule is remembered.
    await page.reload();
    await page.waitForSelector('#btn-files');
    expect([await page.inputValue('#period'), await page.inputValue('#as-of-rule'), await page.inputValue('#as-of')]).toEqual(['2024-Q3', 'period-end', '30/09/2024']);
    await context.close();
  });

  it('the as-of date survives a reload: with its period, or typed; and the report states the date it was judged on', async () => {
    const { page, context } = await openPage();
    await page.selectOption('#period', '2024-Q3');
    await page.reload();
    await page.waitForSelector('#btn-files');
    // Not today (05/10/2024): the Quý III report once said "tính đến 07/12/2026" after a reload.
    expect([await page.inputValue('#period'), await page.inputValue('#as-of')]).toEqual(['2024-Q3', AS_OF_VI]);
    await page.fill('#as-of', '20/09/2024');
    expect(await page.textContent('#as-of-origin')).toBe('Ngày bạn đã nhập; được giữ cùng kỳ báo cáo.');
    await page.reload();
    await page.waitForSelector('#btn-files');
    expect([await page.inputValue('#period'), await page.inputValue('#as-of')]).toEqual(['2024-Q3', '20/09/2024']);
    // The report downloaded says, in its header, the date it was judged on.
    await page.setInputFiles('#input-files', [path.join(inputs, NAMES[1])]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    const file = path.join(work, 'report-typed-date.xlsx');
    await download.saveAs(file);
    expect(await page.textContent('#status')).toContain('tính đến 20/09/2024');
    const read = readWorkbook(fs.readFileSync(file));
    if (!read.ok) throw new Error('unreadable');
    const row = read.grids[0].values.findIndex((r) => r[0] === 'Số liệu tính đến ngày:');
    expect(read.grids[0].texts?.[row]?.[2] ?? read.grids[0].values[row][2]).toBe('20/09/2024');
    // And, as `--as-of` would, that the date was chosen, not the rule's: the window from the legal start to it.
    expect(read.grids[0].values.flat().join('\n')).toContain('Số liệu tính từ 15/12/2023 đến 20/9/2024. Số liệu tính đến ngày do người lập báo cáo chọn.');
    expect(await page.textContent('#status')).toContain('tính đến 20/09/2024 — ngày đã chọn)');
    await context.close();
  });

  it('reads and shows dd/mm/yyyy in a browser set to English; checks again only once a date is whole and valid', async () => {
    const { page, context } = await openPage({ locale: 'en-US' });
    await upload(page, [path.join(inputs, NAMES[3])]);
    expect(await page.inputValue('#as-of')).toBe(AS_OF_VI);
    expect(await page.getAttribute('#as-of', 'type')).toBe('text');
    // Count the re-checks: each one puts the card back to work.
    await page.evaluate(() => {
      const w = window as unknown as { __rechecks: number };
      w.__rechecks = 0;
      // A card going from checked to working: each record's new value is the next record's old one, or the current.
      new MutationObserver((ms) => {
        ms.forEach((m, i) => {
          const next = ms.slice(i + 1).find((x) => x.target === m.target);
          const now = next ? next.oldValue : (m.target as HTMLElement).dataset.state;
          if (m.oldValue === 'checked' && now === 'working') w.__rechecks++;
        });
      }).observe(document.getElementById('file-list')!, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-state'] });
    });
    const rechecks = () => page.evaluate(() => (window as unknown as { __rechecks: number }).__rechecks);
    await page.fill('#as-of', '');
    // Typed key by key, as a person does: "20/05/202" and the years 0, 2, 20, 202 on the way are no date.
    await page.type('#as-of', '20/05/202');
    expect(await rechecks()).toBe(0);
    expect(await page.isHidden('#error')).toBe(true);
    await page.type('#as-of', '2');
    await waitChecked(page);
    await page.waitForSelector('.file-card[data-state="checked"]');
    expect(await rechecks()).toBe(1);
    expect(num(await page.textContent(`.file-card[data-file="${NAMES[3]}"] .chip[data-count="errors"]`))).toBe((JSON.parse(cli(['validate', NAMES[3], '--as-of', '2022-05-20', '--json']).out) as CliValidate).stats.errors);
    // A year like 0020 is no date: said once the field is left, and nothing is checked again.
    await page.fill('#as-of', '20/05/0020');
    await page.press('#as-of', 'Tab');
    expect(await page.textContent('#error')).toBe('Ngày “Tính đến” chưa hợp lệ: ghi dạng ngày/tháng/năm, ví dụ 14/09/2024.');
    expect(await page.getAttribute('#as-of', 'aria-invalid')).toBe('true');
    expect(await rechecks()).toBe(1);
    await context.close();
  });

  it('a period picked never replaces a typed date silently: kept inside the period, replaced outside it, and said', async () => {
    const { page, context } = await openPage();
    await page.selectOption('#period', '2024-Q3');
    await page.fill('#as-of', '20/06/2024');
    await page.selectOption('#period', '2024-H1');
    expect(await page.inputValue('#as-of')).toBe('20/06/2024');
    expect(await page.textContent('#as-of-change')).toBe('Giữ ngày tính đến 20/06/2024 bạn đã nhập.');
    await page.selectOption('#period', '2023-Q3');
    expect(await page.inputValue('#as-of')).toBe('14/09/2023');
    expect(await page.textContent('#as-of-change')).toBe('Ngày bạn đã nhập (20/06/2024) nằm ngoài Quý III (9 tháng) năm 2023, nên ngày tính đến đổi thành 14/09/2023.');
    await context.close();
  });

  it('offers the periods of the files’ own years: a 2022 plan, opened in 2024, without a 2022 date typed first', async () => {
    const { page, context } = await openPage();
    const years = () => page.$$eval('#period optgroup', (gs) => gs.map((g) => g.getAttribute('label')));
    expect(await years()).toEqual(['2024', '2023']);
    await page.setInputFiles('#input-files', [path.join(inputs, NAMES[3])]);
    await waitChecked(page);
    expect(await years()).toEqual(['2024', '2023', '2022']);
    await page.selectOption('#period', '2022-Q3');
    expect(await page.inputValue('#as-of')).toBe('14/09/2022');
    await context.close();
  });
});

describe('what an officer sees (issue 17 §3)', () => {
  it.each([360, 1280])('results come into view when they arrive, at %i px, and their heading takes the focus', async (width) => {
    const { page, context } = await openPage({ width, height: 800 });
    // As a person does it: the button, then the files in the browser's file chooser.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#btn-files')]);
    await chooser.setFiles(allFiles().map((f) => path.join(inputs, f)));
    await waitChecked(page);
    await page.waitForFunction(() => document.activeElement?.id === 'files-title');
    const box = await page.evaluate(() => {
      const card = document.querySelector('.file-card')!.getBoundingClientRect();
      const head = document.getElementById('files-title')!.getBoundingClientRect();
      return { head: head.top, card: card.top, height: window.innerHeight, left: card.left };
    });
    expect(box.head).toBeGreaterThanOrEqual(0);
    expect(box.card).toBeLessThan(box.height - 40);
    // Wide: the results use the right half, beside the settings.
    if (width > 900) expect(box.left).toBeGreaterThan(width / 3);
    // Said for screen readers too: the status line is a polite live region.
    expect(await page.getAttribute('#status', 'aria-live')).toBe('polite');
    await context.close();
  });

  it('no finding code shows in the Vietnamese page: groups, filter and messages in words; each finding names its task', async () => {
    const { page, context } = await openPage();
    await upload(page);
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const shown = await page.evaluate(() => `${document.body.innerText}\n${[...document.querySelectorAll('option')].map((o) => o.textContent).join('\n')}`);
    const codes = [...TASK_CODES, ...INDEX_CODES];
    expect(codes.filter((c) => shown.includes(c))).toEqual([]);
    expect(shown).toContain(`${CODE_LABEL['deadline-expired'].vi} · `);
    const group = await page.$$eval('details.code[data-code="deadline-expired"] > summary', (s) => s.map((x) => x.textContent ?? ''));
    expect(group[0].startsWith(`${CODE_LABEL['deadline-expired'].vi} · `)).toBe(true);
    // A finding on a task names the task: its number and the start of its text.
    const task = await page.textContent('.file-card[data-file="dong-thap-2022-ke-hoach-cchc.xlsx"] button.finding[data-cell="H49"] .task');
    expect(task).toMatch(/^Nhiệm vụ \S+ \S+/);
    await context.close();
  });

  it('an empty page shows no “Bỏ tất cả” and no filter box (hidden stays hidden)', async () => {
    const { page, context } = await openPage();
    expect(await page.isVisible('#no-files')).toBe(true);
    expect(await page.isHidden('#btn-clear')).toBe(true);
    expect(await page.isHidden('#filters')).toBe(true);
    expect(await page.isHidden('#confirm')).toBe(true);
    await context.close();
  });

  it('the cell view can be read: long text wraps in columns of at most 280 px, the column letters and row numbers stay, the sheets are one compact list', async () => {
    const { page, context } = await openPage();
    await upload(page);
    const file = 'dong-nai-2024-phu-luc-nhiem-vu.xlsx';
    await page.click(`button.finding[data-file="${file}"][data-cell="E17"]`);
    await page.waitForSelector(`.viewer .grid-view[data-file="${file}"] td.selected[data-cell="E17"]`);
    const look = await page.evaluate(() => {
      const widths = [...document.querySelectorAll('.viewer table.grid col')].map((c) => c.getBoundingClientRect().width || parseFloat((c as HTMLElement).style.width));
      const text = document.querySelector('.viewer td .cell-text.wrap')!;
      const th = document.querySelector('.viewer table.grid thead th')!;
      const rowHead = document.querySelector('.viewer table.grid tbody th')!;
      const list = document.getElementById('grid-sheet') as HTMLSelectElement;
      return {
        widest: Math.max(...widths),
        wrap: getComputedStyle(text).whiteSpace,
        head: getComputedStyle(th).position,
        rowHead: [getComputedStyle(rowHead).position, getComputedStyle(rowHead).backgroundColor],
        sheets: list.options.length,
        listHeight: list.getBoundingClientRect().height,
        tabs: document.querySelectorAll('.viewer .grid-tab').length,
      };
    });
    expect(look.widest).toBeLessThanOrEqual(280);
    expect(look.wrap).toBe('pre-wrap');
    expect(look.head).toBe('sticky');
    expect(look.rowHead[0]).toBe('sticky');
    expect(look.rowHead[1]).not.toBe('rgba(0, 0, 0, 0)');
    // 24 sheets in one line, not 170 px of tabs.
    expect(look.sheets).toBe(24);
    expect(look.listHeight).toBeLessThan(40);
    expect(look.tabs).toBe(0);
    expect(await page.$eval('#grid-sheet', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('PL1 Sở Nội vụ · 1 vấn đề');
    // Scrolled sideways, the row numbers still cover what passes under them.
    await page.$eval('.viewer .grid-body', (b) => (b.scrollLeft = 400));
    const covered = await page.evaluate(() => {
      const th = document.querySelector('.viewer table.grid tbody tr:nth-child(5) th')!.getBoundingClientRect();
      const hit = document.elementFromPoint(th.left + th.width / 2, th.top + th.height / 2);
      return hit?.tagName;
    });
    expect(covered).toBe('TH');
    await context.close();
  });
});

describe('a file with nothing to check (issue 16 §2)', () => {
  it('is named as such, with the sheets looked at; a report of only such files warns before anything is written', async () => {
    const wrong = path.join(work, 'cong-van.xlsx');
    fs.writeFileSync(wrong, await buildBuffer({ file: 'cong-van.xlsx', source: 'test', sheets: [{ name: 'Công văn', values: [['UBND TỈNH ĐỒNG THÁP'], ['SỞ NỘI VỤ'], ['V/v báo cáo kết quả thực hiện cải cách hành chính quý III năm 2024'], ['Kính gửi: Ủy ban nhân dân tỉnh']], merges: [] }, { name: 'Sheet2', values: [['Ghi chú: gửi kèm báo cáo']], merges: [] }] }));
    const { page, context } = await openPage();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await upload(page, [wrong]);
    const card = '.file-card[data-file="cong-van.xlsx"]';
    expect(await page.getAttribute(card, 'data-state')).toBe('no-table');
    expect(await page.textContent(`${card} .chip`)).toBe('Không có bảng để kiểm tra');
    expect(await page.textContent(`${card} .file-notable`)).toBe('Không tìm thấy bảng nhiệm vụ hay bảng chỉ số nào trong sổ cong-van.xlsx (đã xem 2 trang: “Công văn”, “Sheet2”). Có thể đơn vị đã gửi nhầm tệp; sổ này không được tính vào báo cáo.');
    expect(await page.textContent('#status')).toBe('Đã kiểm tra 1 tệp. 1 tệp không có bảng nhiệm vụ hay bảng chỉ số nào.');
    // Never "no problems found".
    expect(await page.textContent('body')).not.toContain('Không phát hiện vấn đề nào');
    await page.click('#btn-report');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(await page.textContent('#confirm-text')).toContain('Không tệp nào có bảng nhiệm vụ hay bảng chỉ số');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-report-cancel');
    await page.click('#btn-report-cancel');
    expect(await page.isHidden('#confirm')).toBe(true);
    expect(downloads).toEqual([]);
    // Asked again, and made anyway: then it is written.
    await page.click('#btn-report');
    await page.waitForSelector('#confirm:not([hidden])');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report-anyway')]);
    expect(download.suggestedFilename()).toBe('Tổng hợp Q3-2024.xlsx');
    // With a file that has a table, no question is asked.
    await page.setInputFiles('#input-files', [path.join(inputs, NAMES[3])]);
    await waitChecked(page);
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    expect(again.suggestedFilename()).toBe('Tổng hợp Q3-2024.xlsx');
    expect(await page.textContent('#status')).toContain('1 tệp không có bảng nhiệm vụ hay bảng chỉ số nào.');
    await context.close();
  });
});

describe('security', () => {
  it('shows markup and formulas from a workbook — its name, sheet names and cells — as text; nothing runs', async () => {
    const hostileName = '<img src=x onerror=__xss=1>.xlsx';
    const sheetName = '<img src=x onerror=__xss=1>';
    const buffer = await buildBuffer({ file: 'hostile.xlsx', source: 'test', sheets: [{ ...HOSTILE_SHEET, name: sheetName, merges: [] }] });
    const { page, errors } = await openPage();
    await page.selectOption('#period', '2024-Q3');
    await page.setInputFiles('#input-files', [{ name: hostileName, mimeType: 'application/octet-stream', buffer }]);
    await waitChecked(page);
    const xss = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
    expect(await xss()).toBeUndefined();
    expect(await page.textContent('.file-card .file-name')).toBe(hostileName);
    expect(await page.textContent('.file-card .sheet-name')).toBe(sheetName);
    const messages = await page.$$eval('button.finding .message', (els) => els.map((e) => e.textContent ?? ''));
    expect(messages.some((m) => m.includes('<img src=x onerror="window.__xss=1">'))).toBe(true);
    await page.click('button.finding[data-cell="C3"]');
    await page.waitForSelector('td.selected[data-cell="C3"]');
    expect(await page.textContent('td[data-cell="B2"]')).toBe('=HYPERLINK("http://example.com","Bấm vào đây")');
    expect(await page.textContent('td[data-cell="B3"]')).toBe('<img src=x onerror="window.__xss=1">');
    expect(await page.textContent('td[data-cell="D4"]')).toBe('<script>window.__xss=1</script>');
    expect(await page.inputValue('#grid-sheet')).toBe(sheetName);
    expect(await page.$$eval('img, script:not([src])', (els) => els.length)).toBe(0);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export')]);
    const file = path.join(work, 'hostile-findings.xlsx');
    await dl.saveAs(file);
    const back = await readBack(fs.readFileSync(file));
    const cells = Object.values(back.sheets[0].cells);
    expect(cells.find((c) => c.value === hostileName)?.type).toBe(3 /* a string, not a formula */);
    expect(cells.some((c) => typeof c.value === 'object' && c.value !== null && 'formula' in (c.value as object))).toBe(false);
    expect(await xss()).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks nothing of any other origin: every request is to the page’s own server or its own blob: files', () => {
    const mine = requests.filter((u) => !u.startsWith('file:'));
    expect(mine.length).toBeGreaterThan(20);
    expect(mine.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`) && !u.startsWith('data:'))).toEqual([]);
  });
});

describe('opened straight from disk (file://)', () => {
  it('Chromium refuses it workers: the page says so, reads on its own thread with progress, and gives the same counts and report', async () => {
    const expected = JSON.parse(cli(['validate', ...allFiles(), '--as-of', AS_OF, '--json']).out) as CliValidate;
    const { page, errors, own } = await openPage({ url: `file://${path.join(WEB_BUILD, 'index.html')}` });
    await page.waitForSelector('#mode-notice:not([hidden])');
    expect(await page.textContent('#mode-notice')).toContain('chỉ cho đọc từng tệp một');
    await upload(page);
    expect(num(await page.textContent('#totals .chip[data-count="errors"]'))).toBe(expected.stats.errors);
    expect(num(await page.textContent('#totals .chip[data-count="warnings"]'))).toBe(expected.stats.warnings);
    expect(await page.textContent(`.file-card[data-file="${BROKEN}"] .file-error`)).toBe(expected.skipped[0].message);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
    expect(download.suggestedFilename()).toBe('Tổng hợp Q3-2024.xlsx');
    // No worker: the page loaded the reader itself, from disk, and nothing from anywhere else.
    expect(page.workers()).toEqual([]);
    expect(scripts(own).some((u) => /^engine\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(own.every((u) => u.startsWith('file:///') || u.startsWith('blob:null/') || u.startsWith('data:'))).toBe(true);
    expect(requests.filter((u) => u.startsWith('file:') || u.startsWith('blob:null')).length).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`) && !u.startsWith('file:///') && !u.startsWith('blob:null/') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 360],
  ] as const)('axe-core finds no serious or critical violation (%s, %i px), findings and grid shown', async (scheme, width) => {
    const { page } = await openPage({ scheme, width });
    await upload(page);
    await page.click('button.finding[data-cell="D22"]');
    await page.waitForSelector('td.selected');
    expect(await axeSerious(page)).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard alone: pick the files, open a finding’s cell, download the report', async () => {
    const { page } = await openPage();
    const tabTo = async (test: string, back = false, max = 300) => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, test)) return;
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`Tab never reached ${test}`);
    };
    // The period with the arrow keys (each choice moves the as-of date with it).
    await tabTo('#period');
    for (let i = 0; i < 12 && (await page.inputValue('#period')) !== '2024-Q3'; i++) await page.keyboard.press('ArrowUp');
    expect(await page.inputValue('#period')).toBe('2024-Q3');
    expect(await page.inputValue('#as-of')).toBe(AS_OF_VI);
    await tabTo('#btn-files');
    // Playwright switches file-chooser interception on when the listener is added, without waiting for the
    // browser: a key press sent at once can open the real (headless, invisible) chooser first, and the event
    // never comes (puppeteer/puppeteer#6040, the same race). A round trip first lets the switch land.
    const chooserOpened = page.waitForEvent('filechooser');
    await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('Enter');
    const chooser = await chooserOpened;
    await chooser.setFiles(allFiles().map((f) => path.join(inputs, f)));
    await waitChecked(page);
    await tabTo('button.finding[data-cell="D22"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('td.selected[data-cell="D22"]');
    // The focus stays on the finding: the list goes on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('D22');
    await tabTo('#btn-report', true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('Tổng hợp Q3-2024.xlsx');
    // Nothing the mouse can use is out of the keyboard's reach (the file inputs are driven by their buttons).
    const unreachable = await page.$$eval('button, input, select, summary, a[href], [role="button"], [role="tab"]', (els) =>
      els.filter((e) => (e as HTMLElement).tabIndex < 0 && !['input-files', 'input-folder', 'rs-file'].includes(e.id) && !(e as HTMLElement).closest('[hidden]')).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unreachable).toEqual([]);
    await page.context().close();
  });
});

describe('screenshots (saved to test-output/screenshots)', () => {
  it.each([
    ['light', 360],
    ['dark', 360],
    ['light', 1280],
    ['dark', 1280],
  ] as const)('%s, %i px wide: fits the width, findings and the marked cell shown', async (scheme, width) => {
    const { page } = await openPage({ scheme, width });
    await upload(page);
    await page.click('button.finding[data-cell="D22"]');
    await page.waitForSelector('td.selected');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Wide: the page from its top, the grid beside the list. Narrow: the list of findings, where the eye is.
    if (width > 900) await page.evaluate(() => window.scrollTo(0, 0));
    else await page.evaluate(() => document.getElementById('files-title')!.scrollIntoView({ block: 'start' }));
    const file = path.join(SHOTS, `web-${scheme}-${width}.png`);
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(20_000);
    await page.context().close();
  });
});
