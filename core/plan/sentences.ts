import type { ConsolidatedTask, SummaryModel } from '../report/consolidate';
import { listTitle } from '../report/layout-parts';
import { percentVi, proseDate } from '../report/sentences';
import { PROGRESS_LABEL } from '../task/progress';
import type { Changes } from './schema';

/**
 * The plan's figures and the changes since the last report in the sentences an officer writes in the Word draft:
 * how many of the plan's tasks were reported, which agencies sent nothing, what moved since the last period.
 * Tasks are named when there are few, counted when there are many.
 */

/** How many tasks a sentence names before it only counts them. */
const NAMED = 5;

const quoted = (t: { number: string | null; title: string }) => `“${listTitle(t, 160)}”`;
const leadsOf = (t: { leads: readonly string[] }) => (t.leads.length ? ` (${t.leads.join(', ')})` : '');
/** "a, b và c" */
function joinVi(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
/** The items named, or the first few and how many more. */
function named<T>(items: readonly T[], name: (x: T) => string): string {
  const shown = items.slice(0, NAMED).map(name);
  return items.length > NAMED ? `${shown.join('; ')} và ${items.length - NAMED} nhiệm vụ khác` : shown.join('; ');
}

/** The returns held against the plan, for "Tình hình báo cáo": reported, not reported, silent agencies, rows not in it. */
export function planSentences(m: SummaryModel): string[] {
  const p = m.plan;
  if (!p) return [];
  const out: string[] = [];
  const unreported = p.unreported.length;
  // Tasks nobody reported whose deadline has passed: the ones to chase first.
  const pastDue = m.tasks.filter((t: ConsolidatedTask) => t.progress === 'unreported' && t.deadline !== null && t.deadline < m.asOf).length;
  out.push(
    `Kế hoạch cải cách hành chính có ${p.total} nhiệm vụ. Đến ngày ${proseDate(m.asOf)}, các cơ quan đã báo cáo kết quả ${p.reported} nhiệm vụ (${percentVi(p.total ? p.reported / p.total : null)}); ` +
      (unreported === 0
        ? 'tất cả nhiệm vụ của kế hoạch đều đã có báo cáo.'
        : `${unreported} nhiệm vụ chưa có báo cáo, được tính vào tổng số với tình trạng “Chưa có báo cáo”${pastDue > 0 ? `, trong đó ${pastDue} nhiệm vụ đã quá thời hạn ghi trong kế hoạch` : ''}.`),
  );
  const agencies = p.byAgency.length;
  const silent = p.silentAgencies;
  out.push(
    silent.length === 0
      ? `Tất cả ${agencies} cơ quan có nhiệm vụ trong kế hoạch đã gửi báo cáo.`
      : `${agencies - silent.length}/${agencies} cơ quan có nhiệm vụ trong kế hoạch đã gửi báo cáo; ${silent.length} cơ quan chưa gửi báo cáo: ${joinVi(silent)}.`,
  );
  if (p.notInPlan.length > 0)
    out.push(`Có ${p.notInPlan.length} nội dung được báo cáo nhưng không có trong kế hoạch (vẫn tính vào tổng số nhiệm vụ), cần rà soát lại với cơ quan báo cáo.`);
  return out;
}

/** What changed since the last period's report, for "So với kỳ trước". */
export function changesSentences(m: SummaryModel): string[] {
  const c: Changes | undefined = m.changes;
  if (!c) return [];
  const t = m.totals;
  const prev = c.previousTotals;
  const out: string[] = [];
  // The last report's date says which it was; its title only when it states no date.
  const then = `So với báo cáo kỳ trước${c.previous.asOf ? ` (số liệu đến ngày ${proseDate(c.previous.asOf)})` : c.previous.title ? ` (${c.previous.title})` : ''}`;
  const done = t.completedOnTime + t.completedLate;
  const move = (now: number, before: number | undefined, what: string) => {
    if (before === undefined) return `${what} là ${now}`;
    const d = now - before;
    return d === 0 ? `${what} không đổi (${now})` : `${what} ${d > 0 ? 'tăng' : 'giảm'} ${Math.abs(d)} (từ ${before} ${d > 0 ? 'lên' : 'xuống'} ${now})`;
  };
  out.push(`${then}, ${move(done, prev.completed, 'số nhiệm vụ đã hoàn thành')}; ${move(t.overdue, prev.overdue, 'số nhiệm vụ quá hạn chưa hoàn thành')}.`);

  const parts: string[] = [];
  if (c.newlyCompleted.length) parts.push(`${c.newlyCompleted.length} nhiệm vụ mới hoàn thành`);
  if (c.newlyOverdue.length) parts.push(`${c.newlyOverdue.length} nhiệm vụ mới quá hạn`);
  if (c.stillOverdue.length) parts.push(`${c.stillOverdue.length} nhiệm vụ tiếp tục quá hạn`);
  out.push(parts.length ? `Trong kỳ có ${joinVi(parts)}.` : 'Trong kỳ không có nhiệm vụ nào mới hoàn thành hay mới quá hạn.');

  if (c.stillOverdue.length)
    out.push(`Nhiệm vụ tiếp tục quá hạn: ${named(c.stillOverdue, (x) => `${quoted(x)}${leadsOf(x)}, quá hạn ${x.daysOverdue ?? '…'} ngày (kỳ trước ${x.previousDaysOverdue ?? '…'} ngày)`)}.`);
  if (c.regressed.length)
    out.push(
      `Có ${c.regressed.length} nhiệm vụ kỳ trước báo cáo đã hoàn thành nhưng kỳ này báo cáo chưa hoàn thành, cần làm rõ: ${named(c.regressed, (x) => `${quoted(x)}${leadsOf(x)}, nay báo cáo “${x.statusText ?? (x.progress ? PROGRESS_LABEL[x.progress].vi : '')}”`)}.`,
    );
  if (c.deadlineChanged.length) {
    const when = (d: string | null, text: string | null) => (d ? proseDate(d) : (text ?? 'không ghi'));
    out.push(`Có ${c.deadlineChanged.length} nhiệm vụ thay đổi thời hạn: ${named(c.deadlineChanged, (x) => `${quoted(x)}${leadsOf(x)}, từ ${when(x.oldDeadline, x.oldDeadlineText)} sang ${when(x.newDeadline, x.newDeadlineText)}`)}.`);
  }
  if (c.added.length || c.removed.length) {
    const ar: string[] = [];
    if (c.added.length) ar.push(`${c.added.length} nhiệm vụ mới so với kỳ trước`);
    if (c.removed.length) ar.push(`${c.removed.length} nhiệm vụ có trong báo cáo kỳ trước nhưng không còn trong kỳ này`);
    out.push(`Có ${joinVi(ar)}.`);
  }
  return out;
}
