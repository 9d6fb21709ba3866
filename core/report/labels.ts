import { TASK_RULES } from '../task/rules';

/** Short Vietnamese and English names of finding codes, for the summary's findings table. */
export const CODE_LABEL: Record<string, { vi: string; en: string }> = {
  ...Object.fromEntries(TASK_RULES.map((r) => [r.code, r.label])),
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

/**
 * The colours a finding's severity is shown in, as Excel's own cell styles "Bad", "Neutral" and a light blue:
 * the findings list's cells and the page's cell view (the add-in's marks use the same).
 */
export const SEVERITY_COLOUR = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E79' },
} as const;
