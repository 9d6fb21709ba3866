/**
 * Each task rule of the registry on a real-shaped row (seed 004's I 3.1): a positive case (the finding is
 * there, at its cell), a negative case (the nearest thing that is fine), and a boundary case (where the rule
 * stops). A rule added to the registry without its three cases fails the first test.
 */
import { TASK_CODES, TASK_RULES } from '../core/task/rules';
import type { CellValue, GridInput } from '../core/grid/grid';
import { codes, findingsOf, nineColumnGrid, row31, trackedGrid, type RowChange } from './helpers';

/** A clean row of seed 004 (I 3.1) with the lead its appendix gives, to which each case adds one problem. */
const row = (over: RowChange = {}): CellValue[] => row31({ lead: 'Sở Tư pháp, UBND cấp huyện, cấp xã.', ...over });
/** A row with the progress columns a quarterly report adds. */
const tracked = (over: RowChange, status: CellValue, done: CellValue) => [...row(over), status, done];
const grid = (...rows: CellValue[][]) => nineColumnGrid(rows);

type Case = { grid: GridInput; asOf?: string; expect: string[] };
const CASES: Record<string, { positive: Case; negative: Case; boundary: Case }> = {
  'missing-lead': {
    positive: { grid: grid(row(), row({ activity: '3.2: Xây dựng Báo cáo', lead: null })), expect: ['F5 missing-lead'] },
    negative: { grid: nineColumnGrid([row(), row({ activity: '3.2: Xây dựng Báo cáo', lead: null })], { merges: ['F4:F5'] }), expect: [] },
    // A cell that names nobody is no lead: "(không)", ".", "-", "Không".
    boundary: {
      grid: grid(row({ lead: '(không)' }), row({ activity: '3.2: b', lead: '.' }), row({ activity: '3.3: c', lead: '-' }), row({ activity: '3.4: d', lead: 'Không' })),
      expect: ['F4 missing-lead', 'F5 missing-lead', 'F6 missing-lead', 'F7 missing-lead'],
    },
  },
  'deadline-expired': {
    positive: { grid: grid(row({ time: 'Quý II/2022' })), asOf: '2022-10-15', expect: ['H4 deadline-expired'] },
    negative: { grid: trackedGrid(tracked({ time: 'Quý II/2022' }, 'Hoàn thành', '20/06/2022')), asOf: '2022-10-15', expect: [] },
    // Due today is not expired (it is due soon); the day after, it is.
    boundary: { grid: grid(row({ time: '30/06/2022' }), row({ activity: '3.2: b', time: '29/06/2022' })), asOf: '2022-06-30', expect: ['H4 deadline-due-soon', 'H5 deadline-expired'] },
  },
  'deadline-due-soon': {
    positive: { grid: grid(row({ time: 'Tháng 11/2022' })), asOf: '2022-11-05', expect: ['H4 deadline-due-soon'] },
    negative: { grid: trackedGrid(tracked({ time: 'Tháng 11/2022' }, 'Hoàn thành', '01/11/2022')), asOf: '2022-11-05', expect: [] },
    // 30 days ahead is due soon, 31 is not.
    boundary: { grid: grid(row({ time: '04/12/2022' }), row({ activity: '3.2: b', time: '05/12/2022' })), asOf: '2022-11-04', expect: ['H4 deadline-due-soon'] },
  },
  'deadline-missing': {
    positive: { grid: grid(row({ time: null })), expect: ['H4 deadline-missing'] },
    negative: { grid: nineColumnGrid([row(), row({ activity: '3.2: b', time: null })], { merges: ['H4:H5'] }), expect: [] },
    // Only where the layout has a time column: seed 000's five columns have none.
    boundary: { grid: { name: 'x', values: [['TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu', 'Cơ quan phối hợp thực hiện'], ['a)', 'Niêm yết TTHC', 'Công khai 100% TTHC', 'Sở Nội vụ', 'Sở Tư pháp']] }, expect: [] },
  },
  'deadline-unparsed': {
    positive: { grid: grid(row({ time: 'Sớm nhất có thể' })), expect: ['H4 deadline-unparsed'] },
    negative: { grid: grid(row({ time: 'Thường xuyên' }), row({ activity: '3.2: b', time: 'Theo Đề án' }), row({ activity: '3.3: c', time: 'Khi có quy định của Bộ Công an' })), expect: [] },
    // A date that does not exist, and one unreadable merged cell said once.
    boundary: { grid: nineColumnGrid([row({ time: '31/02/2022' }), row({ activity: '3.2: b', time: 'x' }), row({ activity: '3.3: c', time: null })], { merges: ['H5:H6'] }), expect: ['H4 deadline-unparsed', 'H5 deadline-unparsed'] },
  },
  'budget-unparsed': {
    positive: { grid: grid(row({ budget: 'khoảng vài chục' })), expect: ['I4 budget-unparsed'] },
    negative: { grid: grid(row({ budget: '1,5 tỷ' }), row({ activity: '3.2: b', budget: 'Kinh phí tự chủ' }), row({ activity: '3.3: c', budget: '05 triệu/tháng' })), expect: [] },
    boundary: { grid: nineColumnGrid([row({ budget: 'khoảng vài chục' }), row({ activity: '3.2: x', budget: null })], { merges: ['I4:I5'] }), expect: ['I4 budget-unparsed'] },
  },
  'unknown-agency': {
    positive: { grid: grid(row({ lead: 'Sở Tài chánh' })), expect: ['F4 unknown-agency'] },
    negative: { grid: grid(row({ lead: 'SỞ TÀI CHÍNH', coord: 'Các cơ quan, đơn vị có liên quan' })), expect: [] },
    // Tone marks placed the other way and NFD are the same name; one unknown name in a list is one finding.
    boundary: { grid: grid(row({ lead: 'Toà án nhân dân tỉnh'.normalize('NFD'), coord: 'Sở Nội vụ, Phòng Vô Danh' })), expect: ['G4 unknown-agency'] },
  },
  'lead-also-coordinating': {
    positive: { grid: grid(row({ lead: 'Sở Nội vụ', coord: 'Sở Nội Vụ, Sở Tư pháp' })), expect: ['G4 lead-also-coordinating'] },
    negative: { grid: grid(row({ lead: 'Sở Nội vụ', coord: 'Sở Tư pháp' })), expect: [] },
    // Paragraphs paired line by line: a contradiction only within one pair (line 2 here), not across pairs.
    boundary: {
      grid: grid(row({ lead: 'Sở Tài chính\nSở Y tế', coord: 'Sở Nội vụ\nSở Tài chính' }), row({ activity: '3.2: b', lead: 'Sở Tài chính\nSở Y tế', coord: 'Sở Nội vụ\nSở Y tế' })),
      expect: ['G5 lead-also-coordinating'],
    },
  },
  'missing-output': {
    positive: { grid: grid(row({ output: null })), expect: ['E4 missing-output'] },
    negative: { grid: nineColumnGrid([row(), row({ activity: '3.2: b', output: null })], { merges: ['E4:E5'] }), expect: [] },
    boundary: { grid: { name: 'x', values: [['TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu', 'Cơ quan phối hợp thực hiện'], ['a)', 'Niêm yết TTHC', 'Công khai 100% TTHC', 'Sở Nội vụ', null]] }, expect: [] },
  },
  'missing-task-text': {
    positive: { grid: grid(row(), row({ activity: null, output: 'Báo cáo' })), expect: ['D5 missing-task-text'] },
    negative: { grid: nineColumnGrid([row(), row({ activity: null })], { merges: ['D4:D5'] }), expect: [] },
    // A row of nothing but its number is no task; a row with only an output is one without text.
    boundary: { grid: grid(row(), [null, null, null, null, 'Báo cáo', null, null, null, null], ['3.3', null, null, null, null, null, null, null, null]), expect: ['D5 missing-task-text'] },
  },
  'duplicate-number': {
    positive: { grid: grid(row(), row({ activity: '3.1: Lặp lại' })), expect: ['D5 duplicate-number'] },
    negative: { grid: grid(row(), ['II', 'CẢI CÁCH TTHC', null, null, null, null, null, null, null], row()), expect: [] },
    // "3.1:" and "3.1." are one number; "3.10" is another.
    boundary: { grid: grid(row(), row({ activity: '3.1. Lặp lại' }), row({ activity: '3.10: Khác' })), expect: ['D5 duplicate-number'] },
  },
  'status-unknown': {
    positive: { grid: trackedGrid(tracked({}, 'Tốt', null)), expect: ['J4 status-unknown'] },
    negative: { grid: trackedGrid(tracked({}, 'Đang thực hiện', null), tracked({ activity: '3.2: b' }, 'Trễ hạn', '01/03/2022'), tracked({ activity: '3.3: c' }, '80%', null)), expect: [] },
    // Empty is "not reported", not unknown; a number above 100 % is unknown.
    boundary: { grid: trackedGrid(tracked({}, null, null), tracked({ activity: '3.2: b' }, 250, null)), expect: ['J5 status-unknown'] },
  },
  'completion-date-unparsed': {
    positive: { grid: trackedGrid(tracked({}, 'Hoàn thành', 'xong rồi')), expect: ['K4 completion-date-unparsed'] },
    negative: { grid: trackedGrid(tracked({}, 'Hoàn thành', 44742)), expect: [] },
    // A period is not a day.
    boundary: { grid: trackedGrid(tracked({}, 'Hoàn thành', 'Quý III/2022')), expect: ['K4 completion-date-unparsed'] },
  },
  'completed-before-start': {
    positive: { grid: trackedGrid(tracked({ time: 'Quý IV/2022' }, 'Hoàn thành', '15/03/2022')), asOf: '2022-12-31', expect: ['K4 completed-before-start'] },
    negative: { grid: trackedGrid(tracked({ time: 'Quý IV/2022' }, 'Hoàn thành', '15/11/2022')), asOf: '2022-12-31', expect: [] },
    // The period's first day is not before it; a single-day deadline has no period to start.
    boundary: { grid: trackedGrid(tracked({ time: 'Quý IV/2022' }, 'Hoàn thành', '01/10/2022'), tracked({ activity: '3.2: b', time: '31/12/2022' }, 'Hoàn thành', '15/03/2022')), asOf: '2022-12-31', expect: [] },
  },
  'cell-error': {
    positive: { grid: grid(row({ lead: '#REF!', budget: '#N/A' })), expect: ['F4 cell-error', 'I4 cell-error'] },
    negative: { grid: grid(row({ activity: '3.1: Ghi chú #REF! trong văn bản' })), expect: [] },
    // The errored cell gets no second finding (no missing-lead, no unknown-agency).
    boundary: { grid: grid(row({ lead: ' #N/A ' })), expect: ['F4 cell-error'] },
  },
};

describe('the rule registry', () => {
  it('has a positive, a negative and a boundary case for every rule, and no case for a rule it lacks', () => {
    expect(Object.keys(CASES).sort()).toEqual([...TASK_CODES].sort());
  });
  it('gives every rule a unique code, a severity and bilingual words', () => {
    expect(new Set(TASK_CODES).size).toBe(TASK_RULES.length);
    for (const r of TASK_RULES) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      for (const m of [r.label, r.meaning]) expect([r.code, m.vi.length > 3, m.en.length > 3]).toEqual([r.code, true, true]);
    }
  });
});

describe.each(Object.entries(CASES))('%s', (code, cases) => {
  const rule = TASK_RULES.find((r) => r.code === code)!;
  for (const kind of ['positive', 'negative', 'boundary'] as const) {
    it(`${kind}: ${JSON.stringify(cases[kind].expect)}`, () => {
      const found = findingsOf(cases[kind].grid, cases[kind].asOf ?? '2022-10-15');
      // Other rules may speak on the same row; this rule's findings must be exactly the expected ones.
      const own = cases[kind].expect.map((e) => e.split(' ')[1]);
      expect(codes(found.filter((f) => f.code === code || own.includes(f.code)))).toEqual(cases[kind].expect);
      for (const f of found.filter((x) => x.code === code)) {
        expect(f.severity).toBe(rule.severity);
        expect(f.message.vi).not.toBe(f.message.en);
      }
    });
  }
});

describe('what the findings say', () => {
  it('missing-lead at the lead cell, with its header, in both languages', () => {
    const [f] = findingsOf(grid(row(), row({ activity: '3.2: Xây dựng Báo cáo', lead: null })));
    expect(f).toMatchObject({ severity: 'error', sheet: 'Phụ lục', row: 5, column: 6, header: '5-Chủ trì', value: null });
    expect(f.message).toEqual({ vi: 'Nhiệm vụ chưa có cơ quan chủ trì.', en: 'The task has no lead agency.' });
  });
  it('deadline-expired counts the days and says when a completion came after the as-of date', () => {
    const [f] = findingsOf(trackedGrid(tracked({ time: 'Quý II/2022' }, 'Hoàn thành', '14/10/2022')), '2022-09-30');
    expect(f.code).toBe('deadline-expired');
    expect(f.message.vi).toBe('Đã quá hạn 92 ngày (hạn 30/06/2022) tính đến ngày xét; báo cáo hoàn thành ngày 14/10/2022, sau ngày xét.');
    // A sheet that reports nothing shows the task as not reported complete, not as "not done".
    const [bare] = findingsOf(grid(row({ time: 'Quý II/2022' })), '2022-09-30');
    expect(bare.message).toEqual({ vi: 'Đã quá hạn 92 ngày (hạn 30/06/2022) mà chưa báo cáo hoàn thành.', en: '92 days past the deadline (30/06/2022) and not reported complete.' });
  });
  it('unknown-agency suggests the closest known name', () => {
    const [f] = findingsOf(grid(row({ lead: 'Sở Tài chánh' })));
    expect(f.suggestion).toBe('Sở Tài chính');
    expect(f.message.vi).toContain('Có phải là “Sở Tài chính”?');
    expect(f.message.en).toContain('Did you mean “Sở Tài chính”?');
  });
  it('due soon counts down to "today"', () => {
    expect(findingsOf(grid(row({ time: 'Tháng 11/2022' })), '2022-11-05')[0].message.vi).toBe('Còn 25 ngày đến hạn (30/11/2022).');
    expect(findingsOf(grid(row({ time: '30/11/2022' })), '2022-11-30')[0].message.vi).toBe('Đến hạn hôm nay (30/11/2022).');
  });
  it('a clean row has no findings', () => {
    expect(findingsOf(grid(row()))).toEqual([]);
  });
});
