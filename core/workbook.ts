import { z } from 'zod';
import { DEFAULT_AGENCIES } from './agencies/default-directory';
import { createDirectory, extendDirectory, type AgencyDirectory, type AgencyInput } from './agencies/directory';
import { isDirectorySheetName, readDirectorySheet } from './agencies/directory-sheet';
import { isIsoDate, type IsoDate } from './dates';
import { countFindings, FindingSchema, sortFindings, type Finding, type FindingStats } from './findings';
import { parseGrid, type Grid, type GridInput } from './grid/grid';
import { createSheetView, type SheetView } from './grid/view';
import { readIndexTables, validateIndexTables, type IndexTable } from './index-sheet';
import { readTaskSheet, type TaskSheet } from './task/read';
import { validateTaskSheet } from './task/validate';

export const SheetKindSchema = z.enum(['task', 'index', 'unknown']);
export type SheetKind = z.infer<typeof SheetKindSchema>;

export const ValidateOptionsSchema = z.object({
  asOf: z.string().refine(isIsoDate, 'asOf must be a date YYYY-MM-DD'),
  dueSoonDays: z.number().int().min(0).max(366).default(30),
  /** Extra agencies (on top of the default directory and any "Danh mục cơ quan" sheet). */
  agencies: z.array(z.any()).default([]),
  /** Only these sheets (by name); all when absent. */
  sheets: z.array(z.string()).optional(),
});
export type ValidateOptions = z.input<typeof ValidateOptionsSchema>;

export type SheetResult = {
  name: string;
  kind: SheetKind;
  /** Task rows or index components read. */
  rows: number;
  findings: Finding[];
  task?: TaskSheet;
  indexTables?: IndexTable[];
  /** The sheet is the agency directory ("Danh mục cơ quan"), read but not validated. */
  directory?: boolean;
};

export type WorkbookResult = {
  sheets: SheetResult[];
  stats: FindingStats;
  directory: AgencyDirectory;
};

/** The default directory, built once: every validation starts from it. */
let defaultDirectory: AgencyDirectory | null = null;
export function getDefaultDirectory(): AgencyDirectory {
  defaultDirectory ??= createDirectory(DEFAULT_AGENCIES);
  return defaultDirectory;
}

/** One sheet: a task table, index tables, or neither (kind "unknown", no findings). */
export function validateSheet(view: SheetView, directory: AgencyDirectory, opts: { asOf: IsoDate; dueSoonDays: number }): SheetResult {
  const task = readTaskSheet(view, { directory, defaultYear: Number(opts.asOf.slice(0, 4)) });
  if (task) {
    const findings = sortFindings(validateTaskSheet(task, opts));
    return { name: view.name, kind: 'task', rows: task.rows.length, findings, task };
  }
  const tables = readIndexTables(view);
  if (tables.length > 0) {
    const findings = sortFindings(validateIndexTables(tables, view));
    return { name: view.name, kind: 'index', rows: tables.reduce((n, t) => n + t.components.length, 0), findings, indexTables: tables };
  }
  return { name: view.name, kind: 'unknown', rows: 0, findings: [] };
}

/**
 * Validates every sheet of a workbook. A sheet named "Danh mục cơ quan" extends the agency
 * directory for the whole workbook before any sheet is checked. Never throws on sheet content;
 * options are checked with zod and a bad option is a programming error.
 */
export function validateWorkbook(grids: readonly (Grid | GridInput)[], options: ValidateOptions): WorkbookResult {
  const opts = ValidateOptionsSchema.parse(options);
  const parsed = grids.map((g) => parseGrid(g));
  let directory = extendDirectory(getDefaultDirectory(), opts.agencies as AgencyInput[]);
  const views = parsed.map((g) => ({ grid: g, view: createSheetView(g) }));
  for (const { grid, view } of views) if (isDirectorySheetName(grid.name)) directory = extendDirectory(directory, readDirectorySheet(view));

  const sheets: SheetResult[] = [];
  for (const { grid, view } of views) {
    if (opts.sheets && !opts.sheets.includes(grid.name)) continue;
    if (isDirectorySheetName(grid.name)) {
      sheets.push({ name: grid.name, kind: 'unknown', rows: 0, findings: [], directory: true });
      continue;
    }
    sheets.push(validateSheet(view, directory, { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays }));
  }
  return { sheets, stats: countFindings(sheets.flatMap((s) => s.findings)), directory };
}

export const SheetReportSchema = z.object({
  name: z.string(),
  kind: SheetKindSchema,
  rows: z.number().int().nonnegative(),
  findings: z.array(FindingSchema),
});
