/**
 * Every rule proved at its edges (issue 16 §3): each test here fails when the behaviour it names is taken out
 * (the line it guards is named in the test's comment; each was checked by changing that line and running this
 * file). Rows are seed 004's (I 3.1, VII 3.10) and seed 003's (Phụ lục 1), as in the other rule tests.
 */
import { consolidate, makePeriod, validateWorkbook, type CellValue, type GridInput } from '../core';
import { currentQuarterPeriod } from '../core/report/period';
import { parseTime } from '../core/parse/time';
import { parseBudget } from '../core/parse/budget';
import { progressOf } from '../core/task/progress';
import { deadlineExpired } from '../core/task/rules/deadline-expired';
import type { RowContext } from '../core/task/rules';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbook } from '../core/io/read';
import { requireLibreOffice, soffice } from './libreoffice';
import { workbookParts, zipOf } from './package-fixtures';
import { codes, findingsOf, nineColumnGrid, readGrid } from './helpers';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';

type Over = Partial<Record<'activity' | 'lead' | 'coord' | 'time' | 'status' | 'done', CellValue>>;
/** Seed 004's I 3.1, with a status and a completion-date column (a quarterly return). */
const row = (over: Over = {}): CellValue[] => [
  null,
  '1.1: Triển khai thực hiện hiệu quả các thể chế',
  '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp',
  'activity' in over ? over.activity! : '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý',
  'Quyết định công bố văn bản',
  'lead' in over ? over.lead! : 'Sở Tư pháp',
  'coord' in over ? over.coord! : 'Các sở, ban, ngành tỉnh.',
  'time' in over ? over.time! : 'Trong năm 2022',
  'Theo Kế hoạch',
  'status' in over ? over.status! : null,
  'done' in over ? over.done! : null,
];
const HEADER = ['Stt', '1- Mục tiêu', '2- Nhiệm vụ', '3- Hoạt động', '4- Kết quả/ sản phẩm', '5-Chủ trì', '6- Phối hợp', '7- Thời gian', '8- Kinh phí', 'Tình trạng', 'Ngày hoàn thành'];
const grid = (rows: CellValue[][], merges: string[] = []) => nineColumnGrid(rows, { header: HEADER, merges });
const only = (code: string, grid: GridInput, asOf = '2022-10-15') => codes(findingsOf(grid, asOf).filter((f) => f.code === code));

describe('deadline-expired: never on the as-of date itself', () => {
  // Guards `p.deadline >= ctx.asOf` in rules/deadline-expired.ts (killed by `>`).
  it('in the rule module, whatever the progress judge says', () => {
    const sheet = readGrid(grid([row({ time: '30/06/2022', status: 'Quá hạn' })]));
    const check = deadlineExpired.forSheet(sheet);
    const ctx = (deadline: string): RowContext => ({
      sheet,
      asOf: '2022-06-30',
      dueSoonDays: 30,
      progress: { progress: 'overdue', basis: 'status', timing: 'dated', deadline, daysOverdue: 0, doneAfterAsOf: false },
      errored: new Set(),
      textField: 'activity',
      cellOf: () => 'H4',
      once: () => true,
    });
    expect(check(sheet.rows[0], ctx('2022-06-30'))).toBeNull();
    expect(check(sheet.rows[0], ctx('2022-06-29'))).not.toBeNull();
  });
  it('on a sheet: "Quá hạn" reported on the deadline day is not expired yet; the day before is', () => {
    expect(only('deadline-expired', grid([row({ time: '30/06/2022', status: 'Quá hạn' }), row({ activity: '3.2: b', time: '29/06/2022', status: 'Quá hạn' })]), '2022-06-30')).toEqual(['H5 deadline-expired']);
  });
  // Guards `row.completedOn > deadline` in task/progress.ts (killed by `>=`).
  it('a task finished on its deadline day is on time; the day after, late', () => {
    const [onDay, after] = readGrid(grid([row({ time: 'Quý II/2022', status: 'Hoàn thành', done: '30/06/2022' }), row({ activity: '3.2: b', time: 'Quý II/2022', status: 'Hoàn thành', done: '01/07/2022' })])).rows;
    expect(progressOf(onDay, '2022-10-15').progress).toBe('completedOnTime');
    expect(progressOf(after, '2022-10-15').progress).toBe('completedLate');
  });
});

describe('one finding per merged cell, not one per row it covers', () => {
  // Guards ctx.once(`agency:${fv.source}:…`) in rules/unknown-agency.ts (killed by dropping it, or keying by fv.cell).
  it('unknown-agency: a lead merged over three rows is one finding; two cells with the same name are two', () => {
    const rows = [row({ lead: 'Phòng Vô Danh' }), row({ activity: '3.2: b', lead: null }), row({ activity: '3.3: c', lead: null })];
    expect(only('unknown-agency', grid(rows, ['F4:F6']))).toEqual(['F4 unknown-agency']);
    expect(only('unknown-agency', grid([row({ lead: 'Phòng Vô Danh' }), row({ activity: '3.2: b', lead: 'Phòng Vô Danh' })]))).toEqual(['F4 unknown-agency', 'F5 unknown-agency']);
  });
  // Guards ctx.once(`both:…`) in rules/lead-also-coordinating.ts (killed by dropping it, or keying by the row).
  it('lead-also-coordinating: lead and coordinating merged over two rows is one finding; two coordinating cells are two', () => {
    const both = [row({ lead: 'Sở Nội vụ', coord: 'Sở Nội vụ, Sở Tư pháp' }), row({ activity: '3.2: b', lead: null, coord: null })];
    expect(only('lead-also-coordinating', grid(both, ['F4:F5', 'G4:G5']))).toEqual(['G4 lead-also-coordinating']);
    const apart = [row({ lead: 'Sở Nội vụ', coord: 'Sở Nội vụ, Sở Tư pháp' }), row({ activity: '3.2: b', lead: null, coord: 'Sở Nội vụ, Sở Tư pháp' })];
    expect(only('lead-also-coordinating', grid(apart, ['F4:F5']))).toEqual(['G4 lead-also-coordinating', 'G5 lead-also-coordinating']);
  });
  it('lead-also-coordinating: one merged coordinating cell contradicted by two different leads is two findings, each named', () => {
    const rows = [row({ lead: 'Sở Nội vụ', coord: 'Sở Nội vụ, Sở Tư pháp' }), row({ activity: '3.2: b', lead: 'Sở Tư pháp', coord: null })];
    const found = findingsOf(grid(rows, ['G4:G5'])).filter((f) => f.code === 'lead-also-coordinating');
    expect(found.map((f) => `${f.cell} ${f.message.vi}`)).toEqual(['G4 “Sở Nội vụ” vừa chủ trì vừa phối hợp thực hiện.', 'G4 “Sở Tư pháp” vừa chủ trì vừa phối hợp thực hiện.']);
  });
});

describe('duplicate-number compares normalised numbers', () => {
  // Guards normaliseNumber(row.number) in rules/duplicate-number.ts (killed by comparing row.number as written).
  const pl1 = seed003.sheets.find((s) => s.name === 'PL1 Sở Nội vụ')!;
  const renumber = (cells: Record<number, CellValue>): GridInput => ({ ...pl1, values: pl1.values.map((r, i) => (i + 1 in cells ? [cells[i + 1], ...r.slice(1)] : r)) });
  it('"1." typed under 1 (a number) in one section is a duplicate, "(1)" too; "10" and "1.1" are not', () => {
    const found = validateWorkbook([renumber({ 8: '1.', 12: '(1)' })], { asOf: '2024-10-20' }).sheets[0].findings.filter((f) => f.code === 'duplicate-number');
    expect(found.map((f) => `${f.cell} ${f.value}`)).toEqual(['A8 1.', 'A12 (1)']);
    expect(validateWorkbook([renumber({ 8: '10', 9: '1.1' })], { asOf: '2024-10-20' }).sheets[0].findings.filter((f) => f.code === 'duplicate-number')).toEqual([]);
  });
});

describe('lead-also-coordinating compares directory identities, not spellings', () => {
  // Guards `agency?.name ?? fold(text)` in rules/lead-also-coordinating.ts (killed by comparing the texts).
  it.each([
    ['SỞ NỘI VỤ', 'Sở Nội vụ', 'the issue’s case: capitals and lower case'],
    ['Sở Thông tin và Truyền thông', 'Sở TT&TT', 'a name and its abbreviation in the directory'],
    ['Toà án nhân dân tỉnh'.normalize('NFD'), 'Tòa án nhân dân tỉnh', 'tone marks placed the other way, NFD'],
    ['Phòng Vô Danh', 'PHÒNG VÔ DANH', 'a name the directory does not know, in capitals'],
  ])('%s leading and %s coordinating (%s)', (lead, coord) => {
    expect(only('lead-also-coordinating', grid([row({ lead, coord })]))).toEqual(['G4 lead-also-coordinating']);
  });
  it('two different agencies are not the same one', () => {
    expect(only('lead-also-coordinating', grid([row({ lead: 'Sở Nội vụ', coord: 'Sở Tư pháp, Sở Tài chính' })]))).toEqual([]);
  });
});

describe('the report’s duplicate key', () => {
  const period = makePeriod(2022, 'Q3');
  const model = (...files: Array<[string, GridInput]>) =>
    consolidate(
      files.map(([file, g]) => ({ file, sheets: validateWorkbook([g], { asOf: '2022-10-15' }).sheets })),
      { period, asOf: '2022-10-15', generatedAt: '2022-10-15T09:00' },
    );
  const plan = (title: string, section: string, activity: string) => ({ ...nineColumnGrid([row({ activity })], { header: HEADER, title }), values: nineColumnGrid([row({ activity })], { header: HEADER, title }).values.map((r, i) => (i === 2 ? ['I', section] : r)) });
  const ITEM = '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý';
  // Guards `plan` in the key of report/consolidate.ts (killed by leaving it out).
  it('includes the plan: the same item under two plans’ titles is two tasks', () => {
    const m = model(['a.xlsx', plan('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', 'CẢI CÁCH THỂ CHẾ', ITEM)], ['b.xlsx', plan('KẾ HOẠCH THỰC HIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022', 'CẢI CÁCH THỂ CHẾ', ITEM)]);
    expect([m.totals.total, m.duplicates.length]).toEqual([2, 0]);
  });
  // Guards foldText(title) in the key and in sameItem (killed by comparing the text as written).
  it('compares folded text: the same item reported again in capitals, its section too, is one task', () => {
    const m = model(['a.xlsx', plan('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', 'Cải cách thể chế', ITEM)], ['b.xlsx', plan('Kế hoạch cải cách hành chính năm 2022', 'CẢI CÁCH THỂ CHẾ', ITEM.toUpperCase())]);
    expect([m.totals.total, m.duplicates.length, m.duplicates[0]?.merged.map((s) => s.file)]).toEqual([1, 1, ['b.xlsx']]);
  });
  it('and numbers normalised: "3.1:" and "3.1." are one item', () => {
    const m = model(['a.xlsx', plan('KẾ HOẠCH CCHC NĂM 2022', 'CẢI CÁCH THỂ CHẾ', ITEM)], ['b.xlsx', plan('KẾ HOẠCH CCHC NĂM 2022', 'CẢI CÁCH THỂ CHẾ', ITEM.replace('3.1:', '3.1.'))]);
    expect(m.totals.total).toBe(1);
  });
  // Guards normaliseNumber(t.number) in the key (killed by the number as written).
  it('and STT numbers normalised: Phụ lục 1 sent twice, once with "1." typed for 1, is 22 tasks', () => {
    const pl1 = seed003.sheets.find((s) => s.name === 'PL1 Sở Nội vụ')!;
    const retyped = { ...pl1, values: pl1.values.map((r, i) => (i === 6 ? ['1.', ...r.slice(1)] : r)) };
    const m = model(['so-noi-vu.xlsx', pl1], ['so-noi-vu-gui-lai.xlsx', retyped]);
    expect([m.totals.total, m.duplicates.length]).toEqual([22, 22]);
  });
  // Guards areaKey() = foldText in task/areas.ts (killed by grouping on the name as written).
  it('groups areas by folded text for any section name, not only the reform areas and indices', () => {
    const m = model(
      ['a.xlsx', plan('KẾ HOẠCH CCHC NĂM 2022', 'Công tác thi đua, khen thưởng', ITEM)],
      ['b.xlsx', plan('KẾ HOẠCH KHÁC NĂM 2022', 'Công tác Thi đua, Khen thưởng', ITEM)],
      ['c.xlsx', plan('KẾ HOẠCH THỨ BA NĂM 2022', 'Công tác thi đua, khen thưởng'.normalize('NFD'), ITEM)],
      ['d.xlsx', plan('KẾ HOẠCH THỨ TƯ NĂM 2022', 'Hoà giải ở cơ sở', ITEM)],
      ['e.xlsx', plan('KẾ HOẠCH THỨ NĂM NĂM 2022', 'Hòa giải ở cơ sở', ITEM)],
    );
    expect(m.byArea.map((a) => [a.area, a.total])).toEqual([
      ['Công tác thi đua, khen thưởng', 3],
      ['Hoà giải ở cơ sở', 2],
    ]);
  });
});

describe('times and budgets at their edges', () => {
  const dl = (text: string) => {
    const r = parseTime(text);
    return r.ok && r.value.kind === 'deadline' ? `${r.value.start}..${r.value.date}` : JSON.stringify(r);
  };
  // Guards `m >= 1 && m <= 12` and month() in parse/time.ts (killed by `m < 12`).
  it('"Tháng 12/2022", the last month, is 01/12–31/12/2022; "Tháng 13/2022" is no month', () => {
    expect(dl('Tháng 12/2022')).toBe('2022-12-01..2022-12-31');
    expect(dl('Trong tháng 12 năm 2022')).toBe('2022-12-01..2022-12-31');
    expect(parseTime('Tháng 13/2022').ok).toBe(false);
  });
  // Guards quarter(): `m = q * 3` and the start two months before.
  it.each([
    ['Quý I/2024', '2024-01-01..2024-03-31'],
    ['Quý II/2024', '2024-04-01..2024-06-30'],
    ['Quý III/2024', '2024-07-01..2024-09-30'],
    ['Quý IV/2024', '2024-10-01..2024-12-31'],
  ])('%s ends on the quarter’s last day: %s', (text, span) => {
    expect(dl(text)).toBe(span);
  });
  // Guards Math.floor((m - 1) / 3) in report/period.ts currentQuarterPeriod (killed by Math.floor(m / 3)).
  it.each([
    ['2024-01-01', '2024-Q1'],
    ['2024-03-31', '2024-Q1'],
    ['2024-04-01', '2024-Q2'],
    ['2024-06-30', '2024-Q2'],
    ['2024-09-30', '2024-Q3'],
    ['2024-10-01', '2024-Q4'],
    ['2024-12-31', '2024-Q4'],
  ])('%s is in %s', (date, code) => {
    expect(currentQuarterPeriod(date).code).toBe(code);
  });
  // Guards the units and decimal comma of parse/budget.ts.
  it.each([
    ['150tr', { kind: 'amount', vnd: 150e6, perMonth: false, annualVnd: 150e6 }],
    ['150 triệu', { kind: 'amount', vnd: 150e6, perMonth: false, annualVnd: 150e6 }],
    ['1,5 tỷ', { kind: 'amount', vnd: 1.5e9, perMonth: false, annualVnd: 1.5e9 }],
    ['05 triệu/tháng', { kind: 'amount', vnd: 5e6, perMonth: true, annualVnd: 60e6 }],
  ])('%s', (text, value) => {
    expect(parseBudget(text)).toEqual({ ok: true, value });
  });
});

describe('the reader', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  /** A one-sheet package with the given sheet body, shared strings, styles and workbook properties. */
  const pkg = (o: { sheetData: string; sst?: string; styles?: string; workbookPr?: string }) => {
    const r = readWorkbook(pkgBytes(o));
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    return r.grids[0];
  };
  const pkgBytes = (o: { sheetData: string; sst?: string; styles?: string; workbookPr?: string }) => {
    const parts = workbookParts([{ name: 'Phụ lục', rows: [] }]).map((p) => {
      if (p.name === 'xl/worksheets/sheet1.xml') return { ...p, data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${o.sheetData}</sheetData></worksheet>` };
      if (p.name === 'xl/workbook.xml' && o.workbookPr) return { ...p, data: p.data.replace('<sheets>', `${o.workbookPr}<sheets>`) };
      if (p.name === 'xl/styles.xml' && o.styles) return { ...p, data: o.styles };
      if (p.name === 'xl/_rels/workbook.xml.rels' && o.sst) return { ...p, data: p.data.replace('</Relationships>', `<Relationship Id="rId99" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`) };
      return p;
    });
    if (o.sst) parts.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${o.sst}</sst>` });
    return zipOf(parts);
  };
  // Guards cur.join('') in io/read/xlsx.ts readSharedStrings (killed by keeping only the first run).
  it('reads a shared string of several rich-text runs whole, spaces at the runs’ edges kept', () => {
    const runs = '<si><r><rPr><b/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Sở </t></r><r><rPr><i/></rPr><t>Nội vụ</t></r><r><t xml:space="preserve"> chủ trì</t></r></si>';
    const g = pkg({ sst: `<si><t>Chủ trì</t></si>${runs}`, sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' });
    expect(g.values).toEqual([['Chủ trì', 'Sở Nội vụ chủ trì']]);
  });
  // Guards date1904 in io/read/xlsx.ts and the 1462-day shift in io/read/formats.ts dateCell.
  it('reads a workbook in the 1904 date system to the right days', () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    // 30/09/2024 is 45565 in the 1900 system and 44103 in the 1904 one (1 462 days fewer).
    const spec = (date1904: boolean) =>
      ({
        styles,
        workbookPr: date1904 ? '<workbookPr date1904="1"/>' : undefined,
        sst: '<si><t>STT</t></si><si><t>Nhiệm vụ</t></si><si><t>Chủ trì</t></si><si><t>Thời hạn</t></si><si><t>Báo cáo quý</t></si><si><t>Sở Nội vụ</t></si>',
        sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c><c r="D2" s="1"><v>${date1904 ? 44103 : 45565}</v></c></row>`,
      });
    const body = (date1904: boolean) => pkg(spec(date1904));
    for (const d1904 of [true, false]) {
      const g = body(d1904);
      expect(g.texts![1][3]).toBe('30/09/2024');
      const sheet = validateWorkbook([g], { asOf: '2024-10-20' }).sheets[0];
      expect(sheet.task!.rows[0].deadline).toEqual({ kind: 'deadline', date: '2024-09-30', start: '2024-09-30', period: 'day' });
    }
  });
  // Guards date1904 in io/read/sheetjs.ts: LibreOffice keeps the 1904 system when it saves the workbook as .xls
  // (DATEMODE). In .ods (table:null-date 1904-01-01) the cell carries its ISO date, read as such.
  it.each(['xls', 'ods'])('and the same workbook saved by LibreOffice as .%s', (format) => {
    requireLibreOffice();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-1904-'));
    try {
      const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
      fs.writeFileSync(path.join(dir, 'ke-hoach-1904.xlsx'), pkgBytes({ styles, workbookPr: '<workbookPr date1904="1"/>', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Hạn</t></is></c><c r="B1" s="1"><v>44103</v></c></row>' }));
      expect(soffice(format, path.join(dir, 'ke-hoach-1904.xlsx'), dir).status).toBe(0);
      const r = readWorkbook(fs.readFileSync(path.join(dir, `ke-hoach-1904.${format}`)));
      if (!r.ok) throw new Error(JSON.stringify(r.problem));
      expect([r.grids[0].values[0][1], r.grids[0].texts?.[0][1]]).toEqual([45565, '30/09/2024']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
