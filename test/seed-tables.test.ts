/**
 * Every table of the seeds, read as a reviewer at a Department of Home Affairs would: per sheet, how many
 * task rows, who leads each, and which errors (only the real ones). A false error on a real plan fails here.
 */
import { consolidate } from '../core/report/consolidate';
import { makePeriod } from '../core/report/period';
import { progressOf } from '../core/task/progress';
import { validateWorkbook, type SheetResult } from '../core/workbook';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';

const AS_OF_2024 = '2024-10-20';
const errors = (s: SheetResult) => s.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.code}`);
const warnings = (s: SheetResult) => s.findings.filter((f) => f.severity === 'warning').map((f) => `${f.cell} ${f.code}`);

describe('seed 003: all 24 per-agency appendices as of 20/10/2024', () => {
  const result = validateWorkbook(seed003.sheets, { asOf: AS_OF_2024 });
  const byName = new Map(result.sheets.map((s) => [s.name, s]));

  /*
   * Sheet, task rows (the seed's rows that are not section headings; a section row that carries its own
   * target, tasks and time counts), the lead the title names, errors and warnings a reviewer accepts:
   * - PL1 E17: "30/9/2024", a dated deadline 20 days before the as-of date, no progress reported.
   * - PL18: the seed gives no time for either task (lines 1511–1528), so the time is missing indeed.
   */
  const EXPECTED: Array<[string, number, string, string[], string[]]> = [
    ['PL1 Sở Nội vụ', 22, 'Sở Nội vụ', ['E17 deadline-expired'], []],
    ['PL2 Sở Tư pháp', 11, 'Sở Tư pháp', [], []],
    ['PL3 VP UBND tỉnh', 22, 'Văn phòng UBND tỉnh', [], []],
    ['PL4 Sở Tài chính', 6, 'Sở Tài chính', [], []],
    ['PL5 Sở TT&TT', 6, 'Sở Thông tin và Truyền thông', [], []],
    ['PL6 Sở Kế hoạch và Đầu tư', 13, 'Sở Kế hoạch và Đầu tư', [], []],
    ['PL7 Sở Công Thương', 7, 'Sở Công Thương', [], []],
    ['PL8 Sở Giáo dục và Đào tạo', 7, 'Sở Giáo dục và Đào tạo', [], []],
    ['PL9 Sở Y tế', 7, 'Sở Y tế', [], []],
    ['PL10 Sở Giao thông vận tải', 5, 'Sở Giao thông vận tải', [], []],
    ['PL11 Sở TN&MT', 14, 'Sở Tài nguyên và Môi trường', [], []],
    ['PL12 Sở LĐ-TB&XH', 7, 'Sở Lao động, Thương binh và Xã hội', [], []],
    ['PL13 Thanh tra tỉnh', 6, 'Thanh tra tỉnh', [], []],
    ['PL14 Sở NN và PTNT', 2, 'Sở Nông nghiệp và Phát triển nông thôn', [], []],
    ['PL15 Sở Xây dựng', 2, 'Sở Xây dựng', [], []],
    ['PL16 BHXH tỉnh', 6, 'Bảo hiểm xã hội tỉnh', [], []],
    ['PL17 Công an tỉnh', 3, 'Công an tỉnh', [], []],
    ['PL18 Bưu điện tỉnh', 2, 'Bưu điện tỉnh', [], ['E6 deadline-missing', 'E7 deadline-missing']],
    ['PL19 Cục Thuế tỉnh', 4, 'Cục Thuế tỉnh', [], []],
    ['PL20 Cục QLTT tỉnh', 1, 'Cục Quản lý thị trường tỉnh', [], []],
    ['PL21 Tòa án nhân dân tỉnh', 2, 'Tòa án nhân dân tỉnh', [], []],
    ['PL22 NHNN chi nhánh tỉnh', 1, 'Ngân hàng Nhà nước chi nhánh tỉnh', [], []],
    ['PL23 UBND huyện', 59, 'UBND cấp huyện', [], []],
    ['PL24 UBND xã', 35, 'UBND cấp xã', [], []],
  ];

  it('has the 24 appendices, 250 task rows', () => {
    expect(result.sheets.map((s) => s.name)).toEqual(EXPECTED.map((e) => e[0]));
    expect(result.sheets.reduce((n, s) => n + s.rows, 0)).toBe(250);
  });

  describe.each(EXPECTED)('%s', (name, rows, lead, errs, warns) => {
    const sheet = byName.get(name)!;
    it(`reads ${rows} task rows, each led by ${lead} from the title`, () => {
      expect(sheet.kind).toBe('task');
      expect(sheet.task!.layout).toBe('per-agency');
      expect(sheet.rows).toBe(rows);
      expect(sheet.task!.rows.map((r) => r.lead.map((l) => l.agency?.name ?? `?${l.text}`))).toEqual(Array(rows).fill([lead]));
      expect(sheet.task!.rows.every((r) => r.fields.lead?.via === 'title')).toBe(true);
    });
    it(`has the errors ${JSON.stringify(errs)} and the warnings ${JSON.stringify(warns)}, nothing else`, () => {
      expect(errors(sheet)).toEqual(errs);
      expect(warnings(sheet)).toEqual(warns);
    });
  });

  it('flags an expired deadline exactly where a dated deadline is before the as-of date', () => {
    for (const sheet of result.sheets)
      for (const row of sheet.task!.rows) {
        const dated = row.deadline?.kind === 'deadline' ? row.deadline.date : null;
        const expired = sheet.findings.some((f) => f.code === 'deadline-expired' && f.row === row.row);
        expect([sheet.name, row.row, expired]).toEqual([sheet.name, row.row, dated !== null && dated < AS_OF_2024]);
      }
  });

  it('has no missing lead, no unreadable deadline and no unknown agency anywhere', () => {
    const codes = result.sheets.flatMap((s) => s.findings.map((f) => f.code));
    for (const c of ['missing-lead', 'deadline-unparsed', 'unknown-agency']) expect(codes).not.toContain(c);
  });

  describe('the quarterly report of the 24 appendices', () => {
    const model = consolidate([{ file: seed003.file, sheets: result.sheets }], { period: makePeriod(2024, 'Q3'), asOf: AS_OF_2024, generatedAt: '2024-10-20T08:00' });

    it('counts 250 tasks: two agencies listing the same words under the same number are two tasks', () => {
      expect(model.totals.total).toBe(250);
      expect(model.totals.duplicatesMerged).toBe(0);
      expect(model.duplicates).toEqual([]);
      // "III | Chỉ số PAR | … | - Triển khai các giải pháp đẩy mạnh công tác CCHC …": the same number and text
      // in five appendices (PL7, PL8, PL9, PL12, PL16), and a variant of it in PL11: six agencies' tasks.
      const par = model.tasks.filter((t) => t.number === 'III' && t.title.startsWith('- Triển khai các giải pháp đẩy mạnh công tác CCHC'));
      expect(par.map((t) => t.leads[0])).toEqual(['Sở Công Thương', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Tài nguyên và Môi trường', 'Sở Lao động, Thương binh và Xã hội', 'Bảo hiểm xã hội tỉnh']);
    });

    it('gives each agency exactly the rows of its appendix', () => {
      const counts = Object.fromEntries(model.byAgency.map((a) => [a.agency, a.total]));
      expect(counts).toEqual(Object.fromEntries(EXPECTED.map(([, rows, lead]) => [lead, rows])));
    });

    it('has one area per index, whatever the spelling, and files title-only appendices under their index', () => {
      expect(model.byArea.map((a) => [a.area, a.total])).toEqual([
        ['Chỉ số PAPI', expect.any(Number)],
        ['Chỉ số SIPAS', expect.any(Number)],
        ['Chỉ số PAR INDEX', expect.any(Number)],
        ['Chỉ số PCI', expect.any(Number)],
        // PL22's one task ("Chính sách hỗ trợ doanh nghiệp"): no section row, and its title names no index.
        ['Chưa phân loại', 1],
      ]);
      const pci = model.tasks.filter((t) => t.source.sheet === 'PL20 Cục QLTT tỉnh' || t.source.sheet === 'PL21 Tòa án nhân dân tỉnh');
      expect(pci.map((t) => t.area)).toEqual(['Chỉ số PCI', 'Chỉ số PCI', 'Chỉ số PCI']);
    });

    it('keeps recurring and by-reference times apart from missing ones', () => {
      const t = model.totals;
      expect(t.noDeadline).toBe(2); // PL18's two tasks, no time in the seed
      expect(t.recurring).toBeGreaterThan(150);
      expect(t.completedOnTime + t.completedLate + t.inProgress + t.overdue + t.notStarted + t.recurring + t.conditional + t.noDeadline).toBe(250);
    });
  });
});

describe('seed 004: the nine-column appendix of Kế hoạch 367/KH-UBND (Đồng Tháp 2022), as of 15/10/2022', () => {
  const [sheet] = validateWorkbook(seed004.sheets, { asOf: '2022-10-15' }).sheets;
  it('reads the 39 activities, each with its own or merged lead cell, every agency known', () => {
    expect(sheet.rows).toBe(39);
    for (const row of sheet.task!.rows) {
      expect([row.row, row.lead.length > 0]).toEqual([row.row, true]);
      expect([row.row, row.fields.lead!.via]).toEqual([row.row, expect.stringMatching(/^(own|merge)$/)]);
      for (const l of [...row.lead, ...row.coordinating]) expect([row.row, l.text, Boolean(l.agency) || l.generic]).toEqual([row.row, l.text, true]);
    }
  });
  it('has one error, the real one: VII 3.10 due Quý II/2022 and still "Đang thực hiện"', () => {
    expect(errors(sheet)).toEqual(['H49 deadline-expired']);
    expect(warnings(sheet)).toEqual([]);
  });
  it('agrees with the report on every row: expired in validation exactly when overdue by its deadline', () => {
    for (const row of sheet.task!.rows) {
      const p = progressOf(row, '2022-10-15');
      const expired = sheet.findings.some((f) => f.code === 'deadline-expired' && f.row === row.row);
      expect([row.row, expired]).toEqual([row.row, p.progress === 'overdue' && p.deadline !== null]);
    }
  });
});

describe('seed 000: the five-column appendix (Đồng Tháp 2022, indices)', () => {
  const [sheet] = validateWorkbook(seed000.sheets, { asOf: '2022-10-15' }).sheets;
  it('reads its 21 rows, each with a lead from the "Cơ quan tham mưu" column', () => {
    expect(sheet.task!.layout).toBe('five-column');
    expect(sheet.rows).toBe(21);
    for (const row of sheet.task!.rows) expect([row.row, row.lead.length > 0, row.lead.every((l) => l.agency || l.generic)]).toEqual([row.row, true, true]);
  });
  it('has no error and no warning: 6 c) pairs its two leads with their coordinators line by line', () => {
    expect(errors(sheet)).toEqual([]);
    expect(warnings(sheet)).toEqual([]);
    const paired = sheet.task!.rows.find((r) => r.agencyPairs !== null)!;
    expect(paired.agencyPairs!.map((p) => [p.lead.map((a) => a.agency?.name), p.coordinating.map((a) => a.agency?.name)])).toEqual([
      [['Sở Tài chính'], ['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'UBND cấp xã']],
      [['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'UBND cấp xã'], ['Sở Tài chính']],
    ]);
  });
});
