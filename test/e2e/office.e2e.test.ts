// The pages Office opens — taskpane.html, commands.html, message.html — in headless Chromium, with office.js
// from Microsoft's CDN answered by the in-memory host (test/e2e/office-stub.ts): the same HTML, the same <head>
// loading office.js, the same bundles as in Excel. And the same pages in the webviews of Office 2016/2019
// (Internet Explorer 11, "Trident") and of old Microsoft 365 (EdgeHTML), by their user-agent strings: those
// cannot run the ES2020 bundles, so unsupported.js (ES5) must show what to do instead.
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { OFFICE_JS, OFFICE_STUB, officePages } from './browser';
import { sampleWithNote } from '../package-fixtures';

jest.setTimeout(120_000);

const pages = officePages();

/** Internet Explorer 11 as the Office 2016/2019 webview reports itself (support-ie-11: "Trident/7.0; rv:11.0"). */
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
/** Microsoft Edge Legacy (EdgeHTML 18) as a webview. */
const EDGEHTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';

type StubConfig = { outsideOffice?: boolean; excelApi?: string; platform?: string; displayLanguage?: string };

async function openInOffice(file: string, opts: { stub?: StubConfig | 'unreachable'; userAgent?: string } = {}): Promise<Page & { errors: string[]; seen: string[] }> {
  const page = (await pages.browser().newPage({ viewport: { width: 400, height: 900 }, userAgent: opts.userAgent })) as Page & { errors: string[]; seen: string[] };
  page.errors = [];
  page.seen = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('request', (r) => page.seen.push(r.url()));
  if (opts.stub !== 'unreachable') await page.addInitScript((config) => ((window as unknown as { __officeStub: unknown }).__officeStub = config), opts.stub ?? {});
  await page.route(OFFICE_JS, (route) =>
    opts.stub === 'unreachable' ? route.abort('internetdisconnected') : route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(OFFICE_STUB, 'utf8') }),
  );
  await page.goto(`${pages.origin()}/${file}`);
  return page;
}

describe('taskpane.html in Office: office.js from the <head>, then the pane (defect 7)', () => {
  it('loads office.js before anything else and runs the pane on Excel', async () => {
    const page = await openInOffice('taskpane.html');
    await page.waitForSelector('#btn-validate');
    expect(page.seen.filter((u) => !u.startsWith(pages.origin()))).toEqual([OFFICE_JS]);
    await page.fill('#as-of', '15/10/2022'); // the samples are a 2022 plan; the field reads day/month/year
    await page.click('#btn-validate');
    await page.waitForSelector('.counts');
    expect(await page.textContent('.chip[data-count="errors"]')).toBe('1 lỗi');
    expect(await page.textContent('.chip[data-count="warnings"]')).toBe('0 cảnh báo'); // seed 000's paired leads are no warning
    await page.click('button.finding[data-cell="H49"]');
    await page.waitForFunction(() => (window as unknown as { __mem: { selectedAddress(): string } }).__mem.selectedAddress() === "'Phụ lục KH 367'!H49");
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('follows Office’s display language: English Office, English pane', async () => {
    const page = await openInOffice('taskpane.html', { stub: { displayLanguage: 'en-US' } });
    await page.waitForSelector('#btn-validate');
    expect(await page.textContent('#btn-validate')).toBe('Check workbook');
    await page.close();
  });

  it('opened in a plain browser (Office.onReady gives no host), it sends the user to preview.html', async () => {
    const page = await openInOffice('taskpane.html', { stub: { outsideOffice: true } });
    await page.waitForSelector('#open-preview');
    expect(await page.getAttribute('#open-preview', 'href')).toBe('preview.html');
    expect(await page.$('#btn-validate')).toBeNull();
    await page.close();
  });

  it('when office.js cannot be loaded, says so in one sentence', async () => {
    const page = await openInOffice('taskpane.html', { stub: 'unreachable' });
    await page.waitForSelector('.error[role="alert"]');
    expect(await page.textContent('.error')).toContain('office.js');
    await page.close();
  });

  it('on Excel without ExcelApi 1.8, the tracking columns come without the drop-down and the pane says so (defect 2)', async () => {
    const page = await openInOffice('taskpane.html', { stub: { excelApi: '1.7' } });
    await page.waitForSelector('#btn-validate');
    await page.evaluate(async () => {
      const mem = (window as unknown as { __mem: { Excel: { run(f: (c: { workbook: { worksheets: { getItem(n: string): { activate(): void } } }; sync(): Promise<void> }) => Promise<void>): Promise<void> } } }).__mem;
      await mem.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Phụ lục chỉ số 2022').activate(); // five columns, no status column yet
        await context.sync();
      });
    });
    await page.click('details.more summary');
    await page.click('#btn-tracking');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.includes('ExcelApi 1.8') || !document.querySelector('.error')?.hasAttribute('hidden'), undefined, { timeout: 15_000 });
    expect(await page.textContent('.error')).toBe('');
    expect(await page.textContent('.status')).toContain('Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện');
    await page.close();
  });

  it('on Excel on the web, refuses an agency file over about 3.7 MB before reading it, in one sentence (defect 4)', async () => {
    const page = await openInOffice('taskpane.html');
    await page.waitForSelector('#btn-validate');
    await page.click('details.more summary');
    await page.setInputFiles('#import-files', { name: 'so-xay-dung.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.alloc(4 * 1024 * 1024, 1) });
    await page.waitForSelector('.error:not([hidden])');
    const text = await page.textContent('.error');
    expect(text).toContain('“so-xay-dung.xlsx” (4,0 MB)');
    expect(text).toContain('npx cchc report');
    expect(text).toContain('trang web cchc');
    await page.close();
  });
});

type Mem = { hang(): void; failSync(n: number, o?: object): void; sheetNames(): string[]; Excel: { run(f: (c: unknown) => Promise<unknown>): Promise<unknown> } };
const mem = (page: Page) => page.evaluateHandle(() => (window as unknown as { __mem: Mem }).__mem);

describe('taskpane.html: the pane is never lost (issue 17)', () => {
  it('when context.sync() never settles, frees the pane after 3 minutes and says to reopen it', async () => {
    const page = await pages.browser().newPage({ viewport: { width: 400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.install();
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(OFFICE_STUB, 'utf8') }));
    await page.goto(`${pages.origin()}/taskpane.html`);
    await page.waitForSelector('#btn-validate');
    await (await mem(page)).evaluate((m) => m.hang()); // OfficeDev/office-js#6678
    await page.click('#btn-validate');
    await page.waitForSelector('#app[aria-busy="true"]');
    await page.clock.fastForward('02:00');
    expect(await page.getAttribute('#app', 'aria-busy')).toBe('true');
    await page.clock.fastForward('01:01');
    await page.waitForSelector('#app:not([aria-busy])');
    expect(await page.textContent('.error')).toBe('Excel không trả lời sau 3 phút nên việc này đã dừng. Hãy đóng ngăn cchc rồi mở lại và thử lại; nếu vẫn vậy, tải lại trang Excel (hoặc mở lại Excel).');
    expect(await page.isHidden('progress')).toBe(true);
    // Every button works again: the next run starts (and, Excel still hung, is freed in turn).
    await page.click('#btn-validate');
    await page.waitForSelector('#app[aria-busy="true"]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a report that fails after writing says the old report is still there, and it is', async () => {
    const page = await openInOffice('taskpane.html');
    await page.waitForSelector('#btn-validate');
    await page.fill('#as-of', '15/10/2022'); // day/month/year; a 2022 date offers the 2022 periods
    await page.selectOption('#period', '2022-Q3');
    await page.click('#btn-report');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Đã tạo'));
    const names = await (await mem(page)).evaluate((m) => m.sheetNames());
    expect(names).toEqual(expect.arrayContaining(['Tổng hợp Q3-2022', 'Chi tiết Q3-2022']));
    await page.click('#btn-report');
    await page.waitForSelector('.confirm:not([hidden]) button.primary');
    // After the choice: the sheet names (2 syncs), the workbook (3), the report's sheet names (1), then the request
    // that writes the new sheets.
    await (await mem(page)).evaluate((m) => m.failSync(7));
    await page.click('.confirm button.primary');
    await page.waitForSelector('.error:not([hidden])');
    expect(await page.textContent('.error')).toBe('Không tạo được báo cáo (mã lỗi Office: GeneralException); sổ của bạn không bị thay đổi.');
    expect(await (await mem(page)).evaluate((m) => m.sheetNames())).toEqual(names);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('where the browser refuses to save settings, the pane still works and says they will not last', async () => {
    const page = await pages.browser().newPage({ viewport: { width: 400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(OFFICE_STUB, 'utf8') }));
    await page.goto(`${pages.origin()}/taskpane.html`);
    await page.waitForSelector('#btn-validate');
    await page.fill('#due-soon', '45');
    await page.press('#due-soon', 'Tab'); // the change event, as a user leaving the field
    await page.waitForFunction(() => document.querySelector('.status')?.textContent !== '');
    expect(await page.textContent('.status')).toBe('Trình duyệt không cho lưu cài đặt: cài đặt chỉ dùng đến khi đóng ngăn này.');
    expect(await page.inputValue('#due-soon')).toBe('45'); // the pane drew the new setting
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on Excel on the web, an agency file with comments is refused with the reason, in one sentence', async () => {
    const page = await openInOffice('taskpane.html');
    await page.waitForSelector('#btn-validate');
    await page.click('details.more summary');
    await page.setInputFiles('#import-files', { name: 'so-tu-phap.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await sampleWithNote() });
    await page.waitForSelector('.error:not([hidden])');
    expect(await page.textContent('.error p')).toBe(
      'Excel trên web không nhập được tệp “so-tu-phap.xlsx” vì tệp có bảng tổng hợp (PivotTable), biểu đồ, ghi chú/bình luận hoặc slicer. Hãy nhập tệp này bằng Excel trên máy tính, hoặc xoá các phần đó trong một bản sao của tệp rồi nhập bản sao.',
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('commands.html and message.html: the ribbon’s “Tạo báo cáo quý” (defects 1, 5)', () => {
  it('builds the report, shows it in the dialog, and completes only after OK closes the dialog', async () => {
    const page = await openInOffice('commands.html');
    await page.waitForFunction(() => typeof (window as unknown as { createQuarterlyReport?: unknown }).createQuarterlyReport === 'function');
    const outcome = page.evaluate(() => (window as unknown as { __mem: { runCommand(n: string, o: object): Promise<unknown> } }).__mem.runCommand('createQuarterlyReport', { timeLimitMs: 60_000 }));
    await page.waitForFunction(() => (window as unknown as { __mem: { dialogs: unknown[] } }).__mem.dialogs.length === 1);
    const url = await page.evaluate(() => (window as unknown as { __mem: { dialogs: Array<{ url: string }> } }).__mem.dialogs[0].url);
    expect(new URL(url).pathname).toBe('/message.html');

    // The dialog page itself, with the same office.js: it shows the text and sends "close" on OK.
    const dialog = await openInOffice(new URL(url).pathname.slice(1) + new URL(url).search);
    await dialog.waitForSelector('#message');
    expect(await dialog.textContent('#message')).toMatch(/^Đã tạo trang “Tổng hợp Q\d-\d{4}”: \d+ nhiệm vụ/);
    await dialog.click('#ok');
    await dialog.waitForFunction(() => ((window as unknown as { __sentToParent: string[] }).__sentToParent ?? []).length === 1);
    expect(await dialog.evaluate(() => (window as unknown as { __sentToParent: string[] }).__sentToParent)).toEqual(['close']);
    await dialog.close();

    // …which reaches the function file's handler, which closes the dialog and completes the event.
    await page.evaluate(() => (window as unknown as { __mem: { dialogs: Array<{ messageParent(m: string): boolean }> } }).__mem.dialogs[0].messageParent('close'));
    expect(await outcome).toMatchObject({ completed: true, timedOut: false });
    expect(await page.evaluate(() => (window as unknown as { __mem: { dialogs: Array<{ isOpen: boolean }> } }).__mem.dialogs[0].isOpen)).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows hostile text in the dialog as the characters it is', async () => {
    const text = '<img src=x onerror="window.__xss=1"> = 1+1';
    const dialog = await openInOffice(`message.html?kind=error&text=${encodeURIComponent(text)}`);
    await dialog.waitForSelector('#message');
    expect(await dialog.textContent('#message')).toBe(text);
    expect(await dialog.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await dialog.getAttribute('#message', 'class')).toBe('message error');
    await dialog.close();
  });
});

describe('Office 2016/2019’s Internet Explorer 11 webview, and EdgeHTML: a message instead of a blank pane (defect 6)', () => {
  it('taskpane.html in Trident: says which Office versions the add-in needs and what to use, in Vietnamese and English', async () => {
    const page = await openInOffice('taskpane.html', { userAgent: TRIDENT });
    await page.waitForSelector('#unsupported');
    const vi = await page.textContent('#unsupported section[lang="vi"]');
    const en = await page.textContent('#unsupported section[lang="en"]');
    expect(vi).toContain('Internet Explorer 11');
    expect(vi).toContain('Office 2021');
    expect(vi).toContain('npx cchc');
    expect(en).toContain('WebView2');
    expect(en).toContain('Excel on the web');
    // The bundle did not start the pane as well (a real Trident could not even parse it).
    await page.waitForTimeout(300);
    expect(await page.$('#btn-validate')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __cchcUnsupported?: string }).__cchcUnsupported)).toBe('trident');
    await page.close();
  });

  it('taskpane.html in EdgeHTML: the same, naming EdgeHTML', async () => {
    const page = await openInOffice('taskpane.html', { userAgent: EDGEHTML });
    await page.waitForSelector('#unsupported');
    expect(await page.textContent('#unsupported section[lang="vi"]')).toContain('EdgeHTML');
    expect(await page.$('#btn-validate')).toBeNull();
    await page.close();
  });

  it('commands.html in Trident: the ribbon command shows the message in its dialog and completes when it closes', async () => {
    const page = await openInOffice('commands.html', { userAgent: TRIDENT });
    await page.waitForFunction(() => typeof (window as unknown as { createQuarterlyReport?: unknown }).createQuarterlyReport === 'function');
    const outcome = page.evaluate(() => (window as unknown as { __mem: { runCommand(n: string, o: object): Promise<unknown> } }).__mem.runCommand('createQuarterlyReport', { timeLimitMs: 60_000 }));
    await page.waitForFunction(() => (window as unknown as { __mem: { dialogs: unknown[] } }).__mem.dialogs.length === 1);
    const url = new URL(await page.evaluate(() => (window as unknown as { __mem: { dialogs: Array<{ url: string }> } }).__mem.dialogs[0].url));
    expect(url.pathname).toBe('/message.html');
    expect(url.searchParams.get('kind')).toBe('error');
    expect(url.searchParams.get('text')).toContain('Internet Explorer 11');
    // No report was attempted: the sheets are as they were.
    expect(await page.evaluate(() => (window as unknown as { __mem: { sheetNames(): string[] } }).__mem.sheetNames())).toEqual(['Phụ lục KH 367', 'Phụ lục chỉ số 2022']);
    await page.evaluate(() => (window as unknown as { __mem: { dialogs: Array<{ messageParent(m: string): boolean }> } }).__mem.dialogs[0].messageParent('close'));
    expect(await outcome).toMatchObject({ completed: true });
    await page.close();
  });

  it('preview.html in Internet Explorer: asks for a newer browser', async () => {
    const page = await openInOffice('preview.html', { userAgent: TRIDENT });
    await page.waitForSelector('#unsupported');
    expect(await page.textContent('#unsupported section[lang="en"]')).toContain('newer than Internet Explorer');
    expect(await page.$('#btn-preview')).toBeNull();
    await page.close();
  });
});
