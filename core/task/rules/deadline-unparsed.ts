import { quote, rowRule } from './rule';

/** A time nobody can read as a date, a period, a recurrence or a reference. */
export const deadlineUnparsed = rowRule(
  {
    code: 'deadline-unparsed',
    severity: 'warning',
    label: { vi: 'Không đọc được thời hạn', en: 'Unreadable deadline' },
    meaning: { vi: 'thời gian không đọc được (thời gian thường xuyên, theo kế hoạch, khi phát sinh đều đọc được)', en: 'a deadline nobody can read (recurring and conditional times are understood)' },
  },
  (row, ctx) => {
    const t = row.fields.time;
    if (!ctx.sheet.columns.time || ctx.errored.has('time') || !t || t.text === null || !row.deadlineReason) return null;
    if (!ctx.once(`time:${t.source}`)) return null;
    const r = row.deadlineReason;
    return {
      cell: t.source,
      field: 'time',
      value: t.text,
      message: {
        vi: `Không đọc được thời gian ${quote(t.text)}: ${r.vi}. Ghi theo dạng 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 hoặc "Thường xuyên".`,
        en: `Cannot read the time ${quote(t.text)}: ${r.en}. Write it as 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 or "Thường xuyên".`,
      },
    };
  },
);
