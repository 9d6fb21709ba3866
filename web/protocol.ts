import type { FileOutcome } from '../core/io/outcome';
import type { CheckRequest, FindingsListRequest, FindingsListResult, FormsRequest, FormsResult, GridsResult, HeldCheck, HeldRequest, ReportRequest, ReportResult } from './engine';

/** Seconds one file may take, as the CLI's default --max-seconds. */
export const MAX_SECONDS = 60;

/** The kinds of file the page hands to the browser's downloads. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ZIP_TYPE = 'application/zip';
export const JSON_TYPE = 'application/json';

/** Messages between the page and its Web Workers: plain data (Files are cloned by reference, bytes transferred). */

export type WorkRequest =
  | { kind: 'check'; file: Blob; req: CheckRequest }
  | { kind: 'grids'; file: Blob; name: string }
  | { kind: 'report'; req: ReportRequest }
  | { kind: 'findings'; req: FindingsListRequest }
  | { kind: 'held'; req: HeldRequest }
  | { kind: 'forms'; req: FormsRequest };

export type WorkResult = {
  check: FileOutcome;
  grids: GridsResult;
  report: ReportResult;
  findings: FindingsListResult;
  held: HeldCheck;
  forms: FormsResult;
};

export type ToWorker = { id: number; work: WorkRequest };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; loaded: number; total: number }
  | { type: 'done'; id: number; result: WorkResult[keyof WorkResult] }
  | { type: 'failed'; id: number; message: string };
