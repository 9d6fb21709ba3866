import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { empty, num, text, type SheetSpec } from '../core/report/spec';
import { AREAS, CREATED, SPEC, SUMMARY, TASKS, c, tasksSheet } from './report-spec-fixture';
import { renderReportXlsx } from '../cli/report-render';
import { insertWorksheetChild, sheetParts } from '../cli/ooxml';
import { ChartSpecError, chartXml } from '../core/io/write/chart';
import { requireLibreOffice, soffice as lo } from './libreoffice';

let xlsx: Buffer;
let zip: JSZip;
let parts: Map<string, string>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-render-'));

beforeAll(async () => {
  xlsx = await renderReportXlsx(SPEC, { created: CREATED, creator: 'cchc test' });
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

describe('renderReportXlsx: cells, styles, layout (read back with exceljs)', () => {
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

describe('renderReportXlsx: package XML', () => {
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

  it('gives byte-identical files for the same spec and creation time', async () => {
    const again = await renderReportXlsx(SPEC, { created: CREATED, creator: 'cchc test' });
    expect(again.equals(xlsx)).toBe(true);
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

  it('inserts a worksheet child before its first later sibling, or at the end', () => {
    const xml = '<worksheet><sheetData/><pageMargins/><pageSetup/><tableParts/></worksheet>';
    expect(insertWorksheetChild(xml, 'drawing', '<drawing/>')).toBe('<worksheet><sheetData/><pageMargins/><pageSetup/><drawing/><tableParts/></worksheet>');
    expect(insertWorksheetChild(xml, 'hyperlinks', '<hyperlinks/>')).toBe('<worksheet><sheetData/><hyperlinks/><pageMargins/><pageSetup/><tableParts/></worksheet>');
    expect(insertWorksheetChild('<worksheet><sheetData/></worksheet>', 'drawing', '<drawing/>')).toBe('<worksheet><sheetData/><drawing/></worksheet>');
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
