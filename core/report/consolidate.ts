import { z } from 'zod';
import type { IsoDate } from '../dates';
import { FindingSchema, SeveritySchema, type Finding } from '../findings';
import type { IndexTable } from '../index-sheet';
import { MessageSchema } from '../findings';
import { foldText } from '../text/fold';
import { areaKey, areaOrder, canonicalArea } from '../task/areas';
import { normaliseNumber, type TaskRow } from '../task/read';
import { BasisSchema, isCompleted, isDueSoon, progressOf, ProgressSchema, TimingSchema, type Progress } from '../task/progress';
import type { SheetResult } from '../workbook';
import { nextQuarter, ReportPeriodSchema, type ReportPeriod } from './period';
import { parseFormKey } from '../plan/key';
import type { Plan } from '../plan/plan';
import { ChangesSchema, PlanSummarySchema } from '../plan/schema';
import { PlanTracker } from '../plan/track';
import { compareWithPrevious, type PreviousReport } from '../plan/previous';

export const SourceRefSchema = z.object({ file: z.string(), sheet: z.string(), cell: z.string() });
export type SourceRef = z.infer<typeof SourceRefSchema>;

const CountsSchema = z.object({
  total: z.number().int(),
  completedOnTime: z.number().int(),
  completedLate: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
  notStarted: z.number().int(),
  recurring: z.number().int(),
  conditional: z.number().int(),
  noDeadline: z.number().int(),
  /** Plan tasks no return mentions ("Chưa có báo cáo"): only when the report is held against a plan. */
  unreported: z.number().int().optional(),
  /** (completed on time + completed late) / total; null when there is no task. */
  completionRate: z.number().nullable(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const ConsolidatedTaskSchema = z.object({
  number: z.string().nullable(),
  title: z.string(),
  area: z.string(),
  /** The plan's own section title, as written. */
  section: z.string().nullable(),
  leads: z.array(z.string()),
  deadlineText: z.string().nullable(),
  deadline: z.string().nullable(),
  statusText: z.string().nullable(),
  completedOn: z.string().nullable(),
  progress: ProgressSchema,
  basis: BasisSchema,
  /** What the time cell says: a date or period, a recurrence, a reference or event, or nothing readable. */
  timing: TimingSchema,
  daysOverdue: z.number().int().nullable(),
  budgetVnd: z.number().nullable(),
  budgetIsSource: z.boolean(),
  source: SourceRefSchema,
  /** Other places the same task was reported (de-duplicated). */
  alsoIn: z.array(SourceRefSchema),
  /** The plan task's stable key (core/plan/key.ts): from a form's key column, or found in the plan given. */
  planKey: z.string().optional(),
});
export type ConsolidatedTask = z.infer<typeof ConsolidatedTaskSchema>;

export const SummaryModelSchema = z.object({
  period: ReportPeriodSchema,
  asOf: z.string(),
  generatedAt: z.string(),
  sources: z.array(z.object({ file: z.string(), sheet: z.string(), kind: z.enum(['task', 'index', 'unknown']), rows: z.number().int() })),
  totals: CountsSchema.extend({
    withoutLead: z.number().int(),
    budgetVnd: z.number(),
    budgetSourceTasks: z.number().int(),
    duplicatesMerged: z.number().int(),
  }),
  byArea: z.array(CountsSchema.extend({ area: z.string() })),
  byAgency: z.array(CountsSchema.extend({ agency: z.string(), budgetVnd: z.number(), budgetSourceTasks: z.number().int() })),
  overdue: z.array(ConsolidatedTaskSchema),
  dueSoon: z.array(ConsolidatedTaskSchema),
  dueNext: z.object({ labelVi: z.string(), labelEn: z.string(), start: z.string(), end: z.string(), tasks: z.array(ConsolidatedTaskSchema) }),
  indices: z.array(
    z.object({
      source: SourceRefSchema,
      index: z.string(),
      title: z.string().nullable(),
      baselineHeader: z.string().nullable(),
      targetHeader: z.string().nullable(),
      latestHeader: z.string().nullable(),
      components: z.array(
        z.object({
          number: z.string(),
          name: z.string(),
          level: z.number().int(),
          isTotal: z.boolean(),
          baseline: z.string().nullable(),
          target: z.string().nullable(),
          latest: z.string().nullable(),
          gapTargetBaseline: z.number().nullable(),
          gapTargetLatest: z.number().nullable(),
          cell: z.string(),
        }),
      ),
      findings: z.array(FindingSchema),
    }),
  ),
  findings: z.object({
    byCode: z.array(z.object({ code: z.string(), severity: SeveritySchema, count: z.number().int() })),
    byAgency: z.array(z.object({ agency: z.string(), errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() })),
    total: z.number().int(),
  }),
  /** Tasks reported more than once (same plan, lead, number and text) and counted once, with why. */
  duplicates: z.array(z.object({ number: z.string().nullable(), title: z.string(), leads: z.array(z.string()), kept: SourceRefSchema, merged: z.array(SourceRefSchema), reason: MessageSchema })),
  conflicts: z.array(z.object({ number: z.string().nullable(), title: z.string(), reports: z.array(z.object({ source: SourceRefSchema, progress: ProgressSchema, statusText: z.string().nullable() })) })),
  tasks: z.array(ConsolidatedTaskSchema),
  /** The returns held against the plan (--plan): what was reported, what was not, who sent nothing. */
  plan: PlanSummarySchema.optional(),
  /** What changed since the last period's report (--previous). */
  changes: ChangesSchema.optional(),
});
export type SummaryModel = z.infer<typeof SummaryModelSchema>;

export type ConsolidationInput = { file: string; sheets: SheetResult[] };

export type ConsolidateOptions = {
  period: ReportPeriod;
  /** Defaults to the period's last day. */
  asOf?: IsoDate;
  /** ISO date-time the report is made; passed in so the core stays free of clocks. */
  generatedAt: string;
  dueSoonDays?: number;
  /** The plan every return is held against (core/plan/plan.ts): its tasks count even when nobody reports them. */
  plan?: Plan;
  /** The last period's report, read back (core/plan/previous.ts). */
  previous?: PreviousReport;
};

export const NO_LEAD = '(Chưa có cơ quan chủ trì)';
export const INDEX_AGENCY = '(Bảng chỉ số)';

function emptyCountsOf(withPlan: boolean): Counts {
  const c: Counts = { total: 0, completedOnTime: 0, completedLate: 0, inProgress: 0, overdue: 0, notStarted: 0, recurring: 0, conditional: 0, noDeadline: 0, completionRate: null };
  if (withPlan) c.unreported = 0;
  return c;
}

function addTo(c: Counts, p: Progress) {
  c.total++;
  c[p] = (c[p] ?? 0) + 1;
}

function finish<T extends Counts>(c: T): T {
  c.completionRate = c.total === 0 ? null : (c.completedOnTime + c.completedLate) / c.total;
  return c;
}

const leadNames = (row: TaskRow): string[] => [...new Set(row.lead.map((a) => a.agency?.name ?? a.text))];

/** The progress we keep when one task is reported twice: a completion beats any other report. */
const RANK: Record<Progress, number> = { completedOnTime: 0, completedLate: 1, overdue: 2, inProgress: 3, notStarted: 4, recurring: 5, conditional: 6, noDeadline: 7, unreported: 8 };

const DUPLICATE_REASON = {
  vi: 'Cùng kế hoạch, cùng cơ quan chủ trì, cùng số thứ tự và nội dung: một nhiệm vụ được báo cáo nhiều lần, chỉ tính một lần.',
  en: 'Same plan, same lead agency, same item number and text: one task reported more than once, counted once.',
};
const PLAN_DUPLICATE_REASON = {
  vi: 'Cùng một nhiệm vụ của kế hoạch gốc (theo mã, số thứ tự hoặc nội dung): báo cáo nhiều lần, chỉ tính một lần.',
  en: 'The same task of the plan (by key, item number or text): reported more than once, counted once.',
};

type FindingCounts = { severity: Finding['severity']; count: number };
type AgencyFindings = { errors: number; warnings: number; infos: number };

/**
 * What the report needs of one workbook, and nothing more: each task row reduced to its consolidated
 * record (with the key that says which rows are the same plan item), the index summaries, and the findings
 * counted by code and by the lead of their row. Plain data: a worker thread makes it and sends it back, and
 * the workbook it came from can be forgotten.
 */
export type WorkbookRecords = {
  file: string;
  sources: SummaryModel['sources'];
  /** `reporter`: the agency whose cchc form the row is in (its key column), when it is one. */
  tasks: Array<{ key: string; task: ConsolidatedTask; reporter?: string }>;
  indices: SummaryModel['indices'];
  findings: { byCode: Record<string, FindingCounts>; byAgency: Record<string, AgencyFindings>; total: number };
};

/**
 * Reduces one validated workbook to its records as of a date. Two rows are the same task only when they are
 * the same plan item: same plan title, same lead, same section, number and text. Never across leads: two
 * agencies' appendices may list the same words under the same number, and both are tasks.
 */
export function reduceWorkbook(input: ConsolidationInput, asOf: IsoDate): WorkbookRecords {
  const out: WorkbookRecords = { file: input.file, sources: [], tasks: [], indices: [], findings: { byCode: {}, byAgency: {}, total: 0 } };
  const budgetSeen = new Set<string>();
  for (const sheet of input.sheets) {
    out.sources.push({ file: input.file, sheet: sheet.name, kind: sheet.kind, rows: sheet.rows });
    for (const table of sheet.indexTables ?? []) out.indices.push(indexSummary(table, input.file, sheet));
    const leadOfRow = new Map<number, string[]>();
    if (sheet.task) {
      const plan = foldText(sheet.task.title ?? '');
      for (const row of sheet.task.rows) {
        const leads = leadNames(row);
        leadOfRow.set(row.row, leads);
        const p = progressOf(row, asOf);
        // A merged budget belongs to the merged area once, not to each row under it.
        const budgetKey = row.fields.budget ? `${sheet.name}\u0000${row.fields.budget.source}` : null;
        const countBudget = budgetKey !== null && row.budget !== null && !budgetSeen.has(budgetKey);
        if (countBudget) budgetSeen.add(budgetKey!);
        const task: ConsolidatedTask = {
          number: row.number,
          title: row.title ?? '',
          area: canonicalArea(row.area ?? row.section),
          section: row.section,
          leads,
          deadlineText: row.fields.time?.text ?? null,
          deadline: p.deadline,
          statusText: row.fields.status?.text ?? null,
          completedOn: row.completedOn,
          progress: p.progress,
          basis: p.basis,
          timing: p.timing,
          daysOverdue: p.daysOverdue,
          budgetVnd: countBudget && row.budget?.kind === 'amount' ? row.budget.annualVnd : null,
          budgetIsSource: countBudget && row.budget?.kind === 'source',
          source: { file: input.file, sheet: sheet.name, cell: row.fields.activity?.cell ?? row.fields.task?.cell ?? row.fields.goal?.cell ?? `A${row.row}` },
          alsoIn: [],
        };
        const leadKey = leads.map(foldText).sort().join('\u0001');
        const key = [plan, leadKey, foldText(row.area ?? ''), row.number ? normaliseNumber(row.number) : '', foldText(task.title)].join('\u0000');
        const form = parseFormKey(row.fields.key?.text);
        if (form) task.planKey = form.key;
        out.tasks.push(form?.agency ? { key, task, reporter: form.agency } : { key, task });
      }
    }
    for (const f of sheet.findings) {
      out.findings.total++;
      const c = (out.findings.byCode[f.code] ??= { severity: f.severity, count: 0 });
      c.count++;
      const leads = sheet.task ? leadOfRow.get(f.row) : undefined;
      const names = leads === undefined ? [INDEX_AGENCY] : leads.length ? leads : [NO_LEAD];
      for (const name of names) {
        const a = (out.findings.byAgency[name] ??= { errors: 0, warnings: 0, infos: 0 });
        if (f.severity === 'error') a.errors++;
        else if (f.severity === 'warning') a.warnings++;
        else a.infos++;
      }
    }
  }
  return out;
}

type Report = SummaryModel['conflicts'][number]['reports'][number];
/** One task once; the reports of it are kept only when there are several. */
type Entry = { task: ConsolidatedTask; reports: Report[] | null };
/** The "also reported in" of a task reported once: shared, and frozen so no one adds to it by mistake. */
const NOWHERE_ELSE: SourceRef[] = Object.freeze([]) as unknown as SourceRef[];
type AreaCounts = Counts & { area: string };
type AgencyCounts = Counts & { agency: string; budgetVnd: number; budgetSourceTasks: number };

/** Two 32-bit FNV-1a-style hashes of the key, seeded by the probe, as one 53-bit number. */
function digest(key: string, probe: number): number {
  let h1 = 0x811c9dc5 ^ probe;
  let h2 = 0x9747b28c ^ Math.imul(probe, 0x27d4eb2d);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return (h1 >>> 0) * 0x200000 + (h2 >>> 11);
}

/** What a digest's two items must share to be one plan item (the rest of the key is in the digest). */
function sameItem(a: ConsolidatedTask, b: ConsolidatedTask): boolean {
  // Two rows that both name their plan task are the same item exactly when they name the same one.
  if (a.planKey !== undefined && b.planKey !== undefined) return a.planKey === b.planKey;
  return a.number === b.number && a.section === b.section && a.leads.join('\u0001') === b.leads.join('\u0001') && foldText(a.title) === foldText(b.title);
}

const reportOf = (t: ConsolidatedTask): Report => ({ source: t.source, progress: t.progress, statusText: t.statusText });

/**
 * Builds the summary model one workbook at a time, keeping only consolidated records: every task once (the
 * same plan item reported twice counted once, with why; conflicting reports listed), counts, lists, index
 * gaps and findings. The strings that repeat across thousands of rows (agencies, areas, sheets, times) are
 * kept once. Linear in the number of rows.
 */
export class Consolidator {
  private readonly asOf: IsoDate;
  /** Tasks by a digest of their plan-item key: 16 bytes an entry, where the key itself is a few hundred. */
  private readonly entries = new Map<number, Entry>();
  private readonly sources: SummaryModel['sources'] = [];
  private readonly indices: SummaryModel['indices'] = [];
  private readonly byCode = new Map<string, { code: string } & FindingCounts>();
  private readonly findingsByAgency = new Map<string, { agency: string } & AgencyFindings>();
  private findingsTotal = 0;
  /** Areas are grouped by their folded name and shown by their first spelling. */
  private readonly areaNames = new Map<string, string>();
  private readonly strings = new Map<string, string>();
  /** Lead lists, kept once each: a province has a few hundred, and 200 000 tasks each had its own. */
  private readonly leadLists = new Map<string, string[]>();

  /** The returns held against the plan, when one is given. */
  private readonly plan: PlanTracker | null;

  constructor(private readonly opts: ConsolidateOptions) {
    this.asOf = opts.asOf ?? opts.period.end;
    this.plan = opts.plan ? new PlanTracker(opts.plan) : null;
  }

  /** The as-of date records must be reduced with. */
  get date(): IsoDate {
    return this.asOf;
  }

  private intern<T extends string | null>(s: T): T {
    if (s === null) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }

  private leads(leads: string[]): string[] {
    const key = leads.join('\u0001');
    let known = this.leadLists.get(key);
    if (known === undefined) this.leadLists.set(key, (known = leads.map((l) => this.intern(l))));
    return known;
  }

  private areaName(name: string): string {
    const key = areaKey(name);
    let shown = this.areaNames.get(key);
    if (shown === undefined) this.areaNames.set(key, (shown = this.intern(name)));
    return shown;
  }

  /**
   * The entry of a plan item, or the free slot for it. Keys are kept as 53-bit digests; a digest shared by two
   * different items (one chance in billions) is told apart by the item's number, leads, section and text, and
   * the second item probes on to the next digest.
   */
  private find(key: string, task: ConsolidatedTask): { slot: number; seen: Entry | undefined } {
    for (let probe = 0; ; probe++) {
      const slot = digest(key, probe);
      const seen = this.entries.get(slot);
      if (!seen || sameItem(seen.task, task)) return { slot, seen };
    }
  }

  add(records: WorkbookRecords): void {
    for (const s of records.sources) this.sources.push({ ...s, file: this.intern(s.file), sheet: this.intern(s.sheet) });
    this.indices.push(...records.indices);
    // With a plan, a row is the plan task it matches, whichever agency's copy or form it comes in.
    const inPlan = this.plan?.add(records);
    for (const [i, { key: ownKey, task: t }] of records.tasks.entries()) {
      const planTask = inPlan?.[i];
      const key = planTask ? `\u0002plan\u0000${planTask.key}` : ownKey;
      const task: ConsolidatedTask = {
        ...t,
        area: this.areaName(t.area),
        number: this.intern(t.number),
        title: this.intern(t.title),
        section: this.intern(t.section),
        deadline: this.intern(t.deadline),
        completedOn: this.intern(t.completedOn),
        progress: this.intern(t.progress),
        basis: this.intern(t.basis),
        timing: this.intern(t.timing),
        leads: this.leads(t.leads),
        deadlineText: this.intern(t.deadlineText),
        statusText: this.intern(t.statusText),
        source: { file: this.intern(t.source.file), sheet: this.intern(t.source.sheet), cell: this.intern(t.source.cell) },
        alsoIn: NOWHERE_ELSE,
      };
      if (planTask) task.planKey = planTask.key;
      else if (this.plan) delete task.planKey;
      const { slot, seen } = this.find(key, task);
      if (!seen) {
        this.entries.set(slot, { task, reports: null });
        continue;
      }
      seen.reports ??= [reportOf(seen.task)];
      seen.reports.push(reportOf(task));
      if (RANK[task.progress] < RANK[seen.task.progress]) {
        task.alsoIn = [...seen.task.alsoIn, seen.task.source];
        seen.task = task;
      } else if (seen.task.alsoIn === NOWHERE_ELSE) seen.task.alsoIn = [task.source];
      else seen.task.alsoIn.push(task.source);
    }
    this.findingsTotal += records.findings.total;
    for (const [code, c] of Object.entries(records.findings.byCode)) {
      const mine = this.byCode.get(code) ?? { code, severity: c.severity, count: 0 };
      mine.count += c.count;
      this.byCode.set(code, mine);
    }
    for (const [agency, a] of Object.entries(records.findings.byAgency)) {
      const mine = this.findingsByAgency.get(agency) ?? { agency, errors: 0, warnings: 0, infos: 0 };
      mine.errors += a.errors;
      mine.warnings += a.warnings;
      mine.infos += a.infos;
      this.findingsByAgency.set(agency, mine);
    }
  }

  finish(): SummaryModel {
    const { asOf, opts } = this;
    const dueSoonDays = opts.dueSoonDays ?? 30;
    const next = nextQuarter(opts.period);
    const entries = [...this.entries.values()];
    const held = this.plan?.finish(entries.map((e) => e.task));
    const tasks = held ? held.tasks : entries.map((e) => e.task);
    const reported = entries.filter((e): e is Entry & { reports: Report[] } => e.reports !== null);
    const { totals, byArea, byAgency } = countTasks(tasks, reported.reduce((n, e) => n + e.reports.length - 1, 0), held !== undefined);
    // The lists ask the same judge as validation: due soon is open, not overdue, due within the window.
    const overdue = tasks.filter((t) => t.progress === 'overdue').sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || cmp(a.deadline, b.deadline));
    const dueSoon = tasks.filter((t) => isDueSoon(t, asOf, dueSoonDays)).sort((a, b) => cmp(a.deadline, b.deadline));
    const dueNext = tasks.filter((t) => !isCompleted(t) && t.deadline !== null && t.deadline >= next.start && t.deadline <= next.end).sort((a, b) => cmp(a.deadline, b.deadline));
    return {
      period: opts.period,
      asOf,
      generatedAt: opts.generatedAt,
      sources: this.sources,
      totals,
      byArea,
      byAgency,
      overdue,
      dueSoon,
      dueNext: { ...next, tasks: dueNext },
      indices: this.indices,
      findings: {
        byCode: [...this.byCode.values()].sort((a, b) => sevOrder(a.severity) - sevOrder(b.severity) || b.count - a.count || a.code.localeCompare(b.code)),
        byAgency: [...this.findingsByAgency.values()].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.agency.localeCompare(b.agency, 'vi')),
        total: this.findingsTotal,
      },
      duplicates: reported.map((e) => ({ number: e.task.number, title: e.task.title, leads: e.task.leads, kept: e.task.source, merged: e.task.alsoIn, reason: this.plan && e.task.planKey ? PLAN_DUPLICATE_REASON : DUPLICATE_REASON })),
      conflicts: reported.filter((e) => new Set(e.reports.map((r) => r.progress)).size > 1).map((e) => ({ number: e.task.number, title: e.task.title, reports: e.reports })),
      tasks,
      ...(held ? { plan: held.summary } : {}),
      ...(opts.previous ? { changes: compareWithPrevious(opts.previous, tasks) } : {}),
    };
  }
}

/** Counts by status overall, by area and by lead agency, with budgets. */
function countTasks(tasks: readonly ConsolidatedTask[], duplicatesMerged: number, withPlan: boolean) {
  const emptyCounts = () => emptyCountsOf(withPlan);
  const totals = { ...emptyCounts(), withoutLead: 0, budgetVnd: 0, budgetSourceTasks: 0, duplicatesMerged };
  const areas = new Map<string, AreaCounts>();
  const agencies = new Map<string, AgencyCounts>();
  for (const t of tasks) {
    addTo(totals, t.progress);
    if (t.leads.length === 0) totals.withoutLead++;
    totals.budgetVnd += t.budgetVnd ?? 0;
    if (t.budgetIsSource) totals.budgetSourceTasks++;
    const a = areas.get(t.area) ?? { ...emptyCounts(), area: t.area };
    addTo(a, t.progress);
    areas.set(t.area, a);
    const leads = t.leads.length ? t.leads : [NO_LEAD];
    leads.forEach((name, i) => {
      const g = agencies.get(name) ?? { ...emptyCounts(), agency: name, budgetVnd: 0, budgetSourceTasks: 0 };
      addTo(g, t.progress);
      // A task's budget goes to its first lead only, so agency budgets add up to the total.
      if (i === 0) {
        g.budgetVnd += t.budgetVnd ?? 0;
        if (t.budgetIsSource) g.budgetSourceTasks++;
      }
      agencies.set(name, g);
    });
  }
  return {
    totals: finish(totals),
    byArea: [...areas.values()].map(finish).sort((a, b) => areaOrder(a.area) - areaOrder(b.area) || a.area.localeCompare(b.area, 'vi')),
    byAgency: [...agencies.values()].map(finish).sort((a, b) => b.total - a.total || a.agency.localeCompare(b.agency, 'vi')),
  };
}

/**
 * Consolidates the validated workbooks of many agencies into one model (see Consolidator), all at once:
 * the add-in's way, where the workbooks are sheets of the open one.
 */
export function consolidate(inputs: readonly ConsolidationInput[], opts: ConsolidateOptions): SummaryModel {
  const c = new Consolidator(opts);
  for (const input of inputs) c.add(reduceWorkbook(input, c.date));
  return c.finish();
}

function cmp(a: string | null, b: string | null): number {
  return (a ?? '9999').localeCompare(b ?? '9999');
}

function sevOrder(s: Finding['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

function indexSummary(table: IndexTable, file: string, sheet: SheetResult): SummaryModel['indices'][number] {
  const rows = new Set(table.components.map((c) => c.row));
  const text = (e: { text: string } | null) => (e && e.text.trim() !== '' ? e.text.replace(/\s+/g, ' ').trim() : null);
  return {
    source: { file, sheet: sheet.name, cell: table.components[0]?.cell ?? 'A1' },
    index: table.index,
    title: table.title,
    baselineHeader: table.columns.baseline?.header ?? null,
    targetHeader: table.columns.target?.header ?? null,
    latestHeader: table.columns.latest?.header ?? null,
    components: table.components.map((c) => ({
      number: c.number,
      name: c.name,
      level: c.level,
      isTotal: c.isTotal,
      baseline: text(c.baseline),
      target: text(c.target),
      latest: text(c.latest),
      gapTargetBaseline: round(c.gapTargetBaseline),
      gapTargetLatest: round(c.gapTargetLatest),
      cell: c.cell,
    })),
    findings: sheet.findings.filter((f) => rows.has(f.row)),
  };
}

function round(n: number | null): number | null {
  return n === null ? null : Math.round(n * 1000) / 1000;
}

