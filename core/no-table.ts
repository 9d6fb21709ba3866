import type { Message } from './findings';
import type { SheetKind } from './workbook';

/**
 * A workbook with no task table and no index table has nothing to check: an agency that sent the wrong file
 * must not look clean. The CLI, the web page and the task pane all say it with this sentence, naming the
 * sheets that were looked at.
 */
export function hasTable(sheets: ReadonlyArray<{ kind: SheetKind }>): boolean {
  return sheets.some((s) => s.kind === 'task' || s.kind === 'index');
}

/** At most this many sheet names in the sentence; the rest are counted. */
const NAMED = 8;

/**
 * The sentence for a workbook in which no table was found, or null when one was. `workbook`: the file as the user
 * knows it, or per language for the open workbook ({ vi: 'này', en: 'this workbook' } in the task pane).
 */
export function noTableMessage(workbook: string | Message, sheets: ReadonlyArray<{ name: string; kind: SheetKind; directory?: boolean }>): Message | null {
  if (hasTable(sheets)) return null;
  const name = typeof workbook === 'string' ? { vi: workbook, en: workbook } : workbook;
  const En = name.en.charAt(0).toUpperCase() + name.en.slice(1);
  const looked = sheets.filter((s) => !s.directory).map((s) => s.name);
  if (looked.length === 0)
    return {
      vi: `Sổ ${name.vi} không có trang nào để kiểm tra (chỉ có danh mục cơ quan): không có bảng nhiệm vụ hay bảng chỉ số. Có thể đơn vị đã gửi nhầm tệp.`,
      en: `${En} has no sheet to check (only the agency directory): no task table and no index table. The agency may have sent the wrong file.`,
    };
  const shown = looked.slice(0, NAMED).map((n) => `“${n}”`).join(', ');
  const more = looked.length > NAMED ? { vi: ` và ${looked.length - NAMED} trang khác`, en: ` and ${looked.length - NAMED} more` } : { vi: '', en: '' };
  return {
    vi: `Không tìm thấy bảng nhiệm vụ hay bảng chỉ số nào trong sổ ${name.vi} (đã xem ${looked.length} trang: ${shown}${more.vi}). Có thể đơn vị đã gửi nhầm tệp; sổ này không được tính vào báo cáo.`,
    en: `No task table and no index table found in ${name.en} (looked at ${looked.length} sheet${looked.length === 1 ? '' : 's'}: ${shown}${more.en}). The agency may have sent the wrong file; it adds nothing to the report.`,
  };
}
