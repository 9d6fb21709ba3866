/// <reference types="office-js" />
import { cellAddress, columnLetters, isoToExcelSerialTime, type CellSpec, type ReportSpec, type SheetSpec, type Style } from '../../core';
import { ENVELOPE_BYTES, planned, pathBytes, PLANNING_ID, utf8Length, type PlannedRequest } from './request-size';
import { officeErrorCode, REQUEST_BUDGET_BYTES, type ExcelHost } from './types';

/** Where a write is: sheets named, new sheets being written, the one request that replaces the old report, done. */
export type WriteStep = 'prepare' | 'write' | 'commit' | 'reveal';

export type WriteReportOptions = {
  /** Report sheets from an earlier run to replace (the user agreed): deleted only once the new ones are written. */
  replace?: readonly string[];
  /** Called between steps, for the pane's progress bar (0–1) and for saying truthfully where a run stopped. */
  onProgress?: (fraction: number, step: WriteStep) => void;
};

export type WriteStats = {
  /** The planned size of each request that wrote (the last one replaces the old report), in order. */
  plannedBytes: number[];
  /** Requests Excel refused as too large (RequestPayloadSizeLimitExceeded), then split and sent again. */
  retries: number;
};

export type WriteReportResult = { sheets: string[]; stats: WriteStats };

/** What a failed write left in the workbook, so that the message can say it truthfully. */
export type WriteOutcome = {
  /** Sheets of the old report that are gone. */
  removed: string[];
  /** Sheets of the new report kept, shown, because the old report was already (partly) gone — by their names now. */
  kept: string[];
  /** Hidden sheets of ours (temporary names) that could not be removed. */
  leftover: string[];
  /** The workbook could not be read after the failure: what it holds now is not known. */
  unknown: boolean;
};

/** The report could not be written; `outcome` says what the workbook holds now. */
export class ReportWriteError extends Error {
  /** The Office error code of the failure ("GeneralException", "RequestPayloadSizeLimitExceeded"…). */
  readonly code: string | null;
  constructor(readonly reason: unknown, readonly outcome: WriteOutcome) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.code = officeErrorCode(reason);
  }
  /** Nothing the user had was changed, and nothing of ours was left behind. */
  get unchanged(): boolean {
    const o = this.outcome;
    return !o.unknown && o.removed.length === 0 && o.kept.length === 0 && o.leftover.length === 0;
  }
}

/** Points per character of column width (Times New Roman 12, as the report uses). */
const POINTS_PER_CHAR = 6.2;
/** The largest piece of work one call carries (a block of values): requests are made of such pieces. */
const PIECE_BYTES = 256 * 1024;
/** A request refused for its size is split again at most this often before the write gives up. */
const MAX_RETRIES = 8;
/** Prefix of the sheets a report is written into before it replaces the old one; shown in messages. */
export const TEMP_SHEET_PREFIX = '~cchc';

const a1 = cellAddress;
const lower = (s: string) => s.toLowerCase();

/** One piece of a request: the calls it queues on its sheet, and their planned size. */
type Piece = { sheet: number; bytes: number; run: (ws: Excel.Worksheet) => void };

/** Runs of cells with the same style in a row, as A1 ranges ("B5:J5"), so formats go by blocks. */
function styleRuns(sheet: SheetSpec): Map<string, string[]> {
  const runs = new Map<string, string[]>();
  sheet.rows.forEach((row, r) => {
    let start = -1;
    let key: string | undefined;
    const flush = (end: number) => {
      if (key === undefined || start < 0) return;
      const list = runs.get(key) ?? [];
      list.push(start === end ? a1(r, start) : `${a1(r, start)}:${a1(r, end)}`);
      runs.set(key, list);
    };
    for (let c = 0; c <= row.length; c++) {
      const k = row[c]?.style;
      if (k !== key) {
        flush(c - 1);
        key = k;
        start = c;
      }
    }
  });
  return runs;
}

/**
 * A cell as Range.valuesAsJson takes it ([Api set: ExcelApi 1.16]): a StringCellValue is "the value of a cell
 * containing a string" — stored as the string, whatever its first character
 * (https://learn.microsoft.com/javascript/api/excel/excel.stringcellvalue).
 */
function typedValue(v: string | number): Excel.CellValue {
  if (typeof v === 'number') return { type: 'Double', basicValue: v };
  if (v === '') return { type: 'Empty', basicValue: '' };
  return { type: 'String', basicValue: v };
}

/** A cell's value for Range.values (and, typed, for Range.valuesAsJson): text, a number, or "" for empty. */
function cellValue(cell: CellSpec | null): string | number {
  if (!cell) return '';
  const c = cell.content;
  switch (c.t) {
    case 'text':
      return c.v;
    case 'number':
      return c.v;
    case 'date':
    case 'datetime': {
      // The layout writes only valid ISO dates; a bad one shows as written rather than as a wrong day.
      const r = isoToExcelSerialTime(c.v, c.t);
      return r.ok ? r.value : c.v;
    }
    case 'empty':
      return '';
  }
}

function cellFormat(cell: CellSpec | null, styles: Record<string, Style>): string {
  if (!cell) return 'General';
  if (cell.content.t === 'text') return '@';
  const s = cell.style ? styles[cell.style] : undefined;
  if (s?.numFmt) return s.numFmt;
  if (cell.content.t === 'date') return 'dd/mm/yyyy';
  if (cell.content.t === 'datetime') return 'dd/mm/yyyy hh:mm';
  return 'General';
}

/** Groups a list of A1 areas so one getRanges() address stays short (Excel caps address strings). */
function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** A style as the property sets it takes: on the format itself, its font or its fill; and whether it has borders. */
function styleSets(s: Style): { format: Array<[string, unknown]>; font: Array<[string, unknown]>; fill: Array<[string, unknown]>; border: boolean } {
  const font: Array<[string, unknown]> = [];
  if (s.bold !== undefined) font.push(['bold', s.bold]);
  if (s.italic !== undefined) font.push(['italic', s.italic]);
  if (s.size !== undefined) font.push(['size', s.size]);
  if (s.color) font.push(['color', `#${s.color}`]);
  if (s.underline) font.push(['underline', 'Single']);
  const format: Array<[string, unknown]> = [];
  if (s.align) format.push(['horizontalAlignment', s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right']);
  if (s.valign) format.push(['verticalAlignment', s.valign === 'top' ? 'Top' : s.valign === 'middle' ? 'Center' : 'Bottom']);
  if (s.wrap) format.push(['wrapText', true]);
  return { format, font, fill: s.fill ? [['color', `#${s.fill}`]] : [], border: s.border === true };
}

/** Applies a style to a range's format: the calls that planStyle counts. */
function applyStyle(format: Excel.RangeFormat, s: Style) {
  const sets = styleSets(s);
  const target = (o: object, list: Array<[string, unknown]>) => {
    for (const [k, v] of list) (o as Record<string, unknown>)[k] = v;
  };
  if (sets.font.length > 0) target(format.font, sets.font);
  if (sets.fill.length > 0) target(format.fill, sets.fill);
  target(format, sets.format);
  if (sets.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#000000';
    }
  }
}

/** The calls of applyStyle, planned. */
function planStyle(p: PlannedRequest, s: Style) {
  const sets = styleSets(s);
  p.property('format');
  if (sets.font.length > 0) p.property('font');
  for (const [k, v] of sets.font) p.set(k, v);
  if (sets.fill.length > 0) p.property('fill');
  for (const [k, v] of sets.fill) p.set(k, v);
  for (const [k, v] of sets.format) p.set(k, v);
  if (sets.border) {
    p.property('borders');
    for (const edge of EDGES) p.object('getItem', [edge]).set('style', 'Continuous').set('color', '#000000');
  }
}

/**
 * Every call that draws one sheet, in pieces that each know their planned size: values and number formats by
 * blocks of rows, styles by runs of cells, merges, column widths, row heights, hyperlinks, frozen panes and
 * charts. Each piece names its sheet; the request that carries it reaches the sheet by its (temporary) name.
 */
/** How a block of values is written: typed (Range.valuesAsJson) or plain (Range.values) — see writeReport. */
type ValueWriter = { property: 'valuesAsJson' | 'values'; cells: (rows: (string | number)[][]) => unknown[][]; write: (block: Excel.Range, cells: unknown[][]) => void };

/** How a style reaches its cells: many areas a call (Worksheet.getRanges, ExcelApi 1.9) or one (getRange). */
type AreaFormats = { method: 'getRanges' | 'getRange'; perCall: number; format: (ws: Excel.Worksheet, address: string) => Excel.RangeFormat };

function sheetPieces(sheet: SheetSpec, index: number, writer: ValueWriter, areaFormats: AreaFormats): Piece[] {
  const pieces: Piece[] = [];
  const add = (plan: (p: PlannedRequest) => void, run: (ws: Excel.Worksheet) => void) => pieces.push({ sheet: index, bytes: planned(plan), run });
  const width = Math.max(1, sheet.widths.length, ...sheet.rows.map((r) => r.length));

  // Values and number formats by blocks of rows. Number formats first: a text cell is "@" before its value
  // arrives (see writeReport).
  const json = (v: unknown) => utf8Length(JSON.stringify(v));
  let top = 0;
  while (top < sheet.rows.length) {
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    while (top + values.length < sheet.rows.length) {
      const row = sheet.rows[top + values.length];
      const v = Array.from({ length: width }, (_, c) => cellValue(row[c] ?? null));
      const f = Array.from({ length: width }, (_, c) => cellFormat(row[c] ?? null, sheet.styles));
      const rowBytes = json(writer.cells([v])) + json(f);
      if (values.length > 0 && bytes + rowBytes > PIECE_BYTES) break;
      values.push(v);
      formats.push(f);
      bytes += rowBytes;
    }
    const at = top;
    const cells = writer.cells(values);
    add(
      (p) => p.object('getRangeByIndexes', [at, 0, values.length, width]).set('numberFormat', formats).set(writer.property, cells),
      (ws) => {
        const block = ws.getRangeByIndexes(at, 0, values.length, width);
        block.numberFormat = formats;
        writer.write(block, cells);
      },
    );
    top += values.length;
  }

  for (const [key, areas] of styleRuns(sheet)) {
    const style = sheet.styles[key];
    if (!style) continue;
    for (const part of chunks(areas, areaFormats.perCall)) {
      const address = part.join(',');
      add(
        (p) => {
          p.object(areaFormats.method, [address]);
          planStyle(p, style);
        },
        (ws) => applyStyle(areaFormats.format(ws, address), style),
      );
    }
  }

  for (const m of sheet.merges) {
    const address = `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
    add(
      (p) => p.object('getRange', [address]).call('merge', [false]),
      (ws) => ws.getRange(address).merge(false),
    );
  }

  sheet.widths.forEach((w, c) => {
    const address = `${columnLetters(c)}:${columnLetters(c)}`;
    const points = Math.round(w * POINTS_PER_CHAR);
    add(
      (p) => p.object('getRange', [address]).property('format').set('columnWidth', points),
      (ws) => (ws.getRange(address).format.columnWidth = points),
    );
  });

  // Hidden columns (the detail sheet's plan key): Range.columnHidden, ExcelApi 1.2
  // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
  for (const c of sheet.hiddenColumns ?? []) {
    const address = `${columnLetters(c)}:${columnLetters(c)}`;
    add(
      (p) => p.object('getRange', [address]).set('columnHidden', true),
      (ws) => (ws.getRange(address).columnHidden = true),
    );
  }

  // Rows of the same height one after another share a call ("5:9").
  const heights = Object.entries(sheet.heights)
    .map(([r, h]) => [Number(r), h] as const)
    .sort((x, y) => x[0] - y[0]);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1][0] === heights[j][0] + 1 && heights[j + 1][1] === heights[i][1]) j++;
    const address = `${heights[i][0] + 1}:${heights[j][0] + 1}`;
    const h = heights[i][1];
    add(
      (p) => p.object('getRange', [address]).property('format').set('rowHeight', h),
      (ws) => (ws.getRange(address).format.rowHeight = h),
    );
    i = j + 1;
  }

  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      const l = cell.link;
      const text = cell.content.t === 'text' ? cell.content.v : undefined;
      const link: Excel.RangeHyperlink =
        l.kind === 'internal'
          ? { documentReference: `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`, textToDisplay: text }
          : { address: `${l.file}#'${l.sheet.replace(/'/g, "''")}'!${l.cell}`, textToDisplay: text };
      const address = a1(r, c);
      add(
        (p) => p.object('getRange', [address]).set('hyperlink', link),
        (ws) => (ws.getRange(address).hyperlink = link),
      );
    }),
  );

  // Frozen rows and columns: freezeAt takes "the cells that will be frozen in the top- and left-most pane"
  // ([Api set: ExcelApi 1.7], https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes).
  const { rows: frozenRows, cols: frozenCols } = sheet.frozen;
  if (frozenRows > 0 || frozenCols > 0) {
    if (frozenCols === 0) add((p) => p.property('freezePanes').call('freezeRows', [frozenRows]), (ws) => ws.freezePanes.freezeRows(frozenRows));
    else if (frozenRows === 0) add((p) => p.property('freezePanes').call('freezeColumns', [frozenCols]), (ws) => ws.freezePanes.freezeColumns(frozenCols));
    else {
      const address = `A1:${a1(frozenRows - 1, frozenCols - 1)}`;
      add((p) => p.property('freezePanes').call('freezeAt', [address]), (ws) => ws.freezePanes.freezeAt(address));
    }
  }

  for (const chart of sheet.charts) {
    const first = chart.series[0];
    if (!first) continue;
    const type = chart.type === 'bar' ? (chart.grouping === 'stacked' ? 'BarStacked' : 'BarClustered') : chart.grouping === 'stacked' ? 'ColumnStacked' : 'ColumnClustered';
    const range = (r: { top: number; left: number; bottom: number; right: number }) => `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
    const source = `${a1(first.values.top, first.values.left)}:${a1(first.values.bottom, first.values.left)}`;
    const cats = range(chart.categories);
    add(
      (p) => {
        p.property('charts').object('getRange', [source]).object('add', [{ type, sourceData: PLANNING_ID, seriesBy: 'Columns' }]);
        p.property('title').set('text', chart.title).property('legend').set('position', 'Bottom').object('getRange', [cats]).property('series');
        chart.series.forEach((s, i) => {
          if (i === 0) p.object('getItemAt', [0]);
          else p.object('add', [s.name, null]).object('getRange', [range(s.values)]).call('setValues', [PLANNING_ID]);
          p.set('name', s.name).call('setXAxisValues', [PLANNING_ID]);
          if (s.color) p.property('format').property('fill').call('setSolidColor', [`#${s.color}`]);
        });
        p.call('setPosition', [{ startCell: a1(chart.anchor.top, chart.anchor.left), endCell: a1(chart.anchor.bottom, chart.anchor.right) }]);
      },
      (ws) => {
        const c = ws.charts.add(type, ws.getRange(source), 'Columns');
        c.title.text = chart.title;
        c.legend.position = 'Bottom';
        const categories = ws.getRange(cats);
        chart.series.forEach((s, i) => {
          const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
          if (i > 0) series.setValues(ws.getRange(range(s.values)));
          series.name = s.name;
          series.setXAxisValues(categories);
          if (s.color) series.format.fill.setSolidColor(`#${s.color}`);
        });
        c.setPosition(a1(chart.anchor.top, chart.anchor.left), a1(chart.anchor.bottom, chart.anchor.right));
      },
    );
  }
  return pieces;
}

/** An Excel header or footer ("&CTrang &P/&N") by its sections; text before any section code is centred. */
export function headerFooterSections(codes: string): { left: string; center: string; right: string } {
  const out = { left: '', center: '', right: '' };
  let at: keyof typeof out = 'center';
  // "&&" is a literal ampersand, never a section code.
  for (const part of codes.split(/(&&|&[LCR])/)) {
    if (part === '&L') at = 'left';
    else if (part === '&C') at = 'center';
    else if (part === '&R') at = 'right';
    else out[at] += part;
  }
  return out;
}

/**
 * The sheet's print set-up (SheetSpec.print), as the CLI's writer puts it in the file, through Worksheet.pageLayout
 * (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): landscape A4, the fixed scale
 * ("The PageLayoutZoomOptions object must be set as a JSON object"), the margins (setPrintMargins in inches, the
 * spec's unit), the footer's sections in HeaderFooterGroup.defaultForAllPages ("used for all pages unless even/odd
 * or first page is specified" — https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup) in Excel's
 * codes ("&P", "&N"), the print titles (setPrintTitleRows) and area (setPrintArea), and the page breaks before a
 * chart (horizontalPageBreaks.add: "Adds a page break before the top-left cell of the range specified" —
 * https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection). Called only where the host has 1.9.
 */
function printPieces(sheet: SheetSpec, index: number): Piece[] {
  const print = sheet.print;
  if (!print) return [];
  const pieces: Piece[] = [];
  const add = (plan: (p: PlannedRequest) => void, run: (ws: Excel.Worksheet) => void) => pieces.push({ sheet: index, bytes: planned(plan), run });
  const orientation = sheet.landscape === false ? 'Portrait' : 'Landscape';
  const zoom = { scale: print.scale };
  const m = print.margins;
  const margins = { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer };
  const header = print.header ? headerFooterSections(print.header) : null;
  const footer = print.footer ? headerFooterSections(print.footer) : null;
  const titles = print.titleRows ? `$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}` : null;
  const area = print.columns ? `${a1(0, print.columns.left)}:${a1(Math.max(0, sheet.rows.length - 1), print.columns.right)}` : null;
  add(
    (p) => {
      p.property('pageLayout').set('orientation', orientation).set('paperSize', 'A4').set('zoom', zoom).call('setPrintMargins', ['Inches', margins]);
      if (titles) p.call('setPrintTitleRows', [titles]);
      if (area) p.call('setPrintArea', [area]);
      if (header || footer) p.property('headersFooters').property('defaultForAllPages');
      if (header) p.set('leftHeader', header.left).set('centerHeader', header.center).set('rightHeader', header.right);
      if (footer) p.set('leftFooter', footer.left).set('centerFooter', footer.center).set('rightFooter', footer.right);
    },
    (ws) => {
      const layout = ws.pageLayout;
      layout.orientation = orientation;
      layout.paperSize = 'A4';
      layout.zoom = zoom;
      layout.setPrintMargins('Inches', margins);
      if (titles) layout.setPrintTitleRows(titles);
      if (area) layout.setPrintArea(area);
      if (header || footer) {
        const hf = layout.headersFooters.defaultForAllPages;
        if (header) {
          hf.leftHeader = header.left;
          hf.centerHeader = header.center;
          hf.rightHeader = header.right;
        }
        if (footer) {
          hf.leftFooter = footer.left;
          hf.centerFooter = footer.center;
          hf.rightFooter = footer.right;
        }
      }
    },
  );
  for (const r of [...new Set(print.breaks)].sort((x, y) => x - y)) {
    const at = a1(r, 0);
    add(
      (p) => p.property('horizontalPageBreaks').object('add', [at]),
      (ws) => {
        ws.horizontalPageBreaks.add(at);
      },
    );
  }
  return pieces;
}

/** Names for the new sheets while they are written: hidden, and taken by no sheet of the workbook. */
function temporaryNames(count: number, taken: Set<string>): string[] {
  for (let k = 1; ; k++) {
    const names = Array.from({ length: count }, (_, i) => `${TEMP_SHEET_PREFIX} ${k}.${i + 1}`);
    if (names.every((n) => !taken.has(lower(n)))) return names;
  }
}

/** Bytes every write request carries besides its pieces: the workbook, its worksheets and the calculation call. */
const REQUEST_BASE_BYTES =
  ENVELOPE_BYTES + pathBytes({ id: PLANNING_ID, kind: 'global', name: '' }) + planned((p) => p.property('worksheets').property('application').call('suspendApiCalculationUntilNextSync'));
/** Reaching a sheet in a request: worksheets.getItem(name). */
const sheetBytes = (name: string) => planned((p) => p.object('getItem', [name]));

/**
 * Draws a ReportSpec into new sheets of the open workbook, and replaces the old report (`replace`) only once the
 * new one is complete. Deleting a sheet cannot be undone, and clears the user's undo stack (Worksheet.delete
 * supports no undo: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), so:
 * - the new sheets are written hidden, under temporary names ("~cchc 1.1"…);
 * - every request is planned by its size as office.js sends it (request-size.ts) — values, formats, styles,
 *   merges, widths, heights, hyperlinks, frozen panes, charts: every call counts — and kept under
 *   REQUEST_BUDGET_BYTES, under Excel on the web's 5 MB; a request Excel still refuses
 *   (RequestPayloadSizeLimitExceeded) is split and sent again ("Split the operation into smaller pieces" —
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * - only the last request deletes the old report, shows and renames the new sheets and recalculates;
 * - if any request fails, the new sheets are removed while the old report is still whole, and the error
 *   (ReportWriteError) says what the workbook holds.
 * Calculation is suspended while the sheets are written and recalculated in the last request:
 * suspendApiCalculationUntilNextSync — "Once set, it is the developer's responsibility to re-calc the workbook"
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
 * Syncs: 1 to learn the sheet names, 1 per ~4 MB of the report, 1 to replace — three for an ordinary report.
 */
export async function writeReport(host: ExcelHost, spec: ReportSpec, opts: WriteReportOptions = {}): Promise<WriteReportResult> {
  // Formats by areas: up to 150 areas a call keeps one getRanges() address short (Excel caps address strings).
  const areaFormats: AreaFormats = host.supports('1.9')
    ? { method: 'getRanges', perCall: 150, format: (ws, address) => ws.getRanges(address).format as unknown as Excel.RangeFormat }
    : { method: 'getRange', perCall: 1, format: (ws, address) => ws.getRange(address).format };
  // How text that begins with "=", "+", "-" or "@" stays text. Range.values takes such a string as a formula
  // ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value
  // as a formula" — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
  // With ExcelApi 1.16, Range.valuesAsJson writes typed StringCellValues: documented, nothing to interpret.
  // Before 1.16 the block's number format is set to "@" (Text) first and the values written after, in the same
  // request: the Office.js docs do not say what a value written into a Text cell becomes; Excel keeps what is
  // entered into a Text-formatted cell as text, formulas included ("Excel, however, may simply display "=B3" in
  // the cell… the cell… was previously formatted as text" — https://excelribbon.tips.net/T003308), and Range.values
  // follows the entry rules (the formula rule above). Report cells are never edited by us afterwards.
  const typedText = host.supports('1.16');
  const writer: ValueWriter = typedText
    ? {
        property: 'valuesAsJson',
        cells: (rows) => rows.map((r) => r.map(typedValue)),
        write: (block, cells) => {
          block.valuesAsJson = cells as Excel.CellValue[][];
        },
      }
    : {
        property: 'values',
        cells: (rows) => rows,
        write: (block, cells) => {
          block.values = cells;
        },
      };
  // The print set-up needs Worksheet.pageLayout (ExcelApi 1.9); below it the sheets print as Excel's defaults.
  const pageLayout = host.supports('1.9');
  const progress = opts.onProgress ?? (() => undefined);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    progress(0.1, 'prepare');

    // Sheets are told apart by id after a failure: a name may have moved from the old report to the new one.
    const existing = sheets.items.map((s) => ({ name: s.name, id: s.id }));
    const taken = new Set(existing.map((s) => lower(s.name)));
    const replace = existing.filter((s) => (opts.replace ?? []).some((n) => lower(n) === lower(s.name)));
    const finals = spec.sheets.map((s) => s.name);
    for (const f of finals) taken.add(lower(f));
    const temps = temporaryNames(spec.sheets.length, taken);

    const pieces: Piece[] = [
      ...temps.map((name) => ({
        sheet: -1,
        bytes: planned((p) => p.object('add', [name]).set('visibility', 'Hidden')),
        run: () => {
          sheets.add(name).visibility = 'Hidden';
        },
      })),
      ...spec.sheets.flatMap((sheet, i) => [...sheetPieces(sheet, i, writer, areaFormats), ...(pageLayout ? printPieces(sheet, i) : [])]),
    ];
    const stats: WriteStats = { plannedBytes: [], retries: 0 };
    try {
      await sendPieces(context, pieces, temps, stats, (f) => progress(0.1 + 0.75 * f, 'write'));

      // The last request: show the new sheets, delete the old report, give the new sheets their names.
      progress(0.85, 'commit');
      const last = planned((p) => {
        for (const n of replace) p.object('getItem', [n.name]).call('delete');
        temps.forEach((t, i) => p.object('getItem', [t]).set('visibility', 'Visible').set('name', finals[i]));
        p.call('activate').call('calculate', ['Recalculate']);
      });
      const fresh = temps.map((t) => sheets.getItem(t));
      for (const ws of fresh) ws.visibility = 'Visible';
      for (const n of replace) sheets.getItem(n.name).delete();
      fresh.forEach((ws, i) => (ws.name = finals[i]));
      fresh[0].activate();
      context.application.calculate('Recalculate');
      await context.sync();
      stats.plannedBytes.push(REQUEST_BASE_BYTES + last);
      progress(1, 'reveal');
      return { sheets: finals, stats };
    } catch (e) {
      throw new ReportWriteError(e, await afterFailure(context, existing, replace));
    }
  });
}

/**
 * Sends the pieces in as few requests as fit under the budget, each with calculation suspended. A request Excel
 * refuses as too large is planned again at half its size; one piece alone refused is a failure.
 */
async function sendPieces(context: Excel.RequestContext, pieces: Piece[], temps: string[], stats: WriteStats, progress: (f: number) => void): Promise<void> {
  const sheets = context.workbook.worksheets;
  let budget = REQUEST_BUDGET_BYTES;
  let next = 0;
  while (next < pieces.length) {
    let bytes = REQUEST_BASE_BYTES;
    const counted = new Set<number>();
    let end = next;
    for (; end < pieces.length; end++) {
      const piece = pieces[end];
      const extra = piece.bytes + (piece.sheet >= 0 && !counted.has(piece.sheet) ? sheetBytes(temps[piece.sheet]) : 0);
      if (end > next && bytes + extra > budget) break;
      bytes += extra;
      counted.add(piece.sheet);
    }
    context.application.suspendApiCalculationUntilNextSync();
    // Each sheet is reached once a request, just before its first piece (after the piece that adds it).
    const reached = new Map<number, Excel.Worksheet>();
    for (let i = next; i < end; i++) {
      const s = pieces[i].sheet;
      if (s >= 0 && !reached.has(s)) reached.set(s, sheets.getItem(temps[s]));
      pieces[i].run(reached.get(s) as Excel.Worksheet);
    }
    try {
      // One request per budget's worth of the report, each under the 5 MB limit (see writeReport).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) !== 'RequestPayloadSizeLimitExceeded' || end - next <= 1 || stats.retries >= MAX_RETRIES) throw e;
      stats.retries++;
      budget = Math.floor(bytes / 2);
      continue;
    }
    stats.plannedBytes.push(bytes);
    next = end;
    progress(next / pieces.length);
  }
}

/**
 * After a failed request: reads the sheets again to learn what happened, telling them apart by id. While the old
 * report is whole, the new sheets are removed (nothing of the user's changed). If the last request had already
 * deleted part of the old report, the new one is kept and shown, so the user still has a report.
 */
async function afterFailure(context: Excel.RequestContext, before: Array<{ name: string; id: string }>, replace: Array<{ name: string; id: string }>): Promise<WriteOutcome> {
  const sheets = context.workbook.worksheets;
  const read = async (): Promise<Array<{ name: string; id: string }> | null> => {
    try {
      sheets.load('items/name,items/id');
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, id: s.id }));
    } catch {
      return null;
    }
  };
  const now = await read();
  if (!now) return { removed: [], kept: [], leftover: [], unknown: true };
  const had = new Set(before.map((s) => s.id));
  const present = new Set(now.map((s) => s.id));
  const removed = replace.filter((s) => !present.has(s.id)).map((s) => s.name);
  const ours = now.filter((s) => !had.has(s.id)).map((s) => s.name);
  try {
    if (removed.length === 0) for (const n of ours) sheets.getItem(n).delete();
    else for (const n of ours) sheets.getItem(n).visibility = 'Visible';
    await context.sync();
  } catch {
    // Reported below from what the workbook holds.
  }
  if (removed.length > 0) return { removed, kept: ours, leftover: [], unknown: false };
  const after = await read();
  if (!after) return { removed: [], kept: [], leftover: ours, unknown: true };
  return { removed: [], kept: [], leftover: after.filter((s) => !had.has(s.id)).map((s) => s.name), unknown: false };
}
