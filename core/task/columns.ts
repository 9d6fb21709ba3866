import { z } from 'zod';
import { headerKey } from '../text/fold';

/** The fields of a task-sheet row, in English (the Vietnamese is in the sheet). */
export const TaskFieldSchema = z.enum([
  'number',
  'goal',
  'task',
  'activity',
  'output',
  'lead',
  'coordinating',
  'time',
  'budget',
  'status',
  'completedOn',
  'note',
  /** The hidden key column of a cchc reporting form (core/plan/key.ts). */
  'key',
]);
export type TaskField = z.infer<typeof TaskFieldSchema>;

/**
 * Header synonyms seen in plans, as folded keys (see headerKey). Exact keys are tried first,
 * then the patterns in order: "Thời gian hoàn thành" is a deadline, "Ngày hoàn thành" a
 * completion date, "Kết quả thực hiện" a status but "Kết quả/sản phẩm" an output.
 */
const EXACT: Record<string, TaskField> = {
  stt: 'number',
  tt: 'number',
  'so tt': 'number',
  'so thu tu': 'number',
  'muc tieu': 'goal',
  'nhiem vu': 'task',
  'noi dung': 'task',
  'chi so/noi dung': 'task',
  'ten nhiem vu': 'task',
  'noi dung nhiem vu': 'task',
  'hoat dong': 'activity',
  'nhiem vu/giai phap': 'activity',
  'giai phap': 'activity',
  'nhiem vu, giai phap': 'activity',
  'muc tieu/giai phap cai thien': 'activity',
  'noi dung cong viec': 'activity',
  'ket qua/san pham': 'output',
  'san pham': 'output',
  'ket qua': 'output',
  'chi tieu/ket qua': 'output',
  'ket qua du kien': 'output',
  'san pham dau ra': 'output',
  'ghi chu': 'note',
};

const PATTERNS: Array<[RegExp, TaskField]> = [
  [/^ma nhiem vu\b/, 'key'],
  [/^(so )?(stt|tt)\b/, 'number'],
  [/phoi hop/, 'coordinating'],
  [/chu tri|tham muu|^(co quan|don vi) (thuc hien|thuc hien chinh|phu trach|chiu trach nhiem)$|^trach nhiem thuc hien$/, 'lead'],
  [/^ngay hoan thanh|^thoi diem hoan thanh|^ngay thuc te hoan thanh/, 'completedOn'],
  [/^(tinh trang|trang thai|tien do|ket qua thuc hien|tinh hinh thuc hien|muc do hoan thanh)/, 'status'],
  [/^(thoi gian|thoi han|han hoan thanh|moc thoi gian|tien do hoan thanh)/, 'time'],
  [/kinh phi|du toan|nguon von/, 'budget'],
  [/giai phap|^hoat dong|cong viec cu the|nhiem vu cu the/, 'activity'],
  [/san pham|^ket qua|chi tieu/, 'output'],
  [/^nhiem vu|^noi dung|^chi so\b/, 'task'],
  [/^muc tieu/, 'goal'],
  [/^ghi chu/, 'note'],
];

/** Which field a header names, or null. Ignores case, diacritics, numbering ("5-Chủ trì"), spacing. */
export function fieldOfHeader(header: string): TaskField | null {
  const key = headerKey(header);
  if (key === '') return null;
  if (EXACT[key]) return EXACT[key];
  for (const [re, field] of PATTERNS) if (re.test(key)) return field;
  return null;
}

/** Vietnamese labels for fields, for messages and the report. */
export const FIELD_LABEL: Record<TaskField, { vi: string; en: string }> = {
  number: { vi: 'STT', en: 'No.' },
  goal: { vi: 'Mục tiêu', en: 'Goal' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  activity: { vi: 'Hoạt động', en: 'Activity' },
  output: { vi: 'Kết quả/sản phẩm', en: 'Output' },
  lead: { vi: 'Chủ trì', en: 'Lead agency' },
  coordinating: { vi: 'Phối hợp', en: 'Coordinating agencies' },
  time: { vi: 'Thời gian', en: 'Deadline' },
  budget: { vi: 'Kinh phí', en: 'Budget' },
  status: { vi: 'Tình trạng', en: 'Status' },
  completedOn: { vi: 'Ngày hoàn thành', en: 'Completion date' },
  note: { vi: 'Ghi chú', en: 'Note' },
  key: { vi: 'Mã nhiệm vụ', en: 'Task key' },
};
