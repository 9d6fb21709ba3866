/**
 * The task-sheet reader (core/task: header, read, fields, row, sections, table-end, areas) at its edges: each
 * test fails when the line it names is changed (each was checked by changing that line by hand and running this
 * file; they are the mutants a StrykerJS run left alive). Rows are seed 004's (I 3.1, VII 3.10), seed 000's
 * and seed 003's, in the layouts plans use: nine columns, five columns, per-agency lists.
 */
import type { CellValue, GridInput } from '../core/grid/grid';
import { canonicalArea } from '../core/report';
import { areaOrder, UNCLASSIFIED_AREA } from '../core/task/areas';
import { itemNumberOf, normaliseNumber } from '../core/task/read';
import { findingsOf, NINE_HEADER, nineColumnGrid, readGrid, row31, ROW_31, SECTION_I } from './helpers';

const TITLE = 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022';
const EMPTY9: CellValue[] = [null, null, null, null, null, null, null, null, null];

describe('the first data row: past a "(1) (2) (3)" row and a header written on two rows', () => {
  // Guards `n >= 3` in header.ts isNumberingRow and `first++` in read.ts firstDataRow.
  it('a numbering row "(1) … (9)" under the header is not a task', () => {
    const numbering = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'];
    const sheet = readGrid({ name: 'Phụ lục', values: [[TITLE, ...EMPTY9.slice(1)], NINE_HEADER, numbering, SECTION_I, ROW_31], merges: ['B4:I4'] });
    expect(sheet.headerRow).toBe(2);
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number, r.area])).toEqual([[5, '3.1', 'CẢI CÁCH THỂ CHẾ']]);
  });
  it('three columns numbered "1 2 3" are a numbering row too (three numbers are enough)', () => {
    const sheet = readGrid({
      name: 'PL2 Sở Tư pháp',
      values: [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024', null, null],
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
        ['1', '2', '3'],
        ['1', 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết', 'Sở Tư pháp'],
      ],
    });
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number, r.title])).toEqual([[4, '1', 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết']]);
  });
  // Guards `n >= 3` (an empty row names no column) and `merged > 0` in header.ts rowIsHeaderContinuation.
  it('an empty row under the header is where the data starts: it is neither a numbering row nor the header\'s second line', () => {
    const sheet = readGrid({ name: 'Phụ lục', values: [[TITLE, ...EMPTY9.slice(1)], NINE_HEADER, EMPTY9, SECTION_I, ROW_31], merges: ['B4:I4'] });
    expect(sheet.firstDataRow).toBe(3);
    expect(sheet.rows.map((r) => r.row)).toEqual([5]);
  });
  // Guards `merged++` and `merged > 0` in header.ts rowIsHeaderContinuation: its second line is the header's.
  it('a header merged down over two rows starts the data on the third', () => {
    const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:I3', 'B5:I5'];
    const sheet = readGrid({ name: 'Phụ lục', values: [[TITLE, ...EMPTY9.slice(1)], NINE_HEADER, EMPTY9, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'], SECTION_I, ROW_31], merges });
    expect(sheet.headerRow).toBe(2);
    expect(sheet.firstDataRow).toBe(5);
    expect(sheet.rows.map((r) => r.row)).toEqual([6]);
  });
  it('"Thời gian thực hiện" split into start and end on a second header line: that line is not a task', () => {
    const sheet = readGrid({
      name: 'Phụ lục',
      values: [
        ['KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2024', null, null, null, null, null],
        ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', null],
        [null, null, null, null, 'Thời gian bắt đầu', 'Thời gian hoàn thành'],
        ['1', 'Công khai, minh bạch các thông tin về quy hoạch, kế hoạch sử dụng đất', 'Sở Tài nguyên và Môi trường', 'UBND cấp huyện', 'Tháng 01/2024', 'Tháng 12/2024'],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2'],
    });
    expect(sheet.headerRow).toBe(2);
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number, r.title])).toEqual([[4, '1', 'Công khai, minh bạch các thông tin về quy hoạch, kế hoạch sử dụng đất']]);
  });
});

describe('a row read into its fields', () => {
  const HEADER = [...NINE_HEADER, 'Tình trạng', 'Ngày hoàn thành'];
  const withDone = (done: CellValue, more: CellValue[] = []): GridInput =>
    nineColumnGrid([[...ROW_31.slice(0, 7), 'Quý I/2022', 'Theo Kế hoạch', 'Đã hoàn thành', done, ...more]], { header: HEADER });

  // Guards the reason object in row.ts: a completion date that is a period, not a day.
  it('a completion date written as a month is "not a day", said in both languages', () => {
    const [r] = readGrid(withDone('Tháng 3/2022')).rows;
    expect(r.completedOn).toBeNull();
    expect(r.completedOnReason).toEqual({ code: 'not-a-day', vi: '"Tháng 3/2022" không phải một ngày cụ thể', en: '"Tháng 3/2022" is not a single day' });
  });
  it('a completion date that is a day has no reason', () => {
    const [r] = readGrid(withDone('15/03/2022')).rows;
    expect(r.completedOn).toBe('2022-03-15');
    expect(r.completedOnReason).toBeNull();
  });
  // Guards `v.trim()` and `fieldOfCol.get(c) ?? null` in row.ts: an error cell names its field, or null.
  it('Excel errors: the value trimmed, the field of the column, null for a column outside the table', () => {
    const g = nineColumnGrid([[...ROW_31.slice(0, 7), '#N/A ', 'Theo Kế hoạch', null, null, '#REF!']], { header: HEADER });
    const [r] = readGrid(g).rows;
    expect(r.cellErrors).toEqual([
      { cell: 'H4', column: 8, value: '#N/A', field: 'time' },
      { cell: 'L4', column: 12, value: '#REF!', field: null },
    ]);
    expect(r.deadline).toBeNull();
    expect(r.deadlineReason).toBeNull();
  });
  // Guards `isExcelError(…raw) ? []` for the lead and the coordinating agencies in row.ts.
  it('an Excel error in the lead or coordinating cell names no agency', () => {
    const g = nineColumnGrid([[...ROW_31.slice(0, 5), '#REF!', '#N/A', 'Quý I/2022', 'Theo Kế hoạch']], { header: HEADER });
    const [r] = readGrid(g).rows;
    expect([r.lead, r.coordinating, r.agencyPairs]).toEqual([[], [], null]);
    expect(r.cellErrors.map((e) => [e.cell, e.value, e.field])).toEqual([
      ['F4', '#REF!', 'lead'],
      ['G4', '#N/A', 'coordinating'],
    ]);
  });
  // Guards `fields.goal?.text` in row.ts: a sheet without a goal column, a row without its task text.
  it('a row with a lead and a time but no task text has no title (five columns, no goal column)', () => {
    const sheet = readGrid({
      name: 'Phụ lục',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024', null, null, null, null],
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['1', null, 'Sở Nội vụ', null, 'Quý II/2024'],
        ['2', 'Tổ chức kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', 'Các sở, ban, ngành', 'Quý III/2024'],
      ],
    });
    expect(sheet.rows.map((r) => [r.row, r.number, r.title, r.lead.map((a) => a.agency?.name)])).toEqual([
      [3, '1', null, ['Sở Nội vụ']],
      [4, '2', 'Tổ chức kiểm tra công tác cải cách hành chính', ['Sở Nội vụ']],
    ]);
  });
});

describe('sections', () => {
  // Guards `return false` in sections.ts hasRomanSections: without an STT column, a heading opens an area.
  it('a title merged across a table without an STT column is an area of its own', () => {
    const sheet = readGrid({
      name: 'PL1 Sở Nội vụ',
      values: [
        ['NHIỆM VỤ THUỘC TRÁCH NHIỆM THỰC HIỆN CỦA SỞ NỘI VỤ', null, null, null],
        ['Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', null, null, null],
        ['Rà soát, đơn giản hóa thủ tục hành chính', 'Sở Nội vụ', 'Sở Tư pháp', 'Quý IV/2024'],
      ],
      merges: ['A3:D3'],
    });
    expect(sheet.rows.map((r) => [r.row, r.area, r.areaNumber, r.section])).toEqual([[4, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', null, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH']]);
  });
  // Guards the inline heading in sections.ts: `nonEmpty.length === 0` and its { number, title }.
  it('"II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" written in the STT cell alone opens area II', () => {
    const sheet = readGrid(
      nineColumnGrid([ROW_31, ['II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', ...EMPTY9.slice(1)], [null, null, null, '3.10: Công bố, công khai thủ tục hành chính', null, 'Văn phòng UBND tỉnh', null, 'Quý II/2022', null]]),
    );
    expect(sheet.rows.map((r) => [r.row, r.number, r.areaNumber, r.area, r.section])).toEqual([
      [4, '3.1', 'I', 'CẢI CÁCH THỂ CHẾ', 'CẢI CÁCH THỂ CHẾ'],
      [6, '3.10', 'II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ]);
  });
  it('…but with a task written beside it, the row is a task: its text is not swallowed by a heading', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, ['III. CẢI CÁCH TỔ CHỨC BỘ MÁY', null, null, '3.1: Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn', ...EMPTY9.slice(4)]]));
    expect(sheet.rows.map((r) => [r.row, r.title, r.areaNumber])).toEqual([
      [4, '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'I'],
      [5, '3.1: Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn', 'I'],
    ]);
  });
});

describe('a merged area alone on its row', () => {
  // Guards `return false` in table-end.ts isLoneSpread: a goal merged down over its activities is the table's.
  it('a goal written alone on its row, merged down over the activities under it, is read as a row', () => {
    const act = (a: string): CellValue[] => [null, null, '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', a, 'Quyết định công bố văn bản', 'Sở Tư pháp', null, 'Trong năm 2022', null];
    const sheet = readGrid(
      nineColumnGrid([[null, '1.1: Triển khai thực hiện hiệu quả các thể chế', ...EMPTY9.slice(2)], act('3.1: Rà soát văn bản quy phạm pháp luật'), act('3.2: Kiểm tra văn bản quy phạm pháp luật')], { merges: ['B4:B6'] }),
    );
    expect(sheet.rows.map((r) => [r.row, r.title, r.fields.goal?.via])).toEqual([
      [4, '1.1: Triển khai thực hiện hiệu quả các thể chế', 'own'],
      [5, '3.1: Rà soát văn bản quy phạm pháp luật', 'merge'],
      [6, '3.2: Kiểm tra văn bản quy phạm pháp luật', 'merge'],
    ]);
  });
});

describe('canonicalArea: a section title no programme area or index matches', () => {
  // Guards `tidy === tidy.toUpperCase() ? sentence case : tidy` in areas.ts.
  it('written in capitals, it is shown in sentence case', () => {
    expect(canonicalArea('XÂY DỰNG CHÍNH QUYỀN THÂN THIỆN')).toBe('Xây dựng chính quyền thân thiện');
    expect(canonicalArea('  NHIỆM VỤ   KHÁC ')).toBe('Nhiệm vụ khác');
  });
  it('written in mixed case, it is kept as written (tidied)', () => {
    expect(canonicalArea('Xây dựng Chính quyền thân thiện')).toBe('Xây dựng Chính quyền thân thiện');
    expect(canonicalArea('xây dựng chính quyền thân thiện')).toBe('xây dựng chính quyền thân thiện');
  });
});

describe('BUG FIXED: an activity numbered "3.1 Rà soát…" (a space, no colon) is item 3.1, not item 3', () => {
  // numbers.ts itemNumberOf tried "3.1:" first, which took the "3." of "3.1 Rà soát" and read "3": every
  // activity of a section so numbered had the same number, and each but the first was a duplicate-number warning.
  const act = (a: string): CellValue[] => [null, null, null, a, 'Báo cáo', 'Sở Tư pháp', null, 'Quý IV/2022', null];
  const g = nineColumnGrid([act('3.1 Rà soát văn bản quy phạm pháp luật'), act('3.2 Kiểm tra việc thi hành pháp luật'), act('3.3. Tổ chức hội nghị')]);
  it('reads each activity\'s own number', () => {
    expect(readGrid(g).rows.map((r) => [r.number, r.numberIn])).toEqual([
      ['3.1', 'activity'],
      ['3.2', 'activity'],
      ['3.3', 'activity'],
    ]);
  });
  it('so no duplicate number is reported', () => {
    expect(findingsOf(g).filter((f) => f.code === 'duplicate-number')).toEqual([]);
  });
});

describe('item numbers and area order', () => {
  // Guards the second pattern of numbers.ts itemNumberOf: "1.2 Đổi mới…", a dotted number followed by a space.
  it('reads the item number an activity text starts with', () => {
    expect(itemNumberOf('3.1: Rà soát văn bản quy phạm pháp luật')).toBe('3.1');
    expect(itemNumberOf('3.11. Tổ chức hội nghị')).toBe('3.11');
    expect(itemNumberOf('1.2 Đổi mới phương thức làm việc')).toBe('1.2');
    expect(itemNumberOf('  2.3.1 Rà soát thủ tục hành chính')).toBe('2.3.1');
    expect(itemNumberOf('12.10 Kiểm tra công tác cải cách hành chính')).toBe('12.10');
    expect(itemNumberOf('2 Rà soát thủ tục')).toBeNull();
    expect(itemNumberOf('Năm 2022.1 kế hoạch')).toBeNull();
    expect(itemNumberOf('a.b Rà soát')).toBeNull();
    expect(itemNumberOf(null)).toBeNull();
  });
  // Guards each step of numbers.ts normaliseNumber.
  it('compares item numbers without their punctuation, spaces or case, keeping đ apart from d', () => {
    expect(normaliseNumber('3.1:')).toBe('3.1');
    expect(normaliseNumber('3.1.')).toBe('3.1');
    expect(normaliseNumber('a)')).toBe('a');
    expect(normaliseNumber('(b)')).toBe('b');
    expect(normaliseNumber('C)')).toBe('c');
    expect(normaliseNumber('Đ)')).toBe('đ');
    expect(normaliseNumber('đ)')).not.toBe(normaliseNumber('d)'));
    expect(normaliseNumber('1. 2')).toBe('1.2');
    expect(normaliseNumber('II.')).toBe('ii');
    expect(normaliseNumber('Đ)'.normalize('NFD'))).toBe('đ');
    expect(normaliseNumber('ê)'.normalize('NFD'))).toBe(normaliseNumber('ê)'));
  });
  // Guards areas.ts areaOrder: programme areas, then the four indices, then the rest.
  it('orders the programme areas, then the indices, then any other area', () => {
    expect(areaOrder('Công tác chỉ đạo, điều hành CCHC')).toBe(0);
    expect(areaOrder('Cải cách thể chế')).toBe(1);
    expect(areaOrder('Tác động của CCHC đến người dân, tổ chức')).toBe(8);
    expect(areaOrder('Chỉ số PAPI')).toBe(9);
    expect(areaOrder('Chỉ số SIPAS')).toBe(10);
    expect(areaOrder('Chỉ số PCI')).toBe(12);
    expect(areaOrder('Xây dựng chính quyền thân thiện')).toBe(13);
    expect(areaOrder(UNCLASSIFIED_AREA)).toBe(13);
  });
});

describe('lead and coordinating cells written line by line (seed 000, 6 c)', () => {
  const pairsOf = (lead: string, coord: string) => {
    const [r] = readGrid(nineColumnGrid([[...ROW_31.slice(0, 5), lead, coord, 'Quý I/2022', 'Theo Kế hoạch']])).rows;
    return r.agencyPairs?.map((p) => [p.lead.map((a) => a.agency?.name), p.coordinating.map((a) => a.agency?.name)]) ?? null;
  };
  // Guards row.ts pairs: two lines at least, as many on each side, none a bullet; blank lines do not count.
  it('pairs two leads with their coordinators, line by line', () => {
    expect(pairsOf('Sở Tài chính\nCác sở, ban, ngành tỉnh', 'Các sở, ban, ngành tỉnh\nSở Tài chính')).toEqual([
      [['Sở Tài chính'], ['Các sở, ban, ngành tỉnh']],
      [['Các sở, ban, ngành tỉnh'], ['Sở Tài chính']],
    ]);
    expect(pairsOf('Sở Nội vụ\r\n  \r\nSở Tư pháp\r\n', ' Sở Tư pháp \r\n \r\n\r\nSở Nội vụ')).toEqual([
      [['Sở Nội vụ'], ['Sở Tư pháp']],
      [['Sở Tư pháp'], ['Sở Nội vụ']],
    ]);
  });
  it('a dash inside a name is no bullet', () => {
    const [r] = readGrid(nineColumnGrid([[...ROW_31.slice(0, 5), 'Sở Nội vụ\nSở Tài chính', 'Sở Lao động - Thương binh và Xã hội\nSở Nội vụ', 'Quý I/2022', null]])).rows;
    expect(r.agencyPairs?.map((p) => p.lead.map((a) => a.agency?.name))).toEqual([['Sở Nội vụ'], ['Sở Tài chính']]);
  });
  it('no pairing for one line, unequal lines, or bulleted lines', () => {
    expect(pairsOf('Sở Nội vụ', 'Sở Tư pháp')).toBeNull();
    expect(pairsOf('Sở Nội vụ\nSở Tư pháp', 'Sở Tài chính')).toBeNull();
    expect(pairsOf('Sở Nội vụ\nSở Tư pháp', 'Sở Tài chính\nSở Tư pháp\nSở Nội vụ')).toBeNull();
    expect(pairsOf('- Sở Nội vụ\n- Sở Tư pháp', 'Sở Tài chính\nSở Tư pháp')).toBeNull();
    expect(pairsOf('Sở Nội vụ\nSở Tư pháp', 'Sở Tài chính\n+ Sở Tư pháp')).toBeNull();
    expect(pairsOf('Sở Nội vụ\n• Sở Tư pháp', 'Sở Tài chính\nSở Tư pháp')).toBeNull();
    expect(pairsOf(' - Sở Nội vụ\n - Sở Tư pháp', 'Sở Tài chính\nSở Tư pháp')).toBeNull();
    expect(pairsOf('Sở Tài chính\nSở Tư pháp', '  + Sở Nội vụ\n  + Sở Tư pháp')).toBeNull();
  });
});

describe('the lead named in the title of a per-agency appendix (seed 003)', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Kết quả/sản phẩm', 'Thời gian hoàn thành'];
  const TASK: CellValue[] = ['1', 'Tuyên truyền, phổ biến nội dung Chỉ số PAPI', 'Kế hoạch tuyên truyền', 'Quý II/2024'];
  const sheetWith = (...title: string[]) => readGrid({ name: 'PL1', values: [...title.map((t) => [t, null, null, null]), HEADER, TASK] });

  // Guards title.ts findTitleLead: the agency after "CỦA", trimmed of its closing punctuation.
  it('"… THUỘC TRÁCH NHIỆM THỰC HIỆN CỦA SỞ NỘI VỤ." names the lead of every row', () => {
    const sheet = sheetWith('PHỤ LỤC 1', 'CÁC NHIỆM VỤ THUỘC TRÁCH NHIỆM THỰC HIỆN CỦA SỞ NỘI VỤ.');
    expect(sheet.layout).toBe('per-agency');
    expect(sheet.titleLead).toEqual({ text: 'SỞ NỘI VỤ', cell: 'A2' });
    const [r] = sheet.rows;
    expect(r.fields.lead).toEqual({ text: 'SỞ NỘI VỤ', raw: 'SỞ NỘI VỤ', cell: 'A2', source: 'A2', via: 'title' });
    expect(r.lead.map((a) => a.agency?.name)).toEqual(['Sở Nội vụ']);
  });
  it('a title cell of several lines: the lead is on its second line', () => {
    const sheet = readGrid({ name: 'PL2', values: [['PHỤ LỤC 2\nNHIỆM VỤ DO SỞ TƯ PHÁP CHỦ TRÌ THỰC HIỆN CỦA SỞ TƯ PHÁP', null, null, null], HEADER, TASK] });
    expect(sheet.titleLead).toEqual({ text: 'SỞ TƯ PHÁP', cell: 'A1' });
  });
  it('an agency the directory does not know is the lead only when the title says "thuộc trách nhiệm"', () => {
    expect(sheetWith('NHIỆM VỤ THUỘC TRÁCH NHIỆM CỦA BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH').titleLead).toEqual({ text: 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH', cell: 'A1' });
    const weak = sheetWith('NHIỆM VỤ GIAO CHO CÁC PHÒNG CHUYÊN MÔN CỦA BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH');
    expect(weak.titleLead).toBeNull();
    expect(weak.layout).toBe('custom');
    expect(weak.rows[0].fields.lead).toBeUndefined();
  });
  it('a known agency after "của" with no assigning words before it is not a lead', () => {
    expect(sheetWith('BÁO CÁO KẾT QUẢ CỦA SỞ NỘI VỤ NĂM 2024').titleLead).toBeNull();
    expect(sheetWith('NHIỆM VỤ THUỘC TRÁCH NHIỆM CỦA').titleLead).toBeNull();
  });
  it('the line citing the plan "(Kèm theo Kế hoạch … của UBND tỉnh)" names no lead; the next line does', () => {
    const sheet = sheetWith('(Kèm theo Kế hoạch số 336/KH-UBND ngày 15/10/2024 về thực hiện Chỉ thị số 36-CT/TU của UBND tỉnh)', 'NHIỆM VỤ THUỘC TRÁCH NHIỆM CỦA VĂN PHÒNG UBND TỈNH');
    expect(sheet.titleLead).toEqual({ text: 'VĂN PHÒNG UBND TỈNH', cell: 'A2' });
    expect(sheetWith('(Kèm theo Kế hoạch số 336/KH-UBND ngày 15/10/2024 về thực hiện Chỉ thị số 36-CT/TU của UBND tỉnh)').titleLead).toBeNull();
  });
});

describe('goal and task carried from the row above, where merges were lost', () => {
  // Guards `above.text !== null` in fields.ts: nothing is carried from a row above that had nothing.
  it('a row under one without a goal has no goal either: not one "from above"', () => {
    const rows: CellValue[][] = [
      [null, null, '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', '3.1: Rà soát văn bản quy phạm pháp luật', 'Báo cáo', 'Sở Tư pháp', null, 'Quý I/2022', null],
      [null, null, null, '3.2: Kiểm tra văn bản quy phạm pháp luật', 'Báo cáo', 'Sở Tư pháp', null, 'Quý II/2022', null],
    ];
    const [, second] = readGrid(nineColumnGrid(rows)).rows;
    expect(second.fields.goal).toEqual({ text: null, raw: null, cell: 'B5', source: 'B5', via: null });
    expect(second.fields.task).toEqual({ text: '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', raw: '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', cell: 'C5', source: 'C4', via: 'above' });
  });
});

describe('a Roman-numbered row that is also its own task ("II. | Chỉ số PAR | … | Thường xuyên")', () => {
  // Guards `number.replace(/[.:]$/, '')` in sections.ts taskSection.
  it('opens area II, without the dot, and is a task of it', () => {
    const sheet = readGrid(
      nineColumnGrid([ROW_31, ['II.', null, 'Chỉ số PAR INDEX', '- Triển khai các giải pháp nâng cao Chỉ số PAR INDEX', 'Kế hoạch', 'Sở Nội vụ', 'Các sở, ban, ngành tỉnh', 'Thường xuyên', null]]),
    );
    expect(sheet.rows.map((r) => [r.row, r.number, r.areaNumber, r.area, r.section])).toEqual([
      [4, '3.1', 'I', 'CẢI CÁCH THỂ CHẾ', 'CẢI CÁCH THỂ CHẾ'],
      [5, 'II.', 'II', 'Chỉ số PAR INDEX', 'Chỉ số PAR INDEX'],
    ]);
  });
});

describe('totals rows', () => {
  // Guards read.ts: a total in the STT cell or as the row's first text is not a task.
  it('"Tổng cộng" in the STT cell or in the first text column is not a task', () => {
    const sheet = readGrid(
      nineColumnGrid([
        [null, null, null, '3.1: Rà soát văn bản quy phạm pháp luật', 'Báo cáo', 'Sở Tư pháp', null, 'Quý I/2022', '50 triệu'],
        ['Tổng cộng', null, null, null, null, null, null, null, '50 triệu'],
        [null, 'TỔNG CỘNG (I+II)', null, null, null, null, null, null, '50 triệu'],
      ]),
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('Excel errors give no reason of their own: the cell-error finding says it', () => {
  const HEADER = [...NINE_HEADER, 'Tình trạng', 'Ngày hoàn thành'];
  // Guards `!isExcelError(fields.budget|status|completedOn.raw)` in row.ts.
  it('#VALUE! in the budget, #N/A in the status, #REF! in the completion date', () => {
    const [r] = readGrid(nineColumnGrid([[...ROW_31.slice(0, 7), 'Quý I/2022', '#VALUE!', '#N/A', '#REF!']], { header: HEADER })).rows;
    expect([r.budget, r.budgetReason, r.status, r.statusReason, r.completedOn, r.completedOnReason]).toEqual([null, null, null, null, null, null]);
    expect(r.cellErrors.map((e) => e.field)).toEqual(['budget', 'status', 'completedOn']);
  });
  // Guards `done && !done.ok ? done.reason : not-a-day` in row.ts.
  it('a completion date that is no date at all gives the date reader\'s reason, not "not a day"', () => {
    const [r] = readGrid(nineColumnGrid([[...ROW_31.slice(0, 7), 'Quý I/2022', null, 'Đã hoàn thành', 'đã xong']], { header: HEADER })).rows;
    expect(r.completedOnReason).toEqual({ code: 'unrecognised', vi: 'Không đọc được thời hạn "đã xong"', en: 'Cannot read the deadline "đã xong"' });
  });
  it('the budget and the status as read, without a reason, when they are not errors', () => {
    const [r] = readGrid(nineColumnGrid([[...ROW_31.slice(0, 7), 'Quý I/2022', '50 triệu', 'Đã hoàn thành', null]], { header: HEADER })).rows;
    expect([r.budget, r.budgetReason, r.status, r.statusReason]).toEqual([{ kind: 'amount', vnd: 50e6, perMonth: false, annualVnd: 50e6 }, null, 'done', null]);
  });
});

describe('appendices stacked in one sheet under repeated headers (seed 003)', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Kết quả/sản phẩm', 'Thời gian hoàn thành', 'Ghi chú'];
  const line = (t: string): CellValue[] => [t, null, null, null];
  const task = (n: string, t: string, time = 'Quý IV/2024'): CellValue[] => [n, t, 'Báo cáo', time];
  const appendix1: CellValue[][] = [
    line('PHỤ LỤC 1'),
    line('NHIỆM VỤ THUỘC TRÁCH NHIỆM CỦA SỞ NỘI VỤ'),
    HEADER,
    ['I', 'Chỉ số PAR INDEX', null, null],
    task('1', 'Rà soát, đánh giá tiêu chí thành phần Chỉ số PAR INDEX'),
    task('2', 'Tổ chức kiểm tra công tác cải cách hành chính'),
    line(''),
  ];
  // Guards read.ts: a repeated header with the same columns starts table 1 (sections.ts reset), past its
  // numbering row, with the lead and the index its own title names.
  it('the second appendix is table 1, under its own lead and index, past its "(1) (2) (3) (4)" row', () => {
    const sheet = readGrid({
      name: 'PL Sở Nội vụ, Sở Tư pháp',
      values: [
        ...appendix1,
        line('PHỤ LỤC 2'),
        line('CÁC NHIỆM VỤ NÂNG CAO CHỈ SỐ PCI THUỘC TRÁCH NHIỆM CỦA SỞ TƯ PHÁP'),
        HEADER,
        ['(1)', '(2)', '(3)', '(4)'],
        task('1', 'Nâng cao chất lượng thẩm định văn bản quy phạm pháp luật'),
      ],
    });
    expect(sheet.rows.map((r) => [r.row, r.table, r.number, r.area, r.areaNumber, r.fields.lead?.text, r.fields.lead?.source])).toEqual([
      [5, 0, '1', 'Chỉ số PAR INDEX', 'I', 'SỞ NỘI VỤ', 'A2'],
      [6, 0, '2', 'Chỉ số PAR INDEX', 'I', 'SỞ NỘI VỤ', 'A2'],
      [12, 1, '1', 'Chỉ số PCI', null, 'SỞ TƯ PHÁP', 'A9'],
    ]);
  });
  it('a second appendix whose title names no lead and no index keeps the first one\'s lead, under no section', () => {
    const sheet = readGrid({ name: 'PL', values: [...appendix1, line('PHỤ LỤC 2'), HEADER, task('1', 'Nâng cao chất lượng thẩm định văn bản')] });
    expect(sheet.rows.map((r) => [r.row, r.table, r.area, r.fields.lead?.text])).toEqual([
      [5, 0, 'Chỉ số PAR INDEX', 'SỞ NỘI VỤ'],
      [6, 0, 'Chỉ số PAR INDEX', 'SỞ NỘI VỤ'],
      [10, 1, null, 'SỞ NỘI VỤ'],
    ]);
  });
  // Guards read.ts `if (!sameColumns(…)) return rows` and header.ts sameColumns.
  it.each([
    ['other columns', ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Ghi chú']],
    ['one column less', ['STT', 'Nhiệm vụ', 'Kết quả/sản phẩm', 'Thời gian hoàn thành', null]],
    ['the same fields in other columns', ['STT', 'Kết quả/sản phẩm', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Ghi chú']],
  ] as Array<[string, CellValue[]]>)('a header naming %s starts another table, which is not read', (_, header) => {
    const sheet = readGrid({ name: 'PL', values: [...appendix1, line('BIỂU TỔNG HỢP'), header, task('1', 'Nâng cao chất lượng thẩm định văn bản')] });
    expect(sheet.rows.map((r) => r.row)).toEqual([5, 6]);
  });
});

describe('where a table ends: merged cells, and rows that only show a merge', () => {
  const act = (a: string | null, more: Partial<Record<'output' | 'lead' | 'time', string>> = {}): CellValue[] => [
    null,
    null,
    null,
    a,
    more.output ?? null,
    more.lead ?? null,
    null,
    more.time ?? null,
    null,
  ];
  // Guards `below <= area.bottom` in table-end.ts isLoneSpread: a goal merged over two rows, the second with its activity.
  it('a goal alone on its row, merged over the next one only, is read as a row', () => {
    const sheet = readGrid(nineColumnGrid([[null, '1.1: Triển khai thực hiện hiệu quả các thể chế', ...EMPTY9.slice(2)], act('3.1: Rà soát văn bản quy phạm pháp luật', { lead: 'Sở Tư pháp' })], { merges: ['B4:B5'] }));
    expect(sheet.rows.map((r) => [r.row, r.title])).toEqual([
      [4, '1.1: Triển khai thực hiện hiệu quả các thể chế'],
      [5, '3.1: Rà soát văn bản quy phạm pháp luật'],
    ]);
  });
  // Guards `return area.bottom > r` in table-end.ts isLoneSpread: a merge cut to one cell by the grid's edge is a cell.
  it('the last activity, merged down past the last row of the grid, is a task', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, act('3.2: Kiểm tra văn bản quy phạm pháp luật')], { merges: ['D5:D6'] }));
    expect(sheet.rows.map((r) => [r.row, r.title])).toEqual([
      [4, '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý'],
      [5, '3.2: Kiểm tra văn bản quy phạm pháp luật'],
    ]);
  });
  // Guards `return true` in table-end.ts rowShowsText: a row under a merged lead is not an empty row.
  it('a row that only shows the lead merged over it does not set the rows below apart from the table', () => {
    const rows = [['1', ...ROW_31.slice(1)], act(null), act(null, { output: 'Báo cáo tổng kết', time: 'Quý IV/2022' })];
    const sheet = readGrid(nineColumnGrid(rows, { merges: ['F4:F5'] }));
    expect(sheet.rows.map((r) => [r.row, r.title, r.fields.output?.text])).toEqual([
      [4, '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Quyết định công bố văn bản'],
      [6, '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', 'Báo cáo tổng kết'],
    ]);
    // Set apart by a truly empty row, the same row is under the table, not in it.
    const apart = readGrid(nineColumnGrid([rows[0], act(null), rows[2]]));
    expect(apart.rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('rows with a number and nothing else', () => {
  // Guards `if (text)` in read.ts: a bare Roman numeral, without a title, opens no section.
  it('a bare "III" in the STT cell opens no section: the rows below stay in theirs', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, ['III', ...EMPTY9.slice(1)], [null, null, null, '3.2: Kiểm tra văn bản quy phạm pháp luật', 'Báo cáo', 'Sở Tư pháp', null, 'Quý II/2022', null]]));
    expect(sheet.rows.map((r) => [r.row, r.areaNumber, r.area])).toEqual([
      [4, 'I', 'CẢI CÁCH THỂ CHẾ'],
      [6, 'I', 'CẢI CÁCH THỂ CHẾ'],
    ]);
  });
  // Guards `rows.length > 0` in read.ts endTable: every row read may be dropped.
  it('a form with no task yet, only its closing blocks, has no row', () => {
    const sheet = readGrid({
      name: 'Phụ lục',
      values: [
        [TITLE, ...EMPTY9.slice(1)],
        NINE_HEADER,
        [null, 'Nơi nhận:', ...EMPTY9.slice(2)],
        [null, '- Như trên;', ...EMPTY9.slice(2)],
        [null, '- Lưu: VT.', null, null, null, 'KT. GIÁM ĐỐC', null, null, null],
      ],
    });
    expect(sheet.rows).toEqual([]);
  });
});

describe('the signer\'s block under a table, known by where it stands', () => {
  const SIGNER_NAME: CellValue[] = [null, null, null, null, null, 'Nguyễn Văn An', null, null, null];
  // Guards `own[0].c <= shape.firstTextCol` in table-end.ts isClosing: a title spread over lead … budget is no heading.
  it('"GIÁM ĐỐC" merged across lead, coordinating, time and budget ends the table: the name under it is no task', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, [null, null, null, null, null, 'GIÁM ĐỐC', null, null, null], SIGNER_NAME], { merges: ['F5:I5'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  // Guards `own[0].c !== shape.numberCol` in table-end.ts isClosing: a text merged from the STT column across is no heading.
  it('a sentence merged from the STT column across the table ends it', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, ['Kế hoạch này được gửi đến các cơ quan, đơn vị để tổ chức thực hiện.', ...EMPTY9.slice(1)], SIGNER_NAME], { merges: ['A5:I5'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  // Guards `m.top <= lastOfTable` in table-end.ts continues: a merge that starts under the table is not the table's.
  it('a title merged down over two rows after an empty row is set apart from the table, with the name under it', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, EMPTY9, [null, null, null, null, null, 'GIÁM ĐỐC', null, null, null], EMPTY9, SIGNER_NAME], { merges: ['F6:F7'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('a task row whose cells read like header words is still a task', () => {
  // Guards `fieldOfHeader(t) !== null` in read.ts: a row is looked at as a header only when its text column names a field.
  it('an activity "Rà soát văn bản" under a task "Nhiệm vụ khác", beside "Sản phẩm: …", "Chủ trì: …", "Phối hợp: …"', () => {
    const odd: CellValue[] = [null, null, 'Nhiệm vụ khác', 'Rà soát văn bản', 'Sản phẩm: Báo cáo kết quả', 'Chủ trì: Sở Tư pháp', 'Phối hợp: Sở Nội vụ', 'Quý IV/2022', null];
    const sheet = readGrid(nineColumnGrid([ROW_31, odd, row31({ activity: '3.3: Kiểm tra việc thực hiện' })]));
    expect(sheet.rows.map((r) => [r.row, r.title])).toEqual([
      [4, ROW_31[3]],
      [5, 'Rà soát văn bản'],
      [6, '3.3: Kiểm tra việc thực hiện'],
    ]);
  });
  // Guards `isHeader(again)` in read.ts: a short activity naming a field is not a header by itself.
  it('an activity "Nhiệm vụ khác" with its lead and time is a task', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, row31({ activity: 'Nhiệm vụ khác' }), row31({ activity: '3.3: Kiểm tra việc thực hiện' })]));
    expect(sheet.rows.map((r) => [r.row, r.title])).toEqual([
      [4, ROW_31[3]],
      [5, 'Nhiệm vụ khác'],
      [6, '3.3: Kiểm tra việc thực hiện'],
    ]);
  });
  // Guards the pre-checks of a repeated header in read.ts: `t.length < 40` and `!/^\s*\d+\.\d/.test(t)`.
  const row = (activity: string): CellValue[] => [null, null, null, activity, 'Sản phẩm: Báo cáo kết quả', 'Chủ trì: Sở Tư pháp', 'Phối hợp: Sở Nội vụ', 'Quý IV/2022', null];
  it.each([
    ['a long activity text', 'Nhiệm vụ rà soát thủ tục hành chính trong năm 2022'],
    ['an activity text of 40 characters', 'Nhiệm vụ rà soát thủ tục hành chính ở xã'],
    ['a numbered activity text', '12.3: Giải pháp khác'],
  ])('%s starting "Nhiệm vụ", beside "Sản phẩm: …", "Chủ trì: …", "Phối hợp: …"', (_, activity) => {
    expect(activity.length >= 40 || /^\d/.test(activity)).toBe(true);
    const sheet = readGrid(nineColumnGrid([ROW_31, row(activity), row31({ activity: '3.3: Kiểm tra việc thực hiện' })]));
    expect(sheet.rows.map((r) => [r.row, r.title])).toEqual([
      [4, ROW_31[3]],
      [5, activity],
      [6, '3.3: Kiểm tra việc thực hiện'],
    ]);
  });
});

describe('a text merged down a column, alone on its rows, is set over the table', () => {
  // Guards table-end.ts isLoneSpread's walk down the merge: `below = r + 1`, `below++`, `!== area`, `area.bottom > r`.
  it('a line merged down over two rows of the activity column, with nothing beside it, is no task', () => {
    const sheet = readGrid(
      nineColumnGrid([ROW_31, [null, null, null, 'Các nhiệm vụ thường xuyên thực hiện theo chỉ đạo của UBND tỉnh', ...EMPTY9.slice(4)], EMPTY9, row31({ activity: '3.3: Kiểm tra việc thực hiện' })], { merges: ['D5:D6'] }),
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 7]);
  });
});

describe('one text merged across columns of different fields, alone on its row', () => {
  // Guards table-end.ts onlyArea (`area && m !== area`) as isLoneSpread uses it inside a table.
  it('between two numbered tasks, a text merged across lead, coordinating, time and budget is no task', () => {
    const sheet = readGrid(
      nineColumnGrid([['1', ...ROW_31.slice(1)], [null, null, null, null, null, 'Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao', null, null, null], ['2', ...ROW_31.slice(1, 3), '3.2: Kiểm tra văn bản quy phạm pháp luật', ...ROW_31.slice(4)]], { merges: ['F5:I5'] }),
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 6]);
  });
  it('an activity merged across the output column, under a goal merged from the row above, is a task', () => {
    const sheet = readGrid(
      nineColumnGrid([['1', ...ROW_31.slice(1)], [null, null, null, '3.2: Kiểm tra văn bản quy phạm pháp luật', ...EMPTY9.slice(4)]], { merges: ['B4:B5', 'D5:E5'] }),
    );
    expect(sheet.rows.map((r) => [r.row, r.title, r.fields.goal?.via])).toEqual([
      [4, ROW_31[3], 'own'],
      [5, '3.2: Kiểm tra văn bản quy phạm pháp luật', 'merge'],
    ]);
  });
});

describe('closing forms on the first line of a cell', () => {
  // Guards firstLine in table-end.ts: a signer's label is matched on its cell's first line.
  it('"Người lập biểu" with the signer\'s name under it in the same cell ends the table', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, [null, 'Người lập biểu\n(Ký, ghi rõ họ tên)\n\nNguyễn Thị Bình', ...EMPTY9.slice(2)]]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  it('"Người lập biểu" alone in its cell ends the table, to its last letter', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, [null, 'Người lập biểu', ...EMPTY9.slice(2)], [null, 'Nguyễn Thị Bình', ...EMPTY9.slice(2)]]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  it('"Ghi chú" over its lines in one cell ends the table', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, [null, 'Ghi chú\n- Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2022', ...EMPTY9.slice(2)]]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('the index a title names is the area of rows under no section only', () => {
  // Guards `p.area === null && titleArea` in read.ts position().
  it('"… CHỈ SỐ PCI": rows before the first section are the PCI\'s, rows under a section are that section\'s', () => {
    const g: GridInput = {
      name: 'Phụ lục',
      values: [
        ['CÁC NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PCI NĂM 2022', ...EMPTY9.slice(1)],
        NINE_HEADER,
        ROW_31,
        SECTION_I,
        row31({ activity: '3.2: Kiểm tra văn bản quy phạm pháp luật' }),
      ],
      merges: ['B4:I4'],
    };
    const sheet = readGrid(g);
    expect(sheet.titleArea).toBe('Chỉ số PCI');
    expect(sheet.rows.map((r) => [r.row, r.area, r.areaNumber])).toEqual([
      [3, 'Chỉ số PCI', null],
      [5, 'CẢI CÁCH THỂ CHẾ', 'I'],
    ]);
  });
});

describe('two signers side by side under a table', () => {
  // Guards `own.length === 1` in table-end.ts isClosing: two blocks spread across fields are no section heading.
  it('"TRƯỞNG PHÒNG …" and "GIÁM ĐỐC", each merged across columns, end the table: the names under them are no task', () => {
    const sheet = readGrid(
      nineColumnGrid(
        [
          ROW_31,
          [null, 'TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH', null, null, null, 'GIÁM ĐỐC', null, null, null],
          [null, 'Trần Văn Bình', null, null, null, 'Nguyễn Văn An', null, null, null],
        ],
        { merges: ['B5:E5', 'F5:I5', 'B6:E6', 'F6:I6'] },
      ),
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('where a table ends: rows after its last numbered row', () => {
  const inLead = (t: string): CellValue[] => [null, null, null, null, null, t, null, null, null];
  // Guards `m.top <= lastOfTable` and its `return true` in table-end.ts continues: a sub-row under the last item's merged lead.
  it('a sub-row with its own deadline under the last item\'s merged lead is the table\'s; the signer set apart below is not', () => {
    const sheet = readGrid(nineColumnGrid([['1', ...ROW_31.slice(1)], [null, null, null, null, null, null, null, 'Quý IV/2022', null], EMPTY9, inLead('Nguyễn Văn An')], { merges: ['F4:F5'] }));
    expect(sheet.rows.map((r) => [r.row, r.fields.time?.text, r.fields.lead?.via])).toEqual([
      [4, 'Trong năm 2022', 'own'],
      [5, 'Quý IV/2022', 'merge'],
    ]);
  });
  // Guards `if (firstAfter === null) firstAfter = r` in table-end.ts: the table ends at the first row after it.
  it('a signer\'s block without forms, set apart from the name by an empty row, is cut from its first row', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, inLead('Phó Giám đốc'), inLead('Sở Tư pháp'), EMPTY9, inLead('Nguyễn Văn An')]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  // Guards `if (isTotalLabel(text.trim())) return true` in table-end.ts isClosingFirstText: a total closes the table.
  it('a total row ends the table: the name right under it is no task', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, ['Tổng cộng', null, null, null, null, null, null, null, '50 triệu'], inLead('Nguyễn Văn An')]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
});
