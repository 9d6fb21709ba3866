/// <reference types="office-js" />
import { cellAddress, columnLetters, isoToExcelSerialTime, type CellSpec, type ReportSpec, type SheetSpec, type Style } from '../../core';
import { jsonBytes, REQUEST_BUDGET_BYTES, type ExcelHost } from './types';

export type WriteReportOptions = {
  /** Report sheets from an earlier run to delete first (the user agreed to replace them). */
  replace?: readonly string[];
  /** Called between steps, for the pane's progress bar (0–1). */
  onProgress?: (fraction: number, step: 'prepare' | 'write' | 'reveal') => void;
};

export type WriteReportResult = { sheets: string[] };

/** Points per character of column width (Times New Roman 12, as the report uses). */
const POINTS_PER_CHAR = 6.2;

const a1 = cellAddress;

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

/** Request bytes of a typed value: its basic value plus the JSON around it ({"type":"String","basicValue":…}). */
const typedBytes = (v: string | number) => jsonBytes(v) + 32;

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

function applyStyle(format: Excel.RangeFormat, s: Style) {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.size !== undefined) format.font.size = s.size;
  if (s.color) format.font.color = `#${s.color}`;
  if (s.underline) format.font.underline = 'Single';
  if (s.fill) format.fill.color = `#${s.fill}`;
  if (s.align) format.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right';
  if (s.valign) format.verticalAlignment = s.valign === 'top' ? 'Top' : s.valign === 'middle' ? 'Center' : 'Bottom';
  if (s.wrap) format.wrapText = true;
  if (s.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#000000';
    }
  }
}

/**
 * Draws a ReportSpec into new sheets of the open workbook. The sheets are written hidden and shown
 * only once complete; on failure they are deleted, so no half-written report is left behind.
 * Syncs: 1 to learn the sheet names, 1 per ~4 MB of cells (one for a normal report), 1 to reveal —
 * three for a report under 5 MB. Values and formats go by blocks, never cell by cell.
 */
export async function writeReport(host: ExcelHost, spec: ReportSpec, opts: WriteReportOptions = {}): Promise<WriteReportResult> {
  const rangeAreas = host.supports('1.9');
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
  const progress = opts.onProgress ?? (() => undefined);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    progress(0.1, 'prepare');

    const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const added: string[] = [];
    try {
      context.application.suspendApiCalculationUntilNextSync();
      for (const name of opts.replace ?? []) if (existing.has(name.toLowerCase())) sheets.getItem(name).delete();
      let budget = 0;
      const flushIfFull = async (bytes: number) => {
        if (budget + bytes > REQUEST_BUDGET_BYTES && budget > 0) {
          await context.sync();
          context.application.suspendApiCalculationUntilNextSync();
          budget = 0;
        }
        budget += bytes;
      };

      for (const sheet of spec.sheets) {
        const ws = sheets.add(sheet.name);
        added.push(sheet.name);
        ws.visibility = 'Hidden';
        const width = Math.max(sheet.widths.length, ...sheet.rows.map((r) => r.length));
        // Values and number formats by blocks of rows under the request budget.
        let top = 0;
        while (top < sheet.rows.length) {
          let bytes = 0;
          let bottom = top;
          const values: (string | number)[][] = [];
          const formats: string[][] = [];
          while (bottom < sheet.rows.length) {
            const row = sheet.rows[bottom];
            const v = Array.from({ length: width }, (_, c) => cellValue(row[c] ?? null));
            const f = Array.from({ length: width }, (_, c) => cellFormat(row[c] ?? null, sheet.styles));
            const rowBytes = v.reduce((n: number, x) => n + (typedText ? typedBytes(x) : jsonBytes(x)), 0) + f.reduce((n: number, x) => n + jsonBytes(x), 0);
            if (bytes + rowBytes > REQUEST_BUDGET_BYTES / 2 && values.length > 0) break;
            values.push(v);
            formats.push(f);
            bytes += rowBytes;
            bottom++;
          }
          await flushIfFull(bytes);
          const block = ws.getRangeByIndexes(top, 0, values.length, width);
          // Number formats first: a text cell is "@" before its value arrives (see typedText above).
          block.numberFormat = formats;
          if (typedText) block.valuesAsJson = values.map((row) => row.map(typedValue));
          else block.values = values;
          top = bottom;
        }
        progress(0.3, 'write');

        const runs = styleRuns(sheet);
        for (const [key, areas] of runs) {
          const style = sheet.styles[key];
          if (!style) continue;
          await flushIfFull(areas.join(',').length + 200);
          if (rangeAreas) for (const part of chunks(areas, 150)) applyStyle(ws.getRanges(part.join(',')).format as unknown as Excel.RangeFormat, style);
          else for (const area of areas) applyStyle(ws.getRange(area).format, style);
        }
        for (const m of sheet.merges) ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
        sheet.widths.forEach((w, c) => {
          ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = Math.round(w * POINTS_PER_CHAR);
        });
        for (const [r, h] of Object.entries(sheet.heights)) ws.getRange(`${Number(r) + 1}:${Number(r) + 1}`).format.rowHeight = h;
        sheet.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell?.link) return;
            const l = cell.link;
            const text = cell.content.t === 'text' ? cell.content.v : undefined;
            ws.getRange(a1(r, c)).hyperlink =
              l.kind === 'internal'
                ? { documentReference: `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`, textToDisplay: text }
                : { address: `${l.file}#'${l.sheet.replace(/'/g, "''")}'!${l.cell}`, textToDisplay: text };
          }),
        );
        if (sheet.frozen.rows > 0) ws.freezePanes.freezeRows(sheet.frozen.rows);
        for (const chart of sheet.charts) {
          const first = chart.series[0];
          if (!first) continue;
          const type = chart.type === 'bar' ? (chart.grouping === 'stacked' ? 'BarStacked' : 'BarClustered') : chart.grouping === 'stacked' ? 'ColumnStacked' : 'ColumnClustered';
          const v = first.values;
          const c = ws.charts.add(type, ws.getRange(`${a1(v.top, v.left)}:${a1(v.bottom, v.left)}`), 'Columns');
          c.title.text = chart.title;
          c.legend.position = 'Bottom';
          const cats = ws.getRange(`${a1(chart.categories.top, chart.categories.left)}:${a1(chart.categories.bottom, chart.categories.right)}`);
          chart.series.forEach((s, i) => {
            const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
            series.name = s.name;
            if (i > 0) series.setValues(ws.getRange(`${a1(s.values.top, s.values.left)}:${a1(s.values.bottom, s.values.right)}`));
            series.setXAxisValues(cats);
            if (s.color) series.format.fill.setSolidColor(`#${s.color}`);
          });
          c.setPosition(a1(chart.anchor.top, chart.anchor.left), a1(chart.anchor.bottom, chart.anchor.right));
        }
      }
      await context.sync();
      progress(0.8, 'write');

      // Reveal only now: a report appears whole or not at all.
      for (const name of added) sheets.getItem(name).visibility = 'Visible';
      sheets.getItem(added[0]).activate();
      await context.sync();
      progress(1, 'reveal');
      return { sheets: added };
    } catch (e) {
      await removeSheets(context, added);
      throw e;
    }
  });
}

/** Deletes what this run added; never lets a failed clean-up hide the first error. */
async function removeSheets(context: Excel.RequestContext, names: string[]) {
  if (names.length === 0) return;
  try {
    for (const name of names) context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
  } catch {
    // The workbook may be read-only or the sheets never created; the original error is what matters.
  }
}
