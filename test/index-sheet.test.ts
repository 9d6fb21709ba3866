import { GridSchema, type GridInput } from '../core/grid/grid';
import { createSheetView } from '../core/grid/view';
import { IndexTableSchema, readIndexTables, validateIndexTables, type Component, type IndexTable } from '../core/index-sheet';
import { FindingSchema } from '../core/findings';
import { sampleWorkbook } from '../samples/src/seed003-indices';
import { sampleWorkbook as appendices } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';

const view = (g: GridInput) => createSheetView(GridSchema.parse(g));
const [allSheet, parSheet] = sampleWorkbook.sheets;
const allView = view(allSheet);
const tables = readIndexTables(allView);
const byIndex = (name: string): IndexTable => {
  const t = tables.find((x) => x.index === name);
  if (!t) throw new Error(`no ${name} table`);
  return t;
};
const comp = (t: IndexTable, number: string): Component => {
  const c = t.components.find((x) => x.number === number);
  if (!c) throw new Error(`no ${number} in ${t.index}`);
  return c;
};
const value = (c: Component, role: 'baseline' | 'target') => {
  const s = c[role]?.score;
  if (!s || s.kind === 'rank') throw new Error(`${c.number} ${role} has no value`);
  return s.value;
};
const maxOf = (c: Component, role: 'baseline' | 'target') => {
  const s = c[role]?.score;
  return s?.kind === 'score' ? s.max : Number.NaN;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('reading seed 003’s four index tables (sheet "Chỉ số 2023-2025")', () => {
  it('finds PAPI, SIPAS, PCI and PAR INDEX, each under its title', () => {
    expect(tables.map((t) => [t.index, t.titleCell, t.headerRow, t.lastRow, t.components.length])).toEqual([
      ['PAPI', 'A1', 3, 40, 37], // 8 contents + 28 sub-components + total
      ['SIPAS', 'A42', 44, 56, 12], // 2 areas + 10 criteria, no total
      ['PCI', 'A58', 60, 71, 11], // 10 components + total
      ['PAR INDEX', 'A73', 75, 85, 9], // 8 areas + total
    ]);
    expect(byIndex('PAPI').title).toBe('1. Đối với Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)');
    for (const t of tables) expect(IndexTableSchema.safeParse(t).success).toBe(true);
  });

  it('takes the years from the headers', () => {
    for (const t of tables) {
      expect(t.columns.baseline?.year).toBe(2023);
      expect(t.columns.target?.year).toBe(2025);
      expect(t.columns.latest).toBeUndefined();
    }
  });

  it('reads PAR’s two-level header: score and percent under Năm 2023, score and rank under the target', () => {
    const par = byIndex('PAR INDEX');
    expect(par.columns.baseline).toMatchObject({ header: 'Năm 2023', cell: 'C75', value: { cell: 'C76', column: 3 }, percent: { cell: 'D76', column: 4 } });
    expect(par.columns.target).toMatchObject({ header: 'Chỉ tiêu đến năm 2025', value: { column: 5 }, rank: { header: 'Chỉ tiêu đến năm 2025 › Vị trí xếp hạng', column: 6 } });
    const one = comp(par, '1');
    expect(one.baseline?.score).toEqual({ kind: 'score', value: 9.07, max: 9.5 });
    expect(one.percent.baseline?.score).toEqual({ kind: 'percent', value: 95.47 });
    expect(one.rank.target?.score).toEqual({ kind: 'rank', from: 15, to: 15, of: null });
    const total = par.components[par.components.length - 1];
    expect(total).toMatchObject({ isTotal: true, number: '', level: 0, name: 'TỔNG' });
    expect(total.rank.target?.score).toEqual({ kind: 'rank', from: 15, to: 20, of: null });
  });

  it('builds the hierarchy from the numbering', () => {
    const papi = byIndex('PAPI');
    expect(comp(papi, '4')).toMatchObject({ level: 1, parent: null, name: 'Kiểm soát tham nhũng khu vực công' });
    expect(comp(papi, '4.4')).toMatchObject({ level: 2, parent: '4', name: 'Quyết tâm chống tham nhũng', row: 22, cell: 'B22' });
    expect(papi.components.filter((c) => c.level === 1)).toHaveLength(8);
    expect(papi.components.filter((c) => c.isTotal).map((c) => c.row)).toEqual([40]);
  });

  it('reads SIPAS percentages with their ranks (denominator from the text)', () => {
    const sipas = byIndex('SIPAS');
    expect(comp(sipas, '1').baseline).toMatchObject({ cell: 'C45', text: '80.23%   (xếp thứ 45/63)', score: { kind: 'percent', value: 80.23, rank: { from: 45, to: 45, of: 63 } } });
    expect(comp(sipas, '2').target?.score).toEqual({ kind: 'percent', value: 89.5, rank: { from: 20, to: 30, of: 63 } });
    expect(comp(sipas, '2.5').gapTargetBaseline).toBeCloseTo(12.46, 9);
  });

  it('computes the gaps target − baseline', () => {
    const papi = byIndex('PAPI');
    expect(comp(papi, '4.4').gapTargetBaseline).toBe(-0.72);
    expect(comp(papi, '1').gapTargetBaseline).toBe(2.56);
    expect(papi.components[papi.components.length - 1].gapTargetBaseline).toBe(15.23);
    expect(comp(byIndex('PCI'), '4').gapTargetBaseline).toBe(0.05);
    expect(comp(byIndex('PAR INDEX'), '2').gapTargetBaseline).toBe(0.187);
    for (const t of tables) for (const c of t.components) expect(c.gapTargetLatest).toBeNull();
  });
});

describe('the sums in seed 003 add up (to 0.01 per part), as computed by hand', () => {
  // Computed by hand from the seed, before writing the validator:
  //   PAPI 2023 sub-components: 1: .93+1.20+1.28+.93 = 4.34 | 2: .84+1.35+1.18+1.23 = 4.60 (stated 4.59)
  //   3: 1.97+.43+1.74 = 4.14 | 4: 1.44+1.99+1.13+1.92 = 6.48 | 5: 2.37+2.29+2.36 = 7.02 (stated 7.03)
  //   6: 1.72+1.37+2.02+1.88 = 6.99 (stated 7.00) | 7: .88+1.72+.39 = 2.99 | 8: .47+2.46+.42 = 3.35
  //   PAPI 2025 targets: 6.90, 6.90, 6.30, 7.10, 8.85, 7.90, 5.10, 6.10 — all exact.
  //   PAPI totals: 4.34+4.59+4.14+6.48+7.03+7.00+2.99+3.35 = 39.92; targets … = 55.15; maxima 8 × 10 = 80.
  //   Sub-component maxima: 4 × 2.50 = 10; 3 × 3.33 = 9.99 (≈ 10, within 0.03).
  //   PCI: 6.85+6.43+6.64+7.75+6.75+5.44+6.41+7.28+5.88+6.85 = 66.28; targets = 72.15; maxima 100.
  //   PAR: 9.07+9.513+10.81+9.74+12.82+11.04+10.59+13.42 = 87.003 (stated 87); targets = 91.9;
  //   maxima 9.5+10+13+10.5+15+12+13.5+16.5 = 100.
  //   PAR percent = score/max: all within 0.005 except area 4: 9.74/10.5 = 92.762 (stated 92.74, 0.022 off).
  const papi = () => byIndex('PAPI');
  const parents = ['1', '2', '3', '4', '5', '6', '7', '8'];
  const kids = (t: IndexTable, p: string) => t.components.filter((c) => c.parent === p);

  it('PAPI sub-components against their parents', () => {
    const baselineSums = [4.34, 4.6, 4.14, 6.48, 7.02, 6.99, 2.99, 3.35];
    const baselineStated = [4.34, 4.59, 4.14, 6.48, 7.03, 7.0, 2.99, 3.35];
    const targetSums = [6.9, 6.9, 6.3, 7.1, 8.85, 7.9, 5.1, 6.1];
    parents.forEach((p, i) => {
      const ks = kids(papi(), p);
      expect(ks.length).toBeGreaterThanOrEqual(3);
      expect(sum(ks.map((k) => value(k, 'baseline')))).toBeCloseTo(baselineSums[i], 9);
      expect(value(comp(papi(), p), 'baseline')).toBe(baselineStated[i]);
      expect(sum(ks.map((k) => value(k, 'target')))).toBeCloseTo(targetSums[i], 9);
      expect(value(comp(papi(), p), 'target')).toBeCloseTo(targetSums[i], 9);
      expect(Math.abs(baselineSums[i] - baselineStated[i])).toBeLessThanOrEqual(0.01 * ks.length);
      expect(Math.abs(sum(ks.map((k) => maxOf(k, 'baseline'))) - 10)).toBeLessThanOrEqual(0.01 * ks.length + 1e-9);
    });
  });

  it('parents against the totals', () => {
    const total = (t: IndexTable) => t.components[t.components.length - 1];
    const top = (t: IndexTable) => t.components.filter((c) => c.level === 1);
    for (const [t, base, target, max] of [
      [papi(), 39.92, 55.15, 80],
      [byIndex('PCI'), 66.28, 72.15, 100],
      [byIndex('PAR INDEX'), 87.003, 91.9, 100],
    ] as const) {
      expect(sum(top(t).map((c) => value(c, 'baseline')))).toBeCloseTo(base, 9);
      expect(sum(top(t).map((c) => value(c, 'target')))).toBeCloseTo(target, 9);
      expect(sum(top(t).map((c) => maxOf(c, 'baseline')))).toBeCloseTo(max, 9);
      expect(Math.abs(value(total(t), 'baseline') - base)).toBeLessThanOrEqual(0.01);
      expect(value(total(t), 'target')).toBeCloseTo(target, 9);
    }
  });
});

describe('validating seed 003', () => {
  it('finds exactly one anomaly: PAPI 4.4’s target 1.20 below its 2023 score 1.92', () => {
    const findings = validateIndexTables(tables, allView);
    expect(findings).toEqual([
      {
        code: 'target-below-baseline',
        severity: 'warning',
        sheet: 'Chỉ số 2023-2025',
        cell: 'D22',
        row: 22,
        column: 4,
        header: 'Chỉ tiêu đến năm 2025',
        value: '1.20/2.50',
        message: {
          vi: 'PAPI 4.4: chỉ tiêu “1.20/2.50” thấp hơn kết quả đã đạt năm 2023 (“1.92/2.50”).',
          en: 'PAPI 4.4: the target “1.20/2.50” is below the result reached in 2023 (“1.92/2.50”).',
        },
      },
    ]);
    for (const f of findings) expect(FindingSchema.safeParse(f).success).toBe(true);
  });

  it('reads the "PAR INDEX" sheet: name from the sheet, an empty latest column, no findings', () => {
    const v = view(parSheet);
    const [par, ...rest] = readIndexTables(v);
    expect(rest).toEqual([]);
    expect(par).toMatchObject({ index: 'PAR INDEX', title: null, titleCell: null, headerRow: 1, lastRow: 11 });
    expect(par.columns.latest).toEqual({ header: 'Kết quả năm 2024', year: 2024, cell: 'G1', value: { header: 'Kết quả năm 2024', cell: 'G1', column: 7 } });
    expect(par.components).toHaveLength(9);
    for (const c of par.components) {
      expect(c.latest).toMatchObject({ text: '', score: null, error: null });
      expect(c.gapTargetLatest).toBeNull();
    }
    // Not yet reported: an empty latest column is not a list of missing values.
    expect(validateIndexTables([par], v)).toEqual([]);
  });
});

describe('task sheets are not index sheets', () => {
  it('claims none of seed 003’s per-agency appendices ("STT | Chỉ số/nội dung | Chỉ tiêu/kết quả | Nhiệm vụ/giải pháp | Thời gian hoàn thành")', () => {
    for (const s of appendices.sheets) expect([s.name, readIndexTables(view(s))]).toEqual([s.name, []]);
  });
  it('claims none of the seed 000 and 004 plan appendices', () => {
    for (const s of [...seed000.sheets, ...seed004.sheets]) expect([s.name, readIndexTables(view(s))]).toEqual([s.name, []]);
  });
  it('claims no table whose value cells are mostly sentences, even without task columns', () => {
    const g = {
      name: 'Chỉ tiêu',
      values: [
        ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả'],
        ['I', 'Chỉ số PAPI', null],
        ['1', 'Tri thức công dân', 'Nâng cao kiến thức, kỹ năng của cán bộ, công chức cấp xã'],
        ['2', 'Chất lượng bầu cử', 'Tăng tỷ lệ người dân có hiểu biết về bầu cử'],
        ['3', 'Thực hiện kế hoạch CCHC tỉnh năm 2024', '100% nhiệm vụ CCHC hoàn thành đúng và trước hạn'],
      ],
    };
    expect(readIndexTables(view(g))).toEqual([]);
  });
  it('returns [] for an empty sheet', () => {
    expect(readIndexTables(view({ name: 'Trống', values: [] }))).toEqual([]);
  });
});
