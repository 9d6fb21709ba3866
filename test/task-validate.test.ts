import { validateWorkbook } from '../core/workbook';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';

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
  it('seed 000: no findings; its two-paragraph row pairs each lead with its coordinators', () => {
    const s = result.sheets.find((x) => x.name === 'Phụ lục chỉ số 2022')!;
    expect(s.findings).toEqual([]);
  });
  it('seed 003 appendices: no findings in 2022 (their deadlines are in 2024), but PL18’s missing times', () => {
    const found = result.sheets.filter((x) => x.name.startsWith('PL')).flatMap((s) => s.findings.map((f) => `${s.name}!${f.cell} ${f.code}`));
    expect(found).toEqual(['PL18 Bưu điện tỉnh!E6 deadline-missing', 'PL18 Bưu điện tỉnh!E7 deadline-missing']);
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
