import { daysBetween, formatViDate } from '../../dates';
import { clipText } from '../../findings';
import { rowRule } from './rule';

/**
 * A dated deadline before the as-of date, and the task not completed by then (progressOf decides, as for
 * the report). Due today is not expired.
 */
export const deadlineExpired = rowRule(
  {
    code: 'deadline-expired',
    severity: 'error',
    label: { vi: 'Quá hạn chưa hoàn thành', en: 'Deadline passed' },
    meaning: { vi: 'đã quá thời hạn mà đến ngày xét chưa báo cáo hoàn thành', en: 'deadline before the as-of date and not reported complete by then' },
  },
  (row, ctx) => {
    const p = ctx.progress;
    if (p.progress !== 'overdue' || p.deadline === null || p.deadline >= ctx.asOf) return null;
    const days = daysBetween(p.deadline, ctx.asOf);
    const deadline = formatViDate(p.deadline);
    const status = row.fields.status?.text ?? null;
    const base = { vi: `Đã quá hạn ${days} ngày (hạn ${deadline})`, en: `${days} days past the deadline (${deadline})` };
    // The sheet may say nothing of progress: "not reported complete", not "not completed", is what it shows.
    const message =
      p.doneAfterAsOf && row.completedOn
        ? {
            vi: `${base.vi} tính đến ngày xét; báo cáo hoàn thành ngày ${formatViDate(row.completedOn)}, sau ngày xét.`,
            en: `${base.en} on the as-of date; reported complete on ${formatViDate(row.completedOn)}, after it.`,
          }
        : {
            vi: `${base.vi} mà chưa báo cáo hoàn thành${status ? ` (tình trạng: ${clipText(status, 80)})` : ''}.`,
            en: `${base.en} and not reported complete${status ? ` (status: ${clipText(status, 80)})` : ''}.`,
          };
    return {
      cell: row.fields.time?.cell ?? ctx.cellOf('time'),
      field: 'time',
      value: row.fields.time?.text ?? null,
      message,
    };
  },
);
