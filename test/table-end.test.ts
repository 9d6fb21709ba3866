/**
 * Where a table ends (issue 16 §1): appendices returned with the closing blocks of an official document under
 * the table give exactly the rows a reviewer counts, no finding below the table, and nothing of the closing
 * blocks in the report. In memory, and through files written by exceljs and by LibreOffice.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { consolidate, makePeriod, validateWorkbook, type GridInput } from '../core';
import { readWorkbook } from '../core/io/read';
import { buildBuffer } from '../scripts/build-samples';
import { requireLibreOffice, soffice } from './libreoffice';
import { tableEndFixtures, tableEndWorkbook, type TableEndFixture } from './table-end-fixtures';
import { emptyRow, findingsOf, NINE_HEADER, nineColumnGrid, readGrid, rowWith } from './helpers';
import { isClosingFirstText, isClosingForm } from '../core/task/table-end';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';

const AS_OF = '2022-10-15';
const FIXTURES = tableEndFixtures();
const byName = (n: string) => FIXTURES.find((f) => f.name === n)!;
const counted = (f: TableEndFixture) => f.rows.filter((r) => r.counted).map((r) => r.row);
const lastCounted = (f: TableEndFixture) => Math.max(...counted(f));
/** The seed table a fixture was grown from, alone: its findings are all a reviewer expects. */
const BARE: Record<string, GridInput> = {
  'Phụ lục KH 367': seed004.sheets[0],
  'PL1 Sở Nội vụ': seed003.sheets.find((s) => s.name === 'PL1 Sở Nội vụ')!,
  'Phụ lục chỉ số 2022': seed000.sheets[0],
};

function check(grids: GridInput[]) {
  return validateWorkbook(grids, { asOf: AS_OF });
}

describe('issue 16 as filed: the signature block under seed 004’s appendix', () => {
  const f = byName('issue-16');
  const sheet = check([f.sheet]).sheets[0];
  const bare = check([seed004.sheets[0]]).sheets[0];

  it('reads the 39 activities and nothing of the total row, the "Nơi nhận" lines or the signer', () => {
    expect(sheet.task!.rows.map((r) => r.row)).toEqual(counted(f));
    expect(sheet.rows).toBe(39);
  });
  it('gives no finding below the table: the same findings as the appendix alone', () => {
    expect(sheet.findings.filter((x) => x.row > lastCounted(f))).toEqual([]);
    expect(sheet.findings).toEqual(bare.findings);
  });
  it('adds nothing to the report: no task without a lead, no merged duplicate, the total row’s budget not added', () => {
    const period = makePeriod(2022, 'Q3');
    const model = consolidate([{ file: 'tra-ve.xlsx', sheets: [sheet] }], { period, asOf: AS_OF, generatedAt: '2022-10-15T09:00' });
    const alone = consolidate([{ file: 'tra-ve.xlsx', sheets: [bare] }], { period, asOf: AS_OF, generatedAt: '2022-10-15T09:00' });
    expect(model.totals.total).toBe(39);
    expect(model.totals.withoutLead).toBe(0);
    expect(model.duplicates).toEqual([]);
    expect(model.totals.budgetVnd).toBe(alone.totals.budgetVnd);
    expect(model.tasks.some((t) => /Nơi nhận|GIÁM ĐỐC|Đã ký|Tổng cộng/.test(t.title))).toBe(false);
  });
});

describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
  const sheet = check([f.sheet]).sheets[0];
  it(`${f.style}: reads exactly the rows a reviewer counts`, () => {
    expect(sheet.kind).toBe('task');
    const read = new Set(sheet.task!.rows.map((r) => r.row));
    // Row by row, with the reason, so a failure says which row went wrong and what it is.
    const wrong = f.rows.filter((r) => read.has(r.row) !== r.counted).map((r) => `row ${r.row} (${r.why}): ${r.counted ? 'not read' : 'read as a task'}`);
    expect(wrong).toEqual([]);
  });
  it('has no finding on a row a reviewer does not count, and the findings of the bare table', () => {
    const rows = new Set(counted(f));
    expect(sheet.findings.filter((x) => !rows.has(x.row) && x.cell !== sheet.task!.titleLead?.cell)).toEqual([]);
    const bare = BARE[f.sheet.name];
    if (bare) expect(sheet.findings).toEqual(check([bare]).sheets[0].findings);
  });
  if (f.leads) {
    it('gives each table’s rows the lead named in its own title', () => {
      const leads = Object.fromEntries(sheet.task!.rows.map((r) => [r.row, r.lead.map((a) => a.agency?.name).join(', ')]));
      expect(leads).toEqual(f.leads);
      expect(sheet.findings).toEqual([]);
    });
  }
});

describe('the closing forms of Nghị định 30/2020, and texts that only look like them', () => {
  it.each([
    ['Nơi nhận:', 'form'],
    ['Noi nhận:\n- Như trên;', 'form'],
    ['KT. GIÁM ĐỐC', 'form'],
    ['KT.CHỦ TỊCH', 'form'],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'form'],
    ['TL. CHỦ TỊCH', 'form'],
    ['TUQ. CHỦ TỊCH', 'form'],
    ['Q. GIÁM ĐỐC', 'form'],
    ['(Đã ký)', 'form'],
    ['(Ký, ghi rõ họ tên)', 'form'],
    ['(Ký tên, đóng dấu)', 'form'],
    ['(Đã ký và đóng dấu)', 'form'],
    ['Đồng Nai, ngày 15 tháng 10 năm 2024', 'form'],
    ['Đồng Tháp, ngày … tháng … năm 2022', 'form'],
    ['TP. Hồ Chí Minh, ngày 20 tháng 9 năm 2024', 'form'],
    ['Người lập biểu', 'form'],
    ['THỦ TRƯỞNG ĐƠN VỊ', 'form'],
    ['Tổng cộng', 'first'],
    ['TỔNG CỘNG (I+II+III)', 'first'],
    ['Cộng:', 'first'],
    ['Ghi chú: Cột (7) ghi ngày hoàn thành', 'first'],
    ['Lưu ý:', 'first'],
    ['* Số liệu tính đến ngày 14/9/2022.', 'only'],
    ['(*) Số liệu ước thực hiện', 'only'],
    // Task texts and titles that must never close a table.
    ['3.1: Rà soát văn bản quy phạm pháp luật', 'none'],
    ['Tổng hợp báo cáo CCHC Quý I, 6 tháng, Quý III và báo cáo năm.', 'none'],
    ['Tổng kết, đánh giá kết quả thực hiện', 'none'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'none'],
    ['Công tác chỉ đạo, điều hành CCHC', 'none'],
    ['Trước ngày 30/11/2024', 'none'],
    ['ngày 15 tháng 10 năm 2024', 'none'],
    ['Thủ trưởng các sở, ban, ngành chỉ đạo thực hiện', 'none'],
    ['Giám đốc Sở Nội vụ ký ban hành kế hoạch', 'none'],
    ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', 'none'],
    ['- Tăng cường công tác thanh tra, kiểm tra', 'none'],
    ['Ghi chép, cập nhật sổ theo dõi', 'none'],
  ])('%s → %s', (text, kind) => {
    expect([isClosingForm(text), isClosingFirstText(text, false), isClosingFirstText(text, true)]).toEqual(
      kind === 'form' ? [true, true, true] : kind === 'first' ? [false, true, true] : kind === 'only' ? [false, false, true] : [false, false, false],
    );
  });
});

describe('the rule, row by row', () => {
  const task = (n: number, over: Record<number, string | null> = {}) => {
    const row: (string | null)[] = [null, '1.1: Mục tiêu', '2.1: Nhiệm vụ', `3.${n}: Hoạt động ${n}`, 'Báo cáo', 'Sở Nội vụ', 'Các sở, ban, ngành tỉnh', 'Quý IV/2022', 'Kinh phí tự chủ'];
    for (const [i, v] of Object.entries(over)) row[Number(i)] = v;
    return row;
  };

  it('a lone text merged across fields is no task, even in the middle of the table', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 7: 'Theo Kế hoạch' }), task(2)], { merges: ['H5:I5'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 6]);
  });
  it('a lone title merged from the first text column is still a section heading', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 1: 'CẢI CÁCH TÀI CHÍNH CÔNG' }), task(2)], { merges: ['B5:I5'] }));
    expect(sheet.rows.map((r) => `${r.row} ${r.section}`)).toEqual(['4 CẢI CÁCH THỂ CHẾ', '6 CẢI CÁCH TÀI CHÍNH CÔNG']);
  });
  it('a total row in the middle is skipped, and the numbered rows after it are read; its budget is not added', () => {
    const sheet = readGrid(nineColumnGrid([task(1, { 8: '150 triệu' }), rowWith({ 1: 'Cộng', 8: '150 triệu' }), task(2, { 8: '50 triệu' }), rowWith({ 1: 'CỘNG (I):', 8: '200 triệu' }), task(3), rowWith({ 1: 'TỔNG CỘNG (I+II)', 8: '200 triệu' })], { merges: ['B5:H5', 'B7:H7', 'B9:H9'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 6, 8]);
    expect(sheet.rows.reduce((n, r) => n + (r.budget?.kind === 'amount' ? r.budget.vnd : 0), 0)).toBe(200e6);
  });
  it('a text that only starts like a total is a task: "Cộng đồng…", "Tổng kết…"', () => {
    const sheet = readGrid(nineColumnGrid([task(1, { 1: null, 2: null, 3: 'Cộng đồng dân cư tham gia giám sát' }), task(2, { 1: null, 2: null, 3: 'Tổng kết, đánh giá kết quả thực hiện' })]));
    expect(sheet.rows.map((r) => r.title)).toEqual(['Cộng đồng dân cư tham gia giám sát', 'Tổng kết, đánh giá kết quả thực hiện']);
  });
  it('a row with only an output right under the table is a row of it (missing-task-text); set apart by an empty row, it is not', () => {
    expect(findingsOf(nineColumnGrid([task(1), rowWith({ 4: 'Báo cáo' })])).map((x) => `${x.cell} ${x.code}`)).toEqual(['F5 missing-lead', 'H5 deadline-missing', 'D5 missing-task-text']);
    expect(readGrid(nineColumnGrid([task(1), emptyRow(), rowWith({ 4: 'Báo cáo' })])).rows.map((r) => r.row)).toEqual([4]);
  });
  it('an unnumbered task after the last numbered one is read, up to the signature', () => {
    const sheet = readGrid(nineColumnGrid([task(1), task(2, { 1: null, 2: null, 3: 'Tổ chức hội nghị sơ kết' }), rowWith({ 7: 'KT. GIÁM ĐỐC' }), rowWith({ 7: 'PHÓ GIÁM ĐỐC' })]));
    expect(sheet.rows.map((r) => `${r.row} ${r.number}`)).toEqual(['4 3.1', '5 null']);
  });
  it('a sub-row under the last activity’s merged cell is read, up to the signature', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 5: 'Sở Tư pháp', 7: 'Quý III/2022' }), rowWith({ 7: 'KT. GIÁM ĐỐC' })], { merges: ['B4:B5', 'C4:C5', 'D4:D5', 'E4:E5'] }));
    expect(sheet.rows.map((r) => `${r.row} ${r.lead[0]?.agency?.name}`)).toEqual(['4 Sở Nội vụ', '5 Sở Tư pháp']);
  });
  it('a signer’s title, space and name in one tall cell is no task; a time merged down over activities is', () => {
    const tall = readGrid(nineColumnGrid([task(1), rowWith({ 7: 'GIÁM ĐỐC\n\n\n\nNguyễn Thanh Hùng' }), emptyRow(), emptyRow(), emptyRow()], { merges: ['H5:H8'] }));
    expect(tall.rows.map((r) => r.row)).toEqual([4]);
    const shared = readGrid(nineColumnGrid([task(1), task(2, { 7: null }), task(3, { 7: null })], { merges: ['H4:H6'] }));
    expect(shared.rows.map((r) => `${r.row} ${r.fields.time?.text}`)).toEqual(['4 Quý IV/2022', '5 Quý IV/2022', '6 Quý IV/2022']);
  });
  it('a signer beside a line that is no closing form still ends the table', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 1: '- UBND tỉnh (b/c);', 7: 'KT. GIÁM ĐỐC' }), rowWith({ 1: '- Lưu: VT, SNV.', 7: 'PHÓ GIÁM ĐỐC' }), rowWith({ 7: 'Nguyễn Thanh Hùng' })]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  it('two signatures side by side, each merged across fields, without any mark, end the table', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 1: 'PHÒNG CẢI CÁCH HÀNH CHÍNH', 7: 'GIÁM ĐỐC' }), rowWith({ 1: 'Lê Thị Mai', 7: 'Nguyễn Thanh Hùng' })], { merges: ['B5:D5', 'H5:I5', 'B6:D6', 'H6:I6'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  it('an unnumbered section title merged from the first text column, and the unnumbered tasks under it, are read', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 1: 'NHIỆM VỤ PHÁT SINH' }), task(2, { 1: null, 2: null, 3: 'Tổ chức hội nghị sơ kết' }), rowWith({ 7: 'KT. GIÁM ĐỐC' })], { merges: ['B5:I5'] }));
    expect(sheet.rows.map((r) => `${r.row} ${r.section}`)).toEqual(['4 CẢI CÁCH THỂ CHẾ', '6 NHIỆM VỤ PHÁT SINH']);
  });
  it('rows numbered only in the STT column keep the table going past a subtotal row', () => {
    const head = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kinh phí'];
    const t = (n: number, what: string) => [n, what, 'Sở Nội vụ', 'Quý IV/2022', '50 triệu'];
    const sheet = readGrid({ name: 'x', values: [head, t(1, 'Tập huấn nghiệp vụ CCHC'), t(2, 'Kiểm tra CCHC'), [null, 'Cộng', null, null, '100 triệu'], t(3, 'Khảo sát sự hài lòng'), t(4, 'Tuyên truyền CCHC')] });
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
  });
  it('a closing word inside a task’s text ends nothing', () => {
    const sheet = readGrid(nineColumnGrid([task(1, { 3: '3.1: Gửi báo cáo đến nơi nhận theo quy định; Giám đốc Sở ký (đã ký số)' }), task(2)]));
    expect(sheet.rows).toHaveLength(2);
  });
  it('a second header with other columns below the signature is not read', () => {
    const sheet = readGrid(
      nineColumnGrid([task(1), rowWith({ 7: 'KT. GIÁM ĐỐC' }), emptyRow(), ['TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu', 'Cơ quan phối hợp thực hiện'], ['1', 'Công tác chỉ đạo', '- Ban hành kế hoạch', 'Sở Nội vụ', 'Các sở']]),
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  it('the same header repeated after the signature starts a second table', () => {
    const sheet = readGrid(nineColumnGrid([task(1), rowWith({ 7: 'KT. GIÁM ĐỐC' }), rowWith({ 7: 'Nguyễn Thanh Hùng' }), NINE_HEADER, ['II', 'CẢI CÁCH TTHC'], task(1)]));
    expect(sheet.rows.map((r) => `${r.row} ${r.area}`)).toEqual(['4 CẢI CÁCH THỂ CHẾ', '9 CẢI CÁCH TTHC']);
  });
});

describe('through files: written by exceljs, and by LibreOffice', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-table-end-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const wb = tableEndWorkbook();
  const expected = FIXTURES.map((f) => counted(f));
  const rowsOf = (grids: GridInput[]) => check(grids).sheets.map((s) => s.task?.rows.map((r) => r.row) ?? []);
  const readFile = (file: string) => {
    const r = readWorkbook(fs.readFileSync(file));
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    return r.grids;
  };

  let xlsx = '';
  beforeAll(async () => {
    xlsx = path.join(tmp, wb.file);
    fs.writeFileSync(xlsx, await buildBuffer(wb));
  });

  it('the exceljs-written .xlsx gives every fixture’s counted rows, and the in-memory findings', () => {
    const grids = readFile(xlsx);
    expect(rowsOf(grids)).toEqual(expected);
    const inMemory = check(wb.sheets).sheets.map((s) => s.findings.map((x) => `${x.cell} ${x.code}`));
    expect(check(grids).sheets.map((s) => s.findings.map((x) => `${x.cell} ${x.code}`))).toEqual(inMemory);
  });

  it.each(['xlsx', 'ods'])('saved again by LibreOffice as .%s: the same rows, no finding below a table', (format) => {
    requireLibreOffice();
    const dir = path.join(tmp, `lo-${format}`);
    fs.mkdirSync(dir, { recursive: true });
    const r = soffice(format, xlsx, dir);
    expect(r.status).toBe(0);
    const grids = readFile(path.join(dir, wb.file.replace(/\.xlsx$/, `.${format}`)));
    expect(rowsOf(grids)).toEqual(expected);
    const sheets = check(grids).sheets;
    FIXTURES.forEach((f, i) => {
      const rows = new Set(counted(f));
      expect([f.name, sheets[i].findings.filter((x) => !rows.has(x.row) && x.cell !== sheets[i].task!.titleLead?.cell)]).toEqual([f.name, []]);
    });
  }, 120_000);
});
