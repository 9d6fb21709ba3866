import { validateWorkbook } from '../core/workbook';
import { TASK_CODES } from '../core/task/rules';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { codes, findingsOf, nineColumnGrid } from './helpers';

/** A clean row of seed 004 (I 3.1), to which each test adds one problem. */
const row = (over: Partial<Record<'goal' | 'task' | 'activity' | 'output' | 'lead' | 'coord' | 'time' | 'budget', string | number | null>> = {}) => [
  null,
  'goal' in over ? over.goal! : '1.1: Triển khai thực hiện hiệu quả các thể chế',
  'task' in over ? over.task! : '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp',
  'activity' in over ? over.activity! : '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý',
  'output' in over ? over.output! : 'Quyết định công bố văn bản',
  'lead' in over ? over.lead! : 'Sở Tư pháp, UBND cấp huyện, cấp xã.',
  'coord' in over ? over.coord! : 'Các sở, ban, ngành tỉnh.',
  'time' in over ? over.time! : 'Trong năm 2022',
  'budget' in over ? over.budget! : 'Theo Kế hoạch',
];

describe('each finding code on a real-shaped row', () => {
  it('a clean row has no findings', () => {
    expect(findingsOf(nineColumnGrid([row()]))).toEqual([]);
  });

  it('missing-lead: an empty lead that is not merged from above', () => {
    const f = findingsOf(nineColumnGrid([row(), row({ activity: '3.2: Xây dựng Báo cáo', lead: null })]));
    expect(codes(f)).toEqual(['F5 missing-lead']);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: 'Phụ lục', row: 5, column: 6, header: '5-Chủ trì', value: null });
    expect(f[0].message.vi).toBe('Nhiệm vụ chưa có cơ quan chủ trì.');
    expect(f[0].message.en).toBe('The task has no lead agency.');
  });

  it('no missing-lead when the lead is merged from above', () => {
    const grid = nineColumnGrid([row(), row({ activity: '3.2: Xây dựng Báo cáo', lead: null })], { merges: ['F4:F5'] });
    expect(findingsOf(grid)).toEqual([]);
  });

  it('deadline-expired: before the as-of date and not reported done; days counted', () => {
    const f = findingsOf(nineColumnGrid([row({ time: 'Quý II/2022' })]), '2022-10-15');
    expect(codes(f)).toEqual(['H4 deadline-expired']);
    expect(f[0].message.vi).toContain('107 ngày');
    expect(f[0].message.vi).toContain('30/06/2022');
  });

  it('no deadline-expired once the status says done, or a completion date is given', () => {
    const header = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí', 'Tình trạng', 'Ngày hoàn thành'];
    const grid = nineColumnGrid(
      [
        [...row({ time: 'Quý II/2022' }), 'Hoàn thành', '20/06/2022'],
        [...row({ activity: '3.2: b', time: 'Quý II/2022' }), null, 44742],
        [...row({ activity: '3.3: c', time: 'Quý II/2022' }), 'Đang thực hiện', null],
      ],
      { header },
    );
    expect(codes(findingsOf(grid))).toEqual(['H6 deadline-expired']);
  });

  it('deadline-due-soon: within 30 days (info)', () => {
    const f = findingsOf(nineColumnGrid([row({ time: 'Tháng 11/2022' })]), '2022-11-05');
    expect(codes(f)).toEqual(['H4 deadline-due-soon']);
    expect(f[0].severity).toBe('info');
    expect(f[0].message.vi).toBe('Còn 25 ngày đến hạn (30/11/2022).');
  });

  it('deadline-missing: an empty time cell (warning)', () => {
    const f = findingsOf(nineColumnGrid([row({ time: null })]));
    expect(codes(f)).toEqual(['H4 deadline-missing']);
    expect(f[0].severity).toBe('warning');
  });

  it('deadline-unparsed: text that is no time; recurring and conditional times are fine', () => {
    const grid = nineColumnGrid([
      row({ time: 'Sớm nhất có thể' }),
      row({ activity: '3.2: x', time: 'Thường xuyên' }),
      row({ activity: '3.3: y', time: 'Theo Đề án' }),
      row({ activity: '3.4: z', time: '31/02/2022' }),
    ]);
    const f = findingsOf(grid);
    expect(codes(f)).toEqual(['H4 deadline-unparsed', 'H7 deadline-unparsed']);
    expect(f[1].message.vi).toContain('Ngày không tồn tại');
  });

  it('budget-unparsed: reported once for a merged budget cell', () => {
    const grid = nineColumnGrid([row({ budget: 'khoảng vài chục' }), row({ activity: '3.2: x', budget: null })], { merges: ['I4:I5'] });
    expect(codes(findingsOf(grid))).toEqual(['I4 budget-unparsed']);
  });

  it('unknown-agency: with the closest known name as a suggestion', () => {
    const f = findingsOf(nineColumnGrid([row({ lead: 'Sở Tài chánh' })]));
    expect(codes(f)).toEqual(['F4 unknown-agency']);
    expect(f[0].suggestion).toBe('Sở Tài chính');
    expect(f[0].message.vi).toContain('Có phải là “Sở Tài chính”?');
    expect(f[0].message.en).toContain('Did you mean “Sở Tài chính”?');
  });

  it('lead-also-coordinating: one finding naming every agency in both', () => {
    const f = findingsOf(nineColumnGrid([row({ lead: 'Sở Nội vụ', coord: 'Sở Nội Vụ, Sở Tư pháp' })]));
    expect(codes(f)).toEqual(['G4 lead-also-coordinating']);
    expect(f[0].message.vi).toBe('“Sở Nội vụ” vừa chủ trì vừa phối hợp thực hiện.');
  });

  it('missing-output: only where the layout has an output column', () => {
    expect(codes(findingsOf(nineColumnGrid([row({ output: null })])))).toEqual(['E4 missing-output']);
  });

  it('missing-task-text: data in the row but no activity (error)', () => {
    const f = findingsOf(nineColumnGrid([row(), row({ activity: null, output: 'Báo cáo' })]));
    expect(codes(f)).toEqual(['D5 missing-task-text']);
    expect(f[0].severity).toBe('error');
  });

  it('duplicate-number: the same item number twice in one section, not across sections', () => {
    const grid = nineColumnGrid([row(), row({ activity: '3.1: Lặp lại' }), ['II', 'CẢI CÁCH TTHC', null, null, null, null, null, null, null], row()]);
    const f = findingsOf(grid);
    expect(codes(f)).toEqual(['D5 duplicate-number']);
    expect(f[0].message.vi).toContain('D4');
  });

  it('status-unknown: a status nobody can read', () => {
    const header = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí', 'Tiến độ'];
    const f = findingsOf(nineColumnGrid([[...row(), 'Tốt']], { header }));
    expect(codes(f)).toEqual(['J4 status-unknown']);
  });

  it('cell-error: #REF! and #N/A in cells, and no second finding for the same cell', () => {
    const f = findingsOf(nineColumnGrid([row({ lead: '#REF!', budget: '#N/A' })]));
    expect(codes(f)).toEqual(['F4 cell-error', 'I4 cell-error']);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it('every code the rules emit is a declared code', () => {
    const all = [
      ...findingsOf(nineColumnGrid([row({ lead: null, time: 'x', budget: 'y', output: null, coord: 'Sở Tư pháp' }), row({ activity: null })])),
    ];
    for (const f of all) expect(TASK_CODES).toContain(f.code);
  });
});

describe('the seeds as a reviewer would read them (as of 15/10/2022)', () => {
  const result = validateWorkbook([...seed004.sheets, ...seed000.sheets, ...seed003.sheets], { asOf: '2022-10-15' });
  const all = result.sheets.flatMap((s) => s.findings);

  it('no missing-lead anywhere: leads merged from above or named in the title count', () => {
    expect(all.filter((f) => f.code === 'missing-lead')).toEqual([]);
  });
  it('seed 004: only the Quý II/2022 item still "Đang thực hiện" is overdue', () => {
    const s = result.sheets.find((x) => x.name === 'Phụ lục KH 367')!;
    expect(s.findings.map((f) => `${f.cell} ${f.code} ${f.value}`)).toEqual(['H49 deadline-expired Quý II/2022']);
  });
  it('seed 000: its two-paragraph row names Sở Tài chính as lead and coordinator', () => {
    const s = result.sheets.find((x) => x.name === 'Phụ lục chỉ số 2022')!;
    expect(s.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(['E24 lead-also-coordinating']);
  });
  it('seed 003 appendices: no findings in 2022 (their deadlines are in 2024)', () => {
    for (const s of result.sheets.filter((x) => x.name.startsWith('PL'))) expect(s.findings).toEqual([]);
  });
  it('seed 003 as of 05/12/2024: 30/9 is expired, every 31/12 is due soon', () => {
    const r = validateWorkbook(seed003.sheets, { asOf: '2024-12-05' });
    const pl1 = r.sheets.find((s) => s.name === 'PL1 Sở Nội vụ')!;
    expect(pl1.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      'E15 deadline-due-soon',
      'E17 deadline-expired',
      'E19 deadline-due-soon',
      'E20 deadline-due-soon',
      'E27 deadline-due-soon',
      'E28 deadline-due-soon',
    ]);
  });
  it('every finding points inside its sheet and carries both languages', () => {
    for (const f of all) {
      expect(f.row).toBeGreaterThan(0);
      expect(f.message.vi.length).toBeGreaterThan(5);
      expect(f.message.en.length).toBeGreaterThan(5);
    }
  });
});
