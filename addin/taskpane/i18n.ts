import type { Lang } from '../../core';
import { COMMON, fill } from '../../front/i18n';

export { fileSize, fill } from '../../front/i18n';

/** Every string the pane shows, in Vietnamese (default) and English: the shared words and the pane's own. */
export const STRINGS = {
  ...COMMON,
  title: { vi: 'Kiểm tra kế hoạch CCHC', en: 'Reform plan checker' },
  subtitle: { vi: 'Kiểm tra bảng nhiệm vụ, bảng chỉ số và lập báo cáo quý', en: 'Check task and index sheets, build the quarterly report' },
  scope: { vi: 'Trang tính', en: 'Sheets' },
  scopeAll: { vi: 'Tất cả các trang', en: 'All sheets' },
  scopeActive: { vi: 'Chỉ trang đang mở', en: 'Active sheet only' },
  scopeChosen: { vi: 'Các trang đã chọn', en: 'Chosen sheets' },
  validate: { vi: 'Kiểm tra sổ', en: 'Check workbook' },
  mark: { vi: 'Đánh dấu', en: 'Mark cells' },
  clearMarks: { vi: 'Xóa đánh dấu', en: 'Clear marks' },
  tracking: { vi: 'Chuẩn bị cột theo dõi', en: 'Add tracking columns' },
  import: { vi: 'Nhập sổ của đơn vị', en: 'Import agency workbooks' },
  more: { vi: 'Công cụ khác', en: 'More tools' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  reading: { vi: 'Đang đọc sổ…', en: 'Reading the workbook…' },
  checked: { vi: 'Đã kiểm tra {sheets} trang, {rows} dòng.', en: 'Checked {sheets} sheets, {rows} rows.' },
  marked: { vi: 'Đã đánh dấu {cells} ô trên {sheets} trang. Bấm “Xóa đánh dấu” để gỡ.', en: 'Marked {cells} cells on {sheets} sheets. Use “Clear marks” to remove them.' },
  cleared: { vi: 'Đã xóa {n} quy tắc đánh dấu do cchc thêm; định dạng của bạn giữ nguyên.', en: 'Removed {n} mark rules added by cchc; your own formats are untouched.' },
  reportDone: { vi: 'Đã tạo trang “{sheet}” (tính đến {asOf}): {total} nhiệm vụ, hoàn thành {done}, quá hạn {overdue}.', en: 'Created “{sheet}” (as of {asOf}): {total} tasks, {done} completed, {overdue} overdue.' },
  replaceAsk: { vi: 'Đã có báo cáo kỳ này ({sheets}). Thay thế báo cáo cũ?', en: 'A report for this period exists ({sheets}). Replace it?' },
  replace: { vi: 'Thay thế', en: 'Replace' },
  keepBoth: { vi: 'Tạo bản mới', en: 'Make a new one' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  trackingDone: { vi: 'Đã thêm cột “Tình trạng” ({status}) và “Ngày hoàn thành” ({date}) vào trang “{sheet}”.', en: 'Added “Tình trạng” ({status}) and “Ngày hoàn thành” ({date}) to “{sheet}”.' },
  trackingNoDropDown: {
    vi: 'Phiên bản Excel này chưa cho add-in tạo danh sách chọn (cần ExcelApi 1.8), nên cột “Tình trạng” không có danh sách thả xuống. Hãy gõ một trong các giá trị: {choices}.',
    en: 'This version of Excel does not let add-ins create drop-down lists (needs ExcelApi 1.8), so “Tình trạng” has no drop-down. Type one of: {choices}.',
  },
  trackingPresent: { vi: 'Trang “{sheet}” đã có cột tình trạng và ngày hoàn thành.', en: '“{sheet}” already has status and completion-date columns.' },
  trackingNeedsTask: { vi: 'Hãy mở một trang bảng nhiệm vụ trước.', en: 'Open a task sheet first.' },
  trackingNotEmpty: { vi: 'Các cột bên phải bảng đang có dữ liệu; cchc không ghi đè. Hãy để trống hai cột bên phải bảng.', en: 'The columns right of the table hold data; cchc does not overwrite them. Leave two empty columns right of the table.' },
  importChoose: { vi: 'Chọn các tệp .xlsx của đơn vị', en: 'Choose the agencies’ .xlsx files' },
  importDone: { vi: 'Đã nhập {n} trang từ {files} tệp.', en: 'Imported {n} sheets from {files} files.' },
  importFailed: { vi: 'Không nhập được tệp {file}.', en: 'Could not import {file}.' },
  importUnsupported: { vi: 'Phiên bản Excel này chưa hỗ trợ nhập trang từ tệp khác (cần ExcelApi 1.13: Excel trên web hoặc Microsoft 365). Hãy mở tệp của đơn vị và chép các trang sang sổ này.', en: 'This version of Excel cannot insert sheets from another file (needs ExcelApi 1.13: Excel on the web or Microsoft 365). Open the agency’s file and copy its sheets into this workbook.' },
  importTooLarge: {
    vi: 'Tệp “{file}” ({size}) lớn hơn mức Excel trên web nhận được trong một lần (khoảng {limit}), nên chưa được nhập: hãy mở sổ này bằng Excel trên máy tính rồi nhập tệp, hoặc tổng hợp các tệp bằng trang web cchc (kéo thả các sổ vào trang) hay lệnh cchc trên máy tính (npx cchc report).',
    en: 'The file “{file}” ({size}) is larger than Excel on the web accepts at once (about {limit}), so it was not imported: open this workbook in Excel for Windows or Mac and import it there, or consolidate the files on the cchc web page (drop the workbooks on it) or with the cchc command line (npx cchc report).',
  },
  importUnsupportedPlatform: {
    vi: 'Excel trên iPad không cho add-in nhập trang từ tệp khác; hãy nhập bằng Excel trên máy tính hoặc Excel trên web.',
    en: 'Excel on iPad does not let add-ins insert sheets from another file; import them in Excel for Windows, Mac or the web.',
  },
  importUnsupportedContent: {
    vi: 'Excel trên web không nhập được tệp “{file}” vì tệp có bảng tổng hợp (PivotTable), biểu đồ, ghi chú/bình luận hoặc slicer. Hãy nhập tệp này bằng Excel trên máy tính, hoặc xoá các phần đó trong một bản sao của tệp rồi nhập bản sao.',
    en: 'Excel on the web cannot import “{file}”: the file has PivotTables, charts, comments or slicers. Import it in Excel for Windows or Mac, or remove those from a copy of the file and import the copy.',
  },
  settingsNotSaved: { vi: 'Trình duyệt không cho lưu cài đặt: cài đặt chỉ dùng đến khi đóng ngăn này.', en: 'The browser would not save the settings: they last until this pane is closed.' },
  errorPrefix: { vi: 'Không thực hiện được', en: 'Could not complete' },
  errorCode: { vi: 'Mã lỗi Office', en: 'Office error code' },
  errorUnexpected: { vi: 'Đã có lỗi không mong muốn; sổ của bạn không bị thay đổi.', en: 'Something unexpected went wrong; your workbook was not changed.' },
  previewNotice: { vi: 'Trang này đang mở ngoài Excel. Bạn có thể xem thử với các sổ mẫu đi kèm; không có dữ liệu nào rời khỏi máy.', en: 'This page is open outside Excel. You can try it with the bundled sample workbooks; no data leaves this computer.' },
  previewButton: { vi: 'Xem thử với sổ mẫu', en: 'Try it with a sample workbook' },
  previewBadge: { vi: 'Xem thử', en: 'Preview' },
  noMerges: { vi: 'Phiên bản Excel này không cho add-in biết ô nào được gộp (cần ExcelApi 1.13), nên ô Chủ trì/Thời gian gộp cho nhiều dòng có thể bị báo thiếu. Dùng Excel trên web hoặc Microsoft 365 để có kết quả chính xác.', en: 'This version of Excel does not tell add-ins which cells are merged (needs ExcelApi 1.13), so a lead or deadline merged over several rows may be reported missing. Use Excel on the web or Microsoft 365 for exact results.' },
  importPreview: { vi: 'Chế độ xem thử không nhập được tệp; hãy dùng add-in trong Excel.', en: 'The preview cannot import files; use the add-in in Excel.' },
  loadingOffice: { vi: 'Đang kết nối với Excel…', en: 'Connecting to Excel…' },
  notInOffice: {
    vi: 'Trang này là ngăn tác vụ của add-in và chỉ chạy khi mở từ Excel (Trang đầu › Cải cách hành chính › Kiểm tra). Để xem thử trong trình duyệt, hãy mở trang xem thử.',
    en: 'This page is the add-in’s task pane and runs only when opened from Excel (Home › Administrative reform › Validate). To try it in a browser, open the preview page.',
  },
  openPreview: { vi: 'Mở trang xem thử với sổ mẫu', en: 'Open the preview with sample workbooks' },
  officeNotLoaded: {
    vi: 'Không tải được thư viện Office (office.js) từ Microsoft, nên add-in không kết nối được với Excel. Hãy kiểm tra kết nối Internet hoặc tường lửa của cơ quan (cần truy cập https://appsforoffice.microsoft.com), rồi mở lại ngăn tác vụ.',
    en: 'The Office library (office.js) could not be loaded from Microsoft, so the add-in cannot reach Excel. Check the Internet connection or the office firewall (https://appsforoffice.microsoft.com must be reachable), then reopen the task pane.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return fill(STRINGS[key][lang], params);
}

/** Vietnamese unless Office's display language is something else (the pane also has a toggle). */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}
