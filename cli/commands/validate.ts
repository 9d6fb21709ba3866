import * as path from 'node:path';
import { formatViDate, type FindingStats, type Lang } from '../../core';
import { findingsTable, plural, sheetHeading } from '../human';
import type { Io } from '../io';
import { runFiles } from '../pool';
import type { CompactSheet, FileTask } from '../process-file';
import { progressLine, type RunOptions } from './run-options';

export type ValidateArgs = RunOptions & { files: string[]; asOf: string; json: boolean; lang: Lang; dueSoonDays: number };

export type FileReport = {
  file: string;
  sheets?: CompactSheet[];
  /** No task table and no index table in the workbook: nothing was checked (the sentence is on stderr). */
  noTable?: true;
  error?: { code: string; message: string };
};

/** Exit codes: 0 no errors, 1 errors found, 2 a file could not be used (the others are still checked). */
export async function runValidate(args: ValidateArgs, io: Io): Promise<number> {
  const files: FileReport[] = [];
  const skipped: Array<{ file: string; code: string; message: string }> = [];
  const stats: FindingStats = { errors: 0, warnings: 0, infos: 0 };
  const tasks: FileTask[] = args.files.map((file) => ({ job: 'validate', file, asOf: args.asOf, dueSoonDays: args.dueSoonDays, limits: args.limits }));
  const progress = progressLine(io, args);
  await runFiles(tasks, { jobs: args.jobs, maxSeconds: args.limits.maxSeconds, progress: progress.update }, (_i, o) => {
    progress.clear();
    if (!o.ok) {
      const message = o.message[args.lang];
      files.push({ file: o.file, error: { code: o.code, message } });
      skipped.push({ file: o.file, code: o.code, message });
      // The sentence goes to stderr in every mode, --json included.
      io.err(`✗ ${message}`);
      progress.redraw();
      return;
    }
    stats.errors += o.stats.errors;
    stats.warnings += o.stats.warnings;
    stats.infos += o.stats.infos;
    const sheets = o.sheets as CompactSheet[];
    files.push({ file: o.file, sheets, ...(o.noTable ? { noTable: true as const } : {}) });
    // A wrong file must not pass as a clean one: said on stderr in every mode, the exit code unchanged.
    if (o.noTable) io.err(`⚠ ${o.noTable[args.lang]}`);
    if (!args.json) {
      io.out(`${path.basename(o.file)}`);
      for (const s of sheets) {
        io.out(sheetHeading(s, args.lang));
        const table = findingsTable(s.findings, args.lang, io.columns);
        if (table) io.out(table);
      }
      io.out('');
    }
    progress.redraw();
  });
  progress.done();
  if (args.json) io.out(JSON.stringify({ asOf: args.asOf, files, skipped, stats }, null, 2));
  else {
    const vi = `Tổng cộng: ${stats.errors} lỗi, ${stats.warnings} cảnh báo, ${stats.infos} lưu ý (tính đến ngày ${formatViDate(args.asOf)}).`;
    const en = `Total: ${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}, ${stats.infos} info (as of ${args.asOf}).`;
    io.out(args.lang === 'vi' ? vi : en);
  }
  return skipped.length > 0 ? 2 : stats.errors > 0 ? 1 : 0;
}
