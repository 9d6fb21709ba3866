import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from './run-cli';
import { requireLibreOffice, soffice } from './libreoffice';

const ROOT = path.join(__dirname, '..');
const sample = (f: string) => path.join(ROOT, 'samples', f);
const DONG_THAP = [sample('dong-thap-2022-ke-hoach-cchc.xlsx'), sample('dong-thap-2022-giai-phap-chi-so.xlsx')];
const DONG_NAI = [sample('dong-nai-2024-phu-luc-nhiem-vu.xlsx'), sample('dong-nai-2024-chi-so.xlsx')];

const run = (args: string[]) => runCli(args);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-report-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Rows of a worksheet as arrays of plain values (index 0 = column A). */
function grid(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const vals: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs repeats a merged area's value in every cell of it; Excel shows it once.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value;
      vals[c - 1] = v && typeof v === 'object' && 'hyperlink' in v ? v.text : v;
    });
    rows[n - 1] = vals;
  });
  return rows;
}

function rowStarting(rows: unknown[][], text: string, col = 1): number {
  const i = rows.findIndex((r) => typeof r?.[col] === 'string' && (r[col] as string).startsWith(text));
  if (i < 0) throw new Error(`no row starting with ${text}`);
  return i;
}

describe('cchc report: the Đồng Tháp 2022 samples for Quý III/2022', () => {
  const out = path.join(tmp, 'bao-cao-q3-2022.xlsx');
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    const r = await run(['report', ...DONG_THAP, '--period', '2022-Q3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // the sources have one error: the overdue task
    expect(r.out).toContain('60 nhiệm vụ từ 2 sổ — hoàn thành 17 (28,3%), quá hạn 1');
    wb = new ExcelJS.Workbook();
    const buf = fs.readFileSync(out);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    zip = await JSZip.loadAsync(buf);
  });

  it('has the summary sheet and its detail sheet, named after the period', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp Q3-2022', 'Chi tiết Q3-2022']);
  });

  it('1. title block: title, period, as-of date, sources with row counts', () => {
    const rows = grid(wb.worksheets[0]);
    expect(rows[0][0]).toBe('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
    expect(rows[1][0]).toBe('QUÝ III NĂM 2022');
    expect(rows[2][0]).toBe('Kỳ báo cáo: Quý III (9 tháng) năm 2022 (từ 01/01/2022 đến 30/09/2022).');
    expect(rows[3][2]).toEqual(new Date(Date.UTC(2022, 8, 30)));
    expect(wb.worksheets[0].getCell('C4').numFmt).toBe('dd/mm/yyyy');
    const src = rowStarting(rows, 'Sổ (tệp)');
    expect(rows[src + 1].slice(0, 8)).toEqual([1, expect.stringMatching(/dong-thap-2022-ke-hoach-cchc\.xlsx$/), 'Phụ lục KH 367', undefined, undefined, 'Bảng nhiệm vụ', undefined, 39]);
    expect(rows[src + 2][7]).toBe(21);
  });

  it('2. overview: totals per status, completion rate, budget', () => {
    const rows = grid(wb.worksheets[0]);
    const i = rowStarting(rows, 'Tổng số nhiệm vụ');
    const table = rows.slice(i, i + 14).map((r) => [r[1], r[2], r[3]]);
    expect(table).toEqual([
      ['Tổng số nhiệm vụ', 60, undefined],
      ['Hoàn thành đúng hạn', 16, 16 / 60],
      ['Hoàn thành trễ hạn', 1, 1 / 60],
      ['Đang thực hiện (trong hạn)', 7, 7 / 60],
      ['Quá hạn chưa hoàn thành', 1, 1 / 60],
      ['Chưa thực hiện', 3, 3 / 60],
      ['Thực hiện thường xuyên, định kỳ', 8, 8 / 60],
      ['Theo kế hoạch, quy định hoặc khi phát sinh', 3, 3 / 60],
      ['Chưa ghi hoặc không đọc được thời hạn', 21, 21 / 60],
      ['Tỷ lệ hoàn thành (đúng hạn và trễ hạn)', 17, 17 / 60],
      ['Nhiệm vụ chưa có cơ quan chủ trì', 0, 0],
      ['Tổng kinh phí ghi bằng số tiền (đồng/năm)', 540_000_000, undefined],
      ['Nhiệm vụ chỉ ghi nguồn kinh phí (không có số tiền)', 19, undefined],
      ['Báo cáo trùng đã gộp (cùng kế hoạch, cơ quan chủ trì, số và nội dung)', 0, undefined],
    ]);
    const ws = wb.worksheets[0];
    expect(ws.getCell(`C${i + 12}`).numFmt).toBe('#,##0');
    expect(ws.getCell(`D${i + 2}`).numFmt).toBe('0.0%');
  });

  it('3. by reform area, with the totals row', () => {
    const rows = grid(wb.worksheets[0]);
    const i = rowStarting(rows, 'Lĩnh vực cải cách');
    expect(rows[i].slice(2, 13)).toEqual(['Tổng số', 'Đúng hạn', 'Trễ hạn', 'Đang thực hiện', 'Quá hạn', 'Chưa thực hiện', 'Thường xuyên, định kỳ', 'Theo KH, quy định', 'Chưa rõ thời hạn', 'Tỷ lệ hoàn thành']);
    // Recurring 3 and by-reference 2 of seed 004's VII; seed 000's one task there has no time column.
    expect(rows[i + 1].slice(1, 12)).toEqual(['Công tác chỉ đạo, điều hành CCHC', 13, 2, 0, 3, 1, 1, 3, 2, 1, 2 / 13]);
    const total = rowStarting(rows, 'Tổng cộng');
    expect(rows[total].slice(2, 11)).toEqual([60, 16, 1, 7, 1, 3, 8, 3, 21]);
  });

  it('4. by lead agency, with budgets', () => {
    const rows = grid(wb.worksheets[0]);
    const snv = rows.findIndex((r) => r?.[1] === 'Sở Nội vụ');
    expect(rows[snv][2]).toBe(17);
    expect(rows[snv][12]).toBe(490_000_000);
  });

  it('5. overdue list: task, lead, deadline, days overdue, linked to its source', () => {
    const rows = grid(wb.worksheets[0]);
    const i = rowStarting(rows, 'Quá hạn chưa hoàn thành: 1 nhiệm vụ');
    const r = rows[i + 2];
    expect(r[1]).toBe('3.10 Ban hành bộ tiêu chí đánh giá Chỉ số CCHC các cơ quan, địa phương');
    expect(r[2]).toBe('Sở Nội vụ');
    expect(r[4]).toEqual(new Date(Date.UTC(2022, 5, 30)));
    expect(r[5]).toBe(92);
    expect(r[10]).toBe('dong-thap-2022-ke-hoach-cchc.xlsx › Phụ lục KH 367!D49');
  });

  it('6. due next period: Quý IV/2022', () => {
    const rows = grid(wb.worksheets[0]);
    expect(rows[rowStarting(rows, 'V. NHIỆM VỤ ĐẾN HẠN KỲ TỚI', 0)][0]).toBe('V. NHIỆM VỤ ĐẾN HẠN KỲ TỚI (QUÝ IV NĂM 2022)');
    expect(rows[rowStarting(rows, 'Hạn từ 01/10/2022 đến 31/12/2022')][1]).toBe('Hạn từ 01/10/2022 đến 31/12/2022: 8 nhiệm vụ chưa hoàn thành');
  });

  it('7–8. index section says there is none; the findings summary counts per code and agency', () => {
    const rows = grid(wb.worksheets[0]);
    expect(rows[rowStarting(rows, 'Không có bảng chỉ số')]).toBeTruthy();
    const codes = rowStarting(rows, 'Nội dung kiểm tra');
    expect(rows[codes + 1].slice(1, 6)).toEqual(['Quá hạn chưa hoàn thành', 'deadline-expired', undefined, 'Lỗi', 1]);
    // Seed 000's two-paragraph row pairs each lead with its coordinators: no lead-also-coordinating.
    expect(rows[codes + 2]?.[2]).not.toBe('lead-also-coordinating');
  });

  it('writes text as text: task texts starting with "- " are strings, and no cell is a formula', async () => {
    const detail = wb.worksheets[1];
    let bullets = 0;
    detail.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string' && cell.value.startsWith('- ')) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          bullets++;
        }
      }),
    );
    expect(bullets).toBeGreaterThanOrEqual(3);
    for (const f of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/);
    }
  });

  it('internal hyperlinks point at existing sheets and cells; every task links to its source file', async () => {
    const names = wb.worksheets.map((w) => w.name);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // Internal links have a location and no relationship id; external ones have both.
    const locations = [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)]
      .filter((m) => !/r:id=/.test(m[1]))
      .map((m) => /location="([^"]+)"/.exec(m[1])![1].replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    expect(locations.length).toBeGreaterThanOrEqual(9);
    for (const loc of locations) {
      const m = /^'(.+)'!([A-Z]+)(\d+)$/.exec(loc);
      expect(m).not.toBeNull();
      expect(names).toContain(m![1]);
      const target = wb.getWorksheet(m![1])!;
      expect(Number(m![3])).toBeLessThanOrEqual(target.rowCount);
    }
    // The table of contents jumps to the section headings.
    const toc = locations.filter((l) => l.startsWith("'Tổng hợp Q3-2022'!"));
    expect(toc).toHaveLength(7);
    const ws = wb.worksheets[0];
    expect(toc.map((l) => String(ws.getCell(l.split('!')[1]).value))).toEqual([
      'I. TỔNG QUAN',
      'II. THEO LĨNH VỰC CẢI CÁCH',
      'III. THEO CƠ QUAN CHỦ TRÌ',
      'IV. NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN',
      'V. NHIỆM VỤ ĐẾN HẠN KỲ TỚI (QUÝ IV NĂM 2022)',
      'VI. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ CÁC CHỈ SỐ LIÊN QUAN',
      'VII. KẾT QUẢ KIỂM TRA DỮ LIỆU',
    ]);
    // The overdue task's name jumps to its row in the detail sheet.
    const toDetail = locations.filter((l) => l.startsWith("'Chi tiết Q3-2022'!C"));
    expect(toDetail.length).toBeGreaterThanOrEqual(9);
    const detailXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const rels = await zip.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string');
    expect((detailXml.match(/<hyperlink /g) ?? []).length).toBe(60);
    // Targets are relative to the report, and lead to the sample files.
    const targets = new Set([...rels.matchAll(/Target="([^"]+)"/g)].map((m) => path.resolve(tmp, decodeURIComponent(m[1]))));
    expect([...targets].sort()).toEqual([...DONG_THAP].sort());
  });

  it('has the bar chart over the area table, with the area names cached', async () => {
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(8); // one per status
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toMatch(/&apos;Tổng hợp Q3-2022&apos;!\$B\$\d+:\$B\$\d+|'Tổng hợp Q3-2022'!\$B\$\d+:\$B\$\d+/);
    expect(chart).toContain('Công tác chỉ đạo, điều hành CCHC');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
  });

  it('opens in LibreOffice (converted to PDF without error)', () => {
    requireLibreOffice();
    const r = soffice('pdf', out, tmp);
    expect(r.status).toBe(0);
    const pdf = path.join(tmp, 'bao-cao-q3-2022.pdf');
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
    const textOut = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(textOut).toContain('QUÝ III NĂM 2022');
    expect(textOut).toContain('Tình hình thực hiện theo lĩnh vực');
  }, 120_000);
});

describe('cchc report: files are never overwritten by surprise', () => {
  it('refuses an existing --out without --force, and replaces it with --force', async () => {
    const out = path.join(tmp, 'co-san.xlsx');
    fs.writeFileSync(out, 'báo cáo cũ');
    const r = await run(['report', DONG_THAP[0], '--period', '2022-Q3', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/đã có|tồn tại/);
    expect(fs.readFileSync(out, 'utf8')).toBe('báo cáo cũ');
    const forced = await run(['report', DONG_THAP[0], '--period', '2022-Q3', '--out', out, '--force']);
    expect(forced.code).toBe(1);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
  it('never writes over one of its inputs, even with --force', async () => {
    const input = path.join(tmp, 'nguon.xlsx');
    fs.copyFileSync(DONG_THAP[0], input);
    const before = fs.readFileSync(input);
    const r = await run(['report', input, '--period', '2022-Q3', '--out', input, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tệp nguồn');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
  it('leaves no temporary file behind', () => {
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('.cchc-tmp-'))).toEqual([]);
  });
  it('wants --period and --out', async () => {
    expect((await run(['report', DONG_THAP[0], '--out', path.join(tmp, 'x.xlsx')])).err).toContain('cần --period');
    expect((await run(['report', DONG_THAP[0], '--period', '2022-Q3'])).err).toContain('cần --out');
    expect((await run(['report', DONG_THAP[0], '--period', '2022-Q9', '--out', path.join(tmp, 'x.xlsx')])).err).toContain('không hợp lệ');
  });
});

describe('cchc report --json: the summary model', () => {
  it('prints { period, asOf, sources, totals, byArea, byAgency, overdue, indices } for the Đồng Nai 2024 samples', async () => {
    const r = await run(['report', ...DONG_NAI, '--period', '2024-Q3', '--as-of', '2024-10-15', '--json']);
    expect(r.code).toBe(1); // PL1 III.3 is past its deadline: an error in the sources
    const m = JSON.parse(r.out);
    for (const k of ['period', 'asOf', 'sources', 'totals', 'byArea', 'byAgency', 'overdue', 'indices', 'duplicates', 'conflicts', 'tasks']) expect(m).toHaveProperty(k);
    expect(m.asOf).toBe('2024-10-15');
    expect(m.period.code).toBe('2024-Q3');
    expect(Object.keys(m.totals)).toEqual(expect.arrayContaining(['total', 'completedOnTime', 'completedLate', 'inProgress', 'overdue', 'notStarted', 'recurring', 'conditional', 'noDeadline']));
    // All 24 appendices of seed 003: 250 tasks, none folded into another agency's.
    expect(m.totals.total).toBe(250);
    expect(m.duplicates).toEqual([]);
    // Recurring, by-reference and missing times apart, in the totals and on every task.
    const timing = (t: { timing: string }) => t.timing;
    expect(m.totals.recurring).toBe(m.tasks.filter((t: { timing: string; progress: string }) => timing(t) === 'recurring' && t.progress === 'recurring').length);
    expect(m.totals.noDeadline).toBe(2);
    expect(new Set(m.tasks.map(timing))).toEqual(new Set(['dated', 'recurring', 'conditional', 'none']));
    // PL1 III.3 "30/9/2024" is overdue by 15 days on 15/10/2024.
    expect(m.overdue.map((t: { daysOverdue: number; source: { sheet: string } }) => `${t.source.sheet} ${t.daysOverdue}`)).toEqual(['PL1 Sở Nội vụ 15']);
    expect(m.indices.map((i: { index: string }) => i.index)).toEqual(['PAPI', 'SIPAS', 'PCI', 'PAR INDEX', 'PAR INDEX']);
  });
});
