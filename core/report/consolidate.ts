import { z } from 'zod';
import type { IsoDate } from '../dates';
import type { AgencyRef } from '../agencies/directory';
import { FindingSchema, SeveritySchema, type Finding } from '../findings';
import type { IndexTable } from '../index-sheet';
import { MessageSchema } from '../findings';
import { foldText } from '../text/fold';
import { areaKey, areaOrder, canonicalArea } from '../task/areas';
import { normaliseNumber, type TaskRow } from '../task/read';
import { BasisSchema, isCompleted, isDueSoon, progressOf, ProgressSchema, TimingSchema, type Progress } from '../task/progress';
import type { SheetResult } from '../workbook';
import { AsOfBasisSchema, defaultAsOf, nextQuarter, ReportPeriodSchema, windowStart, type AsOfBasis, type ReportDates, type ReportPeriod } from './period';
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
  /** Completion over all tasks: (completed on time + completed late) / total; null when there is no task. */
  completionRate: z.number().nullable(),
  /**
   * Completion over the tasks that have come due: done / (done + overdue), as the Prime Minister's working group
   * counts; null when nothing is done or overdue.
   */
  completionRateOfDue: z.number().nullable(),
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

/** Overdue tasks by how long they have been overdue on the as-of date: ≤ 30, 31–90 and > 90 days. */
export const OverdueByAgeSchema = z.object({ upTo30: z.number().int(), from31To90: z.number().int(), over90: z.number().int() });
export type OverdueByAge = z.infer<typeof OverdueByAgeSchema>;

/** Whether a lead's name is in the agency directory (or an accepted collective phrase), and the closest known name. */
const AgencyIdentitySchema = z.object({ known: z.boolean(), suggestion: z.string().nullable() });

export const SummaryModelSchema = z.object({
  period: ReportPeriodSchema,
  asOf: z.string(),
  /** What the as-of date was taken from: the legal cut-off, the period's last day, or the user's date. */
  asOfRule: AsOfBasisSchema,
  /** The data window the figures cover, to the as-of date. */
  window: z.object({ from: z.string(), to: z.string() }),
  generatedAt: z.string(),
  sources: z.array(z.object({ file: z.string(), sheet: z.string(), kind: z.enum(['task', 'index', 'unknown']), rows: z.number().int() })),
  totals: CountsSchema.extend({
    withoutLead: z.number().int(),
    budgetVnd: z.number(),
    budgetSourceTasks: z.number().int(),
    duplicatesMerged: z.number().int(),
    overdueByAge: OverdueByAgeSchema,
  }),
  byArea: z.array(CountsSchema.extend({ area: z.string() })),
  /** Known agencies first, then the names not in the directory (flagged, with a suggestion), then tasks without a lead. */
  byAgency: z.array(CountsSchema.extend({ agency: z.string(), budgetVnd: z.number(), budgetSourceTasks: z.number().int() }).merge(AgencyIdentitySchema)),
  /** Overdue tasks grouped by their first lead agency (groups as in overdueByAgency), the longest overdue first in each. */
  overdue: z.array(ConsolidatedTaskSchema),
  /** The overdue tasks' lead agencies, in the order they are chased: most overdue tasks first, known before unknown. */
  overdueByAgency: z.array(z.object({ agency: z.string(), count: z.number().int(), maxDaysOverdue: z.number().int(), byAge: OverdueByAgeSchema }).merge(AgencyIdentitySchema)),
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
  /** Defaults to the period's cut-off date (Nghị định 09/2019/NĐ-CP, Điều 12); see reportDates. */
  asOf?: IsoDate;
  /** The rule the as-of date follows; 'given' when `asOf` is given without one, 'cut-off' when neither is. */
  asOfRule?: AsOfBasis;
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
  const c: Counts = { total: 0, completedOnTime: 0, completedLate: 0, inProgress: 0, overdue: 0, notStarted: 0, recurring: 0, conditional: 0, noDeadline: 0, completionRate: null, completionRateOfDue: null };
  if (withPlan) c.unreported = 0;
  return c;
}

function addTo(c: Counts, p: Progress) {
  c.total++;
  c[p] = (c[p] ?? 0) + 1;
}

function finish<T extends Counts>(c: T): T {
  const done = c.completedOnTime + c.completedLate;
  c.completionRate = c.total === 0 ? null : done / c.total;
  c.completionRateOfDue = done + c.overdue === 0 ? null : done / (done + c.overdue);
  return c;
}

function emptyAges(): OverdueByAge {
  return { upTo30: 0, from31To90: 0, over90: 0 };
}

function addAge(a: OverdueByAge, days: number | null) {
  const d = days ?? 0;
  if (d <= 30) a.upTo30++;
  else if (d <= 90) a.from31To90++;
  else a.over90++;
}

const leadName = (a: AgencyRef): string => a.agency?.name ?? a.text;
const leadNames = (row: TaskRow): string[] => [...new Set(row.lead.map(leadName))];

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
type LooseFindings = { byCode: Record<string, FindingCounts>; byAgency: Record<string, AgencyFindings>; total: number };

/**
 * What the report needs of one workbook, and nothing more: each task row reduced to its consolidated
 * record (with the key that says which rows are the same plan item, and the codes of the findings that belong
 * to it), the index summaries with their findings, and whether each lead is in the agency directory. Findings
 * travel with the task or index table they belong to, so a task reported in three copies has its findings
 * counted once. Plain data: a worker thread makes it and sends it back, and the workbook it came from can be
 * forgotten.
 */
export type WorkbookRecords = {
  file: string;
  sources: SummaryModel['sources'];
  /**
   * `codes`: the finding codes of the task's row (and of its sheet's title, on the sheet's first task), when any.
   * `reporter`: the agency whose cchc form the row is in (its key column), when it is one.
   */
  tasks: Array<{ key: string; task: ConsolidatedTask; codes?: string[]; reporter?: string }>;
  indices: SummaryModel['indices'];
  /** The severity of each code the tasks carry (one code has one severity). */
  severities: Record<string, Finding['severity']>;
  /** Findings that belong to no task and no index table (a task sheet with no task row), counted as they come. */
  findings: LooseFindings;
  /** Each lead named, as the directory knows it. */
  agencies: Record<string, { known: boolean; suggestion: string | null }>;
};

/**
 * Reduces one validated workbook to its records as of a date. Two rows are the same task only when they are
 * the same plan item: same plan title, same lead, same section, number and text. Never across leads: two
 * agencies' appendices may list the same words under the same number, and both are tasks.
 */
export function reduceWorkbook(input: ConsolidationInput, asOf: IsoDate): WorkbookRecords {
  const out: WorkbookRecords = { file: input.file, sources: [], tasks: [], indices: [], severities: {}, findings: { byCode: {}, byAgency: {}, total: 0 }, agencies: {} };
  const budgetSeen = new Set<string>();
  for (const sheet of input.sheets) {
    out.sources.push({ file: input.file, sheet: sheet.name, kind: sheet.kind, rows: sheet.rows });
    const tables = (sheet.indexTables ?? []).map((table) => indexSummary(table, input.file, sheet));
    out.indices.push(...tables);
    const taskOfRow = new Map<number, WorkbookRecords['tasks'][number]>();
    if (sheet.task) {
      const plan = foldText(sheet.task.title ?? '');
      for (const row of sheet.task.rows) {
        const leads = leadNames(row);
        for (const a of row.lead) {
          const name = leadName(a);
          const known = a.agency !== null || a.generic;
          const seen = out.agencies[name];
          if (!seen || (known && !seen.known)) out.agencies[name] = { known, suggestion: known ? null : (a.suggestion ?? null) };
        }
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
        const key = `${plan}\u0000${itemIdentity(task)}`;
        const form = parseFormKey(row.fields.key?.text);
        if (form) task.planKey = form.key;
        const record: WorkbookRecords['tasks'][number] = form?.agency ? { key, task, reporter: form.agency } : { key, task };
        taskOfRow.set(row.row, record);
        out.tasks.push(record);
      }
    }
    // Each finding goes with what it is about: its row's task, its index table, or (a title's finding) the
    // sheet's first task; only a finding with none of these is counted on its own.
    const firstTask = sheet.task?.rows.length ? taskOfRow.get(sheet.task.rows[0].row) : undefined;
    const tableOfRow = new Map<number, SummaryModel['indices'][number]>();
    tables.forEach((t, i) => {
      const table = sheet.indexTables![i];
      for (const c of table.components) tableOfRow.set(c.row, t);
    });
    for (const f of sheet.findings) {
      const table = tableOfRow.get(f.row);
      if (table) continue; // already in the table's findings (indexSummary)
      const task = taskOfRow.get(f.row) ?? (sheet.task ? firstTask : undefined);
      if (task) {
        (task.codes ??= []).push(f.code);
        out.severities[f.code] = f.severity;
      } else if (tables.length > 0) tables[0].findings.push(f);
      else countLoose(out.findings, f, sheet.task ? NO_LEAD : INDEX_AGENCY);
    }
  }
  return out;
}

function countLoose(into: LooseFindings, f: Finding, agency: string) {
  into.total++;
  const c = (into.byCode[f.code] ??= { severity: f.severity, count: 0 });
  c.count++;
  const a = (into.byAgency[agency] ??= { errors: 0, warnings: 0, infos: 0 });
  countSeverity(a, f.severity);
}

function countSeverity(a: AgencyFindings, severity: Finding['severity'], n = 1) {
  if (severity === 'error') a.errors += n;
  else if (severity === 'warning') a.warnings += n;
  else a.infos += n;
}

/** The codes of two copies of one task, merged: each code as many times as the copy that has it most. */
function mergeCodes(a: string[] | null, b: readonly string[] | undefined): string[] | null {
  if (!b || b.length === 0) return a;
  if (!a || a.length === 0) return [...b];
  const count = (list: readonly string[]) => list.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
  const mine = count(a);
  for (const [code, n] of count(b)) for (let k = mine.get(code) ?? 0; k < n; k++) a.push(code);
  return a;
}

/** An index table's identity: the same table in two copies of a workbook is one table. */
function indexKey(t: SummaryModel['indices'][number]): string {
  return JSON.stringify([t.index, t.title, t.components.map((c) => [c.number, foldText(c.name), c.baseline, c.target, c.latest])]);
}

type Report = SummaryModel['conflicts'][number]['reports'][number];
/** One task once; the reports of it are kept only when there are several. */
type Entry = { task: ConsolidatedTask; reports: Report[] | null; codes: string[] | null };
/** The "also reported in" of a task reported once: shared, and frozen so no one adds to it by mistake. */
const NOWHERE_ELSE: SourceRef[] = Object.freeze([]) as unknown as SourceRef[];
type AreaCounts = Counts & { area: string };
type AgencyCounts = Counts & { agency: string; budgetVnd: number; budgetSourceTasks: number; known: boolean; suggestion: string | null };
type AgencyIdentity = { known: boolean; suggestion: string | null };

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

/**
 * What makes two rows one plan item, besides the plan: the leads, the section, the item number and the text,
 * each compared as a reader compares them (folded; "3.1:" and "3.1." one number; the number left out of the text).
 */
function itemIdentity(t: ConsolidatedTask): string {
  const leads = t.leads.map(foldText).sort().join('\u0001');
  const title = foldText(t.title).replace(LEADING_NUMBER, '');
  return [leads, foldText(t.section ?? ''), t.number ? normaliseNumber(t.number) : '', title].join('\u0000');
}
const LEADING_NUMBER = /^((\d+\.)*\d+)\s*[:.)]?\s+/;

/** What a digest's two items must share to be one plan item: the key without its plan (in the digest). */
function sameItem(a: ConsolidatedTask, b: ConsolidatedTask): boolean {
  // Two rows that both name their plan task are the same item exactly when they name the same one.
  if (a.planKey !== undefined && b.planKey !== undefined) return a.planKey === b.planKey;
  return itemIdentity(a) === itemIdentity(b);
}

const reportOf = (t: ConsolidatedTask): Report => ({ source: t.source, progress: t.progress, statusText: t.statusText });

/**
 * Builds the summary model one workbook at a time, keeping only consolidated records: every task once (the
 * same plan item reported twice counted once, with why; conflicting reports listed), counts, lists, index
 * gaps and findings. The strings that repeat across thousands of rows (agencies, areas, sheets, times) are
 * kept once. Linear in the number of rows.
 */
export class Consolidator {
  private readonly dates: ReportDates;
  /** Tasks by a digest of their plan-item key: 16 bytes an entry, where the key itself is a few hundred. */
  private readonly entries = new Map<number, Entry>();
  private readonly sources: SummaryModel['sources'] = [];
  private readonly indices: SummaryModel['indices'] = [];
  /** Index tables seen, so the same table in copies of one workbook is listed and its findings counted once. */
  private readonly indexKeys = new Set<string>();
  private readonly severities = new Map<string, Finding['severity']>();
  /** Every lead named, and whether any workbook's directory knows it. */
  private readonly agencies = new Map<string, AgencyIdentity>();
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
    const rule = opts.asOfRule ?? (opts.asOf ? 'given' : 'cut-off');
    const asOf = opts.asOf ?? defaultAsOf(opts.period, rule === 'period-end' ? 'period-end' : 'cut-off');
    this.dates = { asOf, asOfRule: rule, window: { from: windowStart(opts.period, rule), to: asOf } };
    this.plan = opts.plan ? new PlanTracker(opts.plan) : null;
    // The plan's leads count even when nobody reports on them: flagged if the directory does not know them.
    for (const [name, a] of Object.entries(opts.plan?.directory ?? {})) this.agencies.set(this.intern(name), a);
  }

  /** The as-of date records must be reduced with. */
  get date(): IsoDate {
    return this.dates.asOf;
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
    for (const idx of records.indices) {
      const k = indexKey(idx);
      if (this.indexKeys.has(k)) continue;
      this.indexKeys.add(k);
      this.indices.push(idx);
    }
    for (const [code, sev] of Object.entries(records.severities)) if (!this.severities.has(code)) this.severities.set(code, sev);
    for (const [name, a] of Object.entries(records.agencies)) {
      const seen = this.agencies.get(name);
      if (!seen || (a.known && !seen.known)) this.agencies.set(this.intern(name), a);
    }
    // With a plan, a row is the plan task it matches, whichever agency's copy or form it comes in.
    const inPlan = this.plan?.add(records);
    for (const [i, { key: ownKey, task: t, codes }] of records.tasks.entries()) {
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
        this.entries.set(slot, { task, reports: null, codes: codes?.length ? codes.map((c) => this.intern(c)) : null });
        continue;
      }
      // The copies' findings are the task's findings once, not once a copy.
      seen.codes = mergeCodes(seen.codes, codes);
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
    const { opts } = this;
    const { asOf } = this.dates;
    const dueSoonDays = opts.dueSoonDays ?? 30;
    const next = nextQuarter(opts.period);
    const entries = [...this.entries.values()];
    const held = this.plan?.finish(entries.map((e) => e.task));
    const tasks = held ? held.tasks : entries.map((e) => e.task);
    const reported = entries.filter((e): e is Entry & { reports: Report[] } => e.reports !== null);
    const identity = (name: string): AgencyIdentity => this.agencies.get(name) ?? { known: name !== NO_LEAD, suggestion: null };
    const { totals, byArea, byAgency } = countTasks(tasks, reported.reduce((n, e) => n + e.reports.length - 1, 0), identity, held !== undefined);
    const { overdue, overdueByAgency } = overdueList(tasks, identity);
    const found = this.countFindings(entries);
    // The lists ask the same judge as validation: due soon is open, not overdue, due within the window.
    const dueSoon = tasks.filter((t) => isDueSoon(t, asOf, dueSoonDays)).sort((a, b) => cmp(a.deadline, b.deadline));
    const dueNext = tasks.filter((t) => !isCompleted(t) && t.deadline !== null && t.deadline >= next.start && t.deadline <= next.end).sort((a, b) => cmp(a.deadline, b.deadline));
    return {
      period: opts.period,
      ...this.dates,
      generatedAt: opts.generatedAt,
      sources: this.sources,
      totals,
      byArea,
      byAgency,
      overdue,
      overdueByAgency,
      dueSoon,
      dueNext: { ...next, tasks: dueNext },
      indices: this.indices,
      findings: {
        byCode: [...found.byCode.values()].sort((a, b) => sevOrder(a.severity) - sevOrder(b.severity) || b.count - a.count || a.code.localeCompare(b.code)),
        byAgency: [...found.byAgency.values()].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.agency.localeCompare(b.agency, 'vi')),
        total: found.total,
      },
      duplicates: reported.map((e) => ({ number: e.task.number, title: e.task.title, leads: e.task.leads, kept: e.task.source, merged: e.task.alsoIn, reason: this.plan && e.task.planKey ? PLAN_DUPLICATE_REASON : DUPLICATE_REASON })),
      conflicts: reported.filter((e) => new Set(e.reports.map((r) => r.progress)).size > 1).map((e) => ({ number: e.task.number, title: e.task.title, reports: e.reports })),
      tasks,
      ...(held ? { plan: held.summary } : {}),
      ...(opts.previous ? { changes: compareWithPrevious(opts.previous, tasks) } : {}),
    };
  }

  /**
   * Findings by code and by the lead of their row: each task's once, each distinct index table's once, and the
   * few that belong to neither as they came.
   */
  private countFindings(entries: readonly Entry[]) {
    const byCode = new Map([...this.byCode].map(([k, v]) => [k, { ...v }]));
    const byAgency = new Map([...this.findingsByAgency].map(([k, v]) => [k, { ...v }]));
    let total = this.findingsTotal;
    const add = (code: string, severity: Finding['severity'], agencies: readonly string[]) => {
      total++;
      const c = byCode.get(code) ?? { code, severity, count: 0 };
      c.count++;
      byCode.set(code, c);
      for (const agency of agencies) {
        const a = byAgency.get(agency) ?? { agency, errors: 0, warnings: 0, infos: 0 };
        countSeverity(a, severity);
        byAgency.set(agency, a);
      }
    };
    const noLead = [NO_LEAD];
    for (const e of entries) {
      if (!e.codes) continue;
      for (const code of e.codes) add(code, this.severities.get(code) ?? 'warning', e.task.leads.length ? e.task.leads : noLead);
    }
    const indexAgency = [INDEX_AGENCY];
    for (const idx of this.indices) for (const f of idx.findings) add(f.code, f.severity, indexAgency);
    return { byCode, byAgency, total };
  }
}

/**
 * The overdue tasks as they are chased: grouped by their first lead (the agencies with most overdue tasks
 * first, names not in the directory after the known ones), the longest overdue first within each.
 */
function overdueList(tasks: readonly ConsolidatedTask[], identity: (name: string) => AgencyIdentity) {
  const groups = new Map<string, { tasks: ConsolidatedTask[]; byAge: OverdueByAge }>();
  for (const t of tasks) {
    if (t.progress !== 'overdue') continue;
    const lead = t.leads[0] ?? NO_LEAD;
    const g = groups.get(lead) ?? { tasks: [], byAge: emptyAges() };
    g.tasks.push(t);
    addAge(g.byAge, t.daysOverdue);
    groups.set(lead, g);
  }
  const byAgeDesc = (a: ConsolidatedTask, b: ConsolidatedTask) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || cmp(a.deadline, b.deadline);
  const overdueByAgency = [...groups].map(([agency, g]) => {
    g.tasks.sort(byAgeDesc);
    return { agency, count: g.tasks.length, maxDaysOverdue: g.tasks[0].daysOverdue ?? 0, byAge: g.byAge, ...identity(agency) };
  });
  overdueByAgency.sort((a, b) => agencyRank(a) - agencyRank(b) || b.count - a.count || b.maxDaysOverdue - a.maxDaysOverdue || a.agency.localeCompare(b.agency, 'vi'));
  return { overdue: overdueByAgency.flatMap((g) => groups.get(g.agency)!.tasks), overdueByAgency };
}

/** Known agencies first, then names not in the directory, then tasks without a lead. */
function agencyRank(a: { agency: string; known: boolean }): number {
  return a.agency === NO_LEAD ? 2 : a.known ? 0 : 1;
}

/** Counts by status overall, by area and by lead agency, with budgets. */
function countTasks(tasks: readonly ConsolidatedTask[], duplicatesMerged: number, identity: (name: string) => AgencyIdentity, withPlan: boolean) {
  const emptyCounts = () => emptyCountsOf(withPlan);
  const totals = { ...emptyCounts(), withoutLead: 0, budgetVnd: 0, budgetSourceTasks: 0, duplicatesMerged, overdueByAge: emptyAges() };
  const areas = new Map<string, AreaCounts>();
  const agencies = new Map<string, AgencyCounts>();
  for (const t of tasks) {
    addTo(totals, t.progress);
    if (t.progress === 'overdue') addAge(totals.overdueByAge, t.daysOverdue);
    if (t.leads.length === 0) totals.withoutLead++;
    totals.budgetVnd += t.budgetVnd ?? 0;
    if (t.budgetIsSource) totals.budgetSourceTasks++;
    const a = areas.get(t.area) ?? { ...emptyCounts(), area: t.area };
    addTo(a, t.progress);
    areas.set(t.area, a);
    const leads = t.leads.length ? t.leads : [NO_LEAD];
    leads.forEach((name, i) => {
      const g = agencies.get(name) ?? { ...emptyCounts(), agency: name, budgetVnd: 0, budgetSourceTasks: 0, ...identity(name) };
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
    byAgency: [...agencies.values()].map(finish).sort((a, b) => agencyRank(a) - agencyRank(b) || b.total - a.total || a.agency.localeCompare(b.agency, 'vi')),
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

