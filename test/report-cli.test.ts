import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from './run-cli';
import { requireLibreOffice, soffice } from './libreoffice';
import { CODE_LABEL } from '../core/report/labels';

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

/*
 * Quý III/2022 is counted to its legal cut-off, 14/09/2022 (Nghị định 09/2019/NĐ-CP, Điều 12), not 30/09. From
 * seed 004's status and completion-date columns (the 39 activities; seed 000's 21 tasks have no time column):
 * - III 3.2 (recurring, "Hoàn thành" on 23/09/2022) and IV 3.3 ("Trong năm 2022", "Hoàn thành" on 30/09/2022)
 *   were done after 14/09, so still open then: III 3.2 recurring, IV 3.3 in progress (due 31/12/2022);
 * - on time 16 − 2 = 14, late 1 (IV 3.1), in progress 7 + 1 = 8, overdue 1 (VII 3.10, due 30/06/2022: 76 days
 *   on 14/09), not started 3, recurring 8 + 1 = 9, by plan or rule 3, no deadline 0 + 21 (seed 000);
 * - done 15 of 60 (25 %), and 15 of the 16 that have come due (done or overdue);
 * - due in Quý IV and open: the 8 of 30/09 and IV 3.3 = 9.
 */
describe('cchc report: the Đồng Tháp 2022 samples for Quý III/2022, to the cut-off 14/09/2022', () => {
  const out = path.join(tmp, 'bao-cao-q3-2022.xlsx');
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    const r = await run(['report', ...DONG_THAP, '--period', '2022-Q3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // the sources have one error: the overdue task
    expect(r.out).toContain('tính đến 14/09/2022 — ngày chốt số liệu theo Nghị định 09/2019/NĐ-CP');
    expect(r.out).toContain('60 nhiệm vụ từ 2 sổ — hoàn thành 15 (25,0% tổng số; 93,8% số đã đến hạn), quá hạn 1, đang thực hiện 8, chưa thực hiện 3, thường xuyên 9');
    wb = new ExcelJS.Workbook();
    const buf = fs.readFileSync(out);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    zip = await JSZip.loadAsync(buf);
  });

  it('has the summary sheet and its detail sheet, named after the period', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp Q3-2022', 'Chi tiết Q3-2022']);
  });

  it('1. title block: title, period, the data window and the rule of its as-of date; sources in an annex at the end', () => {
    const rows = grid(wb.worksheets[0]);
    expect(rows[0][0]).toBe('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
    expect(rows[1][0]).toBe('QUÝ III NĂM 2022');
    expect(rows[2][0]).toBe(
      'Kỳ báo cáo: Quý III (9 tháng) năm 2022 (từ 01/01/2022 đến 30/09/2022). Số liệu tính từ 15/12/2021 đến 14/9/2022. Ngày chốt số liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP (ngày 14 tháng cuối kỳ báo cáo).',
    );
    expect(rows[3][2]).toEqual(new Date(Date.UTC(2022, 8, 14)));
    expect(wb.worksheets[0].getCell('C4').numFmt).toBe('dd/mm/yyyy');
    const annex = rows.findIndex((r) => r?.[0] === 'PHỤ LỤC 1. NGUỒN SỐ LIỆU');
    expect(annex).toBeGreaterThan(rows.findIndex((r) => r?.[0] === 'VII. KẾT QUẢ KIỂM TRA DỮ LIỆU'));
    const src = rowStarting(rows, 'Sổ (tệp)');
    expect(src).toBe(annex + 1);
    expect([rows[src + 1][0], rows[src + 1][1], rows[src + 1][5], rows[src + 1][9], rows[src + 1][11]]).toEqual([1, expect.stringMatching(/dong-thap-2022-ke-hoach-cchc\.xlsx$/), 'Phụ lục KH 367', 'Bảng nhiệm vụ', 39]);
    expect(rows[src + 2][11]).toBe(21);
  });

  it('names no file, sheet or cell in the body of the summary (only in links and the annex), and no finding code', () => {
    const rows = grid(wb.worksheets[0]);
    const annex = rows.findIndex((r) => r?.[0] === 'PHỤ LỤC 1. NGUỒN SỐ LIỆU');
    const body = rows.slice(0, annex).flatMap((r) => (r ?? []).filter((v): v is string => typeof v === 'string'));
    expect(body.length).toBeGreaterThan(100);
    expect(body.filter((t) => /\.xlsx|›|!\$?[A-Z]+\$?\d/.test(t))).toEqual([]);
    const all = rows.flatMap((r) => (r ?? []).filter((v): v is string => typeof v === 'string'));
    expect(all.filter((t) => Object.keys(CODE_LABEL).some((code) => t.includes(code)))).toEqual([]);
  });

  it('2. overview: totals per status, completion rate, budget', () => {
    const rows = grid(wb.worksheets[0]);
    const i = rowStarting(rows, 'Tổng số nhiệm vụ');
    const table = rows.slice(i, i + 18).map((r) => [r[1], r[2], r[4]]);
    expect(table).toEqual([
      ['Tổng số nhiệm vụ', 60, undefined],
      ['Hoàn thành đúng hạn', 14, 14 / 60],
      ['Hoàn thành trễ hạn', 1, 1 / 60],
      ['Đang thực hiện (trong hạn)', 8, 8 / 60],
      ['Quá hạn chưa hoàn thành', 1, 1 / 60],
      ['Chưa thực hiện', 3, 3 / 60],
      ['Thực hiện thường xuyên, định kỳ', 9, 9 / 60],
      ['Theo kế hoạch, quy định hoặc khi phát sinh', 3, 3 / 60],
      ['Chưa ghi hoặc không đọc được thời hạn', 21, 21 / 60],
      ['Tỷ lệ hoàn thành trên tổng số nhiệm vụ', 15, 15 / 60],
      ['Tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn', 15, 15 / 16],
      ['Quá hạn đến 30 ngày', 0, undefined],
      ['Quá hạn từ 31 đến 90 ngày', 1, undefined],
      ['Quá hạn trên 90 ngày', 0, undefined],
      ['Nhiệm vụ chưa có cơ quan chủ trì', 0, 0],
      ['Tổng kinh phí ghi bằng số tiền (đồng/năm)', 540_000_000, undefined],
      ['Nhiệm vụ chỉ ghi nguồn kinh phí (không có số tiền)', 19, undefined],
      ['Báo cáo trùng đã gộp (cùng kế hoạch, cơ quan chủ trì, số và nội dung)', 0, undefined],
    ]);
    // Each rate says how it is counted, beside it.
    expect(rows[i + 10][6]).toBe('hoàn thành ÷ (hoàn thành + quá hạn chưa hoàn thành), cách tính của Tổ công tác của Thủ tướng Chính phủ');
    const ws = wb.worksheets[0];
    expect(ws.getCell(`C${i + 16}`).numFmt).toBe('#,##0');
    expect(ws.getCell(`E${i + 2}`).numFmt).toBe('0.0%');
  });

  it('3. by reform area, with the totals row', () => {
    const rows = grid(wb.worksheets[0]);
    const i = rowStarting(rows, 'Lĩnh vực cải cách');
    expect(rows[i].slice(2, 13)).toEqual(['Tổng số', 'Đúng hạn', 'Trễ hạn', 'Đang thực hiện', 'Quá hạn', 'Chưa thực hiện', 'Thường xuyên, định kỳ', 'Theo KH, quy định', 'Chưa rõ thời hạn', 'Tỷ lệ HT / tổng số', 'Tỷ lệ HT / đã đến hạn']);
    // Recurring 3 and by-reference 2 of seed 004's VII; seed 000's one task there has no time column. Of its three
    // tasks come due (2 done, VII 3.10 overdue), two are done.
    expect(rows[i + 1].slice(1, 13)).toEqual(['Công tác chỉ đạo, điều hành CCHC', 13, 2, 0, 3, 1, 1, 3, 2, 1, 2 / 13, 2 / 3]);
    const total = rowStarting(rows, 'Tổng cộng');
    expect(rows[total].slice(2, 13)).toEqual([60, 14, 1, 8, 1, 3, 9, 3, 21, 15 / 60, 15 / 16]);
  });

  it('4. by lead agency, with budgets', () => {
    const rows = grid(wb.worksheets[0]);
    const snv = rows.findIndex((r) => r?.[1] === 'Sở Nội vụ');
    expect(rows[snv][2]).toBe(17);
    expect(rows[snv][13]).toBe(490_000_000);
    // Every lead of these plans is in the directory: no row is flagged.
    expect(rows.some((r) => typeof r?.[0] === 'string' && r[0].startsWith('Tên cơ quan không có trong danh mục'))).toBe(false);
  });

  it('5. overdue list: by lead agency, then task, lead, deadline, days overdue; its number links to the detail row', async () => {
    const rows = grid(wb.worksheets[0]);
    const i = rowStarting(rows, 'Quá hạn chưa hoàn thành: 1 nhiệm vụ (quá hạn đến 30 ngày: 0; từ 31 đến 90 ngày: 1; trên 90 ngày: 0)');
    expect(rows[i + 2][0]).toBe('Sở Nội vụ: 1 nhiệm vụ (lâu nhất 76 ngày)');
    const r = rows[i + 3];
    expect(r[1]).toBe('3.10 Ban hành bộ tiêu chí đánh giá Chỉ số CCHC các cơ quan, địa phương');
    expect(r[5]).toBe('Sở Nội vụ');
    expect(r[7]).toEqual(new Date(Date.UTC(2022, 5, 30)));
    expect(r[9]).toBe(76);
    expect(r[0]).toBe(1);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const link = new RegExp(`<hyperlink ref="A${i + 4}" location="([^"]+)"`).exec(xml);
    const target = link![1].replace(/&apos;/g, "'").split('!')[1];
    // The row it jumps to holds the same task.
    expect(String(wb.worksheets[1].getCell(target).value)).toBe('3.10: Ban hành bộ tiêu chí đánh giá Chỉ số CCHC các cơ quan, địa phương');
  });

  it('6. due next period: Quý IV/2022', () => {
    const rows = grid(wb.worksheets[0]);
    expect(rows[rowStarting(rows, 'V. NHIỆM VỤ ĐẾN HẠN KỲ TỚI', 0)][0]).toBe('V. NHIỆM VỤ ĐẾN HẠN KỲ TỚI (QUÝ IV NĂM 2022)');
    expect(rows[rowStarting(rows, 'Hạn từ 01/10/2022 đến 31/12/2022')][1]).toBe('Hạn từ 01/10/2022 đến 31/12/2022: 9 nhiệm vụ chưa hoàn thành');
  });

  it('7–8. index section says there is none; the findings summary counts per kind, in words, and per agency', () => {
    const rows = grid(wb.worksheets[0]);
    expect(rows[rowStarting(rows, 'Không có bảng chỉ số')]).toBeTruthy();
    const kinds = rowStarting(rows, 'Nội dung kiểm tra');
    expect([rows[kinds + 1][1], rows[kinds + 1][5], rows[kinds + 1][7]]).toEqual(['Quá hạn chưa hoàn thành', 'Lỗi', 1]);
    // Seed 000's two-paragraph row pairs each lead with its coordinators: no lead-also-coordinating.
    expect(rows[kinds + 2]?.[1]).not.toBe(CODE_LABEL['lead-also-coordinating'].vi);
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
    expect(toc).toHaveLength(8);
    const ws = wb.worksheets[0];
    expect(toc.map((l) => String(ws.getCell(l.split('!')[1]).value))).toEqual([
      'I. TỔNG QUAN',
      'II. THEO LĨNH VỰC CẢI CÁCH',
      'III. THEO CƠ QUAN CHỦ TRÌ',
      'IV. NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN',
      'V. NHIỆM VỤ ĐẾN HẠN KỲ TỚI (QUÝ IV NĂM 2022)',
      'VI. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ CÁC CHỈ SỐ LIÊN QUAN',
      'VII. KẾT QUẢ KIỂM TRA DỮ LIỆU',
      'PHỤ LỤC 1. NGUỒN SỐ LIỆU',
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
    // Told apart in black and white: each series but the first has its own pattern, each bar a black outline.
    const patterns = [...chart.matchAll(/<a:pattFill prst="(\w+)">/g)].map((m) => m[1]);
    expect(patterns).toHaveLength(7);
    expect(new Set(patterns).size).toBe(7);
    expect((chart.match(/<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"\/>/g) ?? []).length).toBe(8);
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

describe('cchc report: the as-of date of each period is its legal cut-off unless said otherwise', () => {
  const asOf = async (...args: string[]) => {
    const r = await run(['report', DONG_THAP[0], '--json', ...args]);
    const m = JSON.parse(r.out);
    return [m.asOf, m.asOfRule, m.window.from, m.window.to];
  };
  it.each([
    ['2024-Q1', '2024-03-14', '2023-12-15'],
    ['2024-Q2', '2024-06-14', '2024-03-15'],
    ['2024-H1', '2024-06-14', '2023-12-15'],
    ['2024-Q3', '2024-09-14', '2023-12-15'],
    ['2024-Q4', '2024-12-14', '2024-09-15'],
    ['2024-Y', '2024-12-14', '2023-12-15'],
  ])('%s → %s (window from %s)', async (period, date, from) => {
    expect(await asOf('--period', period)).toEqual([date, 'cut-off', from, date]);
  });
  it('counts to the period’s last day with --as-of-rule period-end, or the settings’ asOfRule; the flag wins', async () => {
    expect(await asOf('--period', '2024-Q3', '--as-of-rule', 'period-end')).toEqual(['2024-09-30', 'period-end', '2024-01-01', '2024-09-30']);
    const settings = path.join(tmp, 'cuoi-ky.json');
    fs.writeFileSync(settings, '{ "asOfRule": "period-end" }');
    expect(await asOf('--period', '2024-Q3', '--settings', settings)).toEqual(['2024-09-30', 'period-end', '2024-01-01', '2024-09-30']);
    expect(await asOf('--period', '2024-Q3', '--settings', settings, '--as-of-rule', 'cut-off')).toEqual(['2024-09-14', 'cut-off', '2023-12-15', '2024-09-14']);
    expect(await asOf('--period', '2024-Q3', '--as-of', '2024-10-15')).toEqual(['2024-10-15', 'given', '2023-12-15', '2024-10-15']);
  });
  it('refuses an unknown rule with a sentence', async () => {
    const r = await run(['report', DONG_THAP[0], '--period', '2024-Q3', '--json', '--as-of-rule', 'quarter-end']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of-rule phải là cut-off (ngày chốt số liệu) hoặc period-end (ngày cuối kỳ), không phải "quarter-end".');
  });
  it('gives --json the two rates, the overdue by age and each agency’s standing in the directory', async () => {
    const r = await run(['report', ...DONG_THAP, '--period', '2022-Q3', '--json']);
    const m = JSON.parse(r.out);
    // As worked out above for 14/09/2022: 15 done, 1 overdue (76 days).
    expect(m.totals.completionRate).toBe(15 / 60);
    expect(m.totals.completionRateOfDue).toBe(15 / 16);
    expect(m.totals.overdueByAge).toEqual({ upTo30: 0, from31To90: 1, over90: 0 });
    expect(m.byAgency.every((a: { known: boolean; suggestion: string | null }) => a.known === true && a.suggestion === null)).toBe(true);
    expect(m.overdueByAgency).toEqual([{ agency: 'Sở Nội vụ', count: 1, maxDaysOverdue: 76, byAge: { upTo30: 0, from31To90: 1, over90: 0 }, known: true, suggestion: null }]);
  });
});

// Seed 003's 24 appendices to 14/09/2024: 220 recurring, 6 by plan or rule, 2 without a time, 22 due later in the
// year (none reported done, none past its deadline). Nothing has come due, so the second rate has no value: said so.
describe('cchc report when no task has come due yet', () => {
  it('says so in words instead of a rate', async () => {
    const r = await run(['report', ...DONG_NAI, '--period', '2024-Q3', '--json', '--out', path.join(tmp, 'dong-nai-none-due.xlsx')]);
    const json = JSON.parse(r.out);
    expect(json.totals).toMatchObject({ total: 250, completedOnTime: 0, completedLate: 0, overdue: 0, inProgress: 22, recurring: 220, conditional: 6, noDeadline: 2, completionRateOfDue: null });
    const en = await run(['report', ...DONG_NAI, '--period', '2024-Q3', '--lang', 'en', '--out', path.join(tmp, 'dong-nai-none-due-en.xlsx')]);
    expect(en.out).toContain('completed 0 (0.0% of all; none due yet)');
    const vi = await run(['report', ...DONG_NAI, '--period', '2024-Q3', '--out', path.join(tmp, 'dong-nai-none-due-vi.xlsx')]);
    expect(vi.out).toContain('hoàn thành 0 (0,0% tổng số; chưa có nhiệm vụ nào đến hạn)');
  });
});
