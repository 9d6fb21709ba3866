/**
 * A written report read back the way a spreadsheet reader sees it (exceljs, as the tests use it): every
 * cell's value, type and look, merges, widths, heights, views, page setup, hyperlinks (from the sheet
 * XML and its relationships) and the chart parts. Two files that read back equal hold the same report.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { consolidate, layoutReport, makePeriod, validateWorkbook, type ReportSpec } from '../core';
import type { SampleWorkbook } from '../samples/src/types';

export type SheetReadBack = {
  name: string;
  cells: Record<string, { value: unknown; type: number; style: unknown }>;
  merges: string[];
  widths: (number | undefined)[];
  heights: Record<number, number | undefined>;
  views: unknown;
  pageSetup: unknown;
  links: Record<string, { location?: string; target?: string; display?: string }>;
};
export type ReadBack = { creator: string; created: number; sheets: SheetReadBack[]; charts: string[]; drawings: string[] };

const unescape = (v: string) => v.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
/** An attribute of a start tag, its entities decoded. */
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : undefined;
};

export async function readBack(file: Uint8Array): Promise<ReadBack> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(file);
  const text = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const wbXml = await text('xl/workbook.xml');
  const wbRels = await text('xl/_rels/workbook.xml.rels');
  const targets = new Map([...wbRels.matchAll(/<Relationship [^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]));
  const sheetPaths = [...wbXml.matchAll(/<sheet [^>]*>/g)].map((m) => `xl/${targets.get(attr(m[0], 'r:id'))}`);

  const sheets: SheetReadBack[] = [];
  for (const [i, ws] of wb.worksheets.entries()) {
    const cells: SheetReadBack['cells'] = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = { value: cell.value, type: cell.type, style: JSON.parse(JSON.stringify(cell.style ?? {})) };
      }),
    );
    const widths: (number | undefined)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
    const heights: Record<number, number | undefined> = {};
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height !== undefined) heights[n] = row.height;
    });
    const xml = await text(sheetPaths[i]);
    const relsXml = await text(sheetPaths[i].replace(/([^/]+)$/, '_rels/$1.rels'));
    const rels = new Map([...relsXml.matchAll(/<Relationship [^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]));
    const links: SheetReadBack['links'] = {};
    for (const m of xml.matchAll(/<hyperlink [^>]*>/g)) {
      const id = attr(m[0], 'r:id');
      links[attr(m[0], 'ref')!] = { location: attr(m[0], 'location'), target: id ? rels.get(id) : undefined, display: attr(m[0], 'display') };
    }
    sheets.push({
      name: ws.name,
      cells,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      widths,
      heights,
      views: JSON.parse(JSON.stringify(ws.views)),
      pageSetup: JSON.parse(JSON.stringify(ws.pageSetup)),
      links,
    });
  }
  const parts = Object.keys(zip.files).sort();
  const charts = await Promise.all(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map(text));
  const drawings = await Promise.all(parts.filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).map(text));
  return { creator: wb.creator, created: wb.created?.getTime(), sheets, charts, drawings };
}

/** The quarterly report of sample workbooks (from their transcribed sources, no reader involved). */
export function reportSpecOf(workbooks: readonly SampleWorkbook[], period: { year: number; kind: 'Q1' | 'H1' | 'Q3' | 'Y' | 'Q2' | 'Q4' }, asOf: string): ReportSpec {
  const inputs = workbooks.map((w) => ({ file: `nguon/${w.file}`, sheets: validateWorkbook(w.sheets, { asOf }).sheets }));
  const model = consolidate(inputs, { period: makePeriod(period.year, period.kind), asOf, generatedAt: `${asOf}T08:30` });
  return layoutReport(model, { links: 'external', linkPath: (f) => `../${f}` });
}
