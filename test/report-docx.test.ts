import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { consolidate, makePeriod, validateWorkbook } from '../core';
import { writeReportDocx } from '../core/io/write/report-docx';
import { parseReportSettings } from '../core/report/settings';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { requireLibreOffice, soffice } from './libreoffice';
import { runCli } from './run-cli';

/**
 * The Word draft of the quarterly report (`cchc report … --docx`): made from the same model as the sheet, in the
 * format of Nghị định 30/2020/NĐ-CP, opened by LibreOffice and read back as text.
 */

const ROOT = path.join(__dirname, '..');
const DONG_NAI = ['dong-nai-2024-phu-luc-nhiem-vu.xlsx', 'dong-nai-2024-chi-so.xlsx'].map((f) => path.join(ROOT, 'samples', f));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-docx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SETTINGS = {
  parentBody: 'UBND tỉnh Đồng Nai',
  issuer: 'Sở Nội vụ',
  issuerCode: 'SNV',
  number: '125',
  place: 'Đồng Nai',
  date: '2024-10-18',
  recipients: ['Ủy ban nhân dân tỉnh Đồng Nai'],
  distribution: ['Như trên', 'Bộ Nội vụ (Vụ CCHC)', 'Lưu: VT, CCHC'],
  signer: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn An' },
};

function pdfText(docx: string): { text: string; pages: number; size: string } {
  const conv = soffice('pdf', docx, tmp);
  expect(conv.status).toBe(0);
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return {
    text: spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout,
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    size: /Page size:\s+(.+)/.exec(info)![1],
  };
}
/** Text with its line breaks and runs of spaces as one space, for sentences that wrap. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('cchc report --docx: the Đồng Nai samples as of 15/10/2024, with settings', () => {
  const docx = path.join(tmp, 'Báo cáo Q3-2024.docx');
  const settings = path.join(tmp, 'cai-dat.json');
  let model: { totals: { total: number; overdue: number }; overdue: Array<{ title: string; daysOverdue: number; leads: string[] }> };
  let pdf: { text: string; pages: number; size: string };
  beforeAll(async () => {
    requireLibreOffice();
    fs.writeFileSync(settings, JSON.stringify(SETTINGS, null, 2));
    // One run: the figures printed as JSON are the ones in the draft.
    const r = await runCli(['report', ...DONG_NAI, '--period', '2024-Q3', '--as-of', '2024-10-15', '--docx', docx, '--settings', settings, '--json']);
    expect(r.err).toBe('');
    model = JSON.parse(r.out);
    pdf = pdfText(docx);
  }, 180_000);

  it('is an A4 portrait document LibreOffice opens', () => {
    expect(pdf.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.pages).toBeLessThanOrEqual(12);
  });

  it('has the heading of Nghị định 30/2020: issuing body, national motto, number, place and date', () => {
    const t = pdf.text;
    expect(t).toContain('UBND TỈNH ĐỒNG NAI');
    expect(t).toContain('SỞ NỘI VỤ');
    expect(flat(t)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('Số: 125/BC-SNV');
    expect(t).toContain('Đồng Nai, ngày 18 tháng 10 năm 2024');
  });

  it('names itself BÁO CÁO with its summary line, and to whom it goes', () => {
    expect(pdf.text).toMatch(/^\s*BÁO CÁO\s*$/m);
    expect(flat(pdf.text)).toContain('Kết quả thực hiện công tác cải cách hành chính quý III (9 tháng) năm 2024');
    expect(flat(pdf.text)).toContain('Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai.');
  });

  it('has the figures of the same run in sentences: the window, the task count, both rates, the overdue task and its age', () => {
    const t = flat(pdf.text);
    expect(model.totals.total).toBe(250);
    expect(model.totals.overdue).toBe(1);
    expect(t).toContain('Số liệu tính từ 15/12/2023 đến 15/10/2024.');
    expect(t).toContain('Tổng số nhiệm vụ được tổng hợp: 250 nhiệm vụ.');
    expect(t).toContain('quá hạn chưa hoàn thành 1 nhiệm vụ');
    expect(t).toContain('Trong 1 nhiệm vụ quá hạn: 1 nhiệm vụ quá hạn đến 30 ngày');
    // PL1 III.3, due 30/9/2024: 15 days late on 15/10, listed under its lead.
    const [late] = model.overdue;
    expect(late.daysOverdue).toBe(15);
    expect(t).toContain(`${late.leads[0]}: 1 nhiệm vụ`);
    expect(t).toContain(flat(late.title.split('\n')[0]).slice(0, 40));
    expect(t).toMatch(/30\/9\/2024 15\b/);
  });

  it('has the tables by area and by agency, the index scores against their targets, the work due next quarter', () => {
    const t = flat(pdf.text);
    expect(t).toContain('2. Kết quả theo lĩnh vực cải cách hành chính');
    expect(t).toMatch(/Chỉ số PAPI 76 /);
    expect(t).toContain('3. Kết quả theo cơ quan chủ trì');
    expect(t).toMatch(/UBND cấp huyện 59 /);
    expect(t).toContain('5. Kết quả các chỉ số so với chỉ tiêu');
    expect(t).toContain('39.92/80');
    expect(t).toContain('III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024');
  });

  it('leaves the assessment, causes and proposals to the officer, as “[…]”', () => {
    const t = flat(pdf.text);
    for (const h of ['1. Ưu điểm […]', '2. Hạn chế, tồn tại và nguyên nhân […]', 'IV. ĐỀ XUẤT, KIẾN NGHỊ […]']) expect(t).toContain(h);
  });

  it('closes with “Nơi nhận:” and the signer’s block', () => {
    const t = pdf.text;
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('- Bộ Nội vụ (Vụ CCHC);');
    expect(t).toContain('- Lưu: VT, CCHC.');
    expect(t).toContain('KT. GIÁM ĐỐC');
    expect(t).toContain('PHÓ GIÁM ĐỐC');
    expect(t).toContain('Nguyễn Văn An');
  });

  it('is set in Times New Roman, 14 pt text and 12 pt tables, with the decree’s margins', async () => {
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="1190[56]" w:h="1683[78]" w:orient="portrait"\/>/);
    // Top and bottom 20 mm, left 30 mm, right 15 mm, in twentieths of a point.
    expect(xml).toMatch(/<w:pgMar w:top="113[34]" w:right="85[01]" w:bottom="113[34]" w:left="170[01]"/);
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(sizes).toContain(14);
  });
});

describe('the Word draft without settings, and the settings file', () => {
  it('puts a placeholder wherever a setting is empty', async () => {
    const m = consolidate([{ file: seed004.file, sheets: validateWorkbook(seed004.sheets, { asOf: '2022-09-14' }).sheets }], { period: makePeriod(2022, 'Q3'), generatedAt: '2022-09-18T08:00' });
    const bytes = await writeReportDocx(m);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('|');
    for (const p of ['[CƠ QUAN CẤP TRÊN]', '[CƠ QUAN BAN HÀNH]', 'Số: …/BC-…', '[Địa danh], ngày … tháng … năm 2022', 'Kính gửi: […].', '[QUYỀN HẠN NGƯỜI KÝ]', '[CHỨC VỤ NGƯỜI KÝ]', '[Họ và tên]']) expect(text).toContain(p);
    // Seed 004 to 14/09/2022: VII 3.10 overdue 76 days, Sở Nội vụ's.
    expect(text).toContain('Sở Nội vụ: 1 nhiệm vụ');
    expect(text).toContain('76');
  });

  it('reads a settings file, and says in Vietnamese or English what is wrong with a bad one', () => {
    expect(parseReportSettings(JSON.stringify(SETTINGS))).toEqual({ ok: true, value: SETTINGS });
    expect(parseReportSettings('\uFEFF{"asOfRule": "period-end"}')).toEqual({ ok: true, value: { asOfRule: 'period-end' } });
    const bad = (json: string) => {
      const r = parseReportSettings(json, 'cai-dat.json');
      if (r.ok) throw new Error('accepted');
      return r.reason;
    };
    expect(bad('{"issuer": "Sở Nội vụ",}').vi).toMatch(/^Tệp cài đặt cai-dat\.json không phải JSON hợp lệ/);
    expect(bad('{"isuer": "Sở Nội vụ"}')).toMatchObject({ vi: expect.stringContaining('có mục không dùng được: "isuer"'), en: expect.stringContaining('unknown entries: "isuer"') });
    expect(bad('{"signer": {"nam": "A"}}').vi).toContain('"signer.nam"');
    expect(bad('{"asOfRule": "end"}')).toMatchObject({ vi: expect.stringContaining('mục "asOfRule" phải là "cut-off"'), en: expect.stringContaining('"asOfRule" must be "cut-off"') });
    expect(bad('{"recipients": "UBND tỉnh"}').vi).toContain('mục "recipients" phải là một danh sách chữ');
    expect(bad('{"date": "18/10/2024"}').vi).toContain('YYYY-MM-DD');
    expect(bad('[1]').vi).toContain('phải là một đối tượng JSON');
  });

  it('refuses a bad settings file in the CLI with that sentence and exit code 2, never a stack trace', async () => {
    const file = path.join(tmp, 'sai.json');
    fs.writeFileSync(file, '{"signer": "Nguyễn Văn An"}');
    const r = await runCli(['report', DONG_NAI[0], '--period', '2024-Q3', '--docx', path.join(tmp, 'x.docx'), '--settings', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('mục "signer" phải là một nhóm { "authority", "title", "name" }');
    const en = await runCli(['report', DONG_NAI[0], '--period', '2024-Q3', '--docx', path.join(tmp, 'x.docx'), '--settings', path.join(tmp, 'khong-co.json'), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('khong-co.json: file not found');
    expect(fs.existsSync(path.join(tmp, 'x.docx'))).toBe(false);
  });
});
