import type { Lang } from '../../core';
import { officeErrorCode, ReportWriteError, TEMP_SHEET_PREFIX, type WriteStep } from '../adapter';

/**
 * What a failed run did to the workbook, said as it is, for the ribbon's dialog and the pane (Vietnamese and
 * English). "Not changed" is said only when it is true.
 */

/** How far a report run had got: reading the workbook, or a step of writing it. */
export type RunStep = 'read' | WriteStep;

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

/** A report that could not be built or written: what the workbook holds now. */
export function reportFailureMessage(e: unknown, lang: Lang): string {
  const vi = lang === 'vi';
  const code = officeErrorCode(e);
  const because = code ? (vi ? ` (mã lỗi Office: ${code})` : ` (Office error code: ${code})`) : '';
  if (!(e instanceof ReportWriteError) || e.unchanged) {
    // Anything else failed while reading, before a sheet was written.
    return vi ? `Không tạo được báo cáo${because}; sổ của bạn không bị thay đổi.` : `Could not build the report${because}; your workbook was not changed.`;
  }
  const o = e.outcome;
  if (o.unknown) {
    return vi
      ? `Không tạo được báo cáo${because}, và Excel không cho đọc lại sổ để biết đã thay đổi gì. Hãy xem lại các trang: báo cáo cũ chỉ bị xoá ở bước cuối; trang tạm (ẩn) có tên bắt đầu bằng “${TEMP_SHEET_PREFIX}” có thể xoá.`
      : `Could not build the report${because}, and Excel would not let the add-in read the workbook again to see what changed. Check the sheets: the old report is deleted only in the last step; hidden temporary sheets named “${TEMP_SHEET_PREFIX}…” can be deleted.`;
  }
  if (o.removed.length > 0) {
    return vi
      ? `Không thay xong báo cáo${because}: trang ${quoted(o.removed)} của báo cáo cũ đã bị xoá; báo cáo mới đã ghi đủ, ở trang ${quoted(o.kept)}.`
      : `The report was not fully replaced${because}: the old report's sheets ${quoted(o.removed)} were deleted; the new report is complete, on ${quoted(o.kept)}.`;
  }
  return vi
    ? `Không tạo được báo cáo${because}. Các trang của bạn không bị thay đổi, nhưng add-in không xoá được trang tạm (ẩn) ${quoted(o.leftover)}; bạn có thể xoá các trang đó.`
    : `Could not build the report${because}. Your sheets were not changed, but the add-in could not remove its hidden temporary sheets ${quoted(o.leftover)}; you can delete them.`;
}

/**
 * Excel did not answer within the time limit. `step`: how far a report had got (null for other actions). The pane
 * can be closed and opened again; the ribbon command is simply run again.
 */
export function timedOutMessage(lang: Lang, where: 'pane' | 'ribbon', minutes: number, step: RunStep | null): string {
  const vi = lang === 'vi';
  const head = vi ? `Excel không trả lời sau ${minutes} phút nên việc này đã dừng.` : `Excel did not answer within ${minutes} minutes, so this was stopped.`;
  const next =
    where === 'pane'
      ? vi
        ? 'Hãy đóng ngăn cchc rồi mở lại và thử lại; nếu vẫn vậy, tải lại trang Excel (hoặc mở lại Excel).'
        : 'Close the cchc pane, open it again and try again; if it happens again, reload Excel (or restart it).'
      : vi
        ? 'Hãy thử lại; nếu vẫn vậy, tải lại trang Excel (hoặc mở lại Excel).'
        : 'Try again; if it happens again, reload Excel (or restart it).';
  const report =
    step === null
      ? ''
      : step === 'read'
        ? vi
          ? ' Chưa trang nào được ghi: sổ của bạn không bị thay đổi.'
          : ' No sheet had been written: your workbook was not changed.'
        : step === 'commit' || step === 'reveal'
        ? vi
          ? ' Excel có thể đã thay hoặc chưa thay báo cáo cũ: hãy xem lại các trang.'
          : ' Excel may or may not have replaced the old report: check the sheets.'
        : vi
          ? ` Báo cáo cũ (nếu có) chưa bị xoá; có thể còn trang tạm (ẩn) tên bắt đầu bằng “${TEMP_SHEET_PREFIX}”, bạn có thể xoá.`
          : ` The old report (if any) was not deleted; hidden temporary sheets named “${TEMP_SHEET_PREFIX}…” may remain and can be deleted.`;
  return `${head}${report} ${next}`;
}
