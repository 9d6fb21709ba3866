// A contract for every Office.js member the add-in uses: what Microsoft documents about it (the source next
// to each case), checked against the in-memory host (addin/host), so the imitation cannot drift from the docs
// without a test failing. The last test lists the members the add-in really uses (scripts/office-api-usage.ts,
// from the TypeScript compiler and @types/office-js) and fails if one has no contract here.
/// <reference types="office-js" />
import { analyzeOfficeUsage } from '../scripts/office-api-usage';
import { createMemoryExcel, type MemoryExcel } from '../addin/host/memory-excel';
import { readWorkbook } from '../addin/adapter';
import { validateWorkbook, type GridInput } from '../core';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWithNote } from './package-fixtures';
import { readXlsx } from './read-xlsx';

type Contract = { members: string[]; doc: string; run: () => Promise<void> };

const failure = async (p: Promise<unknown>): Promise<{ code?: string; message?: string }> => {
  try {
    await p;
  } catch (e) {
    return e as { code?: string };
  }
  throw new Error('expected a failure');
};
const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? 'not an Office error';
  }
};

const plan: GridInput = {
  name: 'Phụ lục 1',
  values: [
    ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian'],
    [1, 'Rà soát thủ tục', 'Sở Nội vụ', 45657],
    [2, 'Số hoá hồ sơ', null, 'Quý IV/2024'],
  ],
  merges: ['C2:C3'],
};
const memory = (opts: Parameters<typeof createMemoryExcel>[0] = {}): MemoryExcel => createMemoryExcel({ sheets: [plan, { name: 'Trống', values: [] }], ...opts });
const run = <T>(mem: MemoryExcel, f: (context: Excel.RequestContext) => Promise<T>) => mem.Excel.run(f);

const API = 'https://learn.microsoft.com/javascript/api/excel';
const CONTRACTS: Contract[] = [
  {
    members: ['Excel.run', 'Excel.RequestContext.workbook', 'OfficeExtension.ClientRequestContext.sync', 'Excel.Workbook.worksheets', 'Excel.WorksheetCollection.load', 'Excel.WorksheetCollection.items', 'Excel.Worksheet.name', 'Excel.Worksheet.visibility', 'Excel.Worksheet.load'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model (load, then sync, then read)',
    run: async () => {
      await run(memory(), async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        expect(codeOf(() => sheets.items)).toBe('PropertyNotLoaded');
        await context.sync();
        expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
          ['Phụ lục 1', 'Visible'],
          ['Trống', 'Visible'],
        ]);
      });
    },
  },
  {
    members: ['Excel.WorksheetCollection.getActiveWorksheet', 'Excel.Worksheet.activate'],
    doc: `${API}/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        context.workbook.worksheets.getItem('Trống').activate();
        const active = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        expect(active.name).toBe('Trống');
      });
    },
  },
  {
    members: ['Excel.WorksheetCollection.getItem', 'Excel.WorksheetCollection.getItemOrNullObject', 'OfficeExtension.ClientObject.isNullObject', 'Excel.Worksheet.delete', 'Excel.WorksheetCollection.add'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties',
    run: async () => {
      const mem = memory();
      expect((await failure(run(mem, async (context) => void (await context.sync(context.workbook.worksheets.getItem('Không có')))))).code).toBe('ItemNotFound');
      await run(mem, async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
        context.workbook.worksheets.add('Mới');
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        context.workbook.worksheets.getItem('Mới').delete();
        await context.sync();
        // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail
        // with an InvalidOperation exception" (${API}/excel.worksheet#excel-excel-worksheet-delete-member(1)).
        context.workbook.worksheets.getItem('Trống').visibility = 'VeryHidden';
        context.workbook.worksheets.getItem('Trống').delete();
        expect((await failure(context.sync())).code).toBe('InvalidOperation');
        context.workbook.worksheets.getItem('Trống').visibility = 'Visible';
        await context.sync();
      });
      expect(mem.sheetNames()).toEqual(['Phụ lục 1', 'Trống']);
    },
  },
  {
    members: ['Excel.Worksheet.getUsedRangeOrNullObject', 'Excel.Range.rowIndex', 'Excel.Range.columnIndex', 'Excel.Range.rowCount', 'Excel.Range.columnCount', 'Excel.Range.load'],
    doc: `${API}/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1) — a null object on a blank sheet; the used range starts where the data does, not at A1`,
    run: async () => {
      const shifted = createMemoryExcel({ sheets: [{ name: 'Lệch', values: [[null, null, null], [null, null, 'x'], [null, null, 'y']] }, { name: 'Trống', values: [] }] });
      await run(shifted, async (context) => {
        const used = context.workbook.worksheets.getItem('Lệch').getUsedRangeOrNullObject(false);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        const blank = context.workbook.worksheets.getItem('Trống').getUsedRangeOrNullObject(false);
        await context.sync();
        expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([1, 2, 2, 1]);
        expect(blank.isNullObject).toBe(true);
      });
      // …and the adapter keeps that origin: findings point at the sheet's cells, not the used range's.
      const sheet = structuredClone(seed003.sheets[0]);
      const moved = { ...sheet, values: [[], [], [], ...sheet.values.map((r) => [null, null, ...r])], merges: [] as string[] };
      const mem = createMemoryExcel({ sheets: [moved] });
      const snap = await readWorkbook(mem.excelHost());
      expect(snap.grids[0].origin).toEqual({ row: 3, col: 2 });
      const viaExcel = validateWorkbook(snap.grids, { asOf: '2024-12-05' }).sheets[0].findings.map((f) => `${f.cell} ${f.code}`);
      const direct = validateWorkbook([moved], { asOf: '2024-12-05' }).sheets[0].findings.map((f) => `${f.cell} ${f.code}`);
      expect(viaExcel.length).toBeGreaterThan(0);
      expect(viaExcel).toEqual(direct);
    },
  },
  {
    members: ['Excel.Worksheet.getRangeByIndexes', 'Excel.Range.values', 'Excel.Range.text', 'Excel.Range.address'],
    doc: `${API}/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1) (zero-based startRow, startColumn, rowCount, columnCount; ExcelApi 1.7)`,
    run: async () => {
      await run(memory(), async (context) => {
        const r = context.workbook.worksheets.getItem('Phụ lục 1').getRangeByIndexes(1, 1, 2, 2).load('address,values,text');
        await context.sync();
        expect(r.address).toBe("'Phụ lục 1'!B2:C3");
        expect(r.values).toEqual([
          ['Rà soát thủ tục', 'Sở Nội vụ'],
          ['Số hoá hồ sơ', ''],
        ]);
        expect(r.text[0][0]).toBe('Rà soát thủ tục');
      });
      const old = memory({ requirementSets: { ExcelApi: '1.6' } });
      await run(old, async (context) => {
        expect(codeOf(() => context.workbook.worksheets.getItem('Phụ lục 1').getRangeByIndexes(0, 0, 1, 1))).toBe('ApiNotFound');
        await context.sync();
      });
    },
  },
  {
    members: ['Excel.Range.getMergedAreasOrNullObject', 'Excel.RangeAreas.areas', 'Excel.RangeCollection.items', 'Excel.RangeAreas.load'],
    doc: `${API}/excel.range#excel-excel-range-getmergedareasornullobject-member(1): "if the merged areas count in this range is more than 512, then this method will fail"; a null object when there are none (ExcelApi 1.13)`,
    run: async () => {
      const values = Array.from({ length: 514 }, (_, r) => [`a${r}`, null]);
      const many = createMemoryExcel({ sheets: [{ name: 'Gộp', values, merges: Array.from({ length: 513 }, (_, r) => `A${r + 1}:B${r + 1}`) }] });
      const err = await failure(
        run(many, async (context) => {
          context.workbook.worksheets.getItem('Gộp').getRange('A1:B514').getMergedAreasOrNullObject().load('areas/items/address');
          await context.sync();
        }),
      );
      expect(err.code).toBeDefined(); // the docs do not name the code
      await run(many, async (context) => {
        const ok = context.workbook.worksheets.getItem('Gộp').getRange('A1:B512').getMergedAreasOrNullObject().load('areas/items/address');
        const none = context.workbook.worksheets.getItem('Gộp').getRange('A600:B600').getMergedAreasOrNullObject();
        await context.sync();
        expect(ok.areas.items).toHaveLength(512);
        expect(none.isNullObject).toBe(true);
      });
      const old = await failure(memory({ requirementSets: { ExcelApi: '1.12' } }).Excel.run(async (context) => void context.workbook.worksheets.getItem('Phụ lục 1').getRange('A1').getMergedAreasOrNullObject()));
      expect(old.code).toBe('ApiNotFound');
    },
  },
  {
    members: ['Excel.Range.getResizedRange', 'Excel.Range.getRow'],
    doc: `${API}/excel.range#excel-excel-range-getresizedrange-member(1) (ExcelApi 1.2; grows from the top-left), #excel-excel-range-getrow-member(1) (zero-based row of the range)`,
    run: async () => {
      await run(memory(), async (context) => {
        const r = context.workbook.worksheets.getItem('Phụ lục 1').getRange('B2:C3');
        const row = r.getRow(1).load('address');
        const bigger = r.getResizedRange(2, -1).load('address');
        await context.sync();
        expect(row.address).toBe("'Phụ lục 1'!B3:C3");
        expect(bigger.address).toBe("'Phụ lục 1'!B2:B5");
      });
    },
  },
  {
    members: ['Excel.Worksheet.getRange', 'Excel.Range.select', 'Excel.Range.numberFormat', 'Excel.Range.format', 'Excel.RangeFormat.font', 'Excel.RangeFont.bold', 'Excel.RangeFont.italic', 'Excel.RangeFont.color', 'Excel.RangeFont.size', 'Excel.RangeFont.underline', 'Excel.RangeFormat.fill', 'Excel.RangeFill.color', 'Excel.RangeFormat.horizontalAlignment', 'Excel.RangeFormat.verticalAlignment', 'Excel.RangeFormat.wrapText', 'Excel.RangeFormat.columnWidth', 'Excel.RangeFormat.rowHeight', 'Excel.RangeFormat.borders', 'Excel.RangeBorderCollection.getItem', 'Excel.RangeBorder.style', 'Excel.RangeBorder.color', 'Excel.Range.merge', 'Excel.RangeAreas.format'],
    doc: `${API}/excel.rangeformat, ${API}/excel.rangefont, ${API}/excel.range#excel-excel-range-select-member(1), #excel-excel-range-merge-member(1) (ExcelApi 1.2)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Trống');
        const r = ws.getRange('A1:B2');
        r.numberFormat = [['@', 'dd/mm/yyyy'], ['General', '0.00']];
        const f = r.format;
        f.font.bold = true;
        f.font.italic = true;
        f.font.color = '#1F4E79';
        f.font.size = 13;
        f.font.underline = 'Single';
        f.fill.color = '#DDEBF7';
        f.horizontalAlignment = 'Center';
        f.verticalAlignment = 'Top';
        f.wrapText = true;
        f.columnWidth = 90;
        f.rowHeight = 30;
        const edge = f.borders.getItem('EdgeTop');
        edge.style = 'Continuous';
        edge.color = '#000000';
        ws.getRange('D1:E1').merge(false);
        ws.getRanges('A4, C4').format.font.bold = true; // RangeAreas.format: ExcelApi 1.9, every area
        ws.getRange('B2').select();
        await context.sync();
      });
      const snap = mem.snapshot('Trống');
      expect(snap.numberFormats.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
        ['@', 'dd/mm/yyyy'],
        ['General', '0.00'],
      ]);
      expect(snap.formats[0][0]).toMatchObject({ bold: true, italic: true, color: '#1F4E79', size: 13, underline: 'Single', fill: '#DDEBF7', horizontalAlignment: 'Center', verticalAlignment: 'Top', wrapText: true });
      expect(snap.columnWidths[0]).toBe(90);
      expect(snap.rowHeights[0]).toBe(30);
      expect(snap.merges).toEqual(['D1:E1']);
      expect([snap.formats[3][0].bold, snap.formats[3][1].bold, snap.formats[3][2].bold]).toEqual([true, false, true]);
      expect(mem.selectedAddress()).toBe('Trống!B2');
    },
  },
  {
    members: ['Excel.Range.values', 'Excel.Range.valuesAsJson', 'Excel.StringCellValue.type', 'Excel.StringCellValue.basicValue', 'Excel.DoubleCellValue.type', 'Excel.DoubleCellValue.basicValue', 'Excel.EmptyCellValue.type', 'Excel.EmptyCellValue.basicValue'],
    doc: `${API}/excel.range#excel-excel-range-values-member: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; ${API}/excel.stringcellvalue (valuesAsJson, ExcelApi 1.16): a string cell value is a string`,
    run: async () => {
      const mem = memory({ requirementSets: { ExcelApi: '1.16' } });
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Trống');
        ws.getRange('A1:C1').values = [['=1+1', '- Báo cáo', '+84 đầu mối']];
        ws.getRange('A2:D2').values = [['x', 'x', 'x', 'x']];
        ws.getRange('A2:D2').valuesAsJson = [[{ type: 'String', basicValue: '=1+1' }, { type: 'String', basicValue: '- Báo cáo' }, { type: 'Double', basicValue: 3 }, { type: 'Empty', basicValue: '' }]];
        await context.sync();
      });
      const snap = mem.snapshot('Trống');
      expect(Object.keys(snap.formulas).sort()).toEqual(['A1', 'B1', 'C1']);
      expect(snap.values[1]).toEqual(['=1+1', '- Báo cáo', 3]); // D2 emptied: the sheet ends at C
      const old = await failure(memory({ requirementSets: { ExcelApi: '1.15' } }).Excel.run(async (context) => void (context.workbook.worksheets.getItem('Trống').getRange('A1').valuesAsJson = [[{ type: 'String', basicValue: 'x' }]])));
      expect(old.code).toBe('ApiNotFound');
    },
  },
  {
    members: ['Excel.Range.conditionalFormats', 'Excel.RangeAreas.conditionalFormats', 'Excel.Worksheet.getRanges', 'Excel.ConditionalFormatCollection.add', 'Excel.ConditionalFormatCollection.items', 'Excel.ConditionalFormatCollection.load', 'Excel.ConditionalFormat.custom', 'Excel.ConditionalFormat.customOrNullObject', 'Excel.ConditionalFormat.type', 'Excel.ConditionalFormat.delete', 'Excel.CustomConditionalFormat.rule', 'Excel.CustomConditionalFormat.format', 'Excel.ConditionalFormatRule.formula', 'Excel.ConditionalRangeFormat.fill', 'Excel.ConditionalRangeFormat.font', 'Excel.ConditionalRangeFill.color', 'Excel.ConditionalRangeFont.color'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting (ExcelApi 1.6); RangeAreas and getRanges: excel-add-ins-multiple-ranges (ExcelApi 1.9)',
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Phụ lục 1');
        const cf = ws.getRanges('B2, D2:D3').conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=N("cchc-mark:error")=0';
        cf.custom.format.fill.color = '#FFC7CE';
        cf.custom.format.font.color = '#9C0006';
        ws.getRange('A1').conditionalFormats.add('DataBar');
        await context.sync();
        const all = ws.getRange().conditionalFormats;
        all.load('items/type,items/customOrNullObject/rule/formula');
        await context.sync();
        expect(all.items.map((c) => c.type)).toEqual(['DataBar', 'Custom']);
        expect(all.items[0].customOrNullObject.isNullObject).toBe(true);
        all.items[1].delete();
        await context.sync();
      });
      expect(mem.snapshot('Phụ lục 1').conditionalFormats.map((c) => c.type)).toEqual(['DataBar']);
      const old = await failure(memory({ requirementSets: { ExcelApi: '1.8' } }).Excel.run(async (context) => void context.workbook.worksheets.getItem('Phụ lục 1').getRanges('A1,B2')));
      expect(old.code).toBe('ApiNotFound');
    },
  },
  {
    members: ['Excel.Range.dataValidation', 'Excel.DataValidation.rule', 'Excel.DataValidationRule.list', 'Excel.DataValidationRule.date', 'Excel.ListDataValidation.inCellDropDown', 'Excel.ListDataValidation.source', 'Excel.DateTimeDataValidation.formula1', 'Excel.DateTimeDataValidation.operator'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation (ExcelApi 1.8: one rule type per rule)',
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Trống');
        ws.getRange('A2:A9').dataValidation.rule = { list: { inCellDropDown: true, source: 'Hoàn thành,Đang thực hiện' } };
        ws.getRange('B2:B9').dataValidation.rule = { date: { formula1: '2000-01-01', operator: 'GreaterThan' } };
        await context.sync();
      });
      expect(mem.snapshot('Trống').dataValidations).toEqual([
        { range: 'A2:A9', rule: { list: { inCellDropDown: true, source: 'Hoàn thành,Đang thực hiện' } } },
        { range: 'B2:B9', rule: { date: { formula1: '2000-01-01', operator: 'GreaterThan' } } },
      ]);
      const old = await failure(memory({ requirementSets: { ExcelApi: '1.7' } }).Excel.run(async (context) => void context.workbook.worksheets.getItem('Trống').getRange('A1').dataValidation));
      expect(old.code).toBe('ApiNotFound');
    },
  },
  {
    members: ['Excel.Range.hyperlink', 'Excel.RangeHyperlink.address', 'Excel.RangeHyperlink.documentReference', 'Excel.RangeHyperlink.textToDisplay'],
    doc: `${API}/excel.rangehyperlink (ExcelApi 1.7)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Trống');
        ws.getRange('A1').hyperlink = { documentReference: "'Phụ lục 1'!C2", textToDisplay: 'Sở Nội vụ' };
        ws.getRange('A2').hyperlink = { address: "so-noi-vu.xlsx#'Phụ lục 1'!C2", textToDisplay: '- Báo cáo' };
        await context.sync();
      });
      const snap = mem.snapshot('Trống');
      expect(snap.hyperlinks.A1.documentReference).toBe("'Phụ lục 1'!C2");
      expect(snap.values[1][0]).toBe('- Báo cáo');
    },
  },
  {
    members: ['Excel.Worksheet.freezePanes', 'Excel.WorksheetFreezePanes.freezeRows', 'Excel.RequestContext.application', 'Excel.Application.suspendApiCalculationUntilNextSync'],
    doc: `${API}/excel.worksheetfreezepanes (ExcelApi 1.7); ${API}/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1) (ExcelApi 1.6)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        context.application.suspendApiCalculationUntilNextSync();
        context.workbook.worksheets.getItem('Trống').freezePanes.freezeRows(2);
        await context.sync();
      });
      expect(mem.snapshot('Trống').frozen).toEqual({ rows: 2, columns: 0 });
    },
  },
  {
    members: ['Excel.WorksheetFreezePanes.freezeAt', 'Excel.WorksheetFreezePanes.freezeColumns'],
    doc: `${API}/excel.worksheetfreezepanes: freezeAt "Sets the frozen cells… The range provided corresponds to cells that will be frozen in the top- and left-most pane" (ExcelApi 1.7)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const panes = context.workbook.worksheets.getItem('Trống').freezePanes;
        panes.freezeAt('A1:C5');
        await context.sync();
        expect(mem.snapshot('Trống').frozen).toEqual({ rows: 5, columns: 3 });
        panes.freezeColumns(2);
        await context.sync();
      });
      expect(mem.snapshot('Trống').frozen).toEqual({ rows: 0, columns: 2 });
    },
  },
  {
    members: ['Excel.Application.calculate'],
    doc: `${API}/excel.application: suspendApiCalculationUntilNextSync — "Once set, it is the developer's responsibility to re-calc the workbook"; calculate(calculationType) (ExcelApi 1.1), ${API}/excel.calculationtype`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        context.application.suspendApiCalculationUntilNextSync();
        context.workbook.worksheets.getItem('Trống').getRange('A1').values = [[1]];
        await context.sync();
        expect(mem.calculationPending()).toBe(true);
        context.workbook.worksheets.getItem('Trống').getRange('A2').values = [[2]];
        await context.sync();
        expect(mem.calculationPending()).toBe(true); // a later request does not catch up by itself
        context.application.calculate('Recalculate');
        await context.sync();
        expect(mem.calculationPending()).toBe(false);
        context.application.calculate('Sometimes' as Excel.CalculationType);
        expect((await failure(context.sync())).code).toBe('InvalidArgument');
      });
    },
  },
  {
    members: ['Excel.Worksheet.id'],
    doc: `${API}/excel.worksheet#excel-excel-worksheet-id-member: "Returns a value that uniquely identifies the worksheet in a given workbook. The value of the identifier remains the same even when the worksheet is renamed or moved" (ExcelApi 1.1)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/id,items/name');
        await context.sync();
        const id = sheets.items[1].id;
        sheets.getItem('Trống').name = 'Đổi tên';
        sheets.load('items/id,items/name');
        await context.sync();
        expect(sheets.items.find((s) => s.id === id)!.name).toBe('Đổi tên');
        expect(new Set(sheets.items.map((s) => s.id)).size).toBe(2);
      });
    },
  },
  {
    members: ['Excel.Range.columnHidden'],
    doc: `${API}/excel.range#excel-excel-range-columnhidden-member: "Represents if all columns in the current range are hidden. Value is true when all columns in a range are hidden. Value is false when no columns in the range are hidden. Value is null when some columns in a range are hidden and other columns in the same range are not hidden" (ExcelApi 1.2)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Trống');
        ws.getRange('N:N').columnHidden = true;
        const all = ws.getRange('N1:N9').load('columnHidden');
        const some = ws.getRange('M:N').load('columnHidden');
        const none = ws.getRange('A1').load('columnHidden');
        await context.sync();
        expect([all.columnHidden, some.columnHidden, none.columnHidden]).toEqual([true, null, false]);
      });
      expect(mem.snapshot('Trống').hiddenColumns).toEqual(['N']);
    },
  },
  {
    members: [
      'Excel.Worksheet.pageLayout',
      'Excel.PageLayout.orientation',
      'Excel.PageLayout.paperSize',
      'Excel.PageLayout.zoom',
      'Excel.PageLayout.setPrintMargins',
      'Excel.PageLayout.setPrintTitleRows',
      'Excel.PageLayout.setPrintArea',
      'Excel.PageLayout.headersFooters',
      'Excel.HeaderFooterGroup.defaultForAllPages',
      'Excel.HeaderFooter.leftHeader',
      'Excel.HeaderFooter.centerHeader',
      'Excel.HeaderFooter.rightHeader',
      'Excel.HeaderFooter.leftFooter',
      'Excel.HeaderFooter.centerFooter',
      'Excel.HeaderFooter.rightFooter',
    ],
    doc: `${API}/excel.pagelayout (ExcelApi 1.9): margins "in points"; zoom "must be set as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)", a scale "between 10 and 400" (${API}/excel.pagelayoutzoomoptions); ${API}/excel.headerfootergroup: defaultForAllPages "used for all pages unless even/odd or first page is specified"; ${API}/excel.headerfooter: sections in Excel's format codes`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('Phụ lục 1');
        const layout = ws.pageLayout;
        layout.orientation = 'Landscape';
        layout.paperSize = 'A4';
        layout.zoom = { scale: 90 };
        layout.setPrintMargins('Inches', { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 });
        layout.setPrintTitleRows('$1:$1');
        layout.setPrintArea('A1:D3');
        const hf = layout.headersFooters.defaultForAllPages;
        hf.leftHeader = '';
        hf.centerHeader = '';
        hf.rightHeader = '';
        hf.leftFooter = '';
        hf.centerFooter = 'Trang &P/&N';
        hf.rightFooter = '';
        const read = layout.load('leftMargin,zoom');
        await context.sync();
        expect(read.leftMargin).toBe(36);
        expect(read.zoom).toEqual({ scale: 90 });
        layout.zoom = { scale: 401 };
        expect((await failure(context.sync())).code).toBe('InvalidArgument');
      });
      expect(mem.snapshot('Phụ lục 1').print).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$1:$1', printArea: 'A1:D3', headerFooter: { centerFooter: 'Trang &P/&N' } });
      const old = memory({ requirementSets: { ExcelApi: '1.8' } });
      await run(old, async (context) => {
        expect(codeOf(() => context.workbook.worksheets.getItem('Trống').pageLayout)).toBe('ApiNotFound');
        await context.sync();
      });
    },
  },
  {
    members: ['Excel.Worksheet.horizontalPageBreaks', 'Excel.PageBreakCollection.add'],
    doc: `${API}/excel.pagebreakcollection: add "Adds a page break before the top-left cell of the range specified" (ExcelApi 1.9)`,
    run: async () => {
      const mem = memory();
      await run(mem, async (context) => {
        const breaks = context.workbook.worksheets.getItem('Trống').horizontalPageBreaks;
        breaks.add('A20');
        breaks.add('C40:D41');
        await context.sync();
      });
      expect(mem.snapshot('Trống').print.rowBreaks).toEqual([20, 40]);
    },
  },
  {
    members: ['Excel.Worksheet.charts', 'Excel.ChartCollection.add', 'Excel.Chart.title', 'Excel.ChartTitle.text', 'Excel.Chart.legend', 'Excel.ChartLegend.position', 'Excel.Chart.series', 'Excel.ChartSeriesCollection.getItemAt', 'Excel.ChartSeriesCollection.add', 'Excel.ChartSeries.name', 'Excel.ChartSeries.setValues', 'Excel.ChartSeries.setXAxisValues', 'Excel.ChartSeries.format', 'Excel.ChartSeriesFormat.fill', 'Excel.ChartFill.setSolidColor', 'Excel.Chart.setPosition'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts; ChartSeriesCollection.add, setValues, setXAxisValues: ExcelApi 1.7',
    run: async () => {
      const mem = createMemoryExcel({ sheets: [{ name: 'S', values: [['', 'Đúng hạn', 'Quá hạn'], ['Thể chế', 3, 1], ['TTHC', 2, 0]] }] });
      await run(mem, async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        const c = ws.charts.add('BarClustered', ws.getRange('B2:B3'), 'Columns');
        c.title.text = 'Theo lĩnh vực';
        c.legend.position = 'Bottom';
        const first = c.series.getItemAt(0);
        first.name = 'Đúng hạn';
        first.setXAxisValues(ws.getRange('A2:A3'));
        const second = c.series.add('Quá hạn');
        second.setValues(ws.getRange('C2:C3'));
        second.setXAxisValues(ws.getRange('A2:A3'));
        second.format.fill.setSolidColor('#C00000');
        c.setPosition('E2', 'L18');
        await context.sync();
      });
      const chart = mem.snapshot('S').charts[0];
      expect(chart).toMatchObject({ type: 'BarClustered', title: 'Theo lĩnh vực', legend: 'Bottom', position: { start: 'E2', end: 'L18' } });
      expect(chart.series.map((s) => [s.name, s.values, s.color])).toEqual([
        ['Đúng hạn', 'S!B2:B3', null],
        ['Quá hạn', 'S!C2:C3', '#C00000'],
      ]);
    },
  },
  {
    members: ['Excel.Workbook.insertWorksheetsFromBase64', 'OfficeExtension.ClientResult.value', 'Excel.InsertWorksheetOptions.positionType'],
    doc: `${API}/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1): ExcelApi 1.13, "only supported for Office on Windows, Mac, and the web"; returns the new worksheets' ids`,
    run: async () => {
      const mem = memory({ decodeWorkbook: async () => [{ name: 'Phụ lục 1', values: [['x']] }] });
      await run(mem, async (context) => {
        const ids = context.workbook.insertWorksheetsFromBase64('UEsDBA==', { positionType: 'End' });
        expect(codeOf(() => ids.value)).toBe('ValueNotLoaded');
        await context.sync();
        const named = context.workbook.worksheets.getItem(ids.value[0]).load('name');
        await context.sync();
        expect(named.name).toBe('Phụ lục 1 (2)');
      });
      expect((await failure(memory({ requirementSets: { ExcelApi: '1.12' } }).Excel.run(async (context) => void context.workbook.insertWorksheetsFromBase64('UEsDBA==')))).code).toBe('ApiNotFound');
      // "in Excel on the web, this method doesn't support source worksheets with PivotTable, Chart, Comment, or
      // Slicer elements… returns the UnsupportedFeature error" (excel-add-ins-workbooks#insert-a-copy-of-an-existing-workbook-into-the-current-one).
      const withNote = (await sampleWithNote()).toString('base64');
      const insert = (m: MemoryExcel) => m.Excel.run(async (context) => void (await context.sync(context.workbook.insertWorksheetsFromBase64(withNote))));
      const decode = async (b64: string) => readXlsx(Buffer.from(b64, 'base64'));
      expect((await failure(insert(memory({ decodeWorkbook: decode })))).code).toBe('UnsupportedFeature');
      const desktop = memory({ decodeWorkbook: decode, platform: 'PC' });
      await insert(desktop);
      expect(desktop.sheetNames()).toEqual(['Phụ lục 1', 'Trống', 'Phụ lục KH 367']);
    },
  },
  {
    members: [],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins: "Excel on the web has a payload size limit for requests and responses of 5MB"',
    run: async () => {
      const mem = createMemoryExcel({ sheets: [{ name: 'S', values: [] }] });
      const big = 'x'.repeat(6 * 1024 * 1024);
      expect((await failure(run(mem, async (context) => void (await context.sync((context.workbook.worksheets.getItem('S').getRange('A1').values = [[big]])))))).code).toBe('RequestPayloadSizeLimitExceeded');
      const desktop = createMemoryExcel({ sheets: [{ name: 'S', values: [] }], platform: 'PC' });
      await run(desktop, async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[big]];
        await context.sync();
      });
    },
  },
  {
    members: ['Office.onReady', 'Office.onReady → host', 'Office.onReady → platform', 'Office.context', 'Office.Context.displayLanguage', 'Office.Context.platform', 'Office.Context.requirements', 'Office.RequirementSetSupport.isSetSupported', 'Office.Context.officeTheme', 'Office.OfficeTheme.bodyBackgroundColor'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in (onReady resolves with host and platform); https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport',
    run: async () => {
      const mem = createMemoryExcel({ displayLanguage: 'en-GB', platform: 'Mac', requirementSets: { ExcelApi: '1.9' }, officeTheme: { bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#333333', controlForegroundColor: '#FFFFFF' } });
      await expect(mem.Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'Mac' });
      expect(mem.Office.context.displayLanguage).toBe('en-GB');
      expect(mem.Office.context.platform).toBe('Mac');
      expect(mem.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
      expect(mem.Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
      expect(mem.Office.context.officeTheme?.bodyBackgroundColor).toBe('#1F1F1F');
      expect(createMemoryExcel().Office.context.officeTheme).toBeUndefined();
    },
  },
  {
    members: ['Office.Context.ui', 'Office.UI.displayDialogAsync', 'Office.DialogOptions.height', 'Office.DialogOptions.width', 'Office.DialogOptions.displayInIframe', 'Office.Dialog.addEventHandler', 'Office.Dialog.close', 'Office.AsyncResult.status', 'Office.AsyncResult.value', 'Office.AsyncResultStatus', 'Office.AsyncResultStatus.Failed', 'Office.EventType', 'Office.EventType.DialogMessageReceived', 'Office.EventType.DialogEventReceived'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins#close-the-dialog-box; dialog-handle-errors-events (12002, 12004, 12005, 12006, 12007)',
    run: async () => {
      const mem = createMemoryExcel({ ui: { pageOrigin: 'https://localhost:3000' } });
      type R = { status: string; value?: { addEventHandler(t: string, h: (a: unknown) => void): void; close(): void }; error?: { code: number } };
      const open = (url: string) => new Promise<R>((resolve) => (mem.Office.context.ui.displayDialogAsync as (u: string, o: object, cb: (r: R) => void) => void)(url, { height: 30, width: 40, displayInIframe: true }, resolve));
      const ok = await open('https://localhost:3000/message.html');
      expect(ok.status).toBe(mem.Office.AsyncResultStatus.Succeeded);
      expect(mem.dialogs[0].options).toEqual({ height: 30, width: 40, displayInIframe: true });
      expect((await open('https://localhost:3000/message.html')).error?.code).toBe(12007);
      const got: unknown[] = [];
      ok.value!.addEventHandler(mem.Office.EventType.DialogMessageReceived, (a) => got.push(a));
      mem.dialogs[0].messageParent('close');
      await new Promise((r) => setTimeout(r, 5));
      expect(got).toEqual([{ message: 'close', origin: undefined }]);
      expect(mem.dialogs[0].isOpen).toBe(true);
      ok.value!.close();
      expect(mem.dialogs[0].isOpen).toBe(false);
      // 12002 (page not found or not loaded) and 12003 (HTTP) reach DialogEventReceived; only 12006 means "The
      // dialog box was closed" (dialog-handle-errors-events): the dialog stays until its opener closes it.
      const failing = await open('https://localhost:3000/missing.html');
      const events: unknown[] = [];
      failing.value!.addEventHandler(mem.Office.EventType.DialogEventReceived, (a) => events.push(a));
      mem.dialogs[1].failToLoad(12002);
      await new Promise((r) => setTimeout(r, 5));
      expect(events).toEqual([{ error: 12002 }]);
      expect(mem.dialogs[1].isOpen).toBe(true);
      failing.value!.close();
      expect(mem.dialogs[1].isOpen).toBe(false);
    },
  },
  {
    members: ['Office.actions', 'Office.Actions.associate', 'Office.AddinCommands.Event.completed'],
    doc: 'https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands: "The runtime closes when either the function completes or 5 minutes have passed"',
    run: async () => {
      const mem = createMemoryExcel();
      mem.Office.actions.associate('f', ((event: { completed(): void }) => setTimeout(() => event.completed(), 5)) as never);
      await expect(mem.runCommand('f', { timeLimitMs: 1000 })).resolves.toMatchObject({ completed: true });
      mem.Office.actions.associate('g', (() => undefined) as never);
      await expect(mem.runCommand('g', { timeLimitMs: 20 })).resolves.toMatchObject({ completed: false, timedOut: true });
    },
  },
];

describe('Office.js contracts, against the in-memory host', () => {
  it.each(CONTRACTS.map((c) => [c.members.join(', ') || 'payload limits', c] as const))('%s', async (_name, contract) => {
    expect(contract.doc).toMatch(/https:\/\//);
    await contract.run();
  });

  it('has a contract for every Office.js member the add-in uses', () => {
    const used = analyzeOfficeUsage().members.map((m) => m.member);
    const covered = new Set(CONTRACTS.flatMap((c) => c.members));
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((m) => !covered.has(m))).toEqual([]);
  });
});
