import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { Message } from '../findings';
import { fail, ok, type Result } from '../result';
import { AsOfRuleSchema } from './period';

/**
 * What an office sets once for its reports: how the as-of date is chosen, and the administrative details of
 * the Word draft (Nghị định 30/2020/NĐ-CP): who issues it, its number, to whom it goes, who signs. Every
 * field is optional; the draft shows a placeholder "…" wherever one is empty, for the officer to fill in.
 */
export const ReportSettingsSchema = z
  .object({
    /** 'cut-off' (default): the 14th of the period's last month, Nghị định 09/2019/NĐ-CP Điều 12; 'period-end': its last day. */
    asOfRule: AsOfRuleSchema.optional(),
    /** The body the issuer belongs to, first line of the heading: "UBND TỈNH ĐỒNG NAI". */
    parentBody: z.string().optional(),
    /** The issuer, second line of the heading: "SỞ NỘI VỤ". */
    issuer: z.string().optional(),
    /** The issuer's abbreviation in the number: "SNV" gives "Số: …/BC-SNV". */
    issuerCode: z.string().optional(),
    /** The report's number, when already given: "125". */
    number: z.string().optional(),
    /** The place named before the date: "Đồng Nai". */
    place: z.string().optional(),
    /** The date of the report (YYYY-MM-DD); left as "ngày … tháng … năm …" when absent. */
    date: z.string().refine(isIsoDate, { message: 'date' }).optional(),
    /** "Kính gửi: …", one or more. */
    recipients: z.array(z.string()).optional(),
    /** "Nơi nhận:" lines, without the leading "- " and trailing ";". */
    distribution: z.array(z.string()).optional(),
    signer: z
      .object({
        /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; empty when the head signs. */
        authority: z.string().optional(),
        /** "PHÓ GIÁM ĐỐC", "CHỦ TỊCH". */
        title: z.string().optional(),
        name: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

const FIELDS = 'asOfRule, parentBody, issuer, issuerCode, number, place, date, recipients, distribution, signer { authority, title, name }';

/** What a field should hold, for the message about a wrong one. */
const EXPECTED: Record<string, Message> = {
  asOfRule: { vi: '"cut-off" (ngày chốt số liệu, mặc định) hoặc "period-end" (ngày cuối kỳ)', en: '"cut-off" (the legal cut-off, default) or "period-end" (the period\'s last day)' },
  date: { vi: 'một ngày dạng YYYY-MM-DD, ví dụ "2024-09-18"', en: 'a date YYYY-MM-DD, e.g. "2024-09-18"' },
  recipients: { vi: 'một danh sách chữ, ví dụ ["Ủy ban nhân dân tỉnh"]', en: 'a list of texts, e.g. ["Ủy ban nhân dân tỉnh"]' },
  distribution: { vi: 'một danh sách chữ, ví dụ ["Như trên", "Lưu: VT"]', en: 'a list of texts, e.g. ["Như trên", "Lưu: VT"]' },
  signer: { vi: 'một nhóm { "authority", "title", "name" }', en: 'an object { "authority", "title", "name" }' },
};

/**
 * Reads a settings file's text: the settings, or one sentence in Vietnamese and English saying what is wrong
 * and where (`source`: the file's name, for the message). Never throws.
 */
export function parseReportSettings(json: string, source = 'settings'): Result<ReportSettings> {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = (e as Error).message;
    return fail('settings-not-json', `Tệp cài đặt ${source} không phải JSON hợp lệ (${why}).`, `The settings file ${source} is not valid JSON (${why}).`);
  }
  const parsed = ReportSettingsSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${where ? `${where}.` : ''}${k}"`).join(', ');
    return fail('settings-unknown-key', `Tệp cài đặt ${source} có mục không dùng được: ${keys}. Các mục dùng được: ${FIELDS}.`, `The settings file ${source} has unknown entries: ${keys}. Known entries: ${FIELDS}.`);
  }
  if (where === '') return fail('settings-not-object', `Tệp cài đặt ${source} phải là một đối tượng JSON { … }.`, `The settings file ${source} must be a JSON object { … }.`);
  const top = String(issue.path[0]);
  const expected = EXPECTED[top] ?? { vi: 'chữ (một chuỗi trong dấu ngoặc kép)', en: 'text (a string in double quotes)' };
  return fail('settings-bad-value', `Tệp cài đặt ${source}: mục "${where}" phải là ${expected.vi}.`, `The settings file ${source}: "${where}" must be ${expected.en}.`);
}
