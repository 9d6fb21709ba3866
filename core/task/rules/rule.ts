import type { IsoDate } from '../../dates';
import { clipText, type Message, type Severity } from '../../findings';
import type { TaskField } from '../columns';
import type { RowProgress } from '../progress';
import type { TaskRow, TaskSheet } from '../read';

/** What a rule reports about one cell; the registry adds the code and severity. */
export type RuleHit = {
  cell: string;
  /** The column the cell is under (its header goes into the finding), or null for a title cell. */
  field: TaskField | null;
  value: string | null;
  message: Message;
  suggestion?: string;
};

/** What every rule may know about the row being checked, computed once per row. */
export type RowContext = {
  sheet: TaskSheet;
  asOf: IsoDate;
  dueSoonDays: number;
  /** The row's progress as of the date, from the one judge (progressOf). */
  progress: RowProgress;
  /** Fields whose cell holds an Excel error: other rules stay quiet there (cell-error speaks). */
  errored: ReadonlySet<TaskField | null>;
  /** The row's main text column: activity where the layout has one, else task. */
  textField: TaskField | null;
  /** The row's own cell in a column, or its first cell when the layout has no such column. */
  cellOf(field: TaskField): string;
  /** True the first time a key is seen in this sheet: one finding per merged cell, not per row under it. */
  once(key: string): boolean;
};

export type RowCheck = (row: TaskRow, ctx: RowContext) => RuleHit | RuleHit[] | null;

/**
 * One finding code: what it is called, how bad it is, what it means, and its check. A rule that needs
 * memory across rows (duplicate numbers) makes it in `forSheet`, fresh for every sheet.
 */
export type TaskRule = {
  code: string;
  severity: Severity;
  /** A few words, for the report's findings table. */
  label: Message;
  /** One line, for the README's table of codes. */
  meaning: Message;
  forSheet(sheet: TaskSheet): RowCheck;
};

/** A rule without memory across rows. */
export function rowRule(meta: Omit<TaskRule, 'forSheet'>, check: RowCheck): TaskRule {
  return { ...meta, forSheet: () => check };
}

/** A cell's text quoted in a message, cut to 80 characters (a 10 000-character cell stays readable). */
export const quote = (s: string): string => `“${clipText(s, 80)}”`;
