// Requirement sets from the source of truth: every Office.js member the add-in uses (adapter, ribbon command,
// task pane), its `[Api set: …]` tag in @types/office-js, and the manifest's minimum. A member newer than the
// minimum must be used only behind isSetSupported (scripts/office-api-usage.ts says what counts as "behind").
// The in-memory host gates the same members, but it was written from our reading; this reads the typings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeOfficeUsage, manifestMinimum } from '../scripts/office-api-usage';

jest.setTimeout(120_000);

const OFFICE_DTS = fs.readFileSync(path.join(__dirname, '..', 'node_modules', '@types', 'office-js', 'index.d.ts'), 'utf8');

describe('Office.js requirement sets (defects 2 and 9, and the next one)', () => {
  const result = analyzeOfficeUsage();
  const byMember = new Map(result.members.map((m) => [m.member, m]));

  it('reads the manifest’s minimum: ExcelApi 1.7', () => {
    expect(result.minimum).toEqual({ ExcelApi: '1.7' });
  });

  it('finds the members the add-in uses, with the sets @types/office-js gives them', () => {
    const set = (m: string) => {
      const r = byMember.get(m)?.requirement;
      return r ? `${r.set} ${r.version}` : byMember.has(m) ? null : 'not used';
    };
    expect(set('Excel.Range.getMergedAreasOrNullObject')).toBe('ExcelApi 1.13');
    expect(set('Excel.Range.dataValidation')).toBe('ExcelApi 1.8');
    expect(set('Excel.Workbook.insertWorksheetsFromBase64')).toBe('ExcelApi 1.13');
    expect(set('Excel.Worksheet.getRanges')).toBe('ExcelApi 1.9');
    expect(set('Excel.Range.valuesAsJson')).toBe('ExcelApi 1.16');
    expect(set('Excel.Worksheet.getRangeByIndexes')).toBe('ExcelApi 1.7');
    expect(set('Excel.Range.values')).toBe('ExcelApi 1.1');
    expect(set('Office.UI.displayDialogAsync')).toBe('DialogApi 1.1');
    // The report's print set-up (issue 18) and the detail sheet's hidden key column (issue 19).
    expect(set('Excel.Worksheet.pageLayout')).toBe('ExcelApi 1.9');
    expect(set('Excel.PageLayout.zoom')).toBe('ExcelApi 1.9');
    expect(set('Excel.PageLayout.setPrintTitleRows')).toBe('ExcelApi 1.9');
    expect(set('Excel.PageLayout.setPrintArea')).toBe('ExcelApi 1.9');
    expect(set('Excel.PageLayout.setPrintMargins')).toBe('ExcelApi 1.9');
    expect(set('Excel.HeaderFooterGroup.defaultForAllPages')).toBe('ExcelApi 1.9');
    expect(set('Excel.HeaderFooter.centerFooter')).toBe('ExcelApi 1.9');
    expect(set('Excel.Worksheet.horizontalPageBreaks')).toBe('ExcelApi 1.9');
    expect(set('Excel.PageBreakCollection.add')).toBe('ExcelApi 1.9');
    expect(set('Excel.Range.columnHidden')).toBe('ExcelApi 1.2');
    expect(set('Office.Dialog.close')).toBe('DialogApi 1.1');
    // The tags really are the typings' (a spot check of the text the analysis reads).
    expect(OFFICE_DTS).toMatch(/\[Api set: ExcelApi 1\.8\]\s*\*\/\s*readonly dataValidation: Excel\.DataValidation;/);
  });

  it('uses nothing newer than the manifest’s minimum outside an isSetSupported check', () => {
    expect(result.unguarded).toEqual([]);
    for (const m of result.members.filter((x) => x.needsGuard)) for (const u of m.uses) expect({ member: m.member, at: `${u.file}:${u.line}`, guarded: u.guard !== null }).toEqual({ member: m.member, at: `${u.file}:${u.line}`, guarded: true });
  });

  it('would catch an unguarded use (the check can fail)', () => {
    const canary = `/// <reference types="office-js" />
import type { ExcelHost } from './types';
export async function canary(host: ExcelHost) {
  const merges = host.supports('1.13');
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem('A').getRange('A1:B2');
    range.getMergedAreasOrNullObject();                     // unguarded: 1.13
    if (merges) range.getMergedAreasOrNullObject();         // guarded by a const
    if (host.supports('1.7')) range.dataValidation.clear(); // checked, but for too old a set: 1.8 needed
    if (!host.supports('1.9')) return;
    context.workbook.worksheets.getItem('A').getRanges('A1,B2'); // guarded by the early return
    await context.sync();
  });
}
`;
    const r = analyzeOfficeUsage({ files: [], extraFiles: { 'addin/adapter/canary.ts': canary } });
    expect(r.unguarded.map((u) => `${u.member} ${u.requirement.set} ${u.requirement.version} line ${u.line}`).sort()).toEqual([
      'Excel.DataValidation.clear ExcelApi 1.8 line 9',
      'Excel.Range.dataValidation ExcelApi 1.8 line 9',
      'Excel.Range.getMergedAreasOrNullObject ExcelApi 1.13 line 7',
    ]);
  });

  it('counts a set missing from the manifest (DialogApi) as not required', () => {
    expect(manifestMinimum('<Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/><Set Name="DialogApi"/></Sets></Requirements>')).toEqual({ ExcelApi: '1.7', DialogApi: '1.1' });
    expect(byMember.get('Office.UI.displayDialogAsync')?.needsGuard).toBe(true);
  });
});
