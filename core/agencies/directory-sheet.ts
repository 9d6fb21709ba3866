import type { SheetView } from '../grid/view';
import { foldText, tidyText } from '../text/fold';
import type { AgencyInput } from './directory';

/** The sheet a workbook uses to extend the agency directory. */
export function isDirectorySheetName(name: string): boolean {
  return /^danh muc (co quan|don vi)/.test(foldText(name)) || foldText(name) === 'agencies';
}

/**
 * Reads "Danh mục cơ quan": one agency per row, its aliases in the next columns. A header row
 * ("Tên cơ quan | Tên gọi khác") and an STT column are skipped; "Nhóm" in a kind column marks a group.
 */
export function readDirectorySheet(view: SheetView): AgencyInput[] {
  const out: AgencyInput[] = [];
  for (let r = 0; r < view.rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < view.cols; c++) {
      const t = tidyText(view.text(r, c));
      if (t !== '') cells.push(t);
    }
    if (cells.length === 0) continue;
    if (/^\d+[.)]?$/.test(cells[0])) cells.shift();
    if (cells.length === 0) continue;
    const first = foldText(cells[0]);
    if (/^(ten )?(co quan|don vi)$|^ten co quan|^ten don vi|^stt$/.test(first)) continue;
    const isGroup = cells.some((c) => /^(nhom|group)$/.test(foldText(c)));
    out.push({ name: cells[0], aliases: cells.slice(1).filter((c) => !/^(nhom|group|co quan|agency)$/.test(foldText(c))), kind: isGroup ? 'group' : 'agency' });
  }
  return out;
}
