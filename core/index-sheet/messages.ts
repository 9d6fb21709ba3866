import { clipText, type Message, type Severity } from '../findings';
import { tidyText } from '../text/fold';

/** Finding codes for index score sheets, spelled as the issue tracker and the JSON output spell them. */
export const INDEX_CODES = [
  'score-exceeds-max',
  'score-invalid',
  'component-sum-mismatch',
  'percent-mismatch',
  'target-below-baseline',
  'rank-out-of-range',
  'missing-value',
] as const;
export type IndexCode = (typeof INDEX_CODES)[number];

export const INDEX_SEVERITY: Record<IndexCode, Severity> = {
  'score-exceeds-max': 'error',
  'score-invalid': 'error',
  'component-sum-mismatch': 'error',
  'percent-mismatch': 'warning',
  'target-below-baseline': 'warning',
  'rank-out-of-range': 'error',
  'missing-value': 'warning',
};

const q = (text: string) => {
  const s = tidyText(text);
  return `“${clipText(s, 80)}”`;
};

/** A computed number the way each language writes it: 4,60 in Vietnamese, 4.60 in English. */
export function formatNumber(n: number, lang: 'vi' | 'en'): string {
  const r = Math.round(n * 1000) / 1000;
  const s = Number.isInteger(Math.round(r * 100 * 1e6) / 1e6) ? r.toFixed(2) : r.toFixed(3);
  return lang === 'vi' ? s.replace('.', ',') : s;
}
const num = (n: number) => ({ vi: formatNumber(n, 'vi'), en: formatNumber(n, 'en') });

/** "PAPI 4.4" or "PAPI, dòng tổng" — which component a message is about. */
export type Subject = { vi: string; en: string };
export function subject(index: string, number: string, isTotal: boolean): Subject {
  if (isTotal) return { vi: `${index}, dòng tổng`, en: `${index}, total row` };
  return number ? { vi: `${index} ${number}`, en: `${index} ${number}` } : { vi: index, en: index };
}

export const indexMessages = {
  'score-exceeds-max': (p: { who: Subject; text: string; value: number; max: number; percent: boolean }): Message =>
    p.percent
      ? {
          vi: `${p.who.vi}: tỷ lệ ${q(p.text)} vượt quá 100%.`,
          en: `${p.who.en}: the percentage ${q(p.text)} is above 100%.`,
        }
      : {
          vi: `${p.who.vi}: điểm ${num(p.value).vi} vượt điểm tối đa ${num(p.max).vi} (${q(p.text)}).`,
          en: `${p.who.en}: the score ${num(p.value).en} exceeds its maximum ${num(p.max).en} (${q(p.text)}).`,
        },
  'score-invalid': (p: { who: Subject; text: string; reason: Message }): Message => ({
    vi: `${p.who.vi}: giá trị ${q(p.text)} không hợp lệ — ${p.reason.vi}.`,
    en: `${p.who.en}: the value ${q(p.text)} is invalid — ${p.reason.en}.`,
  }),
  'component-sum-mismatch': (p: { who: Subject; parts: string; count: number; sum: number; stated: number; column: string }): Message => ({
    vi: `${p.who.vi}: tổng điểm của ${p.count} chỉ số thành phần (${p.parts}) là ${num(p.sum).vi}, khác ${num(p.stated).vi} ghi ở cột ${q(p.column)} (chênh ${num(Math.abs(p.sum - p.stated)).vi}).`,
    en: `${p.who.en}: its ${p.count} components (${p.parts}) add up to ${num(p.sum).en}, not the ${num(p.stated).en} written under ${q(p.column)} (off by ${num(Math.abs(p.sum - p.stated)).en}).`,
  }),
  'percent-mismatch': (p: { who: Subject; percentText: string; scoreText: string; expected: number }): Message => ({
    vi: `${p.who.vi}: tỷ lệ ${q(p.percentText)} không khớp với điểm ${q(p.scoreText)} (điểm/điểm tối đa = ${num(p.expected).vi}%).`,
    en: `${p.who.en}: the percentage ${q(p.percentText)} does not match the score ${q(p.scoreText)} (score/maximum = ${num(p.expected).en}%).`,
  }),
  'target-below-baseline': (p: { who: Subject; targetText: string; baselineText: string; baseline: { header: string; year: number | null }; rank: boolean }): Message => {
    const vi = p.baseline.year !== null ? `năm ${p.baseline.year}` : `ở cột ${q(p.baseline.header)}`;
    const en = p.baseline.year !== null ? `in ${p.baseline.year}` : `under ${q(p.baseline.header)}`;
    return p.rank
      ? {
          vi: `${p.who.vi}: chỉ tiêu xếp hạng ${q(p.targetText)} thấp hơn thứ hạng đã đạt ${vi} (${q(p.baselineText)}).`,
          en: `${p.who.en}: the target rank ${q(p.targetText)} is worse than the rank reached ${en} (${q(p.baselineText)}).`,
        }
      : {
          vi: `${p.who.vi}: chỉ tiêu ${q(p.targetText)} thấp hơn kết quả đã đạt ${vi} (${q(p.baselineText)}).`,
          en: `${p.who.en}: the target ${q(p.targetText)} is below the result reached ${en} (${q(p.baselineText)}).`,
        };
  },
  'rank-out-of-range': (p: { who: Subject; text: string; problem: 'below-one' | 'reversed' | 'above-total'; of: number | null }): Message =>
    p.problem === 'below-one'
      ? { vi: `${p.who.vi}: thứ hạng ${q(p.text)} nhỏ hơn 1.`, en: `${p.who.en}: the rank ${q(p.text)} is below 1.` }
      : p.problem === 'reversed'
        ? {
            vi: `${p.who.vi}: khoảng thứ hạng ${q(p.text)} bị ngược (số đầu lớn hơn số sau).`,
            en: `${p.who.en}: the rank range ${q(p.text)} is upside down (the first number is larger).`,
          }
        : {
            vi: `${p.who.vi}: thứ hạng ${q(p.text)} vượt quá tổng số ${p.of ?? ''} tỉnh, thành phố.`,
            en: `${p.who.en}: the rank ${q(p.text)} is beyond the ${p.of ?? ''} provinces ranked.`,
          },
  'missing-value': (p: { who: Subject; column: string }): Message => ({
    vi: `${p.who.vi}: chưa có giá trị ở cột ${q(p.column)}.`,
    en: `${p.who.en}: no value under ${q(p.column)}.`,
  }),
};
