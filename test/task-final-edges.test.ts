/**
 * The survivors of the final mutation run over core/task (areas, columns, fields, header) at their edges: each
 * test fails when the line it names is changed (each was checked by changing that line by hand and running this
 * file). Rows are seed 004's (I 3.1), in the nine columns plans use, and five-column lists.
 */
import { GridSchema, type CellValue, type GridInput } from '../core/grid/grid';
import { createSheetView } from '../core/grid/view';
import { consolidate, makePeriod, validateWorkbook } from '../core';
import { planOfGrids } from '../core/plan';
import { canonicalArea } from '../core/report';
import { UNCLASSIFIED_AREA } from '../core/task/areas';
import { progressOf } from '../core/task/progress';
import { readTaskSheet } from '../core/task/read';
import { getDefaultDirectory } from '../core/workbook';
import { codes, emptyRow, findingsOf, NINE_HEADER, nineColumnGrid, readGrid, row31, ROW_31, rowWith, SECTION_I } from './helpers';



describe('canonicalArea: blank titles and the programme areas named by one of their spellings', () => {
  // Guards `tidyText(title) === ''` (and its '') in areas.ts canonicalArea.
  it('a title of spaces only is no area: unclassified, not an empty name', () => {
    expect(canonicalArea('   ')).toBe(UNCLASSIFIED_AREA);
    expect(canonicalArea('\u00a0\n')).toBe(UNCLASSIFIED_AREA);
  });
  // Guards `a.patterns.some(…)` in areas.ts canonicalArea: one spelling is enough, not all of the area's.
  it('"THỂ CHẾ" alone, or "văn bản quy phạm pháp luật", is the area "Cải cách thể chế"', () => {
    expect(canonicalArea('THỂ CHẾ')).toBe('Cải cách thể chế');
    expect(canonicalArea('Xây dựng và hoàn thiện hệ thống văn bản quy phạm pháp luật')).toBe('Cải cách thể chế');
    expect(canonicalArea('CÔNG VỤ')).toBe('Cải cách chế độ công vụ');
  });
});

describe('header synonyms read exactly before the patterns', () => {
  // Guards `if (EXACT[key])` in columns.ts fieldOfHeader: by the patterns alone "Nội dung…" would be the task.
  it('"Nội dung công việc" is the activity column, and the rows\' titles are read from it', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
      ],
    });
    expect(Object.keys(sheet.columns).sort()).toEqual(['activity', 'lead', 'number', 'time']);
    expect(sheet.rows[0].fields.activity?.text).toBe('Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý');
    expect(sheet.rows[0].fields.task).toBeUndefined();
  });
});

describe('a header cell is a few words: a hundred characters at most', () => {
  const explained = (length: number) => {
    const base = 'Thời gian hoàn thành (ghi rõ tháng, quý hoặc năm; nhiệm vụ thường xuyên thì ghi "Thường xuyên")';
    return (base + ' '.repeat(length)).slice(0, length - 1) + '.';
  };
  const grid = (timeHeader: string) => ({
    name: 'PL1',
    values: [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', timeHeader],
      ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
    ],
  });
  // Guards `raw.length > MAX_HEADER_LENGTH` in header.ts headerOfRow, at its edge.
  it('a header of exactly 100 characters names its column', () => {
    expect(explained(100)).toHaveLength(100);
    const sheet = readGrid(grid(explained(100)));
    expect(sheet.columns.time?.col).toBe(3);
    expect(sheet.rows[0].fields.time?.text).toBe('Quý IV/2022');
  });
  it('a cell of 101 characters is data, even on the header row: its column is not read', () => {
    expect(explained(101)).toHaveLength(101);
    const sheet = readGrid(grid(explained(101)));
    expect(Object.keys(sheet.columns).sort()).toEqual(['lead', 'number', 'task']);
    expect(sheet.rows[0].fields.time).toBeUndefined();
  });
});

describe('a cell merged across the columns of two fields', () => {
  // Guards `m.left === col.col` in fields.ts: the merge's top row is the row's own only in the merge's first column.
  it('an activity merged over the output column is the output too, read from the merge', () => {
    const row = row31({ output: null });
    const sheet = readGrid(nineColumnGrid([row], { merges: ['D4:E4'] }));
    expect(sheet.rows).toHaveLength(1);
    const { activity, output } = sheet.rows[0].fields;
    expect(activity).toMatchObject({ text: '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', cell: 'D4', source: 'D4', via: 'own' });
    expect(output).toMatchObject({ text: '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', cell: 'E4', source: 'D4', via: 'merge' });
  });
});

describe('a lead or coordinating cell that only looks empty (a zero-width space pasted from the web)', () => {
  // Guards `text !== null` before `leadLines = shown` and `coordinatingLines = shown` in fields.ts.
  it('names no agency, and the lead is missing', () => {
    const row = row31({ lead: '\u200b', coord: '\u200b' });
    const sheet = readGrid(nineColumnGrid([row]));
    const r = sheet.rows[0];
    expect(r.fields.lead?.text).toBeNull();
    expect(r.fields.coordinating?.text).toBeNull();
    expect(r.lead).toEqual([]);
    expect(r.coordinating).toEqual([]);
    const found = findingsOf(nineColumnGrid([row]));
    expect(found.filter((f) => f.cell === 'F4').map((f) => f.code)).toEqual(['missing-lead']);
  });
});

/** readTaskSheet itself: null when no row is a task header (readGrid throws then). */
const readOrNull = (grid: GridInput) => readTaskSheet(createSheetView(GridSchema.parse(grid)), { directory: getDefaultDirectory(), defaultYear: 2022 });

describe('what a header must name: a task or an activity, and three fields at least', () => {
  // Guards `h.columns.task || h.columns.activity` in header.ts isHeader.
  it('a budget appendix (STT, lead, budget, note, no task column) is not a task sheet', () => {
    const sheet = readOrNull({
      name: 'PL kinh phí',
      values: [
        ['DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['STT', 'Đơn vị chủ trì', 'Kinh phí (triệu đồng)', 'Ghi chú'],
        ['1', 'Sở Tư pháp', 120, 'Ngân sách tỉnh'],
        ['2', 'Sở Nội vụ', 350, 'Ngân sách tỉnh'],
      ],
    });
    expect(sheet).toBeNull();
  });
  // Guards `h.score >= 3` in header.ts isHeader, where read.ts asks whether a row inside the table is a second header.
  it('a task "Nhiệm vụ đột xuất, phát sinh" whose coordinating cell says "phối hợp" is a task, not a header ending the table', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh', 'Quý IV/2022'],
        ['2', 'Nhiệm vụ đột xuất, phát sinh', 'Sở Nội vụ', 'Các cơ quan, đơn vị phối hợp', 'Theo yêu cầu'],
        ['3', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Quý III/2022'],
      ],
    });
    expect(sheet.rows.map((r) => [r.row, r.number, r.title])).toEqual([
      [3, '1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý'],
      [4, '2', 'Nhiệm vụ đột xuất, phát sinh'],
      [5, '3', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị'],
    ]);
  });
});

describe('the header is looked for in the first 30 rows', () => {
  // Guards `Math.min(view.rows, searchRows)` and `r < limit` in header.ts findTaskHeader: a wider table whose
  // header is the 31st row is not the sheet's header, however many columns it names.
  it('a plan of 28 tasks followed by a wider table headed on row 31: the plan is read, the second table is not', () => {
    const tasks: CellValue[][] = Array.from({ length: 28 }, (_, i) => [
      String(i + 1),
      `Rà soát, đơn giản hóa thủ tục hành chính nhóm ${i + 1}`,
      'Sở Tư pháp',
      'Các sở, ban, ngành tỉnh',
      'Quý IV/2022',
      null,
      null,
    ]);
    const values: CellValue[][] = [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null, null, null],
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', null, null],
      ...tasks,
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kinh phí', 'Ghi chú'],
      ['1', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Sở Thông tin và Truyền thông', 'Các sở, ban, ngành tỉnh', 'Năm 2022', 500, null],
    ];
    expect(values).toHaveLength(32);
    const sheet = readGrid({ name: 'PL1', values });
    expect(sheet.headerRow).toBe(2);
    expect(sheet.rows).toHaveLength(28);
    expect(sheet.rows[27]).toMatchObject({ row: 30, number: '28' });
    expect(sheet.columns.budget).toBeUndefined();
  });
});

describe('a "(1) (2) (3)" row typed with spaces', () => {
  // Guards `.trim()` in header.ts isNumberingRow: the numbers are compared without the spaces around them.
  it('column numbers with a space after them are still a numbering row, not a task', () => {
    const numbering = ['(1) ', ' (2)', '(3) ', '(4) ', '(5) '];
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        numbering,
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh', 'Quý IV/2022'],
      ],
    });
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number])).toEqual([[4, '1']]);
  });
});

describe('what a numbering row is: one or two digits, in brackets or not, and nothing else', () => {
  // Guards `^` and `$` in header.ts isNumberingRow's /^\(?\d{1,2}\)?$/: a task whose cells all start and end with digits is no numbering row.
  it('a first task "1 | 3.1: … năm 2022 | 31/12/2022 | 50" (every cell starting and ending with a digit) is a task', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['TT', 'Nội dung', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)'],
        ['1', '3.1: Rà soát, công bố thủ tục hành chính năm 2022', '31/12/2022', 50],
        ['2', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Quý III/2022', 20],
      ],
    });
    expect(sheet.firstDataRow).toBe(3);
    expect(sheet.rows.map((r) => [r.row, r.number])).toEqual([[3, '1'], [4, '2']]);
  });
  // Guards `\d{1,2}` in the same pattern: a table of ten columns or more numbers them (10), (11)…
  it('"(1) … (10)" under a ten-column header is a numbering row', () => {
    const header = [...NINE_HEADER, 'Ghi chú'];
    const numbering = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'];
    const sheet = readGrid({
      name: 'Phụ lục',
      values: [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null, null, null, null, null, null], header, numbering, [...SECTION_I, null], [...ROW_31, null]],
      merges: ['B4:J4'],
    });
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number])).toEqual([[5, '3.1']]);
  });
});

describe('a header written on two rows: what its second line may hold', () => {
  // "Thời gian thực hiện" over start and end; STT, Nội dung, Chủ trì merged down; the note column not merged.
  const twoLine = (noteBelow: CellValue) => ({
    name: 'PL1',
    values: [
      ['KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2024', null, null, null, null, null],
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian thực hiện', null, 'Ghi chú'],
      [null, null, null, 'Thời gian bắt đầu', 'Thời gian hoàn thành', noteBelow],
      ['1', 'Công khai, minh bạch các thông tin về quy hoạch, kế hoạch sử dụng đất', 'Sở Tài nguyên và Môi trường', 'Tháng 01/2024', 'Tháng 12/2024', null],
    ],
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'],
  });
  // Guards `view.text(r, c).trim() !== ''` (and its '') in header.ts rowIsHeaderContinuation: an empty cell is no data.
  it('an empty cell under a column that is not merged down does not make the second line a task', () => {
    const sheet = readGrid(twoLine(null));
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number])).toEqual([[4, '1']]);
  });
  // Guards `.trim()` there: a cell holding a space is empty too.
  it('nor does a cell holding only a space', () => {
    const sheet = readGrid(twoLine(' '));
    expect(sheet.firstDataRow).toBe(4);
    expect(sheet.rows.map((r) => [r.row, r.number])).toEqual([[4, '1']]);
  });
  // Guards the whole `… && fieldOfHeader(…) === null` there: a data row under a header cell merged down is data.
  it('a task right under a header whose STT is merged down over one more row is read', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        [null, 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
        ['2', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ', 'Quý III/2022'],
      ],
      merges: ['A2:A3'],
    });
    expect(sheet.firstDataRow).toBe(3);
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 4]);
  });
});

describe('item numbers compared without their closing punctuation', () => {
  // Guards `+` in numbers.ts normaliseNumber's /[:.)]+$/: all the closing dots go, not only the last.
  it('"2." and "2.." (a dot typed twice) in one section are the same number: a duplicate', () => {
    const grid = {
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1.', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
        ['2.', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ', 'Quý III/2022'],
        ['2..', 'Tuyên truyền công tác cải cách hành chính', 'Sở Thông tin và Truyền thông', 'Thường xuyên'],
      ],
    };
    expect(readGrid(grid).rows.map((r) => r.number)).toEqual(['1.', '2.', '2..']);
    expect(findingsOf(grid).filter((f) => f.code === 'duplicate-number').map((f) => [f.cell, f.value])).toEqual([['A5', '2..']]);
  });
});

describe('"reported complete after the as-of date" is said only of a task reported complete', () => {
  // Guards `reportedDone && !doneByAsOf` (doneAfterAsOf) in progress.ts progressOf.
  const grid = (status: string, completedOn: string) => ({
    name: 'PL1',
    values: [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null, null],
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành'],
      ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', '30/6/2022', status, completedOn],
    ],
  });
  it('in progress with a completion date after the as-of date: overdue and "not reported complete", with its status', () => {
    const g = grid('Đang thực hiện', '15/11/2022');
    const row = readGrid(g).rows[0];
    expect(row.completedOn).toBe('2022-11-15');
    expect(progressOf(row, '2022-10-15')).toMatchObject({ progress: 'overdue', doneAfterAsOf: false });
    const f = findingsOf(g, '2022-10-15').find((x) => x.code === 'deadline-expired');
    expect(f?.message.en).toBe('107 days past the deadline (30/06/2022) and not reported complete (status: Đang thực hiện).');
  });
  it('done on a day before the as-of date: not "done after" it', () => {
    const row = readGrid(grid('Đã hoàn thành', '20/6/2022')).rows[0];
    expect(progressOf(row, '2022-10-15')).toEqual({ progress: 'completedOnTime', basis: 'status', timing: 'dated', deadline: '2022-06-30', daysOverdue: null, doneAfterAsOf: false });
  });
});

describe('how far down the header is looked for, when the caller says', () => {
  // Guards `opts.headerSearchRows ?? 30` in read.ts readTaskSheet: a given limit is kept, not replaced by 30.
  it('a header on row 4 is not found when only the first 3 rows are searched, and is with the default', () => {
    const grid = {
      name: 'PL1',
      values: [
        ['UBND TỈNH ĐỒNG THÁP', null, null, null],
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['(Kèm theo Kế hoạch số 367/KH-UBND ngày 20/12/2021 của UBND tỉnh)', null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
      ],
    };
    const view = createSheetView(GridSchema.parse(grid));
    expect(readTaskSheet(view, { directory: getDefaultDirectory(), headerSearchRows: 3 })).toBeNull();
    expect(readTaskSheet(view, { directory: getDefaultDirectory(), headerSearchRows: 4 })?.headerRow).toBe(4);
    expect(readTaskSheet(view, { directory: getDefaultDirectory() })?.headerRow).toBe(4);
  });
});

describe('due soon: never a task whose deadline has passed', () => {
  // Guards `p.deadline < asOf` in progress.ts isDueSoon: a plan task no return mentions ("Chưa có báo cáo") keeps
  // its deadline; past it, it is not due soon.
  it('a plan task due Quý II/2022, not reported by 30/09/2022, is not in the due-soon list', () => {
    const header = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí', 'Tình trạng', 'Ngày hoàn thành'];
    const vii = (rows: CellValue[][]): GridInput => ({
      name: 'Phụ lục KH 367',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA UBND TỈNH ĐỒNG THÁP', null, null, null, null, null, null, null, null, null, null],
        header,
        ['VII', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', null, null, null, null, null, null, null, null, null],
        ...rows,
      ],
      merges: ['A1:K1', 'B3:I3'],
    });
    const vii310: CellValue[] = [null, null, null, '3.10: Ban hành bộ tiêu chí đánh giá Chỉ số CCHC các cơ quan, địa phương', 'Quyết định phê duyệt và công bố', 'Sở Nội vụ', 'Các cơ quan, địa phương', 'Quý II/2022', null, null, null];
    const vii39: CellValue[] = [null, null, null, '3.9: Chấn chỉnh, khắc phục các hạn chế trong công tác thực hiện CCHC', 'Công văn', 'Sở Nội vụ', 'Các cơ quan, địa phương', '15/10/2022', null, 'Đang thực hiện', null];
    const asOf = '2022-09-30';
    const planned = planOfGrids('ke-hoach-cchc-2022.xlsx', [vii([vii310, vii39])], asOf);
    if (!planned.ok) throw new Error(planned.message.en);
    const returned = { file: 'so-noi-vu-quy-3.xlsx', sheets: validateWorkbook([vii([vii39])], { asOf }).sheets };
    const m = consolidate([returned], { period: makePeriod(2022, 'Q3'), asOf, generatedAt: '2022-10-05T08:00', plan: planned.plan });
    expect(m.tasks.map((t) => [t.number, t.progress, t.deadline])).toEqual([
      ['3.10', 'unreported', '2022-06-30'],
      ['3.9', 'inProgress', '2022-10-15'],
    ]);
    expect(m.dueSoon.map((t) => t.number)).toEqual(['3.9']);
  });
});

describe('a section heading stands in the first text column', () => {
  // Guards `Math.min(…)` (firstTextCol) in read.ts readRows: a numbered row whose one text is in the task column,
  // right of the goal column, is a task, not a heading.
  it('"1 | | 2.1: Hoàn thiện thể chế…" (nine columns, the task alone) is a task of section I, and the next row stays in I', () => {
    const task21: CellValue[] = ['1', null, '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', null, null, null, null, null, null];
    const sheet = readGrid(nineColumnGrid([task21, ROW_31]));
    expect(sheet.rows.map((r) => [r.row, r.number, r.area, r.section, r.title])).toEqual([
      [4, '1', 'CẢI CÁCH THỂ CHẾ', 'CẢI CÁCH THỂ CHẾ', '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp'],
      [5, '3.1', 'CẢI CÁCH THỂ CHẾ', 'CẢI CÁCH THỂ CHẾ', '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý'],
    ]);
  });
});

describe('a cell\'s own text is read trimmed', () => {
  // Guards `.trim()` in read.ts own: "II " typed with a space is section II, numbered "II".
  it('"II " with a trailing space opens area II', () => {
    const section2: CellValue[] = ['II ', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', null, null, null, null, null, null, null];
    const sheet = readGrid(nineColumnGrid([ROW_31, section2, ROW_31], { merges: ['B5:I5'] }));
    expect(sheet.rows.map((r) => [r.row, r.number, r.area, r.areaNumber])).toEqual([
      [4, '3.1', 'CẢI CÁCH THỂ CHẾ', 'I'],
      [6, '3.1', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'II'],
    ]);
  });
});

describe('BUG FIXED: a "(1) (2) … (9)" row pasted inside the table, without its header, is no task', () => {
  // It was read as a task numbered "(1)" titled "(4)" (missing lead, unreadable time…): only a numbering row under
  // the header or under a repeated header was skipped (read.ts `afterRepeatedHeader`, now gone).
  const numbering: CellValue[] = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'];
  it('reads the tasks around it and nothing for it', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, numbering, ROW_31]));
    expect(sheet.rows.map((r) => [r.row, r.number])).toEqual([[4, '3.1'], [6, '3.1']]);
  });
  it('so no finding names its cells', () => {
    const found = findingsOf(nineColumnGrid([ROW_31, numbering, ROW_31]), '2022-10-15');
    expect(found.filter((f) => /^[A-I]5$/.test(f.cell))).toEqual([]);
  });
});

describe('BUG FIXED: a three-column table repeated under its own header (TT | Nội dung nhiệm vụ | Cơ quan chủ trì)', () => {
  // The repeated header names three fields, one of them in the STT column, which read.ts did not count (`ownCount >= 3`
  // counted the content columns only): "TT | Nội dung nhiệm vụ" was read as a task of the first table.
  it('the second header starts table 1, and is no task', () => {
    const sheet = readGrid({
      name: 'PL2',
      values: [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ TƯ PHÁP', null, null],
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
        ['1', 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết', 'Sở Tư pháp'],
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ NỘI VỤ', null, null],
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
        ['1', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ'],
      ],
    });
    expect(sheet.rows.map((r) => [r.row, r.table, r.number, r.title])).toEqual([
      [3, 0, '1', 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết'],
      [6, 1, '1', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị'],
    ]);
  });
  it('and a task numbered 1 with a short text and its lead is still a task', () => {
    const sheet = readGrid({
      name: 'PL2',
      values: [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ TƯ PHÁP', null, null],
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
        ['1', 'Nhiệm vụ đột xuất, phát sinh', 'Sở Tư pháp'],
      ],
    });
    expect(sheet.rows.map((r) => [r.row, r.table, r.number, r.title])).toEqual([[3, 0, '1', 'Nhiệm vụ đột xuất, phát sinh']]);
  });
});

describe('an unnumbered title under the signer\'s block does not move where the table ends', () => {
  // Guards `heading.number !== ''` in read.ts: only a numbered heading is a numbered row of the table; a title merged
  // across without a number, below "Nơi nhận:" and the signer, leaves the table ending at the block.
  it('"Nơi nhận:", the signer, then "DANH MỤC VĂN BẢN KÈM THEO" and a list: only the task above the block is read', () => {
    const E: CellValue[] = [null, null, null, null, null, null, null, null, null];
    const grid = nineColumnGrid(
      [
        ROW_31,
        [null, 'Nơi nhận:', null, null, null, 'KT. CHỦ TỊCH', null, null, null],
        [null, '- Như trên;', null, null, null, 'PHÓ CHỦ TỊCH', null, null, null],
        [null, '- Lưu: VT, NC.', null, null, null, 'Nguyễn Văn A', null, null, null],
        E,
        [null, 'DANH MỤC VĂN BẢN KÈM THEO', null, null, null, null, null, null, null],
        [null, 'Quyết định số 1268/QĐ-UBND', null, 'Ban hành danh mục thủ tục hành chính', 'Quyết định', 'Sở Tư pháp', null, 'Quý IV/2022', null],
      ],
      { merges: ['B9:I9'] },
    );
    expect(readGrid(grid).rows.map((r) => [r.row, r.number])).toEqual([[4, '3.1']]);
  });
});

describe('a time written without its year takes the plan\'s year', () => {
  // Guards `{ defaultYear: opts.planYear }` in row.ts createRowParser.
  it('"Quý III" in a plan titled "… NĂM 2022" is due 30/09/2022', () => {
    const row = row31({ time: 'Quý III' });
    const r = readGrid(nineColumnGrid([row])).rows[0];
    expect(r.deadline).toMatchObject({ kind: 'deadline', date: '2022-09-30' });
    expect(r.deadlineReason).toBeNull();
  });
});

describe('a layout with an activity column and no task column', () => {
  // Guards `fields.task?.text` and `fields.task?.via` in row.ts: with no task column there is no task field.
  it('a row with no STT and an unnumbered activity, and a row with no activity text, are read without one', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
        [null, 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ', 'Quý III/2022'],
        ['3', null, 'Sở Nội vụ', 'Quý IV/2022'],
      ],
    });
    expect(sheet.rows.map((r) => [r.row, r.number, r.title])).toEqual([
      [3, '1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý'],
      [4, null, 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị'],
      [5, '3', null],
    ]);
  });
});

describe('a budget in the unit its header names', () => {
  // Guards `{ unit: opts.budgetUnit }` in row.ts: "Kinh phí (triệu đồng)" makes 120 mean 120 million đồng.
  it('120 under "Kinh phí (triệu đồng)" is not 120 đồng', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022', 120],
      ],
    });
    const plain = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Kinh phí (đồng)'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022', 120],
      ],
    });
    expect(sheet.rows[0].budget).not.toBeNull();
    expect(sheet.rows[0].budget).not.toEqual(plain.rows[0].budget);
  });
});

describe('a number cell is read by its value, not by the text the sender\'s Excel shows', () => {
  // Guards `typeof fields.budget.raw === 'number'` in row.ts: an Excel set to English shows 1500 as "1,500",
  // which read as text is one and a half (the comma is the decimal mark in Vietnamese).
  it('1500 under "Kinh phí (triệu đồng)", shown "1,500", is 1 500 million đồng', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022', 1500],
      ],
      texts: [[], [], ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022', '1,500']],
    });
    expect(sheet.rows[0].budget).toMatchObject({ kind: 'amount', vnd: 1_500_000_000 });
  });
  // The same for a completion date: serial 44754 is 12/07/2022; an Excel set to English shows it "7/12/2022".
  it('a completion date of serial 44754, shown "7/12/2022", is 12 July 2022', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Ngày hoàn thành'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022', 44754],
      ],
      texts: [[], [], ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022', '7/12/2022']],
    });
    expect(sheet.rows[0].completedOn).toBe('2022-07-12');
  });
});

describe('an STT cell that shows nothing is no item number to compare', () => {
  // Guards `row.numberIn === 'number' && row.fields.number?.via !== 'own'` in rules/duplicate-number.ts: a cell holding
  // only a zero-width space (pasted from a web page) has text to the reader but none to the eye or to tidyText.
  it('two activities whose STT cells hold only a zero-width space get no duplicate-number warning', () => {
    const a = row31();
    const b = row31({ activity: '3.2: Kiểm tra việc thực hiện văn bản quy phạm pháp luật' });
    a[0] = '\u200b';
    b[0] = '\u200b';
    expect(codes(findingsOf(nineColumnGrid([a, b])))).toEqual([]);
  });
});

describe('a section heading with no STT, merged over the first text columns', () => {
  // Guards `span.right - span.left >= 2` in sections.ts: a heading merged over three columns (goal, task, activity)
  // is as much a heading as one merged over the whole table.
  it('"CẢI CÁCH THỦ TỤC HÀNH CHÍNH" merged over B:D names the section of the rows under it', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, [null, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', null, null, null, null, null, null, null], row31({ activity: '1.1: Rà soát, đơn giản hóa thủ tục hành chính' })], { merges: ['B5:D5'] }));
    expect(sheet.rows.map((r) => [r.row, r.section])).toEqual([
      [4, 'CẢI CÁCH THỂ CHẾ'],
      [6, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ]);
  });
});

describe('a Roman-numbered heading typed in the STT cell on two lines', () => {
  // Guards the inline heading in sections.ts: "II. CẢI CÁCH THỦ TỤC\nHÀNH CHÍNH" in one cell is the whole title.
  it('"II. CẢI CÁCH THỦ TỤC⏎HÀNH CHÍNH" merged over the table is section II, its title whole', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, ['II. CẢI CÁCH THỦ TỤC\nHÀNH CHÍNH', null, null, null, null, null, null, null, null], row31({ activity: '1.1: Rà soát, đơn giản hóa thủ tục hành chính' })], { merges: ['A5:I5'] }));
    expect(sheet.rows.map((r) => [r.row, r.areaNumber, r.section])).toEqual([
      [4, 'I', 'CẢI CÁCH THỂ CHẾ'],
      [6, 'II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ]);
  });
});

describe('section numbers as they are typed: "II.", "1.", "10", and item numbers that are no heading', () => {
  const heading = (stt: string, title: string): CellValue[] => rowWith({ 0: stt, 1: title });
  const activity = (text: string) => row31({ activity: text });
  // Guards `numberText.replace(/[.:]$/, '')` for a Roman heading in sections.ts.
  it('"II." is section II', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, heading('II.', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'), activity('1.1: Rà soát thủ tục hành chính')], { merges: ['B5:I5'] }));
    expect(sheet.rows.map((r) => [r.row, r.areaNumber, r.section])).toEqual([
      [4, 'I', 'CẢI CÁCH THỂ CHẾ'],
      [6, 'II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ]);
  });
  // Guards `/^\d+[.:]?$/` and its replace in sections.ts: group headings numbered 1., 2., … 10 in a plan without
  // Roman sections.
  it('"1." and "10" head the groups of a plan with no Roman sections', () => {
    const sheet = readGrid({
      name: 'Phụ lục',
      values: [
        rowWith({ 0: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022' }),
        NINE_HEADER,
        heading('1.', 'Công tác chỉ đạo, điều hành CCHC'),
        activity('1.1: Ban hành kế hoạch cải cách hành chính năm 2022'),
        heading('10', 'Công tác thông tin, tuyên truyền CCHC'),
        activity('10.1: Tuyên truyền về cải cách hành chính'),
      ],
      merges: ['B3:I3', 'B5:I5'],
    });
    expect(sheet.rows.map((r) => [r.row, r.areaNumber, r.section])).toEqual([
      [4, '1', 'Công tác chỉ đạo, điều hành CCHC'],
      [6, '10', 'Công tác thông tin, tuyên truyền CCHC'],
    ]);
  });
  // Guards the anchors of `/^\d+[.:]?$/`: "1.1" and "II.1" with only their text are tasks (missing a lead), not
  // headings that would hide that.
  it('"1.1" and "II.1" rows with only their text are tasks missing their lead', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, heading('1.1', 'Rà soát văn bản quy phạm pháp luật'), heading('II.1', 'Kiểm tra công tác cải cách hành chính')]));
    expect(sheet.rows.map((r) => [r.row, r.number, r.section])).toEqual([
      [4, '3.1', 'CẢI CÁCH THỂ CHẾ'],
      [5, '1.1', 'CẢI CÁCH THỂ CHẾ'],
      [6, 'II.1', 'CẢI CÁCH THỂ CHẾ'],
    ]);
  });
});

describe('cells holding only a space, beside a closing note or a block spread across fields', () => {
  // Guards the trims and `text !== ''` in table-end.ts ownTexts: an STT cell of one space is no text, so the star
  // note is the row's only text and closes the table.
  it('"* Số liệu tính đến …" with a space in its STT cell ends the table', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, rowWith({ 0: ' ', 1: '* Số liệu tính đến ngày 14/9/2022.' }), rowWith({ 1: 'Người tổng hợp: Nguyễn Văn An' })]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
  // Guards the trim in table-end.ts onlyArea: the same for a text merged across the time and budget columns.
  it('"Theo Kế hoạch" merged over time and budget, with a space in its STT cell, is no task', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, rowWith({ 0: ' ', 7: 'Theo Kế hoạch' }), row31({ activity: '3.2: Kiểm tra việc thực hiện' })], { merges: ['H5:I5'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 6]);
  });
});

describe('the title block as offices type it', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Kết quả/sản phẩm', 'Thời gian hoàn thành'];
  const TASK: CellValue[] = ['1', 'Tuyên truyền, phổ biến nội dung Chỉ số PAPI', 'Kế hoạch tuyên truyền', 'Quý II/2024'];
  const sheetWith = (...title: string[]) => readGrid({ name: 'PL1', values: [...title.map((t) => [t, null, null, null]), HEADER, TASK] });

  // Guards `r < headerRow` in title.ts titleLines: the header's own words are no title.
  it('a table whose header is its first row has no title', () => {
    expect(sheetWith().title).toBeNull();
  });
  // Guards the line split `/\r?\n/` in titleLines and `l.length > 12` in findTitle: "PHỤ LỤC SỐ 2" (12 characters)
  // is a label, the plan's title is the line under it, in the same cell.
  it('"PHỤ LỤC SỐ 2⏎KẾ HOẠCH … NĂM 2022" in one cell: the title is the second line', () => {
    expect(sheetWith('PHỤ LỤC SỐ 2\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022').title).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022');
    expect(sheetWith('PHỤ LỤC SỐ 2', 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022').title).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022');
  });
  // Guards `part.trim() !== ''` in titleLines: a cell pushed down with a line break starts with an empty line.
  it('a title cell that starts with a blank line: its first line is the text, not an empty one', () => {
    expect(sheetWith('\nUBND TỈNH ĐỒNG THÁP').title).toBe('UBND TỈNH ĐỒNG THÁP');
    expect(sheetWith(' \nUBND TỈNH ĐỒNG THÁP').title).toBe('UBND TỈNH ĐỒNG THÁP');
  });
  // Guards `foldedWords.slice(0, i)` and `!ASSIGNS.test(before)` in findTitleLead: the assigning words must come
  // before "của"; "QUẢN LÝ" inside the agency's own name assigns nothing.
  it('"BÁO CÁO KẾT QUẢ CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP" names no lead', () => {
    const sheet = sheetWith('BÁO CÁO KẾT QUẢ CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP');
    expect(sheet.titleLead).toBeNull();
    expect(sheet.rows[0].fields.lead).toBeUndefined();
  });
  // Guards the closing punctuation taken off the lead, and the trim after it: all of ").", only at the end.
  it('"(Nhiệm vụ thuộc trách nhiệm của Sở Nội vụ)." and "… CỦA UBND TP. CAO LÃNH ." give the bare name', () => {
    expect(sheetWith('(Nhiệm vụ thuộc trách nhiệm của Sở Nội vụ).').titleLead).toEqual({ text: 'Sở Nội vụ', cell: 'A1' });
    expect(sheetWith('NHIỆM VỤ THUỘC TRÁCH NHIỆM CỦA UBND TP. CAO LÃNH .').titleLead).toEqual({ text: 'UBND TP. CAO LÃNH', cell: 'A1' });
  });
  // Guards `text === ''` in findTitleLead: a blank form's dotted line is no agency.
  it('a blank form, "… THUỘC TRÁCH NHIỆM CỦA ..........", names no lead', () => {
    expect(sheetWith('CÁC NHIỆM VỤ THUỘC TRÁCH NHIỆM CỦA ..........').titleLead).toBeNull();
  });
  // Guards `refs.every(…)` in findTitleLead: under weaker wording every name must be known.
  it('"… GIAO CHO … CỦA SỞ NỘI VỤ VÀ TRUNG TÂM VÔ DANH" (one name unknown) names no lead', () => {
    expect(sheetWith('NHIỆM VỤ GIAO CHO CÁC PHÒNG CHUYÊN MÔN CỦA SỞ NỘI VỤ VÀ TRUNG TÂM VÔ DANH').titleLead).toBeNull();
  });
  // Guards CITES_PLAN in findTitleArea and `named.size === 1`: the cited plan's index is not this table's, and a
  // title naming two indices names no one area.
  it('the index of the plan cited "(Kèm theo …)" is not the area; a title naming two indices gives none', () => {
    const cited = sheetWith('(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2024 về nâng cao Chỉ số PAPI)', 'CÁC NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS');
    expect([cited.titleArea, cited.rows[0].area]).toEqual(['Chỉ số SIPAS', 'Chỉ số SIPAS']);
    const two = sheetWith('CÁC NHIỆM VỤ NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS');
    expect([two.titleArea, two.rows[0].area]).toEqual([null, null]);
    expect(sheetWith('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024').titleArea).toBeNull();
  });
});

describe('rows after the last numbered one: a starred sub-activity, a merged cell beside texts, a blank row of spaces', () => {
  // Guards `own.length === 1` in table-end.ts isClosing: a "*" text among others is a bullet, not a note.
  it('"* Tổ chức hội nghị tập huấn" with its output, lead and time is read', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, rowWith({ 3: '* Tổ chức hội nghị tập huấn', 4: 'Hội nghị', 5: 'Sở Tư pháp', 7: 'Quý IV/2022' })]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 5]);
  });
  // Guards `own.every(…)` in isClosing: one merged cell among the row's own texts does not make it a closing block.
  it('an unnumbered activity whose coordinating cell is merged over the time column is read', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, rowWith({ 3: 'Kiểm tra việc thực hiện', 4: 'Báo cáo', 5: 'Sở Tư pháp', 6: 'Các sở, ban, ngành' })], { merges: ['G5:H5'] }));
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 5]);
  });
  // Guards the trim in table-end.ts rowShowsText: a row of spaces sets the signer's name apart as an empty row does.
  it('a signer\'s name set apart by a row whose cells hold only spaces is no task', () => {
    const sheet = readGrid(nineColumnGrid([ROW_31, rowWith({ 1: ' ', 5: ' ' }), rowWith({ 6: 'Nguyễn Văn An' })]));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('BUG FIXED: an unnumbered task whose text is merged over the text columns, before an unmarked signer', () => {
  // Found by table-end.ts 167:51: the row's text merged over B:D was taken for a block set over the table, so with
  // an empty row and a name under it the table ended above it and the task (with its lead and time) was lost.
  it('"Tổ chức hội nghị tập huấn" merged over B:D, with its lead, is read; the name set apart is not', () => {
    const g = nineColumnGrid([ROW_31, rowWith({ 1: 'Tổ chức hội nghị tập huấn nghiệp vụ', 5: 'Sở Nội vụ' }), emptyRow(), rowWith({ 6: 'Nguyễn Văn An' })], { merges: ['B5:D5'] });
    expect(readGrid(g).rows.map((r) => [r.row, r.title])).toEqual([
      [4, '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý'],
      [5, 'Tổ chức hội nghị tập huấn nghiệp vụ'],
    ]);
  });
  // Guards `!(o.merge && spreadsAcrossFields(…))` beside it: an unmerged activity continues the table without a lead.
  it('an unnumbered activity with only its output, then the name set apart: the activity is read, missing its lead', () => {
    const g = nineColumnGrid([ROW_31, rowWith({ 3: 'Kiểm tra việc thực hiện văn bản quy phạm pháp luật', 4: 'Báo cáo kết quả kiểm tra' }), emptyRow(), rowWith({ 6: 'Nguyễn Văn An' })]);
    expect(readGrid(g).rows.map((r) => r.row)).toEqual([4, 5]);
    expect(codes(findingsOf(g))).toContain('F5 missing-lead');
  });
  it('the same with only its time: a task missing its lead, which the reviewer is told', () => {
    const g = nineColumnGrid([ROW_31, rowWith({ 1: 'Tổ chức hội nghị tập huấn nghiệp vụ', 7: 'Quý IV/2022' }), emptyRow(), rowWith({ 6: 'Nguyễn Văn An' })], { merges: ['B5:D5'] });
    expect(readGrid(g).rows.map((r) => r.row)).toEqual([4, 5]);
    expect(codes(findingsOf(g))).toContain('F5 missing-lead');
  });
  it('a signer\'s name merged over B:D, set apart, with a name beside it in the coordinating column, is still no task', () => {
    const g = nineColumnGrid([ROW_31, emptyRow(), rowWith({ 1: 'Nguyễn Văn An', 6: 'Trần Thị Bình' })], { merges: ['B6:D6'] });
    expect(readGrid(g).rows.map((r) => r.row)).toEqual([4]);
  });
});

describe('a section typed in its STT cell, and a numbered row whose one text is merged across', () => {
  // Guards `heading.number !== ''` in read.ts: "II. CẢI CÁCH TÀI CHÍNH CÔNG" typed in the STT cell and merged across is
  // a numbered row, so the unnumbered tasks under it are the table's, not rows after its end.
  it('unnumbered tasks under "II. CẢI CÁCH TÀI CHÍNH CÔNG" (one merged STT cell) are read, in section II', () => {
    const sheet = readGrid(
      nineColumnGrid([ROW_31, rowWith({ 0: 'II. CẢI CÁCH TÀI CHÍNH CÔNG' }), rowWith({ 3: 'Kiểm tra việc quản lý, sử dụng kinh phí được giao tự chủ', 5: 'Sở Tài chính', 7: 'Quý IV/2022' })], { merges: ['A5:I5'] }),
    );
    expect(sheet.rows.map((r) => [r.row, r.areaNumber])).toEqual([
      [4, 'I'],
      [6, 'II'],
    ]);
  });
  // Guards `numberText === ''` before isLoneSpread in read.ts: a numbered row is a task even when its one text is
  // merged across the other columns.
  it('"3.2" with its activity merged over the rest of the row is a task, missing its lead', () => {
    const g = nineColumnGrid([ROW_31, rowWith({ 0: '3.2', 3: 'Nhiệm vụ này lồng ghép vào nhiệm vụ 3.1' })], { merges: ['D5:I5'] });
    expect(readGrid(g).rows.map((r) => [r.row, r.number])).toEqual([
      [4, '3.1'],
      [5, '3.2'],
    ]);
  });
});
