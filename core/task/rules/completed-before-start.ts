import { formatViDate } from '../../dates';
import { rowRule } from './rule';

/** "Quý IV/2022" completed in March 2022 is possible, but usually a typo in the year. */
export const completedBeforeStart = rowRule(
  {
    code: 'completed-before-start',
    severity: 'warning',
    label: { vi: 'Hoàn thành trước kỳ thực hiện', en: 'Completed before the period' },
    meaning: { vi: 'ngày hoàn thành trước khi kỳ thực hiện bắt đầu (thường là nhầm năm)', en: "completed before the task's period begins (usually a wrong year)" },
  },
  (row) => {
    const d = row.fields.completedOn;
    const t = row.deadline;
    if (!d || !row.completedOn || t?.kind !== 'deadline' || t.period === 'day' || row.completedOn >= t.start) return null;
    return {
      cell: d.cell,
      field: 'completedOn',
      value: d.text,
      message: {
        vi: `Ngày hoàn thành ${formatViDate(row.completedOn)} sớm hơn thời gian bắt đầu của nhiệm vụ (${formatViDate(t.start)}).`,
        en: `The completion date ${formatViDate(row.completedOn)} is before the task's period starts (${formatViDate(t.start)}).`,
      },
    };
  },
);
