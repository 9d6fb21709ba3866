import { z } from 'zod';
import { daysBetween, type IsoDate } from '../dates';
import type { TaskRow } from './read';

/**
 * Where a task stands on a given day. The Government Office's four-way taxonomy (completed on time,
 * completed late, in progress within the deadline, overdue), "not started" where the sheet says so, and
 * three kinds of task without a single deadline, kept apart because a reviewer treats them differently:
 * recurring work ("Thường xuyên", "Hằng quý"), work timed by another document or an event ("Theo Kế
 * hoạch", "Theo quy định", "Khi có quy định…"), and a time cell that is empty or unreadable.
 */
export const ProgressSchema = z.enum(['completedOnTime', 'completedLate', 'inProgress', 'overdue', 'notStarted', 'recurring', 'conditional', 'noDeadline', 'unreported']);
export type Progress = z.infer<typeof ProgressSchema>;
/** The progress a returned row can have, in report order. */
export const PROGRESS: readonly Progress[] = ProgressSchema.options.filter((p) => p !== 'unreported');
/**
 * With the plan as the denominator, a plan task no return mentions is counted as its own class, "Chưa có báo cáo",
 * after the others (core/plan).
 */
export const PLAN_PROGRESS: readonly Progress[] = ProgressSchema.options;

/** What the progress was decided from: the status column, the completion-date column, or the time alone. */
export const BasisSchema = z.enum(['status', 'completion-date', 'deadline', 'no-report']);
export type Basis = z.infer<typeof BasisSchema>;

/** What the time cell says, as the report groups it. */
export const TimingSchema = z.enum(['dated', 'recurring', 'conditional', 'none']);
export type Timing = z.infer<typeof TimingSchema>;

export const PROGRESS_LABEL: Record<Progress, { vi: string; en: string }> = {
  completedOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' },
  completedLate: { vi: 'Hoàn thành trễ hạn', en: 'Completed late' },
  inProgress: { vi: 'Đang thực hiện (trong hạn)', en: 'In progress (within deadline)' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' },
  notStarted: { vi: 'Chưa thực hiện', en: 'Not started' },
  recurring: { vi: 'Thực hiện thường xuyên, định kỳ', en: 'Recurring (no single deadline)' },
  conditional: { vi: 'Theo kế hoạch, quy định hoặc khi phát sinh', en: 'Timed by a plan, a rule or an event' },
  noDeadline: { vi: 'Chưa ghi hoặc không đọc được thời hạn', en: 'No readable deadline' },
  unreported: { vi: 'Chưa có báo cáo', en: 'Not reported' },
};

export const BASIS_LABEL: Record<Basis, { vi: string; en: string }> = {
  status: { vi: 'Theo cột tình trạng', en: 'From the status column' },
  'completion-date': { vi: 'Theo ngày hoàn thành', en: 'From the completion date' },
  deadline: { vi: 'Theo thời hạn', en: 'From the deadline' },
  'no-report': { vi: 'Không có báo cáo (theo kế hoạch)', en: 'No report (from the plan)' },
};

export type RowProgress = {
  progress: Progress;
  basis: Basis;
  timing: Timing;
  /** The dated deadline, when the time cell names one. */
  deadline: IsoDate | null;
  /** Days past the deadline on the as-of date, for an overdue task. */
  daysOverdue: number | null;
  /** Reported done, but on a day after the as-of date: still open on that date. */
  doneAfterAsOf: boolean;
};

export function timingOf(row: TaskRow): Timing {
  switch (row.deadline?.kind) {
    case 'deadline':
      return 'dated';
    case 'recurring':
      return 'recurring';
    case 'conditional':
      return 'conditional';
    default:
      return 'none';
  }
}

const isDone = (row: TaskRow): boolean => row.status === 'done' || row.status === 'done-late';

/**
 * The one judge of a task's progress as of a date; validation and the report both ask it, so a task is
 * never overdue in one and fine in the other.
 * - A reported status wins over the deadline; a completion date decides on time or late against a dated
 *   deadline; without either the time cell decides.
 * - Due today is not expired: a deadline is the last day the work may be done on.
 * - Done on a day after the as-of date was still open on the as-of date.
 * - "Hoàn thành trễ hạn" (and "Trễ hạn" alone, as status columns write it) is done late.
 */
export function progressOf(row: TaskRow, asOf: IsoDate): RowProgress {
  const timing = timingOf(row);
  const deadline = row.deadline?.kind === 'deadline' ? row.deadline.date : null;
  const doneByAsOf = row.completedOn === null || row.completedOn <= asOf;
  const reportedDone = isDone(row) || (row.status === null && row.completedOn !== null);
  // One object shape for every outcome: this runs on every row, twice (validation and the report).
  const result = (progress: Progress, basis: Basis, daysOverdue: number | null): RowProgress => ({ progress, basis, timing, deadline, daysOverdue, doneAfterAsOf: reportedDone && !doneByAsOf });

  if (reportedDone && doneByAsOf) {
    const late = row.status === 'done-late' || (deadline !== null && row.completedOn !== null && row.completedOn > deadline);
    return result(late ? 'completedLate' : 'completedOnTime', isDone(row) ? 'status' : 'completion-date', null);
  }

  const basis: Basis = reportedDone || row.status === null ? (row.completedOn !== null ? 'completion-date' : 'deadline') : 'status';
  const overdueBy = deadline !== null && deadline < asOf ? daysBetween(deadline, asOf) : null;
  if (overdueBy !== null || row.status === 'overdue') return result('overdue', basis, overdueBy ?? 0);
  if (row.status === 'not-started') return result('notStarted', basis, null);
  if (timing === 'dated') return result('inProgress', basis, null);
  return result(timing === 'none' ? 'noDeadline' : timing, basis, null);
}

/** Completed (on time or late) as of the date. */
export function isCompleted(p: Pick<RowProgress, 'progress'>): boolean {
  return p.progress === 'completedOnTime' || p.progress === 'completedLate';
}

/** Open, not overdue, and due within `days` of the as-of date (due today included). */
export function isDueSoon(p: Pick<RowProgress, 'progress' | 'deadline'>, asOf: IsoDate, days: number): boolean {
  if (p.deadline === null || isCompleted(p) || p.progress === 'overdue' || p.deadline < asOf) return false;
  return daysBetween(asOf, p.deadline) <= days;
}
