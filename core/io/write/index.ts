import type { ReportSpec, SheetSpec } from '../../report/spec';
import { chartXml, drawingXml } from './chart';
import { checkSheet, externalLinkCount, printNames, sheetRelationships, worksheetXml } from './sheet';
import { SharedStrings } from './strings';
import { ReportWriteError, StyleTable } from './styles';
import { escapeXml, NS, relationshipsXml, XML_HEAD } from './xml';
import { PackageZip, type DeflateSlice } from './zip';

/**
 * A ReportSpec as an .xlsx file (SpreadsheetML, ECMA-376 Transitional), written once: cells, styles,
 * merges, links and charts go straight into the package as it is zipped. Pure: no Node, no DOM, so the
 * CLI and a web page make the same file. Not exported from core/index.ts, so the task pane, which
 * writes through Office.js, does not carry it.
 */

export { ReportWriteError } from './styles';
export { ChartSpecError } from './chart';
export { excelSerial, fileUri } from './sheet';
export type { DeflateSlice } from './zip';

export type WriteOptions = {
  /** The creation time in the document properties and every zip entry: fixed, the same spec gives the same bytes. */
  created?: Date;
  creator?: string;
  /** Deflate level, 0–9; 4 unless said (see zip.ts). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** The host's raw deflate (Node's zlib in the CLI); fflate's when absent, as in a browser. */
  deflate?: DeflateSlice;
};

/** Writes the report and returns the whole file. */
export function writeReportXlsx(spec: ReportSpec, opts: WriteOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  streamReportXlsx(spec, opts, (c) => {
    chunks.push(c);
    size += c.length;
  });
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Writes the report as a series of byte chunks (for a file stream or a browser Blob), in order. */
export function streamReportXlsx(spec: ReportSpec, opts: WriteOptions, onChunk: (chunk: Uint8Array) => void): void {
  if (spec.sheets.length === 0) throw new ReportWriteError('a report needs at least one sheet');
  const names = new Set<string>();
  for (const s of spec.sheets) {
    checkSheet(s);
    const key = s.name.toLowerCase();
    if (names.has(key)) throw new ReportWriteError(`two sheets are named "${s.name}"`);
    names.add(key);
  }
  const created = opts.created ?? new Date();
  const creator = opts.creator ?? 'cchc';
  const zip = new PackageZip(onChunk, { date: created, level: opts.level, deflate: opts.deflate });

  // Part names, known before anything is written: drawings and charts numbered across the workbook.
  let chartNo = 0;
  const plans = spec.sheets.map((sheet, i) => {
    const drawing = sheet.charts.length > 0 ? spec.sheets.slice(0, i).filter((s) => s.charts.length > 0).length + 1 : 0;
    return { sheet, no: i + 1, drawing, charts: sheet.charts.map(() => ++chartNo), links: externalLinkCount(sheet) };
  });

  zip.part('[Content_Types].xml', contentTypes(plans));
  zip.part(
    '_rels/.rels',
    relationshipsXml([
      { type: NS.relOfficeDocument, target: 'xl/workbook.xml' },
      { type: NS.relCore, target: 'docProps/core.xml' },
      { type: NS.relExtended, target: 'docProps/app.xml' },
    ]),
  );
  zip.part('docProps/app.xml', appXml(spec.sheets));
  zip.part('docProps/core.xml', coreXml(creator, created));
  zip.part('xl/workbook.xml', workbookXml(spec.sheets));
  zip.part(
    'xl/_rels/workbook.xml.rels',
    relationshipsXml([
      ...plans.map((p) => ({ type: NS.relWorksheet, target: `worksheets/sheet${p.no}.xml` })),
      { type: NS.relStyles, target: 'styles.xml' },
      { type: NS.relSharedStrings, target: 'sharedStrings.xml' },
    ]),
  );

  const styles = new StyleTable();
  const strings = new SharedStrings();
  for (const p of plans) {
    const drawingRelId = p.drawing ? `rId${p.links + 1}` : undefined;
    zip.part(`xl/worksheets/sheet${p.no}.xml`, worksheetXml(p.sheet, { styles, strings, inline: p.sheet.inlineStrings === true }, { selected: p.no === 1, drawingRelId }));
    if (p.links > 0 || p.drawing) zip.part(`xl/worksheets/_rels/sheet${p.no}.xml.rels`, sheetRelsXml(p.sheet, p.drawing));
    if (p.drawing) {
      zip.part(`xl/drawings/drawing${p.drawing}.xml`, drawingXml(p.sheet.charts, p.charts.map((_, i) => `rId${i + 1}`)));
      zip.part(`xl/drawings/_rels/drawing${p.drawing}.xml.rels`, relationshipsXml(p.charts.map((n) => ({ type: NS.relChart, target: `../charts/chart${n}.xml` }))));
      p.sheet.charts.forEach((chart, i) => zip.part(`xl/charts/chart${p.charts[i]}.xml`, chartXml(p.sheet, chart)));
    }
  }
  // Last, once every sheet has named its formats and texts.
  zip.part('xl/styles.xml', styles.xml());
  zip.part('xl/sharedStrings.xml', strings.xml());
  zip.end();
}

type Plan = { sheet: SheetSpec; no: number; drawing: number; charts: number[]; links: number };

function contentTypes(plans: readonly Plan[]): string {
  const o = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="${NS.types}">` +
    `<Default Extension="rels" ContentType="${NS.ctRels}"/><Default Extension="xml" ContentType="${NS.ctXml}"/>` +
    o('xl/workbook.xml', NS.ctWorkbook) +
    plans.map((p) => o(`xl/worksheets/sheet${p.no}.xml`, NS.ctWorksheet)).join('') +
    o('xl/styles.xml', NS.ctStyles) +
    o('xl/sharedStrings.xml', NS.ctSharedStrings) +
    plans
      .filter((p) => p.drawing)
      .map((p) => o(`xl/drawings/drawing${p.drawing}.xml`, NS.ctDrawing) + p.charts.map((n) => o(`xl/charts/chart${n}.xml`, NS.ctChart)).join(''))
      .join('') +
    o('docProps/core.xml', NS.ctCore) +
    o('docProps/app.xml', NS.ctExtended) +
    '</Types>'
  );
}

function* sheetRelsXml(sheet: SheetSpec, drawing: number): Generator<string> {
  // Streamed: a province's detail sheet links every task to its source file, one relationship each.
  yield `${XML_HEAD}<Relationships xmlns="${NS.rels}">`;
  let n = 0;
  for (const r of sheetRelationships(sheet)) {
    yield `<Relationship Id="rId${++n}" Type="${r.type}" Target="${escapeXml(r.target)}" TargetMode="External"/>`;
  }
  if (drawing) yield `<Relationship Id="rId${n + 1}" Type="${NS.relDrawing}" Target="../drawings/drawing${drawing}.xml"/>`;
  yield '</Relationships>';
}

function workbookXml(sheets: readonly SheetSpec[]): string {
  const items = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = sheets.flatMap((s, i) => printNames(s, i));
  // The sheets' views refer to workbook view 0, so the workbook has one; it opens on the first sheet.
  return (
    `${XML_HEAD}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><workbookPr/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15600" activeTab="0"/></bookViews>` +
    `<sheets>${items}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`
  );
}

function appXml(sheets: readonly SheetSpec[]): string {
  const titles = sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('');
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>cchc</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
    `<vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>`
  );
}

function coreXml(creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const who = escapeXml(creator);
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}
