import { rowRule } from './rule';

/** "#REF!", "#N/A"… left by a broken formula: the value the sheet shows is not the agency's answer. */
export const cellError = rowRule(
  {
    code: 'cell-error',
    severity: 'error',
    label: { vi: 'Ô lỗi công thức', en: 'Formula error in a cell' },
    meaning: { vi: 'ô chứa lỗi công thức `#REF!`, `#N/A`…', en: '`#REF!`, `#N/A`… in a cell' },
  },
  (row) =>
    row.cellErrors.map((e) => ({
      cell: e.cell,
      field: e.field,
      value: e.value,
      message: { vi: `Ô bị lỗi công thức ${e.value}.`, en: `The cell holds the formula error ${e.value}.` },
    })),
);
