/// <reference types="office-js" />
import type { CellValue, GridInput } from '../../core';
import { REQUEST_BUDGET_BYTES, type ExcelHost } from './types';

export type ReadOptions = {
  /** Only these sheets; all visible and hidden sheets when absent. */
  sheets?: readonly string[];
};

export type WorkbookSnapshot = {
  grids: GridInput[];
  /** Every sheet's name in tab order, and the active one. */
  sheetNames: string[];
  activeSheet: string;
};

type Planned = { name: string; hidden: boolean; address: string | null; rowIndex: number; columnIndex: number; rows: number; cols: number; merges: string[] };

/** Rough bytes per cell of a values + text response, used to split huge sheets under the response limit. */
const BYTES_PER_CELL_ESTIMATE = 24;

/**
 * Reads the workbook's sheets as the core's grids: values, display texts and merged areas.
 * Sync 1: sheet names and the active sheet. Sync 2: each sheet's used range and merged areas.
 * Sync 3: values and texts of every used range at once — so three syncs whatever the number of
 * sheets; only a workbook whose cells would exceed the 5 MB response needs one more per 4 MB.
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
        range.load('address,rowIndex,columnIndex,rowCount,columnCount');
        return { ws, range };
      });
    let used = usedRanges();
    let merges: string[][];
    try {
      const merged = used.map(({ range }) => (mergesSupported ? range.getMergedAreasOrNullObject() : null));
      for (const m of merged) m?.load('areas/items/address');
      await context.sync();
      merges = merged.map((m) => (m && !m.isNullObject ? m.areas.items.map((a) => a.address) : []));
    } catch (e) {
      // Excel refuses more than 512 merged areas in one call; only then, ask again in row bands.
      if (!mergesSupported) throw e;
      used = usedRanges();
      await context.sync();
      merges = await mergedAreasInBands(context, used.map((u) => u.range));
    }

    const plans: Planned[] = used.map(({ ws, range }, i) => ({
      name: ws.name,
      hidden: ws.visibility !== 'Visible',
      address: range.isNullObject ? null : range.address,
      rowIndex: range.isNullObject ? 0 : range.rowIndex,
      columnIndex: range.isNullObject ? 0 : range.columnIndex,
      rows: range.isNullObject ? 0 : range.rowCount,
      cols: range.isNullObject ? 0 : range.columnCount,
      merges: merges[i] ?? [],
    }));

    // Blocks of rows to load, grouped into requests under the budget (normally one).
    type Block = { plan: Planned; top: number; count: number; range?: Excel.Range };
    const groups: Block[][] = [[]];
    let budget = 0;
    for (const plan of plans) {
      if (!plan.address || plan.rows === 0) continue;
      const rowBytes = Math.max(1, plan.cols) * BYTES_PER_CELL_ESTIMATE;
      const maxRows = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / rowBytes));
      for (let top = 0; top < plan.rows; top += maxRows) {
        const count = Math.min(maxRows, plan.rows - top);
        if (budget + count * rowBytes > REQUEST_BUDGET_BYTES && groups[groups.length - 1].length > 0) {
          groups.push([]);
          budget = 0;
        }
        groups[groups.length - 1].push({ plan, top, count });
        budget += count * rowBytes;
      }
    }
    const ws = (name: string) => context.workbook.worksheets.getItem(name);
    for (const group of groups) {
      if (group.length === 0) continue;
      for (const b of group) {
        b.range = ws(b.plan.name).getRangeByIndexes(b.plan.rowIndex + b.top, b.plan.columnIndex, b.count, b.plan.cols);
        b.range.load('values,text');
      }
      // One request per group under the 5 MB limit of Excel on the web (resource-limits-and-performance-optimization#excel-add-ins).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }

    const byPlan = new Map<Planned, { values: CellValue[][]; texts: string[][] }>();
    for (const b of groups.flat()) {
      const acc = byPlan.get(b.plan) ?? { values: [], texts: [] };
      for (const row of b.range!.values) acc.values.push(row.map(toCellValue));
      for (const row of b.range!.text) acc.texts.push(row.map((t) => String(t ?? '')));
      byPlan.set(b.plan, acc);
    }
    const grids: GridInput[] = plans.map((plan) => {
      const data = byPlan.get(plan);
      return {
        name: plan.name,
        values: data?.values ?? [],
        texts: data?.texts,
        merges: plan.merges,
        origin: { row: plan.rowIndex, col: plan.columnIndex },
        hidden: plan.hidden,
      };
    });
    return { grids, sheetNames: sheets.items.map((s) => s.name), activeSheet: active.name };
  });
}

/** Bands small enough that none holds more than 512 merged areas (8 per row at most in 64 rows). */
const MERGE_BAND_ROWS = 64;

/**
 * Merged areas band by band: getMergedAreasOrNullObject returns the areas whose top-left cell is in
 * the range, so bands never report one area twice. One sync for all bands of all sheets.
 */
async function mergedAreasInBands(context: Excel.RequestContext, ranges: Excel.Range[]): Promise<string[][]> {
  const perSheet = ranges.map((range) => {
    if (range.isNullObject) return [];
    const bands: Excel.RangeAreas[] = [];
    for (let top = 0; top < range.rowCount; top += MERGE_BAND_ROWS) {
      const band = range.getRow(top).getResizedRange(Math.min(MERGE_BAND_ROWS, range.rowCount - top) - 1, 0).getMergedAreasOrNullObject();
      band.load('areas/items/address');
      bands.push(band);
    }
    return bands;
  });
  await context.sync();
  return perSheet.map((bands) => bands.flatMap((b) => (b.isNullObject ? [] : b.areas.items.map((a) => a.address))));
}

/** Office.js reports an empty cell as "", a number as a number; the core wants null for empty. */
function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

