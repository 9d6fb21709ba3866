/**
 * While the exceljs renderer is still here: the pure writer's file reads back exactly like the old
 * one's, cell by cell (values, types, formats, fonts, fills, borders, alignment), with the same merges,
 * widths, heights, views, page setup, hyperlinks and charts.
 */
import { writeReportXlsx } from '../core/io/write';
import { renderReportXlsx } from '../cli/report-render';
import { agencyWorkbooks } from '../scripts/bench-data';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed003i } from '../samples/src/seed003-indices';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import type { ReportSpec } from '../core';
import { readBack, reportSpecOf } from './report-readback';
import { CREATED, SPEC } from './report-spec-fixture';

const cases: [string, () => ReportSpec][] = [
  ['the feature spec (formats, formula-like text, links, merges, two charts)', () => SPEC],
  ['Đồng Tháp 2022, Quý III', () => reportSpecOf([seed004, seed000], { year: 2022, kind: 'Q3' }, '2022-10-15')],
  ['Đồng Nai 2024, Quý III', () => reportSpecOf([seed003, seed003i], { year: 2024, kind: 'Q3' }, '2024-10-05')],
  ['12 generated agency workbooks of 60 rows', () => reportSpecOf(agencyWorkbooks(12, 60), { year: 2024, kind: 'Q3' }, '2024-09-30')],
];

describe.each(cases)('%s', (_name, make) => {
  it('reads back the same from the new writer as from the old', async () => {
    const spec = make();
    const old = await readBack(await renderReportXlsx(spec, { created: CREATED, creator: 'cchc' }));
    const now = await readBack(writeReportXlsx(spec, { created: CREATED, creator: 'cchc' }));
    expect(now.sheets.map((s) => s.name)).toEqual(old.sheets.map((s) => s.name));
    for (const [i, s] of now.sheets.entries()) {
      const o = old.sheets[i];
      expect(Object.keys(s.cells).length).toBeGreaterThan(0);
      expect(s.cells).toEqual(o.cells);
      expect(s.merges).toEqual(o.merges);
      expect(s.widths).toEqual(o.widths);
      expect(s.heights).toEqual(o.heights);
      expect(s.views).toEqual(o.views);
      expect(s.pageSetup).toEqual(o.pageSetup);
      expect(s.links).toEqual(o.links);
    }
    expect(now.charts).toEqual(old.charts);
    expect(now.drawings).toEqual(old.drawings);
    expect([now.creator, now.created]).toEqual([old.creator, old.created]);
  }, 60_000);
});
