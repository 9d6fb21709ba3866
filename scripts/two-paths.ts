/**
 * A workbook through the CLI's path and the web page's path, and what differs between the two outcomes. The
 * CLI path is `processFile` (read the file from disk, then core/io/check), once for `validate` and once for
 * `report`; the page path is web/engine's `checkBlob`, the function the page's Web Worker calls (worker.ts),
 * given the file as a Blob and the request the page makes (its name, as-of date, due-soon days, seconds).
 * Used by `npm run corpus` and by test/two-paths.test.ts.
 */
import type { FileOutcome } from '../core/io/outcome';
import { checkBlob } from '../web/engine';

export type CheckSettings = { asOf: string; dueSoonDays: number; maxSeconds: number };

type ProcessFile = (t: { job: 'validate' | 'report'; file: string; asOf: string; dueSoonDays: number; limits: { maxSeconds?: number } }) => Promise<FileOutcome>;

export type CliOutcome = { validate: FileOutcome; report: FileOutcome };

/** `cchc validate` and `cchc report` on one file: what each command gets for it. */
export async function cliPath(processFile: ProcessFile, file: string, s: CheckSettings): Promise<CliOutcome> {
  const limits = { maxSeconds: s.maxSeconds };
  const validate = await processFile({ job: 'validate', file, asOf: s.asOf, dueSoonDays: s.dueSoonDays, limits });
  const report = await processFile({ job: 'report', file, asOf: s.asOf, dueSoonDays: s.dueSoonDays, limits });
  return { validate, report };
}

/** The page's check of one dropped file: the Blob the browser hands over, read and checked as the worker does. */
export function pagePath(name: string, bytes: Uint8Array, s: CheckSettings): Promise<FileOutcome> {
  return checkBlob(name, new Blob([bytes]), { name, asOf: s.asOf, dueSoonDays: s.dueSoonDays, maxSeconds: s.maxSeconds });
}

/** The outcome's code: "read", or the refusal's code. */
export const codeOf = (o: FileOutcome): string => (o.ok ? 'read' : o.code);

const json = (x: unknown) => JSON.stringify(x ?? null);

/**
 * How the page's outcome differs from the CLI's, in words; empty when they agree. A refusal is compared by its
 * code (its sentence differs on purpose: the CLI names the option that lifts a limit, the page has none); a
 * workbook read by both, by its findings, counts, "no table" sentence and report records.
 */
export function differences(cli: CliOutcome, page: FileOutcome): string[] {
  const out: string[] = [];
  const v = cli.validate;
  const r = cli.report;
  if (codeOf(v) !== codeOf(r)) out.push(`validate ${codeOf(v)}, report ${codeOf(r)}`);
  if (codeOf(v) !== codeOf(page)) out.push(`cli ${codeOf(v)}, page ${codeOf(page)}`);
  if (out.length > 0 || !v.ok || !r.ok || !page.ok) return out;
  if (json(v.stats) !== json(page.stats)) out.push('finding counts differ');
  if (json(v.sheets) !== json(page.sheets)) out.push('findings differ');
  if (json(v.noTable) !== json(page.noTable)) out.push('"no table" differs');
  if (json(r.records) !== json(page.records)) out.push('report records differ');
  return out;
}
