import { formatViDate } from '../dates';
import type { Lang } from '../findings';
import type { SummaryModel } from '../report/consolidate';
import { cutOffDate, type ReportPeriod } from '../report/period';
import type { Plan } from './plan';

/**
 * What cchc says, in Vietnamese or English, about the plan, the last report and the forms: the lines `cchc report`
 * and `cchc forms` print, and the web page shows after its downloads, in the same words.
 */

/** The plan's and the changes' figures, one line each (none without --plan and --previous). */
export function planLines(model: Pick<SummaryModel, 'plan' | 'changes'>, lang: Lang): string[] {
  const out: string[] = [];
  const p = model.plan;
  if (p)
    out.push(
      lang === 'vi'
        ? `Kế hoạch gốc (${p.file}): ${p.total} nhiệm vụ — đã có báo cáo ${p.reported}, chưa có báo cáo ${p.unreported.length}; ${p.silentAgencies.length} cơ quan chưa gửi báo cáo; ${p.notInPlan.length} dòng không có trong kế hoạch; khớp theo mã ${p.matched.key}, theo số thứ tự ${p.matched.number}, theo nội dung ${p.matched.text}.`
        : `Plan (${p.file}): ${p.total} tasks — reported ${p.reported}, not reported ${p.unreported.length}; ${p.silentAgencies.length} agencies sent nothing; ${p.notInPlan.length} rows not in the plan; matched by key ${p.matched.key}, by number ${p.matched.number}, by text ${p.matched.text}.`,
    );
  const c = model.changes;
  if (c)
    out.push(
      lang === 'vi'
        ? `So với kỳ trước (${c.previous.file}): mới hoàn thành ${c.newlyCompleted.length}, mới quá hạn ${c.newlyOverdue.length}, vẫn quá hạn ${c.stillOverdue.length}, kỳ trước hoàn thành nay chưa ${c.regressed.length}, đổi thời hạn ${c.deadlineChanged.length}, nhiệm vụ mới ${c.added.length}, không còn ${c.removed.length}.`
        : `Against the last report (${c.previous.file}): newly completed ${c.newlyCompleted.length}, newly overdue ${c.newlyOverdue.length}, still overdue ${c.stillOverdue.length}, done before and not now ${c.regressed.length}, deadline changed ${c.deadlineChanged.length}, added ${c.added.length}, removed ${c.removed.length}.`,
    );
  return out;
}

/** "39 nhiệm vụ của kế hoạch X; kỳ Quý III (9 tháng) năm 2022, hạn gửi lại 14/09/2022": what a set of forms is for. */
export function formsAbout(plan: Pick<Plan, 'file' | 'tasks'>, period: ReportPeriod, lang: Lang): string {
  const due = cutOffDate(period);
  return lang === 'vi'
    ? `${plan.tasks.length} nhiệm vụ của kế hoạch ${plan.file}; kỳ ${period.labelVi}, hạn gửi lại ${formatViDate(due)}`
    : `${plan.tasks.length} tasks of the plan ${plan.file}; ${period.labelEn}, due back ${due}`;
}

/** "Biểu báo cáo - Sở Tư pháp.xlsx: 4 nhiệm vụ, 4 nhiệm vụ chung với cơ quan khác": one form. */
export function formLine(form: { fileName: string; tasks: number; shared: number }, lang: Lang): string {
  const shared = form.shared ? (lang === 'vi' ? `, ${form.shared} nhiệm vụ chung với cơ quan khác` : `, ${form.shared} shared with other agencies`) : '';
  return lang === 'vi' ? `${form.fileName}: ${form.tasks} nhiệm vụ${shared}` : `${form.fileName}: ${form.tasks} tasks${shared}`;
}
