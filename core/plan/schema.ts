import { z } from 'zod';
import { ProgressSchema } from '../task/progress';

/**
 * What the report adds when it holds the returns against the plan (`plan`) and against the last period's report
 * (`changes`). Separate from consolidate.ts so it can be read on its own; optional fields of the summary model.
 */

const CellRefSchema = z.object({ file: z.string(), sheet: z.string(), cell: z.string() });

export const MatchBySchema = z.enum(['key', 'number', 'text']);
export type MatchBy = z.infer<typeof MatchBySchema>;

export const PlanSummarySchema = z.object({
  /** The plan's file name. */
  file: z.string(),
  title: z.string().nullable(),
  /** Tasks in the plan; reported: those at least one returned row matches. */
  total: z.number().int(),
  reported: z.number().int(),
  unreported: z.array(
    z.object({
      number: z.string().nullable(),
      title: z.string(),
      /** The leads, joined with "; ". */
      lead: z.string(),
      leads: z.array(z.string()),
      area: z.string(),
      section: z.string().nullable(),
      deadline: z.string().nullable(),
      deadlineText: z.string().nullable(),
      key: z.string(),
      source: CellRefSchema,
    }),
  ),
  /** Agencies with tasks in the plan to whom no returned file is attributed. */
  silentAgencies: z.array(z.string()),
  /** Returned rows that match no plan task (counted in the totals, as reported). */
  notInPlan: z.array(CellRefSchema.extend({ title: z.string(), leads: z.array(z.string()) })),
  /** Returned rows by how they found their plan task. */
  matched: z.object({ key: z.number().int(), number: z.number().int(), text: z.number().int() }),
  /** The rows that needed their text to be matched: where, what, and the plan task found. */
  matchedByText: z.array(CellRefSchema.extend({ title: z.string(), planNumber: z.string().nullable(), planTitle: z.string(), planKey: z.string() })),
  /** Per reporting agency of the plan: its tasks, how many have a report, and the files attributed to it. */
  byAgency: z.array(z.object({ agency: z.string(), tasks: z.number().int(), reported: z.number().int(), unreported: z.number().int(), files: z.array(z.string()) })),
  /**
   * Each returned file with task rows, and whose return it is: the agency its form was made for ("form"), or the
   * leads of its matched rows ("leads": those leading all of them, else at least half, else all; an agency before
   * a group when they tie).
   */
  returns: z.array(z.object({ file: z.string(), agencies: z.array(z.string()), by: z.enum(['form', 'leads', 'none']), rows: z.number().int(), matched: z.number().int() })),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/** A task in a change list: what it is, who leads it, where it is now (or was, when it is gone). */
const ChangedTaskSchema = z.object({
  /** The plan task's key; null for a task the plan does not have. */
  key: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string(),
  leads: z.array(z.string()),
  area: z.string(),
  progress: ProgressSchema.nullable(),
  previousProgress: ProgressSchema.nullable(),
  source: CellRefSchema.nullable(),
});

export const ChangesSchema = z.object({
  /** The last report: its file, period title and as-of date as it states them, and how many tasks it held. */
  previous: z.object({ file: z.string(), title: z.string().nullable(), asOf: z.string().nullable(), tasks: z.number().int() }),
  /** How the tasks were found in the last report (rows matched by key, by number, by text). */
  matched: z.object({ key: z.number().int(), number: z.number().int(), text: z.number().int() }),
  /** Completed now, not completed (or not reported) at the last report. */
  newlyCompleted: z.array(ChangedTaskSchema.extend({ completedOn: z.string().nullable() })),
  /** Overdue now; neither overdue nor completed at the last report. */
  newlyOverdue: z.array(ChangedTaskSchema.extend({ daysOverdue: z.number().int().nullable() })),
  /** Overdue then and now, with the days at both dates. */
  stillOverdue: z.array(ChangedTaskSchema.extend({ daysOverdue: z.number().int().nullable(), previousDaysOverdue: z.number().int().nullable() })),
  /** Reported completed then, reported not completed now. */
  regressed: z.array(ChangedTaskSchema.extend({ statusText: z.string().nullable() })),
  /** The deadline read differs, or the time as written does. */
  deadlineChanged: z.array(
    ChangedTaskSchema.extend({ oldDeadline: z.string().nullable(), newDeadline: z.string().nullable(), oldDeadlineText: z.string().nullable(), newDeadlineText: z.string().nullable() }),
  ),
  added: z.array(ChangedTaskSchema),
  removed: z.array(ChangedTaskSchema),
  /** The last report's counts, for the change beside each total. */
  previousTotals: z.record(z.string(), z.number()),
  /** Columns the last report lacked, and what could not be compared for it (vi/en). */
  notes: z.array(z.object({ vi: z.string(), en: z.string() })),
});
export type Changes = z.infer<typeof ChangesSchema>;
