import { FIELD_LABEL } from '../columns';
import { rowRule } from './rule';

/** A row with a lead, a time or a budget but no words saying what the task is. */
export const missingTaskText = rowRule(
  {
    code: 'missing-task-text',
    severity: 'error',
    label: { vi: 'Thiếu nội dung nhiệm vụ', en: 'No task text' },
    meaning: { vi: 'dòng có thông tin nhưng không có nội dung nhiệm vụ/hoạt động', en: 'a row with data but no task or activity text' },
  },
  (row, ctx) => {
    const f = ctx.textField;
    if (!f || ctx.errored.has(f) || row.fields[f]?.text != null) return null;
    const column = ctx.sheet.columns[f]?.header ?? FIELD_LABEL[f].vi;
    return {
      cell: ctx.cellOf(f),
      field: f,
      value: null,
      message: { vi: `Dòng có thông tin nhưng thiếu nội dung ở cột “${column}”.`, en: `The row has data but no text in the “${column}” column.` },
    };
  },
);
