// jszip is what exceljs itself zips with; it is a direct dependency (same version as exceljs's) because this
// module opens exceljs's output again to add the parts exceljs cannot write.
import JSZip from 'jszip';
import type { Link, ReportSpec, SheetSpec } from '../core/report/spec';
import {
  NS,
  a1,
  addContentTypeOverride,
  addRelationship,
  escapeXml,
  hasWorksheetChild,
  insertWorksheetChild,
  quoteSheet,
  relsPathFor,
  sheetParts,
} from './ooxml';
import { chartXml, drawingXml } from './report-chart-xml';

/**
 * Adds to an exceljs-written package what exceljs 4.4 gets wrong or cannot write:
 * - hyperlinks: exceljs writes an internal link both as an external relationship and as a location,
 *   which Excel joins into a broken "#Sheet!A1##Sheet!A1"; here internal links carry only a location,
 *   and links to another workbook carry the file as an external relationship plus the cell as location,
 *   which is how Excel itself saves them;
 * - charts: a drawing part per sheet with charts, a chart part per chart, their relationships and content types.
 */
export async function addLinksAndCharts(xlsx: Buffer, spec: ReportSpec, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (path: string): Promise<string | undefined> => zip.file(path)?.async('string');
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
    if (links.length === 0 && sheet.charts.length === 0) continue;
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) throw new Error(`exceljs output has no part for sheet "${sheet.name}"`);
    const relsPath = relsPathFor(sheetPath);
    let sheetXml = await need(sheetPath);
    let rels = await read(relsPath);

    if (links.length > 0) {
      if (hasWorksheetChild(sheetXml, 'hyperlinks')) throw new Error(`sheet "${sheet.name}" already has hyperlinks`);
      const items: string[] = [];
      for (const { ref, link, display } of links) {
        const location = `${quoteSheet(link.sheet)}!${link.cell}`;
        let rid = '';
        if (link.kind === 'external') {
          const added = addRelationship(rels, { type: NS.relHyperlink, target: fileUri(link.file), external: true });
          rels = added.xml;
          rid = ` r:id="${added.id}"`;
        }
        items.push(`<hyperlink ref="${ref}"${rid} location="${escapeXml(location)}" display="${escapeXml(display)}"/>`);
      }
      sheetXml = insertWorksheetChild(sheetXml, 'hyperlinks', `<hyperlinks>${items.join('')}</hyperlinks>`);
    }

    if (sheet.charts.length > 0) {
      if (hasWorksheetChild(sheetXml, 'drawing')) throw new Error(`sheet "${sheet.name}" already has a drawing`);
      const drawingPath = `xl/drawings/drawing${nextDrawing++}.xml`;
      let drawingRels: string | undefined;
      const chartIds: string[] = [];
      for (const chart of sheet.charts) {
        const chartPath = `xl/charts/chart${nextChart++}.xml`;
        zip.file(chartPath, chartXml(sheet, chart));
        contentTypes = addContentTypeOverride(contentTypes, chartPath, NS.ctChart);
        const added = addRelationship(drawingRels, { type: NS.relChart, target: `../charts/${basename(chartPath)}` });
        drawingRels = added.xml;
        chartIds.push(added.id);
      }
      zip.file(drawingPath, drawingXml(sheet.charts, chartIds));
      zip.file(relsPathFor(drawingPath), drawingRels ?? '');
      contentTypes = addContentTypeOverride(contentTypes, drawingPath, NS.ctDrawing);
      const added = addRelationship(rels, { type: NS.relDrawing, target: `../drawings/${basename(drawingPath)}` });
      rels = added.xml;
      sheetXml = insertWorksheetChild(sheetXml, 'drawing', `<drawing r:id="${added.id}"/>`);
    }

    zip.file(sheetPath, sheetXml);
    if (rels !== undefined) zip.file(relsPath, rels);
  }
  zip.file('[Content_Types].xml', contentTypes);

  // Every entry gets the same timestamp, so a fixed creation time gives byte-identical files.
  for (const f of Object.values(zip.files)) f.date = date;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
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

function nextPartNumber(zip: JSZip, prefix: string): number {
  let max = 0;
  for (const name of Object.keys(zip.files)) {
    const m = name.startsWith(prefix) ? /^(\d+)\.xml$/.exec(name.slice(prefix.length)) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}
