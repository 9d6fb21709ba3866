import { checkGrids, type CheckJob, type CompactSheet, type FileOutcome } from '../core/io/check';
import { loadWorkbookFile, type LoadLimits } from './input';

/**
 * One file, start to end: read it from disk (input.ts), then the same pure check the web page runs
 * (core/io/check.ts). Runs in a worker thread or in the main thread alike, and its result is plain data,
 * so both give the same output byte for byte.
 */

export type Job = Exclude<CheckJob, 'both'>;

export type FileTask = { job: Job; file: string; asOf: string; dueSoonDays: number; limits: LoadLimits };

export type { CompactSheet, FileOutcome };

export async function processFile(t: FileTask): Promise<FileOutcome> {
  const loaded = await loadWorkbookFile(t.file, t.limits);
  if (!loaded.ok) return { file: t.file, ok: false, code: loaded.code, message: loaded.message };
  return checkGrids(t.file, loaded.grids, { job: t.job, asOf: t.asOf, dueSoonDays: t.dueSoonDays });
}
