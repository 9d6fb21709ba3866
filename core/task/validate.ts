import type { IsoDate } from '../dates';
import type { Finding } from '../findings';
import { clipText, findingValue } from '../findings';
import { parseCellAddress } from '../grid/address';
import type { TaskField } from './columns';
import { progressOf } from './progress';
import type { TaskRow, TaskSheet } from './read';
import { TASK_RULES, type RowContext, type TaskRule } from './rules';

export type TaskValidationOptions = {
  /** The day to judge deadlines against (ISO). */
  asOf: IsoDate;
  /** "Due soon" window in days. */
  dueSoonDays?: number;
};

const NO_ERRORS: ReadonlySet<TaskField | null> = new Set();
/** The start of a task's text a finding carries: enough to know the task, short enough for a list. */
const TASK_TEXT = 80;

/**
 * Checks every task row of a sheet with every rule of the registry. One finding per problem: a merged
 * lead or budget shared by several rows is reported once, at the merged cell; deadlines are judged per
 * row, since each row may report its own status.
 */
export function validateTaskSheet(sheet: TaskSheet, opts: TaskValidationOptions, rules: readonly TaskRule[] = TASK_RULES): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  const textField: TaskField | null = sheet.columns.activity ? 'activity' : sheet.columns.task ? 'task' : null;
  const checks = rules.map((rule) => ({ rule, check: rule.forSheet(sheet) }));

  for (const row of sheet.rows) {
    const task = row.number || row.title ? { number: row.number, text: clipText(withoutNumber(row.title ?? '', row.number), TASK_TEXT) } : null;
    const ctx: RowContext = {
      sheet,
      asOf: opts.asOf,
      dueSoonDays: opts.dueSoonDays ?? 30,
      progress: progressOf(row, opts.asOf),
      errored: row.cellErrors.length === 0 ? NO_ERRORS : new Set(row.cellErrors.map((e) => e.field)),
      textField,
      cellOf: (field) => cellOf(row, field),
      once,
    };
    for (const { rule, check } of checks) {
      const hits = check(row, ctx);
      if (!hits) continue;
      for (const h of Array.isArray(hits) ? hits : [hits]) {
        const p = parseCellAddress(h.cell)!;
        const f: Finding = {
          code: rule.code,
          severity: rule.severity,
          sheet: sheet.sheet,
          cell: h.cell,
          row: p.row + 1,
          column: p.col + 1,
          header: h.field ? (sheet.columns[h.field]?.header ?? null) : null,
          value: findingValue(h.value),
          message: h.message,
        };
        if (h.suggestion) f.suggestion = h.suggestion;
        if (task) f.task = task;
        findings.push(f);
      }
    }
  }
  return findings;
}

/** The row's own cell in a column; without such a column, the row's first cell that exists. */
function cellOf(row: TaskRow, field: TaskField): string {
  const fv = row.fields[field];
  if (fv) return fv.cell;
  const first = Object.values(row.fields)[0];
  return first ? first.cell : `A${row.row}`;
}

/**
 * "3.1: Rà soát…" with its number 3.1 → "Rà soát…": the number is said on its own. Only a number set apart
 * from the words goes. A bare one ("1", "b") must be followed by punctuation ("1. …", "2 : …", "b) …"): not the
 * "1" of "100% cán bộ…" under STT 1, nor the "2" of "2 hội nghị…" (a count) under STT 2. One with its own
 * punctuation ("3.1", "a)", "3.") must not run on into a letter or digit: not the "3.1" of "3.10: …".
 */
function withoutNumber(text: string, number: string | null): string {
  if (!number || !text.startsWith(number)) return text;
  const rest = text.slice(number.length);
  const apart = /^[\p{L}\d]+$/u.test(number) ? /^\s*[:.)–-]/.test(rest) : !(/[\p{L}\d]$/u.test(number) && /^[\p{L}\d]/u.test(rest));
  return apart ? rest.replace(/^[\s:.)–-]+/, '') : text;
}
