import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatViDate, type Lang, type ReportPeriod } from '../../core';
import { cutOffDate } from '../../core/report/period';
import { writeForms } from '../../core/plan/forms-file';
import type { Io } from '../io';
import type { LoadLimits } from '../input';
import { loadPlan } from '../plan-input';
import { writeFileAtomic } from '../write-atomic';
import { zlibDeflateSlice } from './report';

export type FormsArgs = { plan: string; outDir: string; period: ReportPeriod; force: boolean; json: boolean; lang: Lang; limits: LoadLimits };

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
  const forms = writeForms(plan.plan, { period: args.period, deflate: zlibDeflateSlice });
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
    const due = formatViDate(cutOffDate(args.period));
    io.out(
      lang === 'vi'
        ? `Đã ghi ${written.length} biểu báo cáo vào ${args.outDir} (${plan.plan.tasks.length} nhiệm vụ của kế hoạch ${plan.plan.file}; kỳ ${args.period.labelVi}, hạn gửi lại ${due}):`
        : `Wrote ${written.length} reporting forms to ${args.outDir} (${plan.plan.tasks.length} tasks of the plan ${plan.plan.file}; ${args.period.labelEn}, due back ${cutOffDate(args.period)}):`,
    );
    for (const w of written) {
      const shared = w.shared ? (lang === 'vi' ? `, ${w.shared} nhiệm vụ chung với cơ quan khác` : `, ${w.shared} shared with other agencies`) : '';
      io.out(lang === 'vi' ? `  ${path.basename(w.file)}: ${w.tasks} nhiệm vụ${shared}` : `  ${path.basename(w.file)}: ${w.tasks} tasks${shared}`);
    }
  }
  return failed ? 2 : 0;
}
