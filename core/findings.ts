import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const MessageSchema = z.object({ vi: z.string(), en: z.string() });
export type Message = z.infer<typeof MessageSchema>;

/**
 * One validation finding, as data (the shape of a Frictionless validation report's error):
 * a stable code, a severity, where it is, what was there, and what it means in both languages.
 */
export const FindingSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  /** A1 address of the cell in its sheet. */
  cell: z.string(),
  /** 1-based row and column, as Excel numbers them. */
  row: z.number().int().positive(),
  column: z.number().int().positive(),
  /** The column's header as written in the sheet, when the cell is under one. */
  header: z.string().nullable(),
  /** The offending value as text (null when the problem is an absence). */
  value: z.string().nullable(),
  message: MessageSchema,
  /** A suggested fix, e.g. the closest known agency name. */
  suggestion: z.string().optional(),
  /** On a task table: the task the row holds, by its number and the start of its text, so a reader knows which. */
  task: z.object({ number: z.string().nullable(), text: z.string() }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export type Lang = 'vi' | 'en';

export type FindingStats = { errors: number; warnings: number; infos: number };

export function countFindings(findings: readonly Finding[]): FindingStats {
  const s: FindingStats = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet order, then row, then column, then severity: the order a reviewer reads in. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.row - b.row || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
  );
}

/** Truncates a cell's text for a finding's value field (a 10 000-character cell stays readable). */
export function findingValue(text: string | null | undefined, max = 200): string | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  if (t === '') return null;
  return clipText(t, max);
}

/** At most `max` characters, an ellipsis marking a cut, never half an emoji (a lone surrogate prints as garbage). */
export function clipText(t: string, max: number): string {
  if (t.length <= max) return t;
  let end = max - 1;
  const last = t.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${t.slice(0, end)}…`;
}

/** A finding's task as a reader names it: "3.1. Rà soát các thủ tục…" (the "- " a plan's line starts with left out). */
export function taskLabel(task: NonNullable<Finding['task']>): string {
  const text = task.text.replace(/^[-+•–]\s*/, '');
  if (!task.number) return text;
  if (!text) return task.number;
  return /[.)]$/.test(task.number) ? `${task.number} ${text}` : `${task.number}. ${text}`;
}
