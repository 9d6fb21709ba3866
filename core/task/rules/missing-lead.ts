import { rowRule } from './rule';

/**
 * No lead agency, after merged cells and the appendix title are taken into account. A cell that names
 * nobody ("(không)", ".", "-") is no lead either.
 */
export const missingLead = rowRule(
  {
    code: 'missing-lead',
    severity: 'error',
    label: { vi: 'Thiếu cơ quan chủ trì', en: 'No lead agency' },
    meaning: {
      vi: 'nhiệm vụ không có cơ quan chủ trì (đã tính ô gộp và cơ quan ghi ở tiêu đề phụ lục)',
      en: 'a task with no lead agency, after merged cells and the title are taken into account',
    },
  },
  (row, ctx) => {
    if (ctx.errored.has('lead')) return null;
    if (row.fields.lead?.text != null && row.lead.length > 0) return null;
    const hasColumn = ctx.sheet.columns.lead !== undefined;
    return {
      cell: hasColumn ? ctx.cellOf('lead') : ctx.cellOf(ctx.textField ?? 'number'),
      field: hasColumn ? 'lead' : null,
      value: row.fields.lead?.text ?? null,
      message: { vi: 'Nhiệm vụ chưa có cơ quan chủ trì.', en: 'The task has no lead agency.' },
    };
  },
);
