import type { ConsolidatedTask, WorkbookRecords } from '../report/consolidate';
import { foldText } from '../text/fold';
import { TaskIndex } from './match';
import type { Plan, PlanTask } from './plan';
import type { MatchBy, PlanSummary } from './schema';

/**
 * The returns held against the plan, file by file as the consolidation takes them: which plan task each returned
 * row is (by key, number or text), whose return each file is, and at the end the plan's tasks nobody reported,
 * the agencies that sent nothing and the rows the plan does not have.
 */
export class PlanTracker {
  private readonly index: TaskIndex;
  private readonly reported = new Set<number>();
  private readonly counts: Record<MatchBy, number> = { key: 0, number: 0, text: 0 };
  private readonly byText: PlanSummary['matchedByText'] = [];
  private readonly notInPlan: PlanSummary['notInPlan'] = [];
  private readonly returns: PlanSummary['returns'] = [];
  private readonly kinds: Map<string, string>;

  constructor(readonly plan: Plan) {
    this.index = new TaskIndex(plan.tasks.map((t) => ({ key: t.key, leads: t.record.leads, area: t.record.area, number: t.number, title: t.record.title })));
    this.kinds = new Map(plan.agencies.map((a) => [foldText(a.name), a.kind]));
  }

  /** The plan task of each of the file's task rows (in order), null where there is none. */
  add(records: WorkbookRecords): Array<PlanTask | null> {
    const found = records.tasks.map(({ task }) => {
      const m = this.index.match({ key: task.planKey, leads: task.leads, area: task.area, number: task.number, title: task.title });
      if (!m) {
        this.notInPlan.push({ ...task.source, title: task.title, leads: task.leads });
        return null;
      }
      const p = this.plan.tasks[m.index];
      this.counts[m.by]++;
      this.reported.add(m.index);
      if (m.by === 'text') this.byText.push({ ...task.source, title: task.title, planNumber: p.number, planTitle: p.record.title, planKey: p.key });
      return p;
    });
    if (records.tasks.length > 0) {
      const forms = [...new Set(records.tasks.map((t) => t.reporter).filter((r): r is string => Boolean(r)))];
      const matched = found.filter((p): p is PlanTask => p !== null);
      const agencies = forms.length ? forms : this.whoseReturn(matched);
      this.returns.push({ file: records.file, agencies, by: forms.length ? 'form' : agencies.length ? 'leads' : 'none', rows: records.tasks.length, matched: matched.length });
    }
    return found;
  }

  /**
   * Whose return a file is, from the plan tasks its rows matched: the agencies that lead every one of them; else
   * those leading at least half of them; else (a workbook gathering many agencies' appendices) all their leads.
   * Where one agency and a group ("UBND cấp xã") tie, the agency.
   */
  private whoseReturn(tasks: readonly PlanTask[]): string[] {
    if (tasks.length === 0) return [];
    const count = new Map<string, number>();
    for (const t of tasks) for (const a of t.reporters) count.set(a, (count.get(a) ?? 0) + 1);
    const every = [...count].filter(([, n]) => n === tasks.length).map(([a]) => a);
    const most = [...count].filter(([, n]) => n * 2 >= tasks.length).map(([a]) => a);
    const chosen = every.length ? every : most.length ? most : [...count.keys()];
    const single = chosen.filter((a) => this.kinds.get(foldText(a)) === 'agency');
    return single.length && (every.length || most.length) ? single : chosen;
  }

  /**
   * The consolidated tasks in the plan's order, each plan task once (reported, or as "Chưa có báo cáo" from the
   * plan), then the rows not in the plan; and the summary of how the reporting went.
   */
  finish(tasks: readonly ConsolidatedTask[]): { tasks: ConsolidatedTask[]; summary: PlanSummary } {
    const { plan } = this;
    const byKey = new Map<string, ConsolidatedTask>();
    const others: ConsolidatedTask[] = [];
    const keys = new Set(plan.tasks.map((t) => t.key));
    for (const t of tasks) {
      if (t.planKey !== undefined && keys.has(t.planKey) && !byKey.has(t.planKey)) byKey.set(t.planKey, t);
      else others.push(t);
    }
    const ordered: ConsolidatedTask[] = [];
    const unreported: PlanSummary['unreported'] = [];
    for (const p of plan.tasks) {
      const got = byKey.get(p.key);
      if (got) {
        ordered.push(got);
        continue;
      }
      const r = p.record;
      ordered.push({ ...r, progress: 'unreported', basis: 'no-report', statusText: null, completedOn: null, daysOverdue: null, alsoIn: [] });
      unreported.push({ number: r.number, title: r.title, lead: r.leads.join('; '), leads: r.leads, area: r.area, section: r.section, deadline: r.deadline, deadlineText: r.deadlineText, key: p.key, source: r.source });
    }
    const filesOf = new Map<string, string[]>();
    for (const ret of this.returns) for (const a of ret.agencies) filesOf.set(a, [...(filesOf.get(a) ?? []), ret.file]);
    const byAgency = plan.agencies.map(({ name }) => {
      const mine = plan.tasks.map((t, i) => [t, i] as const).filter(([t]) => t.reporters.includes(name));
      const reported = mine.filter(([, i]) => this.reported.has(i)).length;
      return { agency: name, tasks: mine.length, reported, unreported: mine.length - reported, files: filesOf.get(name) ?? [] };
    });
    return {
      tasks: [...ordered, ...others],
      summary: {
        file: plan.file,
        title: plan.title,
        total: plan.tasks.length,
        reported: plan.tasks.length - unreported.length,
        unreported,
        silentAgencies: byAgency.filter((a) => a.files.length === 0).map((a) => a.agency),
        notInPlan: this.notInPlan,
        matched: { ...this.counts },
        matchedByText: this.byText,
        byAgency,
        returns: this.returns,
      },
    };
  }
}
