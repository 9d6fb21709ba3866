import type { Lang } from '../core';

/**
 * The words the task pane and the web page both show, in Vietnamese (default) and English: the settings, the
 * counts, the sheet kinds, the report button. Each front end adds its own words on top (addin/taskpane/i18n.ts,
 * web/i18n.ts), so the two say the same thing where they do the same thing.
 */
export const COMMON = {
  language: { vi: 'English', en: 'Tiếng Việt' },
  languageLabel: { vi: 'Đổi ngôn ngữ sang tiếng Anh', en: 'Switch language to Vietnamese' },
  settings: { vi: 'Thiết lập', en: 'Settings' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  asOfFormat: { vi: 'ngày/tháng/năm', en: 'day/month/year' },
  asOfRule: { vi: 'Ngày tính đến của một kỳ', en: 'A period’s as-of date' },
  ruleCutOff: { vi: 'Ngày chốt số liệu (ngày 14 tháng cuối kỳ)', en: 'The cut-off (the 14th of its last month)' },
  rulePeriodEnd: { vi: 'Ngày cuối kỳ (cuối quý, cuối năm)', en: 'The period’s last day' },
  originTyped: { vi: 'Ngày bạn đã nhập; được giữ cùng kỳ báo cáo.', en: 'The date you typed; kept with the period.' },
  originCutOff: { vi: 'Ngày chốt số liệu của {period} (ngày 14 tháng cuối kỳ, Nghị định 09/2019/NĐ-CP).', en: 'The cut-off date of {period} (the 14th of its last month, Decree 09/2019/NĐ-CP).' },
  originPeriodEnd: { vi: 'Ngày cuối kỳ {period}.', en: 'The last day of {period}.' },
  originToday: { vi: 'Hôm nay: {period} chưa đến ngày {date}.', en: 'Today: {period} has not reached {date} yet.' },
  asOfMoved: { vi: 'Ngày tính đến đổi từ {from} thành {to}.', en: 'The as-of date changed from {from} to {to}.' },
  asOfReplaced: { vi: 'Ngày bạn đã nhập ({from}) nằm ngoài {period}, nên ngày tính đến đổi thành {to}.', en: 'The date you typed ({from}) is outside {period}, so the as-of date is now {to}.' },
  asOfKept: { vi: 'Giữ ngày tính đến {date} bạn đã nhập.', en: 'Kept the as-of date you typed, {date}.' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  dueSoon: { vi: 'Số ngày báo trước', en: 'Days of notice before a deadline' },
  report: { vi: 'Tạo báo cáo quý', en: 'Build quarterly report' },
  writing: { vi: 'Đang ghi báo cáo…', en: 'Writing the report…' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  infos: { vi: 'lưu ý', en: 'info' },
  noFindings: { vi: 'Không phát hiện vấn đề nào.', en: 'No problems found.' },
  sheetKind: { vi: '{kind}, {rows} dòng', en: '{kind}, {rows} rows' },
  kindTask: { vi: 'bảng nhiệm vụ', en: 'task sheet' },
  kindIndex: { vi: 'bảng chỉ số', en: 'index sheet' },
  kindUnknown: { vi: 'không nhận dạng được', en: 'not recognised' },
  goToCell: { vi: 'Chọn ô {cell}', en: 'Select cell {cell}' },
  taskRef: { vi: 'Nhiệm vụ', en: 'Task' },
  badAsOf: { vi: 'Ngày “Tính đến” chưa hợp lệ: ghi dạng ngày/tháng/năm, ví dụ 14/09/2024.', en: 'The “As of” date is not valid: write it day/month/year, e.g. 14/09/2024.' },
  findingCount: { vi: '· {n} vấn đề', en: '· {n} findings' },} satisfies Record<string, Record<Lang, string>>;

export type CommonKey = keyof typeof COMMON;

/** A string with its {placeholders} filled in; an unknown one stays as written. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** One of the shared words, filled in. */
export function tc(lang: Lang, key: CommonKey, params: Record<string, string | number> = {}): string {
  return fill(COMMON[key][lang], params);
}

/** "1,5 MB" / "1.5 MB", "820 KB": a file's size as each language writes it (KB as Windows shows sizes). */
export function fileSize(bytes: number, lang: Lang): string {
  const [n, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [Math.max(1, Math.round(bytes / 1024)), 'KB'];
  const s = unit === 'MB' ? n.toFixed(1) : String(n);
  return `${lang === 'vi' ? s.replace('.', ',') : s} ${unit}`;
}
