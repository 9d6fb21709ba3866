import { z } from 'zod';
import { daysBetween, type IsoDate } from '../dates';
import type { TaskRow } from '../task/read';

/**
 * The Government Office's four-way taxonomy (completed on time, completed late, in progress within
 * the deadline, overdue), plus "not started" where the sheet says so and "no fixed deadline".
 */
export const ProgressSchema = z.enum(['completedOnTime', 'completedLate', 'inProgress', 'overdue', 'notStarted', 'noDeadline']);
export type Progress = z.infer<typeof ProgressSchema>;
export const PROGRESS: readonly Progress[] = ProgressSchema.options;

/** What the status was decided from: the status column, the completion-date column, or the deadline alone. */
export const BasisSchema = z.enum(['status', 'completion-date', 'deadline']);
export type Basis = z.infer<typeof BasisSchema>;

export const PROGRESS_LABEL: Record<Progress, { vi: string; en: string }> = {
  completedOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' },
  completedLate: { vi: 'Hoàn thành trễ hạn', en: 'Completed late' },
  inProgress: { vi: 'Đang thực hiện (trong hạn)', en: 'In progress (within deadline)' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' },
  notStarted: { vi: 'Chưa thực hiện', en: 'Not started' },
  noDeadline: { vi: 'Không có thời hạn cố định', en: 'No fixed deadline' },
};

export const BASIS_LABEL: Record<Basis, { vi: string; en: string }> = {
  status: { vi: 'Theo cột tình trạng', en: 'From the status column' },
  'completion-date': { vi: 'Theo ngày hoàn thành', en: 'From the completion date' },
  deadline: { vi: 'Theo thời hạn', en: 'From the deadline' },
};

export type Classified = { progress: Progress; basis: Basis; deadline: IsoDate | null; daysOverdue: number | null };

/**
 * One status for a task row as of a date. A reported status wins over the deadline; a completion
 * date decides on time or late against a dated deadline; without either the deadline decides.
 */
export function classifyRow(row: TaskRow, asOf: IsoDate): Classified {
  const deadline = row.deadline?.kind === 'deadline' ? row.deadline.date : null;
  const overdueBy = deadline && deadline < asOf ? daysBetween(deadline, asOf) : null;
  const done = (basis: Basis): Classified => {
    const late = row.status === 'done-late' || (deadline !== null && row.completedOn !== null && row.completedOn > deadline);
    return { progress: late ? 'completedLate' : 'completedOnTime', basis, deadline, daysOverdue: null };
  };
  // A task reported done on a date after the as-of date was still open on that date.
  const doneByAsOf = row.completedOn === null || row.completedOn <= asOf;
  const reportedDone = row.status === 'done' || row.status === 'done-late';
  if (reportedDone && doneByAsOf) return done('status');
  if (row.status === null && row.completedOn !== null && doneByAsOf) return done('completion-date');

  const basis: Basis = reportedDone || row.status === null ? (row.completedOn !== null ? 'completion-date' : 'deadline') : 'status';
  if (row.status === 'overdue' || overdueBy !== null) return { progress: 'overdue', basis, deadline, daysOverdue: overdueBy ?? 0 };
  if (row.status === 'not-started') return { progress: 'notStarted', basis, deadline, daysOverdue: null };
  if (deadline === null) return { progress: 'noDeadline', basis, deadline, daysOverdue: null };
  return { progress: 'inProgress', basis, deadline, daysOverdue: null };
}
