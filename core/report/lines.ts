import { formatViDate } from '../dates';
import type { Lang, Message } from '../findings';
import type { SummaryModel } from './consolidate';
import type { AsOfBasis } from './period';

/**
 * What cchc says once a report is made, in Vietnamese or English: the period, the as-of date and the rule that
 * chose it, and the figures. `cchc report` prints it after "Đã ghi báo cáo <file>", the web page after "Đã tải
 * xuống <file>", so the two state the same date, rule and counts in the same words.
 */

/** The rule an as-of date followed, as the line after a report names it. */
export const AS_OF_RULE_LABEL: Record<AsOfBasis, Message> = {
  'cut-off': { vi: 'ngày chốt số liệu theo Nghị định 09/2019/NĐ-CP', en: 'the legal cut-off, Decree 09/2019' },
  'period-end': { vi: 'ngày cuối kỳ', en: "the period's last day" },
  given: { vi: 'ngày đã chọn', en: 'the date given' },
};

/**
 * "(Quý III (9 tháng) năm 2024, tính đến 14/09/2024 — ngày chốt số liệu …): 250 nhiệm vụ từ 24 sổ — hoàn thành …": the
 * part of the line after the file's name. `workbooks`: how many workbooks went into it.
 */
export function reportFiguresLine(model: Pick<SummaryModel, 'period' | 'asOf' | 'asOfRule' | 'totals'>, workbooks: number, lang: Lang): string {
  const t = model.totals;
  const vi = lang === 'vi';
  const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1).replace('.', vi ? ',' : '.')}%`);
  const rule = AS_OF_RULE_LABEL[model.asOfRule][lang];
  // With a plan, the tasks nobody reported are a class of the total too.
  const unreported = t.unreported === undefined ? '' : vi ? `, chưa có báo cáo ${t.unreported}` : `, not reported ${t.unreported}`;
  // The rate over the tasks due has no value when nothing has come due: said in words, not as a dash.
  const ofDue =
    t.completionRateOfDue === null ? (vi ? 'chưa có nhiệm vụ nào đến hạn' : 'none due yet') : vi ? `${pct(t.completionRateOfDue)} số đã đến hạn` : `${pct(t.completionRateOfDue)} of those due`;
  return vi
    ? `(${model.period.labelVi}, tính đến ${formatViDate(model.asOf)} — ${rule}): ${t.total} nhiệm vụ từ ${workbooks} sổ — hoàn thành ${t.completedOnTime + t.completedLate} (${pct(t.completionRate)} tổng số; ${ofDue}), quá hạn ${t.overdue}, đang thực hiện ${t.inProgress}, chưa thực hiện ${t.notStarted}, thường xuyên ${t.recurring}, theo kế hoạch/quy định ${t.conditional}, chưa rõ thời hạn ${t.noDeadline}${unreported}.`
    : `(${model.period.labelEn}, as of ${model.asOf}, ${rule}): ${t.total} tasks from ${workbooks} workbooks — completed ${t.completedOnTime + t.completedLate} (${pct(t.completionRate)} of all; ${ofDue}), overdue ${t.overdue}, in progress ${t.inProgress}, not started ${t.notStarted}, recurring ${t.recurring}, by plan or rule ${t.conditional}, no readable deadline ${t.noDeadline}${unreported}.`;
}
