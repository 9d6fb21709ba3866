import { quote, rowRule } from './rule';

/** A completion date that is not one day ("Quý III", "xong"). */
export const completionDateUnparsed = rowRule(
  {
    code: 'completion-date-unparsed',
    severity: 'warning',
    label: { vi: 'Không đọc được ngày hoàn thành', en: 'Unreadable completion date' },
    meaning: { vi: 'ngày hoàn thành không phải một ngày cụ thể', en: 'a completion date that is not a day' },
  },
  (row) => {
    const d = row.fields.completedOn;
    if (!row.completedOnReason || !d) return null;
    const text = d.text ?? '';
    return {
      cell: d.cell,
      field: 'completedOn',
      value: d.text,
      message: { vi: `Không đọc được ngày hoàn thành ${quote(text)}; ghi theo dạng ngày/tháng/năm.`, en: `Cannot read the completion date ${quote(text)}; write it as day/month/year.` },
    };
  },
);
