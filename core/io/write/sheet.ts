import type { CellSpec, Link, SheetSpec } from '../../report/spec';
import { columnLetters } from '../../grid/address';
import { SharedStrings } from './strings';
import { ReportWriteError, StyleTable } from './styles';
import { escapeXml, escapeXstring, NS, XML_HEAD } from './xml';
import { cellAddress, quoteSheet } from '../../grid/address';
import { isoToExcelSerialTime } from '../../dates';
import { checkForm, protectionXml, validationsXml } from './protection';

/**
 * One worksheet part, written row by row as a stream of small strings: no sheet is ever held as one
 * XML string. Children in CT_Worksheet's order (ECMA-376 Part 1, §18.3.1.99), which Excel insists on.
 */

/** Excel's grid: 16 384 columns (so r * COL_LIMIT + c is a cell's key) and 1 048 576 rows. */
const COL_LIMIT = 16_384;
const ROW_LIMIT = 1_048_576;
/** Characters Excel refuses in a sheet name. */
const BAD_NAME = /[\\/?*[\]:]/;

/** What Excel would refuse or repair, refused here with a sentence instead of written into the file. */
export function checkSheet(sheet: SheetSpec): void {
  const where = `sheet "${sheet.name}"`;
  if (sheet.name.length === 0 || sheet.name.length > 31 || BAD_NAME.test(sheet.name) || /^'|'$/.test(sheet.name)) {
    throw new ReportWriteError(`${where}: not a name Excel allows (1–31 characters, none of \\ / ? * [ ] :, no quote at either end)`);
  }
  if (sheet.rows.length > ROW_LIMIT) throw new ReportWriteError(`${where}: ${sheet.rows.length} rows, more than Excel's ${ROW_LIMIT}`);
  for (let r = 0; r < sheet.rows.length; r++) {
    if (sheet.rows[r].length > COL_LIMIT) throw new ReportWriteError(`${where}: row ${r + 1} has more than Excel's ${COL_LIMIT} columns`);
  }
  for (const [row, h] of Object.entries(sheet.heights)) {
    if (!(h >= 0 && h <= 409)) throw new ReportWriteError(`${where}: row ${Number(row) + 1} height ${h} is not between 0 and 409 points`);
  }
  if (sheet.widths.length > COL_LIMIT) throw new ReportWriteError(`${where}: more column widths than Excel has columns`);
  checkForm(sheet);
}
const A4 = 9;

/**
 * `inline`: the sheet's texts are written in their cells (inline strings, ECMA-376 §18.3.1.53) rather than
 * the shared-string table, where the spec asks (SheetSpec.inlineStrings: a sheet whose rows are made on
 * demand): a table of its texts would hold every one of them until the end, the memory those rows save. XlsxWriter's constant-memory mode
 * writes its strings the same way; Excel, LibreOffice and openpyxl read them.
 */
export type SheetContext = { styles: StyleTable; strings: SharedStrings; inline?: boolean };

/** What a sheet needs from the package around it. */
export type SheetParts = {
  /** Whether the sheet is the one shown when the workbook opens. */
  selected: boolean;
  /** The drawing's relationship id, when the sheet has charts. */
  drawingRelId?: string;
};

/**
 * The cells merged areas cover (top-left cells excepted), each with its area's top-left cell spec.
 * Overlapping areas are a bug in the spec, refused as Excel would refuse the file.
 */
export function coveredCells(sheet: SheetSpec): Map<number, CellSpec | undefined> {
  const covered = new Map<number, CellSpec | undefined>();
  const taken = new Set<number>();
  for (const m of sheet.merges) {
    if (m.top < 0 || m.left < 0 || m.bottom < m.top || m.right < m.left || m.right >= COL_LIMIT || m.bottom >= ROW_LIMIT) {
      throw new ReportWriteError(`sheet "${sheet.name}": bad merged area ${JSON.stringify(m)}`);
    }
    const master = sheet.rows[m.top]?.[m.left] ?? undefined;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * COL_LIMIT + c;
        if (taken.has(key)) throw new ReportWriteError(`sheet "${sheet.name}": merged areas overlap at ${cellAddress(r, c)}`);
        taken.add(key);
        if (r !== m.top || c !== m.left) covered.set(key, master);
      }
    }
  }
  return covered;
}

/** Cells with a link, in row order: the order of the hyperlinks and of their relationship ids. */
function* linkCells(sheet: SheetSpec): Generator<{ row: number; col: number; cell: CellSpec; link: Link }> {
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell?.link) yield { row: r, col: c, cell, link: cell.link };
    }
  }
}

/** The relationships of a sheet: one per link to another file, in cell order, then its drawing. */
export function* sheetRelationships(sheet: SheetSpec): Generator<{ type: string; target: string; external?: boolean }> {
  for (const { link } of linkCells(sheet)) if (link.kind === 'external') yield { type: NS.relHyperlink, target: fileUri(link.file), external: true };
}

export function externalLinkCount(sheet: SheetSpec): number {
  let n = 0;
  for (const { link } of linkCells(sheet)) if (link.kind === 'external') n++;
  return n;
}

/**
 * A relative file path as a relationship target (a URI reference): forward slashes, and the few
 * characters that would otherwise read as URI syntax escaped. Vietnamese letters stay as they are (an IRI),
 * as Excel writes them.
 */
export function fileUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/[%# ?]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An ISO date or date-time as an Excel serial (core's), or the error a spec with a bad one deserves. */
export function excelSerial(v: string, kind: 'date' | 'datetime'): number {
  const r = isoToExcelSerialTime(v, kind);
  if (!r.ok) throw new ReportWriteError(r.reason.en);
  return r.value;
}

function cellXml(ref: string, cell: CellSpec, xf: number, ctx: SheetContext, sheet: SheetSpec): string {
  const s = xf ? ` s="${xf}"` : '';
  const c = cell.content;
  switch (c.t) {
    case 'text':
      // Always a string cell, never a formula: "= 1+1", "- …", "+84" and "@x" stay text.
      if (ctx.inline) return `<c r="${ref}"${s} t="inlineStr"><is><t${/^\s|\s$/.test(c.v) ? ' xml:space="preserve"' : ''}>${escapeXstring(c.v)}</t></is></c>`;
      return `<c r="${ref}"${s} t="s"><v>${ctx.strings.idOf(c.v)}</v></c>`;
    case 'number':
      if (!Number.isFinite(c.v)) throw new ReportWriteError(`sheet "${sheet.name}", ${ref}: not a finite number (${c.v})`);
      return `<c r="${ref}"${s}><v>${c.v}</v></c>`;
    case 'date':
    case 'datetime':
      return `<c r="${ref}"${s}><v>${excelSerial(c.v, c.t)}</v></c>`;
    case 'empty':
      return `<c r="${ref}"${s}/>`;
  }
}

/** The worksheet part of `sheet`, piece by piece. */
export function* worksheetXml(sheet: SheetSpec, ctx: SheetContext, parts: SheetParts): Generator<string> {
  const covered = coveredCells(sheet);
  // The last column that has a cell (or a covered one) in each row, and the extent of the whole sheet.
  const coveredEnd = new Map<number, number>();
  for (const key of covered.keys()) {
    const r = Math.floor(key / COL_LIMIT);
    coveredEnd.set(r, Math.max(coveredEnd.get(r) ?? -1, key % COL_LIMIT));
  }
  let lastRow = -1;
  let lastCol = -1;
  const rowEnd = (r: number): number => {
    const cells = sheet.rows[r] ?? [];
    let end = cells.length - 1;
    while (end >= 0 && cells[end] === null) end--;
    return Math.max(end, coveredEnd.get(r) ?? -1);
  };
  // Loops, not Math.max(...list): a province's report has more rows than a call may have arguments.
  let rowCount = sheet.rows.length;
  for (const r of coveredEnd.keys()) rowCount = Math.max(rowCount, r + 1);
  for (const k of Object.keys(sheet.heights)) {
    const r = Number(k);
    if (!Number.isInteger(r) || r < 0) throw new ReportWriteError(`sheet "${sheet.name}": no row "${k}" to give a height`);
    rowCount = Math.max(rowCount, r + 1);
  }
  for (let r = 0; r < rowCount; r++) {
    const end = rowEnd(r);
    if (end >= 0) {
      lastRow = r;
      lastCol = Math.max(lastCol, end);
    }
  }

  const { rows: frozenRows, cols: frozenCols } = sheet.frozen;
  const landscape = sheet.landscape ?? true;
  yield `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`;
  const print = sheet.print;
  // A sheet with its own scale prints at it; one without is fitted to one page wide.
  yield print ? '<sheetPr/>' : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  yield `<dimension ref="${lastRow < 0 ? 'A1' : `A1:${cellAddress(lastRow, lastCol)}`}"/>`;
  yield `<sheetViews><sheetView${parts.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(frozenRows, frozenCols)}</sheetView></sheetViews>`;
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  if (sheet.widths.length > 0 || sheet.hiddenColumns?.length) yield colsXml(sheet.widths, sheet.hiddenColumns ?? []);

  yield '<sheetData>';
  for (let r = 0; r < rowCount; r++) {
    const height = sheet.heights[String(r)];
    const cells = sheet.rows[r] ?? [];
    const end = rowEnd(r);
    if (end < 0 && height === undefined) continue;
    let xml = `<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>`;
    for (let c = 0; c <= end; c++) {
      const key = r * COL_LIMIT + c;
      const own = cells[c] ?? null;
      if (covered.has(key)) {
        // A covered cell shows nothing; it keeps its own look (a border on the area's edge) or takes the
        // top-left cell's, as Excel does when it merges.
        const master = covered.get(key);
        const styled = own?.style ? own : master;
        if (styled) xml += `<c r="${columnLetters(c)}${r + 1}" s="${ctx.styles.xfOf(styled, sheet)}"/>`;
      } else if (own) {
        xml += cellXml(`${columnLetters(c)}${r + 1}`, own, ctx.styles.xfOf(own, sheet), ctx, sheet);
      }
    }
    yield `${xml}</row>`;
  }
  yield '</sheetData>';
  yield protectionXml(sheet);

  if (sheet.merges.length > 0) {
    yield `<mergeCells count="${sheet.merges.length}">`;
    for (const m of sheet.merges) yield `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`;
    yield '</mergeCells>';
  }
  yield validationsXml(sheet);

  let rid = 0;
  let opened = false;
  for (const { row, col, cell, link } of linkCells(sheet)) {
    if (!opened) {
      yield '<hyperlinks>';
      opened = true;
    }
    const location = escapeXml(`${quoteSheet(link.sheet)}!${link.cell}`);
    const display = cell.content.t === 'text' ? cell.content.v : cell.content.t === 'number' ? String(cell.content.v) : '';
    // Internal links carry only a location; links to another workbook carry the file as an external
    // relationship and the cell as a location, which is how Excel itself saves them.
    const id = link.kind === 'external' ? ` r:id="rId${++rid}"` : '';
    yield `<hyperlink ref="${cellAddress(row, col)}"${id} location="${location}" display="${escapeXml(display)}"/>`;
  }
  if (opened) yield '</hyperlinks>';

  const orientation = landscape ? 'landscape' : 'portrait';
  if (!print) {
    yield '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    // One page wide, as many pages tall as needed.
    yield `<pageSetup paperSize="${A4}" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>`;
  } else {
    const m = print.margins;
    yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
    yield `<pageSetup paperSize="${A4}" scale="${print.scale}" orientation="${orientation}"/>`;
    if (print.header || print.footer)
      yield `<headerFooter>${print.header ? `<oddHeader>${escapeXml(print.header)}</oddHeader>` : ''}${print.footer ? `<oddFooter>${escapeXml(print.footer)}</oddFooter>` : ''}</headerFooter>`;
    const breaks = [...new Set(print.breaks)].filter((r) => r > 0 && r < ROW_LIMIT).sort((a, b) => a - b);
    // A break's id is the 0-based row above which the new page starts (ECMA-376 Part 1, §18.3.1.3).
    if (breaks.length) yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
  }
  if (parts.drawingRelId) yield `<drawing r:id="${parts.drawingRelId}"/>`;
  yield '</worksheet>';
}

/**
 * The workbook's defined names for a sheet's print setup: its print titles (rows repeated on every page) and its
 * print area (the columns printed), as Excel names them (ECMA-376 Part 1, §18.2.6), scoped to the sheet.
 */
export function printNames(sheet: SheetSpec, index: number): string[] {
  const p = sheet.print;
  if (!p) return [];
  const q = quoteSheet(sheet.name);
  const out: string[] = [];
  if (p.titleRows) out.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${q}!$${p.titleRows.top + 1}:$${p.titleRows.bottom + 1}`)}</definedName>`);
  if (p.columns) out.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(`${q}!$${columnLetters(p.columns.left)}$1:$${columnLetters(p.columns.right)}$${Math.max(1, sheet.rows.length)}`)}</definedName>`);
  return out;
}

/** Frozen rows and columns: the pane, and the selection in the pane that scrolls. */
function paneXml(rows: number, cols: number): string {
  if (rows <= 0 && cols <= 0) return '';
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = cellAddress(rows, cols);
  return (
    `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** Column widths and hidden columns, neighbours alike in one <col>. */
function colsXml(widths: readonly number[], hiddenColumns: readonly number[]): string {
  const hidden = new Set(hiddenColumns);
  const count = Math.max(widths.length, ...hiddenColumns.map((c) => c + 1));
  // A hidden column past the widths given keeps Excel's default width for when it is shown again.
  const width = (i: number) => widths[i] ?? 8.43;
  let xml = '<cols>';
  for (let i = 0; i < count; ) {
    let j = i;
    while (j + 1 < count && width(j + 1) === width(i) && hidden.has(j + 1) === hidden.has(i)) j++;
    if (!(width(i) >= 0 && width(i) <= 255)) throw new ReportWriteError(`column width ${width(i)} is not between 0 and 255`);
    xml += `<col min="${i + 1}" max="${j + 1}" width="${width(i)}"${hidden.has(i) ? ' hidden="1"' : ''} customWidth="1"/>`;
    i = j + 1;
  }
  return `${xml}</cols>`;
}
