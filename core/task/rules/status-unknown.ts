import { quote, rowRule } from './rule';

/** A status cell that is none of the values staff write. */
export const statusUnknown = rowRule(
  {
    code: 'status-unknown',
    severity: 'warning',
    label: { vi: 'Tình trạng không rõ', en: 'Unknown status' },
    meaning: { vi: 'tình trạng không thuộc các giá trị đã biết', en: 'a status cell that is not one of the known values' },
  },
  (row) => {
    const s = row.fields.status;
    if (!row.statusReason || !s) return null;
    // A value shown blank (a ";;;" format, spaces) is still what the rule could not read: quote the value. (An
    // empty cell never gets here: no status is a readable one.)
    const text = s.text ?? String(s.raw);
    return {
      cell: s.cell,
      field: 'status',
      value: s.text,
      message: {
        vi: `Không hiểu tình trạng ${quote(text)}. Dùng: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.`,
        en: `Unknown status ${quote(text)}. Use: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.`,
      },
    };
  },
);
