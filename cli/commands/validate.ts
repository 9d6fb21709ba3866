import * as path from 'node:path';
import { validateWorkbook, type Lang, type SheetResult } from '../../core';
import { findingsTable, plural, sheetHeading } from '../human';
import { loadWorkbookFile } from '../input';
import type { Io } from '../io';

export type ValidateArgs = { files: string[]; asOf: string; json: boolean; lang: Lang; dueSoonDays: number; maxCells: number; maxBytes: number };

export type FileReport = {
  file: string;
  sheets?: Array<Pick<SheetResult, 'name' | 'kind' | 'rows' | 'findings'>>;
  error?: { code: string; message: string };
};

/** Exit codes: 0 no errors, 1 errors found, 2 a file could not be used (the others are still checked). */
export async function runValidate(args: ValidateArgs, io: Io): Promise<number> {
  const files: FileReport[] = [];
  const stats = { errors: 0, warnings: 0, infos: 0 };
  let unusable = false;
  for (const file of args.files) {
    const loaded = await loadWorkbookFile(file, { maxCells: args.maxCells, maxBytes: args.maxBytes });
    if (!loaded.ok) {
      unusable = true;
      files.push({ file, error: { code: loaded.code, message: loaded.message[args.lang] } });
      if (!args.json) io.err(`✗ ${loaded.message[args.lang]}`);
      continue;
    }
    const result = validateWorkbook(loaded.grids, { asOf: args.asOf, dueSoonDays: args.dueSoonDays });
    stats.errors += result.stats.errors;
    stats.warnings += result.stats.warnings;
    stats.infos += result.stats.infos;
    files.push({ file, sheets: result.sheets.map((s) => ({ name: s.name, kind: s.kind, rows: s.rows, findings: s.findings })) });
    if (!args.json) {
      io.out(`${path.basename(file)}`);
      for (const s of result.sheets) {
        io.out(sheetHeading(s, args.lang));
        const table = findingsTable(s.findings, args.lang, io.columns);
        if (table) io.out(table);
      }
      io.out('');
    }
  }
  if (args.json) io.out(JSON.stringify({ asOf: args.asOf, files, stats }, null, 2));
  else {
    const vi = `Tổng cộng: ${stats.errors} lỗi, ${stats.warnings} cảnh báo, ${stats.infos} lưu ý (tính đến ngày ${args.asOf.split('-').reverse().join('/')}).`;
    const en = `Total: ${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}, ${stats.infos} info (as of ${args.asOf}).`;
    io.out(args.lang === 'vi' ? vi : en);
  }
  return unusable ? 2 : stats.errors > 0 ? 1 : 0;
}
