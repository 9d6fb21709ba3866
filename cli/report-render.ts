import ExcelJS from 'exceljs';
import type { CellContent, CellSpec, ReportSpec, SheetSpec, Style } from '../core/report/spec';
import { a1 } from './ooxml';
import { addLinksAndCharts } from './report-package';

/**
 * Draws a ReportSpec as an .xlsx file: exceljs writes cells, styles and layout; hyperlinks and charts,
 * which exceljs 4.4 writes wrongly or not at all, are added to its package afterwards (report-package.ts).
 */

export type RenderOptions = {
  /** Fixed creation time: with it, the same spec gives byte-identical files. */
  created?: Date;
  creator?: string;
};

/** The usual font of Vietnamese official documents (Nghị định 30/2020/NĐ-CP). */
const FONT = 'Times New Roman';
const FONT_SIZE = 12;
const LINK_COLOR = '0563C1';
const DATE_FMT = 'dd/mm/yyyy';
const DATETIME_FMT = 'dd/mm/yyyy hh:mm';
const A4 = 9;

export class ReportRenderError extends Error {}

export async function renderReportXlsx(spec: ReportSpec, opts: RenderOptions = {}): Promise<Buffer> {
  const created = opts.created ?? new Date();
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? 'cchc';
  wb.lastModifiedBy = wb.creator;
  wb.created = created;
  wb.modified = created;
  for (const sheet of spec.sheets) addSheet(wb, sheet);
  // Stored, not compressed: the package is opened again to add links and charts, and compressed once then.
  const raw = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions));
  return addLinksAndCharts(raw, spec, created);
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = wb.addWorksheet(sheet.name);

  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, h] of Object.entries(sheet.heights)) ws.getRow(Number(row) + 1).height = h;

  // Merged areas are written into the package afterwards (report-package.ts): exceljs checks each new
  // merge against all earlier ones, which takes minutes for the thousands of merged list rows of a
  // province's report. Here the covered cells get what exceljs would give them: no value, and the
  // top-left cell's style unless they have their own (a border on the right edge, say).
  const covered = coveredCells(sheet);
  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell && !covered.has(r * COL_LIMIT + c)) writeCell(ws.getCell(r + 1, c + 1), cell, sheet);
    });
  });
  for (const [key, master] of covered) {
    const r = Math.floor(key / COL_LIMIT);
    const c = key % COL_LIMIT;
    const own = sheet.rows[r]?.[c];
    const styled = own?.style ? own : master;
    if (styled) ws.getCell(r + 1, c + 1).style = cellStyle(styled, sheet);
  }

  const { rows, cols } = sheet.frozen;
  if (rows > 0 || cols > 0) {
    ws.views = [{ state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: a1(rows, cols), activeCell: a1(rows, cols) }];
  }

  ws.pageSetup = {
    paperSize: A4,
    orientation: sheet.landscape ? 'landscape' : 'portrait',
    // One page wide, as many pages tall as needed.
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** More columns than a sheet can have: r * COL_LIMIT + c is a cell's key. */
const COL_LIMIT = 16_384;

/**
 * The cells merged areas cover (top-left cells excepted), each with its area's top-left cell spec.
 * Overlapping areas are a bug in the spec, refused as exceljs would refuse them.
 */
export function coveredCells(sheet: SheetSpec): Map<number, CellSpec | undefined> {
  const covered = new Map<number, CellSpec | undefined>();
  const taken = new Set<number>();
  for (const m of sheet.merges) {
    const master = sheet.rows[m.top]?.[m.left] ?? undefined;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * COL_LIMIT + c;
        if (taken.has(key)) throw new ReportRenderError(`sheet "${sheet.name}": merged areas overlap at ${a1(r, c)}`);
        taken.add(key);
        if (r !== m.top || c !== m.left) covered.set(key, master);
      }
    }
  }
  return covered;
}

function writeCell(target: ExcelJS.Cell, cell: CellSpec, sheet: SheetSpec): void {
  const value = cellValue(cell.content);
  // Assigning a plain string never makes a formula in exceljs: "= 1+1" stays text (t="s").
  if (value !== null) target.value = value;
  target.style = cellStyle(cell, sheet);
}

function cellValue(content: CellContent): ExcelJS.CellValue {
  switch (content.t) {
    case 'text':
      return content.v;
    case 'number':
      return content.v;
    case 'date':
    case 'datetime':
      return parseIsoDate(content.v, content.t);
    case 'empty':
      return null;
  }
}

/** A wall-clock date as a UTC Date, which exceljs turns into the matching Excel serial whatever the host's zone. */
export function parseIsoDate(v: string, kind: 'date' | 'datetime'): Date {
  const m = kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (!m) throw new ReportRenderError(`not an ISO ${kind}: "${v}"`);
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  // Date.UTC rolls 2024-02-30 over to March; a spec with such a date is a bug upstream.
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) throw new ReportRenderError(`no such ${kind}: "${v}"`);
  return date;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(h)) return h;
  if (/^[0-9A-F]{6}$/.test(h)) return `FF${h}`;
  throw new ReportRenderError(`not an RGB colour: "${hex}"`);
}

/**
 * One style object per distinct style: exceljs recognises an object it has seen and reuses its style id,
 * where a fresh object per cell costs it an XML serialisation per cell (seconds for a big report).
 * The objects are never changed after they are made.
 */
const STYLE_CACHE = new WeakMap<SheetSpec, Map<string, Partial<ExcelJS.Style>>>();
function cellStyle(cell: CellSpec, sheet: SheetSpec): Partial<ExcelJS.Style> {
  let bySheet = STYLE_CACHE.get(sheet);
  if (!bySheet) STYLE_CACHE.set(sheet, (bySheet = new Map()));
  const key = `${cell.style ?? ''}\u0000${cell.link !== undefined}\u0000${cell.content.t}`;
  let style = bySheet.get(key);
  if (!style) bySheet.set(key, (style = makeCellStyle(cell, sheet)));
  return style;
}

function makeCellStyle(cell: CellSpec, sheet: SheetSpec): Partial<ExcelJS.Style> {
  const s: Style = (cell.style && sheet.styles[cell.style]) || {};
  if (cell.style && !sheet.styles[cell.style]) throw new ReportRenderError(`sheet "${sheet.name}" has no style "${cell.style}"`);
  const isLink = cell.link !== undefined;
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: FONT,
      size: s.size ?? FONT_SIZE,
      bold: s.bold || undefined,
      italic: s.italic || undefined,
      // Links look like links in every viewer: blue and underlined.
      underline: isLink || s.underline ? true : undefined,
      color: isLink ? { argb: argb(LINK_COLOR) } : s.color ? { argb: argb(s.color) } : undefined,
    },
  };
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.align || s.valign || s.wrap) {
    out.alignment = { horizontal: s.align, vertical: s.valign, wrapText: s.wrap || undefined };
  }
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  const numFmt = s.numFmt ?? (cell.content.t === 'date' ? DATE_FMT : cell.content.t === 'datetime' ? DATETIME_FMT : undefined);
  if (numFmt) out.numFmt = numFmt;
  return out;
}
