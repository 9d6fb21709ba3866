import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateWorkbook, type CellValue, type Finding, type GridInput } from '../core';
import { runCli } from './run-cli';
import { readXlsx } from './read-xlsx';
import { generatePlanSheet } from '../scripts/bench-data';
import { NINE_HEADER } from './helpers';
import { xlsxOf, type XCell } from './package-fixtures';

/**
 * Sheets that are odd but valid: the checks read them, and the answers are the ones a reviewer expects.
 * Through the core on in-memory grids, and through the CLI on .xlsx files where reading matters.
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-odd-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, 110);

const file = (name: string, data: Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
};
const codes = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.code}`);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Title, header, one section, then rows: the nine-column layout of seed 004. */
function plan(rows: CellValue[][], opts: { titleRows?: number; name?: string } = {}): GridInput {
  const titles = Array.from({ length: opts.titleRows ?? 1 }, (_, i) => [i === 0 ? 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022' : null]);
  return { name: opts.name ?? 'Phụ lục', values: [...titles, NINE_HEADER, ['I', 'CẢI CÁCH THỂ CHẾ'], ...rows], merges: [] };
}
const task = (n: number, over: Partial<Record<'lead' | 'time' | 'activity', CellValue>> = {}): CellValue[] => [
  null,
  '1.1: Mục tiêu',
  '2.1: Nhiệm vụ',
  over.activity ?? `3.${n}: Hoạt động ${n}`,
  'Báo cáo',
  'lead' in over ? (over.lead ?? null) : 'Sở Nội vụ',
  'Các sở, ban, ngành tỉnh',
  over.time ?? 'Quý IV/2022',
  'Kinh phí tự chủ',
];

describe('5 000 merged areas', () => {
  const sheet = generatePlanSheet({ rows: 6200, seed: 7, year: 2024 });
  it('are read in one pass, and the .xlsx gives the same findings as the grid', async () => {
    expect(sheet.merges.length).toBeGreaterThanOrEqual(5000);
    const direct = validateWorkbook([sheet], { asOf: '2024-09-30' }).sheets[0];
    expect(direct.kind).toBe('task');
    expect(direct.rows).toBe(6200);
    // A goal or task merged over several activities is carried to each of them, never "missing".
    const rowsUnderMerges = direct.task!.rows.filter((r) => r.fields.goal?.via === 'merge');
    expect(rowsUnderMerges.length).toBeGreaterThan(2000);
    expect(direct.findings.filter((f) => f.code === 'missing-task-text')).toEqual([]);

    const xlsx = file('nam-nghin-o-gop.xlsx', xlsxOf([{ name: sheet.name, rows: sheet.values as XCell[][], merges: sheet.merges }]));
    const grids = await readXlsx(fs.readFileSync(xlsx));
    expect(grids[0].merges).toHaveLength(sheet.merges.length);
    const viaFile = validateWorkbook(grids, { asOf: '2024-09-30' }).sheets[0];
    expect(viaFile.findings).toEqual(direct.findings);

    const r = await cli(['validate', xlsx, '--as-of', '2024-09-30', '--json']);
    expect(JSON.parse(r.out).files[0].sheets[0].findings).toHaveLength(direct.findings.length);
  }, 30_000);
});

describe('formulas and error values', () => {
  it('a formula counts as its cached result; an error is reported at its cell, once, and blocks no other check', async () => {
    const rows: XCell[][] = [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022'],
      NINE_HEADER,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      [null, '1.1', '2.1', '3.1: Báo cáo quý', 'Báo cáo', { f: 'VLOOKUP(A1,DM!A:B,2,0)', v: 'Sở Nội vụ' }, 'Các sở, ban, ngành tỉnh', { f: '"Quý "&"II/2022"', v: 'Quý II/2022' }, { e: '#REF!' }],
      [null, null, null, '3.2: Khảo sát', 'Báo cáo', { f: 'VLOOKUP(A2,DM!A:B,2,0)', v: '#N/A', t: 'e' }, 'Các sở, ban, ngành tỉnh', 'Quý IV/2022', { f: '100*1000000', v: 100_000_000 }],
      [null, null, null, '3.3: Tập huấn', 'Kế hoạch', 'Sở Tư pháp', 'Sở Nội vụ', { f: 'TODAY()' }, 'Kinh phí tự chủ'],
    ];
    const xlsx = file('cong-thuc.xlsx', xlsxOf([{ name: 'Phụ lục', rows }]));
    const [grid] = await readXlsx(fs.readFileSync(xlsx));
    expect(grid.values[3].slice(5, 9)).toEqual(['Sở Nội vụ', 'Các sở, ban, ngành tỉnh', 'Quý II/2022', '#REF!']);
    expect(grid.values[4][5]).toBe('#N/A');
    expect(grid.values[4][8]).toBe(100_000_000);
    expect(grid.values[5][7]).toBeNull(); // a formula never calculated has no value

    const r = await cli(['validate', xlsx, '--as-of', '2022-10-15', '--json']);
    const findings: Finding[] = JSON.parse(r.out).files[0].sheets[0].findings;
    expect(codes(findings)).toEqual(['H4 deadline-expired', 'I4 cell-error', 'F5 cell-error', 'H6 deadline-missing']);
    expect(findings.find((f) => f.cell === 'F5')!.value).toBe('#N/A');
  });
});

describe('hidden rows and hidden sheets', () => {
  it('are checked like the others: hiding a row does not make its task done', async () => {
    const rows: XCell[][] = [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022'], NINE_HEADER, ['I', 'CẢI CÁCH THỂ CHẾ'], ...[1, 2, 3].map((n) => task(n, { time: n === 2 ? 'Quý I/2022' : 'Quý IV/2022' }) as XCell[])];
    const xlsx = file('an.xlsx', xlsxOf([{ name: 'Bìa', rows: [['Sổ theo dõi']] }, { name: 'Phụ lục (ẩn)', rows, state: 'hidden', hiddenRows: [5] }]));
    const grids = await readXlsx(fs.readFileSync(xlsx));
    expect(grids.map((g) => g.hidden)).toEqual([false, true]);
    const r = await cli(['validate', xlsx, '--as-of', '2022-10-15', '--json']);
    const sheets = JSON.parse(r.out).files[0].sheets;
    expect(sheets[1]).toMatchObject({ name: 'Phụ lục (ẩn)', kind: 'task', rows: 3 });
    expect(codes(sheets[1].findings)).toEqual(['H5 deadline-expired']);
  });
});

describe('10 000-character cells, emoji and right-to-left text', () => {
  const long = `3.1: ${'Rà soát, đánh giá 🙂 '.repeat(520)}`.slice(0, 10_000);
  const lead = `Phòng ${'مرحبا 🙂 '.repeat(1300)}`.slice(0, 10_000);
  const grid = plan([task(1, { activity: long, lead, time: 'sau 🙂 khi xong' })]);

  it('keep their text whole in the task, and short and well-formed in findings', () => {
    const sheet = validateWorkbook([grid], { asOf: '2022-10-15' }).sheets[0];
    expect(sheet.task!.rows[0].fields.activity!.text).toBe(long.trim());
    expect(codes(sheet.findings)).toEqual(['F4 unknown-agency', 'H4 deadline-unparsed']);
    for (const f of sheet.findings) {
      expect(f.value!.length).toBeLessThanOrEqual(200);
      expect(f.message.vi.length).toBeLessThan(400);
      expect(LONE_SURROGATE.test(f.value!) || LONE_SURROGATE.test(f.message.vi) || LONE_SURROGATE.test(f.message.en)).toBe(false);
    }
    expect(sheet.findings[1].value).toBe('sau 🙂 khi xong');
  });

  it('print as readable lines, and survive JSON', async () => {
    const xlsx = file('dai.xlsx', xlsxOf([{ name: 'Phụ lục', rows: grid.values as XCell[][] }]));
    const human = await cli(['validate', xlsx, '--as-of', '2022-10-15']);
    expect(Math.max(...human.out.split('\n').map((l) => [...l].length))).toBeLessThan(200);
    const json = await cli(['validate', xlsx, '--as-of', '2022-10-15', '--json']);
    const f = JSON.parse(json.out).files[0].sheets[0].findings[0];
    expect(f.value.startsWith('Phòng مرحبا 🙂')).toBe(true);
  });
});

describe('a lead cell listing two thousand agencies', () => {
  it('is split into its names, each checked (how long it takes is measured by npm run bench, not here)', () => {
    const lead = ['Sở Nội vụ', ...Array.from({ length: 2000 }, (_, i) => `Phòng số ${i + 1}`)].join(', ');
    const sheet = validateWorkbook([plan([task(1, { lead })])], { asOf: '2022-10-15' }).sheets[0];
    expect(sheet.task!.rows[0].lead).toHaveLength(2001);
    expect(sheet.findings.filter((f) => f.code === 'unknown-agency')).toHaveLength(2000);
  });
});

describe('where the table is', () => {
  it('a header in row 25, under a long title block, is found (the first 30 rows are searched)', () => {
    const sheet = validateWorkbook([plan([task(1, { time: 'Quý I/2022' })], { titleRows: 24 })], { asOf: '2022-10-15' }).sheets[0];
    expect(sheet.task!.headerRow).toBe(25);
    expect(codes(sheet.findings)).toEqual(['H27 deadline-expired']);
    // Below row 30 a header is not looked for: such a sheet is not read as a task table.
    expect(validateWorkbook([plan([task(1)], { titleRows: 31 })], { asOf: '2022-10-15' }).sheets[0].kind).toBe('unknown');
  });

  it('a table that starts in column C reports the same cells as a used range that starts at C', () => {
    const body = plan([task(1, { time: 'Quý I/2022' }), task(2, { lead: null })]);
    const shifted: GridInput = { ...body, values: body.values.map((r) => [null, null, ...r]), merges: [] };
    const withOrigin: GridInput = { ...body, origin: { row: 0, col: 2 } };
    const a = validateWorkbook([shifted], { asOf: '2022-10-15' }).sheets[0];
    const b = validateWorkbook([withOrigin], { asOf: '2022-10-15' }).sheets[0];
    expect(codes(a.findings)).toEqual(['J4 deadline-expired', 'H5 missing-lead']);
    expect(b.findings).toEqual(a.findings);
    expect(a.task!.columns.lead!.cell).toBe('H2');
  });

  it('two tables with the same columns, one under the other: both are read, the second header is no task', () => {
    const values: CellValue[][] = [
      ['PHỤ LỤC 1: KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022'],
      NINE_HEADER,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      task(1),
      task(2, { time: 'Quý I/2022' }),
      [],
      ['PHỤ LỤC 2: NHIỆM VỤ BỔ SUNG'],
      NINE_HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      task(1),
      task(2, { lead: 'Phòng Không Có' }),
    ];
    const sheet = validateWorkbook([{ name: 'Hai bảng', values, merges: ['A7:I7'] }], { asOf: '2022-10-15' }).sheets[0];
    expect(sheet.task!.rows.map((r) => `${r.row} ${r.area} ${r.number}`)).toEqual([
      '4 CẢI CÁCH THỂ CHẾ 3.1',
      '5 CẢI CÁCH THỂ CHẾ 3.2',
      '11 CẢI CÁCH THỦ TỤC HÀNH CHÍNH 3.1',
      '12 CẢI CÁCH THỦ TỤC HÀNH CHÍNH 3.2',
    ]);
    expect(codes(sheet.findings)).toEqual(['H5 deadline-expired', 'F12 unknown-agency']);
  });

  it('two tables with different columns: the first is read, and the second is not mistaken for tasks of the first', () => {
    const values: CellValue[][] = [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022'],
      NINE_HEADER,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      task(1),
      [],
      ['TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu', 'Cơ quan phối hợp thực hiện'],
      ['1', 'Công tác chỉ đạo', '- Ban hành kế hoạch', 'Sở Nội vụ', 'Các sở, ban, ngành'],
    ];
    const sheet = validateWorkbook([{ name: 'Hai bảng', values }], { asOf: '2022-10-15' }).sheets[0];
    expect(sheet.task!.rows.map((r) => r.row)).toEqual([4]);
    expect(sheet.findings).toEqual([]);
  });
});

describe('very long text in the rows where headers are looked for', () => {
  it('is no header: a 200 000-character cell that begins like one does not make a table', () => {
    const long = `Chỉ số nội dung ${'rất dài '.repeat(25_000)}`;
    const values: CellValue[][] = Array.from({ length: 30 }, () => Array.from({ length: 6 }, () => long));
    const sheet = validateWorkbook([{ name: 'Dài', values }], { asOf: '2022-10-15' }).sheets[0];
    expect(sheet.kind).toBe('unknown');
  }, 60_000);
});
