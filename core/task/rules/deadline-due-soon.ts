import { daysBetween, formatViDate } from '../../dates';
import { isDueSoon } from '../progress';
import { rowRule } from './rule';

/** Open, and due within the window (30 days by default), due today included. */
export const deadlineDueSoon = rowRule(
  {
    code: 'deadline-due-soon',
    severity: 'info',
    label: { vi: 'Sắp đến hạn', en: 'Due soon' },
    meaning: { vi: 'sắp đến hạn (trong 30 ngày, có thể đổi)', en: 'deadline within the due-soon window (30 days by default)' },
  },
  (row, ctx) => {
    const p = ctx.progress;
    if (!isDueSoon(p, ctx.asOf, ctx.dueSoonDays)) return null;
    const days = daysBetween(ctx.asOf, p.deadline!);
    const deadline = formatViDate(p.deadline!);
    return {
      cell: row.fields.time?.cell ?? ctx.cellOf('time'),
      field: 'time',
      value: row.fields.time?.text ?? null,
      message: {
        vi: days === 0 ? `Đến hạn hôm nay (${deadline}).` : `Còn ${days} ngày đến hạn (${deadline}).`,
        en: days === 0 ? `Due today (${deadline}).` : `Due in ${days} days (${deadline}).`,
      },
    };
  },
);
