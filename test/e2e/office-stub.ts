/**
 * A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests (the tests
 * route that URL here; there is no Internet, and no Excel, on this machine): the in-memory Excel host's Office,
 * Excel and OfficeExtension globals, over seed 004 and seed 000's sample sheets. So taskpane.html, commands.html
 * and message.html run in Chromium exactly as they run in Office, office.js included, on the imitation.
 * Set window.__officeStub before the page loads (page.addInitScript) to configure it.
 */
import type { GridInput } from '../../core';
import { createMemoryExcel, type MemoryPlatform } from '../../addin/host/memory-excel';
import { sampleWorkbook as seed004 } from '../../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../../samples/src/seed000';

type StubConfig = { outsideOffice?: boolean; excelApi?: string; platform?: MemoryPlatform; displayLanguage?: string; sheets?: GridInput[] };
type StubWindow = Window & { __officeStub?: StubConfig; __sentToParent?: string[]; Office?: unknown; Excel?: unknown; OfficeExtension?: unknown; __mem?: unknown };

const w = window as StubWindow;
const config = w.__officeStub ?? {};
const mem = createMemoryExcel({
  sheets: config.sheets ?? [...seed004.sheets, ...seed000.sheets],
  requirementSets: config.excelApi ? { ExcelApi: config.excelApi } : undefined,
  platform: config.platform,
  displayLanguage: config.displayLanguage ?? 'vi-VN',
  // The test server is plain http on 127.0.0.1; Office itself would require HTTPS (12005).
  ui: { pageOrigin: location.origin, requireHttps: false },
});
w.__sentToParent = [];
const ui = {
  ...mem.Office.context.ui,
  // In a dialog page, messageParent goes to the opener; here the test reads what was sent.
  messageParent: (message: string) => void w.__sentToParent!.push(String(message)),
};
const outside = { host: null, platform: null };
w.Office = {
  ...mem.Office,
  context: { ...mem.Office.context, ui },
  // Outside Office, office.js resolves onReady with null host and platform (initialize-add-in).
  onReady: config.outsideOffice
    ? (cb?: (i: typeof outside) => void) =>
        Promise.resolve(outside).then((i) => {
          cb?.(i);
          return i;
        })
    : mem.Office.onReady,
};
w.Excel = mem.Excel;
w.OfficeExtension = mem.OfficeExtension;
w.__mem = mem;
