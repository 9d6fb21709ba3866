import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { empty, num, text, type ReportSpec, type SheetSpec } from '../core/report/spec';
import { ChartSpecError, ReportWriteError, fileUri, streamReportXlsx, writeReportXlsx } from '../core/io/write';
import { columnLetters } from '../core/grid/address';
import { safeSheetName } from '../core/report/sheet-name';
import { chartXml } from '../core/io/write/chart';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed003i } from '../samples/src/seed003-indices';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { requireLibreOffice, soffice as lo } from './libreoffice';
import { readBack, reportSpecOf } from './report-readback';
import { AREAS, CREATED, SPEC, SUMMARY, TASKS, c, tasksSheet } from './report-spec-fixture';
import { checkOrder, parseXml } from './xml-order';

/** Sheet name → part path, from workbook.xml and its relationships. */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const targets = new Map([...relsXml.matchAll(/<Relationship [^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]));
  return new Map([...workbookXml.matchAll(/<sheet [^>]*>/g)].map((m) => [attr(m[0], 'name')!, `xl/${targets.get(attr(m[0], 'r:id'))}`]));
}

let xlsx: Buffer;
let zip: JSZip;
let parts: Map<string, string>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-write-'));

beforeAll(async () => {
  xlsx = Buffer.from(writeReportXlsx(SPEC, { created: CREATED, creator: 'cchc test' }));
  zip = await JSZip.loadAsync(xlsx);
  parts = sheetParts(await zipText('xl/workbook.xml'), await zipText('xl/_rels/workbook.xml.rels'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function zipText(p: string): Promise<string> {
  const f = zip.file(p);
  if (!f) throw new Error(`no ${p} in the package`);
  return f.async('string');
}

const sheetXml = (name: string) => zipText(parts.get(name)!);

/** Top-level children of <worksheet>, in document order. */
function worksheetChildren(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<worksheet'));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe('writeReportXlsx: cells, styles, layout (read back with exceljs)', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    ws = wb.getWorksheet(SUMMARY)!;
  });

  it('writes one worksheet per sheet spec, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY, TASKS]);
    expect(wb.creator).toBe('cchc test');
    expect(wb.created.getTime()).toBe(CREATED.getTime());
  });

  it('keeps text that looks like a formula as text', () => {
    expect(['A4', 'B4', 'C4', 'D4'].map((a) => ws.getCell(a).value)).toEqual(['- Báo cáo', '= 1+1', '+84', '@x']);
    for (const a of ['A4', 'B4', 'C4', 'D4']) {
      expect(ws.getCell(a).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(a).formula).toBeUndefined();
    }
  });

  it('writes dates as real dates with a day-first format, and numbers with their formats', () => {
    expect(ws.getCell('B3').value).toEqual(new Date(Date.UTC(2024, 9, 5)));
    expect(ws.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D3').value).toEqual(new Date(Date.UTC(2024, 9, 5, 14, 30)));
    expect(ws.getCell('D3').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(ws.getCell('B5').value).toBe(1234567);
    expect(ws.getCell('B5').numFmt).toBe('#,##0');
    expect(ws.getCell('D5').value).toBe(0.756);
    expect(ws.getCell('D5').numFmt).toBe('0.0%');
    expect(ws.getCell('C9').value).toBe(12);
    expect(ws.getCell('F16').numFmt).toBe('0.0%');
  });

  it('applies fonts, fills, alignment and borders', () => {
    expect(ws.getCell('A4').font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true, color: { argb: 'FF1F4E79' } });
    expect(ws.getCell('A2').font).toMatchObject({ italic: true });
    const header = ws.getCell('B8');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(header.border?.left).toMatchObject({ style: 'thin' });
    expect(ws.getCell('A6').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
  });

  it('merges, sizes columns and rows, freezes panes, sets up the page', () => {
    expect([...(ws.model.merges ?? [])].sort()).toEqual(['A1:F1', 'A2:F2']);
    expect(ws.getColumn(2).width).toBe(44);
    expect(ws.getColumn(5).width).toBe(15);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(wb.getWorksheet(TASKS)!.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(wb.getWorksheet(TASKS)!.pageSetup.orientation).toBe('portrait');
  });

  it('reads the link to another workbook back as a hyperlink', () => {
    const v = ws.getCell('B6').value as ExcelJS.CellHyperlinkValue;
    expect(v.text).toBe('Kế hoạch gốc');
    expect(v.hyperlink).toBe('Kế%20hoạch%20CCHC%202024.xlsx');
  });
});

describe('writeReportXlsx: package XML', () => {
  it('stores formula-like text as shared strings with no formula anywhere', async () => {
    const xml = await sheetXml(SUMMARY);
    for (const ref of ['A4', 'B4', 'C4', 'D4']) {
      expect(xml).toMatch(new RegExp(`<c r="${ref}"[^>]* t="(s|inlineStr)"`));
    }
    expect(xml).not.toMatch(/<f[\s>]/);
  });

  it('writes internal links as a location only, and external links as a file plus a location', async () => {
    const xml = await sheetXml(SUMMARY);
    const links = [...xml.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    const internal = links.find((l) => l.includes('ref="A6"'))!;
    expect(internal).toContain(`location="&apos;${TASKS}&apos;!A1"`);
    expect(internal).not.toContain('r:id');
    const external = links.find((l) => l.includes('ref="B6"'))!;
    expect(external).toContain('location="&apos;Kế hoạch&apos;!B3"');
    const rid = /r:id="([^"]+)"/.exec(external)![1];
    const rels = await zipText(parts.get(SUMMARY)!.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).toMatch(new RegExp(`<Relationship Id="${rid}" Type="[^"]*/hyperlink" Target="Kế%20hoạch%20CCHC%202024.xlsx" TargetMode="External"/>`));
    // The detail sheet links back to the summary; its sheet has no external relationships at all.
    const back = await sheetXml(TASKS);
    expect(back).toContain(`<hyperlink ref="A4" location="&apos;${SUMMARY}&apos;!B8"`);
  });

  it('puts hyperlinks and drawing in their schema slots', async () => {
    const children = worksheetChildren(await sheetXml(SUMMARY));
    const at = (n: string) => children.indexOf(n);
    expect(at('hyperlinks')).toBeGreaterThan(at('mergeCells'));
    expect(at('hyperlinks')).toBeLessThan(at('pageMargins'));
    expect(at('drawing')).toBeGreaterThan(at('pageSetup'));
    expect(children[children.length - 1]).toBe('drawing');
  });

  it('adds a drawing with two charts and declares every new part', async () => {
    const sheetRels = await zipText(parts.get(SUMMARY)!.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(sheetRels).toMatch(/Type="[^"]*\/drawing" Target="..\/drawings\/drawing1.xml"/);
    const drawing = await zipText('xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row>');
    const drawingRels = await zipText('xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const types = await zipText('[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // The detail sheet has no charts, so no drawing.
    expect(await sheetXml(TASKS)).not.toContain('<drawing');
  });

  it('writes a clustered column chart with references and caches from the table', async () => {
    const chart = await zipText('xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).not.toContain('<c:overlap');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toContain('<c:title><c:tx><c:rich>');
    expect(chart).toContain('Nhiệm vụ theo lĩnh vực &amp; kết quả');
    const q = `&apos;${SUMMARY}&apos;`;
    expect(chart.match(new RegExp(`<c:f>${q}!\\$B\\$9:\\$B\\$15</c:f>`, 'g'))).toHaveLength(2);
    expect(chart).toContain(`<c:f>${q}!$C$9:$C$15</c:f>`);
    expect(chart).toContain(`<c:f>${q}!$D$9:$D$15</c:f>`);
    expect(chart).toContain('<c:tx><c:v>Số nhiệm vụ</c:v></c:tx>');
    const strCache = /<c:strCache>(.*?)<\/c:strCache>/.exec(chart)![1];
    expect(strCache).toContain('<c:ptCount val="7"/>');
    expect([...strCache.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(AREAS.map((a) => a[0]));
    const numCaches = [...chart.matchAll(/<c:numCache>(.*?)<\/c:numCache>/g)].map((m) => m[1]);
    expect(numCaches[0]).toContain('<c:formatCode>#,##0</c:formatCode><c:ptCount val="7"/>');
    expect([...numCaches[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(AREAS.map((a) => a[1]));
    expect([...numCaches[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(AREAS.map((a) => a[2]));
    expect(chart).toContain('<a:srgbClr val="70AD47"/>');
    expect(chart).toMatch(/<c:catAx><c:axId val="(\d+)"\/>.*<c:crossAx val="(\d+)"\/>.*<\/c:catAx><c:valAx><c:axId val="\2"\/>/);
    expect(chart).toContain('<c:legend><c:legendPos val="b"/>');
  });

  it('writes a stacked horizontal bar chart with full overlap', async () => {
    const chart = await zipText('xl/charts/chart2.xml');
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toContain('<a:srgbClr val="C00000"/>');
    expect(chart).toContain(`$E$9:$E$15</c:f>`);
  });

  it('gives byte-identical files for the same spec and creation time, in any time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Europe/Berlin', 'UTC']) {
        process.env.TZ = tz;
        expect(Buffer.from(writeReportXlsx(SPEC, { created: CREATED, creator: 'cchc test' })).equals(xlsx)).toBe(true);
      }
      // A different moment is a different file: the stamp is not ignored.
      expect(Buffer.from(writeReportXlsx(SPEC, { created: new Date(CREATED.getTime() + 60_000), creator: 'cchc test' })).equals(xlsx)).toBe(false);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('chart and sheet XML details', () => {
  const odd: SheetSpec = {
    ...tasksSheet(),
    name: "Sở KH&ĐT's <Q3>",
    rows: [[c(text('A')), c(num(1))], [c(text('B')), c(empty)], [c(text('C & D')), c(num(2.5))]],
  };
  const chart = {
    type: 'column' as const,
    grouping: 'clustered' as const,
    title: 'Vốn "ĐTC" <2024> & khác',
    categories: { top: 0, left: 0, bottom: 2, right: 0 },
    series: [{ name: 'Kinh phí & vốn', values: { top: 0, left: 1, bottom: 2, right: 1 } }],
    anchor: { top: 0, left: 3, bottom: 10, right: 8 },
  };

  it('quotes and escapes awkward sheet names, titles and labels', () => {
    const xml = chartXml(odd, chart);
    expect(xml).toContain('<c:f>&apos;Sở KH&amp;ĐT&apos;&apos;s &lt;Q3&gt;&apos;!$A$1:$A$3</c:f>');
    expect(xml).toContain('<a:t>Vốn &quot;ĐTC&quot; &lt;2024&gt; &amp; khác</a:t>');
    expect(xml).toContain('<c:v>Kinh phí &amp; vốn</c:v>');
    expect(xml).toContain('<c:pt idx="2"><c:v>C &amp; D</c:v></c:pt>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('leaves blank values out of the cache, so they draw as gaps', () => {
    const cache = /<c:numCache>(.*?)<\/c:numCache>/.exec(chartXml(odd, chart))![1];
    expect(cache).toBe('<c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>2.5</c:v></c:pt>');
  });

  it('refuses a series whose length differs from the categories', () => {
    const bad = { ...chart, series: [{ name: 'x', values: { top: 0, left: 1, bottom: 1, right: 1 } }] };
    expect(() => chartXml(odd, bad)).toThrow(ChartSpecError);
  });
});

function resolve(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

describe('the package: complete, well-formed, in schema order', () => {
  let names: string[];
  beforeAll(() => {
    names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  });

  it('opens on the first sheet through the workbook view its sheets refer to', async () => {
    const wb = await zipText('xl/workbook.xml');
    expect(wb).toMatch(/<bookViews><workbookView [^>]*activeTab="0"[^>]*\/><\/bookViews><sheets>/);
    for (const [i, name] of [SUMMARY, TASKS].entries()) {
      const views = [...(await sheetXml(name)).matchAll(/<sheetView\b[^>]*>/g)].map((m) => m[0]);
      expect(views).toHaveLength(1);
      expect(views[0]).toContain('workbookViewId="0"');
      expect(views[0].includes('tabSelected="1"')).toBe(i === 0);
    }
  });

  it('parses every part as XML, with children in schema order and no markup outside ECMA-376 Transitional', async () => {
    const bad: string[] = [];
    for (const n of names) {
      const xml = await zipText(n);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
      checkOrder(parseXml(xml, n), n, bad);
      // No Excel-only extensions that a strict reader or validator would reject (mc:Ignorable, x14ac…).
      expect(xml).not.toMatch(/mc:Ignorable|x14ac:|x15:|x16r2:/);
    }
    expect(bad).toEqual([]);
  });

  it('declares a content type for every part and names no part that is missing', async () => {
    const types = await zipText('[Content_Types].xml');
    const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
    const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]);
    expect(defaults.sort()).toEqual(['rels', 'xml']);
    for (const o of overrides) expect(names).toContain(o);
    // Every part but the relationships has its own override: nothing falls back to plain application/xml.
    const undeclared = names.filter((n) => n !== '[Content_Types].xml' && !n.endsWith('.rels') && !overrides.includes(n));
    expect(undeclared).toEqual([]);
  });

  it('resolves every internal relationship to a part, and reaches every part from the package root', async () => {
    const reached = new Set(['[Content_Types].xml']);
    const visit = async (part: string) => {
      if (reached.has(part)) return;
      reached.add(part);
      const rels = part === '' ? '_rels/.rels' : part.replace(/([^/]+)$/, '_rels/$1.rels');
      if (!names.includes(rels)) return;
      reached.add(rels);
      for (const m of (await zipText(rels)).matchAll(/<Relationship ([^>]*)\/>/g)) {
        if (m[1].includes('TargetMode="External"')) continue;
        const target = resolve(part === '' ? '' : part, /Target="([^"]+)"/.exec(m[1])![1]);
        expect(names).toContain(target);
        await visit(target);
      }
    };
    await visit('');
    expect(names.filter((n) => !reached.has(n))).toEqual([]);
  });

  it('stamps every zip entry with the creation time (UTC fields), so the file has no hidden clock', () => {
    const eocd = xlsx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = xlsx.readUInt16LE(eocd + 10);
    let p = xlsx.readUInt32LE(eocd + 16);
    const dosTime = (8 << 11) | (0 << 5);
    const dosDate = ((2024 - 1980) << 9) | (10 << 5) | 5;
    expect(count).toBe(names.length);
    for (let i = 0; i < count; i++) {
      expect(xlsx.readUInt32LE(p)).toBe(0x02014b50);
      expect([xlsx.readUInt16LE(p + 12), xlsx.readUInt16LE(p + 14)]).toEqual([dosTime, dosDate]);
      p += 46 + xlsx.readUInt16LE(p + 28) + xlsx.readUInt16LE(p + 30) + xlsx.readUInt16LE(p + 32);
    }
  });

  it('gives covered cells of a merged area no value and the top-left cell\'s look', async () => {
    const xml = await sheetXml(SUMMARY);
    const a1s = /<c r="A1" s="(\d+)" t="s">/.exec(xml)![1];
    for (const ref of ['B1', 'C1', 'F1']) expect(xml).toContain(`<c r="${ref}" s="${a1s}"/>`);
    expect(xml).toContain('<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="A2:F2"/></mergeCells>');
  });
});

describe('odd and hostile cells', () => {
  const texts = ['=SUM(A1:A2)', '+84 912 345 678', '-5', '@user', 'a_x000D_b', 'chuông\u0007', '  lề  ', 'dòng 1\ndòng 2', '<b>&amp;</b> "x" \'y\'', '🙂 Sở Nội vụ'];
  const sheet: SheetSpec = { ...tasksSheet(), name: 'Ô lạ', rows: texts.map((t) => [c(text(t))]), merges: [], charts: [] };
  let xml: { sheet: string; sst: string };
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const file = writeReportXlsx({ sheets: [sheet] }, { created: CREATED });
    const z = await JSZip.loadAsync(file);
    xml = { sheet: await z.file('xl/worksheets/sheet1.xml')!.async('string'), sst: await z.file('xl/sharedStrings.xml')!.async('string') };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    ws = wb.worksheets[0];
  });

  it('writes every text as a shared string, never a formula', () => {
    expect(xml.sheet).not.toMatch(/<f[\s>]/);
    expect(xml.sheet.match(/ t="s"/g)).toHaveLength(texts.length);
    for (const [i, t] of texts.entries()) {
      if (t === 'a_x000D_b' || t === 'chuông\u0007') continue;
      expect(ws.getCell(i + 1, 1).value).toBe(t);
      expect(ws.getCell(i + 1, 1).type).toBe(ExcelJS.ValueType.String);
    }
  });

  it('keeps a literal "_x000D_" literal for Excel, drops characters XML cannot hold, keeps edge spaces and line breaks (xml:space only where spaces are at an edge)', () => {
    expect(xml.sst).toContain('<t>a_x005F_x000D_b</t>');
    expect(xml.sst).toContain('<t>chuông</t>');
    expect(xml.sst).toContain('<t xml:space="preserve">  lề  </t>');
    expect(xml.sst).toContain('<t>dòng 1\ndòng 2</t>');
    expect(xml.sst).toContain('<t>&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;x&quot; &apos;y&apos;</t>');
  });
});

describe('a broken spec gets a clear error, not a broken file', () => {
  const base = (): SheetSpec => ({ ...tasksSheet(), name: 'Trang', rows: [[c(num(1)), c(num(2))], [c(num(3)), c(num(4))]], merges: [], charts: [] });
  const write = (...sheets: SheetSpec[]) => () => writeReportXlsx({ sheets } as ReportSpec, { created: CREATED });
  it.each([
    ['overlapping merged areas', { merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 1, left: 0, bottom: 1, right: 1 }] }, /overlap at A2/],
    ['a number that is not finite', { rows: [[c(num(Number.NaN))]] }, /not a finite number/],
    ['a date that does not exist', { rows: [[c({ t: 'date', v: '2024-02-30' })]] }, /no such date/],
    ['a date-time that is not ISO', { rows: [[c({ t: 'datetime', v: '05/10/2024 08:00' })]] }, /not an ISO datetime/],
    ['a style the sheet does not have', { rows: [[c(num(1), 'nope')]] }, /has no style "nope"/],
    ['a colour that is not RGB', { styles: { header: { color: 'blue' } }, rows: [[c(num(1), 'header')]] }, /not an RGB colour/],
    ['a sheet name Excel refuses', { name: 'Quý III/2024' }, /not a name Excel allows/],
    ['a sheet name of 32 characters', { name: 'Tổng hợp kết quả thực hiện Q3-20' }, /not a name Excel allows \(1–31 characters/],
    ['a sheet name of 30 characters and an emoji (32 UTF-16 units, as Excel counts)', { name: `${'x'.repeat(30)}🙂` }, /not a name Excel allows/],
    ['a row taller than Excel allows', { heights: { '0': 500 } }, /height 500 is not between 0 and 409/],
    ['a row wider than Excel', { rows: [Array.from({ length: 16_385 }, () => null)] }, /more than Excel's 16384 columns/],
  ] as [string, Partial<SheetSpec>, RegExp][])('%s', (_name, change, message) => {
    expect(write({ ...base(), ...change })).toThrow(ReportWriteError);
    expect(write({ ...base(), ...change })).toThrow(message);
  });
  it('writes a sheet name of exactly 31 characters, and safeSheetName never makes a longer one', () => {
    const name = 'Tổng hợp kết quả thực hiện Q3-2';
    expect(name.length).toBe(31);
    expect(write({ ...base(), name })).not.toThrow();
    for (const long of [`${'x'.repeat(30)}🙂🙂`, 'Tổng hợp kết quả thực hiện nhiệm vụ Quý III'.normalize('NFD'), `${'x'.repeat(29)}🙂`]) {
      const safe = safeSheetName(long);
      expect(safe.length).toBeLessThanOrEqual(31);
      expect(safe).not.toMatch(/[\ud800-\udbff]$/);
      expect(write({ ...base(), name: safe })).not.toThrow();
    }
    expect(safeSheetName(`${'x'.repeat(29)}🙂`)).toBe(`${'x'.repeat(29)}🙂`);
  });
  it('writes nothing at all before it refuses', () => {
    const chunks: Uint8Array[] = [];
    const later = { ...base(), name: 'Sau', merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 0, bottom: 0, right: 1 }] };
    expect(() => streamReportXlsx({ sheets: [base(), { ...later, name: 'Sau:' }] }, { created: CREATED }, (ch) => chunks.push(ch))).toThrow(/not a name/);
    expect(chunks).toEqual([]);
  });
  it('two sheets with the same name (Excel compares names without case)', () => {
    expect(write(base(), { ...base(), name: 'TRANG' })).toThrow(/two sheets are named "TRANG"/);
  });
  it('a chart series as long as no category', () => {
    const chart = { ...SPEC.sheets[0].charts[0], series: [{ name: 'x', values: { top: 0, left: 1, bottom: 1, right: 1 } }] };
    expect(write({ ...SPEC.sheets[0], charts: [chart] })).toThrow(ChartSpecError);
  });
});

describe("the seeds' reports read back as their specs say", () => {
  const cases: [string, () => ReportSpec][] = [
    ['Đồng Tháp 2022, Quý III', () => reportSpecOf([seed004, seed000], { year: 2022, kind: 'Q3' }, '2022-10-15')],
    ['Đồng Nai 2024, Quý III', () => reportSpecOf([seed003, seed003i], { year: 2024, kind: 'Q3' }, '2024-10-05')],
  ];
  it.each(cases)('%s: values, formats, merges and links', async (_name, make) => {
    const spec = make();
    const back = await readBack(writeReportXlsx(spec, { created: CREATED }));
    expect(back.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const [i, sheet] of spec.sheets.entries()) {
      const got = back.sheets[i];
      const covered = new Set(sheet.merges.flatMap((m) => Array.from({ length: (m.bottom - m.top + 1) * (m.right - m.left + 1) }, (_, k) => `${m.top + Math.floor(k / (m.right - m.left + 1))}:${m.left + (k % (m.right - m.left + 1))}`).slice(1)));
      let checked = 0;
      sheet.rows.forEach((cells, r) =>
        cells.forEach((cell, col) => {
          if (!cell || covered.has(`${r}:${col}`)) return;
          const ref = `${columnLetters(col)}${r + 1}`;
          const v = got.cells[ref];
          const ct = cell.content;
          const want = ct.t === 'text' ? ct.v : ct.t === 'number' ? ct.v : ct.t === 'empty' ? null : new Date(`${ct.v}${ct.t === 'date' ? 'T00:00' : ''}:00Z`);
          expect({ ref, value: v.value && typeof v.value === 'object' && 'text' in v.value ? (v.value as { text: string }).text : v.value }).toEqual({ ref, value: want });
          const fmt = (cell.style && sheet.styles[cell.style]?.numFmt) ?? (ct.t === 'date' ? 'dd/mm/yyyy' : ct.t === 'datetime' ? 'dd/mm/yyyy hh:mm' : undefined);
          expect({ ref, fmt: (v.style as { numFmt?: string }).numFmt }).toEqual({ ref, fmt });
          if (cell.link) {
            const l = cell.link;
            expect({ ref, ...got.links[ref] }).toEqual({
              ref,
              location: `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`,
              target: l.kind === 'external' ? fileUri(l.file) : undefined,
              display: expect.any(String),
            });
          }
          checked++;
        }),
      );
      expect(checked).toBeGreaterThan(100);
      expect(got.merges).toEqual(sheet.merges.map((m) => `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`).sort());
      expect(Object.keys(got.links)).toHaveLength(sheet.rows.flat().filter((x) => x?.link).length);
    }
  });
});

describe('streaming', () => {
  it('hands the file over in small chunks that make up exactly the whole file', () => {
    const spec = reportSpecOf([seed004, seed000, seed003, seed003i], { year: 2024, kind: 'Q3' }, '2024-10-05');
    const chunks: Uint8Array[] = [];
    streamReportXlsx(spec, { created: CREATED }, (ch) => chunks.push(ch.slice()));
    const whole = writeReportXlsx(spec, { created: CREATED });
    expect(Buffer.concat(chunks).equals(Buffer.from(whole))).toBe(true);
    expect(chunks.length).toBeGreaterThan(20);
    // No chunk is a part compressed whole: each is at most one 64 kB slice's worth.
    expect(Math.max(...chunks.map((ch) => ch.length))).toBeLessThanOrEqual(96 * 1024);
  });
});

const soffice = (format: string, file: string) => lo(format, file, tmp);

describe('LibreOffice opens the report', () => {
  it(
    'converts it to a PDF showing the table and both charts',
    () => {
      requireLibreOffice();
      const file = path.join(tmp, 'bao-cao.xlsx');
      fs.writeFileSync(file, xlsx);
      const r = soffice('pdf', file);
      expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
      const pdf = path.join(tmp, 'bao-cao.pdf');
      expect(fs.statSync(pdf).size).toBeGreaterThan(1000);

      // The chart titles are drawn only if LibreOffice read the chart parts; the table's texts come from the cells.
      const pdfText = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      for (const s of ['BÁO CÁO TỔNG HỢP', 'Cải cách thủ tục hành chính', 'Nhiệm vụ theo lĩnh vực & kết quả', 'Tiến độ theo lĩnh vực', '= 1+1']) {
        expect(pdfText).toContain(s);
      }
      // The separator depends on LibreOffice's locale; the grouping shows the #,##0 format was applied.
      expect(pdfText).toMatch(/1[.,]234[.,]567/);

      // First page as an image, kept for a person to look at: set CCHC_RENDER_PNG=dir to copy it out.
      const png = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(tmp, 'page')]);
      expect(png.status).toBe(0);
      const out = fs.readdirSync(tmp).find((f) => f.startsWith('page') && f.endsWith('.png'));
      expect(out).toBeDefined();
      const keep = process.env.CCHC_RENDER_PNG;
      if (keep) {
        fs.mkdirSync(keep, { recursive: true });
        fs.copyFileSync(path.join(tmp, out!), path.join(keep, 'report-page1.png'));
        fs.copyFileSync(file, path.join(keep, 'bao-cao.xlsx'));
      }
    },
    120_000,
  );

  it(
    'reads internal links as jumps inside the workbook and the external one as a sibling file',
    async () => {
      requireLibreOffice();
      const file = path.join(tmp, 'lien-ket.xlsx');
      fs.writeFileSync(file, xlsx);
      const r = soffice('ods', file);
      expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
      const content = await (await JSZip.loadAsync(fs.readFileSync(path.join(tmp, 'lien-ket.ods')))).file('content.xml')!.async('string');
      const hrefs = [...content.matchAll(/<text:a xlink:href="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
      // LibreOffice rewrites Excel's Sheet!A1 into its own Sheet.A1: a jump, not a file to open.
      expect(hrefs).toContain(`#'${TASKS}'.A1`);
      expect(hrefs).toContain(`#'${SUMMARY}'.B8`);
      // ODF resolves links from inside the document, hence the "../" before the sibling file.
      expect(hrefs).toContain("../Kế%20hoạch%20CCHC%202024.xlsx#'Kế%20hoạch'!B3");
    },
    120_000,
  );
});
