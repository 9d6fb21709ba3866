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
    vi: 'Kéo thả các tệp Excel của các cơ quan: kiểm tra từng tệp và lập báo cáo quý ngay trong trình duyệt, không cần cài đặt.',
    en: 'Drop the agencies’ Excel files: check each one and build the quarterly report in the browser, nothing to install.',
  },
  privacy: {
    vi: 'Các tệp không rời khỏi máy tính này: trang đọc chúng ngay trong trình duyệt và không gửi gì đi đâu.',
    en: 'Your files never leave this computer: the page reads them in the browser and sends nothing anywhere.',
  },
  dropTitle: { vi: 'Kéo thả các tệp Excel (.xlsx, .xls, .ods) hoặc cả thư mục vào đây', en: 'Drop Excel files (.xlsx, .xls, .ods) or a whole folder here' },
  dropActive: { vi: 'Thả ra để thêm các tệp', en: 'Release to add the files' },
  chooseFiles: { vi: 'Chọn tệp…', en: 'Choose files…' },
  chooseFolder: { vi: 'Chọn thư mục…', en: 'Choose a folder…' },
  noFiles: { vi: 'Chưa có tệp nào. Kéo thả các tệp Excel vào ô “Kéo thả”, hoặc bấm “Chọn tệp…”.', en: 'No file yet. Drop Excel files on the drop box, or press “Choose files…”.' },
  overall: { vi: 'Đã xử lý {done}/{total} tệp', en: 'Processed {done} of {total} files' },
  overallDoneAll: { vi: 'Đã kiểm tra {ok} tệp.', en: 'Checked {ok} files.' },
  overallDone: { vi: 'Đã kiểm tra {ok} tệp; {bad} tệp không dùng được.', en: 'Checked {ok} files; {bad} could not be used.' },
  overallNoTable: { vi: '{n} tệp không có bảng nhiệm vụ hay bảng chỉ số nào.', en: '{n} files have no task or index table.' },
  noTableChip: { vi: 'Không có bảng để kiểm tra', en: 'Nothing to check' },
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
  alreadyAdded: { vi: '{file} đã có trong danh sách.', en: '{file} is already in the list.' },
  sameName: {
    vi: 'Danh sách đã có một tệp {file} khác nội dung: tệp mới được thêm với tên “{key}”. Nếu đó là bản sửa của tệp cũ, hãy bỏ tệp cũ.',
    en: 'The list already has a different file named {file}: the new one is added as “{key}”. If it corrects the old one, remove the old one.',
  },
  skippedInFolder: { vi: 'Bỏ qua {n} tệp trong thư mục không phải tệp Excel.', en: 'Skipped {n} files in the folder that are not Excel files.' },
  noWorkers: {
    vi: 'Trang đang mở thẳng từ ổ đĩa, nên trình duyệt chỉ cho đọc từng tệp một: trang có thể chậm phản hồi trong lúc đọc. Mở trang qua địa chỉ web của cơ quan để đọc nhanh hơn.',
    en: 'The page is opened straight from disk, so the browser lets it read only one file at a time: it may respond slowly while reading. Open it from the office’s web address to read faster.',
  },
  findings: { vi: 'Kết quả kiểm tra', en: 'Findings' },
  filter: { vi: 'Lọc kết quả', en: 'Filter the findings' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  code: { vi: 'Loại vấn đề', en: 'Kind of finding' },
  allCodes: { vi: 'Tất cả các loại ({n})', en: 'All kinds ({n})' },
  shown: { vi: 'Đang hiển thị {n}/{total} vấn đề.', en: 'Showing {n} of {total} findings.' },
  exportFindings: { vi: 'Xuất danh sách vấn đề (.xlsx)', en: 'Export the findings (.xlsx)' },
  exportName: { vi: 'Kết quả kiểm tra {asOf}.xlsx', en: 'Check results {asOf}.xlsx' },
  exportDone: { vi: 'Đã tải xuống “{file}”: {n} vấn đề.', en: 'Downloaded “{file}”: {n} findings.' },
  exportFilter: { vi: 'Chỉ gồm các vấn đề đang hiển thị: {what}.', en: 'Only the findings shown: {what}.' },
  reportHeading: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  reportHint: {
    vi: 'Lưu tệp báo cáo vào cùng thư mục với các tệp Excel đã kiểm tra để các liên kết trong báo cáo mở đúng ô nguồn.',
    en: 'Save the report in the same folder as the Excel files checked, so its links open the source cells.',
  },
  reportDone: {
    vi: 'Đã tải xuống “{file}” ({period}, tính đến {asOf}): {total} nhiệm vụ từ {workbooks} tệp — hoàn thành {done}, quá hạn {overdue}.',
    en: 'Downloaded “{file}” ({period}, as of {asOf}): {total} tasks from {workbooks} files — {done} completed, {overdue} overdue.',
  },
  reportSkipped: { vi: '{n} tệp không dùng được đã bị bỏ qua.', en: '{n} files that could not be used were left out.' },
  reportWaiting: { vi: 'Đang chờ đọc xong các tệp…', en: 'Waiting for the files to be read…' },
  noWorkbooks: { vi: 'Chưa có tệp nào. Hãy thêm các tệp Excel của các cơ quan trước.', en: 'No file yet. Add the agencies’ Excel files first.' },
  reportNoTable: {
    vi: 'Không tệp nào có bảng nhiệm vụ hay bảng chỉ số: báo cáo sẽ không có nhiệm vụ nào. Có thể các đơn vị đã gửi nhầm tệp. Vẫn tạo báo cáo?',
    en: 'None of the files has a task or index table: the report would have no task in it. The agencies may have sent the wrong files. Make it anyway?',
  },
  reportAnyway: { vi: 'Vẫn tạo báo cáo', en: 'Make it anyway' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  rechecking: { vi: 'Đang kiểm tra lại theo thiết lập mới…', en: 'Checking again with the new settings…' },
  viewer: { vi: 'Xem ô trong tệp', en: 'Cell view' },
  viewerHint: { vi: 'Bấm một vấn đề để xem ô của nó trong tệp, với các ô có vấn đề được tô màu. Chỉ xem: tệp gốc không bị thay đổi.', en: 'Press a finding to see its cell in the file, with the problem cells coloured. Read only: the file itself is not changed.' },
  viewerOpening: { vi: 'Đang mở {file}…', en: 'Opening {file}…' },
  viewerShowing: { vi: 'Ô {cell} của trang “{sheet}” trong {file}.', en: 'Cell {cell} of “{sheet}” in {file}.' },
  viewerFailed: { vi: 'Không mở được {file} để xem.', en: 'Could not open {file} to view it.' },
  gridSheets: { vi: 'Trang tính', en: 'Sheet' },
  gridSheetFindings: { vi: '{sheet} · {n} vấn đề', en: '{sheet} · {n} findings' },
  gridLabel: { vi: 'Nội dung trang tính (chỉ xem)', en: 'Sheet contents (read only)' },
  gridWindow: { vi: 'Dòng {first}–{last} trong {total} dòng', en: 'Rows {first}–{last} of {total}' },
  failed: { vi: 'Không thực hiện được: {message}', en: 'Could not complete: {message}' },
  footer: {
    vi: 'cchc — không cần tài khoản, không gửi dữ liệu đi đâu; cùng cách kiểm tra và cùng báo cáo với add-in cchc trong Excel.',
    en: 'cchc — no account, nothing sent anywhere; the same checks and the same report as the cchc add-in in Excel.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type WebKey = keyof typeof WEB | keyof typeof COMMON;

const ALL: Record<WebKey, Record<Lang, string>> = { ...COMMON, ...WEB };

export function tw(lang: Lang, key: WebKey, params: Record<string, string | number> = {}): string {
  return fill(ALL[key][lang], params);
}

