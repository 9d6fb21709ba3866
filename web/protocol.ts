import type { FileOutcome } from '../core/io/outcome';
import type { CheckRequest, FindingsListRequest, FindingsListResult, GridsResult, ReportRequest, ReportResult } from './engine';

/** Seconds one file may take, as the CLI's default --max-seconds. */
export const MAX_SECONDS = 60;

/** Messages between the page and its Web Workers: plain data (Files are cloned by reference, bytes transferred). */

export type WorkRequest =
  | { kind: 'check'; file: Blob; req: CheckRequest }
  | { kind: 'grids'; file: Blob; name: string }
  | { kind: 'report'; req: ReportRequest }
  | { kind: 'findings'; req: FindingsListRequest };

export type WorkResult = {
  check: FileOutcome;
  grids: GridsResult;
  report: ReportResult;
  findings: FindingsListResult;
};

export type ToWorker = { id: number; work: WorkRequest };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; loaded: number; total: number }
  | { type: 'done'; id: number; result: WorkResult[keyof WorkResult] }
  | { type: 'failed'; id: number; message: string };
