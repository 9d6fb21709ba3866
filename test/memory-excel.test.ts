/// <reference types="office-js" />
import type { GridInput } from '../core';
import { createMemoryExcel, type MemoryExcel } from '../addin/host/memory-excel';
import { seedTextSheet } from '../samples/src/large-sheet';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? 'not an Office error';
  }
};

const failure = async (p: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { errorLocation?: string } }> => {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; debugInfo: { errorLocation?: string } };
  }
  throw new Error('expected the promise to reject');
};

const plan: GridInput = {
  name: 'Phụ lục 1',
  values: [
    ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian'],
    [1, 'Rà soát thủ tục', 'Sở Nội vụ', 45657],
    [2, 'Số hoá hồ sơ', null, 45292.5],
  ],
  texts: [
    ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian'],
    ['1', 'Rà soát thủ tục', 'Sở Nội vụ', '31/12/2024'],
    ['2', 'Số hoá hồ sơ', '', '01/01/2024 12:00'],
  ],
  merges: ['C2:C3', { top: 5, left: 0, bottom: 5, right: 3 }],
};

function host(opts: Parameters<typeof createMemoryExcel>[0] = {}): MemoryExcel {
  return createMemoryExcel({ sheets: [plan, { name: 'Sheet1', values: [] }], ...opts });
}

describe('load and sync', () => {
  it('refuses to read a property that was not loaded, or before the sync that loads it', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A1:B2');
      expect(codeOf(() => r.values)).toBe('PropertyNotLoaded');
      r.load('values');
      expect(codeOf(() => r.values)).toBe('PropertyNotLoaded');
      let message = '';
      try {
        void r.values;
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toBe(
        'The property \'values\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
      );
      await ctx.sync();
      expect(r.values).toEqual([
        ['STT', 'Nhiệm vụ'],
        [1, 'Rà soát thủ tục'],
      ]);
      expect(codeOf(() => r.text)).toBe('PropertyNotLoaded');
    });
  });

  it('applies writes only at sync, in order with loads, and does not echo a set value', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2');
      const before = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').load('values');
      cell.values = [[42]];
      expect(mem.snapshot('Sheet1').values).toEqual([]); // nothing happens before sync
      expect(codeOf(() => cell.values)).toBe('PropertyNotLoaded'); // a set value is not readable
      const after = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').load('values');
      await ctx.sync();
      expect(before.values).toEqual([['']]);
      expect(after.values).toEqual([[42]]);
      expect(mem.snapshot('Sheet1').values).toEqual([
        ['', ''],
        ['', 42],
      ]);
    });
  });

  it('counts syncs, requests and their sizes; Excel.run syncs what is still queued', async () => {
    const mem = host();
    let changes = 0;
    const off = mem.onChange(() => changes++);
    await mem.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await ctx.sync();
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['y']];
    });
    expect(mem.stats.syncs).toBe(3);
    // getItem, getRange and the write: objects returned by methods are instantiated in the request too.
    expect(mem.stats.requests.map((r) => r.commands)).toEqual([3, 0, 3]);
    expect(mem.stats.requests[0].bytes).toBeGreaterThan(0);
    expect(mem.stats.maxRequestBytes).toBe(Math.max(...mem.stats.requests.map((r) => r.bytes)));
    expect(mem.snapshot('Sheet1').values).toEqual([['x'], ['y']]);
    expect(changes).toBe(2);
    off();
    mem.resetStats();
    expect(mem.stats.syncs).toBe(0);
  });

  it('rejects a batch that does not return a promise', async () => {
    const mem = host();
    const run = mem.Excel.run as unknown as (b: (ctx: Excel.RequestContext) => unknown) => Promise<unknown>;
    expect((await failure(run(() => undefined))).code).toBe('RunMustReturnPromise');
  });

  it('loads collections with items/ paths, and ClientResults after sync', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/position');
      const count = sheets.getCount();
      expect(codeOf(() => sheets.items)).toBe('PropertyNotLoaded');
      expect(codeOf(() => count.value)).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ['Phụ lục 1', 'Visible', 0],
        ['Sheet1', 'Visible', 1],
      ]);
      expect(count.value).toBe(2);
      expect(codeOf(() => sheets.items[0].tabColor)).toBe('PropertyNotLoaded');
    });
  });
});

describe('values and formulas', () => {
  it("follows Excel's text-to-formula rule", async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const r = ws.getRange('A1:A8');
      r.values = [['=SUM(1)'], ['- Báo cáo'], ['+84'], ['-5'], ["'= giữ nguyên"], ['84'], ['=1+2*3'], ['Chữ thường']];
      r.load('values,formulas,valueTypes');
      await ctx.sync();
      expect(r.formulas).toEqual([['=SUM(1)'], ['=- Báo cáo'], [84], [-5], ['= giữ nguyên'], [84], ['=1+2*3'], ['Chữ thường']]);
      // This host evaluates only constant arithmetic; names (functions, references, words) are #NAME?.
      expect(r.values).toEqual([['#NAME?'], ['#NAME?'], [84], [-5], ['= giữ nguyên'], [84], [7], ['Chữ thường']]);
      expect(r.valueTypes.map((row) => row[0])).toEqual(['Error', 'Error', 'Double', 'Double', 'String', 'Double', 'Double', 'String']);
    });
    expect(mem.snapshot('Sheet1').formulas).toEqual({ A1: '=SUM(1)', A2: '=- Báo cáo', A7: '=1+2*3' });
  });

  it('keeps text as written in cells formatted "@", when the format comes first in the batch', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
      r.numberFormat = [['@', '@', '@', '@']];
      r.values = [['=SUM(1)', '- Báo cáo', '+84', '0012']];
      r.load('values,formulas,text,numberFormat');
      await ctx.sync();
      expect(r.values).toEqual([['=SUM(1)', '- Báo cáo', '+84', '0012']]);
      expect(r.formulas).toEqual([['=SUM(1)', '- Báo cáo', '+84', '0012']]);
      expect(r.numberFormat).toEqual([['@', '@', '@', '@']]);
    });
    expect(mem.snapshot('Sheet1').formulas).toEqual({});
  });

  it('checks the shape of a 2-D write; one value fills the range; null leaves a cell alone', async () => {
    const mem = host();
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['first']];
        ws.getRange('A2:B2').values = [['only one']].concat([['x']]);
        ws.getRange('A3').values = [['never']];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('InvalidArgument');
    expect(err.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(err.debugInfo.errorLocation).toBe('Range.values');
    // Commands before the failing one ran; those after did not.
    expect(mem.snapshot('Sheet1').values).toEqual([['first']]);

    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1:C2').values = [['v']];
      ws.getRange('B2:C2').values = [[null, 'z']];
      ws.getRange('A1').values = [['']];
      await ctx.sync();
    });
    expect(mem.snapshot('Sheet1').values).toEqual([
      ['', 'v', 'v'],
      ['', 'v', 'z'],
    ]);
  });

  it('shows text by number format, and the loader marks date serials shown as dates', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const r = ws.getRange('A1:E1');
      r.values = [[1234567.891, 0.1234, 45657, 45292.5, 0.1 + 0.2]];
      r.numberFormat = [['#,##0', '0.0%', 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', 'General']];
      r.load('text');
      const dates = ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('D2:D3').load('text,numberFormat,values');
      await ctx.sync();
      expect(r.text).toEqual([['1,234,568', '12.3%', '31/12/2024', '01/01/2024 12:00', '0.3']]);
      expect(dates.values).toEqual([[45657], [45292.5]]);
      expect(dates.numberFormat).toEqual([['dd/mm/yyyy'], ['dd/mm/yyyy hh:mm']]);
      expect(dates.text).toEqual([['31/12/2024'], ['01/01/2024 12:00']]);
    });
  });

  it('reports addresses with the sheet, quoted when the name needs it', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('a1:c3').load('address');
      const b = ctx.workbook.worksheets.getItem('Sheet1').getRange('B7').load('address');
      const col = ctx.workbook.worksheets.getItem('Sheet1').getRange('C5').getEntireColumn().load('address,values');
      await ctx.sync();
      expect(a.address).toBe("'Phụ lục 1'!A1:C3");
      expect(b.address).toBe('Sheet1!B7');
      expect(col.address).toBe('Sheet1!C:C');
      expect(col.values).toBeNull(); // unbounded ranges return null for cell-level properties
    });
  });
});

describe('merges, used range, null objects', () => {
  it('reads merged areas back through getMergedAreasOrNullObject', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      const used = ws.getUsedRangeOrNullObject(false);
      used.load('address');
      const merged = used.getMergedAreasOrNullObject();
      merged.load('areas/items/address,areaCount,address');
      const inner = ws.getRange('C3:D6').getMergedAreasOrNullObject(); // C2:C3 starts outside; A6:D6 starts outside
      const none = ws.getRange('A1:B2').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(used.address).toBe("'Phụ lục 1'!A1:D6");
      expect(merged.isNullObject).toBe(false);
      expect(merged.areaCount).toBe(2);
      expect(merged.areas.items.map((a) => a.address)).toEqual(["'Phụ lục 1'!C2:C3", "'Phụ lục 1'!A6:D6"]);
      expect(merged.address).toBe("'Phụ lục 1'!C2:C3, 'Phụ lục 1'!A6:D6");
      expect(inner.isNullObject).toBe(true);
      expect(none.isNullObject).toBe(true);

      ws.getRange('E1:F1').merge();
      ws.getRange('C2:C3').unmerge();
      await ctx.sync();
    });
    expect(mem.snapshot('Phụ lục 1').merges).toEqual(['A6:D6', 'E1:F1']);
  });

  it('gives A1 as the used range of an empty sheet, and a null object from the OrNullObject form', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const used = ws.getUsedRange().load('address');
      const orNull = ws.getUsedRangeOrNullObject(true);
      const merged = orNull.getMergedAreasOrNullObject(); // a method on a null object: a null object
      merged.load('areaCount');
      await ctx.sync();
      expect(used.address).toBe('Sheet1!A1');
      expect(orNull.isNullObject).toBe(true);
      expect(merged.isNullObject).toBe(true);
      expect(codeOf(() => orNull.address)).toBe('InvalidObjectPath');
      expect(codeOf(() => merged.areaCount)).toBe('InvalidObjectPath');
    });
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C3').getUsedRange().load('address');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
  });

  it('fails getItem for a missing sheet at sync; getItemOrNullObject gives a null object', async () => {
    const mem = host();
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Không có');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      const byCase = ctx.workbook.worksheets.getItemOrNullObject('PHỤ LỤC 1');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(byCase.isNullObject).toBe(false);
      ws.delete(); // a void method on a null object does nothing
      await ctx.sync();
    });
    expect(mem.sheetNames()).toEqual(['Phụ lục 1', 'Sheet1']);
  });
});

describe('worksheets', () => {
  it('validates new sheet names and refuses duplicates case-insensitively', async () => {
    const mem = host();
    const bad = ['', 'x'.repeat(32), 'a/b', 'a:b', 'a\\b', 'a?b', 'a*b', 'a[b', 'a]b', "'quoted'", 'History'];
    for (const name of bad) {
      const err = await failure(
        mem.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      );
      expect([name, err.code]).toEqual([name, 'InvalidArgument']);
    }
    const dup = await failure(
      mem.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add('Báo cáo');
        ctx.workbook.worksheets.add('BÁO CÁO');
        await ctx.sync();
      }),
    );
    expect(dup.code).toBe('ItemAlreadyExists');
    expect(mem.sheetNames()).toEqual(['Phụ lục 1', 'Sheet1', 'Báo cáo']);
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('x'.repeat(31));
      const unnamed = ctx.workbook.worksheets.add();
      ws.load('name,position');
      unnamed.load('name');
      await ctx.sync();
      expect(ws.position).toBe(3);
      expect(unnamed.name).toBe('Sheet5');
    });
  });

  it('hides, shows, activates, renames and deletes sheets, keeping one visible', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const report = ctx.workbook.worksheets.add('Tổng hợp');
      report.visibility = 'Hidden';
      report.tabColor = 'pink';
      ctx.workbook.worksheets.getItem('Sheet1').name = 'Dữ liệu';
      await ctx.sync();
      expect(mem.snapshot('Tổng hợp').visibility).toBe('Hidden');
      const hiddenActivate = ctx.workbook.worksheets.getItem('Tổng hợp');
      hiddenActivate.activate();
      expect((await failure(ctx.sync())).code).toBe('InvalidOperation');
      report.visibility = 'Visible';
      report.activate();
      report.load('tabColor');
      await ctx.sync();
      expect(report.tabColor).toBe('#FFC0CB');
    });
    expect(mem.activeSheetName()).toBe('Tổng hợp');
    expect(mem.sheetNames()).toEqual(['Phụ lục 1', 'Dữ liệu', 'Tổng hợp']);
    await mem.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Tổng hợp').delete();
      ctx.workbook.worksheets.getItem('Dữ liệu').delete();
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Phụ lục 1').visibility = 'Hidden';
      expect((await failure(ctx.sync())).code).toBe('InvalidOperation');
    });
    expect(mem.sheetNames()).toEqual(['Phụ lục 1']);
    expect(mem.activeSheetName()).toBe('Phụ lục 1');
  });

  it('selects a cell on another sheet, which becomes active', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.activate();
      ws.getRange('B7').select();
      const sel = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(sel.address).toBe('Sheet1!B7');
    });
    expect(mem.activeSheetName()).toBe('Sheet1');
    expect(mem.selectedAddress()).toBe('Sheet1!B7');
    expect(mem.snapshot('Sheet1').activeCell).toBe('B7');
  });
});

describe('request size', () => {
  const bigBlock = (rows: number, fill: string) => Array.from({ length: rows }, () => Array.from({ length: 10 }, () => fill));

  it('measures a request as office.js sends it: each action and each object’s path, as JSON (issue 17)', async () => {
    // A request's size "combines the number of API calls, the number of objects… the length of the value"
    // (learn.microsoft.com/office/dev/add-ins/excel/performance); office.js sends {Actions, ObjectPaths}
    // (github.com/OfficeDev/office-js dist/excel-web-16.00.debug.js: ActionFactory, ObjectPathFactory).
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['Sở Nội vụ']];
      await ctx.sync();
    });
    const actions = [
      '{"Id":5,"ActionType":1,"Name":"","ObjectPathId":4}',
      '{"Id":7,"ActionType":1,"Name":"","ObjectPathId":6}',
      '{"Id":8,"ActionType":4,"Name":"Values","ObjectPathId":6,"ArgumentInfo":{"Arguments":[[["Sở Nội vụ"]]]}}',
    ];
    const paths = [
      '"4":{"Id":4,"ObjectPathType":3,"Name":"GetItem","ParentObjectPathId":3,"ArgumentInfo":{"Arguments":["Sheet1"]}}',
      '"3":{"Id":3,"ObjectPathType":4,"Name":"Worksheets","ParentObjectPathId":1}',
      '"1":{"Id":1,"ObjectPathType":1,"Name":""}',
      '"6":{"Id":6,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":4,"ArgumentInfo":{"Arguments":["A1"]}}',
    ];
    expect(mem.stats.requests[0].bytes).toBe(Buffer.byteLength(`{"Actions":[${actions.join(',')}],"ObjectPaths":{${paths.join(',')}}}`));
  });

  it('counts every call and object, not only values: 12 000 links to the seeds’ tasks are refused in one request and pass in three (issue 17)', async () => {
    const tasks = seedTextSheet(12_000).values.slice(5).map((r) => String(r[3] ?? r[1] ?? ''));
    const link = (ws: Excel.Worksheet, i: number) => (ws.getRange(`B${i + 1}`).hyperlink = { documentReference: `'Tổng hợp các sở'!D${i + 6}`, textToDisplay: tasks[i] });
    const mem = host();
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        tasks.forEach((_, i) => link(ws, i));
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(Object.keys(mem.snapshot('Sheet1').hyperlinks)).toEqual([]);
    // The text alone would fit (about 4 MB); the calls and objects (a path and two actions a link) do not.
    const text = tasks.reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(text).toBeLessThan(5 * 1024 * 1024);
    expect(mem.stats.maxRequestBytes).toBeGreaterThan(text + 12_000 * 250);
    mem.resetStats();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      for (let part = 0; part < 3; part++) {
        tasks.forEach((_, i) => i % 3 === part && link(ws, i));
        await ctx.sync();
      }
    });
    expect(mem.stats.requests.every((r) => r.bytes < 5 * 1024 * 1024 && !r.error)).toBe(true);
    expect(Object.keys(mem.snapshot('Sheet1').hyperlinks)).toHaveLength(12_000);
  });

  it('refuses a request over 5 MB and accepts the same data in two syncs', async () => {
    const mem = host();
    const text = 'Nội dung '.repeat(60); // ~600 bytes in UTF-8
    const rows = 1000; // 1000 × 10 × ~600 B ≈ 6 MB
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange(`A1:J${rows}`).values = bigBlock(rows, text);
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(mem.snapshot('Sheet1').values).toEqual([]); // nothing of the batch ran
    expect(mem.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);

    mem.resetStats();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange(`A1:J${rows / 2}`).values = bigBlock(rows / 2, text);
      await ctx.sync();
      ws.getRange(`A${rows / 2 + 1}:J${rows}`).values = bigBlock(rows / 2, text);
      await ctx.sync();
    });
    expect(mem.stats.syncs).toBe(2);
    expect(mem.stats.requests.every((r) => r.bytes < 5 * 1024 * 1024)).toBe(true);
    expect(mem.stats.requests[0].bytes).toBeGreaterThan(2.5 * 1024 * 1024);
    expect(mem.snapshot('Sheet1').values.length).toBe(rows);
  });

  it('refuses a response over the limit', async () => {
    const mem = host({ responseLimitBytes: 1000 });
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1:J20').values = bigBlock(20, 'abcdefghij');
        ws.getRange('A1:J20').load('values');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(mem.stats.maxResponseBytes).toBeGreaterThan(1000);
  });
});

describe('conditional formats, data validation, hyperlinks', () => {
  it('adds one conditional format over several areas and deletes it again', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      const areas = ws.getRanges('B2,C3:D3');
      const cf = areas.conditionalFormats.add(mem.Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=N("cchc-mark:error")=0';
      cf.custom.format.fill.color = '#ffc7ce';
      cf.custom.format.font.color = '#9C0006';
      const other = ws.getRange('A1').conditionalFormats.add('DataBar');
      cf.load('id,type,priority');
      other.load('id');
      await ctx.sync();
      expect(cf.type).toBe('Custom');
      expect(cf.priority).toBe(1); // the later one went on top
      const ranges = cf.getRanges().load('address');
      const single = cf.getRangeOrNullObject();
      await ctx.sync();
      expect(ranges.address).toBe("'Phụ lục 1'!B2, 'Phụ lục 1'!C3:D3");
      expect(single.isNullObject).toBe(true);
    });
    expect(mem.snapshot('Phụ lục 1').conditionalFormats).toEqual([
      { id: expect.any(String), ranges: ['A1'], type: 'DataBar', formula: null, fill: null, fontColor: null },
      { id: expect.any(String), ranges: ['B2', 'C3:D3'], type: 'Custom', formula: '=N("cchc-mark:error")=0', fill: '#FFC7CE', fontColor: '#9C0006' },
    ]);

    // Reading every rule's custom formula fails when one of them is not Custom, as `custom` must exist.
    const err = await failure(
      mem.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats.load('items/type,items/custom/rule/formula');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');

    await mem.Excel.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats;
      cfs.load('items/type,items/customOrNullObject/rule/formula');
      await ctx.sync();
      expect(cfs.items.map((c) => c.type)).toEqual(['DataBar', 'Custom']);
      expect(cfs.items[0].customOrNullObject.isNullObject).toBe(true);
      expect(cfs.items[1].customOrNullObject.rule.formula).toContain('cchc-mark');
      cfs.items[1].delete();
      await ctx.sync();
      const count = cfs.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
    });
    expect(mem.snapshot('Phụ lục 1').conditionalFormats.map((c) => c.type)).toEqual(['DataBar']);
  });

  it('sets, reads and clears data validation', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      ws.getRange('E2:E10').dataValidation.rule = { list: { inCellDropDown: true, source: 'Hoàn thành,Đang thực hiện' } };
      ws.getRange('F2:F10').dataValidation.rule = { date: { formula1: '2000-01-01', operator: 'GreaterThan' } };
      const dv = ws.getRange('E3:E4').dataValidation.load('rule,type');
      const mixed = ws.getRange('E1:E2').dataValidation.load('type');
      await ctx.sync();
      expect(dv.type).toBe('List');
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: 'Hoàn thành,Đang thực hiện' } });
      expect(mixed.type).toBe('Inconsistent');
      ws.getRange('E5:E10').dataValidation.clear();
      ws.getRange('G1').dataValidation.rule = { list: { inCellDropDown: true, source: ws.getRange('A2:A3') } };
      await ctx.sync();
      ws.getRange('H1').dataValidation.rule = { list: { source: 'a' }, custom: { formula: '=TRUE' } } as Excel.DataValidationRule;
      expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
    });
    expect(mem.snapshot('Phụ lục 1').dataValidations).toEqual([
      { range: 'E2:E4', rule: { list: { inCellDropDown: true, source: 'Hoàn thành,Đang thực hiện' } } },
      { range: 'F2:F10', rule: { date: { formula1: '2000-01-01', operator: 'GreaterThan' } } },
      { range: 'G1', rule: { list: { inCellDropDown: true, source: "='Phụ lục 1'!$A$2:$A$3" } } },
    ]);
  });

  it('writes hyperlinks with their display text', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').hyperlink = { documentReference: "'Phụ lục 1'!B2", textToDisplay: '- Xem nhiệm vụ' };
      ws.getRange('A2').hyperlink = { address: 'https://example.org/', screenTip: 'Mở' };
      const a1 = ws.getRange('A1').load('hyperlink,values,formulas');
      await ctx.sync();
      expect(a1.hyperlink).toEqual({ documentReference: "'Phụ lục 1'!B2", textToDisplay: '- Xem nhiệm vụ' });
      expect(a1.formulas).toEqual([['- Xem nhiệm vụ']]); // display text is literal, not a formula
    });
    const snap = mem.snapshot('Sheet1');
    expect(snap.hyperlinks).toEqual({
      A1: { documentReference: "'Phụ lục 1'!B2", textToDisplay: '- Xem nhiệm vụ' },
      A2: { address: 'https://example.org/', screenTip: 'Mở' },
    });
    expect(snap.values).toEqual([['- Xem nhiệm vụ'], ['https://example.org/']]);
  });
});

describe('formats, sizes, panes and charts', () => {
  it('formats ranges and areas, sizes columns and rows, freezes panes', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      const header = ws.getRange('A1:D1').format;
      header.font.bold = true;
      header.fill.color = '#DDEBF7';
      header.horizontalAlignment = 'Center';
      header.wrapText = true;
      const areas = ws.getRanges('A2,B3');
      areas.format.font.italic = true;
      areas.format.font.underline = 'Single';
      ws.getRange('B:B').format.columnWidth = 180;
      ws.getRange('2:2').format.rowHeight = 30;
      ws.freezePanes.freezeRows(1);
      const b = ws.getRange('A1:B1').format.font.load('bold');
      const mixed = ws.getRange('A1:A2').format.font.load('bold,italic');
      const width = ws.getRange('B5').format.load('columnWidth');
      const widths = ws.getRange('A1:B1').format.load('columnWidth');
      await ctx.sync();
      expect(b.bold).toBe(true);
      expect(mixed.bold).toBeNull();
      expect(mixed.italic).toBeNull();
      expect(width.columnWidth).toBe(180);
      expect(widths.columnWidth).toBeNull();
      ws.getRange('A1').format.fill.color = 'not a colour';
      expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
    });
    const snap = mem.snapshot('Phụ lục 1');
    expect(snap.formats[0][0]).toMatchObject({ bold: true, fill: '#DDEBF7', horizontalAlignment: 'Center', wrapText: true });
    expect(snap.formats[1][0]).toMatchObject({ bold: false, italic: true, underline: 'Single' });
    expect(snap.formats[2][1].italic).toBe(true);
    expect(snap.columnWidths.slice(0, 3)).toEqual([48, 180, 48]);
    expect(snap.rowHeights.slice(0, 3)).toEqual([15, 30, 15]);
    expect(snap.frozen).toEqual({ rows: 1, columns: 0 });
  });

  it('hides columns and reads columnHidden as true, false or null for a mix (ExcelApi 1.2)', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      ws.getRange('N:N').columnHidden = true;
      ws.getRange('P2').columnHidden = true; // a cell hides its whole column
      const n = ws.getRange('N1').load('columnHidden');
      const mix = ws.getRange('M1:N1').load('columnHidden');
      const none = ws.getRange('A:C').load('columnHidden');
      await ctx.sync();
      expect([n.columnHidden, mix.columnHidden, none.columnHidden]).toEqual([true, null, false]);
      ws.getRange('P:P').columnHidden = false;
      await ctx.sync();
    });
    expect(mem.snapshot('Phụ lục 1').hiddenColumns).toEqual(['N']);
  });

  it('sets how a sheet prints through pageLayout: orientation, paper, zoom, margins, footer, titles, area, breaks (ExcelApi 1.9)', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      const layout = ws.pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { scale: 88 };
      layout.setPrintMargins('Inches', { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 });
      layout.headersFooters.defaultForAllPages.centerFooter = 'Trang &P/&N';
      layout.setPrintTitleRows('A3:B3'); // part of a row: the whole row
      layout.setPrintArea('A1:L40');
      ws.horizontalPageBreaks.add('A20');
      const count = ws.horizontalPageBreaks.getCount();
      const read = layout.load('orientation,leftMargin,zoom');
      const titles = layout.getPrintTitleRowsOrNullObject().load('address');
      await ctx.sync();
      expect(read.orientation).toBe('Landscape');
      expect(read.leftMargin).toBeCloseTo(28.8, 5);
      expect(read.zoom).toEqual({ scale: 88 });
      expect(titles.address).toBe("'Phụ lục 1'!3:3");
      expect(count.value).toBe(1);
      // Refused as Excel refuses them: a scale outside 10–400, a page break above row 1, an unknown paper.
      layout.zoom = { scale: 5 };
      expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
      ws.horizontalPageBreaks.add('B1');
      expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
      layout.paperSize = 'A7' as Excel.PaperType;
      expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
    });
    const { margins, ...print } = mem.snapshot('Phụ lục 1').print;
    const inches = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 };
    for (const [k, v] of Object.entries(inches)) expect([k, margins[k as keyof typeof margins]]).toEqual([k, expect.closeTo(v * 72, 6)]);
    expect(print).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { scale: 88 },
      headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: 'Trang &P/&N', rightFooter: '' },
      printTitleRows: '$3:$3',
      printArea: 'A1:L40',
      rowBreaks: [20],
    });
    // An untouched sheet has no titles, area or breaks.
    expect(mem.snapshot('Sheet1').print).toMatchObject({ orientation: 'Portrait', printTitleRows: null, printArea: null, rowBreaks: [] });
  });

  it('adds a chart with series from ranges, a title and a position', async () => {
    const mem = host();
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:C4').values = [
        ['Lĩnh vực', 'Hoàn thành', 'Quá hạn'],
        ['Thể chế', 3, 1],
        ['TTHC', 5, 0],
        ['Số hoá', 2, 2],
      ];
      const c = ws.charts.add(mem.Excel.ChartType.columnClustered, ws.getRange('B2:B4'), 'Columns');
      c.title.text = 'Tình trạng theo lĩnh vực';
      c.legend.position = 'Bottom';
      const first = c.series.getItemAt(0);
      first.name = 'Hoàn thành';
      first.setXAxisValues(ws.getRange('A2:A4'));
      const second = c.series.add('Quá hạn');
      second.setValues(ws.getRange('C2:C4'));
      second.setXAxisValues(ws.getRange('A2:A4'));
      second.format.fill.setSolidColor('#C00000');
      c.setPosition('E2', 'L18');
      c.load('name,chartType');
      c.series.load('count');
      await ctx.sync();
      expect(c.name).toBe('Chart 1');
      expect(c.chartType).toBe('ColumnClustered');
      expect(c.series.count).toBe(2);
      ws.charts.add('NotAChart' as Excel.ChartType, ws.getRange('B2:B4'));
      expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
    });
    expect(mem.snapshot('Sheet1').charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        title: 'Tình trạng theo lĩnh vực',
        legend: 'Bottom',
        series: [
          { name: 'Hoàn thành', values: 'Sheet1!B2:B4', xValues: 'Sheet1!A2:A4', color: null },
          { name: 'Quá hạn', values: 'Sheet1!C2:C4', xValues: 'Sheet1!A2:A4', color: '#C00000' },
        ],
        position: { start: 'E2', end: 'L18' },
      },
    ]);
  });
});

describe('requirement sets and the Office global', () => {
  it('throws ApiNotFound for APIs newer than the configured ExcelApi', async () => {
    const mem = host({ requirementSets: { ExcelApi: '1.7' } });
    expect(mem.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(mem.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    await mem.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      const r = ws.getRange('A1:D6');
      let err: { code?: string; debugInfo?: { errorLocation?: string } } = {};
      try {
        r.getMergedAreasOrNullObject();
      } catch (e) {
        err = e as typeof err;
      }
      expect(err.code).toBe('ApiNotFound');
      expect(err.debugInfo?.errorLocation).toBe('Range.getMergedAreasOrNullObject');
      expect(codeOf(() => ws.getRanges('A1,B2'))).toBe('ApiNotFound'); // 1.9
      expect(codeOf(() => ws.pageLayout)).toBe('ApiNotFound'); // 1.9
      expect(codeOf(() => ws.horizontalPageBreaks)).toBe('ApiNotFound'); // 1.9
      expect(codeOf(() => (ws.getRange('N:N').columnHidden = true))).toBeNull(); // 1.2
      expect(codeOf(() => r.dataValidation)).toBe('ApiNotFound'); // 1.8
      expect(codeOf(() => ctx.workbook.insertWorksheetsFromBase64('AAAA'))).toBe('ApiNotFound'); // 1.13
      expect(codeOf(() => ws.freezePanes.freezeRows(1))).toBeNull(); // 1.7
      expect(codeOf(() => (r.hyperlink = { address: 'https://example.org' }))).toBeNull(); // 1.7
      await ctx.sync();
    });
    const old = host({ requirementSets: { ExcelApi: '1.5' } });
    await old.Excel.run(async (ctx) => {
      expect(codeOf(() => ctx.application.suspendApiCalculationUntilNextSync())).toBe('ApiNotFound'); // 1.6
      expect(codeOf(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats)).toBe('ApiNotFound'); // 1.6
      expect(codeOf(() => ctx.workbook.worksheets.getItemOrNullObject('Sheet1'))).toBeNull(); // 1.4
      await ctx.sync();
    });
  });

  it('answers isSetSupported, onReady, displayLanguage and actions.associate', async () => {
    const mem = createMemoryExcel({ requirementSets: { ExcelApi: '1.13', DialogApi: '1.2' }, displayLanguage: 'en-US' });
    const req = mem.Office.context.requirements;
    expect(req.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.14')).toBe(false);
    expect(req.isSetSupported('ExcelApi')).toBe(true);
    expect(req.isSetSupported('DialogApi', 1.1)).toBe(true);
    expect(req.isSetSupported('WordApi', '1.1')).toBe(false);
    expect(mem.Office.context.displayLanguage).toBe('en-US');
    await expect(mem.Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(mem.Office.HostType.Excel).toBe('Excel');
    const handler = jest.fn();
    mem.Office.actions.associate('validateWorkbook', handler);
    expect(mem.actions.get('validateWorkbook')).toBe(handler);
    expect(mem.sheetNames()).toEqual(['Sheet1']);
    expect(mem.Excel.ChartType.barClustered).toBe('BarClustered');
    expect(mem.Excel.WorksheetPositionType.end).toBe('End');
  });
});

describe('insertWorksheetsFromBase64', () => {
  const decoded: GridInput[] = [
    { name: 'Sheet1', values: [['Từ tệp']] },
    { name: 'Phụ lục 1', values: [[1, 2]], merges: ['A1:B1'] },
    { name: 'Ẩn', values: [['x']], hidden: true },
  ];

  it('inserts decoded sheets, renaming clashes like Excel and returning the new ids', async () => {
    const decodeWorkbook = jest.fn(async (b64: string) => (b64 === 'GOOD' ? decoded : Promise.reject(new Error('not a zip'))));
    const mem = host({ decodeWorkbook });
    let ids: string[] = [];
    await mem.Excel.run(async (ctx) => {
      const inserted = ctx.workbook.insertWorksheetsFromBase64('GOOD', { positionType: 'End' });
      await ctx.sync();
      ids = inserted.value;
      const names = ids.map((id) => ctx.workbook.worksheets.getItem(id).load('name,visibility'));
      await ctx.sync();
      expect(names.map((w) => [w.name, w.visibility])).toEqual([
        ['Sheet1 (2)', 'Visible'],
        ['Phụ lục 1 (2)', 'Visible'],
        ['Ẩn', 'Hidden'],
      ]);
    });
    expect(decodeWorkbook).toHaveBeenCalledWith('GOOD');
    expect(ids).toHaveLength(3);
    expect(mem.sheetNames()).toEqual(['Phụ lục 1', 'Sheet1', 'Sheet1 (2)', 'Phụ lục 1 (2)', 'Ẩn']);
    expect(mem.snapshot('Phụ lục 1 (2)').merges).toEqual(['A1:B1']);

    await mem.Excel.run(async (ctx) => {
      ctx.workbook.insertWorksheetsFromBase64('GOOD', { positionType: 'Beginning', sheetNamesToInsert: ['Sheet1'] });
      await ctx.sync();
    });
    expect(mem.sheetNames()[0]).toBe('Sheet1 (3)');

    const err = await failure(
      mem.Excel.run(async (ctx) => {
        ctx.workbook.insertWorksheetsFromBase64('BROKEN');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('InvalidArgument');
  });
});

describe('dialogs and function commands (Office.context.ui, Office.actions, event.completed)', () => {
  // https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins,
  // https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events,
  // https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands
  type Result = { status: string; value?: { addEventHandler(t: string, h: (a: unknown) => void): void; close(): void }; error?: { code: number } };
  const open = (mem: MemoryExcel, url: string) =>
    new Promise<Result>((resolve) => (mem.Office.context.ui.displayDialogAsync as (u: string, o: object, cb: (r: Result) => void) => void)(url, { height: 30, width: 40 }, resolve));
  const later = () => new Promise((r) => setTimeout(r, 5));

  it('opens one dialog per host window (12007 for a second), HTTPS only (12005), same domain only (12004)', async () => {
    const mem = host({ ui: { pageOrigin: 'https://localhost:3000' } });
    const first = await open(mem, 'https://localhost:3000/message.html?x=1');
    expect(first.status).toBe(mem.Office.AsyncResultStatus.Succeeded);
    expect((await open(mem, 'https://localhost:3000/message.html?x=2')).error?.code).toBe(12007);
    first.value!.close();
    expect((await open(mem, 'https://localhost:3000/message.html?x=3')).status).toBe('succeeded');
    expect((await open(host({ ui: { pageOrigin: 'https://localhost:3000' } }), 'http://localhost:3000/message.html')).error?.code).toBe(12005);
    expect((await open(host({ ui: { pageOrigin: 'https://localhost:3000' } }), 'https://example.org/message.html')).error?.code).toBe(12004);
  });

  it('delivers messageParent to the opener’s DialogMessageReceived handler; only the opener’s close() closes it', async () => {
    const mem = host();
    const r = await open(mem, 'https://localhost:3000/message.html');
    const got: unknown[] = [];
    r.value!.addEventHandler(mem.Office.EventType.DialogMessageReceived, (a) => got.push(a));
    const dialog = mem.dialogs[0];
    expect(dialog.messageParent('close')).toBe(true);
    await later();
    expect(got).toEqual([{ message: 'close', origin: undefined }]);
    expect(dialog.isOpen).toBe(true); // messageParent does not close the dialog
    r.value!.close();
    expect(dialog.isOpen).toBe(false);
  });

  it('the user’s X raises DialogEventReceived with 12006', async () => {
    const mem = host();
    const r = await open(mem, 'https://localhost:3000/message.html');
    const got: unknown[] = [];
    r.value!.addEventHandler(mem.Office.EventType.DialogEventReceived, (a) => got.push(a));
    mem.dialogs[0].closeByUser();
    await later();
    expect(got).toEqual([{ error: 12006 }]);
  });

  it('runs an ExecuteFunction command until event.completed(); after it, a dialog it opened hears nobody', async () => {
    const mem = host();
    mem.Office.actions.associate('early', ((event: { completed(): void }) => {
      mem.Office.context.ui.displayDialogAsync('https://localhost:3000/message.html', {}, () => event.completed());
    }) as never);
    const r = await mem.runCommand('early', { timeLimitMs: 5_000 });
    expect(r).toMatchObject({ completed: true, timedOut: false });
    expect(mem.dialogs[0].isOpen).toBe(true);
    expect(mem.dialogs[0].messageParent('close')).toBe(false); // its opener's runtime has closed: the OK button does nothing
    expect(mem.dialogs[0].isOpen).toBe(true);
  });

  it('ends a command that never completes at the time limit (5 minutes in Office), and one that throws', async () => {
    const mem = host();
    mem.Office.actions.associate('hang', (() => undefined) as never);
    mem.Office.actions.associate('throws', (() => {
      throw new Error('boom');
    }) as never);
    await expect(mem.runCommand('hang', { timeLimitMs: 30 })).resolves.toMatchObject({ completed: false, timedOut: true });
    const thrown = await mem.runCommand('throws', { timeLimitMs: 30 });
    expect(thrown).toMatchObject({ completed: false, timedOut: true });
    expect((thrown.threw as Error).message).toBe('boom');
    await expect(mem.runCommand('not-associated', { timeLimitMs: 30 })).resolves.toMatchObject({ completed: false });
  });
});
