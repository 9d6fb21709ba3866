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
    meaning: { vi: 'đã quá thời hạn mà chưa hoàn thành tính đến ngày xét', en: 'deadline before the as-of date and not completed by then' },
  },
  (row, ctx) => {
    const p = ctx.progress;
    if (p.progress !== 'overdue' || p.deadline === null || p.deadline >= ctx.asOf) return null;
    const days = daysBetween(p.deadline, ctx.asOf);
    const deadline = formatViDate(p.deadline);
    const status = row.fields.status?.text ?? null;
    // Reported done, but later than the day being judged: say so, or the finding reads as a mistake.
    const later = p.doneAfterAsOf && row.completedOn ? { vi: ` (báo cáo hoàn thành ngày ${formatViDate(row.completedOn)}, sau ngày xét)`, en: ` (reported complete on ${row.completedOn}, after the as-of date)` } : null;
    const said = status && !later ? { vi: ` (tình trạng: ${clipText(status, 80)})`, en: ` (status: ${clipText(status, 80)})` } : null;
    return {
      cell: row.fields.time?.cell ?? ctx.cellOf('time'),
      field: 'time',
      value: row.fields.time?.text ?? null,
      message: {
        vi: `Đã quá hạn ${days} ngày (hạn ${deadline}) mà chưa hoàn thành${later?.vi ?? said?.vi ?? ''}.`,
        en: `${days} days past the deadline (${deadline}) and not completed${later?.en ?? said?.en ?? ''}.`,
      },
    };
  },
);
