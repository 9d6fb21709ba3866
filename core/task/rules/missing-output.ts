import { rowRule } from './rule';

/** The layout asks what the task produces ("Kết quả/sản phẩm") and the row does not say. */
export const missingOutput = rowRule(
  {
    code: 'missing-output',
    severity: 'warning',
    label: { vi: 'Thiếu kết quả/sản phẩm', en: 'No output' },
    meaning: { vi: 'không nêu kết quả/sản phẩm, ở bảng có cột đó', en: 'no output, where the layout has an output column' },
  },
  (row, ctx) => {
    if (!ctx.sheet.columns.output || ctx.errored.has('output') || row.fields.output?.text != null) return null;
    return { cell: ctx.cellOf('output'), field: 'output', value: null, message: { vi: 'Nhiệm vụ chưa nêu kết quả/sản phẩm.', en: 'The task names no output.' } };
  },
);
