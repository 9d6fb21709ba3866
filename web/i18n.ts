import type { Lang } from '../core';
import { COMMON, fill } from '../front/i18n';

export { fileSize } from '../front/i18n';

/**
 * The page's own words, in Vietnamese (default) and English. Words the task pane also shows (the settings,
 * the counts, the sheet kinds, "Tạo báo cáo quý"…) come from the pane's table, so both say the same thing.
 */
const WEB = {
  pageTitle: { vi: 'Kiểm tra và tổng hợp kế hoạch CCHC', en: 'Reform plan checks and quarterly report' },
  pageSubtitle: {
    vi: 'Kéo thả sổ Excel của các cơ quan: kiểm tra từng sổ và lập báo cáo quý ngay trong trình duyệt, không cần cài đặt.',
    en: 'Drop the agencies’ Excel workbooks: check each one and build the quarterly report in the browser, nothing to install.',
  },
  privacy: {
    vi: 'Các tệp không rời khỏi máy tính này: trang đọc chúng ngay trong trình duyệt và không gửi gì đi đâu.',
    en: 'Your files never leave this computer: the page reads them in the browser and sends nothing anywhere.',
  },
  dropTitle: { vi: 'Kéo thả các sổ (.xlsx, .xls, .ods) hoặc cả thư mục vào đây', en: 'Drop workbooks (.xlsx, .xls, .ods) or a whole folder here' },
  dropActive: { vi: 'Thả ra để thêm các tệp', en: 'Release to add the files' },
  chooseFiles: { vi: 'Chọn tệp…', en: 'Choose files…' },
  chooseFolder: { vi: 'Chọn thư mục…', en: 'Choose a folder…' },
  files: { vi: 'Các sổ đã thêm', en: 'Workbooks added' },
  noFiles: { vi: 'Chưa có sổ nào. Kéo thả các sổ vào ô phía trên, hoặc bấm “Chọn tệp…”.', en: 'No workbook yet. Drop workbooks on the box above, or press “Choose files…”.' },
  overall: { vi: 'Đã xử lý {done}/{total} tệp', en: 'Processed {done} of {total} files' },
  overallDoneAll: { vi: 'Đã kiểm tra {ok} sổ.', en: 'Checked {ok} workbooks.' },
  overallDone: { vi: 'Đã kiểm tra {ok} sổ; {bad} tệp không dùng được.', en: 'Checked {ok} workbooks; {bad} files could not be used.' },
  phaseQueued: { vi: 'Đang chờ', en: 'Waiting' },
  phaseLoad: { vi: 'Đang tải tệp', en: 'Loading' },
  phaseRead: { vi: 'Đang đọc và kiểm tra', en: 'Reading and checking' },
  fileChecked: { vi: '{sheets} trang, {rows} dòng', en: '{sheets} sheets, {rows} rows' },
  fileProgress: { vi: 'Tiến độ đọc {file}', en: 'Progress reading {file}' },
  overallProgress: { vi: 'Tiến độ chung', en: 'Overall progress' },
  unusable: { vi: 'Không dùng được', en: 'Cannot be used' },
  remove: { vi: 'Bỏ tệp {file}', en: 'Remove {file}' },
  clearAll: { vi: 'Bỏ tất cả', en: 'Remove all' },
  added: { vi: 'Đã thêm {n} tệp.', en: 'Added {n} files.' },
  replaced: { vi: 'Đã thay {file} bằng tệp mới.', en: 'Replaced {file} with the new file.' },
  alreadyAdded: { vi: '{file} đã có trong danh sách.', en: '{file} is already in the list.' },
  skippedInFolder: { vi: 'Bỏ qua {n} tệp trong thư mục không phải sổ bảng tính.', en: 'Skipped {n} files in the folder that are not workbooks.' },
  noWorkers: {
    vi: 'Trình duyệt không cho chạy luồng nền (Web Worker) với trang mở từ ổ đĩa, nên các sổ được đọc lần lượt ngay trên trang: trang có thể chậm phản hồi trong lúc đọc. Mở trang qua máy chủ web của cơ quan để đọc nhanh hơn.',
    en: 'The browser does not allow background threads (Web Workers) for a page opened from disk, so the workbooks are read one at a time on the page itself, which may respond slowly while reading. Open the page from the office’s web server to read faster.',
  },
  findings: { vi: 'Kết quả kiểm tra', en: 'Findings' },
  filter: { vi: 'Lọc kết quả', en: 'Filter the findings' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  code: { vi: 'Mã vấn đề', en: 'Finding code' },
  allCodes: { vi: 'Tất cả các mã ({n})', en: 'All codes ({n})' },
  shown: { vi: 'Đang hiển thị {n}/{total} vấn đề.', en: 'Showing {n} of {total} findings.' },
  exportFindings: { vi: 'Xuất danh sách vấn đề (.xlsx)', en: 'Export the findings (.xlsx)' },
  exportName: { vi: 'Kết quả kiểm tra {asOf}.xlsx', en: 'Check results {asOf}.xlsx' },
  exportDone: { vi: 'Đã tải xuống “{file}”: {n} vấn đề.', en: 'Downloaded “{file}”: {n} findings.' },
  exportFilter: { vi: 'Chỉ gồm các vấn đề đang hiển thị: {what}.', en: 'Only the findings shown: {what}.' },
  reportHeading: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  reportHint: {
    vi: 'Báo cáo được lập đúng như lệnh cchc report. Lưu tệp vào cùng thư mục với các sổ để các liên kết trong báo cáo mở đúng ô nguồn.',
    en: 'The report is made exactly as cchc report makes it. Save it in the same folder as the workbooks so its links open the source cells.',
  },
  reportDone: {
    vi: 'Đã tải xuống “{file}” ({period}, tính đến {asOf}): {total} nhiệm vụ từ {workbooks} sổ — hoàn thành {done}, quá hạn {overdue}.',
    en: 'Downloaded “{file}” ({period}, as of {asOf}): {total} tasks from {workbooks} workbooks — {done} completed, {overdue} overdue.',
  },
  reportSkipped: { vi: '{n} tệp không dùng được đã bị bỏ qua.', en: '{n} files that could not be used were left out.' },
  reportWaiting: { vi: 'Đang chờ đọc xong các sổ…', en: 'Waiting for the workbooks to be read…' },
  noWorkbooks: { vi: 'Chưa có sổ nào. Hãy thêm các sổ của cơ quan trước.', en: 'No workbook yet. Add the agencies’ workbooks first.' },
  rechecking: { vi: 'Đang kiểm tra lại theo thiết lập mới…', en: 'Checking again with the new settings…' },
  viewer: { vi: 'Xem ô trong sổ', en: 'Cell view' },
  viewerHint: { vi: 'Bấm một vấn đề để xem ô của nó trong sổ, với các ô có vấn đề được tô màu. Chỉ xem: sổ gốc không bị thay đổi.', en: 'Press a finding to see its cell in the workbook, with the problem cells coloured. Read only: the workbook itself is not changed.' },
  viewerOpening: { vi: 'Đang mở {file}…', en: 'Opening {file}…' },
  viewerShowing: { vi: 'Ô {cell} của trang “{sheet}” trong {file}.', en: 'Cell {cell} of “{sheet}” in {file}.' },
  viewerFailed: { vi: 'Không mở được {file} để xem.', en: 'Could not open {file} to view it.' },
  gridSheets: { vi: 'Trang tính', en: 'Sheet' },
  gridSheetFindings: { vi: '{sheet} · {n} vấn đề', en: '{sheet} · {n} findings' },
  gridLabel: { vi: 'Nội dung trang tính (chỉ xem)', en: 'Sheet contents (read only)' },
  gridWindow: { vi: 'Dòng {first}–{last} trong {total} dòng', en: 'Rows {first}–{last} of {total}' },
  failed: { vi: 'Không thực hiện được: {message}', en: 'Could not complete: {message}' },
  footer: {
    vi: 'cchc — trang tĩnh, không cần tài khoản; cùng bộ kiểm tra với add-in Excel và lệnh cchc.',
    en: 'cchc — a static page, no account; the same checks as the Excel add-in and the cchc command.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type WebKey = keyof typeof WEB | keyof typeof COMMON;

const ALL: Record<WebKey, Record<Lang, string>> = { ...COMMON, ...WEB };

export function tw(lang: Lang, key: WebKey, params: Record<string, string | number> = {}): string {
  return fill(ALL[key][lang], params);
}

