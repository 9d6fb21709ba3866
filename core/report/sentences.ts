import { parseIso, type IsoDate } from '../dates';
import type { SummaryModel } from './consolidate';
import { cutOffDate } from './period';

/**
 * The sentences an officer would write about the figures, in Vietnamese, shared by the summary sheet and the
 * Word draft so both say the same thing in the same words.
 */

/** "14/9/2024": a date as Vietnamese prose writes it, without leading zeros. */
export function proseDate(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `${p.d}/${p.m}/${p.y}` : iso;
}

/** "ngày 18 tháng 9 năm 2024", as the place-and-date line of an administrative document writes it. */
export function longDate(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `ngày ${p.d < 10 ? `0${p.d}` : p.d} tháng ${p.m < 3 ? `0${p.m}` : p.m} năm ${p.y}` : iso;
}

/** "87,5%": one decimal, a comma for the decimal mark. */
export function percentVi(r: number | null): string {
  return r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

/** "Số liệu tính từ 15/12/2023 đến 14/9/2024." */
export function windowSentence(m: Pick<SummaryModel, 'window'>): string {
  return `Số liệu tính từ ${proseDate(m.window.from)} đến ${proseDate(m.window.to)}.`;
}

/** Which rule chose the as-of date, in one sentence. */
export function ruleSentence(m: Pick<SummaryModel, 'asOfRule' | 'asOf' | 'period'>): string {
  switch (m.asOfRule) {
    case 'cut-off':
      return m.asOf < cutOffDate(m.period)
        ? `Kỳ báo cáo chưa kết thúc: số liệu tính đến ngày lập báo cáo (ngày chốt số liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP là ngày 14 tháng cuối kỳ).`
        : `Ngày chốt số liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP (ngày 14 tháng cuối kỳ báo cáo).`;
    case 'period-end':
      return m.asOf < m.period.end ? 'Kỳ báo cáo chưa kết thúc: số liệu tính đến ngày lập báo cáo.' : 'Số liệu tính đến ngày cuối kỳ báo cáo (theo cài đặt của cơ quan).';
    case 'given':
      return 'Số liệu tính đến ngày do người lập báo cáo chọn.';
  }
}

/** The two completion rates, each with what it is counted over, so nobody confuses them. */
export const RATE_LABEL = {
  all: 'Tỷ lệ hoàn thành trên tổng số nhiệm vụ',
  due: 'Tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn',
  allHow: 'hoàn thành (đúng hạn và trễ hạn) ÷ tổng số nhiệm vụ',
  dueHow: 'hoàn thành ÷ (hoàn thành + quá hạn chưa hoàn thành), cách tính của Tổ công tác của Thủ tướng Chính phủ',
} as const;

/** The overview in sentences: the tasks in the plan, done on time and late, in progress, overdue, recurring, both rates. */
export function figuresSentences(m: SummaryModel): string[] {
  const t = m.totals;
  const done = t.completedOnTime + t.completedLate;
  const out: string[] = [];
  out.push(
    `Tổng số nhiệm vụ được tổng hợp: ${t.total} nhiệm vụ. Đến ngày ${proseDate(m.asOf)}, đã hoàn thành ${done} nhiệm vụ (đúng hạn ${t.completedOnTime}, trễ hạn ${t.completedLate}), ` +
      `đạt ${percentVi(t.completionRate)} tổng số nhiệm vụ` +
      (t.completionRateOfDue === null ? ' (chưa có nhiệm vụ nào đã đến hạn)' : ` và ${percentVi(t.completionRateOfDue)} số nhiệm vụ đã đến hạn`) +
      `; đang thực hiện trong hạn ${t.inProgress} nhiệm vụ; chưa thực hiện ${t.notStarted} nhiệm vụ; quá hạn chưa hoàn thành ${t.overdue} nhiệm vụ` +
      // With a plan, its tasks nobody reported are counted in the total: said here so the figures add up.
      (t.unreported === undefined ? '.' : `; chưa có báo cáo ${t.unreported} nhiệm vụ.`),
  );
  if (t.overdue > 0) {
    const a = t.overdueByAge;
    out.push(`Trong ${t.overdue} nhiệm vụ quá hạn: ${a.upTo30} nhiệm vụ quá hạn đến 30 ngày, ${a.from31To90} nhiệm vụ quá hạn từ 31 đến 90 ngày, ${a.over90} nhiệm vụ quá hạn trên 90 ngày.`);
  }
  out.push(
    `Có ${t.recurring} nhiệm vụ thực hiện thường xuyên, định kỳ và ${t.conditional} nhiệm vụ thực hiện theo kế hoạch, quy định hoặc khi phát sinh (không có một thời hạn cụ thể)` +
      (t.noDeadline > 0 ? `; ${t.noDeadline} nhiệm vụ chưa ghi hoặc không đọc được thời hạn.` : '.'),
  );
  return out;
}
