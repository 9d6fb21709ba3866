/**
 * A national roll-up: the detail sheet's rows are made as the sheet is written, not held, and no sheet gets
 * more hyperlinks than Excel keeps (65 530 a worksheet).
 */
import { MAX_LINKS_PER_SHEET, SheetBuilder } from '../core/report/sheet-builder';
import { virtualRows } from '../core/report/virtual-rows';
import { layoutReport } from '../core/report/layout';
import { makePeriod } from '../core/report/period';
import type { ConsolidatedTask, SummaryModel } from '../core/report/consolidate';
import { num, text, type CellSpec } from '../core/report/spec';
import { writeReportXlsx } from '../core/io/write';
import { unzipSync, strFromU8 } from 'fflate';

describe('rows made on demand', () => {
  it('read like an array and are made only when read', () => {
    let made = 0;
    const rows = virtualRows(['a', 'b'], 3, (i) => {
      made++;
      return `t${i}`;
    });
    expect(made).toBe(0);
    expect(rows.length).toBe(5);
    expect(rows[0]).toBe('a');
    expect(rows[4]).toBe('t2');
    expect(rows[5]).toBeUndefined();
    expect([...rows]).toEqual(['a', 'b', 't0', 't1', 't2']);
    expect(rows.map((r) => r.toUpperCase())).toEqual(['A', 'B', 'T0', 'T1', 'T2']);
    expect(JSON.stringify(rows)).toBe('["a","b","t0","t1","t2"]');
    expect(Array.isArray(rows)).toBe(true);
    expect(2 in rows && !(5 in rows)).toBe(true);
    expect(() => {
      (rows as string[])[0] = 'x';
    }).toThrow();
  });

  it('keep a sheet’s tail out of memory: the builder makes each row when it is read, again each time', () => {
    let made = 0;
    const b = new SheetBuilder('Chi tiết', [10, 10], { td: { wrap: true } });
    b.row([text('STT'), text('Nhiệm vụ')]);
    b.tail(1000, (i) => {
      made++;
      return [{ content: num(i + 1) }, { content: text(`Nhiệm vụ ${i + 1}`), style: 'td' }];
    });
    const sheet = b.build();
    const afterBuild = made; // one pass to fit row heights and count links
    expect(afterBuild).toBe(1000);
    expect(sheet.rows.length).toBe(1001);
    expect((sheet.rows[500][1] as CellSpec).content).toEqual(text('Nhiệm vụ 500'));
    expect(made).toBe(afterBuild + 1);
  });

  it('stop linking at Excel’s limit, in the rows added and in the tail, and count what was left out', () => {
    const link = { kind: 'internal' as const, sheet: 'x', cell: 'A1' };
    const b = new SheetBuilder('Tổng hợp', [10], {});
    for (let i = 0; i < 10; i++) b.put(i, 0, text(`r${i}`), undefined, link);
    b.tail(MAX_LINKS_PER_SHEET, (i) => [{ content: text(`t${i}`), link }]);
    const sheet = b.build();
    let links = 0;
    for (const row of sheet.rows) for (const c of row) if (c?.link) links++;
    expect(links).toBe(MAX_LINKS_PER_SHEET);
    expect(b.dropped).toBe(10);
    expect((sheet.rows[sheet.rows.length - 1][0] as CellSpec).content).toEqual(text(`t${MAX_LINKS_PER_SHEET - 1}`));
    expect(sheet.rows[sheet.rows.length - 1][0]?.link).toBeUndefined();
    expect(sheet.rows[sheet.rows.length - 11][0]?.link).toEqual(link);
  });
});

describe('the report of 70 000 tasks', () => {
  const task = (i: number): ConsolidatedTask => ({
    number: `3.${i}`,
    title: `Nhiệm vụ số ${i}`,
    area: 'Cải cách thể chế',
    section: null,
    leads: ['Sở Nội vụ'],
    deadlineText: 'Thường xuyên',
    deadline: null,
    statusText: null,
    completedOn: null,
    progress: 'recurring',
    basis: 'deadline',
    timing: 'recurring',
    daysOverdue: null,
    budgetVnd: null,
    budgetIsSource: false,
    source: { file: `so-${i % 100}.xlsx`, sheet: 'Phụ lục', cell: `D${(i % 200) + 6}` },
    alsoIn: [],
  });
  const tasks = Array.from({ length: 70_000 }, (_, i) => task(i));
  const zero = { total: 0, completedOnTime: 0, completedLate: 0, inProgress: 0, overdue: 0, notStarted: 0, recurring: 0, conditional: 0, noDeadline: 0, completionRate: null, completionRateOfDue: null };
  const period = makePeriod(2024, 'Q3');
  const model: SummaryModel = {
    period,
    asOf: '2024-09-30',
    asOfRule: 'given',
    window: { from: '2023-12-15', to: '2024-09-30' },
    generatedAt: '2024-10-01T08:00',
    sources: [],
    totals: { ...zero, total: 70_000, recurring: 70_000, withoutLead: 0, budgetVnd: 0, budgetSourceTasks: 0, duplicatesMerged: 0, overdueByAge: { upTo30: 0, from31To90: 0, over90: 0 } },
    byArea: [{ ...zero, area: 'Cải cách thể chế', total: 70_000, recurring: 70_000 }],
    byAgency: [{ ...zero, agency: 'Sở Nội vụ', total: 70_000, recurring: 70_000, budgetVnd: 0, budgetSourceTasks: 0, known: true, suggestion: null }],
    overdue: [],
    overdueByAgency: [],
    dueSoon: [],
    dueNext: { labelVi: 'Quý IV năm 2024', labelEn: 'Q4 2024', start: '2024-10-01', end: '2024-12-31', tasks: [] },
    indices: [],
    findings: { byCode: [], byAgency: [], total: 0 },
    duplicates: [],
    conflicts: [],
    tasks,
  };

  it('has a detail row per task, links only the first 65 530 and says so, and Excel-valid hyperlinks', () => {
    const spec = layoutReport(model, { links: 'external' });
    const detail = spec.sheets[1];
    const texts = detail.rows.slice(0, 5).flatMap((r) => r.flatMap((c) => (c?.content.t === 'text' ? [c.content.v] : [])));
    expect(texts.some((t) => t.startsWith('Excel giữ tối đa 65.530 liên kết'))).toBe(true);
    let links = 0;
    let rows = 0;
    for (const row of detail.rows) {
      if (row[2]?.content.t === 'text' && row[2].content.v.startsWith('Nhiệm vụ số')) rows++;
      for (const c of row) if (c?.link) links++;
    }
    expect(rows).toBe(70_000);
    expect(links).toBe(MAX_LINKS_PER_SHEET);
    const xlsx = unzipSync(writeReportXlsx(spec, { creator: 'cchc', created: new Date(Date.UTC(2024, 9, 1)) }));
    const sheet2 = strFromU8(xlsx['xl/worksheets/sheet2.xml']);
    expect((sheet2.match(/<hyperlink /g) ?? []).length).toBe(MAX_LINKS_PER_SHEET);
  }, 120_000);
});
