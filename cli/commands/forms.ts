import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang, ReportPeriod } from '../../core';
import { cutOffDate } from '../../core/report/period';
import { writeForms } from '../../core/plan/forms-file';
import { formLine, formsAbout } from '../../core/plan/lines';
import type { Io } from '../io';
import type { LoadLimits } from '../input';
import { loadPlan } from '../plan-input';
import { writeFileAtomic } from '../write-atomic';

export type FormsArgs = {
  plan: string;
  outDir: string;
  period: ReportPeriod;
  force: boolean;
  json: boolean;
  lang: Lang;
  limits: LoadLimits;
  /** The forms' creation time (the CLI's clock): the same plan, period and time give the same bytes as the web page's. */
  created?: Date;
};

/**
 * `cchc forms PLAN.xlsx --out DIR`: one reporting form per lead agency of the plan, written into DIR. Never over an
 * existing file without --force; each file appears whole or not at all. Exit 0, or 2 when the plan cannot be used
 * or a form could not be written (the others still are).
 */
export async function runForms(args: FormsArgs, io: Io): Promise<number> {
  const { lang } = args;
  const plan = await loadPlan(args.plan, args.period.end, args.limits);
  if (!plan.ok) {
    io.err(plan.message[lang]);
    return 2;
  }
  try {
    await fs.mkdir(args.outDir, { recursive: true });
  } catch {
    io.err(lang === 'vi' ? `Không tạo được thư mục ${args.outDir}.` : `Cannot create the folder ${args.outDir}.`);
    return 2;
  }
  // fflate's deflate, as in the page, not Node's zlib: a form is small, and so a form from the page's .zip and one
  // written here are the same file, byte for byte.
  const forms = writeForms(plan.plan, { period: args.period, ...(args.created ? { created: args.created } : {}) });
  let failed = 0;
  const written: Array<{ agency: string; file: string; tasks: number; shared: number }> = [];
  for (const f of forms) {
    const target = path.join(args.outDir, f.fileName);
    const r = await writeFileAtomic(target, f.bytes, { force: args.force, inputs: [args.plan] });
    if (!r.ok) {
      io.err(r.message[lang]);
      failed++;
      continue;
    }
    written.push({ agency: f.agency, file: target, tasks: f.tasks, shared: f.shared });
  }
  if (args.json) io.out(JSON.stringify({ plan: plan.plan.file, period: args.period.code, cutOff: cutOffDate(args.period), tasks: plan.plan.tasks.length, forms: written }, null, 2));
  else {
    const about = formsAbout(plan.plan, args.period, lang);
    io.out(lang === 'vi' ? `Đã ghi ${written.length} biểu báo cáo vào ${args.outDir} (${about}):` : `Wrote ${written.length} reporting forms to ${args.outDir} (${about}):`);
    for (const w of written) io.out(`  ${formLine({ ...w, fileName: path.basename(w.file) }, lang)}`);
  }
  return failed ? 2 : 0;
}
