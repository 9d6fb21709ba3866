import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMemoryExcel, type MemoryExcel } from '../addin/host/memory-excel';
import { clearMarks, importSizeLimitBytes, importWorkbooks, ImportNotSupportedError, markFindings, MARK_TAG, prepareTrackingColumns, readWorkbook, ReportWriteError, selectCell, TEMP_SHEET_PREFIX, writeReport, type ExcelHost } from '../addin/adapter';
import { buildQuarterlyReport, validateOpenWorkbook } from '../addin/app/pipeline';
import { headerFooterSections } from '../addin/adapter/write-report';
import { createQuarterlyReport } from '../addin/commands/report-command';
import { defaultSettings, type Settings } from '../addin/app/settings';
import { columnLetters, consolidate, layoutReport, makePeriod, validateWorkbook, type GridInput } from '../core';
import { readXlsx } from './read-xlsx';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as indices } from '../samples/src/seed003-indices';
import { seedTextSheet } from '../samples/src/large-sheet';

const hostOf = (mem: MemoryExcel): ExcelHost => mem.excelHost();

const SETTINGS: Settings = { ...defaultSettings('vi', new Date(2022, 9, 15)), asOf: '2022-10-15', period: '2022-Q3' };

/** n copies of seed 004's appendix, as agencies' sheets in one workbook. */
function manySheets(n: number): GridInput[] {
  return Array.from({ length: n }, (_, i) => ({ ...structuredClone(seed004.sheets[0]), name: `Đơn vị ${i + 1}` }));
}

function sourceSnapshots(mem: MemoryExcel, names: string[]) {
  return names.map((n) => {
    const s = mem.snapshot(n);
    return { values: s.values, formats: s.formats, numberFormats: s.numberFormats, merges: s.merges, cfs: s.conditionalFormats };
  });
}

describe('reading the workbook', () => {
  // 2 syncs for the sheets and their used ranges, then the cells: one request while the estimate (256 bytes a
  // cell before anything is measured) fits 4 MB; for 60 sheets (8.6 MB estimated) the first request measures
  // ~74 bytes a cell and the remaining sheets fit in one more.
  it.each([
    [1, 3],
    [10, 3],
    [60, 4],
  ])('reads %i sheets in %i syncs, nothing per row or cell', async (n, syncs) => {
    const mem = createMemoryExcel({ sheets: manySheets(n) });
    const snap = await readWorkbook(hostOf(mem));
    expect(mem.stats.syncs).toBe(syncs);
    expect(snap.grids).toHaveLength(n);
    expect(snap.activeSheet).toBe('Đơn vị 1');
  });

  it('gives the core the same findings as the source grids: values, merges and dates survive', async () => {
    const sources = [...seed004.sheets, ...seed000.sheets, ...seed003.sheets, ...indices.sheets];
    const mem = createMemoryExcel({ sheets: sources });
    const snap = await readWorkbook(hostOf(mem));
    const viaExcel = validateWorkbook(snap.grids, { asOf: '2024-12-05' });
    const direct = validateWorkbook(sources, { asOf: '2024-12-05' });
    expect(viaExcel.sheets.map((s) => [s.name, s.kind, s.rows, s.findings.map((f) => `${f.cell} ${f.code}`)])).toEqual(
      direct.sheets.map((s) => [s.name, s.kind, s.rows, s.findings.map((f) => `${f.cell} ${f.code}`)]),
    );
    expect(snap.grids[0].merges!.length).toBe(seed004.sheets[0].merges.length);
  });

  it('reads merged areas however densely a sheet holds them: 10 a row, 600 in one row, and areas across bands (defect 9)', async () => {
    // Excel refuses getMergedAreasOrNullObject over more than 512 merged areas ([Api set: ExcelApi 1.13]; "if the
    // merged areas count in this range is more than 512, then this method will fail"). 64-row bands assumed at
    // most 8 a row; here 200 rows hold 10 each, one row holds 600, and 40 areas run across band edges.
    const cols = 1201;
    const values: (string | number | null)[][] = Array.from({ length: 260 }, (_, r) => Array.from({ length: cols }, (_, c) => (c % 2 === 0 ? `ô ${r + 1}.${c + 1}` : null)));
    const merges: string[] = [];
    const a1 = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;
    for (let r = 0; r < 200; r++) for (let k = 0; k < 10; k++) merges.push(`${a1(r, 2 * k)}:${a1(r, 2 * k + 1)}`);
    for (let k = 0; k < 600; k++) merges.push(`${a1(210, 2 * k)}:${a1(210, 2 * k + 1)}`);
    for (let k = 0; k < 40; k++) merges.push(`${a1(220 + (k % 2), 100 + 2 * k)}:${a1(221 + (k % 2) + 60, 100 + 2 * k)}`.replace(/:(\D+)(\d+)$/, (_, c, r) => `:${c}${Math.min(Number(r), 260)}`));
    const mem = createMemoryExcel({ sheets: [{ name: 'Gộp dày', values, merges }] });
    const snap = await readWorkbook(hostOf(mem));
    expect([...snap.grids[0].merges!].map(String).sort()).toEqual(mem.snapshot('Gộp dày').merges.map((m) => `'Gộp dày'!${m}`).sort());
  });

  const twentyThousandRows = () => seedTextSheet(20_000);

  it('reads 20 000 rows of the seeds’ text under the 5 MB response limit, sized from what the sheet holds (defect 3)', async () => {
    const sheet = twentyThousandRows();
    const mem = createMemoryExcel({ sheets: [sheet] });
    mem.resetStats();
    const snap = await readWorkbook(hostOf(mem));
    expect(snap.grids[0].values).toHaveLength(20_005);
    expect(snap.grids[0].values).toEqual(sheet.values.map((r) => [...r, ...Array(5 - r.length).fill(null)].map((v) => (v === '' ? null : v))));
    expect(snap.stats.retries).toBe(0);
    expect(mem.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    // Not one request per row or per block of a few rows: the text is 20 MB or so, under 4 MB a request.
    const total = mem.stats.requests.reduce((n, r) => n + (r.responseBytes ?? 0), 0);
    expect(total).toBeGreaterThan(15 * 1024 * 1024);
    expect(snap.stats.valueRequests).toBeLessThanOrEqual(Math.ceil((total * 1.25) / (4 * 1024 * 1024)) + 1);
    expect(mem.stats.syncs).toBe(2 + snap.stats.valueRequests);
  });

  it('when Excel still refuses a response as too large, splits the request and reads everything (defect 3)', async () => {
    // As if Excel counted bytes differently from us: a 1 MB limit, four times under our budget.
    const sheet = twentyThousandRows();
    const mem = createMemoryExcel({ sheets: [sheet], responseLimitBytes: 1024 * 1024 });
    const snap = await readWorkbook(hostOf(mem));
    expect(snap.grids[0].values).toHaveLength(20_005);
    expect(snap.grids[0].texts![20_004]).toEqual(sheet.values[20_004].map((v) => String(v ?? '')));
    expect(snap.stats.retries).toBeGreaterThanOrEqual(1);
    expect(mem.stats.requests.filter((r) => r.error === 'ResponsePayloadSizeLimitExceeded')).toHaveLength(snap.stats.retries);
  });

  it('without ExcelApi 1.13 it still reads values (no merged areas), and says so in the grid', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets, requirementSets: { ExcelApi: '1.7' } });
    const snap = await readWorkbook(hostOf(mem));
    expect(snap.grids[0].merges).toEqual([]);
    expect(snap.grids[0].values.length).toBeGreaterThan(40);
  });

  it('reads a sheet with 1 299 merged areas (over Excel’s 512 per call) in bands', async () => {
    const values = Array.from({ length: 1300 }, (_, r) => [r === 0 ? 'TT' : r, r === 0 ? 'Nhiệm vụ' : `Việc ${r}`, null, r === 0 ? 'Chủ trì' : 'Sở Nội vụ', r === 0 ? 'Thời hạn' : 'Quý IV/2024']);
    const merges = Array.from({ length: 1299 }, (_, i) => `B${i + 2}:C${i + 2}`);
    const mem = createMemoryExcel({ sheets: [{ name: 'Nhiều ô gộp', values, merges }] });
    const snap = await readWorkbook(hostOf(mem));
    expect(snap.grids[0].merges).toHaveLength(1299);
  });
});

describe('marks: conditional formats that come off exactly', () => {
  it('adds one conditional format per severity per sheet, leaving values and fills alone; clearing removes only ours', async () => {
    // Seed 004 (one error, H49) and seed 003's PL18 (two warnings: no time for either task, E6 and E7).
    const pl18 = seed003.sheets.find((x) => x.name === 'PL18 Bưu điện tỉnh')!;
    const mem = createMemoryExcel({ sheets: [...seed004.sheets, pl18] });
    const host = hostOf(mem);
    // The user's own rule and fill, which must survive.
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục KH 367');
      ws.getRange('A1').format.fill.color = '#FFFF00';
      const cf = ws.getRange('H6:H51').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=LEN(H6)>30';
      cf.custom.format.font.color = '#0000FF';
      await ctx.sync();
    });
    const names = mem.sheetNames();
    const before = sourceSnapshots(mem, names);
    const { result } = await validateOpenWorkbook(host, { ...SETTINGS, asOf: '2022-10-15' });
    const findings = result.sheets.flatMap((s) => s.findings);
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Phụ lục KH 367!H49', 'PL18 Bưu điện tỉnh!E6', 'PL18 Bưu điện tỉnh!E7']);
    mem.resetStats();
    const r = await markFindings(host, result.sheets);
    expect(r).toEqual({ sheets: 2, cells: 3, formats: 2 });
    const after = mem.snapshot('Phụ lục KH 367');
    const ours = after.conditionalFormats.filter((c) => c.formula?.includes(MARK_TAG));
    expect(ours).toHaveLength(1);
    expect(ours[0].ranges.join(',')).toContain('H49');
    expect(after.values).toEqual(before[0].values);
    expect(after.formats).toEqual(before[0].formats);
    // Marking again does not stack.
    await markFindings(host, result.sheets);
    expect(mem.snapshot('Phụ lục KH 367').conditionalFormats.filter((c) => c.formula?.includes(MARK_TAG))).toHaveLength(1);
    const removed = await clearMarks(host);
    expect(removed).toBe(2);
    expect(sourceSnapshots(mem, names)).toEqual(before);
  });

  it('re-marking removes the marks of a sheet that has become clean (defect 8: no stale marks)', async () => {
    const pl18 = seed003.sheets.find((x) => x.name === 'PL18 Bưu điện tỉnh')!;
    const mem = createMemoryExcel({ sheets: [...seed004.sheets, pl18] });
    const host = hostOf(mem);
    const first = await validateOpenWorkbook(host, SETTINGS);
    await markFindings(host, first.result.sheets);
    const ours = (sheet: string) => mem.snapshot(sheet).conditionalFormats.filter((c) => c.formula?.includes(MARK_TAG));
    expect(ours('PL18 Bưu điện tỉnh')).toHaveLength(1); // E6 and E7: no time given
    // The user writes the two missing times: that sheet is now clean.
    await mem.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('PL18 Bưu điện tỉnh').getRange('E6:E7').values = [['Thường xuyên'], ['Thường xuyên']];
      await context.sync();
    });
    const second = await validateOpenWorkbook(host, SETTINGS);
    expect(second.result.sheets.find((s) => s.name === 'PL18 Bưu điện tỉnh')!.findings).toEqual([]);
    await markFindings(host, second.result.sheets);
    expect(ours('PL18 Bưu điện tỉnh')).toEqual([]);
    expect(ours('Phụ lục KH 367')).toHaveLength(1);
  });

  it('one format per rule covers many cells as a multi-area range', async () => {
    const mem = createMemoryExcel({ sheets: seed003.sheets });
    const { result } = await validateOpenWorkbook(hostOf(mem), { ...SETTINGS, asOf: '2024-12-05' });
    const pl1 = result.sheets.find((s) => s.name === 'PL1 Sở Nội vụ')!;
    await markFindings(hostOf(mem), [pl1]);
    const cfs = mem.snapshot('PL1 Sở Nội vụ').conditionalFormats;
    expect(cfs).toHaveLength(2); // one for the errors, one for the infos
    expect(cfs.find((c) => c.formula?.includes(':info'))!.ranges.join(',').split(',').length).toBe(5);
  });

  it('falls back to one format per cell without RangeAreas (ExcelApi 1.7), and still clears them', async () => {
    const mem = createMemoryExcel({ sheets: seed003.sheets, requirementSets: { ExcelApi: '1.7' } });
    const { result } = await validateOpenWorkbook(hostOf(mem), { ...SETTINGS, asOf: '2024-12-05' });
    const r = await markFindings(hostOf(mem), result.sheets);
    expect(r.formats).toBe(r.cells);
    expect(await clearMarks(hostOf(mem))).toBe(r.formats);
  });
});

describe('writing the report', () => {
  const model = consolidate([{ file: 'Sổ này', sheets: validateWorkbook(seed004.sheets, { asOf: '2022-09-30' }).sheets }], {
    period: makePeriod(2022, 'Q3'),
    generatedAt: '2022-10-20T08:00',
  });

  it('writes the summary and detail sheets in 3 syncs, text as text, sources untouched', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const before = sourceSnapshots(mem, ['Phụ lục KH 367']);
    const spec = layoutReport(model, { links: 'internal', existingSheets: mem.sheetNames() });
    mem.resetStats();
    const r = await writeReport(hostOf(mem), spec);
    expect(mem.stats.syncs).toBeLessThanOrEqual(6);
    expect(mem.stats.syncs).toBe(3);
    expect(r.sheets).toEqual(['Tổng hợp Q3-2022', 'Chi tiết Q3-2022']);
    expect(mem.activeSheetName()).toBe('Tổng hợp Q3-2022');
    expect(sourceSnapshots(mem, ['Phụ lục KH 367'])).toEqual(before);

    const summary = mem.snapshot('Tổng hợp Q3-2022');
    expect(summary.visibility).toBe('Visible');
    expect(summary.values[0][0]).toBe('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0].series).toHaveLength(8); // one per status
    expect(summary.frozen.rows).toBe(2);
    const internal = Object.values(summary.hyperlinks).filter((l) => l.documentReference);
    expect(internal.length).toBeGreaterThanOrEqual(8);
    // Every link to a source points at a real cell of the source sheet.
    const detail = mem.snapshot('Chi tiết Q3-2022');
    const sourceLinks = Object.values(detail.hyperlinks).map((l) => l.documentReference!);
    expect(sourceLinks).toHaveLength(39);
    expect(sourceLinks[0]).toBe("'Phụ lục KH 367'!D7");
    // Dates are dates.
    const row = detail.values.findIndex((r) => r.includes('Quý I/2022'));
    expect(detail.numberFormats[row][6]).toBe('dd/mm/yyyy');
    expect(typeof detail.values[row][6]).toBe('number');
  });

  // ExcelApi 1.16: typed StringCellValues through Range.valuesAsJson (documented); before it: "@" first, then values.
  it.each([
    ['1.16', 'valuesAsJson'],
    ['1.13', 'the Text format first'],
  ])('keeps "- …", "= …", "+ …" and "@ …" as text, never formulas (ExcelApi %s: %s)', async (excelApi, _how) => {
    const hostile = structuredClone(seed004.sheets[0]);
    const first = hostile.values.findIndex((r) => typeof r[3] === 'string' && r[3].startsWith('3.1:'));
    hostile.values[first][3] = '=HYPERLINK("http://example.com","bấm vào đây")';
    hostile.values[first + 1][3] = '- Xây dựng báo cáo';
    hostile.values[first + 2][3] = '+84 đầu mối';
    hostile.values[first + 3][3] = '@mention';
    const m = consolidate([{ file: 'Sổ này', sheets: validateWorkbook([hostile], { asOf: '2022-09-30' }).sheets }], { period: makePeriod(2022, 'Q3'), generatedAt: '2022-10-20T08:00' });
    const mem = createMemoryExcel({ sheets: [{ name: 'Nguồn', values: [['x']] }], requirementSets: { ExcelApi: excelApi } });
    mem.resetStats();
    await writeReport(hostOf(mem), layoutReport(m, { links: 'internal', existingSheets: ['Nguồn'] }));
    expect(mem.stats.syncs).toBe(3);
    const detail = mem.snapshot('Chi tiết Q3-2022');
    expect(detail.formulas).toEqual({});
    const texts = detail.values.flat().filter((v) => typeof v === 'string');
    for (const s of ['=HYPERLINK("http://example.com","bấm vào đây")', '- Xây dựng báo cáo', '+84 đầu mối', '@mention']) expect(texts).toContain(s);
    // Numbers and dates stay numbers.
    expect(detail.values.flat().filter((v) => typeof v === 'number').length).toBeGreaterThan(20);
  });

  it('prints as the CLI’s file does where Excel has pageLayout (ExcelApi 1.9): A4 landscape, scale, margins, footer, titles, area, the chart’s page; the key column hidden (issues 18, 19)', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets, requirementSets: { ExcelApi: '1.9' } });
    const spec = layoutReport(model, { links: 'internal', existingSheets: mem.sheetNames() });
    mem.resetStats();
    const r = await writeReport(hostOf(mem), spec);
    expect(mem.stats.syncs).toBe(3);
    spec.sheets.forEach((sheet, i) => {
      const p = sheet.print!;
      const got = mem.snapshot(r.sheets[i]);
      const { margins, ...print } = got.print;
      for (const k of Object.keys(p.margins) as Array<keyof typeof p.margins>) expect([k, margins[k]]).toEqual([k, expect.closeTo(p.margins[k] * 72, 6)]);
      expect(print).toEqual({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { scale: p.scale },
        // The spec's "&CTrang &P/&N": its centre section.
        headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: 'Trang &P/&N', rightFooter: '' },
        printTitleRows: `$${p.titleRows!.top + 1}:$${p.titleRows!.bottom + 1}`,
        printArea: p.columns ? `A1:${columnLetters(p.columns.right)}${sheet.rows.length}` : null,
        rowBreaks: p.breaks.map((b) => b + 1),
      });
      expect(got.hiddenColumns).toEqual((sheet.hiddenColumns ?? []).map(columnLetters));
    });
    const [summary, detail] = spec.sheets;
    // The summary repeats its title rows and starts the chart on a page of its own; the detail prints to the budget.
    expect(summary.print!.breaks).toHaveLength(1);
    expect(mem.snapshot(r.sheets[1]).print.printArea).toBe(`A1:L${detail.rows.length}`);
    expect(mem.snapshot(r.sheets[1]).hiddenColumns).toEqual(['N']);
  });

  it('splits an Excel header or footer into the sections pageLayout takes: &L, &C, &R; "&&" stays an ampersand', () => {
    expect(headerFooterSections('&CTrang &P/&N')).toEqual({ left: '', center: 'Trang &P/&N', right: '' });
    expect(headerFooterSections('&LSở Nội vụ && UBND&RTrang &P')).toEqual({ left: 'Sở Nội vụ && UBND', center: '', right: 'Trang &P' });
    expect(headerFooterSections('Trang &P')).toEqual({ left: '', center: 'Trang &P', right: '' });
  });

  it('writes the same report without the print set-up where Excel lacks ExcelApi 1.9, the key column still hidden', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets, requirementSets: { ExcelApi: '1.8' } });
    const spec = layoutReport(model, { links: 'internal', existingSheets: mem.sheetNames() });
    const r = await writeReport(hostOf(mem), spec);
    const whole = createMemoryExcel({ sheets: seed004.sheets, requirementSets: { ExcelApi: '1.9' } });
    await writeReport(hostOf(whole), layoutReport(model, { links: 'internal', existingSheets: whole.sheetNames() }));
    for (const name of r.sheets) {
      const { print, ...rest } = mem.snapshot(name);
      expect(print).toMatchObject({ orientation: 'Portrait', printTitleRows: null, printArea: null, rowBreaks: [] });
      const { print: _print, ...same } = whole.snapshot(name);
      expect(rest).toEqual(same);
    }
    expect(mem.snapshot(r.sheets[1]).hiddenColumns).toEqual(['N']);
  });

  it('leaves no half-written report when a write fails, and reports the Office error code', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const names = mem.sheetNames();
    const spec = layoutReport(model, { links: 'internal', existingSheets: names });
    mem.failSync(2); // the first request that writes
    await expect(writeReport(hostOf(mem), spec)).rejects.toMatchObject({ code: 'GeneralException', unchanged: true });
    expect(mem.sheetNames()).toEqual(names);
  });

  it('when Excel refuses a request as too large, splits it and writes everything (issue 17)', async () => {
    // Excel on the web counts bytes its own way: as if its limit were 100 KB, far under our plan's 4 MB.
    const spec = () => layoutReport(model, { links: 'internal', existingSheets: seed004.sheets.map((g) => g.name) });
    const whole = createMemoryExcel({ sheets: seed004.sheets });
    await writeReport(hostOf(whole), spec());
    const small = createMemoryExcel({ sheets: seed004.sheets, requestLimitBytes: 100 * 1024 });
    const r = await writeReport(hostOf(small), spec());
    expect(r.stats.retries).toBeGreaterThanOrEqual(1);
    expect(small.stats.requests.filter((q) => q.error === 'RequestPayloadSizeLimitExceeded')).toHaveLength(r.stats.retries);
    for (const name of r.sheets) expect(small.snapshot(name)).toEqual(whole.snapshot(name));
  });

  it('keeps the detail sheet’s frozen columns as well as its rows (freezeAt; issue 17)', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const spec = layoutReport(model, { links: 'internal', existingSheets: mem.sheetNames() });
    const detail = spec.sheets.find((x) => x.name.startsWith('Chi tiết'))!;
    expect(detail.frozen.cols).toBeGreaterThan(0);
    await writeReport(hostOf(mem), spec);
    expect(mem.snapshot(detail.name).frozen).toEqual({ rows: detail.frozen.rows, columns: detail.frozen.cols });
  });

  it('recalculates the workbook after writing with calculation suspended (issue 17)', async () => {
    // suspendApiCalculationUntilNextSync: "Once set, it is the developer's responsibility to re-calc the workbook"
    // (https://learn.microsoft.com/javascript/api/excel/excel.application).
    const mem = createMemoryExcel({ sheets: manySheets(60) });
    const spec = layoutReport(model, { links: 'internal', existingSheets: mem.sheetNames() });
    await writeReport(hostOf(mem), spec);
    expect(mem.stats.requests.length).toBeGreaterThan(2);
    expect(mem.calculationPending()).toBe(false);
  });

  it.each([1, 10, 60])('consolidates %i agency sheets and writes the report within the sync bounds', async (n) => {
    const mem = createMemoryExcel({ sheets: manySheets(n) });
    mem.resetStats();
    const run = await buildQuarterlyReport(hostOf(mem), SETTINGS, { generatedAt: '2022-10-20T08:00' });
    // 3 to read, 3 to write a report under 5 MB.
    expect(mem.stats.syncs).toBeLessThanOrEqual(3 + 6);
    expect(mem.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(run.model.totals.total).toBe(39); // the same plan reported n times counts once
    expect(run.model.totals.duplicatesMerged).toBe(39 * (n - 1));
  });

  // The pane states the date and the rule as the page and `cchc report` do: the period's cut-off by its rule, or
  // a date the user typed, 'given' and not capped at the period's end (15/10/2022 is after Quý III's 30/09).
  it.each([
    [{ asOf: '2022-09-14', asOfRule: 'cut-off', asOfTyped: false }, '2022-09-14', 'cut-off', '2021-12-15'],
    [{ asOf: '2022-09-30', asOfRule: 'period-end', asOfTyped: false }, '2022-09-30', 'period-end', '2022-01-01'],
    [{ asOf: '2022-10-15', asOfRule: 'cut-off', asOfTyped: true }, '2022-10-15', 'given', '2021-12-15'],
  ] as const)('states the as-of date and its rule as the page and the CLI do (%o)', async (dates, asOf, rule, from) => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const run = await buildQuarterlyReport(hostOf(mem), { ...SETTINGS, ...dates }, { generatedAt: '2022-10-20T08:00' });
    expect(run.model).toMatchObject({ asOf, asOfRule: rule, window: { from, to: asOf } });
  });

  it('splits a report over 5 MB into requests under the limit, one more sync per 4 MB', async () => {
    // 60 agencies each with their own copy of the plan under different section names: 2 340 distinct tasks.
    const sheets = manySheets(60).map((g, i) => ({ ...g, values: g.values.map((r) => (typeof r[0] === 'string' && /^[IVX]+$/.test(r[0]) ? [r[0], `${r[1]} — đơn vị ${i + 1}`, ...r.slice(2)] : r)) }));
    const mem = createMemoryExcel({ sheets });
    const snap = await readWorkbook(hostOf(mem));
    const m = consolidate([{ file: 'Sổ này', sheets: validateWorkbook(snap.grids, { asOf: '2022-09-30' }).sheets }], { period: makePeriod(2022, 'Q3'), generatedAt: '2022-10-20T08:00' });
    expect(m.tasks.length).toBe(2340);
    mem.resetStats();
    await writeReport(hostOf(mem), layoutReport(m, { links: 'internal', existingSheets: snap.sheetNames }));
    const total = mem.stats.requests.reduce((n, r) => n + r.bytes, 0);
    expect(mem.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(mem.stats.syncs).toBeLessThanOrEqual(6 + Math.max(0, Math.ceil((total - 5 * 1024 * 1024) / (4 * 1024 * 1024))));
  });
});

describe('replacing a report never loses the old one (issue 17)', () => {
  // Worksheet.delete cannot be undone and clears the user's undo stack
  // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): the old report may go
  // only in the last request, once the new one is written.
  const OLD = ['Tổng hợp Q3-2022', 'Chi tiết Q3-2022'];
  async function withOldReport() {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    await buildQuarterlyReport(hostOf(mem), SETTINGS, { generatedAt: '2022-10-20T08:00' });
    return { mem, names: mem.sheetNames(), old: OLD.map((n) => mem.snapshot(n)) };
  }
  const replaceRun = (mem: MemoryExcel) => buildQuarterlyReport(hostOf(mem), SETTINGS, { generatedAt: '2022-10-20T10:00', replace: OLD });

  it('whichever request fails, the old report is still there, untouched, and nothing of ours is left', async () => {
    const probe = await withOldReport();
    probe.mem.resetStats();
    await replaceRun(probe.mem);
    const syncs = probe.mem.stats.syncs;
    expect(syncs).toBeGreaterThanOrEqual(5); // reads, then the new sheets, then the replace
    for (let k = 1; k <= syncs; k++) {
      const { mem, names, old } = await withOldReport();
      mem.failSync(k);
      const error = await replaceRun(mem).then(
        () => null,
        (e: unknown) => e,
      );
      // The read of merged areas tries again in pieces after any refusal (readWorkbook): that run completes.
      if (!error) {
        expect([k, mem.sheetNames()]).toEqual([k, names]);
        continue;
      }
      expect([k, (error as { code?: string }).code]).toEqual([k, 'GeneralException']);
      if (error instanceof ReportWriteError) expect([k, error.unchanged]).toEqual([k, true]);
      expect([k, mem.sheetNames()]).toEqual([k, names]);
      expect([k, OLD.map((n) => mem.snapshot(n))]).toEqual([k, old]);
    }
  });

  it('when the last request fails part-way, the error says which old sheets are gone and keeps the new report', async () => {
    const probe = await withOldReport();
    probe.mem.resetStats();
    await replaceRun(probe.mem);
    const last = probe.mem.stats.requests[probe.mem.stats.requests.length - 1].commands;
    const seen = new Set<string>();
    for (let j = 0; j <= last; j++) {
      const { mem, names, old } = await withOldReport();
      mem.failSync(probe.mem.stats.syncs, { afterCommands: j }); // the last request
      const error = (await replaceRun(mem).then(
        () => null,
        (e: unknown) => e,
      )) as ReportWriteError | null;
      const now = mem.sheetNames();
      if (!error) {
        expect(now).toEqual(names); // the failure fell after the last command: nothing failed
        continue;
      }
      expect(error).toBeInstanceOf(ReportWriteError);
      const o = error.outcome;
      expect(o.unknown).toBe(false);
      // An old sheet said removed is gone, or its name now belongs to the new report; the others are untouched.
      for (const n of o.removed) expect(!now.includes(n) || o.kept.includes(n)).toBe(true);
      const content = (x: ReturnType<MemoryExcel['snapshot']>) => ({ ...x, active: null, position: null });
      OLD.forEach((n, i) => !o.removed.includes(n) && expect(content(mem.snapshot(n))).toEqual(content(old[i])));
      for (const n of o.kept) expect(mem.snapshot(n).visibility).toBe('Visible');
      if (o.removed.length === 0) expect(now).toEqual(names);
      else expect(o.kept).toHaveLength(2);
      seen.add(o.removed.length === 0 ? 'unchanged' : o.removed.length === 1 ? 'partly replaced' : 'replaced, not renamed');
    }
    expect([...seen].sort()).toEqual(['partly replaced', 'replaced, not renamed', 'unchanged']);
  });
});

describe('temporary report sheets left behind (issue 17)', () => {
  it('are not read as sources: a hidden “~cchc 1.2” holding a report copy is not counted again', async () => {
    // What a failed write may leave when Excel would not delete its temporary sheets (ReportWriteError.outcome.leftover).
    const first = createMemoryExcel({ sheets: seed004.sheets });
    const run = await buildQuarterlyReport(hostOf(first), SETTINGS, { generatedAt: '2022-10-20T08:00' });
    const copy = first.snapshot(run.sheets[1]);
    const mem = createMemoryExcel({ sheets: [...seed004.sheets, { name: `${TEMP_SHEET_PREFIX} 1.2`, values: copy.values, hidden: true }] });
    const again = await buildQuarterlyReport(hostOf(mem), SETTINGS, { generatedAt: '2022-10-20T09:00' });
    expect(again.model.totals.total).toBe(39);
    expect(again.result.sheets.map((x) => x.name)).toEqual(['Phụ lục KH 367']);
  });
});

describe('request sizes of a large report (issue 17)', () => {
  // 129 agencies, each with its own copy of seed 004's plan under its own section names: 5 031 tasks, every one
  // linked to its source cell, every detail row with its height.
  const sheets = manySheets(129).map((g, i) => ({ ...g, values: g.values.map((r) => (typeof r[0] === 'string' && /^[IVX]+$/.test(r[0]) ? [r[0], `${r[1]} — đơn vị ${i + 1}`, ...r.slice(2)] : r)) }));
  const m = consolidate([{ file: 'Sổ này', sheets: validateWorkbook(sheets, { asOf: '2022-09-30' }).sheets }], { period: makePeriod(2022, 'Q3'), generatedAt: '2022-10-20T08:00' });

  it('writes 5 000 tasks with links in requests under 5 MB as the host measures them, each planned call by call', async () => {
    expect(m.tasks.length).toBe(5031);
    const mem = createMemoryExcel({ sheets });
    const spec = layoutReport(m, { links: 'internal', existingSheets: mem.sheetNames() });
    const links = spec.sheets.reduce((n, x) => n + x.rows.reduce((k, r) => k + r.filter((c) => c?.link).length, 0), 0);
    expect(links).toBeGreaterThan(5031);
    mem.resetStats();
    const r = await writeReport(hostOf(mem), spec);
    const writes = mem.stats.requests.slice(1); // the first reads the sheet names
    expect(writes.every((q) => !q.error && q.bytes < 5 * 1024 * 1024)).toBe(true);
    // Every queued call is counted: each request is at most what was planned for it, and not far under.
    expect(writes.map((q) => q.bytes)).toHaveLength(r.stats.plannedBytes.length);
    writes.forEach((q, i) => {
      expect(q.bytes).toBeLessThanOrEqual(r.stats.plannedBytes[i]);
      expect(q.bytes).toBeGreaterThan(r.stats.plannedBytes[i] * 0.8);
    });
    expect(Object.keys(mem.snapshot(r.sheets[1]).hyperlinks)).toHaveLength(5031); // each task to its source cell
  });
});

describe('re-running the report', () => {
  it('offers names "(2)" when keeping the old one, and replaces it when asked', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const host = hostOf(mem);
    await buildQuarterlyReport(host, SETTINGS, { generatedAt: '2022-10-20T08:00' });
    await buildQuarterlyReport(host, SETTINGS, { generatedAt: '2022-10-20T09:00' });
    expect(mem.sheetNames()).toEqual(['Phụ lục KH 367', 'Tổng hợp Q3-2022', 'Chi tiết Q3-2022', 'Tổng hợp Q3-2022 (2)', 'Chi tiết Q3-2022 (2)']);
    await buildQuarterlyReport(host, SETTINGS, { generatedAt: '2022-10-20T10:00', replace: ['Tổng hợp Q3-2022', 'Chi tiết Q3-2022', 'Tổng hợp Q3-2022 (2)', 'Chi tiết Q3-2022 (2)'] });
    expect(mem.sheetNames()).toEqual(['Phụ lục KH 367', 'Tổng hợp Q3-2022', 'Chi tiết Q3-2022']);
  });
});

describe('the other actions', () => {
  it('selects a finding’s cell on its sheet', async () => {
    const mem = createMemoryExcel({ sheets: [...seed000.sheets, ...seed004.sheets] });
    await selectCell(hostOf(mem), 'Phụ lục KH 367', 'H49');
    expect(mem.activeSheetName()).toBe('Phụ lục KH 367');
    expect(mem.selectedAddress()).toBe("'Phụ lục KH 367'!H49");
  });

  it('adds tracking columns with a status drop-down right of the table, only in empty columns', async () => {
    const mem = createMemoryExcel({ sheets: seed003.sheets.slice(0, 1) });
    const { result } = await validateOpenWorkbook(hostOf(mem), SETTINGS);
    const task = result.sheets[0].task!;
    const r = await prepareTrackingColumns(hostOf(mem), task);
    expect(r).toEqual({ added: ['Tình trạng', 'Ngày hoàn thành'], statusColumn: 'F', dateColumn: 'G', dropDown: true });
    const snap = mem.snapshot('PL1 Sở Nội vụ');
    expect(snap.values[4].slice(5, 7)).toEqual(['Tình trạng', 'Ngày hoàn thành']);
    expect(snap.dataValidations.find((d) => d.range.includes('F6'))!.rule).toEqual({ list: { inCellDropDown: true, source: 'Hoàn thành,Hoàn thành trễ hạn,Đang thực hiện,Chưa thực hiện' } });
    // The columns now exist: a second run reads them and adds nothing.
    const again = await validateOpenWorkbook(hostOf(mem), SETTINGS);
    expect(await prepareTrackingColumns(hostOf(mem), again.result.sheets[0].task!)).toEqual({ added: [], reason: 'already-present' });
  });

  it('adds the tracking columns without the drop-down where Excel lacks ExcelApi 1.8, and says so (defect 2)', async () => {
    // Range.dataValidation is [Api set: ExcelApi 1.8] in @types/office-js, and the manifest asks only for 1.7
    // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-datavalidation-member).
    const mem = createMemoryExcel({ sheets: seed003.sheets.slice(0, 1), requirementSets: { ExcelApi: '1.7' } });
    const { result } = await validateOpenWorkbook(hostOf(mem), SETTINGS);
    const r = await prepareTrackingColumns(hostOf(mem), result.sheets[0].task!);
    expect(r).toEqual({ added: ['Tình trạng', 'Ngày hoàn thành'], statusColumn: 'F', dateColumn: 'G', dropDown: false });
    const snap = mem.snapshot('PL1 Sở Nội vụ');
    expect(snap.values[4].slice(5, 7)).toEqual(['Tình trạng', 'Ngày hoàn thành']);
    expect(snap.numberFormats[5][6]).toBe('dd/mm/yyyy');
    expect(snap.dataValidations).toEqual([]);
  });

  it('refuses to write tracking columns over the user’s data', async () => {
    const sheet = structuredClone(seed003.sheets[0]);
    sheet.values[10][6] = 'ghi chú của tôi';
    const mem = createMemoryExcel({ sheets: [sheet] });
    const { result } = await validateOpenWorkbook(hostOf(mem), SETTINGS);
    await expect(prepareTrackingColumns(hostOf(mem), result.sheets[0].task!)).rejects.toMatchObject({ code: 'ColumnsNotEmpty' });
    expect(mem.snapshot('PL1 Sở Nội vụ').values[10][6]).toBe('ghi chú của tôi');
  });

  it('imports agencies’ workbooks where ExcelApi 1.13 exists, and says when it does not', async () => {
    const buf = fs.readFileSync(path.join(__dirname, '..', 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx'));
    const mem = createMemoryExcel({ sheets: [{ name: 'Tổng hợp', values: [['']] }], decodeWorkbook: (b64) => readXlsx(Buffer.from(b64, 'base64')) });
    const r = await importWorkbooks(hostOf(mem), [{ name: 'so-noi-vu.xlsx', base64: buf.toString('base64') }]);
    expect(r).toEqual([{ name: 'so-noi-vu.xlsx', sheets: ['Phụ lục KH 367'] }]);
    expect(mem.sheetNames()).toEqual(['Tổng hợp', 'Phụ lục KH 367']);
    const old = createMemoryExcel({ requirementSets: { ExcelApi: '1.12' } });
    await expect(importWorkbooks(hostOf(old), [{ name: 'x.xlsx', base64: '' }])).rejects.toBeInstanceOf(ImportNotSupportedError);
  });
});

describe('importing agencies’ workbooks: size and platform', () => {
  const xlsx = () => fs.readFileSync(path.join(__dirname, '..', 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx')).toString('base64');
  const decode = (b64: string) => readXlsx(Buffer.from(b64, 'base64'));

  it('on Excel on the web, refuses a file over about 3.7 MB before sending it, and imports the others (defect 4)', async () => {
    // One request per file, and "Excel on the web has a payload size limit for requests and responses of 5MB"
    // (resource-limits-and-performance-optimization#excel-add-ins): 5 MB of base64 is a 3.75 MB file.
    const big = 'UEsDB' + 'A'.repeat(5 * 1024 * 1024);
    const mem = createMemoryExcel({ sheets: [{ name: 'Tổng hợp', values: [['']] }], decodeWorkbook: decode });
    mem.resetStats();
    const r = await importWorkbooks(hostOf(mem), [
      { name: 'so-lon.xlsx', base64: big },
      { name: 'so-noi-vu.xlsx', base64: xlsx() },
    ]);
    expect(r[0]).toMatchObject({ name: 'so-lon.xlsx', error: { code: 'FileTooLargeForExcelOnTheWeb' } });
    expect(r[1]).toEqual({ name: 'so-noi-vu.xlsx', sheets: ['Phụ lục KH 367'] });
    expect(mem.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(mem.stats.requests.filter((q) => q.error)).toEqual([]);
    expect(importSizeLimitBytes(hostOf(mem))).toBeGreaterThan(3.6 * 1024 * 1024);
    expect(importSizeLimitBytes(hostOf(mem))).toBeLessThan(3.75 * 1024 * 1024);
  });

  it('on Excel for Windows (no documented request limit) sends the large file as it is', async () => {
    const mem = createMemoryExcel({ sheets: [{ name: 'Tổng hợp', values: [['']] }], platform: 'PC', decodeWorkbook: decode });
    expect(importSizeLimitBytes(hostOf(mem))).toBeNull();
    const r = await importWorkbooks(hostOf(mem), [{ name: 'so-noi-vu.xlsx', base64: xlsx() }]);
    expect(r).toEqual([{ name: 'so-noi-vu.xlsx', sheets: ['Phụ lục KH 367'] }]);
  });

  it('says import is not available on Excel for iPad, which reports ExcelApi 1.13 but lacks the API (defect 9)', async () => {
    // Workbook.insertWorksheetsFromBase64: "This API is currently only supported for Office on Windows, Mac, and the web." (@types/office-js)
    const ipad = createMemoryExcel({ platform: 'iOS', requirementSets: { ExcelApi: '1.13' } });
    await expect(importWorkbooks(hostOf(ipad), [{ name: 'x.xlsx', base64: xlsx() }])).rejects.toMatchObject({ reason: 'platform' });
    const old = createMemoryExcel({ requirementSets: { ExcelApi: '1.12' } });
    await expect(importWorkbooks(hostOf(old), [{ name: 'x.xlsx', base64: xlsx() }])).rejects.toMatchObject({ reason: 'version' });
  });
});

describe('the ribbon command “Tạo báo cáo quý”', () => {
  it('builds the report without the pane and says what it did', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const messages: Array<[string, string]> = [];
    const r = await createQuarterlyReport({
      excel: hostOf(mem),
      displayLanguage: 'vi-VN',
      storage: { getItem: () => JSON.stringify({ period: '2022-Q3', lang: 'vi' }) },
      notify: (m, k) => void messages.push([m, k]),
      now: () => new Date(2022, 9, 5, 9, 30),
    });
    expect(r.ok).toBe(true);
    // The saved period's as-of date follows its rule, the cut-off 14/09/2022 (issue 17 §2), not the day it is run.
    expect(messages).toEqual([['Đã tạo trang “Tổng hợp Q3-2022”: 39 nhiệm vụ, hoàn thành 15, quá hạn 1.', 'done']]);
    expect(mem.sheetNames()).toContain('Tổng hợp Q3-2022');
  });

  // The default period and as-of date come from the clock the command is given, never from the test machine's: on
  // each quarter's last day (late at night, local time) and the day after, the report is that day's quarter's,
  // judged on its cut-off (the 14th of its last month, Nghị định 09/2019) once that day has passed, else on today.
  it.each([
    [new Date(2022, 2, 31, 23, 59), '2022-03-14', 'Q1-2022'],
    [new Date(2022, 3, 1, 0, 1), '2022-04-01', 'Q2-2022'],
    [new Date(2022, 5, 30, 23, 59), '2022-06-14', 'Q2-2022'],
    [new Date(2022, 8, 30, 23, 59), '2022-09-14', 'Q3-2022'],
    [new Date(2022, 9, 1, 0, 1), '2022-10-01', 'Q4-2022'],
    [new Date(2022, 11, 31, 23, 59), '2022-12-14', 'Q4-2022'],
  ])('with nothing saved, on %s: as of %s, the report of %s', async (now, asOf, sheet) => {
    const period = `${sheet.slice(3)}-${sheet.slice(0, 2)}`;
    expect(defaultSettings('vi', now)).toMatchObject({ asOf, period });
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const messages: string[] = [];
    const r = await createQuarterlyReport({ excel: hostOf(mem), displayLanguage: 'vi-VN', storage: { getItem: () => null }, notify: (m) => void messages.push(m), now: () => now });
    expect(r.ok).toBe(true);
    expect(messages[0]).toMatch(new RegExp(`^Đã tạo trang “Tổng hợp ${sheet}”`));
  });

  it('replaces that period’s earlier report instead of piling up copies', async () => {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    const env = { excel: hostOf(mem), storage: { getItem: () => JSON.stringify({ period: '2022-Q3' }) }, notify: () => undefined, now: () => new Date(2022, 9, 5) };
    await createQuarterlyReport(env);
    await createQuarterlyReport(env);
    expect(mem.sheetNames()).toEqual(['Phụ lục KH 367', 'Tổng hợp Q3-2022', 'Chi tiết Q3-2022']);
  });

  it('fails with a message, in English when Office is in English, and adds nothing', async () => {
    const mem = createMemoryExcel({ sheets: [{ name: 'Ghi chú', values: [['Không có bảng nào ở đây']] }] });
    const messages: string[] = [];
    const r = await createQuarterlyReport({ excel: hostOf(mem), displayLanguage: 'en-US', notify: (m) => void messages.push(m), now: () => new Date(2024, 9, 5) });
    expect(r.ok).toBe(false);
    // The sentence the page and the CLI give a file with no table (issue 16 §2), naming the sheets looked at.
    expect(messages).toEqual(['No task table and no index table found in this workbook (looked at 1 sheet: “Ghi chú”). The agency may have sent the wrong file; it adds nothing to the report.']);
    expect(mem.sheetNames()).toEqual(['Ghi chú']);
  });
});
