import { z } from 'zod';

/**
 * A sheet described as data, so one layout can be drawn by any host: ExcelJS for the CLI, the
 * Office.js adapter in the add-in. Rows and columns are 0-based here; renderers add 1.
 */

export const LinkSchema = z.discriminatedUnion('kind', [
  /** A cell in the same workbook (the add-in's report sheet beside its sources, or another report sheet). */
  z.object({ kind: z.literal('internal'), sheet: z.string(), cell: z.string() }),
  /** A cell in another workbook file, by path relative to the report. */
  z.object({ kind: z.literal('external'), file: z.string(), sheet: z.string(), cell: z.string() }),
]);
export type Link = z.infer<typeof LinkSchema>;

/** Cell values by what they are, so no renderer has to guess: text is never a formula, dates are dates. */
export const CellContentSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('text'), v: z.string() }),
  z.object({ t: z.literal('number'), v: z.number() }),
  /** ISO date (YYYY-MM-DD), written as a real Excel date. */
  z.object({ t: z.literal('date'), v: z.string() }),
  /** ISO date and time (YYYY-MM-DDTHH:MM), written as a real Excel date-time. */
  z.object({ t: z.literal('datetime'), v: z.string() }),
  z.object({ t: z.literal('empty') }),
]);
export type CellContent = z.infer<typeof CellContentSchema>;

export const StyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  size: z.number().optional(),
  /** RGB hex without #, e.g. "1F4E79". */
  color: z.string().optional(),
  fill: z.string().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  valign: z.enum(['top', 'middle', 'bottom']).optional(),
  wrap: z.boolean().optional(),
  border: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** Excel number format: "#,##0", "0.0%", "dd/mm/yyyy". */
  numFmt: z.string().optional(),
  /**
   * Whether the cell is locked when its sheet is protected (Excel's default: locked). False for the cells a
   * form leaves to fill in.
   */
  locked: z.boolean().optional(),
});
export type Style = z.infer<typeof StyleSchema>;

export const CellSpecSchema = z.object({
  content: CellContentSchema,
  /** A key into the sheet's styles. */
  style: z.string().optional(),
  link: LinkSchema.optional(),
});
export type CellSpec = z.infer<typeof CellSpecSchema>;

export const RangeSchema = z.object({ top: z.number().int(), left: z.number().int(), bottom: z.number().int(), right: z.number().int() });
export type Range = z.infer<typeof RangeSchema>;

export const ChartSpecSchema = z.object({
  type: z.enum(['bar', 'column']),
  /** Bars side by side, or stacked to the category's total. */
  grouping: z.enum(['clustered', 'stacked']),
  title: z.string(),
  /** Category labels: one column of cells. */
  categories: RangeSchema,
  /** Each series: its name and one column of values, as many rows as the categories. */
  series: z.array(
    z.object({
      name: z.string(),
      values: RangeSchema,
      color: z.string().optional(),
      /**
       * A DrawingML preset pattern ("dkDnDiag", "smGrid", …) drawn in the colour on white, so the series are told
       * apart when printed in black and white; solid colour when absent.
       */
      pattern: z.string().optional(),
    }),
  ),
  /** Where the chart sits: from the top-left cell to the bottom-right cell. */
  anchor: RangeSchema,
});
export type ChartSpec = z.infer<typeof ChartSpecSchema>;

/**
 * How a sheet prints, as data: every renderer writes the same setup (the CLI's writer into the file, the add-in
 * through Worksheet.pageLayout where the host has it). A4 always.
 */
export const PrintSetupSchema = z.object({
  /**
   * Percent the sheet is printed at, chosen so its columns fit one page wide and its smallest text stays at 9 pt or
   * more; never "fit to width", which shrinks a wide sheet below that.
   */
  scale: z.number().int().min(10).max(400),
  /** Rows repeated at the top of every printed page (print titles). */
  titleRows: z.object({ top: z.number().int().nonnegative(), bottom: z.number().int().nonnegative() }).optional(),
  /** The columns printed (all rows), when not all are: the detail sheet leaves its source column off paper. */
  columns: z.object({ left: z.number().int().nonnegative(), right: z.number().int().nonnegative() }).optional(),
  /** Rows that start a new printed page (a chart kept whole on one page). */
  breaks: z.array(z.number().int().positive()).default([]),
  /** Header and footer in Excel's codes: "&CTrang &P/&N". */
  header: z.string().optional(),
  footer: z.string().optional(),
  /** Margins in inches. */
  margins: z.object({ left: z.number(), right: z.number(), top: z.number(), bottom: z.number(), header: z.number(), footer: z.number() }),
});
export type PrintSetup = z.infer<typeof PrintSetupSchema>;

/** What a data validation says when a cell is selected (prompt) and when a value is refused (error). */
const ValidationTextSchema = z.object({ title: z.string().max(32), text: z.string().max(255) });

/**
 * A data validation over some ranges: a drop-down list of texts, or a date between two days. Values outside it
 * are refused with the error text; empty cells are allowed.
 */
export const ValidationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('list'), ranges: z.array(RangeSchema).min(1), values: z.array(z.string()).min(1), prompt: ValidationTextSchema.optional(), error: ValidationTextSchema.optional() }),
  /** ISO dates, both included. */
  z.object({ type: z.literal('date'), ranges: z.array(RangeSchema).min(1), min: z.string(), max: z.string(), prompt: ValidationTextSchema.optional(), error: ValidationTextSchema.optional() }),
]);
export type Validation = z.infer<typeof ValidationSchema>;

/**
 * Sheet protection against accidental edits, without a password: only unlocked cells (Style.locked false) can be
 * changed; column widths and row heights stay adjustable unless said.
 */
export const ProtectionSchema = z.object({
  /** Column widths may be changed (default true). */
  formatColumns: z.boolean().optional(),
  /** Row heights may be changed (default true). */
  formatRows: z.boolean().optional(),
});
export type Protection = z.infer<typeof ProtectionSchema>;

export const SheetSpecSchema = z.object({
  name: z.string().max(31),
  /** Dense rows from row 0; null is an untouched cell. */
  rows: z.array(z.array(CellSpecSchema.nullable())),
  /** Row heights in points, by row index (only those set). */
  heights: z.record(z.string(), z.number()).default({}),
  /** Column widths in characters, left to right. */
  widths: z.array(z.number()),
  merges: z.array(RangeSchema),
  styles: z.record(z.string(), StyleSchema),
  /** Rows and columns frozen at the top and left. */
  frozen: z.object({ rows: z.number().int().nonnegative(), cols: z.number().int().nonnegative() }),
  charts: z.array(ChartSpecSchema),
  /** Landscape A4 (else portrait). */
  landscape: z.boolean().default(true),
  /** Scale, print titles, printed columns, page breaks, header and footer; without it, one page wide (fit to width). */
  print: PrintSetupSchema.optional(),
  /**
   * Texts written in their cells rather than in the workbook's shared-string table: for a sheet whose rows
   * are made as it is written (a province's detail sheet), so no table holds all its texts to the end.
   */
  inlineStrings: z.boolean().optional(),
  /** Data validations (drop-down lists, date checks). */
  validations: z.array(ValidationSchema).optional(),
  /** Protects the sheet: its locked cells cannot be changed. */
  protection: ProtectionSchema.optional(),
  /** Columns (0-based) hidden from view, their contents kept (a key a program reads back). */
  hiddenColumns: z.array(z.number().int().nonnegative()).optional(),
});
export type SheetSpec = z.infer<typeof SheetSpecSchema>;

export const ReportSpecSchema = z.object({
  /** The summary sheet first, then its detail sheets. */
  sheets: z.array(SheetSpecSchema).min(1),
});
export type ReportSpec = z.infer<typeof ReportSpecSchema>;

export const text = (v: string): CellContent => ({ t: 'text', v });
export const num = (v: number): CellContent => ({ t: 'number', v });
export const date = (v: string): CellContent => ({ t: 'date', v });
export const empty: CellContent = { t: 'empty' };
