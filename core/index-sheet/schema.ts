import { z } from 'zod';
import { ScoreSchema } from '../parse/score';

/** Which value a column holds: the past result, the planned target, or the newest result. */
export const RoleSchema = z.enum(['baseline', 'target', 'latest']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;

export const ReasonSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** One value cell of a component: where it is, what it says, and what it was read as. */
export const EntrySchema = z.object({
  /** A1 address in the sheet. */
  cell: z.string(),
  /** 1-based, as Excel numbers them. */
  row: z.number().int().positive(),
  column: z.number().int().positive(),
  /** The text as displayed ("80.23%   (xếp thứ 45/63)"); '' for an empty cell. */
  text: z.string(),
  /** null when the cell is empty, says "-", or could not be read (then `error` says why). */
  score: ScoreSchema.nullable(),
  error: ReasonSchema.nullable(),
});
export type Entry = z.infer<typeof EntrySchema>;

const perRole = <T extends z.ZodTypeAny>(s: T) =>
  z.object({ baseline: s.optional(), target: s.optional(), latest: s.optional() });

export const ComponentSchema = z.object({
  /** As numbered in the sheet without a trailing dot: "4", "4.4"; '' for the total row. */
  number: z.string(),
  name: z.string(),
  /** 1 for "4", 2 for "4.4"; 0 for the total. */
  level: z.number().int().nonnegative(),
  isTotal: z.boolean(),
  /** The parent's number ("4" for "4.4"), null at the top level. */
  parent: z.string().nullable(),
  /** 1-based sheet row, and the address of the name cell. */
  row: z.number().int().positive(),
  cell: z.string(),
  /** The value cells; null when the table has no such column. */
  baseline: EntrySchema.nullable(),
  target: EntrySchema.nullable(),
  latest: EntrySchema.nullable(),
  /** Percentage and rank cells that go with a value ("Năm 2023 › Tỷ lệ (%)", "Chỉ tiêu › Vị trí xếp hạng"). */
  percent: perRole(EntrySchema),
  rank: perRole(EntrySchema),
  /** target − baseline and target − latest, when both are the same kind of value (same maximum). */
  gapTargetBaseline: z.number().nullable(),
  gapTargetLatest: z.number().nullable(),
});
export type Component = z.infer<typeof ComponentSchema>;

/** A column of the sheet: its header as written ("Năm 2023 › Điểm số" under a two-level header). */
export const ColumnRefSchema = z.object({
  header: z.string(),
  /** A1 address of the (lowest) header cell. */
  cell: z.string(),
  /** 1-based sheet column. */
  column: z.number().int().positive(),
});
export type ColumnRef = z.infer<typeof ColumnRefSchema>;

/** The columns under one header such as "Năm 2023": a value, and maybe a percentage and a rank. */
export const ColumnGroupSchema = z.object({
  header: z.string(),
  /** The year the header names ("Chỉ tiêu đến năm 2025" → 2025); read from the sheet, never assumed. */
  year: z.number().int().nullable(),
  cell: z.string(),
  value: ColumnRefSchema.optional(),
  percent: ColumnRefSchema.optional(),
  rank: ColumnRefSchema.optional(),
});
export type ColumnGroup = z.infer<typeof ColumnGroupSchema>;

export const IndexTableSchema = z.object({
  sheet: z.string(),
  /** "PAPI", "SIPAS", "PCI", "PAR INDEX", another acronym from the title, or the title's own text. */
  index: z.string(),
  title: z.string().nullable(),
  titleCell: z.string().nullable(),
  /** 1-based sheet rows: the (first) header row and the last component row. */
  headerRow: z.number().int().positive(),
  lastRow: z.number().int().positive(),
  columns: z.object({
    number: ColumnRefSchema.nullable(),
    name: ColumnRefSchema,
    baseline: ColumnGroupSchema.optional(),
    target: ColumnGroupSchema.optional(),
    latest: ColumnGroupSchema.optional(),
  }),
  components: z.array(ComponentSchema),
});
export type IndexTable = z.infer<typeof IndexTableSchema>;
