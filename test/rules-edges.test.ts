/**
 * The task rules (core/task/rules/*) and validateTaskSheet at their edges: each case asserts whole findings —
 * code, severity, cell, header, value, both messages, the task — so that a finding whose message is emptied,
 * whose field is lost (its header goes null) or whose cell moves fails here. Each case was checked by applying
 * the mutation it names to the source and running this file (StrykerJS's survivors, see test/mutate).
 * Rows are seed 004's appendix (Phụ lục KH 367, I 3.1) and seed 003's per-agency appendices and seed 000's
 * five columns; as-of dates are explicit.
 */
import type { CellValue, GridInput } from '../core/grid/grid';
import type { Finding } from '../core/findings';
import { validateTaskSheet } from '../core/task/validate';
import { findingsOf, nineColumnGrid, readGrid, row31, trackedGrid, type RowChange } from './helpers';

const row = (over: RowChange = {}): CellValue[] => row31(over);
/** The row with the progress columns a quarterly report adds. */
const tracked = (over: RowChange, status: CellValue, done: CellValue): CellValue[] => [...row(over), status, done];

const TASK_31 = { number: '3.1', text: 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý' };

/** A finding on sheet "Phụ lục" at an A1 cell (row and column derived from it, as validateTaskSheet does). */
function at(cell: string, f: Omit<Finding, 'sheet' | 'cell' | 'row' | 'column'>, sheet = 'Phụ lục'): Finding {
  const m = /^([A-Z])(\d+)$/.exec(cell)!;
  return { ...f, sheet, cell, row: Number(m[2]), column: m[1].charCodeAt(0) - 64 } as Finding;
}
const only = (code: string, found: Finding[]) => found.filter((f) => f.code === code);

describe('budget-unparsed', () => {
  it('speaks once per unreadable budget cell: two different cells are two findings, each quoting its own text', () => {
    const found = findingsOf(nineColumnGrid([row({ budget: 'khoảng vài chục' }), row({ activity: '3.2: Xây dựng Báo cáo kết quả rà soát', budget: 'Xin ý kiến sau' })]));
    expect(only('budget-unparsed', found)).toStrictEqual([
      at('I4', {
        code: 'budget-unparsed',
        severity: 'warning',
        header: '8- Kinh phí',
        value: 'khoảng vài chục',
        message: {
          vi: 'Không đọc được kinh phí “khoảng vài chục”. Ghi số tiền (150 triệu, 1,5 tỷ, 100.000.000 đồng) hoặc nguồn (Kinh phí tự chủ, Theo Kế hoạch).',
          en: 'Cannot read the budget “khoảng vài chục”. Write an amount (150 triệu, 1,5 tỷ, 100.000.000 đồng) or a source (Kinh phí tự chủ, Theo Kế hoạch).',
        },
        task: TASK_31,
      }),
      at('I5', {
        code: 'budget-unparsed',
        severity: 'warning',
        header: '8- Kinh phí',
        value: 'Xin ý kiến sau',
        message: {
          vi: 'Không đọc được kinh phí “Xin ý kiến sau”. Ghi số tiền (150 triệu, 1,5 tỷ, 100.000.000 đồng) hoặc nguồn (Kinh phí tự chủ, Theo Kế hoạch).',
          en: 'Cannot read the budget “Xin ý kiến sau”. Write an amount (150 triệu, 1,5 tỷ, 100.000.000 đồng) or a source (Kinh phí tự chủ, Theo Kế hoạch).',
        },
        task: { number: '3.2', text: 'Xây dựng Báo cáo kết quả rà soát' },
      }),
    ]);
  });
});

describe('cell-error', () => {
  it('names the error in both languages, under the column header', () => {
    expect(findingsOf(nineColumnGrid([row({ lead: '#REF!' })]))).toStrictEqual([
      at('F4', {
        code: 'cell-error',
        severity: 'error',
        header: '5-Chủ trì',
        value: '#REF!',
        message: { vi: 'Ô bị lỗi công thức #REF!.', en: 'The cell holds the formula error #REF!.' },
        task: TASK_31,
      }),
    ]);
  });
});

describe('completed-before-start and completion-date-unparsed', () => {
  it('a Quý IV/2022 task completed on 15/03/2022: the completion date cell, both dates in both languages', () => {
    const found = findingsOf(trackedGrid(tracked({ time: 'Quý IV/2022' }, 'Hoàn thành', '15/03/2022')), '2022-12-31');
    expect(found).toStrictEqual([
      at('K4', {
        code: 'completed-before-start',
        severity: 'warning',
        header: 'Ngày hoàn thành',
        value: '15/03/2022',
        message: {
          vi: 'Ngày hoàn thành 15/03/2022 sớm hơn thời gian bắt đầu của nhiệm vụ (01/10/2022).',
          en: "The completion date 15/03/2022 is before the task's period starts (01/10/2022).",
        },
        task: TASK_31,
      }),
    ]);
  });
  it('a completion date that is no day quotes the cell, under its header', () => {
    const found = findingsOf(trackedGrid(tracked({}, 'Hoàn thành', 'xong rồi')), '2022-10-15');
    expect(only('completion-date-unparsed', found)).toStrictEqual([
      at('K4', {
        code: 'completion-date-unparsed',
        severity: 'warning',
        header: 'Ngày hoàn thành',
        value: 'xong rồi',
        message: {
          vi: 'Không đọc được ngày hoàn thành “xong rồi”; ghi theo dạng ngày/tháng/năm.',
          en: 'Cannot read the completion date “xong rồi”; write it as day/month/year.',
        },
        task: TASK_31,
      }),
    ]);
  });
});

describe('deadline-expired', () => {
  it('completed after the as-of date: both languages say when', () => {
    const found = findingsOf(trackedGrid(tracked({ time: 'Quý II/2022' }, 'Hoàn thành', '14/10/2022')), '2022-09-30');
    expect(found).toStrictEqual([
      at('H4', {
        code: 'deadline-expired',
        severity: 'error',
        header: '7- Thời gian',
        value: 'Quý II/2022',
        message: {
          vi: 'Đã quá hạn 92 ngày (hạn 30/06/2022) tính đến ngày xét; báo cáo hoàn thành ngày 14/10/2022, sau ngày xét.',
          en: '92 days past the deadline (30/06/2022) on the as-of date; reported complete on 14/10/2022, after it.',
        },
        task: TASK_31,
      }),
    ]);
  });
});

describe('deadline-unparsed', () => {
  it('adds what the parser found (a day that does not exist) in both languages, and nothing for plain words', () => {
    const found = findingsOf(nineColumnGrid([row({ time: '31/02/2022' }), row({ activity: '3.2: Xây dựng Báo cáo kết quả rà soát', time: 'Sớm nhất có thể' })]));
    const write = { vi: 'Ghi theo dạng 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 hoặc “Thường xuyên”.', en: 'Write it as 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 or “Thường xuyên”.' };
    expect(found).toStrictEqual([
      at('H4', {
        code: 'deadline-unparsed',
        severity: 'warning',
        header: '7- Thời gian',
        value: '31/02/2022',
        message: { vi: `Không đọc được thời gian “31/02/2022” (không có ngày hay tháng này). ${write.vi}`, en: `Cannot read the time “31/02/2022” (no such day or month). ${write.en}` },
        task: TASK_31,
      }),
      at('H5', {
        code: 'deadline-unparsed',
        severity: 'warning',
        header: '7- Thời gian',
        value: 'Sớm nhất có thể',
        message: { vi: `Không đọc được thời gian “Sớm nhất có thể”. ${write.vi}`, en: `Cannot read the time “Sớm nhất có thể”. ${write.en}` },
        task: { number: '3.2', text: 'Xây dựng Báo cáo kết quả rà soát' },
      }),
    ]);
  });
});

describe('duplicate-number', () => {
  it('a number typed twice in the STT column: at the STT cell, under its header, pointing at the first', () => {
    // Seed 000's five columns: sub-rows "a)", "b)" in the TT column.
    const grid: GridInput = {
      name: 'Phụ lục',
      values: [
        ['TT', 'Nội dung', 'Mục tiêu/Giải pháp', 'Cơ quan tham mưu', 'Cơ quan phối hợp thực hiện'],
        ['1', 'Công khai, minh bạch thủ tục hành chính', null, null, null],
        ['a)', 'Niêm yết công khai TTHC', 'Công khai 100% TTHC tại Bộ phận Một cửa', 'Sở Nội vụ', 'Sở Tư pháp'],
        ['a)', 'Cập nhật TTHC trên Cổng Dịch vụ công', 'Công khai 100% TTHC trên Cổng', 'Sở Nội vụ', 'Sở Tư pháp'],
      ],
    };
    expect(only('duplicate-number', findingsOf(grid))).toStrictEqual([
      at(
        'A4',
        {
          code: 'duplicate-number',
          severity: 'warning',
          header: 'TT',
          value: 'a)',
          message: { vi: 'Số thứ tự “a)” bị trùng với ô A3 trong cùng mục.', en: 'Item number “a)” repeats the one in A3 in the same section.' },
          task: { number: 'a)', text: 'Công khai 100% TTHC trên Cổng' }, // "Mục tiêu/Giải pháp" is the activity column
        },
        'Phụ lục',
      ),
    ]);
  });
  it('a number written in the activity text twice: at the activity cell, under its header', () => {
    const found = findingsOf(nineColumnGrid([row(), row({ activity: '3.1: Lập danh mục văn bản cần sửa đổi' })]));
    expect(found).toStrictEqual([
      at('D5', {
        code: 'duplicate-number',
        severity: 'warning',
        header: '3- Hoạt động',
        value: '3.1',
        message: { vi: 'Số thứ tự “3.1” bị trùng với ô D4 trong cùng mục.', en: 'Item number “3.1” repeats the one in D4 in the same section.' },
        task: { number: '3.1', text: 'Lập danh mục văn bản cần sửa đổi' },
      }),
    ]);
  });
});

describe('duplicate-number where the number opens a task text (a bug fixed here)', () => {
  // Before: the finding pointed at the activity cell whatever the number was read from — in a sheet without an
  // activity column the row's first cell (the empty STT cell, "trùng với ô A4"), with no header.
  it('a sheet without an activity column: at the task cell, under its header, pointing at the first task cell', () => {
    const grid: GridInput = {
      name: 'KH',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['I', 'CẢI CÁCH THỂ CHẾ', null, null, null],
        [null, '1.1: Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh', 'Quý IV/2022'],
        [null, '1.1: Kiểm tra văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh', 'Quý IV/2022'],
      ],
      merges: ['B3:E3'],
    };
    expect(findingsOf(grid)).toStrictEqual([
      at(
        'B5',
        {
          code: 'duplicate-number',
          severity: 'warning',
          header: 'Nội dung nhiệm vụ',
          value: '1.1',
          message: { vi: 'Số thứ tự “1.1” bị trùng với ô B4 trong cùng mục.', en: 'Item number “1.1” repeats the one in B4 in the same section.' },
          task: { number: '1.1', text: 'Kiểm tra văn bản quy phạm pháp luật' },
        },
        'KH',
      ),
    ]);
  });
  it('numbered tasks over unnumbered activities: at the task cell, not the activity cell', () => {
    const found = findingsOf(
      nineColumnGrid(
        [
          row({ task: '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', activity: 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý' }),
          row({ task: '2.1: Nâng cao chất lượng xây dựng văn bản quy phạm pháp luật', activity: 'Tổ chức tập huấn nghiệp vụ xây dựng văn bản' }),
        ],
        { merges: ['B4:B5'] },
      ),
    );
    expect(found).toStrictEqual([
      at('C5', {
        code: 'duplicate-number',
        severity: 'warning',
        header: '2- Nhiệm vụ',
        value: '2.1',
        message: { vi: 'Số thứ tự “2.1” bị trùng với ô C4 trong cùng mục.', en: 'Item number “2.1” repeats the one in C4 in the same section.' },
        task: { number: '2.1', text: 'Tổ chức tập huấn nghiệp vụ xây dựng văn bản' },
      }),
    ]);
  });
});

describe('duplicate-number: a number read from the task under a merged activity', () => {
  it('the activity cell merged from the row above is not where the number is: the task cell is', () => {
    // Row 6's activity is D5:D6's "3.1: …" (the number of row 5); row 6's own number is its task's "2.1".
    const found = findingsOf(
      nineColumnGrid(
        [
          row({ task: '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', activity: 'Tổ chức hội thảo lấy ý kiến doanh nghiệp' }),
          row({ task: '2.2: Rà soát thể chế về đầu tư', activity: '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý' }),
          row({ task: '2.1: Kiểm tra việc thực hiện thể chế', activity: null }),
        ],
        { merges: ['B4:B6', 'D5:D6'] },
      ),
    );
    expect(found.map((f) => [f.code, f.cell, f.header, f.value, f.message.vi])).toStrictEqual([
      ['duplicate-number', 'C6', '2- Nhiệm vụ', '2.1', 'Số thứ tự “2.1” bị trùng với ô C4 trong cùng mục.'],
    ]);
  });
});

describe('lead-also-coordinating', () => {
  const finding = (coord: string, vi: string, en: string) =>
    at('G4', { code: 'lead-also-coordinating', severity: 'warning', header: '6- Phối hợp', value: coord, message: { vi, en }, task: TASK_31 });
  it('one agency on both sides: “is”', () => {
    const found = findingsOf(nineColumnGrid([row({ lead: 'Sở Nội vụ', coord: 'Sở Nội Vụ, Sở Tư pháp' })]));
    expect(found).toStrictEqual([finding('Sở Nội Vụ, Sở Tư pháp', '“Sở Nội vụ” vừa chủ trì vừa phối hợp thực hiện.', '“Sở Nội vụ” is both lead and coordinating.')]);
  });
  it('two agencies on both sides: listed with a comma, in coordinating order, “are”', () => {
    const found = findingsOf(nineColumnGrid([row({ lead: 'Sở Nội vụ, Sở Tư pháp', coord: 'Sở Tư pháp, Sở Nội vụ, Sở Tài chính' })]));
    expect(found).toStrictEqual([
      finding('Sở Tư pháp, Sở Nội vụ, Sở Tài chính', '“Sở Tư pháp”, “Sở Nội vụ” vừa chủ trì vừa phối hợp thực hiện.', '“Sở Tư pháp”, “Sở Nội vụ” are both lead and coordinating.'),
    ]);
  });
});

describe('missing-lead where the layout has no lead column', () => {
  it('a per-agency appendix whose title names nobody: the finding is at the row’s task text, with no header', () => {
    // Seed 003's Phụ lục layout, its title line "THUỘC TRÁCH NHIỆM … CỦA SỞ NỘI VỤ" lost in a copy.
    const grid: GridInput = {
      name: 'PL1',
      values: [
        ['PHỤ LỤC 1', null, null, null, null],
        ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX)', null, null, null, null],
        ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
        ['I', 'Chỉ số PAPI', null, null, null],
        [1, 'Tri thức công dân', 'Nâng cao kiến thức, kỹ năng của cán bộ, công chức cấp xã', 'Thực hiện Kế hoạch tuyên truyền, phổ biến về Chỉ số PAPI', 'Thường xuyên'],
      ],
      merges: ['B4:E4'],
    };
    expect(only('missing-lead', findingsOf(grid, '2024-10-15'))).toStrictEqual([
      at(
        'D5',
        {
          code: 'missing-lead',
          severity: 'error',
          header: null,
          value: null,
          message: { vi: 'Nhiệm vụ chưa có cơ quan chủ trì.', en: 'The task has no lead agency.' },
          task: { number: '1', text: 'Thực hiện Kế hoạch tuyên truyền, phổ biến về Chỉ số PAPI' },
        },
        'PL1',
      ),
    ]);
  });
});

describe('validateTaskSheet: the task a finding carries', () => {
  it('a numbered row with no text at all carries its number and an empty text', () => {
    // "3.3" in the STT column, an output, a lead and a time, but no goal, task or activity: the first row of its section.
    const found = findingsOf(nineColumnGrid([['3.3', null, null, null, 'Báo cáo', 'Sở Nội vụ', null, 'Quý IV/2022', null]]));
    expect(found).toStrictEqual([
      at('D4', {
        code: 'missing-task-text',
        severity: 'error',
        header: '3- Hoạt động',
        value: null,
        message: { vi: 'Dòng có thông tin nhưng thiếu nội dung ở cột “3- Hoạt động”.', en: 'The row has data but no text in the “3- Hoạt động” column.' },
        task: { number: '3.3', text: '' },
      }),
    ]);
  });
});

describe('missing-lead in a lead column', () => {
  it('a lead cell that names nobody (“(không)”) is no lead: the finding quotes the cell', () => {
    expect(findingsOf(nineColumnGrid([row({ lead: '(không)' })]))).toStrictEqual([
      at('F4', {
        code: 'missing-lead',
        severity: 'error',
        header: '5-Chủ trì',
        value: '(không)',
        message: { vi: 'Nhiệm vụ chưa có cơ quan chủ trì.', en: 'The task has no lead agency.' },
        task: TASK_31,
      }),
    ]);
  });
});

describe('missing-output', () => {
  it('at the output cell, under its header, in both languages', () => {
    expect(findingsOf(nineColumnGrid([row({ output: null })]))).toStrictEqual([
      at('E4', {
        code: 'missing-output',
        severity: 'warning',
        header: '4- Kết quả/ sản phẩm',
        value: null,
        message: { vi: 'Nhiệm vụ chưa nêu kết quả/sản phẩm.', en: 'The task names no output.' },
        task: TASK_31,
      }),
    ]);
  });
});

describe('status-unknown', () => {
  it('quotes the status and lists the values to use, at the status cell', () => {
    expect(findingsOf(trackedGrid(tracked({}, 'Tốt', null)), '2022-10-15')).toStrictEqual([
      at('J4', {
        code: 'status-unknown',
        severity: 'warning',
        header: 'Tình trạng',
        value: 'Tốt',
        message: {
          vi: 'Không hiểu tình trạng “Tốt”. Dùng: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.',
          en: 'Unknown status “Tốt”. Use: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.',
        },
        task: TASK_31,
      }),
    ]);
  });
  it('a status shown blank (spaces in place of the value 250) is quoted by its value, not as an empty “”', () => {
    const grid = trackedGrid(tracked({}, 250, null));
    const texts = grid.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
    texts[3][9] = '   ';
    const [f] = only('status-unknown', findingsOf({ ...grid, texts }, '2022-10-15'));
    expect(f.message).toEqual({
      vi: 'Không hiểu tình trạng “250”. Dùng: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.',
      en: 'Unknown status “250”. Use: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.',
    });
    expect(f.cell).toBe('J4');
  });
});

describe('unknown-agency', () => {
  it('says which role the unknown name has (lead, coordinating), under that column’s header', () => {
    const found = findingsOf(nineColumnGrid([row({ lead: 'Sở Tài chánh', coord: 'Sở Nội vụ, Phòng Vô Danh' })]));
    expect(found).toStrictEqual([
      at('F4', {
        code: 'unknown-agency',
        severity: 'warning',
        header: '5-Chủ trì',
        value: 'Sở Tài chánh',
        message: {
          vi: 'Cơ quan chủ trì “Sở Tài chánh” không có trong danh mục cơ quan. Có phải là “Sở Tài chính”?',
          en: 'The lead agency “Sở Tài chánh” is not in the agency directory. Did you mean “Sở Tài chính”?',
        },
        suggestion: 'Sở Tài chính',
        task: TASK_31,
      }),
      at('G4', {
        code: 'unknown-agency',
        severity: 'warning',
        header: '6- Phối hợp',
        value: 'Phòng Vô Danh',
        message: { vi: 'Cơ quan phối hợp “Phòng Vô Danh” không có trong danh mục cơ quan.', en: 'The coordinating agency “Phòng Vô Danh” is not in the agency directory.' },
        task: TASK_31,
      }),
    ]);
  });
  it('a lead named in a per-agency appendix’s title and unknown: once, at the title cell, with no header', () => {
    // Seed 003's layout; "THUỘC TRÁCH NHIỆM … CỦA" makes the name the lead even though the directory lacks it.
    const grid: GridInput = {
      name: 'PL9',
      values: [
        ['PHỤ LỤC 9', null, null, null, null],
        ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHỆ CAO', null, null, null, null],
        ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian hoàn thành'],
        ['I', 'Chỉ số PCI', null, null, null],
        [1, 'Chi phí không chính thức', 'Giảm tỷ lệ doanh nghiệp phải trả chi phí không chính thức', 'Công khai quy trình giải quyết TTHC', 'Thường xuyên'],
        [2, 'Tính minh bạch', 'Tăng điểm chỉ số thành phần', 'Cập nhật thông tin trên Cổng thông tin điện tử', 'Thường xuyên'],
      ],
      merges: ['B4:E4'],
    };
    expect(findingsOf(grid, '2024-10-15')).toStrictEqual([
      at(
        'A2',
        {
          code: 'unknown-agency',
          severity: 'warning',
          header: null,
          value: 'BAN QUẢN LÝ CÁC KHU CÔNG NGHỆ CAO',
          message: {
            vi: 'Cơ quan chủ trì “BAN QUẢN LÝ CÁC KHU CÔNG NGHỆ CAO” không có trong danh mục cơ quan. Có phải là “Ban Quản lý các khu công nghiệp”?',
            en: 'The lead agency “BAN QUẢN LÝ CÁC KHU CÔNG NGHỆ CAO” is not in the agency directory. Did you mean “Ban Quản lý các khu công nghiệp”?',
          },
          suggestion: 'Ban Quản lý các khu công nghiệp',
          task: { number: '1', text: 'Công khai quy trình giải quyết TTHC' },
        },
        'PL9',
      ),
    ]);
  });
});

describe('validateTaskSheet: the task text a finding carries, without its number (a bug fixed here)', () => {
  // Seed 003's per-agency layout; every deadline 30/9/2024 is expired on 15/10/2024, so each row has a finding.
  const pl1 = (rows: CellValue[][]): GridInput => ({
    name: 'PL1 Sở Nội vụ',
    values: [
      ['PHỤ LỤC 1', null, null, null, null],
      ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ NỘI VỤ', null, null, null, null],
      ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      ['I', 'Chỉ số PAPI', null, null, null],
      ...rows,
    ],
    merges: ['B4:E4'],
  });
  const tasks = (rows: CellValue[][]) => findingsOf(pl1(rows), '2024-10-15').map((f) => f.task);
  const r = (stt: CellValue, text: string): CellValue[] => [stt, 'Tri thức công dân', 'Nâng cao kiến thức của cán bộ, công chức cấp xã', text, '30/9/2024'];

  it('keeps a text that only begins with the STT’s digits: “100% …” under 1, a count (“2 hội nghị …”, “10 cuộc …”) under 2 and 10', () => {
    // Before: "00% cán bộ…" and "hội nghị…".
    const texts = ['100% cán bộ, công chức cấp xã được tập huấn về Luật thực hiện dân chủ ở cơ sở.', '2 hội nghị đối thoại với người dân mỗi năm (Quý II, Quý IV).'];
    texts.push('10 cuộc kiểm tra công tác CCHC tại các cơ quan, đơn vị.');
    expect(tasks([r(1, texts[0]), r(2, texts[1]), r(10, texts[2])])).toStrictEqual([
      { number: '1', text: texts[0] },
      { number: '2', text: texts[1] },
      { number: '10', text: texts[2] },
    ]);
  });
  it('drops the STT repeated and set apart: “1. …”, “2 : …”, “b) …” under b, “3. …” and “4.…” under 3. and 4., “a) …”, “1.2 …”, “1.3– …”', () => {
    expect(
      tasks([
        r(1, '1. Tuyên truyền Luật thực hiện dân chủ ở cơ sở'),
        r(2, '2 : Tổ chức hội nghị đối thoại'),
        r('b', 'b) Lấy ý kiến người dân về TTHC'),
        r('3.', '3. Khảo sát sự hài lòng của người dân'),
        r('4.', '4.Đánh giá kết quả khảo sát'),
        r('a)', 'a) Niêm yết công khai TTHC'),
        r('1.2', '1.2 Công khai kết quả giải quyết TTHC'),
        r('1.3', '1.3– Cập nhật TTHC trên Cổng Dịch vụ công'),
      ]),
    ).toStrictEqual([
      { number: '1', text: 'Tuyên truyền Luật thực hiện dân chủ ở cơ sở' },
      { number: '2', text: 'Tổ chức hội nghị đối thoại' },
      { number: 'b', text: 'Lấy ý kiến người dân về TTHC' },
      { number: '3.', text: 'Khảo sát sự hài lòng của người dân' },
      { number: '4.', text: 'Đánh giá kết quả khảo sát' },
      { number: 'a)', text: 'Niêm yết công khai TTHC' },
      { number: '1.2', text: 'Công khai kết quả giải quyết TTHC' },
      { number: '1.3', text: 'Cập nhật TTHC trên Cổng Dịch vụ công' },
    ]);
  });
  it('keeps a text whose start runs on from the STT (“3.10: …” under 3.1, “bảo đảm …” under b) or does not begin with it', () => {
    expect(tasks([r('3.1', '3.10: Rà soát quy chế tiếp công dân.'), r('b', 'bảo đảm an toàn thông tin: rà soát hệ thống.'), r(1, 'Tuyên truyền 1 lần mỗi quý')])).toStrictEqual([
      { number: '3.1', text: '3.10: Rà soát quy chế tiếp công dân.' },
      { number: 'b', text: 'bảo đảm an toàn thông tin: rà soát hệ thống.' },
      { number: '1', text: 'Tuyên truyền 1 lần mỗi quý' },
    ]);
  });
  it('cuts a long text to 80 characters', () => {
    const long = 'Thực hiện Kế hoạch tuyên truyền, phổ biến và tập huấn, bồi dưỡng, nâng cao kiến thức của cán bộ, công chức cấp xã về Chỉ số PAPI';
    expect(tasks([r(2, long)])).toStrictEqual([{ number: '2', text: `${long.slice(0, 79)}…` }]);
  });
  it('a row with neither a number nor a text carries no task', () => {
    // The first row of its section: nothing above to carry a task from.
    const [f] = findingsOf(nineColumnGrid([[null, null, null, null, 'Báo cáo', 'Sở Nội vụ', null, 'Quý IV/2022', null]]));
    expect(f.code).toBe('missing-task-text');
    expect('task' in f).toBe(false);
  });
});

describe('validateTaskSheet: the layout’s text column and the options', () => {
  it('a sheet whose text column is a task column (no activity column): missing-task-text at the task cell', () => {
    const grid: GridInput = {
      name: 'KH',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null, null],
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['I', 'CẢI CÁCH THỂ CHẾ', null, null, null],
        ['1', null, 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh', 'Trong năm 2022'],
      ],
      merges: ['B3:E3'],
    };
    expect(findingsOf(grid)).toStrictEqual([
      at(
        'B4',
        {
          code: 'missing-task-text',
          severity: 'error',
          header: 'Nội dung nhiệm vụ',
          value: null,
          message: { vi: 'Dòng có thông tin nhưng thiếu nội dung ở cột “Nội dung nhiệm vụ”.', en: 'The row has data but no text in the “Nội dung nhiệm vụ” column.' },
          task: { number: '1', text: '' },
        },
        'KH',
      ),
    ]);
  });
  it('the due-soon window is 30 days unless the options say otherwise', () => {
    const sheet = readGrid(nineColumnGrid([row({ time: '30/11/2022' })]));
    const codes = (found: Finding[]) => found.map((f) => `${f.cell} ${f.code} ${f.message.vi}`);
    expect(codes(validateTaskSheet(sheet, { asOf: '2022-11-10' }))).toStrictEqual(['H4 deadline-due-soon Còn 20 ngày đến hạn (30/11/2022).']);
    expect(codes(validateTaskSheet(sheet, { asOf: '2022-11-10', dueSoonDays: 7 }))).toStrictEqual([]);
    expect(codes(validateTaskSheet(sheet, { asOf: '2022-11-10', dueSoonDays: 20 }))).toStrictEqual(['H4 deadline-due-soon Còn 20 ngày đến hạn (30/11/2022).']);
  });
});

describe('deadline-due-soon', () => {
  const finding = (time: string, vi: string, en: string) =>
    at('H4', { code: 'deadline-due-soon', severity: 'info', header: '7- Thời gian', value: time, message: { vi, en }, task: TASK_31 });
  it('counts the days to the deadline in both languages, at the time cell', () => {
    expect(findingsOf(nineColumnGrid([row({ time: 'Tháng 11/2022' })]), '2022-11-05')).toStrictEqual([
      finding('Tháng 11/2022', 'Còn 25 ngày đến hạn (30/11/2022).', 'Due in 25 days (30/11/2022).'),
    ]);
  });
  it('says “today” on the deadline itself', () => {
    expect(findingsOf(nineColumnGrid([row({ time: '30/11/2022' })]), '2022-11-30')).toStrictEqual([finding('30/11/2022', 'Đến hạn hôm nay (30/11/2022).', 'Due today (30/11/2022).')]);
  });
});

describe('deadline-expired: what the status column says', () => {
  it('quotes the status of a task still in progress, though it gives a date (not a completion)', () => {
    // "Đang thực hiện" with a date: not reported complete, so overdue; the date is not "reported complete on".
    const found = findingsOf(trackedGrid(tracked({ time: 'Quý II/2022' }, 'Đang thực hiện', '20/09/2022')), '2022-10-15');
    expect(found).toStrictEqual([
      at('H4', {
        code: 'deadline-expired',
        severity: 'error',
        header: '7- Thời gian',
        value: 'Quý II/2022',
        message: {
          vi: 'Đã quá hạn 107 ngày (hạn 30/06/2022) mà chưa báo cáo hoàn thành (tình trạng: Đang thực hiện).',
          en: '107 days past the deadline (30/06/2022) and not reported complete (status: Đang thực hiện).',
        },
        task: TASK_31,
      }),
    ]);
  });
  it('says nothing of a status the sheet does not have', () => {
    expect(findingsOf(nineColumnGrid([row({ time: 'Quý II/2022' })]), '2022-10-15')).toStrictEqual([
      at('H4', {
        code: 'deadline-expired',
        severity: 'error',
        header: '7- Thời gian',
        value: 'Quý II/2022',
        message: { vi: 'Đã quá hạn 107 ngày (hạn 30/06/2022) mà chưa báo cáo hoàn thành.', en: '107 days past the deadline (30/06/2022) and not reported complete.' },
        task: TASK_31,
      }),
    ]);
  });
  it('a status saying “overdue” is no expired deadline where the deadline is today, later, or no date', () => {
    const found = findingsOf(
      trackedGrid(
        tracked({ time: '15/10/2022' }, 'Chậm tiến độ', null),
        tracked({ activity: '3.2: Xây dựng Báo cáo kết quả rà soát', time: '31/12/2022' }, 'Chậm tiến độ', null),
        tracked({ activity: '3.3: Cập nhật cơ sở dữ liệu văn bản', time: 'Thường xuyên' }, 'Chậm tiến độ', null),
      ),
      '2022-10-15',
    );
    expect(found).toStrictEqual([]);
  });
});

describe('deadline-missing', () => {
  it('at the empty time cell, under its header, in both languages', () => {
    expect(findingsOf(nineColumnGrid([row({ time: null })]))).toStrictEqual([
      at('H4', {
        code: 'deadline-missing',
        severity: 'warning',
        header: '7- Thời gian',
        value: null,
        message: { vi: 'Nhiệm vụ chưa có thời gian hoàn thành.', en: 'The task has no deadline.' },
        task: TASK_31,
      }),
    ]);
  });
});

describe('completed-before-start: only against a dated period', () => {
  it('a recurring time, no time, or an unreadable one has no period start to complete before', () => {
    const found = findingsOf(
      trackedGrid(
        tracked({ time: 'Thường xuyên' }, 'Hoàn thành', '15/03/2022'),
        tracked({ activity: '3.2: Xây dựng Báo cáo kết quả rà soát', time: null }, 'Hoàn thành', '15/03/2022'),
        tracked({ activity: '3.3: Cập nhật cơ sở dữ liệu văn bản', time: 'Sớm nhất có thể' }, 'Hoàn thành', '15/03/2022'),
      ),
      '2022-12-31',
    );
    expect(found.map((f) => `${f.cell} ${f.code}`)).toStrictEqual(['H5 deadline-missing', 'H6 deadline-unparsed']);
  });
  it('a single day has no period; the period’s first day is not before it', () => {
    const found = findingsOf(
      trackedGrid(
        tracked({ time: '31/12/2022' }, 'Hoàn thành', '15/03/2022'),
        tracked({ activity: '3.2: Xây dựng Báo cáo kết quả rà soát', time: 'Quý IV/2022' }, 'Hoàn thành', '01/10/2022'),
        tracked({ activity: '3.3: Cập nhật cơ sở dữ liệu văn bản', time: 'Quý IV/2022' }, 'Hoàn thành', '30/09/2022'),
      ),
      '2022-12-31',
    );
    expect(found.map((f) => `${f.cell} ${f.code} ${f.message.en}`)).toStrictEqual([
      "K6 completed-before-start The completion date 30/09/2022 is before the task's period starts (01/10/2022).",
    ]);
  });
});

describe('deadline-expired and lead-also-coordinating: the nearest cases that are fine', () => {
  it('a task completed before its deadline is not expired after it', () => {
    expect(findingsOf(trackedGrid(tracked({ time: 'Quý II/2022' }, 'Hoàn thành', '20/06/2022')), '2022-10-15')).toStrictEqual([]);
  });
  it('lead and coordinating cells paired line by line: a name on both sides of one pair only', () => {
    // Line 1: Sở Tài chính leads, Sở Nội vụ helps; line 2: Sở Y tế leads, Sở Tài chính helps — two assignments, no contradiction.
    const found = findingsOf(
      nineColumnGrid([
        row({ lead: 'Sở Tài chính\nSở Y tế', coord: 'Sở Nội vụ\nSở Tài chính' }),
        row({ activity: '3.2: Xây dựng Báo cáo kết quả rà soát', lead: 'Sở Tài chính\nSở Y tế', coord: 'Sở Nội vụ\nSở Y tế' }),
      ]),
    );
    expect(found).toStrictEqual([
      at('G5', {
        code: 'lead-also-coordinating',
        severity: 'warning',
        header: '6- Phối hợp',
        value: 'Sở Nội vụ Sở Y tế',
        message: { vi: '“Sở Y tế” vừa chủ trì vừa phối hợp thực hiện.', en: '“Sở Y tế” is both lead and coordinating.' },
        task: { number: '3.2', text: 'Xây dựng Báo cáo kết quả rà soát' },
      }),
    ]);
  });
});
