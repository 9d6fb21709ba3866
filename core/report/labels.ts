/** Short Vietnamese and English names of finding codes, for the summary's findings table. */
export const CODE_LABEL: Record<string, { vi: string; en: string }> = {
  'missing-lead': { vi: 'Thiếu cơ quan chủ trì', en: 'No lead agency' },
  'deadline-expired': { vi: 'Quá hạn chưa hoàn thành', en: 'Deadline passed' },
  'deadline-due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'deadline-missing': { vi: 'Thiếu thời hạn', en: 'No deadline' },
  'deadline-unparsed': { vi: 'Không đọc được thời hạn', en: 'Unreadable deadline' },
  'budget-unparsed': { vi: 'Không đọc được kinh phí', en: 'Unreadable budget' },
  'unknown-agency': { vi: 'Cơ quan không có trong danh mục', en: 'Unknown agency' },
  'lead-also-coordinating': { vi: 'Vừa chủ trì vừa phối hợp', en: 'Lead also coordinating' },
  'missing-output': { vi: 'Thiếu kết quả/sản phẩm', en: 'No output' },
  'missing-task-text': { vi: 'Thiếu nội dung nhiệm vụ', en: 'No task text' },
  'duplicate-number': { vi: 'Trùng số thứ tự', en: 'Duplicate item number' },
  'status-unknown': { vi: 'Tình trạng không rõ', en: 'Unknown status' },
  'completion-date-unparsed': { vi: 'Không đọc được ngày hoàn thành', en: 'Unreadable completion date' },
  'completed-before-start': { vi: 'Hoàn thành trước kỳ thực hiện', en: 'Completed before the period' },
  'cell-error': { vi: 'Ô lỗi công thức', en: 'Formula error in a cell' },
  'score-exceeds-max': { vi: 'Điểm vượt điểm tối đa', en: 'Score above its maximum' },
  'score-invalid': { vi: 'Giá trị không phải điểm số', en: 'Not a score' },
  'component-sum-mismatch': { vi: 'Tổng thành phần không khớp', en: 'Components do not add up' },
  'percent-mismatch': { vi: 'Tỷ lệ % không khớp điểm', en: 'Percent does not match the score' },
  'target-below-baseline': { vi: 'Chỉ tiêu thấp hơn kết quả đã đạt', en: 'Target below the baseline' },
  'rank-out-of-range': { vi: 'Thứ hạng không hợp lệ', en: 'Rank out of range' },
  'missing-value': { vi: 'Thiếu giá trị', en: 'Missing value' },
};

export const SEVERITY_LABEL = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Info' },
} as const;
