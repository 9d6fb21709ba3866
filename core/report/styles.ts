import type { Style } from './spec';

/**
 * The table look every sheet cchc writes shares (the quarterly report, the findings list): header cells, body
 * cells, numbers and dates, so the files an office sends around look like one product.
 */
export const TABLE_STYLES: Record<'metaDate' | 'metaDateTime' | 'th' | 'td' | 'tdCenter' | 'tdInt', Style> = {
  metaDate: { italic: true, align: 'left', numFmt: 'dd/mm/yyyy' },
  metaDateTime: { italic: true, align: 'left', numFmt: 'dd/mm/yyyy hh:mm' },
  th: { bold: true, align: 'center', valign: 'middle', wrap: true, border: true, fill: 'DDEBF7' },
  td: { valign: 'top', wrap: true, border: true },
  tdCenter: { valign: 'top', align: 'center', border: true },
  tdInt: { valign: 'top', align: 'right', border: true, numFmt: '#,##0' },
};
