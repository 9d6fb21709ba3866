/**
 * Consolidation (core/report/consolidate.ts) proved at its edges: each test fails when the line named in its
 * comment is changed as the mutation run changed it (each was checked by hand, changing that line and running this
 * file). Rows are seed 004's (I 3.1; VII 3.2, 3.9, 3.10), index rows seed 003's PAPI table; the as-of date is
 * always given, so nothing here depends on today.
 */
import { consolidate, Consolidator, INDEX_AGENCY, makePeriod, NO_LEAD, reduceWorkbook, validateWorkbook, type CellValue, type ConsolidationInput, type GridInput } from '../core';
import type { SheetResult } from '../core/workbook';
import { nineColumnGrid } from './helpers';
import { sampleWorkbook as indicesSeed } from '../samples/src/seed003-indices';
import { planOfGrids } from '../core/plan';

const AS_OF = '2022-09-30';
const Q3 = makePeriod(2022, 'Q3');
const GENERATED = '2022-10-05T08:00';
const HEADER = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí', 'Tình trạng', 'Ngày hoàn thành'];
const TITLE = 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA UBND TỈNH ĐỒNG THÁP';

/** A quarterly return shaped like seed 004's appendix: title, header with status columns, section VII, the rows. */
function vii(rows: CellValue[][]): GridInput {
  return {
    name: 'Phụ lục KH 367',
    values: [[TITLE, null, null, null, null, null, null, null, null, null, null], HEADER, ['VII', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', null, null, null, null, null, null, null, null, null], ...rows],
    merges: ['A1:K1', 'B3:I3'],
  };
}

type Over = Partial<Record<'output' | 'lead' | 'coord' | 'time' | 'budget' | 'status' | 'done', CellValue>>;
const pick = (over: Over, k: keyof Over, v: CellValue): CellValue => (k in over ? over[k]! : v);
/** VII 3.10 of seed 004: "Quý II/2022", still "Đang thực hiện" on 30/09/2022, so 92 days overdue. */
const vii310 = (over: Over = {}): CellValue[] => [
  null,
  '1.3: Đánh giá thực chất, khách quan kết quả triển khai thực hiện các nhiệm vụ CCHC của các cơ quan, địa phương.',
  '2.4: Công bố kết quả Chỉ số CCHC của các cơ quan, địa phương năm 2022.',
  '3.10: Ban hành bộ tiêu chí đánh giá Chỉ số CCHC các cơ quan, địa phương',
  pick(over, 'output', 'Quyết định phê duyệt và công bố'),
  pick(over, 'lead', 'Sở Nội vụ'),
  pick(over, 'coord', 'Các cơ quan, địa phương'),
  pick(over, 'time', 'Quý II/2022'),
  pick(over, 'budget', '100 triệu'),
  pick(over, 'status', 'Đang thực hiện'),
  pick(over, 'done', null),
];
/** VII 3.9 of seed 004: timed "Sau khi kiểm tra" (no date). */
const vii39 = (over: Over = {}): CellValue[] => [
  null,
  null,
  null,
  '3.9: Chấn chỉnh, khắc phục các hạn chế trong công tác thực hiện CCHC',
  'Công văn',
  pick(over, 'lead', 'Sở Nội vụ'),
  'Các cơ quan, địa phương',
  pick(over, 'time', 'Sau khi kiểm tra'),
  null,
  pick(over, 'status', 'Đang thực hiện'),
  null,
];
/** VII 3.2 of seed 004: due "Quý IV/2022". */
const vii32 = (over: Over = {}): CellValue[] => [
  null,
  null,
  null,
  '3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022',
  pick(over, 'output', 'Báo cáo'),
  pick(over, 'lead', 'Sở Nội vụ'),
  pick(over, 'coord', 'Các sở, ban, ngành tỉnh, UBND cấp huyện'),
  pick(over, 'time', 'Quý IV/2022'),
  pick(over, 'budget', null),
  pick(over, 'status', null),
  null,
];

const input = (file: string, ...grids: GridInput[]): ConsolidationInput => ({ file, sheets: validateWorkbook(grids, { asOf: AS_OF }).sheets });
const report = (...inputs: ConsolidationInput[]) => consolidate(inputs, { period: Q3, asOf: AS_OF, generatedAt: GENERATED });

const ZERO = { total: 0, completedOnTime: 0, completedLate: 0, inProgress: 0, overdue: 0, notStarted: 0, recurring: 0, conditional: 0, noDeadline: 0 };

describe('a task without a lead', () => {
  // Guards `totals.withoutLead++` (killed by `--`), `t.leads.length ? t.leads : [NO_LEAD]` in countTasks (killed by
  // `[]`) and the identity of a name the directory never saw, `{ known: name !== NO_LEAD, suggestion: null }`
  // (killed by `{}`, `true`, `false` and `===`).
  const m = report(input('so-noi-vu-quy-3.xlsx', vii([vii310({ lead: null }), vii32(), vii39()])));

  it('is counted as without a lead, and under "(Chưa có cơ quan chủ trì)", after the known agencies, not in the directory', () => {
    // Also guards `t.progress === 'overdue'` before addAge and `t.leads.length === 0` (killed by `true` and `!==`).
    expect(m.totals).toMatchObject({ total: 3, withoutLead: 1, overdue: 1, inProgress: 1, conditional: 1, budgetVnd: 100e6, overdueByAge: { upTo30: 0, from31To90: 0, over90: 1 } });
    expect(m.byAgency).toEqual([
      { ...ZERO, agency: 'Sở Nội vụ', total: 2, inProgress: 1, conditional: 1, completionRate: 0, completionRateOfDue: null, budgetVnd: 0, budgetSourceTasks: 0, known: true, suggestion: null },
      // Its budget goes to it, as the first (only) lead of the task: the agency budgets still add up to the total.
      { ...ZERO, agency: NO_LEAD, total: 1, overdue: 1, completionRate: 0, completionRateOfDue: 0, budgetVnd: 100e6, budgetSourceTasks: 0, known: false, suggestion: null },
    ]);
  });

  it('is chased under "(Chưa có cơ quan chủ trì)", flagged as no agency of the directory', () => {
    expect(m.overdueByAgency).toEqual([{ agency: NO_LEAD, count: 1, maxDaysOverdue: 92, byAge: { upTo30: 0, from31To90: 0, over90: 1 }, known: false, suggestion: null }]);
    expect(m.overdue.map((t) => [t.number, t.leads, t.daysOverdue])).toEqual([['3.10', [], 92]]);
  });

  it('has its findings counted under "(Chưa có cơ quan chủ trì)"', () => {
    expect(m.findings.byAgency).toEqual([{ agency: NO_LEAD, errors: 2, warnings: 0, infos: 0 }]);
    expect(m.findings.byCode).toEqual([
      { code: 'deadline-expired', severity: 'error', count: 1 },
      { code: 'missing-lead', severity: 'error', count: 1 },
    ]);
  });
});

describe('a row with no task text', () => {
  // Guards `title: row.title ?? ''` in reduceWorkbook (killed by a placeholder text).
  it('keeps an empty title: the report shows the gap, not a made-up text', () => {
    const m = report(input('so-noi-vu-quy-3.xlsx', vii([[null, null, null, null, 'Báo cáo', 'Sở Nội vụ', 'Các cơ quan, địa phương', 'Quý IV/2022', null, 'Đang thực hiện', null]])));
    expect(m.tasks).toHaveLength(1);
    expect(m.tasks[0]).toMatchObject({ number: null, title: '', leads: ['Sở Nội vụ'], deadlineText: 'Quý IV/2022', statusText: 'Đang thực hiện', progress: 'inProgress', source: { file: 'so-noi-vu-quy-3.xlsx', sheet: 'Phụ lục KH 367', cell: 'D4' } });
    expect(m.findings.byCode).toEqual([{ code: 'missing-task-text', severity: 'error', count: 1 }]);
  });
});

describe('the source cell of a task', () => {
  // The link of a task goes to its text: the activity cell, or the task cell in a layout without an activity column.
  it('is the task cell when the sheet has no activity column', () => {
    const plain: GridInput = {
      name: 'Nhiệm vụ 2022',
      values: [
        [TITLE, null, null, null],
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1', 'Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022', 'Sở Nội vụ', 'Quý IV/2022'],
      ],
      merges: ['A1:D1'],
    };
    const m = report(input('so-noi-vu-quy-3.xlsx', plain));
    expect(m.tasks.map((t) => [t.number, t.title, t.source])).toEqual([['1', 'Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022', { file: 'so-noi-vu-quy-3.xlsx', sheet: 'Nhiệm vụ 2022', cell: 'B3' }]]);
  });
});

describe('the overdue list within one agency', () => {
  // Guards both `'9999'` of cmp (killed by `""`): at the same days overdue, a task with a date comes before one
  // without, which reports "Chậm tiến độ" against no date at all.
  it('puts the dated task before the undated one when both are overdue by 0 days', () => {
    for (const rows of [
      [vii39({ status: 'Chậm tiến độ' }), vii32({ status: 'Chậm tiến độ' })],
      [vii32({ status: 'Chậm tiến độ' }), vii39({ status: 'Chậm tiến độ' })],
    ]) {
      const m = report(input('so-noi-vu-quy-3.xlsx', vii(rows)));
      expect(m.overdue.map((t) => [t.number, t.deadline, t.daysOverdue])).toEqual([
        ['3.2', '2022-12-31', 0],
        ['3.9', null, 0],
      ]);
      expect(m.overdueByAgency).toEqual([{ agency: 'Sở Nội vụ', count: 2, maxDaysOverdue: 0, byAge: { upTo30: 2, from31To90: 0, over90: 0 }, known: true, suggestion: null }]);
    }
  });
});

describe('the findings of one task reported in two copies', () => {
  // mergeCodes: the copies' findings are the task's once, each code as many times as the copy that has it most.
  const twice = (first: CellValue[], second: CellValue[]) => report(input('so-noi-vu-quy-3.xlsx', vii([first])), input('so-noi-vu-quy-3-bo-sung.xlsx', vii([second])));

  it('keeps the findings of the second copy when the first had none', () => {
    // Guards `b.length === 0` (killed by `!==`) and `!a || a.length === 0` (killed by `false`, `&&` and `a`).
    const m = twice(vii32(), vii32({ status: 'Đề nghị gia hạn' }));
    expect(m.totals).toMatchObject({ total: 1, duplicatesMerged: 1 });
    expect(m.findings).toEqual({
      byCode: [{ code: 'status-unknown', severity: 'warning', count: 1 }],
      byAgency: [{ agency: 'Sở Nội vụ', errors: 0, warnings: 1, infos: 0 }],
      total: 1,
    });
  });

  it('keeps the findings of both copies when each has its own', () => {
    // Guards `!a || a.length === 0` (killed by `true` and `a.length !== 0`), `k < n` (killed by `false`) and
    // `(m.get(c) ?? 0) + 1` (killed by `- 1`).
    const m = twice(vii32({ status: 'Đề nghị gia hạn' }), vii32({ output: '#REF!' }));
    expect(m.totals).toMatchObject({ total: 1, duplicatesMerged: 1 });
    expect(m.findings).toEqual({
      byCode: [
        { code: 'cell-error', severity: 'error', count: 1 },
        { code: 'status-unknown', severity: 'warning', count: 1 },
      ],
      byAgency: [{ agency: 'Sở Nội vụ', errors: 1, warnings: 1, infos: 0 }],
      total: 2,
    });
  });

  it('counts a code as often as the copy that has it most, not once per copy', () => {
    // Guards `m.get(c) ?? 0` in the count (killed by `&& 0`) and `(m.get(c) ?? 0) + 1` (killed by `- 1`).
    const one = vii32({ output: '#REF!' });
    const two = vii32({ output: '#REF!', coord: '#N/A' });
    for (const [first, second] of [
      [one, two],
      [two, one],
    ]) {
      const m = twice(first, second);
      expect(m.totals).toMatchObject({ total: 1, duplicatesMerged: 1 });
      expect(m.findings).toEqual({ byCode: [{ code: 'cell-error', severity: 'error', count: 2 }], byAgency: [{ agency: 'Sở Nội vụ', errors: 2, warnings: 0, infos: 0 }], total: 2 });
    }
  });
});

/** Seed 003's PAPI table, its first rows: STT, name, 2023 score, 2025 target. */
const PAPI_TITLE = '1. Đối với Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)';
const PAPI_HEADER = ['STT', 'Chỉ số nội dung/ thành phần', 'Năm 2023', 'Chỉ tiêu đến năm 2025'];

describe('an index finding on a row that is no component', () => {
  // Guards `tables.length > 0` in reduceWorkbook (killed by `false` and `<= 0`): 1.2's two values typed on the line
  // above its name and merged down onto it; the target below the 2023 score is found at the merged cell's row,
  // which is no component's, and belongs to the sheet's (first) table.
  it('goes with the table, listed with it', () => {
    const papi: GridInput = {
      name: 'Chỉ số PAPI',
      values: [
        [PAPI_TITLE, null, null, null],
        PAPI_HEADER,
        ['1', 'Tham gia người dân ở cấp cơ sở', '4.34/10.00', '6.90/10.00'],
        ['1.1', 'Tri thức công dân', '0.93/2.50', '1.60/2.50'],
        [null, null, '1.20/2.50', '0.90/2.50'],
        ['1.2', 'Cơ hội tham gia của người dân', null, null],
        ['1.3', 'Chất lượng bầu cử', '1.28/2.50', '1.80/2.50'],
      ],
      merges: ['A1:D1', 'C5:C6', 'D5:D6'],
    };
    const m = report(input('dong-nai-2024-chi-so.xlsx', papi));
    expect(m.indices).toHaveLength(1);
    expect(m.indices[0].components.map((c) => [c.number, c.cell, c.baseline, c.target])).toEqual([
      ['1', 'B3', '4.34/10.00', '6.90/10.00'],
      ['1.1', 'B4', '0.93/2.50', '1.60/2.50'],
      ['1.2', 'B6', '1.20/2.50', '0.90/2.50'],
      ['1.3', 'B7', '1.28/2.50', '1.80/2.50'],
    ]);
    expect(m.indices[0].findings).toEqual([expect.objectContaining({ code: 'target-below-baseline', severity: 'warning', sheet: 'Chỉ số PAPI', cell: 'D5', row: 5 })]);
    expect(m.findings).toEqual({ byCode: [{ code: 'target-below-baseline', severity: 'warning', count: 1 }], byAgency: [{ agency: INDEX_AGENCY, errors: 0, warnings: 1, infos: 0 }], total: 1 });
  });
});

describe('findings that belong to no task and no index table', () => {
  /*
   * A task sheet given without its task rows (its findings kept): each finding is counted on its own, under
   * "(Chưa có cơ quan chủ trì)". validateWorkbook never makes one today (a task sheet's findings are its rows'),
   * but consolidate() takes any SheetResult, and its records say how these are counted.
   * Guards countLoose (its body, `total++`, `count++`, both `??=` and their new entries), the sum of them over
   * workbooks in Consolidator.add (`??`, the new entries, every `+=`), and the copies countFindings counts into.
   */
  const rowsLeftOut = (file: string): ConsolidationInput => {
    const [sheet] = input(file, vii([vii310({ status: 'Đề nghị gia hạn' }), vii32({ time: '15/10/2022' })])).sheets;
    return { file, sheets: [{ ...sheet, rows: 0, task: { ...sheet.task!, rows: [] } }] };
  };
  const loose = (file: string) => reduceWorkbook(rowsLeftOut(file), AS_OF);

  it('are counted as they come, each by its code and under "(Chưa có cơ quan chủ trì)"', () => {
    expect(rowsLeftOut('so-noi-vu-quy-3.xlsx').sheets[0].findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['deadline-expired', 'error', 'H4'],
      ['status-unknown', 'warning', 'J4'],
      ['deadline-due-soon', 'info', 'H5'],
    ]);
    expect(loose('so-noi-vu-quy-3.xlsx')).toMatchObject({
      tasks: [],
      findings: {
        byCode: { 'deadline-expired': { severity: 'error', count: 1 }, 'status-unknown': { severity: 'warning', count: 1 }, 'deadline-due-soon': { severity: 'info', count: 1 } },
        byAgency: { [NO_LEAD]: { errors: 1, warnings: 1, infos: 1 } },
        total: 3,
      },
    });
    const m = report(rowsLeftOut('so-noi-vu-quy-3.xlsx'));
    expect(m.findings).toEqual({
      byCode: [
        { code: 'deadline-expired', severity: 'error', count: 1 },
        { code: 'status-unknown', severity: 'warning', count: 1 },
        { code: 'deadline-due-soon', severity: 'info', count: 1 },
      ],
      byAgency: [{ agency: NO_LEAD, errors: 1, warnings: 1, infos: 1 }],
      total: 3,
    });
  });

  it('add up over workbooks, with the findings of tasks, and stay as they were when the report is made again', () => {
    const c = new Consolidator({ period: Q3, asOf: AS_OF, generatedAt: GENERATED });
    c.add(loose('so-noi-vu-quy-3.xlsx'));
    c.add(loose('so-noi-vu-quy-3-bo-sung.xlsx'));
    // A task reported in full, with its own "Đề nghị gia hạn" and lead: its findings join the same codes.
    c.add(reduceWorkbook(input('so-tu-phap-quy-3.xlsx', vii([vii310({ lead: 'Sở Tư pháp', status: 'Đề nghị gia hạn' })])), c.date));
    const expected = {
      byCode: [
        { code: 'deadline-expired', severity: 'error', count: 3 },
        { code: 'status-unknown', severity: 'warning', count: 3 },
        { code: 'deadline-due-soon', severity: 'info', count: 2 },
      ],
      byAgency: [
        { agency: NO_LEAD, errors: 2, warnings: 2, infos: 2 },
        { agency: 'Sở Tư pháp', errors: 1, warnings: 1, infos: 0 },
      ],
      total: 8,
    };
    expect(c.finish().findings).toEqual(expected);
    expect(c.finish().findings).toEqual(expected);
  });
});

describe('an index table with no component', () => {
  // Guards `table.components[0]?.cell ?? 'A1'` in indexSummary (killed by `""`). readIndexTables never gives one
  // (a table is read only with components), but a SheetResult may carry one: it is placed at A1.
  it('is placed at A1 of its sheet', () => {
    const papi: GridInput = {
      name: 'Chỉ số PAPI',
      values: [[PAPI_TITLE, null, null, null], PAPI_HEADER, ['1', 'Tham gia người dân ở cấp cơ sở', '4.34/10.00', '6.90/10.00']],
      merges: ['A1:D1'],
    };
    const [sheet] = input('dong-nai-2024-chi-so.xlsx', papi).sheets;
    expect(sheet.indexTables).toHaveLength(1);
    const empty: SheetResult = { ...sheet, rows: 0, indexTables: [{ ...sheet.indexTables![0], components: [] }] };
    const m = report({ file: 'dong-nai-2024-chi-so.xlsx', sheets: [empty] });
    expect(m.indices).toEqual([
      {
        source: { file: 'dong-nai-2024-chi-so.xlsx', sheet: 'Chỉ số PAPI', cell: 'A1' },
        index: 'PAPI',
        title: PAPI_TITLE,
        baselineHeader: 'Năm 2023',
        targetHeader: 'Chỉ tiêu đến năm 2025',
        latestHeader: null,
        components: [],
        findings: [],
      },
    ]);
  });
});

describe('two different tasks whose keys share a digest', () => {
  /*
   * The Consolidator keeps tasks by a 53-bit digest of their key; two different items that share one are told
   * apart by their identity, and the second probes on. These two titles (differing only in the file code at their
   * end) were found by a search over digest(key, 0) of their keys: both give 2681612380938005.
   * Guards `itemIdentity(a) === itemIdentity(b)` in sameItem (killed by `true`: the two would be merged).
   */
  const CODE_A = '462789 512789 512789 512789 749192 512789 512789 749192 512789 749192 749192 512789 512789 512789';
  const CODE_B = '462789 512789 749192 512789 512789 749192 512789 512789 749192 512789 512789 749192 512789 512789';
  const A = `3.1: Rà soát văn bản mã hồ sơ ${CODE_A}`;
  const B = `3.1: Rà soát văn bản mã hồ sơ ${CODE_B}`;
  const row = (activity: string): CellValue[] => [null, '1.1: Triển khai thực hiện hiệu quả các thể chế', '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', activity, 'Quyết định công bố văn bản', 'Sở Tư pháp', null, 'Trong năm 2022', null];

  it('stay two tasks', () => {
    const inp = input('so-tu-phap-quy-3.xlsx', nineColumnGrid([row(A), row(B)]));
    const keys = reduceWorkbook(inp, AS_OF).tasks.map((t) => t.key);
    expect(keys).toEqual([
      `ke hoach cai cach hanh chinh nam 2022\u0000so tu phap\u0000cai cach the che\u00003.1\u0000ra soat van ban ma ho so ${CODE_A}`,
      `ke hoach cai cach hanh chinh nam 2022\u0000so tu phap\u0000cai cach the che\u00003.1\u0000ra soat van ban ma ho so ${CODE_B}`,
    ]);
    const m = report(inp);
    expect(m.tasks.map((t) => t.title)).toEqual([A, B]);
    expect(m.totals).toMatchObject({ total: 2, duplicatesMerged: 0 });
    expect(m.duplicates).toEqual([]);
  });
});

/** An activity of section VII: its number and text, lead, time, status, and any other cell. */
const act = (text: string, lead: CellValue, time: CellValue, status: CellValue = 'Đang thực hiện', over: Over = {}): CellValue[] => [
  null,
  null,
  null,
  text,
  pick(over, 'output', 'Báo cáo'),
  lead,
  pick(over, 'coord', 'Các cơ quan, địa phương'),
  time,
  pick(over, 'budget', null),
  status,
  pick(over, 'done', null),
];
/** A return with several sections, each a Roman numeral and its title, then its rows. */
function sections(parts: Array<[string, string, CellValue[][]]>, name = 'Phụ lục KH 367'): GridInput {
  const values: CellValue[][] = [[TITLE, null, null, null, null, null, null, null, null, null, null], HEADER];
  const merges = ['A1:K1'];
  for (const [roman, title, rows] of parts) {
    values.push([roman, title, null, null, null, null, null, null, null, null, null]);
    merges.push(`B${values.length}:I${values.length}`);
    values.push(...rows);
  }
  return { name, values, merges };
}
const reportWith = (extra: { dueSoonDays?: number }, ...inputs: ConsolidationInput[]) => consolidate(inputs, { period: Q3, asOf: AS_OF, generatedAt: GENERATED, ...extra });

describe('overdue tasks by age', () => {
  // Guards `d <= 30` and `d <= 90` in addAge (killed by `<`): 30 days is still "up to 30", 90 days still "31 to 90";
  // and the longest overdue first, whatever the rows' order (byAgeDesc, killed by `b.daysOverdue && 0`).
  it('counts 30 days as up to 30 and 90 days as 31 to 90, on the totals and per agency', () => {
    const m = report(
      input(
        'so-noi-vu-quy-3.xlsx',
        vii([
          act('3.3: Tăng cường tuyên truyền CCHC trong nội bộ từng cơ quan, đơn vị, địa phương.', 'Sở Nội vụ', '02/07/2022'),
          act('3.1: Triển khai thực hiện các nhiệm vụ Kế hoạch CCHC năm 2022 của tỉnh.', 'Sở Nội vụ', '31/08/2022'),
          act('3.4: Duy trì và nâng cao chất lượng chuyên mục CCHC trên sóng phát thanh và truyền hình Tỉnh', 'Sở Nội vụ', '01/07/2022'),
          act('3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022', 'Sở Nội vụ', '30/08/2022'),
        ]),
      ),
    );
    expect(m.overdue.map((t) => [t.number, t.daysOverdue])).toEqual([
      ['3.4', 91],
      ['3.3', 90],
      ['3.2', 31],
      ['3.1', 30],
    ]);
    expect(m.totals.overdueByAge).toEqual({ upTo30: 1, from31To90: 2, over90: 1 });
    expect(m.overdueByAgency).toEqual([{ agency: 'Sở Nội vụ', count: 4, maxDaysOverdue: 91, byAge: { upTo30: 1, from31To90: 2, over90: 1 }, known: true, suggestion: null }]);
  });
});

describe('the order of findings', () => {
  // Guards the two sorts of finish(): by code (severity, then count, then code) and by agency (errors, then
  // warnings, then name in Vietnamese order), every term of each comparator and sevOrder.
  const m = report(
    input(
      'ubnd-tinh-quy-3.xlsx',
      vii([
        act('3.1: Triển khai thực hiện các nhiệm vụ Kế hoạch CCHC năm 2022 của tỉnh.', 'Sở Tư pháp', '30/06/2022'),
        act('3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022', 'Sở Xây dựng', '30/06/2022', 'Đang thực hiện', { output: '#REF!' }),
        act('3.3: Tăng cường tuyên truyền CCHC trong nội bộ từng cơ quan, đơn vị, địa phương.', 'Sở Nội vụ', '30/06/2022', 'Đề nghị gia hạn'),
        act('3.4: Duy trì và nâng cao chất lượng chuyên mục CCHC trên sóng phát thanh và truyền hình Tỉnh', 'Sở Công Thương', '30/06/2022'),
        act('3.5: Cập nhật thường xuyên bài viết, thông tin hoạt động CCHC trên Trang Thông tin điện tử CCHC Tỉnh.', 'Sở Tài chính', '15/10/2022'),
      ]),
    ),
  );
  it('lists codes by severity, then the most frequent first', () => {
    expect(m.findings.byCode).toEqual([
      { code: 'deadline-expired', severity: 'error', count: 4 },
      { code: 'cell-error', severity: 'error', count: 1 },
      { code: 'status-unknown', severity: 'warning', count: 1 },
      { code: 'deadline-due-soon', severity: 'info', count: 1 },
    ]);
  });
  it('lists agencies by errors, then warnings, then name', () => {
    expect(m.findings.byAgency).toEqual([
      { agency: 'Sở Xây dựng', errors: 2, warnings: 0, infos: 0 },
      { agency: 'Sở Nội vụ', errors: 1, warnings: 1, infos: 0 },
      { agency: 'Sở Công Thương', errors: 1, warnings: 0, infos: 0 },
      { agency: 'Sở Tư pháp', errors: 1, warnings: 0, infos: 0 },
      { agency: 'Sở Tài chính', errors: 0, warnings: 0, infos: 1 },
    ]);
    expect(m.findings.total).toBe(7);
  });
  it('counts a row’s findings under its own lead, not the first task’s', () => {
    // Guards `taskOfRow.get(f.row) ?? …` (killed by `&&`, which gives every row's findings to the sheet's first task).
    const two = report(input('so-noi-vu-quy-3.xlsx', vii([vii32(), vii310({ lead: 'Sở Tư pháp' })])));
    expect(two.findings.byAgency).toEqual([{ agency: 'Sở Tư pháp', errors: 1, warnings: 0, infos: 0 }]);
  });
});

describe('one task reported in three copies', () => {
  const copy = (file: string, row: CellValue[]) => input(file, vii([row]));
  const src = (file: string) => ({ file, sheet: 'Phụ lục KH 367', cell: 'D4' });

  it('keeps the first copy when all say the same, and lists the two others where it was also reported', () => {
    // Guards `RANK[task.progress] < RANK[seen.task.progress]` (killed by `true` and `<=`) and the alsoIn of a task
    // kept (killed by `=== NOWHERE_ELSE` → `true`, and by `[task.source]` → `[]`).
    const m = report(copy('a.xlsx', vii32()), copy('b.xlsx', vii32()), copy('c.xlsx', vii32()));
    expect(m.tasks).toHaveLength(1);
    expect(m.tasks[0]).toMatchObject({ number: '3.2', progress: 'inProgress', source: src('a.xlsx'), alsoIn: [src('b.xlsx'), src('c.xlsx')] });
    expect(m.totals.duplicatesMerged).toBe(2);
    expect(m.duplicates).toEqual([
      {
        number: '3.2',
        title: '3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022',
        leads: ['Sở Nội vụ'],
        kept: src('a.xlsx'),
        merged: [src('b.xlsx'), src('c.xlsx')],
        reason: {
          vi: 'Cùng kế hoạch, cùng cơ quan chủ trì, cùng số thứ tự và nội dung: một nhiệm vụ được báo cáo nhiều lần, chỉ tính một lần.',
          en: 'Same plan, same lead agency, same item number and text: one task reported more than once, counted once.',
        },
      },
    ]);
    expect(m.conflicts).toEqual([]);
  });

  it('keeps the copy that reports it done, wherever it comes, with the others listed', () => {
    const done = vii32({ status: 'Hoàn thành', done: '20/09/2022' });
    const m = report(copy('a.xlsx', vii32()), copy('b.xlsx', done), copy('c.xlsx', vii32()));
    expect(m.tasks[0]).toMatchObject({ progress: 'completedOnTime', source: src('b.xlsx'), alsoIn: [src('a.xlsx'), src('c.xlsx')] });
    expect(m.conflicts).toEqual([
      {
        number: '3.2',
        title: '3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022',
        reports: [
          { source: src('a.xlsx'), progress: 'inProgress', statusText: null },
          { source: src('b.xlsx'), progress: 'completedOnTime', statusText: 'Hoàn thành' },
          { source: src('c.xlsx'), progress: 'inProgress', statusText: null },
        ],
      },
    ]);
  });
});

describe('what makes two rows one plan item', () => {
  it('the same leads in another order', () => {
    // Guards `.sort()` of the leads in itemIdentity.
    const m = report(input('a.xlsx', vii([vii32({ lead: 'Sở Nội vụ, Sở Tư pháp' })])), input('b.xlsx', vii([vii32({ lead: 'Sở Tư pháp, Sở Nội vụ' })])));
    expect(m.tasks.map((t) => t.leads)).toEqual([['Sở Nội vụ', 'Sở Tư pháp']]);
    expect(m.totals.duplicatesMerged).toBe(1);
  });
  it('the item number written in the Stt column or at the start of the text', () => {
    // Guards `replace(LEADING_NUMBER, '')` in itemIdentity (killed by a text in place of the number).
    const inText = vii32();
    const inColumn = vii32();
    inColumn[0] = '3.2';
    inColumn[3] = 'Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022';
    const m = report(input('a.xlsx', vii([inText])), input('b.xlsx', vii([inColumn])));
    expect(m.tasks.map((t) => [t.number, t.source.file, t.alsoIn.map((s) => s.file)])).toEqual([['3.2', 'a.xlsx', ['b.xlsx']]]);
  });
});

describe('the lists of tasks coming due', () => {
  const rows = [
    act('3.1: Triển khai thực hiện các nhiệm vụ Kế hoạch CCHC năm 2022 của tỉnh.', 'Sở Nội vụ', '20/10/2022'),
    act('3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022', 'Sở Nội vụ', '05/10/2022'),
    act('3.3: Tăng cường tuyên truyền CCHC trong nội bộ từng cơ quan, đơn vị, địa phương.', 'Sở Nội vụ', '15/11/2022'),
    act('3.4: Duy trì và nâng cao chất lượng chuyên mục CCHC trên sóng phát thanh và truyền hình Tỉnh', 'Sở Nội vụ', '01/10/2022'),
    act('3.5: Cập nhật thường xuyên bài viết, thông tin hoạt động CCHC trên Trang Thông tin điện tử CCHC Tỉnh.', 'Sở Nội vụ', '30/09/2022'),
    act('3.6: Đăng các bài viết, thông tin hoạt động CCHC trên Báo Đồng Tháp.', 'Sở Nội vụ', '15/12/2022', 'Hoàn thành', { done: '20/09/2022' }),
    act('3.7: Tổ chức đi tham quan, học tập các mô hình, kinh nghiệm hay trong thực hiện CCHC', 'Sở Nội vụ', '31/12/2022'),
    act('3.8: Tổ chức Hội nghị công bố Chỉ số CCHC của các cơ quan, địa phương.', 'Sở Nội vụ', '15/01/2023'),
  ];
  it('due soon: open tasks due within 30 days by default, or the days given, the nearest first', () => {
    // Guards `opts.dueSoonDays ?? 30` (killed by `&&`), the filter and the sort of dueSoon.
    const by = (extra: { dueSoonDays?: number }) => reportWith(extra, input('so-noi-vu-quy-3.xlsx', vii(rows))).dueSoon.map((t) => [t.number, t.deadline]);
    expect(by({})).toEqual([
      ['3.5', '2022-09-30'],
      ['3.4', '2022-10-01'],
      ['3.2', '2022-10-05'],
      ['3.1', '2022-10-20'],
    ]);
    expect(by({ dueSoonDays: 5 })).toEqual([
      ['3.5', '2022-09-30'],
      ['3.4', '2022-10-01'],
      ['3.2', '2022-10-05'],
    ]);
  });
  it('due next quarter: open tasks from its first day to its last, not the as-of day, not one done already', () => {
    // Guards `t.deadline >= next.start` (killed by `>`), `t.deadline <= next.end` (killed by `true` and `<`) and
    // `!isCompleted(t) && t.deadline !== null` (killed by `true`).
    const m = report(input('so-noi-vu-quy-3.xlsx', vii(rows)));
    expect(m.dueNext).toMatchObject({ labelVi: 'Quý IV năm 2022', start: '2022-10-01', end: '2022-12-31' });
    expect(m.dueNext.tasks.map((t) => [t.number, t.deadline])).toEqual([
      ['3.4', '2022-10-01'],
      ['3.2', '2022-10-05'],
      ['3.1', '2022-10-20'],
      ['3.3', '2022-11-15'],
      ['3.7', '2022-12-31'],
    ]);
  });
});

describe('the order of agencies and areas', () => {
  // Guards the sorts of byAgency, overdueByAgency and byArea: known agencies first, then names not in the directory,
  // then "(Chưa có cơ quan chủ trì)", whatever their counts; within each, the most tasks first, then (overdue) the
  // longest overdue, then the name in Vietnamese order. Areas in the programme's order, then the others by name.
  const m = report(
    input(
      'ubnd-tinh-quy-3.xlsx',
      sections([
        [
          'VIII',
          'CÔNG TÁC THI ĐUA, KHEN THƯỞNG VỀ CẢI CÁCH HÀNH CHÍNH',
          [
            act('3.1: Tổ chức kiểm tra công tác cải cách hành chính', null, '10/09/2022'),
            act('3.2: Chấn chỉnh, khắc phục các hạn chế trong công tác thực hiện CCHC', null, '10/09/2022'),
            act('3.3: Khen thưởng tập thể, cá nhân có thành tích trong CCHC', null, '10/09/2022'),
          ],
        ],
        [
          'VII',
          'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
          [
            act('3.1: Triển khai thực hiện các nhiệm vụ Kế hoạch CCHC năm 2022 của tỉnh.', 'Sở Nộ vụ', '10/09/2022'),
            act('3.2: Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022', 'Sở Nộ vụ', '10/09/2022'),
            act('3.3: Tăng cường tuyên truyền CCHC trong nội bộ từng cơ quan, đơn vị, địa phương.', 'Sở Tư pháp', '10/09/2022'),
          ],
        ],
        [
          'IX',
          'CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG',
          [act('3.1: Bảo đảm an toàn thông tin cho hệ thống một cửa điện tử', 'Sở Công Thương', '10/09/2022')],
        ],
        [
          'I',
          'CẢI CÁCH THỂ CHẾ',
          [
            act('3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tài chính', '30/06/2022'),
            act('3.2: Theo dõi thi hành pháp luật', 'Sở Xây dựng', '10/09/2022'),
            act('3.3: Kiểm tra văn bản quy phạm pháp luật', 'Sở Xây dựng', '10/09/2022'),
          ],
        ],
      ]),
    ),
  );
  it('byAgency', () => {
    expect(m.byAgency.map((a) => [a.agency, a.total, a.known])).toEqual([
      ['Sở Xây dựng', 2, true],
      ['Sở Công Thương', 1, true],
      ['Sở Tài chính', 1, true],
      ['Sở Tư pháp', 1, true],
      ['Sở Nộ vụ', 2, false],
      [NO_LEAD, 3, false],
    ]);
  });
  it('overdueByAgency and the overdue list', () => {
    expect(m.overdueByAgency.map((a) => [a.agency, a.count, a.maxDaysOverdue, a.known])).toEqual([
      ['Sở Xây dựng', 2, 20, true],
      ['Sở Tài chính', 1, 92, true],
      ['Sở Công Thương', 1, 20, true],
      ['Sở Tư pháp', 1, 20, true],
      ['Sở Nộ vụ', 2, 20, false],
      [NO_LEAD, 3, 20, false],
    ]);
    expect(m.overdue.map((t) => t.leads[0] ?? NO_LEAD)).toEqual(['Sở Xây dựng', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Công Thương', 'Sở Tư pháp', 'Sở Nộ vụ', 'Sở Nộ vụ', NO_LEAD, NO_LEAD, NO_LEAD]);
  });
  it('byArea', () => {
    expect(m.byArea.map((a) => [a.area, a.total])).toEqual([
      ['Công tác chỉ đạo, điều hành CCHC', 3],
      ['Cải cách thể chế', 3],
      ['Công tác phòng, chống tham nhũng', 1],
      ['Công tác thi đua, khen thưởng về cải cách hành chính', 3],
    ]);
  });
});

describe('a report with no workbook', () => {
  // Guards `c.total === 0 ? null : …` in finish (killed by `false`: 0 / 0 is no rate).
  it('has no completion rate, and nothing in its lists', () => {
    const m = consolidate([], { period: Q3, asOf: AS_OF, generatedAt: GENERATED });
    expect(m.totals).toEqual({ ...ZERO, completionRate: null, completionRateOfDue: null, withoutLead: 0, budgetVnd: 0, budgetSourceTasks: 0, duplicatesMerged: 0, overdueByAge: { upTo30: 0, from31To90: 0, over90: 0 } });
    expect([m.byArea, m.byAgency, m.overdue, m.overdueByAgency, m.dueSoon, m.dueNext.tasks, m.indices, m.duplicates, m.conflicts, m.tasks, m.sources]).toEqual([[], [], [], [], [], [], [], [], [], [], []]);
    // The as-of date given says so, and the window runs from the period's data start to it.
    expect(m).toMatchObject({ asOf: AS_OF, asOfRule: 'given', window: { from: '2021-12-15', to: AS_OF }, generatedAt: GENERATED });
  });
});

/** Seed 003's SIPAS table, its first rows, cells as the seed writes them (three spaces before the rank). */
const SIPAS_TITLE = '2. Đối với Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà nước (SIPAS)';
const sipas = (target11 = '83%'): GridInput => ({
  name: 'Chỉ số SIPAS',
  values: [
    [SIPAS_TITLE, null, null, null],
    ['STT', 'Lĩnh vực/Tiêu chí', 'Năm 2023', 'Chỉ tiêu đến năm 2025'],
    ['1', 'Mức độ hài lòng của người dân đối với việc xây dựng, tổ chức thực hiện chính sách', '80.23%   (xếp thứ 45/63)', '83.25%   (xếp thứ 20-   30/63)'],
    ['1.1', 'Mức độ hài lòng của người dân đối với trách nhiệm giải trình của chính quyền', '79.21%', target11],
    ['1.2', 'Mức độ hài lòng của người dân đối với cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách', '79.46%', '82%'],
  ],
  merges: ['A1:D1'],
});

describe('index tables in the report', () => {
  it('show each value on one line, as written, and the table where its first component is', () => {
    // Guards text() in indexSummary (the `\s+` → ' ' and both trims) and the table's source cell.
    const m = report(input('dong-nai-2024-chi-so.xlsx', sipas()));
    expect(m.indices).toHaveLength(1);
    expect(m.indices[0]).toMatchObject({ source: { file: 'dong-nai-2024-chi-so.xlsx', sheet: 'Chỉ số SIPAS', cell: 'B3' }, index: 'SIPAS', title: SIPAS_TITLE, baselineHeader: 'Năm 2023', targetHeader: 'Chỉ tiêu đến năm 2025', latestHeader: null });
    expect(m.indices[0].components.map((c) => [c.number, c.baseline, c.target, c.latest])).toEqual([
      ['1', '80.23% (xếp thứ 45/63)', '83.25% (xếp thứ 20- 30/63)', null],
      ['1.1', '79.21%', '83%', null],
      ['1.2', '79.46%', '82%', null],
    ]);
  });
  it('keep a value’s text without the spaces around it, and no text for a blank cell', () => {
    const g = sipas('  83%  ');
    g.values[4][2] = '   ';
    const m = report(input('dong-nai-2024-chi-so.xlsx', g));
    expect(m.indices[0].components.map((c) => [c.number, c.baseline, c.target])).toEqual([
      ['1', '80.23% (xếp thứ 45/63)', '83.25% (xếp thứ 20- 30/63)'],
      ['1.1', '79.21%', '83%'],
      ['1.2', null, '82%'],
    ]);
  });
  it('are one table in copies of a workbook, and two when the values differ', () => {
    // Guards indexKey: the components' values are part of a table's identity.
    const m = report(input('ban-1/chi-so.xlsx', sipas()), input('ban-2/chi-so.xlsx', sipas()), input('ban-3/chi-so.xlsx', sipas('85%')));
    expect(m.indices.map((t) => [t.source.file, t.components[1].target])).toEqual([
      ['ban-1/chi-so.xlsx', '83%'],
      ['ban-3/chi-so.xlsx', '85%'],
    ]);
  });
  it('name the header of the latest results when the table has one', () => {
    // Seed 003's "PAR INDEX" sheet, with its "Kết quả năm 2024" column not yet filled in.
    const m = report(input('dong-nai-2024-chi-so.xlsx', indicesSeed.sheets[1]));
    expect(m.indices.map((t) => [t.index, t.baselineHeader, t.targetHeader, t.latestHeader])).toEqual([['PAR INDEX', 'Năm 2023', 'Chỉ tiêu đến năm 2025', 'Kết quả năm 2024']]);
  });
});

describe('an area spelled two ways', () => {
  // Guards areaName: areas are grouped by their folded name and shown by their first spelling.
  it('is one area, shown as first spelled', () => {
    const m = report(
      input('a.xlsx', sections([['VIII', 'Công tác Thi đua, khen thưởng về CCHC', [act('3.1: Khen thưởng tập thể, cá nhân có thành tích trong CCHC', 'Sở Nội vụ', '31/12/2022')]]])),
      input('b.xlsx', sections([['VIII', 'Công tác thi đua, khen thưởng về CCHC', [act('3.2: Tổ chức Hội nghị tổng kết công tác thi đua', 'Sở Nội vụ', '31/12/2022')]]])),
    );
    expect(m.byArea.map((a) => [a.area, a.total])).toEqual([['Công tác Thi đua, khen thưởng về CCHC', 2]]);
    expect(m.tasks.map((t) => t.area)).toEqual(['Công tác Thi đua, khen thưởng về CCHC', 'Công tác Thi đua, khen thưởng về CCHC']);
  });
});

describe('a lead one workbook’s directory knows and another’s does not', () => {
  // Guards `!seen || (a.known && !seen.known)` in Consolidator.add (killed by `true`, by `a.known && !seen.known` →
  // `false`, and by `!seen.known` → `seen.known`): a name any workbook's directory knows is known, whichever comes first.
  const CENTRE = 'Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh';
  const row = vii32({ lead: CENTRE });
  const plain = () => input('a.xlsx', vii([row]));
  const withDirectory = () => input('b.xlsx', vii([row]), { name: 'Danh mục cơ quan', values: [['STT', 'Tên cơ quan', 'Tên gọi khác'], ['1', CENTRE, 'Trung tâm XTTM&ĐT']] });

  it('is not in the default directory', () => {
    expect(report(plain()).byAgency).toEqual([expect.objectContaining({ agency: CENTRE, known: false })]);
  });
  it('not known to any, keeps the suggestion of the first workbook that names it', () => {
    // Guards `a.known && !seen.known` (killed by `||`, which takes the last workbook's suggestion instead).
    const typo = vii32({ lead: 'Sở Nộ vụ' });
    const m = report(input('a.xlsx', vii([typo])), input('b.xlsx', vii([typo]), { name: 'Danh mục cơ quan', values: [['STT', 'Tên cơ quan'], ['1', 'Sở Nội vụ tỉnh']] }));
    expect(m.byAgency).toEqual([expect.objectContaining({ agency: 'Sở Nộ vụ', known: false, suggestion: 'Sở Nội vụ', total: 1 })]);
    const other = report(input('b.xlsx', vii([typo]), { name: 'Danh mục cơ quan', values: [['STT', 'Tên cơ quan'], ['1', 'Sở Nội vụ tỉnh']] }), input('a.xlsx', vii([typo])));
    expect(other.byAgency).toEqual([expect.objectContaining({ agency: 'Sở Nộ vụ', known: false, suggestion: 'Sở Nội vụ tỉnh', total: 1 })]);
  });
  it('is known, in either order', () => {
    for (const m of [report(plain(), withDirectory()), report(withDirectory(), plain())]) {
      expect(m.byAgency).toEqual([{ ...ZERO, agency: CENTRE, total: 1, inProgress: 1, completionRate: 0, completionRateOfDue: null, budgetVnd: 0, budgetSourceTasks: 0, known: true, suggestion: null }]);
    }
  });
});

describe('rows of cchc reporting forms, which name their plan task in a key column, with no plan given', () => {
  // Guards sameItem (two rows that both name their plan task are one item exactly when they name the same one; a row
  // that names none is matched by its leads, section, number and text), `else if (this.plan) delete task.planKey`
  // (killed by `true`) and the reason of a merge without a plan (`this.plan && e.task.planKey`, killed by `||`).
  const KEY_1 = 'cchc1|ke-hoach-cchc-2022.xlsx|Phụ lục KH 367|VII|3.2|a1b2c3';
  const KEY_2 = 'cchc1|ke-hoach-cchc-2022.xlsx|Phụ lục 2|VII|3.2|d4e5f6';
  const form = (rows: Array<[CellValue[], string | null]>): GridInput => {
    const g = vii(rows.map(([r, key]) => [...r, key === null ? null : `${key}|Sở Nội vụ|1/1`]));
    g.values[1] = [...HEADER, 'Mã nhiệm vụ'];
    g.values[0] = [...g.values[0], null];
    g.values[2] = [...g.values[2], null];
    return g;
  };

  it('are one task when both name the same plan task, merged for the usual reason', () => {
    const m = report(input('a.xlsx', form([[vii32(), KEY_1]])), input('b.xlsx', form([[vii32(), KEY_1]])));
    expect(m.tasks.map((t) => [t.planKey, t.source.file, t.alsoIn.map((s) => s.file)])).toEqual([[KEY_1, 'a.xlsx', ['b.xlsx']]]);
    expect(m.duplicates.map((d) => d.reason)).toEqual([
      {
        vi: 'Cùng kế hoạch, cùng cơ quan chủ trì, cùng số thứ tự và nội dung: một nhiệm vụ được báo cáo nhiều lần, chỉ tính một lần.',
        en: 'Same plan, same lead agency, same item number and text: one task reported more than once, counted once.',
      },
    ]);
  });
  it('are two tasks when they name two plan tasks, though their words are the same', () => {
    const m = report(input('a.xlsx', form([[vii32(), KEY_1], [vii32(), KEY_2]])));
    expect(m.tasks.map((t) => t.planKey)).toEqual([KEY_1, KEY_2]);
    expect(m.totals.duplicatesMerged).toBe(0);
  });
  it('are one task with a row that names no plan task, in either order', () => {
    for (const m of [report(input('a.xlsx', form([[vii32(), null]])), input('b.xlsx', form([[vii32(), KEY_1]]))), report(input('b.xlsx', form([[vii32(), KEY_1]])), input('a.xlsx', form([[vii32(), null]])))]) {
      expect(m.tasks).toHaveLength(1);
      expect(m.totals.duplicatesMerged).toBe(1);
    }
  });
});

describe('the completion rate of the tasks come due', () => {
  // Guards `done + c.overdue === 0` in finish (killed by `done - c.overdue`, which has no rate when as many are done as overdue).
  it('is one half with one task done and one overdue', () => {
    const m = report(input('so-noi-vu-quy-3.xlsx', vii([vii310(), vii32({ time: 'Quý II/2022', status: 'Hoàn thành', done: '20/06/2022' })])));
    expect(m.totals).toMatchObject({ total: 2, completedOnTime: 1, overdue: 1, completionRate: 0.5, completionRateOfDue: 0.5 });
    expect(m.byAgency).toEqual([expect.objectContaining({ agency: 'Sở Nội vụ', total: 2, completionRate: 0.5, completionRateOfDue: 0.5 })]);
  });
});

describe('budgets', () => {
  // Guards the budget sums of countTasks: a task's budget goes to its first lead only, an amount to budgetVnd and a
  // named source (no amount) to budgetSourceTasks, on the totals and per agency.
  it('go to the first lead, amounts and sources apart', () => {
    const m = report(
      input(
        'so-noi-vu-quy-3.xlsx',
        vii([vii310({ lead: 'Sở Nội vụ, Sở Tư pháp', budget: '100 triệu' }), vii32({ lead: 'Sở Tư pháp, Sở Nội vụ', budget: 'Kinh phí tự chủ' })]),
      ),
    );
    expect(m.tasks.map((t) => [t.number, t.budgetVnd, t.budgetIsSource])).toEqual([
      ['3.10', 100e6, false],
      ['3.2', null, true],
    ]);
    expect(m.totals).toMatchObject({ budgetVnd: 100e6, budgetSourceTasks: 1 });
    expect(m.byAgency.map((a) => [a.agency, a.total, a.budgetVnd, a.budgetSourceTasks])).toEqual([
      ['Sở Nội vụ', 2, 100e6, 0],
      ['Sở Tư pháp', 2, 0, 1],
    ]);
  });
});

describe('a sub-section under a reform area', () => {
  // Guards `row.area ?? row.section` (killed by `&&`): the task counts in its reform area, and keeps its sub-section.
  it('counts in the area, with the sub-section as its section', () => {
    const g = vii([['1', 'Xây dựng, ban hành kế hoạch CCHC năm 2022', null, null, null, null, null, null, null, null, null], vii32()]);
    const m = report(input('so-noi-vu-quy-3.xlsx', g));
    expect(m.tasks.map((t) => [t.area, t.section])).toEqual([['Công tác chỉ đạo, điều hành CCHC', 'Xây dựng, ban hành kế hoạch CCHC năm 2022']]);
    expect(m.byArea.map((a) => [a.area, a.total])).toEqual([['Công tác chỉ đạo, điều hành CCHC', 1]]);
  });
});

describe('index gaps and findings', () => {
  it('give the gap between target and 2023 score, rounded to thousandths, none without a score', () => {
    // Guards round() in indexSummary.
    const g = sipas();
    g.values[4][2] = null;
    const m = report(input('dong-nai-2024-chi-so.xlsx', g));
    expect(m.indices[0].components.map((c) => [c.number, c.gapTargetBaseline, c.gapTargetLatest])).toEqual([
      ['1', 3.02, null],
      ['1.1', 3.79, null],
      ['1.2', null, null],
    ]);
  });
  it('list a component’s finding with its table, once', () => {
    // Guards the rows of the table's components in indexSummary (`(c) => c.row`) and the filter of the sheet's findings.
    const m = report(input('dong-nai-2024-chi-so.xlsx', sipas('78%')));
    expect(m.indices[0].findings.map((f) => [f.code, f.severity, f.cell, f.row])).toEqual([['target-below-baseline', 'warning', 'D4', 4]]);
    expect(m.findings).toEqual({ byCode: [{ code: 'target-below-baseline', severity: 'warning', count: 1 }], byAgency: [{ agency: INDEX_AGENCY, errors: 0, warnings: 1, infos: 0 }], total: 1 });
  });
  it('name no header for a column the table does not have', () => {
    // Guards `table.columns.baseline?.header` and `table.columns.target?.header` (killed by `.header`, which throws).
    const only = (header: string): GridInput => ({
      name: 'PAPI',
      values: [[PAPI_TITLE, null, null], ['STT', 'Chỉ số nội dung/ thành phần', header], ['1', 'Tham gia người dân ở cấp cơ sở', '6.90/10.00'], ['1.1', 'Tri thức công dân', '1.60/2.50']],
      merges: ['A1:C1'],
    });
    const m = report(input('a.xlsx', only('Chỉ tiêu đến năm 2025')), input('b.xlsx', only('Năm 2023')));
    expect(m.indices.map((t) => [t.baselineHeader, t.targetHeader, t.latestHeader])).toEqual([
      [null, 'Chỉ tiêu đến năm 2025', null],
      ['Năm 2023', null, null],
    ]);
  });
});

describe('rows that look alike but are not one item', () => {
  it('two leads, or one name with the line break between them lost, are two tasks, each with its own leads', () => {
    // Guards the '\u0001' between leads in itemIdentity and in the cache of lead lists (killed by '').
    const m = report(input('so-noi-vu-quy-3.xlsx', vii([vii32({ lead: 'Sở Nội vụSở Tư pháp' }), vii32({ lead: 'Sở Nội vụ\nSở Tư pháp' })])));
    expect(m.tasks.map((t) => t.leads)).toEqual([['Sở Nội vụSở Tư pháp'], ['Sở Nội vụ', 'Sở Tư pháp']]);
    expect(m.totals.duplicatesMerged).toBe(0);
  });
  it('a row with a stray dot for its number is the same item as the row with none', () => {
    // Guards `t.number ? normaliseNumber(t.number) : ''` in itemIdentity ('.' reads as no number; killed by a text for none).
    const plain = vii32();
    plain[3] = 'Xây dựng Báo cáo kết quả thực hiện công tác CCHC năm 2022';
    const dot = [...plain];
    dot[0] = '.';
    const m = report(input('a.xlsx', vii([plain])), input('b.xlsx', vii([dot])));
    expect(m.tasks.map((t) => [t.number, t.source.file, t.alsoIn.map((x) => x.file)])).toEqual([[null, 'a.xlsx', ['b.xlsx']]]);
  });
});

describe('a layout without a time column', () => {
  it('gives its tasks no deadline text and no deadline', () => {
    // Guards `row.fields.time?.text` (killed by `.text`, which throws without the column).
    const g: GridInput = {
      name: 'Giải pháp',
      values: [[TITLE, null, null, null], ['TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu'], ['1', 'Cải cách thể chế', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp']],
      merges: ['A1:D1'],
    };
    const m = report(input('giai-phap.xlsx', g));
    expect(m.tasks.map((t) => [t.number, t.deadlineText, t.deadline, t.progress, t.leads])).toEqual([['1', null, null, 'noDeadline', ['Sở Tư pháp']]]);
    expect(m.sources).toEqual([{ file: 'giai-phap.xlsx', sheet: 'Giải pháp', kind: 'task', rows: 1 }]);
  });
});

describe('a form row of another plan, with a plan given', () => {
  // Guards `else if (this.plan) delete task.planKey` (killed by `false`): a row the plan does not have keeps no plan
  // key, though its form names one (of another plan).
  it('is not in the plan, and names no plan task', () => {
    const planned = planOfGrids('ke-hoach-cchc-2022.xlsx', [vii([vii32(), vii310()])], AS_OF);
    if (!planned.ok) throw new Error(planned.message.en);
    const other = 'cchc1|ke-hoach-2021.xlsx|Phụ lục|VII|3.9|a1b2c3|Sở Nội vụ|1/1';
    const g = vii([[...vii39(), other]]);
    g.values[1] = [...HEADER, 'Mã nhiệm vụ'];
    const m = consolidate([input('so-noi-vu-quy-3.xlsx', g)], { period: Q3, asOf: AS_OF, generatedAt: GENERATED, plan: planned.plan });
    const row = m.tasks.find((t) => t.number === '3.9')!;
    expect(row.source.file).toBe('so-noi-vu-quy-3.xlsx');
    expect('planKey' in row).toBe(false);
    expect(m.tasks.filter((t) => t.progress === 'unreported').map((t) => t.number)).toEqual(['3.2', '3.10']);
    // Guards `held !== undefined` (the unreported count) and the plan summary in the model.
    expect(m.totals).toMatchObject({ total: 3, unreported: 2 });
    expect(m.plan).toMatchObject({ file: 'ke-hoach-cchc-2022.xlsx', total: 2, reported: 0, notInPlan: [{ file: 'so-noi-vu-quy-3.xlsx', title: vii39()[3] }] });
  });
  it('a plan task reported twice is merged under its plan key, for the plan’s reason', () => {
    // Guards `if (planTask) task.planKey = …` (killed by `false`), `this.plan && e.task.planKey` (killed by `false`)
    // and `held !== undefined` (a plan all reported still counts its unreported tasks: none).
    const planned = planOfGrids('ke-hoach-cchc-2022.xlsx', [vii([vii32()])], AS_OF);
    if (!planned.ok) throw new Error(planned.message.en);
    const m = consolidate([input('a.xlsx', vii([vii32()])), input('b.xlsx', vii([vii32({ lead: 'Sở Nội vụ, Sở Tư pháp' })]))], { period: Q3, asOf: AS_OF, generatedAt: GENERATED, plan: planned.plan });
    const kept = m.tasks.find((t) => t.number === '3.2')!;
    expect(kept.planKey).toBe(planned.plan.tasks[0].key);
    expect(kept.alsoIn.map((x) => x.file)).toEqual(['b.xlsx']);
    expect(m.totals).toMatchObject({ total: 1, unreported: 0, duplicatesMerged: 1 });
    expect(m.byAgency.map((a) => [a.agency, a.total, a.unreported])).toEqual([['Sở Nội vụ', 1, 0]]);
    expect(m.duplicates.map((d) => d.reason)).toEqual([
      {
        vi: 'Cùng một nhiệm vụ của kế hoạch gốc (theo mã, số thứ tự hoặc nội dung): báo cáo nhiều lần, chỉ tính một lần.',
        en: 'The same task of the plan (by key, item number or text): reported more than once, counted once.',
      },
    ]);
  });
});
