import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { ensureBuild, launch, requireChromium, ROOT, SHOTS, startServer, stopServer } from './browser';

jest.setTimeout(120_000);

let browser: Browser;
let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  requireChromium();
  ensureBuild();
  ({ server, origin } = await startServer());
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stopServer(server);
});

async function openPreview(query = '', viewport = { width: 1280, height: 900 }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport, colorScheme });
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${origin}/preview.html${query}`);
  await page.click('#btn-preview');
  await page.waitForSelector('#btn-validate');
  return page;
}

const count = (page: Page, kind: string) => page.getAttribute(`.chip[data-count="${kind}"]`, 'data-count').then(() => page.textContent(`.chip[data-count="${kind}"]`));

describe('the task pane outside Office (preview.html)', () => {
  it('says it is outside Excel and offers the samples', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/preview.html`);
    expect(await page.textContent('.notice')).toContain('ngoài Excel');
    expect(await page.textContent('#btn-preview')).toBe('Xem thử với sổ mẫu');
    await page.close();
  });

  it('validates the sample workbook and shows the expected counts', async () => {
    const page = await openPreview();
    await page.click('#btn-validate');
    await page.waitForSelector('.counts');
    expect(await count(page, 'errors')).toBe('1 lỗi');
    // H49, due Quý II/2022 and still "Đang thực hiện"; seed 000's paired two-paragraph row is no warning.
    expect(await count(page, 'warnings')).toBe('0 cảnh báo');
    expect(await count(page, 'infos')).toBe('0 lưu ý');
    expect(await page.textContent('.checked')).toBe('Đã kiểm tra 2 trang, 60 dòng.');
    await page.close();
  });

  it('clicking a finding selects its cell in the grid, on its sheet', async () => {
    const page = await openPreview();
    await page.click('.grid-tab[data-sheet="Phụ lục chỉ số 2022"]');
    await page.click('#btn-validate');
    await page.click('button.finding[data-cell="H49"]');
    await page.waitForSelector('table.grid[data-sheet="Phụ lục KH 367"] td.selected[data-cell="H49"]');
    expect(await page.getAttribute('.grid-tab[aria-selected="true"]', 'data-sheet')).toBe('Phụ lục KH 367');
    expect(await page.textContent('td.selected')).toBe('Quý II/2022');
    await page.close();
  });

  it('marks problem cells and clears exactly those marks', async () => {
    const page = await openPreview();
    await page.click('#btn-validate');
    const before = await page.$$eval('table.grid td', (tds) => tds.map((td) => td.getAttribute('style') ?? ''));
    await page.click('#btn-mark');
    await page.waitForSelector('table.grid td.marked[data-cell="H49"]');
    expect(await page.textContent('.status')).toContain('Đã đánh dấu 1 ô trên 1 trang');
    await page.click('#btn-clearMarks');
    await page.waitForFunction(() => document.querySelectorAll('table.grid td.marked').length === 0);
    expect(await page.textContent('.status')).toContain('Đã xóa 1 quy tắc');
    expect(await page.$$eval('table.grid td', (tds) => tds.map((td) => td.getAttribute('style') ?? ''))).toEqual(before);
    await page.close();
  });

  it('builds the quarterly report, which appears as a new sheet with its title and totals', async () => {
    const page = await openPreview();
    await page.click('#btn-report');
    await page.waitForSelector('.grid-tab[data-sheet="Tổng hợp Q3-2022"][aria-selected="true"]');
    // The sample's date, 15/10/2022, is one the user typed: the report is judged on it (as `--as-of` is, not capped
    // at Quý III's 30/09 — one task done on 01–15/10 counts), and the status says which day.
    expect(await page.textContent('.status')).toBe('Đã tạo trang “Tổng hợp Q3-2022” (tính đến 15/10/2022): 60 nhiệm vụ, hoàn thành 18, quá hạn 1.');
    expect(await page.textContent('table.grid td[data-cell="A1"]')).toBe('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
    expect(await page.textContent('table.grid td[data-cell="A2"]')).toBe('QUÝ III NĂM 2022');
    const rows = await page.$$eval('table.grid tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const total = rows.find((r) => r[1] === 'Tổng số nhiệm vụ');
    expect(total?.[2]).toBe('60');
    // Running it again offers to replace the earlier report.
    await page.click('#btn-report');
    await page.waitForSelector('.confirm:not([hidden])');
    await page.click('.confirm .btn.primary');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Đã tạo trang'));
    expect(await page.$$eval('.grid-tab', (tabs) => tabs.map((t) => t.textContent))).toEqual(['Phụ lục KH 367', 'Phụ lục chỉ số 2022', 'Tổng hợp Q3-2022', 'Chi tiết Q3-2022']);
    await page.close();
  });

  it('switches language to English and back', async () => {
    const page = await openPreview();
    await page.click('.lang-toggle');
    expect(await page.textContent('#btn-validate')).toBe('Check workbook');
    await page.click('#btn-validate');
    expect(await count(page, 'errors')).toBe('1 errors');
    expect(await page.textContent('button.finding[data-cell="H49"] .message')).toContain('past the deadline');
    await page.click('.lang-toggle');
    expect(await page.textContent('#btn-validate')).toBe('Kiểm tra sổ');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.close();
  });
});

describe('security', () => {
  it('shows markup and formulas from cells as plain text, in the pane and the grid; nothing runs', async () => {
    const page = await openPreview('?extra=hostile');
    await page.click('.grid-tab[data-sheet="Kiểm tra an toàn"]');
    await page.click('#btn-validate');
    await page.waitForSelector('.counts');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.textContent('table.grid td[data-cell="B2"]')).toBe('=HYPERLINK("http://example.com","Bấm vào đây")');
    expect(await page.textContent('table.grid td[data-cell="B3"]')).toBe('<img src=x onerror="window.__xss=1">');
    const messages = await page.$$eval('button.finding .message', (els) => els.map((e) => e.textContent ?? ''));
    expect(messages.some((m) => m.includes('<img src=x onerror="window.__xss=1">'))).toBe(true);
    await page.click('#btn-report');
    await page.waitForSelector('.grid-tab[data-sheet="Tổng hợp Q3-2022"]');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('loads nothing from any origin but its own (preview.html loads no office.js)', () => {
    expect(requests.length).toBeGreaterThan(10);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});

describe('accessibility', () => {
  it('every action can be reached and used from the keyboard', async () => {
    const page = await openPreview();
    // Tab until the validate button has focus, then press Enter.
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'btn-validate'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('btn-validate');
    await page.keyboard.press('Enter');
    await page.waitForSelector('button.finding');
    // The findings are buttons in the tab order; Enter on one selects the cell.
    await page.focus('button.finding[data-cell="H49"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('td.selected[data-cell="H49"]');
    const unreachable = await page.$$eval('button, input, select, summary, [role="button"]', (els) =>
      els.filter((e) => (e as HTMLElement).tabIndex < 0 && !(e as HTMLInputElement).classList.contains('visually-hidden')).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unreachable).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const page = await openPreview();
    await page.click('#btn-validate');
    await page.waitForSelector('button.finding');
    // The pane's CSP (rightly) refuses inline scripts; evaluate() runs axe through the debugging protocol instead.
    await page.evaluate(`${fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')};0`);
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      return axe.run(document.querySelector('.preview-side'), { resultTypes: ['violations'] });
    });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    expect(serious).toEqual([]);
    await page.close();
  });
});

describe('screenshots of the pane (saved to test-output/screenshots)', () => {
  it.each([
    ['light', 320],
    ['light', 450],
    ['dark', 320],
    ['dark', 450],
  ] as const)('%s, %i px wide', async (scheme, width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${origin}/preview.html`);
    await page.click('#btn-preview');
    await page.click('#btn-validate');
    await page.waitForSelector('button.finding');
    // The pane must fit: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.querySelector('.preview-side')!.scrollWidth - document.querySelector('.preview-side')!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const file = path.join(SHOTS, `taskpane-${scheme}-${width}.png`);
    await page.locator('.preview-side').screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(5000);
    await page.close();
  });
});

afterAll(() => {
  // Keep the screenshots out of git but next to the repo for a look.
  expect(fs.existsSync(path.join(ROOT, 'test-output'))).toBe(true);
});
