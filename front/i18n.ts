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
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  dueSoon: { vi: 'Sắp đến hạn trong (ngày)', en: 'Due soon within (days)' },
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
  badAsOf: { vi: 'Ngày “Tính đến” không hợp lệ.', en: 'The “As of” date is not valid.' },
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

/** "1,5 MB" / "1.5 MB", "820 kB": a file's size as each language writes it. */
export function fileSize(bytes: number, lang: Lang): string {
  const [n, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [Math.max(1, Math.round(bytes / 1024)), 'kB'];
  const s = unit === 'MB' ? n.toFixed(1) : String(n);
  return `${lang === 'vi' ? s.replace('.', ',') : s} ${unit}`;
}
