/// <reference types="office-js" />
import type { CellValue, GridInput } from '../../core';
import { jsonBytes, officeErrorCode, REQUEST_BUDGET_BYTES, type ExcelHost } from './types';

export type ReadOptions = {
  /** Only these sheets; all visible and hidden sheets when absent. */
  sheets?: readonly string[];
};

export type ReadStats = {
  /** Requests that read values and texts (successful ones). */
  valueRequests: number;
  /** Requests Excel answered with ResponsePayloadSizeLimitExceeded, then split and sent again. */
  retries: number;
  /** The largest response we measured (values + texts as JSON, UTF-8), in bytes. */
  largestResponseBytes: number;
};

export type WorkbookSnapshot = {
  grids: GridInput[];
  /** Every sheet's name in tab order, and the active one. */
  sheetNames: string[];
  activeSheet: string;
  stats: ReadStats;
};

type Planned = { name: string; hidden: boolean; rowIndex: number; columnIndex: number; rows: number; cols: number; merges: string[] };

/**
 * Bytes per cell of a values + text response, before anything of the workbook has been measured. The sample
 * sheets (samples/src, the seeds' real tables) measure 27–214 bytes per cell in the in-memory host (JSON, UTF-8,
 * both properties); 256 is above all of them, so real-shaped sheets are read without a refused request.
 * Once a block has been read, its measured size replaces this for that sheet (and, as the best guess, for
 * sheets not read yet).
 */
export const PRIOR_BYTES_PER_CELL = 256;
/** Measured sizes are padded by a quarter: later rows of a sheet may hold longer text than earlier ones. */
const MEASURED_MARGIN = 1.25;
/** "A range is limited to 5,000,000 cells for read operations" (resource-limits page, Excel add-ins). */
const CELL_READ_LIMIT = 5_000_000;
/** A request refused for its size is split again at most this often before the read gives up. */
const MAX_RETRIES = 12;

/**
 * Reads the workbook's sheets as the core's grids: values, display texts and merged areas.
 * Sync 1: sheet names and the active sheet. Sync 2: each sheet's used range and merged areas.
 * Then the values and texts of every used range, in as few requests as fit under Excel on the web's 5 MB
 * response limit — one for an ordinary workbook. Requests are sized from what the sheets hold: an
 * estimate per cell before anything is read (PRIOR_BYTES_PER_CELL), then each sheet's measured size. If
 * Excel still answers ResponsePayloadSizeLimitExceeded, the request is split and sent again, never failed:
 * "If you expect user input will exceed these limits, check the data before calling context.sync(). Split the
 * operation into smaller pieces as needed" —
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export async function readWorkbook(host: ExcelHost, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const mergesSupported = host.supports('1.13');
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();

    const chosen = sheets.items.filter((ws) => !opts.sheets || opts.sheets.includes(ws.name));
    const usedRanges = () =>
      chosen.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(false);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        return { ws, range };
      });
    let used = usedRanges();
    let merges: string[][];
    if (mergesSupported) {
      // Range.getMergedAreasOrNullObject is ExcelApi 1.13; before it, Excel does not say which cells are merged.
      const atOnce = await mergedAreasAtOnce(context, used.map((u) => u.range));
      if (atOnce) merges = atOnce;
      else {
        // Excel refuses more than 512 merged areas in one call; only then, ask again piece by piece.
        used = usedRanges();
        await context.sync();
        merges = await mergedAreasInPieces(
          context,
          used.map(({ ws, range }) => (range.isNullObject ? null : { sheet: ws.name, top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, cols: range.columnCount })),
        );
      }
    } else {
      await context.sync();
      merges = used.map(() => []);
    }

    const plans: Planned[] = used.map(({ ws, range }, i) => ({
      name: ws.name,
      hidden: ws.visibility !== 'Visible',
      rowIndex: range.isNullObject ? 0 : range.rowIndex,
      columnIndex: range.isNullObject ? 0 : range.columnIndex,
      rows: range.isNullObject ? 0 : range.rowCount,
      cols: range.isNullObject ? 0 : range.columnCount,
      merges: merges[i] ?? [],
    }));
    const { data, stats } = await readCells(context, plans);
    const grids: GridInput[] = plans.map((plan, i) => ({
      name: plan.name,
      values: data[i].values,
      texts: data[i].texts,
      merges: plan.merges,
      // Where the used range starts (it need not be A1): the core adds it to every address it reports.
      origin: { row: plan.rowIndex, col: plan.columnIndex },
      hidden: plan.hidden,
    }));
    return { grids, sheetNames: sheets.items.map((s) => s.name), activeSheet: active.name, stats };
  });
}

type Block = { sheet: number; top: number; count: number; estimate: number; range?: Excel.Range };

/**
 * Values and texts of every planned sheet, in requests planned under REQUEST_BUDGET_BYTES from each sheet's
 * bytes per cell (estimated, then measured). A request refused with ResponsePayloadSizeLimitExceeded is planned
 * again with estimates twice as large, so it goes out in smaller pieces; rows already read are never read twice.
 */
async function readCells(context: Excel.RequestContext, plans: Planned[]): Promise<{ data: Array<{ values: CellValue[][]; texts: string[][] }>; stats: ReadStats }> {
  const data = plans.map(() => ({ values: [] as CellValue[][], texts: [] as string[][] }));
  const stats: ReadStats = { valueRequests: 0, retries: 0, largestResponseBytes: 0 };
  const next = plans.map(() => 0); // rows of each sheet read so far
  const measured: Array<number | undefined> = plans.map(() => undefined);
  let safety = 1; // doubled each time Excel refuses a response we thought would fit
  const perCell = (i: number) => {
    const known = measured[i] ?? Math.max(0, ...measured.filter((m): m is number => m !== undefined));
    return (known > 0 ? known * MEASURED_MARGIN : PRIOR_BYTES_PER_CELL) * safety;
  };

  for (;;) {
    const group = planGroup(plans, next, perCell);
    if (group.length === 0) break;
    for (const b of group) {
      const p = plans[b.sheet];
      b.range = context.workbook.worksheets.getItem(p.name).getRangeByIndexes(p.rowIndex + b.top, p.columnIndex, b.count, p.cols);
      b.range.load('values,text');
    }
    try {
      // One request per group, each under the 5 MB limit (see readWorkbook).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const rows = group.reduce((n, b) => n + b.count, 0);
      if (officeErrorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || rows <= 1 || stats.retries >= MAX_RETRIES) throw e;
      stats.retries++;
      safety *= 2;
      continue;
    }
    stats.valueRequests++;
    let response = 0;
    for (const b of group) {
      const values = b.range!.values;
      const texts = b.range!.text;
      let bytes = 0;
      for (const row of values) {
        const out: CellValue[] = [];
        for (const v of row) {
          bytes += jsonBytes(v);
          out.push(toCellValue(v));
        }
        data[b.sheet].values.push(out);
      }
      for (const row of texts) {
        const out: string[] = [];
        for (const t of row) {
          bytes += jsonBytes(t);
          out.push(String(t ?? ''));
        }
        data[b.sheet].texts.push(out);
      }
      response += bytes;
      const cells = b.count * plans[b.sheet].cols;
      measured[b.sheet] = Math.max(measured[b.sheet] ?? 0, bytes / cells);
      next[b.sheet] = b.top + b.count;
    }
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, response);
  }
  return { data, stats };
}

/** The next request: the following rows of each sheet in turn, while the estimate stays under the budget. */
function planGroup(plans: Planned[], next: number[], perCell: (sheet: number) => number): Block[] {
  const group: Block[] = [];
  let budget = REQUEST_BUDGET_BYTES;
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    if (p.rows === 0 || p.cols === 0 || next[i] >= p.rows) continue;
    const rowBytes = p.cols * perCell(i);
    let count = Math.min(p.rows - next[i], Math.floor(budget / rowBytes), Math.floor(CELL_READ_LIMIT / p.cols));
    if (count < 1) {
      if (group.length > 0) break;
      count = 1; // a row larger than the budget still has to be asked for, alone
    }
    group.push({ sheet: i, top: next[i], count, estimate: count * rowBytes });
    budget -= count * rowBytes;
    if (next[i] + count < p.rows) break; // this sheet continues in the next request
  }
  return group;
}

/**
 * Each used range's merged areas in the same request that loads the used ranges (sync 2), or null when Excel
 * refused it — then nothing of that request was loaded.
 */
async function mergedAreasAtOnce(context: Excel.RequestContext, ranges: Excel.Range[]): Promise<string[][] | null> {
  const merged = ranges.map((range) => range.getMergedAreasOrNullObject());
  for (const m of merged) m.load('areas/items/address');
  try {
    await context.sync();
  } catch {
    return null;
  }
  return merged.map((m) => (m.isNullObject ? [] : m.areas.items.map((a) => a.address)));
}

/** A rectangle of a sheet, by 0-based indexes. */
type Piece = { sheet: string; top: number; left: number; rows: number; cols: number };

/** First bands of rows: enough for the usual sheet (a few merged areas a row) in one more request. */
const MERGE_BAND_ROWS = 64;

/**
 * Merged areas of each sheet when one call over its used range was refused — Range.getMergedAreasOrNullObject
 * ([Api set: ExcelApi 1.13]): "if the merged areas count in this range is more than 512, then this method will
 * fail to return the result" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * Asks for bands of 64 rows of every sheet in one request; if that is refused too, the pieces are halved
 * (the set of pieces first, to find the refused one, then that piece: by rows, and by columns once it is a single
 * row), so no assumption about how many areas a row holds. An area reported by two pieces (the docs do not say
 * whether an area crossing a piece's edge is reported) is kept once.
 */
async function mergedAreasInPieces(context: Excel.RequestContext, ranges: Array<Piece | null>): Promise<string[][]> {
  const found = new Map<string, Set<string>>(ranges.filter((r): r is Piece => r !== null).map((r) => [r.sheet, new Set<string>()]));
  const bands = ranges.flatMap((r) =>
    r === null ? [] : Array.from({ length: Math.ceil(r.rows / MERGE_BAND_ROWS) }, (_, i) => ({ ...r, top: r.top + i * MERGE_BAND_ROWS, rows: Math.min(MERGE_BAND_ROWS, r.rows - i * MERGE_BAND_ROWS) })),
  );
  await mergedAreasOf(context, bands, found);
  return ranges.map((r) => (r === null ? [] : [...found.get(r.sheet)!]));
}

async function mergedAreasOf(context: Excel.RequestContext, pieces: Piece[], found: Map<string, Set<string>>): Promise<void> {
  if (pieces.length === 0) return;
  const asked = pieces.map((p) => {
    const areas = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.top, p.left, p.rows, p.cols).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    return areas;
  });
  try {
    await context.sync();
  } catch (e) {
    if (pieces.length > 1) {
      const half = Math.ceil(pieces.length / 2);
      await mergedAreasOf(context, pieces.slice(0, half), found);
      await mergedAreasOf(context, pieces.slice(half), found);
      return;
    }
    const [p] = pieces;
    if (p.rows === 1 && p.cols === 1) throw e; // not a count a single cell can reach: another error
    const halves: Piece[] =
      p.rows > 1
        ? [{ ...p, rows: Math.ceil(p.rows / 2) }, { ...p, top: p.top + Math.ceil(p.rows / 2), rows: p.rows - Math.ceil(p.rows / 2) }]
        : [{ ...p, cols: Math.ceil(p.cols / 2) }, { ...p, left: p.left + Math.ceil(p.cols / 2), cols: p.cols - Math.ceil(p.cols / 2) }];
    await mergedAreasOf(context, halves, found);
    return;
  }
  asked.forEach((areas, i) => {
    if (areas.isNullObject) return;
    for (const a of areas.areas.items) found.get(pieces[i].sheet)!.add(a.address);
  });
}

/** Office.js reports an empty cell as "", a number as a number; the core wants null for empty. */
function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}
