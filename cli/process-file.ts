import { checkBytes, type CheckJob, type CompactSheet, type FileOutcome } from '../core/io/check';
import { readFileBytes, readOptions, type LoadLimits } from './input';

/**
 * One file, start to end: read it from disk (input.ts), then the same pure check the web page runs
 * (core/io/check.ts). Runs in a worker thread or in the main thread alike, and its result is plain data,
 * so both give the same output byte for byte.
 */

export type Job = Exclude<CheckJob, 'both'>;

export type FileTask = { job: Job; file: string; asOf: string; dueSoonDays: number; limits: LoadLimits };

export type { CompactSheet, FileOutcome };

export async function processFile(t: FileTask): Promise<FileOutcome> {
  const file = await readFileBytes(t.file);
  if (!file.ok) return file;
  return checkBytes(t.file, file.bytes, { job: t.job, asOf: t.asOf, dueSoonDays: t.dueSoonDays, read: readOptions(t.limits) });
}
