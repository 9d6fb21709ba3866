/**
 * The task pane as Office opens it (taskpane.html, office.js answered by the in-memory host), on the date a
 * report is judged on (issue 17 §2) and on a workbook with nothing to check (issue 16 §2): the same shared
 * pieces as the web page (front/), in the pane. The clock is fixed on 5 October 2024 in Hà Nội; the stub's
 * workbook is Đồng Tháp's 2022 plan (seeds 004 and 000).
 */
import * as fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { isoToExcelSerial, noTableMessage, type GridInput } from '../../core';
import { OFFICE_JS, OFFICE_STUB, officePages } from './browser';

jest.setTimeout(120_000);

const pages = officePages();

const NOW = new Date('2024-10-05T08:30:00+07:00');

/** A browser set to English, as many offices' are: the pane still reads and shows dates day first. */
async function newContext(): Promise<BrowserContext> {
  const context = await pages.browser().newContext({ viewport: { width: 400, height: 900 }, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.clock.setFixedTime(NOW);
  return context;
}

async function openPane(context: BrowserContext, stub: { sheets?: GridInput[] } = {}): Promise<Page & { errors: string[] }> {
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.addInitScript((config) => ((window as unknown as { __officeStub: unknown }).__officeStub = config), stub);
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(OFFICE_STUB, 'utf8') }));
  await page.goto(`${pages.origin()}/taskpane.html`);
  await page.waitForSelector('#btn-validate');
  return page;
}

const years = (page: Page) => page.$$eval('#period optgroup', (gs) => gs.map((g) => g.getAttribute('label')));

describe('the task pane: the date a report is judged on', () => {
  it('offers the workbook’s own year, follows the period’s cut-off, says what changed, and the report states its date', async () => {
    const context = await newContext();
    const page = await openPane(context);
    expect([await page.inputValue('#period'), await page.inputValue('#as-of')]).toEqual(['2024-Q4', '05/10/2024']);
    expect(await years(page)).toEqual(['2024', '2023']);
    await page.click('#btn-validate');
    await page.waitForSelector('.counts');
    // The plan is for 2022: its periods are offered without a 2022 date typed first.
    expect(await years(page)).toEqual(['2024', '2023', '2022']);
    await page.selectOption('#period', '2022-Q3');
    expect(await page.inputValue('#as-of')).toBe('14/09/2022');
    expect(await page.textContent('#as-of-change')).toBe('Ngày tính đến đổi từ 05/10/2024 thành 14/09/2022.');
    expect(await page.textContent('#as-of-origin')).toBe('Ngày chốt số liệu của Quý III (9 tháng) năm 2022 (ngày 14 tháng cuối kỳ, Nghị định 09/2019/NĐ-CP).');
    await page.click('#btn-report');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Đã tạo trang'));
    expect(await page.textContent('.status')).toMatch(/^Đã tạo trang “Tổng hợp Q3-2022” \(tính đến 14\/09\/2022\): \d+ nhiệm vụ/);
    // The report's header states the date it was judged on.
    const sheet = await page.evaluate(() => (window as unknown as { __mem: { snapshot(n: string): { values: unknown[][] } } }).__mem.snapshot('Tổng hợp Q3-2022').values);
    const row = sheet.find((r) => r[0] === 'Số liệu tính đến ngày:');
    expect(row?.[2]).toBe(isoToExcelSerial('2022-09-14'));
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('the as-of date survives a reload: with its period, or as typed; a half-typed date or a year 0020 is no date', async () => {
    const context = await newContext();
    let page = await openPane(context);
    await page.selectOption('#period', '2023-Q3');
    page = await openPane(context);
    // Not today: the period's cut-off, as before the reload.
    expect([await page.inputValue('#period'), await page.inputValue('#as-of')]).toEqual(['2023-Q3', '14/09/2023']);
    await page.fill('#as-of', '20/09/2023');
    expect(await page.textContent('#as-of-origin')).toBe('Ngày bạn đã nhập; được giữ cùng kỳ báo cáo.');
    // The field keeps the focus as the date is taken (the pane is not redrawn under the user's fingers).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('as-of');
    page = await openPane(context);
    expect([await page.inputValue('#period'), await page.inputValue('#as-of')]).toEqual(['2023-Q3', '20/09/2023']);
    await page.fill('#as-of', '20/09/0020');
    await page.press('#as-of', 'Tab');
    expect(await page.textContent('.error')).toContain('Ngày “Tính đến” chưa hợp lệ');
    page = await openPane(context);
    expect(await page.inputValue('#as-of')).toBe('20/09/2023');
    await context.close();
  });
});

describe('the task pane: a workbook with nothing to check (issue 16 §2)', () => {
  const sheets: GridInput[] = [
    { name: 'Công văn', values: [['UBND TỈNH ĐỒNG THÁP'], ['SỞ NỘI VỤ'], ['V/v báo cáo kết quả thực hiện cải cách hành chính quý III năm 2022']] },
    { name: 'Sheet2', values: [['Ghi chú']] },
  ];
  it('says no task or index table was found, naming the sheets looked at; the report refuses it with the same sentence', async () => {
    const context = await newContext();
    const page = await openPane(context, { sheets });
    const said = noTableMessage({ vi: 'này', en: 'this workbook' }, sheets.map((s) => ({ name: s.name, kind: 'unknown' as const })))!.vi;
    await page.click('#btn-validate');
    await page.waitForSelector('#no-table');
    expect(await page.textContent('#no-table')).toBe(said);
    expect(said).toContain('(đã xem 2 trang: “Công văn”, “Sheet2”)');
    expect(await page.textContent('#app')).not.toContain('Không phát hiện vấn đề nào');
    await page.click('#btn-report');
    await page.waitForSelector('.error:not([hidden])');
    expect(await page.textContent('.error')).toBe(said);
    const names = await page.evaluate(() => (window as unknown as { __mem: { sheetNames(): string[] } }).__mem.sheetNames());
    expect(names).toEqual(['Công văn', 'Sheet2']);
    await context.close();
  });
});
