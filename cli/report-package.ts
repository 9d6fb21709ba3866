import { ZipReader } from './zip-read';
import { writeZip } from './zip-write';
import type { Link, ReportSpec, SheetSpec } from '../core/report/spec';
import {
  NS,
  a1,
  addContentTypeOverride,
  Relationships,
  escapeXml,
  hasWorksheetChild,
  insertWorksheetChild,
  quoteSheet,
  relsPathFor,
  sheetParts,
} from './ooxml';
import { chartXml, drawingXml } from '../core/io/write/chart';

/**
 * Adds to an exceljs-written package what exceljs 4.4 gets wrong or cannot write:
 * - hyperlinks: exceljs writes an internal link both as an external relationship and as a location,
 *   which Excel joins into a broken "#Sheet!A1##Sheet!A1"; here internal links carry only a location,
 *   and links to another workbook carry the file as an external relationship plus the cell as location,
 *   which is how Excel itself saves them;
 * - charts: a drawing part per sheet with charts, a chart part per chart, their relationships and content types.
 */
export async function addLinksAndCharts(xlsx: Buffer, spec: ReportSpec, date: Date): Promise<Buffer> {
  // exceljs's package, opened with our own reader (its parts are stored, not compressed, see report-render.ts)
  // and written again with Node's deflate: parts in their original order, new parts after them.
  const source = new ZipReader(xlsx, Number.MAX_SAFE_INTEGER);
  const files = new Map<string, Buffer | string>();
  for (const name of source.entries.keys()) if (!name.endsWith('/')) files.set(name, source.read(name)!);
  const zip = {
    file: (path: string, content: string) => void files.set(path, content),
    names: () => [...files.keys()],
  };
  const read = async (path: string): Promise<string | undefined> => {
    const f = files.get(path);
    return f === undefined ? undefined : f.toString();
  };
  const need = async (path: string): Promise<string> => {
    const s = await read(path);
    if (s === undefined) throw new Error(`exceljs output has no ${path}`);
    return s;
  };

  const parts = sheetParts(await need('xl/workbook.xml'), await need('xl/_rels/workbook.xml.rels'));
  let contentTypes = await need('[Content_Types].xml');
  let nextDrawing = nextPartNumber(zip, 'xl/drawings/drawing');
  let nextChart = nextPartNumber(zip, 'xl/charts/chart');

  for (const sheet of spec.sheets) {
    const links = linkCells(sheet);
    if (links.length === 0 && sheet.charts.length === 0 && sheet.merges.length === 0) continue;
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) throw new Error(`exceljs output has no part for sheet "${sheet.name}"`);
    const relsPath = relsPathFor(sheetPath);
    let sheetXml = await need(sheetPath);

    if (sheet.merges.length > 0) {
      // report-render.ts leaves the merging to us (exceljs's own is quadratic).
      if (hasWorksheetChild(sheetXml, 'mergeCells')) throw new Error(`sheet "${sheet.name}" already has merged cells`);
      const refs = sheet.merges.map((m) => `<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`);
      sheetXml = insertWorksheetChild(sheetXml, 'mergeCells', `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`);
    }
    const existingRels = await read(relsPath);
    // Created on first use, so a sheet that had no rels part gets one only when it needs it.
    let rels: Relationships | undefined;
    const sheetRels = () => (rels ??= new Relationships(existingRels));

    if (links.length > 0) {
      if (hasWorksheetChild(sheetXml, 'hyperlinks')) throw new Error(`sheet "${sheet.name}" already has hyperlinks`);
      const items: string[] = [];
      for (const { ref, link, display } of links) {
        const location = `${quoteSheet(link.sheet)}!${link.cell}`;
        let rid = '';
        if (link.kind === 'external') {
          rid = ` r:id="${sheetRels().add({ type: NS.relHyperlink, target: fileUri(link.file), external: true })}"`;
        }
        items.push(`<hyperlink ref="${ref}"${rid} location="${escapeXml(location)}" display="${escapeXml(display)}"/>`);
      }
      sheetXml = insertWorksheetChild(sheetXml, 'hyperlinks', `<hyperlinks>${items.join('')}</hyperlinks>`);
    }

    if (sheet.charts.length > 0) {
      if (hasWorksheetChild(sheetXml, 'drawing')) throw new Error(`sheet "${sheet.name}" already has a drawing`);
      const drawingPath = `xl/drawings/drawing${nextDrawing++}.xml`;
      const drawingRels = new Relationships(undefined);
      const chartIds: string[] = [];
      for (const chart of sheet.charts) {
        const chartPath = `xl/charts/chart${nextChart++}.xml`;
        zip.file(chartPath, chartXml(sheet, chart));
        contentTypes = addContentTypeOverride(contentTypes, chartPath, NS.ctChart);
        chartIds.push(drawingRels.add({ type: NS.relChart, target: `../charts/${basename(chartPath)}` }));
      }
      zip.file(drawingPath, drawingXml(sheet.charts, chartIds));
      zip.file(relsPathFor(drawingPath), drawingRels.xml());
      contentTypes = addContentTypeOverride(contentTypes, drawingPath, NS.ctDrawing);
      const id = sheetRels().add({ type: NS.relDrawing, target: `../drawings/${basename(drawingPath)}` });
      sheetXml = insertWorksheetChild(sheetXml, 'drawing', `<drawing r:id="${id}"/>`);
    }

    zip.file(sheetPath, sheetXml);
    if (rels !== undefined) zip.file(relsPath, rels.xml());
  }
  zip.file('[Content_Types].xml', contentTypes);

  // Every entry gets the same timestamp, so a fixed creation time gives byte-identical files.
  return writeZip([...files].map(([name, data]) => ({ name, data })), date);
}

function linkCells(sheet: SheetSpec): { ref: string; link: Link; display: string }[] {
  const out: { ref: string; link: Link; display: string }[] = [];
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell?.link) return;
      const display = cell.content.t === 'text' ? cell.content.v : cell.content.t === 'number' ? String(cell.content.v) : '';
      out.push({ ref: a1(r, c), link: cell.link, display });
    }),
  );
  return out;
}

/**
 * A relative file path as a relationship target (a URI reference): forward slashes, and the few
 * characters that would otherwise read as URI syntax escaped. Vietnamese letters stay as they are (an IRI),
 * as Excel writes them.
 */
export function fileUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/[%# ?]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function nextPartNumber(zip: { names(): string[] }, prefix: string): number {
  let max = 0;
  for (const name of zip.names()) {
    const m = name.startsWith(prefix) ? /^(\d+)\.xml$/.exec(name.slice(prefix.length)) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}
