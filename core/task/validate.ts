import { formatViDate, addDays, daysBetween, type IsoDate } from '../dates';
import { findingValue, type Finding, type Severity } from '../findings';
import { parseCellAddress } from '../grid/address';
import type { AgencyRef } from '../agencies/directory';
import { FIELD_LABEL, type TaskField } from './columns';
import { taskMessages, type TaskCode } from './messages';
import { normaliseNumber, type TaskRow, type TaskSheet } from './read';

export type TaskValidationOptions = {
  /** The day to judge deadlines against (ISO). */
  asOf: IsoDate;
  /** "Due soon" window in days. */
  dueSoonDays?: number;
};

const SEVERITY: Record<TaskCode, Severity> = {
  'missing-lead': 'error',
  'deadline-expired': 'error',
  'deadline-due-soon': 'info',
  'deadline-missing': 'warning',
  'deadline-unparsed': 'warning',
  'budget-unparsed': 'warning',
  'unknown-agency': 'warning',
  'lead-also-coordinating': 'warning',
  'missing-output': 'warning',
  'missing-task-text': 'error',
  'duplicate-number': 'warning',
  'status-unknown': 'warning',
  'completion-date-unparsed': 'warning',
  'completed-before-start': 'warning',
  'cell-error': 'error',
};

export function severityOf(code: TaskCode): Severity {
  return SEVERITY[code];
}

/** Done means reported done, or given a completion date. */
export function isReportedDone(row: TaskRow): boolean {
  return row.status === 'done' || row.status === 'done-late' || (row.status === null && row.completedOn !== null);
}

/**
 * Checks every task row of a sheet. One finding per problem: a merged lead or budget shared by
 * several rows is reported once, at the merged cell; deadlines are judged per row, since each
 * row may report its own status.
 */
export function validateTaskSheet(sheet: TaskSheet, opts: TaskValidationOptions): Finding[] {
  const findings: Finding[] = [];
  const dueSoon = opts.dueSoonDays ?? 30;
  const seenSource = new Set<string>();
  const once = (key: string) => (seenSource.has(key) ? false : (seenSource.add(key), true));
  const header = (f: TaskField) => sheet.columns[f]?.header ?? null;

  const add = (code: TaskCode, cell: string, field: TaskField | null, value: string | null, message: Finding['message'], suggestion?: string) => {
    const p = parseCellAddress(cell)!;
    const f: Finding = {
      code,
      severity: SEVERITY[code],
      sheet: sheet.sheet,
      cell,
      row: p.row + 1,
      column: p.col + 1,
      header: field ? header(field) : null,
      value: findingValue(value),
      message,
    };
    if (suggestion) f.suggestion = suggestion;
    findings.push(f);
  };
  const rowCell = (row: TaskRow, field: TaskField): string => {
    const fv = row.fields[field];
    if (fv) return fv.cell;
    // No such column: point at the row's first column that exists.
    const first = Object.values(row.fields)[0];
    return first ? first.cell : `A${row.row}`;
  };

  const numbers = new Map<string, Map<string, string>>();
  const dueSoonLimit = addDays(opts.asOf, dueSoon);
  // The row's text: activity where the layout has one, else task.
  const textField: TaskField | null = sheet.columns.activity ? 'activity' : sheet.columns.task ? 'task' : null;
  const noErrors: ReadonlySet<TaskField | null> = new Set();
  for (const row of sheet.rows) {
    for (const e of row.cellErrors) add('cell-error', e.cell, e.field, e.value, taskMessages['cell-error']({ value: e.value }));
    const errored = row.cellErrors.length === 0 ? noErrors : new Set(row.cellErrors.map((e) => e.field));
    if (textField && !errored.has(textField) && row.fields[textField]?.text == null) {
      add('missing-task-text', rowCell(row, textField), textField, null, taskMessages['missing-task-text']({ column: header(textField) ?? FIELD_LABEL[textField].vi }));
    }

    if (!errored.has('lead') && (row.fields.lead?.text == null || row.lead.length === 0)) {
      add('missing-lead', sheet.columns.lead ? rowCell(row, 'lead') : rowCell(row, textField ?? 'number'), sheet.columns.lead ? 'lead' : null, null, taskMessages['missing-lead']());
    }

    checkAgencies(row.lead, 'lead', row, add, once);
    checkAgencies(row.coordinating, 'coordinating', row, add, once);
    const both = row.lead.length === 0 || row.coordinating.length === 0 ? [] : leadsAlsoCoordinating(row);
    if (both.length > 0 && row.fields.coordinating && once(`both:${row.fields.coordinating.source}`)) {
      add('lead-also-coordinating', row.fields.coordinating.source, 'coordinating', row.fields.coordinating.text, taskMessages['lead-also-coordinating']({ names: both }));
    }

    if (sheet.columns.output && !errored.has('output') && row.fields.output?.text == null) {
      add('missing-output', rowCell(row, 'output'), 'output', null, taskMessages['missing-output']());
    }

    if (sheet.columns.time && !errored.has('time')) {
      const t = row.fields.time!;
      if (t.text === null) add('deadline-missing', t.cell, 'time', null, taskMessages['deadline-missing']());
      else if (row.deadlineReason && once(`time:${t.source}`)) {
        add('deadline-unparsed', t.source, 'time', t.text, taskMessages['deadline-unparsed']({ text: t.text, reason: row.deadlineReason }));
      }
    }
    if (row.deadline?.kind === 'deadline' && !isReportedDone(row)) {
      const deadline = row.deadline.date;
      const cell = row.fields.time?.cell ?? rowCell(row, 'time');
      const status = row.fields.status?.text ?? null;
      if (deadline < opts.asOf) {
        add('deadline-expired', cell, 'time', row.fields.time?.text ?? null, taskMessages['deadline-expired']({ deadline: formatViDate(deadline), days: daysBetween(deadline, opts.asOf), status }));
      } else if (deadline <= dueSoonLimit) {
        add('deadline-due-soon', cell, 'time', row.fields.time?.text ?? null, taskMessages['deadline-due-soon']({ deadline: formatViDate(deadline), days: daysBetween(opts.asOf, deadline) }));
      }
    }

    if (row.budgetReason && row.fields.budget && once(`budget:${row.fields.budget.source}`)) {
      add('budget-unparsed', row.fields.budget.source, 'budget', row.fields.budget.text, taskMessages['budget-unparsed']({ text: row.fields.budget.text ?? '' }));
    }
    if (row.statusReason && row.fields.status) {
      add('status-unknown', row.fields.status.cell, 'status', row.fields.status.text, taskMessages['status-unknown']({ text: row.fields.status.text ?? '' }));
    }
    if (row.completedOnReason && row.fields.completedOn) {
      add('completion-date-unparsed', row.fields.completedOn.cell, 'completedOn', row.fields.completedOn.text, taskMessages['completion-date-unparsed']({ text: row.fields.completedOn.text ?? '' }));
    }
    if (row.completedOn && row.deadline?.kind === 'deadline' && row.completedOn < row.deadline.start && row.deadline.period !== 'day') {
      // "Quý IV/2022" completed in March 2022 is possible but usually a typo in the year.
      add('completed-before-start', row.fields.completedOn!.cell, 'completedOn', row.fields.completedOn!.text, taskMessages['completed-before-start']({ date: formatViDate(row.completedOn), start: formatViDate(row.deadline.start) }));
    }

    if (row.number && (row.numberFromCell ? row.fields.number?.via === 'own' : true)) {
      // Numbers are unique within a section: one map per section.
      let inSection = numbers.get(row.section ?? '');
      if (!inSection) numbers.set(row.section ?? '', (inSection = new Map()));
      const key = normaliseNumber(row.number);
      const cell = row.numberFromCell ? row.fields.number!.cell : rowCell(row, 'activity');
      const first = inSection.get(key);
      if (first) add('duplicate-number', cell, row.numberFromCell ? 'number' : 'activity', row.number, taskMessages['duplicate-number']({ number: row.number, firstCell: first }));
      else inSection.set(key, cell);
    }
  }
  return findings;
}

/** Names both leading and coordinating the row, each once, in coordinating order. */
function leadsAlsoCoordinating(row: TaskRow): string[] {
  // Usually none: find that out without building sets (this runs on every row).
  let any = false;
  for (const c of row.coordinating) {
    const n = c.agency?.name ?? c.text;
    for (const l of row.lead) if ((l.agency?.name ?? l.text) === n) any = true;
  }
  if (!any) return [];
  const leadNames = new Set(row.lead.map((a) => a.agency?.name ?? a.text));
  return [...new Set(row.coordinating.map((c) => c.agency?.name ?? c.text).filter((n) => leadNames.has(n)))];
}

function checkAgencies(
  refs: AgencyRef[],
  role: 'lead' | 'coordinating',
  row: TaskRow,
  add: (code: TaskCode, cell: string, field: TaskField | null, value: string | null, message: Finding['message'], suggestion?: string) => void,
  once: (key: string) => boolean,
) {
  const fv = row.fields[role];
  if (!fv) return;
  for (const ref of refs) {
    if (ref.agency || ref.generic) continue;
    if (!once(`agency:${fv.source}:${ref.text}`)) continue;
    const cell = fv.via === 'title' ? fv.source : fv.source;
    add('unknown-agency', cell, fv.via === 'title' ? null : role, ref.text, taskMessages['unknown-agency']({ name: ref.text, role, suggestion: ref.suggestion }), ref.suggestion);
  }
}
