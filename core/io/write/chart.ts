import type { CellSpec, ChartSpec, Range, SheetSpec } from '../../report/spec';
import { escapeXml, escapeXstring } from './xml';
import { cellAddress, quoteSheet } from '../../grid/address';

/**
 * DrawingML for the report's bar charts: the chart part (c:chartSpace) and the sheet's drawing part
 * (xdr:wsDr) that places it.
 */

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Office's default series colours, so Excel and LibreOffice draw the same bars when the spec gives none. */
const DEFAULT_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

const FONT = 'Times New Roman';

export class ChartSpecError extends Error {}

/** The cells of a one-column (or one-row) range, top to bottom. */
function rangeCells(range: Range): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  if (range.left !== range.right && range.top !== range.bottom) {
    throw new ChartSpecError(`chart range ${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)} must be one column or one row`);
  }
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) out.push({ row, col });
  }
  return out;
}

function refFormula(sheetName: string, range: Range): string {
  return `${quoteSheet(sheetName)}!${cellAddress(range.top, range.left, true)}:${cellAddress(range.bottom, range.right, true)}`;
}

function cellAt(sheet: SheetSpec, row: number, col: number): CellSpec | null {
  return sheet.rows[row]?.[col] ?? null;
}

/** What a category cell shows, for the string cache. */
function categoryText(cell: CellSpec | null): string {
  const c = cell?.content;
  if (!c || c.t === 'empty') return '';
  if (c.t === 'number') return String(c.v);
  if (c.t === 'date' || c.t === 'datetime') {
    const [y, m, d] = c.v.slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  return c.v;
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}>${latin()}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}"${b}>${latin()}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function latin(): string {
  return `<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/>`;
}

function strCache(texts: string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXstring(t)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (number | null)[], formatCode: string): string {
  // Blank or non-numeric cells are left out of the cache, which viewers draw as gaps, as Excel does.
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** A series' fill: solid, or a preset pattern in its colour on white, so black-and-white prints tell series apart. */
function fill(color: string, pattern: string | undefined): string {
  const c = escapeXml(color);
  if (!pattern) return `<a:solidFill><a:srgbClr val="${c}"/></a:solidFill>`;
  return `<a:pattFill prst="${escapeXml(pattern)}"><a:fgClr><a:srgbClr val="${c}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`;
}

/** The chart part for one ChartSpec on `sheet`, with caches filled from the spec's own cells. */
export function chartXml(sheet: SheetSpec, chart: ChartSpec): string {
  const catCells = rangeCells(chart.categories);
  const categories = catCells.map(({ row, col }) => categoryText(cellAt(sheet, row, col)));
  const catRef = refFormula(sheet.name, chart.categories);

  const series = chart.series.map((s, i) => {
    const cells = rangeCells(s.values);
    if (cells.length !== catCells.length) {
      throw new ChartSpecError(`series "${s.name}" has ${cells.length} values for ${catCells.length} categories`);
    }
    const specCells = cells.map(({ row, col }) => cellAt(sheet, row, col));
    const values = specCells.map((c) => (c?.content.t === 'number' ? c.content.v : null));
    const firstStyle = specCells.find((c) => c?.style)?.style;
    const formatCode = (firstStyle && sheet.styles[firstStyle]?.numFmt) || 'General';
    const color = (s.color ?? DEFAULT_COLORS[i % DEFAULT_COLORS.length]).replace(/^#/, '').toUpperCase();
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:v>${escapeXstring(s.name)}</c:v></c:tx>` +
      `<c:spPr>${fill(color, s.pattern)}<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></c:spPr>` +
      `<c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(refFormula(sheet.name, s.values))}</c:f>${numCache(values, formatCode)}</c:numRef></c:val>` +
      `</c:ser>`
    );
  });

  const horizontal = chart.type === 'bar';
  const stacked = chart.grouping === 'stacked';
  const CAT_AX = 500000001;
  const VAL_AX = 500000002;
  // Horizontal bars list categories bottom-up by default; reversing the axis (and crossing the value axis
  // at the far end) keeps them in the table's top-down order.
  const catOrientation = horizontal ? 'maxMin' : 'minMax';
  const valCrosses = horizontal ? 'max' : 'autoZero';
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100">${latin()}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

  // Element order below follows the schema (CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx):
  // Excel refuses charts with children out of order.
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/>` +
    `<c:varyColors val="0"/>${series.join('')}` +
    `<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ''}` +
    `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${valCrosses}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${axisText}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr>${latin()}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** The drawing part placing each chart over its anchor cells; `relIds[i]` is chart i's id in the drawing's rels. */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const { top, left, bottom, right } = chart.anchor;
    // The chart covers the anchor's bottom-right cell too, so it ends at the start of the next row and column.
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      `<xdr:from><xdr:col>${left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${right + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${bottom + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors.join('')}</xdr:wsDr>`
  );
}
