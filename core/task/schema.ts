import { z } from 'zod';
import { CellValueSchema } from '../grid/grid';
import { BudgetSchema } from '../parse/budget';
import { ReportedStatusSchema } from '../parse/status';
import { TimeSpecSchema } from '../parse/time';
import { TaskFieldSchema } from './columns';

const ReasonSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** Where a field's value came from: its own cell, a merged area, the row above (merges lost), or the title. */
export const ViaSchema = z.enum(['own', 'merge', 'above', 'title']);

export const FieldValueSchema = z.object({
  /** Tidied text; null when the cell is empty after merges and inheritance. */
  text: z.string().nullable(),
  raw: CellValueSchema,
  /** This row's own cell in the column. */
  cell: z.string(),
  /** The cell the value was read from. */
  source: z.string(),
  via: ViaSchema.nullable(),
});
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const AgencyRefSchema = z.object({
  text: z.string(),
  agency: z.object({ name: z.string(), aliases: z.array(z.string()), kind: z.enum(['agency', 'group']), mergedInto: z.string().optional() }).nullable(),
  generic: z.boolean(),
  suggestion: z.string().optional(),
});

export const TaskRowSchema = z.object({
  sheet: z.string(),
  /** 1-based row in the sheet. */
  row: z.number().int().positive(),
  /** Item number as written ("3.1", "a)", "1"), from the STT column or the activity text. */
  number: z.string().nullable(),
  /** The field the number is written in: the STT cell, or the activity's or task's own text; null without one. */
  numberIn: z.enum(['number', 'activity', 'task']).nullable(),
  /** Which table of the sheet the row is in: 0, or 1, 2… for appendices stacked under a repeated header. */
  table: z.number().int().nonnegative(),
  /** Top-level section (reform area), e.g. "CẢI CÁCH THỂ CHẾ", and its numeral; or the index the title names. */
  area: z.string().nullable(),
  areaNumber: z.string().nullable(),
  /** The nearest section heading (equal to area when there is one level). */
  section: z.string().nullable(),
  fields: z.partialRecord(TaskFieldSchema, FieldValueSchema),
  /** The row's main text: activity, else task, else goal. */
  title: z.string().nullable(),
  lead: z.array(AgencyRefSchema),
  coordinating: z.array(AgencyRefSchema),
  /**
   * Lead and coordinating cells written as paragraphs that pair up line by line ("Sở Tài chính" leads
   * line 1 with the others coordinating, the others lead line 2 with Sở Tài chính coordinating, seed 000
   * 6 c): each pair, or null when the cells are not written so.
   */
  agencyPairs: z.array(z.object({ lead: z.array(AgencyRefSchema), coordinating: z.array(AgencyRefSchema) })).nullable(),
  deadline: TimeSpecSchema.nullable(),
  deadlineReason: ReasonSchema.nullable(),
  budget: BudgetSchema.nullable(),
  budgetReason: ReasonSchema.nullable(),
  status: ReportedStatusSchema.nullable(),
  statusReason: ReasonSchema.nullable(),
  completedOn: z.string().nullable(),
  completedOnReason: ReasonSchema.nullable(),
  /** Cells of the row holding Excel errors (#REF!, #N/A…). */
  cellErrors: z.array(z.object({ cell: z.string(), column: z.number().int().positive(), value: z.string(), field: TaskFieldSchema.nullable() })),
});
export type TaskRow = z.infer<typeof TaskRowSchema>;

export const ColumnSchema = z.object({ col: z.number().int().nonnegative(), header: z.string(), cell: z.string() });

export const TaskSheetSchema = z.object({
  sheet: z.string(),
  layout: z.enum(['nine-column', 'five-column', 'per-agency', 'custom']),
  /** 1-based header row. */
  headerRow: z.number().int().positive(),
  firstDataRow: z.number().int().positive(),
  columns: z.partialRecord(TaskFieldSchema, ColumnSchema),
  /** The lead named in the title rows ("… THUỘC TRÁCH NHIỆM … CỦA SỞ NỘI VỤ"), for a table without a lead column. */
  titleLead: z.object({ text: z.string(), cell: z.string() }).nullable(),
  /** The one index the title names ("… CÁC CHỈ SỐ PCI"), the area of rows under no section. */
  titleArea: z.string().nullable(),
  /** The plan's year from the title ("… NĂM 2022"), used for "Quý III" without a year. */
  planYear: z.number().int().nullable(),
  title: z.string().nullable(),
  rows: z.array(TaskRowSchema),
});
export type TaskSheet = z.infer<typeof TaskSheetSchema>;
