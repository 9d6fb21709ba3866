import { clipText, type Message } from '../findings';

/** Finding codes for task sheets, spelled as the issue tracker and the JSON output spell them. */
export const TASK_CODES = [
  'missing-lead',
  'deadline-expired',
  'deadline-due-soon',
  'deadline-missing',
  'deadline-unparsed',
  'budget-unparsed',
  'unknown-agency',
  'lead-also-coordinating',
  'missing-output',
  'missing-task-text',
  'duplicate-number',
  'status-unknown',
  'completion-date-unparsed',
  'completed-before-start',
  'cell-error',
] as const;
export type TaskCode = (typeof TASK_CODES)[number];

/** A cell's text quoted in a message, cut to 80 characters (a 10 000-character cell stays readable). */
const q = (s: string) => `“${clipText(s, 80)}”`;

export const taskMessages = {
  'missing-lead': (): Message => ({
    vi: 'Nhiệm vụ chưa có cơ quan chủ trì.',
    en: 'The task has no lead agency.',
  }),
  'deadline-expired': (p: { deadline: string; days: number; status: string | null }): Message => ({
    vi: `Đã quá hạn ${p.days} ngày (hạn ${p.deadline}) mà chưa báo cáo hoàn thành${p.status ? ` (tình trạng: ${clipText(p.status, 80)})` : ''}.`,
    en: `${p.days} days past the deadline (${p.deadline}) and not reported complete${p.status ? ` (status: ${clipText(p.status, 80)})` : ''}.`,
  }),
  'deadline-due-soon': (p: { deadline: string; days: number }): Message => ({
    vi: p.days === 0 ? `Đến hạn hôm nay (${p.deadline}).` : `Còn ${p.days} ngày đến hạn (${p.deadline}).`,
    en: p.days === 0 ? `Due today (${p.deadline}).` : `Due in ${p.days} days (${p.deadline}).`,
  }),
  'deadline-missing': (): Message => ({
    vi: 'Nhiệm vụ chưa có thời gian hoàn thành.',
    en: 'The task has no deadline.',
  }),
  'deadline-unparsed': (p: { text: string; reason: Message }): Message => ({
    vi: `Không đọc được thời gian ${q(p.text)}: ${p.reason.vi}. Ghi theo dạng 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 hoặc "Thường xuyên".`,
    en: `Cannot read the time ${q(p.text)}: ${p.reason.en}. Write it as 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 or "Thường xuyên".`,
  }),
  'budget-unparsed': (p: { text: string }): Message => ({
    vi: `Không đọc được kinh phí ${q(p.text)}. Ghi số tiền (150 triệu, 1,5 tỷ, 100.000.000 đồng) hoặc nguồn (Kinh phí tự chủ, Theo Kế hoạch).`,
    en: `Cannot read the budget ${q(p.text)}. Write an amount (150 triệu, 1,5 tỷ, 100.000.000 đồng) or a source (Kinh phí tự chủ, Theo Kế hoạch).`,
  }),
  'unknown-agency': (p: { name: string; role: 'lead' | 'coordinating'; suggestion?: string }): Message => ({
    vi: `Cơ quan ${p.role === 'lead' ? 'chủ trì' : 'phối hợp'} ${q(p.name)} không có trong danh mục cơ quan.${p.suggestion ? ` Có phải là “${p.suggestion}”?` : ''}`,
    en: `The ${p.role === 'lead' ? 'lead' : 'coordinating'} agency ${q(p.name)} is not in the agency directory.${p.suggestion ? ` Did you mean “${p.suggestion}”?` : ''}`,
  }),
  'lead-also-coordinating': (p: { names: string[] }): Message => ({
    vi: `${p.names.map(q).join(', ')} vừa chủ trì vừa phối hợp thực hiện.`,
    en: `${p.names.map(q).join(', ')} ${p.names.length > 1 ? 'are' : 'is'} both lead and coordinating.`,
  }),
  'missing-output': (): Message => ({
    vi: 'Nhiệm vụ chưa nêu kết quả/sản phẩm.',
    en: 'The task names no output.',
  }),
  'missing-task-text': (p: { column: string }): Message => ({
    vi: `Dòng có thông tin nhưng thiếu nội dung ở cột “${p.column}”.`,
    en: `The row has data but no text in the “${p.column}” column.`,
  }),
  'duplicate-number': (p: { number: string; firstCell: string }): Message => ({
    vi: `Số thứ tự “${p.number}” bị trùng với ô ${p.firstCell} trong cùng mục.`,
    en: `Item number “${p.number}” repeats the one in ${p.firstCell} in the same section.`,
  }),
  'status-unknown': (p: { text: string }): Message => ({
    vi: `Không hiểu tình trạng ${q(p.text)}. Dùng: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.`,
    en: `Unknown status ${q(p.text)}. Use: Hoàn thành, Hoàn thành trễ hạn, Đang thực hiện, Chưa thực hiện.`,
  }),
  'completion-date-unparsed': (p: { text: string }): Message => ({
    vi: `Không đọc được ngày hoàn thành ${q(p.text)}; ghi theo dạng ngày/tháng/năm.`,
    en: `Cannot read the completion date ${q(p.text)}; write it as day/month/year.`,
  }),
  'completed-before-start': (p: { date: string; start: string }): Message => ({
    vi: `Ngày hoàn thành ${p.date} sớm hơn thời gian bắt đầu của nhiệm vụ (${p.start}).`,
    en: `The completion date ${p.date} is before the task's period starts (${p.start}).`,
  }),
  'cell-error': (p: { value: string }): Message => ({
    vi: `Ô bị lỗi công thức ${p.value}.`,
    en: `The cell holds the formula error ${p.value}.`,
  }),
} satisfies Record<TaskCode, (p: never) => Message>;
