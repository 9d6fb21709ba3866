import { rowRule } from './rule';

/** The layout has a time column and this row's cell is empty (after merges). */
export const deadlineMissing = rowRule(
  {
    code: 'deadline-missing',
    severity: 'warning',
    label: { vi: 'Thiếu thời hạn', en: 'No deadline' },
    meaning: { vi: 'ô thời gian để trống, ở bảng có cột thời gian', en: 'an empty deadline cell where the layout has one' },
  },
  (row, ctx) => {
    const t = row.fields.time;
    if (!ctx.sheet.columns.time || ctx.errored.has('time') || !t || t.text !== null) return null;
    return { cell: t.cell, field: 'time', value: null, message: { vi: 'Nhiệm vụ chưa có thời gian hoàn thành.', en: 'The task has no deadline.' } };
  },
);
