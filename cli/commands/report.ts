import * as path from 'node:path';
import { Consolidator, type AsOfBasis, type Lang, type ReportPeriod, type ReportSettings } from '../../core';
import { writeReportDocx } from '../../core/io/write/report-docx';
import { constants as zlib, deflateRawSync } from 'node:zlib';
import type { DeflateSlice } from '../../core/io/write';
import { NO_USABLE_WORKBOOK, writeQuarterlyReport } from '../../core/io/write/report-file';

/** Node's zlib for the report's parts, slice by slice (see DeflateSlice): native, several times fflate's speed. */
export const zlibDeflateSlice: DeflateSlice = (data, final) => deflateRawSync(data, { level: 6, finishFlush: final ? zlib.Z_FINISH : zlib.Z_SYNC_FLUSH });
import type { Io } from '../io';
import { runFiles } from '../pool';
import type { FileTask } from '../process-file';
import { progressLine, type RunOptions } from './run-options';
import { sameFile, writeFileAtomic } from '../write-atomic';
import { loadPlanAndPrevious } from './report-plan';
import { planLines } from '../../core/plan/lines';
import { reportFiguresLine } from '../../core/report/lines';

export type ReportArgs = RunOptions & {
  files: string[];
  period: ReportPeriod;
  asOf: string;
  /** The rule the as-of date followed; 'given' when absent (the date was named). */
  asOfRule?: AsOfBasis;
  out: string | null;
  /** The Word draft to write beside the sheet, if any. */
  docx?: string | null;
  /** The office's settings for the Word draft (placeholders where absent). */
  settings?: ReportSettings;
  json: boolean;
  force: boolean;
  lang: Lang;
  dueSoonDays: number;
  /** The report's "generated at" stamp (local time, YYYY-MM-DDTHH:MM). */
  now: string;
  /** The plan every return is held against (--plan), and the last period's report (--previous). */
  plan?: string;
  previous?: string;
};

const say = (io: Io, lang: Lang, vi: string, en: string) => io.err(lang === 'vi' ? vi : en);

/** Every usable workbook had no task table and no index table. */
const NOTHING_TO_REPORT = {
  vi: (n: number) =>
    `⚠ ${n === 1 ? 'Sổ duy nhất' : `Cả ${n} sổ`} không có bảng nhiệm vụ hay bảng chỉ số nào: báo cáo vẫn được ghi nhưng có 0 nhiệm vụ — không phải vì mọi việc đã xong mà vì không có gì để tính. Hãy kiểm tra lại các tệp đơn vị đã gửi.`,
  en: (n: number) =>
    `⚠ ${n === 1 ? 'The only workbook has' : `None of the ${n} workbooks has`} a task table or an index table: the report is still written, with 0 tasks — not because everything is done, but because there was nothing to count. Check the files the agencies sent.`,
};

/**
 * Consolidates the workbooks into the quarterly summary and writes it as a new .xlsx. Never writes
 * over an input, nor over an existing file without --force; the file appears whole or not at all.
 * Exit codes as in validate: 0, 1 when the sources have errors, 2 when a file could not be used.
 */
export async function runReport(args: ReportArgs, io: Io): Promise<number> {
  for (const [flag, target] of [['--out', args.out], ['--docx', args.docx]] as const) {
    if (!target) continue;
    // Nor over the plan or the last report, even with --force: they are the office's own files too.
    for (const f of [...args.files, ...(args.plan ? [args.plan] : []), ...(args.previous ? [args.previous] : [])]) {
      if (await sameFile(f, target)) {
        say(io, args.lang, `Không ghi báo cáo đè lên tệp nguồn ${f}; hãy chọn tên khác cho ${flag}.`, `Will not write the report over the input ${f}; choose another ${flag}.`);
        return 2;
      }
    }
  }
  const held = await loadPlanAndPrevious(args, io);
  if (!held.ok) return 2;
  args = { ...args, files: held.files };
  // Each file is read, validated and reduced to its tasks' records in a worker; the records are added to the
  // summary as they come back, in argument order, and no workbook stays in memory.
  const summary = new Consolidator({ period: args.period, asOf: args.asOf, asOfRule: args.asOfRule, generatedAt: args.now, dueSoonDays: args.dueSoonDays, ...held.options });
  const skipped: Array<{ file: string; code: string; message: string }> = [];
  const noTable: Array<{ file: string; message: string }> = [];
  let errors = 0;
  let used = 0;
  const tasks: FileTask[] = args.files.map((file) => ({ job: 'report', file, asOf: args.asOf, dueSoonDays: args.dueSoonDays, limits: args.limits }));
  const progress = progressLine(io, args);
  await runFiles(tasks, { jobs: args.jobs, maxSeconds: args.limits.maxSeconds, progress: progress.update }, (_i, o) => {
    if (!o.ok) {
      progress.clear();
      skipped.push({ file: o.file, code: o.code, message: o.message[args.lang] });
      io.err(`✗ ${o.message[args.lang]}`);
      progress.redraw();
      return;
    }
    errors += o.stats.errors;
    used++;
    if (o.noTable) {
      progress.clear();
      noTable.push({ file: o.file, message: o.noTable[args.lang] });
      io.err(`⚠ ${o.noTable[args.lang]}`);
      progress.redraw();
    }
    if (o.records) summary.add(o.records);
  });
  progress.done();
  const unusable = skipped.length > 0;
  if (used === 0) {
    io.err(NO_USABLE_WORKBOOK[args.lang]);
    if (args.json) io.out(JSON.stringify({ skipped }, null, 2));
    return 2;
  }
  // Still written: the user asked for the file, and an office may have to file "nothing came back" too; but
  // before it is, said plainly that its zeros mean no file had a table, not that every task is done.
  if (noTable.length === used) say(io, args.lang, NOTHING_TO_REPORT.vi(used), NOTHING_TO_REPORT.en(used));
  const model = summary.finish();
  // The files left out or with nothing to count, and why, are part of the JSON: a reader of the figures must
  // know what they miss.
  if (args.json) io.out(JSON.stringify({ ...model, skipped, noTable }, null, 2));

  if (args.out) {
    const outDir = path.dirname(path.resolve(args.out));
    // A file's relative path, once per file rather than once per task (path.relative is costly at 200 000 rows).
    const linkPaths = new Map<string, string>();
    // Links are relative to the report, so the folder can be moved or shared as a whole.
    const linkPath = (file: string) => {
      let p = linkPaths.get(file);
      if (p === undefined) linkPaths.set(file, (p = path.relative(outDir, path.resolve(file)).split(path.sep).join('/')));
      return p;
    };
    // Written once: the parts go straight into the zip and its compressed chunks straight to a temp file
    // beside the target, which is put in place whole (write-atomic.ts).
    const written = await writeFileAtomic(args.out, (emit) => writeQuarterlyReport(model, { linkPath, deflate: zlibDeflateSlice }, emit), { force: args.force });
    if (!written.ok) {
      io.err(written.message[args.lang]);
      return 2;
    }
    if (!args.json) {
      io.out(summaryLine(model, args, args.out, used));
      for (const line of planLines(model, args.lang)) io.out(line);
    }
  }
  if (args.docx) {
    const bytes = await writeReportDocx(model, args.settings ?? {});
    const written = await writeFileAtomic(args.docx, bytes, { force: args.force });
    if (!written.ok) {
      io.err(written.message[args.lang]);
      return 2;
    }
    if (!args.json) io.out(args.lang === 'vi' ? `Đã ghi dự thảo báo cáo ${args.docx} (Word, cùng số liệu).` : `Wrote the draft report ${args.docx} (Word, same figures).`);
  }
  return unusable ? 2 : errors > 0 ? 1 : 0;
}

/** The one line `cchc report` prints: what was written, as of when and why, and the figures. */
function summaryLine(model: ReturnType<Consolidator['finish']>, args: ReportArgs, out: string, used: number): string {
  return `${args.lang === 'vi' ? 'Đã ghi báo cáo' : 'Wrote'} ${out} ${reportFiguresLine(model, used, args.lang)}`;
}
