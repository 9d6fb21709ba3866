import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { CODE_LABEL } from '../core/report/labels';
import { MIN_PRINTED_PT, smallestPrintedPt } from '../core/report/sheet-builder';
import { requireLibreOffice, soffice } from './libreoffice';
import { reportSpecOf } from './report-readback';
import { runCli } from './run-cli';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed003i } from '../samples/src/seed003-indices';

/**
 * The quarterly report as it comes out of a printer: the Đồng Nai 2024 samples (all 24 appendices of seed 003 and
 * its index tables) written by `cchc report`, converted to PDF by LibreOffice, and read back with poppler.
 */

const ROOT = path.join(__dirname, '..');
const DONG_NAI = ['dong-nai-2024-phu-luc-nhiem-vu.xlsx', 'dong-nai-2024-chi-so.xlsx'].map((f) => path.join(ROOT, 'samples', f));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-print-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const pdftotext = (args: string[]) => spawnSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
function pageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}
/** Each page's text, in reading order. */
const pages = (pdf: string, n: number) => Array.from({ length: n }, (_, i) => pdftotext(['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']));

/** Every word's box height on a page, in points (poppler's -bbox). */
function wordHeights(pdf: string, page: number): Array<{ word: string; h: number }> {
  const xml = pdftotext(['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ word: m[3], h: Number(m[2]) - Number(m[1]) }));
}

describe('the written report prints at 9 pt or more (the spec)', () => {
  const spec = reportSpecOf([seed003, seed003i], { year: 2024, kind: 'Q3' }, '2024-09-14');
  it.each([0, 1])('sheet %i: a fixed scale, never fit-to-width, and its smallest text at the scale ≥ 9 pt', (i) => {
    const sheet = spec.sheets[i];
    expect(sheet.print).toBeDefined();
    expect(smallestPrintedPt(sheet)).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
  });
  it('repeats the title rows of the summary and the header row of the detail sheet; leaves the source and key columns off paper', () => {
    const [summary, detail] = spec.sheets;
    expect(summary.print!.titleRows).toEqual({ top: 0, bottom: 1 });
    const header = detail.print!.titleRows!.top;
    expect(detail.rows[header][2]?.content).toEqual({ t: 'text', v: 'Nhiệm vụ / hoạt động' });
    // Printed: up to the budget; then the source (on screen) and the plan key (hidden), the last two columns.
    expect(detail.print!.columns).toEqual({ left: 0, right: detail.widths.length - 3 });
    expect(detail.rows[header][detail.widths.length - 3]?.content).toEqual({ t: 'text', v: 'Kinh phí (đồng)' });
    expect(detail.rows[header][detail.widths.length - 2]?.content).toEqual({ t: 'text', v: 'Nguồn (tệp › trang!ô)' });
    expect(detail.rows[header][detail.widths.length - 1]?.content).toEqual({ t: 'text', v: 'Mã nhiệm vụ' });
    expect(detail.hiddenColumns).toEqual([detail.widths.length - 1]);
    // The chart starts a printed page, below one blank row.
    expect(summary.print!.breaks).toEqual([summary.charts[0].anchor.top - 1]);
  });
});

describe('cchc report for the Đồng Nai 2024 samples (24 appendices), printed by LibreOffice', () => {
  const out = path.join(tmp, 'Tổng hợp Q3-2024.xlsx');
  const pdf = path.join(tmp, 'Tổng hợp Q3-2024.pdf');
  let n = 0;
  let text: string[] = [];
  let summaryPages = 0;
  beforeAll(async () => {
    requireLibreOffice();
    const r = await runCli(['report', ...DONG_NAI, '--period', '2024-Q3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.out).toContain('tính đến 14/09/2024');
    const conv = soffice('pdf', out, tmp);
    expect(conv.status).toBe(0);
    n = pageCount(pdf);
    text = pages(pdf, n);
    summaryPages = text.findIndex((t) => t.includes('DANH SÁCH NHIỆM VỤ ĐÃ TỔNG HỢP'));
  }, 180_000);

  it('writes the print setup into the file: scale, margins, footer, print titles, print area, the chart’s page break', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Tổng hợp Q3-2024&apos;!$1:$2</definedName>`);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Chi tiết Q3-2024&apos;!\$3:\$3<\/definedName>/);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Chi tiết Q3-2024&apos;!\$A\$1:\$L\$253<\/definedName>/);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = await zip.file(part)!.async('string');
      expect(xml).not.toContain('fitToPage');
      expect(xml).toMatch(/<pageSetup paperSize="9" scale="\d+" orientation="landscape"\/>/);
      expect(xml).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>');
      const scale = Number(/scale="(\d+)"/.exec(xml)![1]);
      // Every text is 12 pt or more in the cells: at the scale, 9 pt or more on paper.
      expect((12 * scale) / 100).toBeGreaterThanOrEqual(9);
    }
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="\d+" max="16383" man="1"\/><\/rowBreaks>/);
  });

  it('numbers every page “Trang k/N”', () => {
    expect(n).toBeGreaterThan(20);
    text.forEach((t, i) => expect(t).toContain(`Trang ${i + 1}/${n}`));
  });

  it('repeats the report title on every page of the summary and the column headers on every page of the detail sheet', () => {
    expect(summaryPages).toBeGreaterThan(5);
    for (const t of text.slice(0, summaryPages)) {
      expect(t).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
      expect(t).toContain('QUÝ III NĂM 2024');
    }
    const detail = text.slice(summaryPages);
    expect(detail.length).toBeGreaterThan(10);
    for (const t of detail) expect(t).toMatch(/STT\s+Số\s+Nhiệm vụ \/ hoạt động\s+Lĩnh vực\s+Cơ quan chủ trì/);
    // Every task is printed: the detail's last row number is the task count.
    expect(detail.join('\n')).toMatch(/\n\s*250\s+/);
  });

  it('prints every word at 9 pt or more (poppler’s word boxes, calibrated on the title’s known size)', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const scaleOf = async (k: number) => Number(/scale="(\d+)"/.exec(await zip.file(`xl/worksheets/sheet${k}.xml`)!.async('string'))![1]) / 100;
    // The summary's title is 14 pt in its cell: its box height at the printed size gives the font's box per point.
    const title = wordHeights(pdf, 1).find((w) => w.word === 'BÁO')!;
    const perPt = title.h / (14 * (await scaleOf(1)));
    expect(perPt).toBeGreaterThan(1);
    const smallest = (page: number) => Math.min(...wordHeights(pdf, page).filter((w) => !/^Trang$|^\d+\/\d+$/.test(w.word)).map((w) => w.h)) / perPt;
    for (const page of [1, 2, 3, summaryPages, summaryPages + 1, n]) expect([page, smallest(page)]).toEqual([page, expect.any(Number)]);
    const sizes = [1, 2, 3, summaryPages, summaryPages + 1, Math.floor((summaryPages + n) / 2), n].map(smallest);
    for (const pt of sizes) expect(pt).toBeGreaterThanOrEqual(8.95);
    // The detail sheet, which printed at about 6 pt before (fit to width), is now at about its scale × 12 pt.
    expect(smallest(summaryPages + 1)).toBeCloseTo(12 * (await scaleOf(2)), 0);
  });

  it('keeps the chart whole on one page: its title and its whole legend together', () => {
    const chartPages = text.map((t, i) => (t.includes('Tình hình thực hiện theo lĩnh vực') ? i : -1)).filter((i) => i >= 0);
    expect(chartPages).toHaveLength(1);
    const t = text[chartPages[0]];
    for (const legend of ['Đúng hạn', 'Trễ hạn', 'Đang thực hiện', 'Quá hạn', 'Chưa thực hiện', 'Thường xuyên, định kỳ', 'Theo KH, quy định', 'Chưa rõ thời hạn']) expect(t).toContain(legend);
  });

  it('prints no finding code, and no file or cell reference in the summary before its annex of sources; none on the detail pages', () => {
    const all = text.join('\n');
    for (const code of Object.keys(CODE_LABEL)) expect(all.includes(code) ? code : null).toBeNull();
    // The first page's table of contents names the annex too.
    const annexPage = text.findIndex((t, i) => i > 0 && t.includes('PHỤ LỤC 1. NGUỒN SỐ LIỆU'));
    expect(annexPage).toBeGreaterThan(0);
    const body = text.slice(0, annexPage).join('\n');
    expect(body).not.toMatch(/\.xlsx|›/);
    // The annex page has the section VII table above the heading; past the heading come the sources.
    expect(text[annexPage].split('PHỤ LỤC 1. NGUỒN SỐ LIỆU')[0]).not.toMatch(/\.xlsx|›/);
    expect(text.slice(summaryPages).join('\n')).not.toMatch(/\.xlsx|›/);
  });

  it('states the data window and the rule of the as-of date', () => {
    expect(text[0].replace(/\s+/g, ' ')).toContain('Số liệu tính từ 15/12/2023 đến 14/9/2024. Ngày chốt số liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP');
  });
});
