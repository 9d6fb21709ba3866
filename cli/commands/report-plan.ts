import { sameFile } from '../write-atomic';
import type { ConsolidateOptions, Lang } from '../../core';
import type { Io } from '../io';
import type { LoadLimits } from '../input';
import { loadPlan, loadPrevious } from '../plan-input';

/**
 * What `cchc report` adds for --plan and --previous: both files read before the returns (a plan or a last report
 * that cannot be used stops the run with its sentence: a report held against nothing would mislead), the plan
 * left out of the returns if it is among them, and the lines the terminal prints about them.
 */
export async function loadPlanAndPrevious(
  args: { files: string[]; asOf: string; lang: Lang; limits: LoadLimits; plan?: string; previous?: string },
  io: Io,
): Promise<{ ok: true; files: string[]; options: Pick<ConsolidateOptions, 'plan' | 'previous'> } | { ok: false }> {
  const options: Pick<ConsolidateOptions, 'plan' | 'previous'> = {};
  let files = args.files;
  if (args.plan) {
    const plan = await loadPlan(args.plan, args.asOf, args.limits);
    if (!plan.ok) {
      io.err(plan.message[args.lang]);
      return { ok: false };
    }
    options.plan = plan.plan;
    // "report *.xlsx --plan ke-hoach.xlsx" with the plan in the same folder: the plan is not a return.
    files = await without(files, args.plan, (f) =>
      io.err(args.lang === 'vi' ? `Bỏ qua ${f}: đây là kế hoạch gốc (--plan), không phải báo cáo của đơn vị.` : `Skipping ${f}: it is the plan (--plan), not an agency's return.`),
    );
  }
  if (args.previous) {
    const prev = await loadPrevious(args.previous, args.limits);
    if (!prev.ok) {
      io.err(prev.message[args.lang]);
      return { ok: false };
    }
    options.previous = prev.report;
    files = await without(files, args.previous, (f) =>
      io.err(args.lang === 'vi' ? `Bỏ qua ${f}: đây là báo cáo kỳ trước (--previous), không phải báo cáo của đơn vị.` : `Skipping ${f}: it is the last report (--previous), not an agency's return.`),
    );
  }
  return { ok: true, files, options };
}

async function without(files: readonly string[], drop: string, said: (f: string) => void): Promise<string[]> {
  const kept: string[] = [];
  for (const f of files) {
    if (await sameFile(f, drop)) said(f);
    else kept.push(f);
  }
  return kept;
}
