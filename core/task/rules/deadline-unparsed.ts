import type { Message } from '../../findings';
import { quote, rowRule } from './rule';

/**
 * What the time parser found, where it adds something to the time quoted. Its own sentences repeat the value
 * ("Không đọc được thời hạn "…"") with straight quotes: the message would say the same thing twice.
 */
const WHY: Record<string, Message> = {
  'invalid-date': { vi: 'không có ngày hay tháng này', en: 'no such day or month' },
  'no-year': { vi: 'không rõ năm', en: 'no year given' },
  'not-a-date': { vi: 'số này không phải là ngày', en: 'the number is not a date' },
};

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
    const why = WHY[row.deadlineReason.code];
    return {
      cell: t.source,
      field: 'time',
      value: t.text,
      message: {
        vi: `Không đọc được thời gian ${quote(t.text)}${why ? ` (${why.vi})` : ''}. Ghi theo dạng 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 hoặc “Thường xuyên”.`,
        en: `Cannot read the time ${quote(t.text)}${why ? ` (${why.en})` : ''}. Write it as 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 or “Thường xuyên”.`,
      },
    };
  },
);
