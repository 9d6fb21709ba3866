import fc from 'fast-check';
import { cellAddress, consolidate, DEFAULT_AGENCIES, foldText, layoutReport, makePeriod, tidyText, validateWorkbook, type CellValue, type GridInput } from '../core';
import { readXlsx } from './read-xlsx';
import { writeReportXlsx } from '../core/io/write';
import { buildBuffer } from '../scripts/build-samples';
import { NINE_HEADER } from './helpers';
import { xlsxOf } from './package-fixtures';

/**
 * Fuzzing with fast-check over grids made of real cell vocabulary. Bounded in runs and in time
 * (interruptAfterTimeLimit) so CI stays fast; a failure prints its seed and a shrunk counterexample.
 */

// A fixed number of runs: the same work however loaded the machine is (a time limit would test less when busy).
const BOUND = (runs: number) => ({ numRuns: runs });

const HEADER_WORDS = [
  ...NINE_HEADER,
  'STT', 'TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu', 'Cơ quan phối hợp thực hiện', 'Chỉ số/nội dung',
  'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành', 'Chỉ số nội dung/ thành phần',
  'Năm 2023', 'Chỉ tiêu đến năm 2025', 'Điểm số', 'Tỷ lệ (%)', 'Vị trí xếp hạng', '(1)', '(2)', '(3)',
];
const AGENCIES = [...DEFAULT_AGENCIES.map((a) => a.name), 'Sở Nội vu', 'UBND cấp huyện, cấp xã', 'Sở Tư pháp, Tài chính', 'các cơ quan, địa phương', 'Phòng XYZ'];
const TIMES = ['31/12/2024', 'Quý I/2022', 'Quý IV năm 2024', 'Tháng 11/2022', 'Trong tháng 01/2022', 'Trong năm 2022', 'Thường xuyên', 'Hằng quý và năm 2022', 'Theo Đề án', 'Khi có quy định của Bộ Công an', '32/13/2024', 'Quý V/2024', 'sau Tết'];
const BUDGETS = ['150 triệu', '1,5 tỷ', '100.000.000 đồng', '05 triệu/tháng', 'Kinh phí tự chủ', 'Theo quy định', '2 tỷ 500 triệu', '-', 'xin sau'];
const OTHER = ['I', 'II', 'VII', 'CẢI CÁCH THỂ CHẾ', '3.1: Rà soát văn bản', '3.1', 'a)', 'Tổng cộng', 'Hoàn thành', 'Đang thực hiện', 'Chưa triển khai', 'Hoàn thành trễ hạn', '50%', '4.34/10.00', '80.23% (xếp thứ 45/63)', '87/100', 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024', 'PHỤ LỤC … THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ NỘI VỤ', '🙂 Sở Nội vụ', 'مرحبا', ' ', '', '- Báo cáo\n- Kế hoạch', 'x'.repeat(300)];
const ERRORS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...AGENCIES) },
  { weight: 2, arbitrary: fc.constantFrom(...TIMES) },
  { weight: 1, arbitrary: fc.constantFrom(...BUDGETS) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 1, arbitrary: fc.integer({ min: 43_000, max: 47_000 }) }, // date serials
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 2100 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

type Spec = { rows: number; cols: number; values: CellValue[][]; header: number | null; merges: { top: number; left: number; bottom: number; right: number }[]; origin: { row: number; col: number }; name: string };

/** A grid up to 40 × 15, a header row of real header words somewhere in most of them, random merges. */
const gridSpec: fc.Arbitrary<Spec> = fc
  .record({ rows: fc.integer({ min: 0, max: 40 }), cols: fc.integer({ min: 1, max: 15 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      values: fc.array(fc.array(cellValue, { minLength: 0, maxLength: cols }), { minLength: rows, maxLength: rows }),
      header: rows > 0 ? fc.option(fc.integer({ min: 0, max: rows - 1 }), { freq: 3 }) : fc.constant(null),
      headerWords: fc.shuffledSubarray(NINE_HEADER, { minLength: 3 }),
      merges: fc.array(
        fc.record({ top: fc.nat(Math.max(0, rows + 2)), left: fc.nat(cols + 1), h: fc.nat(6), w: fc.nat(3) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
        { maxLength: 12 },
      ),
      origin: fc.record({ row: fc.nat(30), col: fc.nat(5) }),
      name: fc.constantFrom('Phụ lục', 'Sheet1', 'PL1 Sở Nội vụ', 'Chỉ số', 'Danh mục cơ quan', "O'Brien & <Co>"),
    }),
  )
  .map(({ headerWords, ...s }) => {
    const values = s.values.map((r) => [...r]);
    if (s.header !== null) values[s.header] = headerWords.slice(0, s.cols);
    return { ...s, values };
  });

const toGridInput = (s: Spec): GridInput => ({ name: s.name, values: s.values, merges: s.merges, origin: s.origin });

describe('validateWorkbook on random grids', () => {
  it('never throws, and every finding points at a cell inside its grid', () => {
    const seen = { task: 0, index: 0, findings: 0 };
    fc.assert(
      fc.property(fc.array(gridSpec, { minLength: 1, maxLength: 3 }), fc.constantFrom('2022-10-15', '2024-09-30'), (specs, asOf) => {
        const grids = specs.map((s, i) => ({ ...toGridInput(s), name: `${s.name} ${i}` }));
        const result = validateWorkbook(grids, { asOf });
        expect(result.sheets).toHaveLength(grids.length);
        for (const sheet of result.sheets) {
          if (sheet.kind !== 'unknown') seen[sheet.kind]++;
          seen.findings += sheet.findings.length;
          const spec = specs[grids.findIndex((g) => g.name === sheet.name)];
          const width = Math.max(0, ...spec.values.map((r) => r.length));
          for (const f of sheet.findings) {
            expect(f.sheet).toBe(sheet.name);
            expect(f.row).toBeGreaterThanOrEqual(spec.origin.row + 1);
            expect(f.row).toBeLessThanOrEqual(spec.origin.row + spec.values.length);
            expect(f.column).toBeGreaterThanOrEqual(spec.origin.col + 1);
            expect(f.column).toBeLessThanOrEqual(spec.origin.col + width);
            expect(f.cell).toBe(cellAddress(f.row - 1, f.column - 1));
            expect(f.message.vi.length).toBeGreaterThan(0);
            expect(f.message.en.length).toBeGreaterThan(0);
          }
        }
      }),
      BOUND(200),
    );
    // Not vacuous: the random grids are read as task tables (and index tables) and give findings.
    expect(seen.task).toBeGreaterThan(20);
    expect(seen.findings).toBeGreaterThan(100);
  }, 120_000);
});

describe('making a report never changes a source value', () => {
  it('consolidate, layoutReport and writeReportXlsx leave the input grids as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(gridSpec, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), async (workbooks) => {
        const inputs = workbooks.map((specs, w) => ({ file: `so-${w}.xlsx`, grids: specs.map((s, i) => ({ ...toGridInput(s), name: `${s.name} ${i}` })) }));
        const before = structuredClone(inputs);
        const validated = inputs.map((i) => ({ file: i.file, sheets: validateWorkbook(i.grids, { asOf: '2024-09-30' }).sheets }));
        const model = consolidate(validated, { period: makePeriod(2024, 'Q3'), asOf: '2024-09-30', generatedAt: '2024-10-01T08:00' });
        const spec = layoutReport(model, { links: 'external' });
        const xlsx = writeReportXlsx(spec, { created: new Date(Date.UTC(2024, 9, 1)) });
        expect(Buffer.from(xlsx.subarray(0, 2)).toString()).toBe('PK');
        expect(inputs).toEqual(before);
      }),
      BOUND(60),
    );
  }, 120_000);
});

describe('the .xlsx reader gives back what was written', () => {
  const text = fc.oneof(
    fc.constantFrom(...AGENCIES, ...TIMES, ...OTHER.filter((s) => s.trim() !== ''), 'a & b <c> "d"', '  lề  ', 'dòng 1\ndòng 2', '_x000D_ giữ nguyên'),
    fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff]|[\ud800-\udfff]/.test(s)),
  );
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: text },
    { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0))) },
    { weight: 1, arbitrary: fc.boolean() },
  );
  const table = fc.array(fc.array(value, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 });

  it('values of a hand-written package (inline strings, numbers, booleans)', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const [grid] = await readXlsx(xlsxOf([{ name: 'Trang', rows }]));
        for (let r = 0; r < rows.length; r++) for (let c = 0; c < rows[r].length; c++) expect(grid.values[r]?.[c] ?? null).toEqual(rows[r][c]);
      }),
      BOUND(150),
    );
  }, 120_000);

  it('values and merges of an exceljs-written workbook (shared strings), covered cells empty', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.nat(5), fc.nat(5), async (rows, top, left) => {
        const merge = { top, left, bottom: top + 1, right: left + 1 };
        // exceljs writes "_x000D_" as it is, which every reader (Excel too) decodes as a carriage return: left out here.
        const values = rows.map((r) => r.map((v) => (typeof v === 'string' && (v.trim() === '' || v.includes('_x')) ? null : v)));
        const buf = await buildBuffer({ file: 'x.xlsx', source: 'fuzz', sheets: [{ name: 'Trang', values, merges: [`${cellAddress(top, left)}:${cellAddress(top + 1, left + 1)}`] }] });
        const [grid] = await readXlsx(buf);
        expect(grid.merges).toEqual([`${cellAddress(top, left)}:${cellAddress(top + 1, left + 1)}`]);
        for (let r = 0; r < values.length; r++) {
          for (let c = 0; c < values[r].length; c++) {
            const covered = r >= merge.top && r <= merge.bottom && c >= merge.left && c <= merge.right && !(r === top && c === left);
            expect(grid.values[r]?.[c] ?? null).toEqual(covered ? null : values[r][c]);
          }
        }
      }),
      BOUND(60),
    );
  }, 120_000);
});

describe('the quick text paths agree with their definitions', () => {
  const foldDefinition = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  const tidyDefinition = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯÀÁẢÃẠàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789.,:;/-()ßİıΣσЖ😀', ' ', '\t', '\n', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u3000', '\u0301', '\u0300', '\u0323', '\u0302', '\u0309', '\u0303', '\u0344', '\u05b0', '\u1100', '\u1161'];
  it('foldText and tidyText, on Vietnamese letters, marks, spaces of every kind and other scripts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        expect(foldText(s)).toBe(foldDefinition(s));
        expect(foldText(s.normalize('NFD'))).toBe(foldDefinition(s.normalize('NFD')));
        expect(tidyText(s)).toBe(tidyDefinition(s));
      }),
      BOUND(3000),
    );
  }, 120_000);
});
