import fc from 'fast-check';
import { parseCellAddress } from '../core/grid/address';
import type { CellValue, GridInput } from '../core/grid/grid';
import { GridSchema } from '../core/grid/grid';
import { createSheetView } from '../core/grid/view';
import { FindingSchema, type Finding } from '../core/findings';
import { IndexTableSchema, readIndexTables, validateIndexTables } from '../core/index-sheet';
import { sampleWorkbook } from '../samples/src/seed003-indices';

const [allSheet, parSheet] = sampleWorkbook.sheets;

/** The seed's sheet with some cells changed, by A1 address. */
function withCells(sheet: GridInput, patch: Record<string, CellValue>): GridInput {
  const values = sheet.values.map((r) => [...r]);
  for (const [a1, v] of Object.entries(patch)) {
    const p = parseCellAddress(a1)!;
    values[p.row][p.col] = v;
  }
  return { ...sheet, values };
}

function check(g: GridInput): Finding[] {
  const view = createSheetView(GridSchema.parse(g));
  return validateIndexTables(readIndexTables(view), view);
}
const where = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.cell}`);
const only = (fs: Finding[]) => {
  expect(fs).toHaveLength(1);
  return fs[0];
};

// Seed 003 has exactly one anomaly (PAPI 4.4 at D22); every test below adds its own to the same sheet.
const SEED_ANOMALY = 'target-below-baseline@D22';
const extra = (g: GridInput) => check(g).filter((f) => `${f.code}@${f.cell}` !== SEED_ANOMALY);

describe('score-exceeds-max', () => {
  it('a score above its maximum (and its parent’s sum then fails too)', () => {
    const fs = extra(withCells(allSheet, { D5: '2.60/2.50' }));
    expect(where(fs)).toEqual(['score-exceeds-max@D5', 'component-sum-mismatch@D4']);
    expect(fs[0]).toMatchObject({ severity: 'error', row: 5, column: 4, header: 'Chỉ tiêu đến năm 2025', value: '2.60/2.50' });
    expect(fs[0].message.vi).toBe('PAPI 1.1: điểm 2,60 vượt điểm tối đa 2,50 (“2.60/2.50”).');
    expect(fs[0].message.en).toBe('PAPI 1.1: the score 2.60 exceeds its maximum 2.50 (“2.60/2.50”).');
  });
  it('a percentage above 100, as text or in the PAR percent column', () => {
    expect(where(extra(withCells(allSheet, { D46: '101.5%' })))).toEqual(['score-exceeds-max@D46']);
    expect(where(extra(withCells(allSheet, { D77: 105 })))).toEqual(['score-exceeds-max@D77', 'percent-mismatch@D77']);
  });
});

describe('score-invalid', () => {
  it('a word where a score should be (the parent’s sum is then not checked)', () => {
    const f = only(extra(withCells(allSheet, { C6: 'Khá' })));
    expect(f).toMatchObject({ code: 'score-invalid', severity: 'error', cell: 'C6', value: 'Khá', header: 'Năm 2023' });
    expect(f.message.vi).toMatch(/^PAPI 1\.2: giá trị “Khá” không hợp lệ — không đọc được điểm số/);
  });
  it('a fraction where a rank should be, a score where a percentage should be', () => {
    expect(where(extra(withCells(allSheet, { F78: '10.5', D79: '10.81/13' })))).toEqual(['score-invalid@F78', 'score-invalid@D79']);
  });
});

describe('component-sum-mismatch', () => {
  it('children that do not add up to their parent', () => {
    const f = only(extra(withCells(allSheet, { C12: '1.28/2.50' }))); // PAPI 2.3 was 1.18
    expect(f).toMatchObject({ code: 'component-sum-mismatch', severity: 'error', cell: 'C9', value: '4.59/10.00', header: 'Năm 2023' });
    expect(f.message.vi).toBe('PAPI 2: tổng điểm của 4 chỉ số thành phần (2.1–2.4) là 4,70, khác 4,59 ghi ở cột “Năm 2023” (chênh 0,11).');
    expect(f.message.en).toBe('PAPI 2: its 4 components (2.1–2.4) add up to 4.70, not the 4.59 written under “Năm 2023” (off by 0.11).');
  });
  it('parents that do not add up to the total', () => {
    const f = only(extra(withCells(allSheet, { C64: '7.60/10.00' }))); // PCI 4 was 7.75
    expect(f).toMatchObject({ code: 'component-sum-mismatch', cell: 'C71' });
    expect(f.message.vi).toBe('PCI, dòng tổng: tổng điểm của 10 chỉ số thành phần (1–10) là 66,13, khác 66,28 ghi ở cột “Năm 2023” (chênh 0,15).');
    expect(where(extra(withCells(allSheet, { E85: '92.9/100' })))).toEqual(['component-sum-mismatch@E85']);
  });
  it('allows 0.01 of rounding per part', () => {
    // PAPI 2's four parts add up to 4.60: 4.56 is within 0.04, 4.55 is not; the total (8 parts) absorbs both.
    expect(extra(withCells(allSheet, { C9: '4.56/10.00' }))).toEqual([]);
    expect(where(extra(withCells(allSheet, { C9: '4.55/10.00' })))).toEqual(['component-sum-mismatch@C9']);
  });
  it('does not apply when the parts’ maxima do not add up to the whole’s', () => {
    // PAPI 3's parts out of 2.50 each (7.50 in all) are not shares of a score out of 10.
    expect(extra(withCells(allSheet, { C15: '2.47/2.50', C16: '0.43/2.50', C17: '1.74/2.50' }))).toEqual([]);
  });
});

describe('percent-mismatch', () => {
  it('a percent column that is not score / max × 100 (within 0.05)', () => {
    const f = only(extra(withCells(allSheet, { D80: 93.74 }))); // 9.74/10.5 = 92.762
    expect(f).toMatchObject({ code: 'percent-mismatch', severity: 'warning', cell: 'D80', header: 'Năm 2023 › Tỷ lệ (%)', value: '93.74' });
    expect(f.message.vi).toBe('PAR INDEX 4: tỷ lệ “93.74” không khớp với điểm “9.74/10.5” (điểm/điểm tối đa = 92,762%).');
    expect(extra(withCells(allSheet, { D80: 92.81 }))).toEqual([]); // 0.048 off
    expect(where(extra(withCells(allSheet, { D80: 92.82 })))).toEqual(['percent-mismatch@D80']); // 0.058 off
  });
  it('a percentage written beside the score — seed 002’s "8,48/10 điểm (tỷ lệ 84,48%)" (8.48/10 is 84.8%)', () => {
    const g: GridInput = {
      name: 'SIPAS 2022',
      values: [
        ['STT', 'Chỉ số', 'Năm 2022', 'Chỉ tiêu năm 2023'],
        ['1', 'Chỉ số SIPAS', '8,48/10 điểm (tỷ lệ 84,48%)', '8,60/10 điểm (tỷ lệ 86,00%)'],
      ],
    };
    expect(where(check(g))).toEqual(['percent-mismatch@C2']);
  });
});

describe('target-below-baseline', () => {
  it('a target score below the baseline (seed 003, PAPI 4.4), not one equal to it', () => {
    expect(where(check(allSheet))).toEqual([SEED_ANOMALY]);
    expect(where(check(withCells(allSheet, { D22: '1.92/2.50', D18: '7.82/10.00', D40: '55.87/80' })))).toEqual([]);
  });
  it('a target rank worse than the rank reached', () => {
    const f = only(extra(withCells(allSheet, { D45: '83.25%   (xếp thứ 50/63)' })));
    expect(f).toMatchObject({ code: 'target-below-baseline', cell: 'D45' });
    expect(f.message.vi).toBe('SIPAS 1: chỉ tiêu xếp hạng “83.25% (xếp thứ 50/63)” thấp hơn thứ hạng đã đạt năm 2023 (“80.23% (xếp thứ 45/63)”).');
  });
});

describe('rank-out-of-range', () => {
  it('below 1, upside down, above the denominator the cell gives', () => {
    const fs = extra(withCells(allSheet, { F77: 0, F78: '20-15', C45: '80.23% (xếp thứ 65/63)' }));
    expect(where(fs)).toEqual(['rank-out-of-range@C45', 'rank-out-of-range@F77', 'rank-out-of-range@F78']);
    expect(fs.map((f) => f.message.en)).toEqual([
      'SIPAS 1: the rank “80.23% (xếp thứ 65/63)” is beyond the 63 provinces ranked.',
      'PAR INDEX 1: the rank “0” is below 1.',
      'PAR INDEX 2: the rank range “20-15” is upside down (the first number is larger).',
    ]);
  });
  it('reads the denominator from the cell: 34 provinces after 2025, never 63 assumed', () => {
    expect(where(extra(withCells(allSheet, { C45: '80.23% (xếp thứ 40/34)' })))).toEqual(['rank-out-of-range@C45']);
    expect(extra(withCells(allSheet, { C45: '80.23% (xếp thứ 30/34)', D45: '83.25% (xếp thứ 10-15/34)' }))).toEqual([]);
    expect(extra(withCells(allSheet, { F77: 60 }))).toEqual([]); // no denominator written: only the lower bound is checked
  });
});

describe('missing-value', () => {
  it('an empty target or baseline cell, or one that says "-"', () => {
    const f = only(extra(withCells(allSheet, { D7: null })));
    expect(f).toMatchObject({ code: 'missing-value', severity: 'warning', cell: 'D7', value: null, header: 'Chỉ tiêu đến năm 2025' });
    expect(f.message).toEqual({ vi: 'PAPI 1.3: chưa có giá trị ở cột “Chỉ tiêu đến năm 2025”.', en: 'PAPI 1.3: no value under “Chỉ tiêu đến năm 2025”.' });
    expect(where(extra(withCells(allSheet, { C62: '-' })))).toEqual(['missing-value@C62']);
    expect(where(extra(withCells(allSheet, { D79: null })))).toEqual(['missing-value@D79']);
  });
  it('a latest-result column once it has been started', () => {
    const g = withCells(parSheet, { G3: '9.10/9.5', G6: '9.80/10.5' });
    const fs = check(g);
    expect(where(fs)).toEqual(['missing-value@G4', 'missing-value@G5', 'missing-value@G7', 'missing-value@G8', 'missing-value@G9', 'missing-value@G10', 'missing-value@G11']);
    const view = createSheetView(GridSchema.parse(g));
    const [par] = readIndexTables(view);
    expect(par.components[0].gapTargetLatest).toBe(0.2);
    expect(par.components[3].gapTargetLatest).toBe(0);
  });
});

describe('real-shaped variants', () => {
  it('uses the grid’s display texts: 0.8023 shown as "80.23%" is 80.23%', () => {
    const g: GridInput = {
      name: 'SIPAS',
      values: [
        ['STT', 'Lĩnh vực/Tiêu chí', 'Năm 2023', 'Chỉ tiêu đến năm 2025'],
        ['1.1', 'Mức độ hài lòng của người dân đối với trách nhiệm giải trình của chính quyền', 0.7921, 0.83],
        ['1.2', 'Mức độ hài lòng của người dân đối với cơ hội tham gia', 0.7946, 0.82],
      ],
      texts: [[], ['', '', '79.21%', '83%'], ['', '', '79.46%', '82.00%']],
    };
    const view = createSheetView(GridSchema.parse(g));
    const [t] = readIndexTables(view);
    expect(t.index).toBe('SIPAS');
    expect(t.components.map((c) => [c.baseline?.score, c.target?.score, c.gapTargetBaseline])).toEqual([
      [{ kind: 'percent', value: 79.21 }, { kind: 'percent', value: 83 }, 3.79],
      [{ kind: 'percent', value: 79.46 }, { kind: 'percent', value: 82 }, 2.54],
    ]);
  });

  it('reads a "Thực hiện" column as the latest result, and a grid that starts at C5', () => {
    const g: GridInput = {
      name: 'PCI',
      origin: { row: 4, col: 2 },
      values: [
        ['STT', 'Chỉ số thành phần', 'Năm 2023', 'Chỉ tiêu đến năm 2025', 'Thực hiện', 'Ghi chú'],
        ['1', 'Chi phí gia nhập thị trường', '6.85/10.00', '7.00/10.00', '6.95/10.00', null],
        ['2', 'Tiếp cận đất đai', '6.43/10.00', '6.85/10.00', '7.10/10.00', 'Vượt chỉ tiêu'],
      ],
    };
    const view = createSheetView(GridSchema.parse(g));
    const [t] = readIndexTables(view);
    expect(t).toMatchObject({ index: 'PCI', title: null, headerRow: 5, lastRow: 7 });
    expect(t.columns.latest).toMatchObject({ header: 'Thực hiện', year: null, cell: 'G5', value: { column: 7 } });
    expect(t.components.map((c) => [c.latest?.cell, c.gapTargetLatest])).toEqual([
      ['G6', 0.05],
      ['G7', -0.25],
    ]);
    expect(validateIndexTables([t], view)).toEqual([]);
  });

  it('names an index the seeds do not know by its acronym, or by its title', () => {
    const table = (title: string): GridInput => ({
      name: 'Sheet1',
      values: [
        [title, null, null, null],
        ['STT', 'Chỉ số thành phần', 'Năm 2023', 'Chỉ tiêu đến năm 2025'],
        ['1', 'Hạ tầng và nền tảng số', '0.45/1', '0.60/1'],
      ],
    });
    const index = (g: GridInput) => readIndexTables(createSheetView(GridSchema.parse(g)))[0].index;
    expect(index(table('5. Đối với Chỉ số chuyển đổi số cấp tỉnh (DTI)'))).toBe('DTI');
    expect(index(table('5. Đối với Chỉ số chuyển đổi số cấp tỉnh'))).toBe('Chỉ số chuyển đổi số cấp tỉnh');
    expect(index(table('Kết quả Chỉ số PAR Index năm 2023'))).toBe('PAR INDEX');
  });

  it('skips section headings ("I | Chỉ số PAPI" merged across) inside one table', () => {
    const g: GridInput = {
      name: 'Tổng hợp chỉ số',
      values: [
        ['STT', 'Chỉ số/Lĩnh vực', 'Năm 2023', 'Chỉ tiêu đến năm 2025'],
        ['I', 'Chỉ số PAPI', null, null],
        ['1', 'Tham gia người dân ở cấp cơ sở', '4.34/10.00', '6.90/10.00'],
        ['2', 'Công khai, minh bạch', '4.59/10.00', '6.90/10.00'],
        ['II', 'Chỉ số PCI', null, null],
        ['1', 'Chi phí gia nhập thị trường', '6.85/10.00', '7.00/10.00'],
      ],
      merges: ['B2:D2', 'B5:D5'],
    };
    const view = createSheetView(GridSchema.parse(g));
    const [t] = readIndexTables(view);
    expect(t.components.map((c) => [c.number, c.row])).toEqual([
      ['1', 3],
      ['2', 4],
      ['1', 6],
    ]);
    expect(validateIndexTables([t], view)).toEqual([]);
  });

  it('reads numbering from the name column when there is no STT column', () => {
    const g: GridInput = {
      name: 'PAPI',
      values: [
        ['Chỉ số nội dung/ thành phần', 'Năm 2023', 'Chỉ tiêu đến năm 2025'],
        ['1. Tham gia người dân ở cấp cơ sở', '4.34/10.00', '6.90/10.00'],
        ['1.1. Tri thức công dân', '0.93/2.50', '1.60/2.50'],
        ['1.2. Cơ hội tham gia của người dân', '1.20/2.50', '1.90/2.50'],
        ['1.3. Chất lượng bầu cử', '1.28/2.50', '1.80/2.50'],
        ['1.4. Đóng góp tự nguyện', '0.93/2.50', '1.50/2.50'],
      ],
    };
    const view = createSheetView(GridSchema.parse(g));
    const [t] = readIndexTables(view);
    expect(t.components.map((c) => [c.number, c.parent, c.name])).toEqual([
      ['1', null, 'Tham gia người dân ở cấp cơ sở'],
      ['1.1', '1', 'Tri thức công dân'],
      ['1.2', '1', 'Cơ hội tham gia của người dân'],
      ['1.3', '1', 'Chất lượng bầu cử'],
      ['1.4', '1', 'Đóng góp tự nguyện'],
    ]);
    expect(where(validateIndexTables([t], view))).toEqual(['component-sum-mismatch@C2']); // 6.80 ≠ 6.90
  });
});

describe('properties', () => {
  const vocab = [
    'STT', 'TT', 'Chỉ số thành phần', 'Lĩnh vực', 'Năm 2023', 'Chỉ tiêu đến năm 2025', 'Kết quả năm 2024', 'Thực hiện',
    'Điểm số', 'Tỷ lệ (%)', 'Vị trí xếp hạng', 'Nhiệm vụ/giải pháp', '1', '1.1', '2', 'a)', 'I', 'TỔNG', '4.34/10.00',
    '0.93/2.50', '80.23%   (xếp thứ 45/63)', '15-20', '20-15', '-', '1. Đối với Chỉ số PAPI',
  ];
  const cell = fc.oneof(
    fc.constant(null),
    fc.constantFrom(...vocab),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -5, max: 100 }),
    fc.boolean(),
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 14 }))
    .chain(([w, h]) =>
      fc.record({
        values: fc.array(fc.array(cell, { minLength: 0, maxLength: w }), { minLength: h, maxLength: h }),
        merges: fc.array(
          fc.tuple(fc.nat(14), fc.nat(6), fc.nat(2), fc.nat(2)).map(([r, c, dr, dc]) => ({ top: r, left: c, bottom: r + dr, right: c + dc })),
          { maxLength: 3 },
        ),
      }),
    );

  it('reading and validating never throw on any grid, and produce well-formed tables and findings', () => {
    fc.assert(
      fc.property(grid, ({ values, merges }) => {
        const view = createSheetView(GridSchema.parse({ name: 'X', values, merges }));
        const tables = readIndexTables(view);
        for (const t of tables) expect(IndexTableSchema.safeParse(t).success).toBe(true);
        for (const f of validateIndexTables(tables, view)) expect(FindingSchema.safeParse(f).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
