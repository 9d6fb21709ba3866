import { quote, rowRule } from './rule';

/** A budget that is neither an amount nor a funding source; said once per merged cell. */
export const budgetUnparsed = rowRule(
  {
    code: 'budget-unparsed',
    severity: 'warning',
    label: { vi: 'Không đọc được kinh phí', en: 'Unreadable budget' },
    meaning: { vi: 'kinh phí không phải số tiền cũng không phải nguồn kinh phí', en: 'a budget that is neither an amount nor a funding source' },
  },
  (row, ctx) => {
    const b = row.fields.budget;
    if (!row.budgetReason || !b || !ctx.once(`budget:${b.source}`)) return null;
    const text = b.text ?? '';
    return {
      cell: b.source,
      field: 'budget',
      value: b.text,
      message: {
        vi: `Không đọc được kinh phí ${quote(text)}. Ghi số tiền (150 triệu, 1,5 tỷ, 100.000.000 đồng) hoặc nguồn (Kinh phí tự chủ, Theo Kế hoạch).`,
        en: `Cannot read the budget ${quote(text)}. Write an amount (150 triệu, 1,5 tỷ, 100.000.000 đồng) or a source (Kinh phí tự chủ, Theo Kế hoạch).`,
      },
    };
  },
);
