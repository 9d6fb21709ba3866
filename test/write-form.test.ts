/**
 * The writer's form features: drop-down lists and date checks (data validation), sheet protection with the cells
 * to fill unlocked, and hidden columns — read back by exceljs, in their schema slots, refused when Excel would
 * refuse them, and kept by LibreOffice when it opens the file and saves it again.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ReportWriteError, writeReportXlsx } from '../core/io/write';
import { date, empty, num, text, type ReportSpec, type SheetSpec } from '../core/report/spec';
import { requireLibreOffice, soffice } from './libreoffice';
import { checkOrder, parseXml } from './xml-order';

const CREATED = new Date(Date.UTC(2024, 8, 1, 8, 0, 0));
const STATUSES = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

/** A small form: two plan columns (locked), a status and a date to fill (unlocked), a hidden key. */
function formSheet(): SheetSpec {
  const row = (n: number, task: string, key: string) => [
    { content: num(n), style: 'plan' },
    { content: text(task), style: 'plan' },
    { content: empty, style: 'fill' },
    { content: empty, style: 'fillDate' },
    { content: text(key), style: 'plan' },
  ];
  return {
    name: 'Biểu báo cáo',
    rows: [
      ['STT', 'Hoạt động', 'Tình trạng', 'Ngày hoàn thành', 'Mã'].map((h) => ({ content: text(h), style: 'th' })),
      row(1, '3.1: Rà soát văn bản quy phạm pháp luật', 'cchc1|kh.xlsx|PL|I|3.1|abcdef'),
      row(2, '- Xây dựng "Báo cáo" <năm> & kế hoạch', 'cchc1|kh.xlsx|PL|I|3.2|012345'),
      [{ content: text('Ghi chú'), style: 'plan' }, null, null, { content: date('2024-09-14') }],
    ],
    heights: {},
    widths: [6, 40, 16, 14],
    merges: [],
    styles: {
      th: { bold: true, border: true },
      plan: { border: true, wrap: true },
      fill: { border: true, fill: 'FFF2CC', locked: false },
      fillDate: { border: true, fill: 'FFF2CC', numFmt: 'dd/mm/yyyy', locked: false },
    },
    frozen: { rows: 1, cols: 0 },
    charts: [],
    landscape: true,
    validations: [
      {
        type: 'list',
        ranges: [{ top: 1, left: 2, bottom: 2, right: 2 }],
        values: STATUSES,
        prompt: { title: 'Tình trạng', text: 'Chọn một tình trạng.' },
        error: { title: 'Không hợp lệ', text: 'Chọn trong danh sách.' },
      },
      { type: 'date', ranges: [{ top: 1, left: 3, bottom: 1, right: 3 }, { top: 2, left: 3, bottom: 2, right: 3 }], min: '2021-01-01', max: '2024-12-31', error: { title: 'Ngày', text: 'Nhập một ngày "dd/mm/yyyy".' } },
    ],
    protection: { formatColumns: true, formatRows: false },
    hiddenColumns: [4],
  };
}

const SPEC: ReportSpec = { sheets: [formSheet()] };
let bytes: Uint8Array;
let sheetXml: string;
let stylesXml: string;
let ws: ExcelJS.Worksheet;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-form-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  bytes = writeReportXlsx(SPEC, { created: CREATED });
  const zip = await JSZip.loadAsync(bytes);
  sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  stylesXml = await zip.file('xl/styles.xml')!.async('string');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  ws = wb.worksheets[0];
});

/** What exceljs reads that its types do not declare: validations by cell address, and the sheet's protection. */
type Read = { dataValidations: { model: Record<string, ExcelJS.DataValidation> }; sheetProtection: Record<string, unknown> };
const read = (w: ExcelJS.Worksheet) => w as unknown as Read;
const validation = (w: ExcelJS.Worksheet, cell: string) => read(w).dataValidations.model[cell] ?? w.getCell(cell).dataValidation;

describe('the writer draws a form', () => {
  it('writes a drop-down list over the status cells, with its prompt and error, blanks allowed', () => {
    for (const cell of ['C2', 'C3']) {
      expect(validation(ws, cell)).toMatchObject({
        type: 'list',
        allowBlank: true,
        formulae: [`"${STATUSES.join(',')}"`],
        showErrorMessage: true,
        errorTitle: 'Không hợp lệ',
        error: 'Chọn trong danh sách.',
        promptTitle: 'Tình trạng',
        prompt: 'Chọn một tình trạng.',
      });
    }
    expect(validation(ws, 'C4')).toBeUndefined();
  });

  it('writes a date check between two days as Excel serials, over each range given', () => {
    for (const cell of ['D2', 'D3']) {
      const v = validation(ws, cell)!;
      expect(v).toMatchObject({ type: 'date', operator: 'between', allowBlank: true, showErrorMessage: true, error: 'Nhập một ngày "dd/mm/yyyy".' });
      // exceljs reads a date rule's bounds back as dates.
      expect(v.formulae.map((f) => (f instanceof Date ? f.toISOString().slice(0, 10) : f))).toEqual(['2021-01-01', '2024-12-31']);
    }
    expect(sheetXml).toContain('sqref="D2 D3"><formula1>44197</formula1><formula2>45657</formula2>');
  });

  it('protects the sheet without a password and leaves only the cells to fill unlocked', () => {
    // exceljs says true for what is allowed while protected: widths may change, row heights may not (as asked).
    expect(read(ws).sheetProtection).toMatchObject({ sheet: true, formatColumns: true });
    expect(read(ws).sheetProtection.formatRows).not.toBe(true);
    expect(sheetXml).toMatch(/<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"\/>/);
    expect(sheetXml).not.toMatch(/password|hashValue/);
    for (const cell of ['C2', 'C3', 'D2', 'D3']) expect(ws.getCell(cell).protection).toMatchObject({ locked: false });
    for (const cell of ['A2', 'B2', 'E2', 'A1']) expect(ws.getCell(cell).protection?.locked).not.toBe(false);
    expect(stylesXml).toMatch(/applyProtection="1"[^>]*>(<alignment[^>]*\/>)?<protection locked="0"\/><\/xf>/);
  });

  it('hides the key column and keeps its texts', () => {
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(ws.getColumn(4).hidden).toBe(false);
    expect(ws.getCell('E2').value).toBe('cchc1|kh.xlsx|PL|I|3.1|abcdef');
    expect(sheetXml).toContain('<col min="5" max="5" width="8.43" hidden="1" customWidth="1"/>');
  });

  it('puts protection and validations in their schema slots, every part in schema order', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const bad: string[] = [];
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) checkOrder(parseXml(await zip.file(name)!.async('string'), name), name, bad);
    expect(bad).toEqual([]);
    expect(sheetXml.indexOf('<sheetProtection')).toBeGreaterThan(sheetXml.indexOf('</sheetData>'));
    expect(sheetXml.indexOf('<dataValidations')).toBeGreaterThan(sheetXml.indexOf('<sheetProtection'));
  });

  it('escapes quotes and markup in validation texts and in the list', () => {
    const sheet: SheetSpec = { ...formSheet(), validations: [{ type: 'list', ranges: [{ top: 1, left: 2, bottom: 1, right: 2 }], values: ['Đạt "tốt"', '<50%'], error: { title: 'A & B', text: "Chọn 'một'" } }] };
    const xml = new TextDecoder().decode(writeReportXlsx({ sheets: [sheet] }, { created: CREATED, level: 0 }));
    expect(xml).toContain('<formula1>&quot;Đạt &quot;&quot;tốt&quot;&quot;,&lt;50%&quot;</formula1>');
    expect(xml).toContain('errorTitle="A &amp; B" error="Chọn &apos;một&apos;"');
  });
});

describe('a form Excel would refuse is refused with a sentence', () => {
  const write = (change: Partial<SheetSpec>) => () => writeReportXlsx({ sheets: [{ ...formSheet(), ...change }] }, { created: CREATED });
  it.each([
    ['a list item with a comma (Excel would split it)', { validations: [{ type: 'list', ranges: [{ top: 1, left: 2, bottom: 1, right: 2 }], values: ['Hoàn thành, đúng hạn'] }] }, /cannot be empty or hold a comma/],
    ['a list longer than 255 characters', { validations: [{ type: 'list', ranges: [{ top: 1, left: 2, bottom: 1, right: 2 }], values: Array.from({ length: 30 }, (_, i) => `Tình trạng số ${i}`) }] }, /longer than Excel's 255/],
    ['a date check that allows no day', { validations: [{ type: 'date', ranges: [{ top: 1, left: 3, bottom: 1, right: 3 }], min: '2024-12-31', max: '2024-01-01' }] }, /allows no day/],
    ['a date check with a day that does not exist', { validations: [{ type: 'date', ranges: [{ top: 1, left: 3, bottom: 1, right: 3 }], min: '2024-02-30', max: '2024-12-31' }] }, /no such date/],
    ['a validation over a range upside down', { validations: [{ type: 'list', ranges: [{ top: 3, left: 2, bottom: 1, right: 2 }], values: ['A'] }] }, /bad validation range/],
    ['a hidden column past Excel\'s last', { hiddenColumns: [16_384] }, /no column 16385 to hide/],
  ] as [string, Partial<SheetSpec>, RegExp][])('%s', (_name, change, message) => {
    expect(write(change)).toThrow(ReportWriteError);
    expect(write(change)).toThrow(message);
  });
});

describe('LibreOffice opens the form and keeps what makes it one', () => {
  it(
    'saves it again as .xlsx with the list, the date check, the protection, the unlocked cells and the hidden column',
    async () => {
      requireLibreOffice();
      const dir = path.join(tmp, 'lo');
      fs.mkdirSync(dir);
      const file = path.join(dir, 'bieu-mau.xlsx');
      fs.writeFileSync(file, bytes);
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      const r = soffice('xlsx:Calc MS Excel 2007 XML', file, out);
      expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(path.join(out, 'bieu-mau.xlsx')) as unknown as ExcelJS.Buffer);
      const back = wb.worksheets[0];
      // LibreOffice adds an unused second formula to a list; the first is the list.
      expect(validation(back, 'C2')).toMatchObject({ type: 'list' });
      expect(validation(back, 'C2')!.formulae[0]).toBe(`"${STATUSES.join(',')}"`);
      expect(validation(back, 'D3')).toMatchObject({ type: 'date', operator: 'between' });
      // LibreOffice writes booleans as "true"/"false", which exceljs does not read for protection: the XML says it.
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, 'bieu-mau.xlsx')));
      const again = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const styles = await zip.file('xl/styles.xml')!.async('string');
      expect(again).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
      const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
      const unlocked = (cell: string) => /locked="(0|false)"/.test(xfs[Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(again)![1])]);
      expect(['C2', 'C3', 'D2', 'D3'].map(unlocked)).toEqual([true, true, true, true]);
      expect(['A2', 'B2', 'B3'].map(unlocked)).toEqual([false, false, false]);
      expect(back.getColumn(5).hidden).toBe(true);
      expect(back.getCell('B3').value).toBe('- Xây dựng "Báo cáo" <năm> & kế hoạch');
    },
    120_000,
  );
});
