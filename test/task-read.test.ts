import { GridSchema } from '../core/grid/grid';
import { createSheetView } from '../core/grid/view';
import { readTaskSheet } from '../core/task/read';
import { getDefaultDirectory } from '../core/workbook';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { NINE_HEADER, nineColumnGrid, readGrid } from './helpers';

const read = (g: Parameters<typeof GridSchema.parse>[0]) => readTaskSheet(createSheetView(GridSchema.parse(g)), { directory: getDefaultDirectory(), defaultYear: 2024 })!;

describe('seed 004: the nine-column appendix with merged cells', () => {
  const sheet = read(seed004.sheets[0]);
  it('finds the header below the title rows and reads every activity', () => {
    expect(sheet.layout).toBe('nine-column');
    expect(sheet.headerRow).toBe(5);
    expect(sheet.planYear).toBe(2022);
    expect(sheet.rows).toHaveLength(39);
    expect(Object.keys(sheet.columns).sort()).toEqual(['activity', 'budget', 'completedOn', 'coordinating', 'goal', 'lead', 'number', 'output', 'status', 'task', 'time'].sort());
  });
  it('turns section rows into the area of the rows below them', () => {
    const areas = [...new Set(sheet.rows.map((r) => `${r.areaNumber} ${r.area}`))];
    expect(areas).toEqual([
      'I CẢI CÁCH THỂ CHẾ',
      'II CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      'III CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
      'IV CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
      'V CẢI CÁCH TÀI CHÍNH CÔNG',
      'VI XÂY DỰNG PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
      'VII CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
    ]);
    expect(sheet.rows.filter((r) => r.areaNumber === 'VII')).toHaveLength(12);
  });
  it('keeps the item number from the activity text ("3.1:", "3.11.")', () => {
    expect(sheet.rows.slice(0, 4).map((r) => r.number)).toEqual(['3.1', '3.2', '3.3', '3.4']);
    expect(sheet.rows.find((r) => r.fields.activity?.text?.startsWith('3.11.'))?.number).toBe('3.11');
  });
  it('spreads merged goal, task, lead, time and budget over their activities, pointing at the merged cell', () => {
    const [r31, r32] = sheet.rows;
    expect(r32.fields.goal?.via).toBe('merge');
    expect(r32.fields.goal?.source).toBe(r31.fields.goal?.cell);
    expect(r32.fields.goal?.text).toBe(r31.fields.goal?.text);
    expect(r32.fields.budget?.text).toBe('Theo Kế hoạch');
    expect(r32.fields.budget?.via).toBe('merge');
    expect(r32.fields.activity?.via).toBe('own');
    expect(r31.lead.map((a) => a.agency?.name)).toEqual(['Sở Tư pháp', 'UBND cấp huyện', 'UBND cấp xã']);
  });
  it('reads every time and budget of the seed: none is left unread', () => {
    expect(sheet.rows.filter((r) => r.deadlineReason)).toEqual([]);
    expect(sheet.rows.filter((r) => r.budgetReason)).toEqual([]);
    const kinds = sheet.rows.map((r) => r.deadline?.kind);
    expect(kinds.filter((k) => k === 'deadline').length).toBeGreaterThan(10);
    expect(kinds.filter((k) => k === 'recurring').length).toBeGreaterThan(10);
    expect(kinds.filter((k) => k === 'conditional').length).toBeGreaterThanOrEqual(4);
    const monthly = sheet.rows.find((r) => r.fields.budget?.text === '05 triệu/tháng');
    expect(monthly?.budget).toEqual({ kind: 'amount', vnd: 5e6, perMonth: true, annualVnd: 60e6 });
  });
  it('reads the status and completion-date columns', () => {
    const q1 = sheet.rows.find((r) => r.fields.time?.text === 'Quý I/2022')!;
    expect(q1.status).toBe('done');
    expect(q1.completedOn).toBe('2022-03-15');
  });
});

describe('seed 000: five columns, numbered sections, "Cơ quan tham mưu" as the lead', () => {
  const sheet = read(seed000.sheets[0]);
  it('reads 21 rows under 9 numbered sections', () => {
    expect(sheet.layout).toBe('five-column');
    expect(sheet.rows).toHaveLength(21);
    expect(new Set(sheet.rows.map((r) => r.area)).size).toBe(9);
    expect(sheet.rows[0].area).toBe('Công tác chỉ đạo, điều hành CCHC');
  });
  it('keeps a) b) đ) as item numbers, without confusing đ) with d)', () => {
    const finance = sheet.rows.filter((r) => r.area === 'Cải cách tài chính công').map((r) => r.number);
    expect(finance).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)']);
  });
  it('reads "Cơ quan tham mưu" as the lead and keeps bullets in the text', () => {
    const r = sheet.rows[0];
    expect(r.fields.lead?.text).toBeTruthy();
    expect(r.lead.length).toBeGreaterThan(0);
    expect(sheet.columns.lead?.header).toBe('Cơ quan tham mưu');
  });
  it('merged "Nội dung" spans its solution rows', () => {
    const a = sheet.rows.filter((r) => r.area === 'Cải cách TTHC' && r.fields.task?.text === 'Niêm yết công khai TTHC');
    expect(a.length).toBe(3);
    expect(a.map((r) => r.fields.task?.via)).toEqual(['own', 'merge', 'merge']);
  });
});

describe('seed 003: per-agency appendices, the lead named in the title', () => {
  it.each([
    ['PL1 Sở Nội vụ', 'Sở Nội vụ', 22],
    ['PL2 Sở Tư pháp', 'Sở Tư pháp', 11],
    ['PL3 VP UBND tỉnh', 'Văn phòng UBND tỉnh', 22],
    ['PL13 Thanh tra tỉnh', 'Thanh tra tỉnh', 6],
  ])('%s: every row is led by %s', (name, lead, count) => {
    const sheet = read(seed003.sheets.find((s) => s.name === name)!);
    expect(sheet.layout).toBe('per-agency');
    expect(sheet.rows).toHaveLength(count);
    for (const r of sheet.rows) {
      expect(r.fields.lead?.via).toBe('title');
      expect(r.lead.map((a) => a.agency?.name)).toEqual([lead]);
    }
  });
  it('sections are the indices (Chỉ số PAPI, SIPAS, PAR INDEX, PCI)', () => {
    const sheet = read(seed003.sheets[0]);
    expect([...new Set(sheet.rows.map((r) => r.area))]).toEqual(['Chỉ số PAPI', 'Chỉ số SIPAS', 'Chỉ số PAR INDEX', 'Chỉ số PCI']);
  });
  it('reads dates typed as text and dates stored as Excel serials alike', () => {
    const sheet = read(seed003.sheets[0]);
    const dated = sheet.rows.filter((r) => r.deadline?.kind === 'deadline').map((r) => r.deadline!.kind === 'deadline' && r.deadline!.date);
    expect(dated).toContain('2024-12-31');
    expect(dated).toContain('2024-09-30');
    expect(sheet.rows.some((r) => typeof r.fields.time?.raw === 'number')).toBe(true);
    expect(sheet.rows.some((r) => r.fields.time?.raw === '31/12/2024')).toBe(true);
  });
  it('a Roman-numbered row with its own task opens a section and is a task (PL13 "II Chỉ số PAR")', () => {
    const sheet = read(seed003.sheets.find((s) => s.name === 'PL13 Thanh tra tỉnh')!);
    const par = sheet.rows.find((r) => r.area === 'Chỉ số PAR');
    expect(par?.number).toBe('II');
  });
  it('group rows under a Roman section become sub-sections (PL23)', () => {
    const sheet = read(seed003.sheets.find((s) => s.name === 'PL23 UBND huyện')!);
    const first = sheet.rows[0];
    expect(first.area).toBe('Chỉ số PAPI');
    expect(first.section).toBe('Tham gia người dân ở cấp cơ sở');
    expect(first.number).toBe('1.1');
    expect(first.lead[0].agency?.name).toBe('UBND cấp huyện');
  });
});

describe('header matching by meaning', () => {
  it('accepts synonyms in any order and any spelling', () => {
    const header = ['STT', 'Đơn vị chủ trì', 'Nội dung nhiệm vụ', 'THỜI HẠN', 'Kinh phí thực hiện', 'Sản phẩm', 'Tình trạng', 'Ngày hoàn thành'].map((h) => h.normalize('NFD'));
    const sheet = read({ name: 'x', values: [header, [1, 'Sở Nội vụ', 'Báo cáo', 'Quý III/2024', '50 triệu', 'Báo cáo', 'Hoàn thành', '30/09/2024']] });
    expect(Object.keys(sheet.columns).sort()).toEqual(['budget', 'completedOn', 'lead', 'number', 'output', 'status', 'task', 'time']);
    expect(sheet.rows[0].deadline).toEqual({ kind: 'deadline', date: '2024-09-30', start: '2024-07-01', period: 'quarter' });
  });
  it('finds a header in row 25, and a table starting in column C', () => {
    const blank = Array.from({ length: 24 }, () => [null, null, null, null, null, null]);
    const sheet = read({
      name: 'x',
      values: [...blank, [null, null, 'TT', 'Nhiệm vụ', 'Chủ trì thực hiện', 'Thời gian hoàn thành'], [null, null, '1', 'Báo cáo quý', 'Sở Nội vụ', 'Quý III/2024']],
    });
    expect(sheet.headerRow).toBe(25);
    expect(sheet.rows[0].fields.task?.cell).toBe('D26');
  });
  it('is not fooled by a sheet without a task table', () => {
    const sheet = readTaskSheet(createSheetView(GridSchema.parse({ name: 'Ghi chú', values: [['Ghi chú'], ['Sổ này dùng để theo dõi']] })), { directory: getDefaultDirectory() });
    expect(sheet).toBeNull();
  });
  it('adds the origin of a grid that starts at C5 to every address', () => {
    const sheet = read({ name: 'x', origin: { row: 4, col: 2 }, values: [['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'], ['1', 'Báo cáo', 'Sở Nội vụ', 'Quý III/2024']] });
    expect(sheet.rows[0].row).toBe(6);
    expect(sheet.rows[0].fields.lead?.cell).toBe('E6');
  });
});

describe('merged cells and lost merges', () => {
  const rows = [
    [null, '1.1: Mục tiêu A', '2.1: Nhiệm vụ A', '3.1: Hoạt động một', 'Báo cáo', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2022', '150 triệu'],
    [null, null, null, '3.2: Hoạt động hai', 'Kế hoạch', null, 'Sở Nội vụ', null, null],
  ];
  it('with merges, lead, time and budget span both activities', () => {
    const sheet = readGrid(nineColumnGrid(rows, { merges: ['B4:B5', 'C4:C5', 'F4:F5', 'H4:H5', 'I4:I5'] }));
    const second = sheet.rows[1];
    expect(second.lead.map((a) => a.agency?.name)).toEqual(['Sở Tư pháp']);
    expect(second.fields.time?.text).toBe('Quý I/2022');
    expect(second.fields.budget?.source).toBe('I4');
  });
  it('without merges, goal and task carry on from the row above, but the lead does not', () => {
    const sheet = readGrid(nineColumnGrid(rows));
    const second = sheet.rows[1];
    expect(second.fields.goal).toMatchObject({ text: '1.1: Mục tiêu A', via: 'above', source: 'B4' });
    expect(second.fields.task).toMatchObject({ text: '2.1: Nhiệm vụ A', via: 'above' });
    expect(second.fields.lead?.text).toBeNull();
    expect(second.lead).toEqual([]);
  });
  it('does not carry a goal across a section', () => {
    const sheet = readGrid(nineColumnGrid([rows[0], ['II', 'CẢI CÁCH TTHC', null, null, null, null, null, null, null], rows[1]]));
    expect(sheet.rows[1].fields.goal?.text).toBeNull();
    expect(sheet.rows[1].area).toBe('CẢI CÁCH TTHC');
  });
  it('header cells can be written with NFD text and line breaks', () => {
    const sheet = readGrid(nineColumnGrid([rows[0]], { header: NINE_HEADER.map((h) => h.normalize('NFD').replace(' ', '\n')) }));
    expect(sheet.layout).toBe('nine-column');
  });
});
