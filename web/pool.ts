import { crashed, timedOut, type FileOutcome } from '../core/io/outcome';
import type { CheckRequest, FindingsListRequest, FormsRequest, FormsResult, GridsResult, HeldCheck, HeldRequest, ReportRequest, ReportResult } from './engine';
import type { FromWorker, WorkRequest, WorkResult } from './protocol';

/**
 * The page's Web Workers: each workbook is read in one, so the page stays responsive, up to one worker per
 * core. A file that takes longer than its time has its worker ended and replaced: it gets the CLI's sentence
 * and the others go on. Where the browser refuses workers — Chromium for a page opened from disk (file://) —
 * the same work runs on the page itself, one file at a time, its bytes read in chunks with progress; `mode`
 * says which, and the page tells the user.
 */

export type PoolMode = 'workers' | 'page';

type Job = {
  id: number;
  work: WorkRequest;
  /** Checks wait their turn; the cell view, the report and the export go first (someone is waiting for them). */
  urgent: boolean;
  seconds: number | null;
  onProgress?: (loaded: number, total: number) => void;
  resolve: (r: unknown) => void;
  cancelled?: boolean;
};

type Slot = { worker: Worker; ready: boolean; job: Job | null; timer: ReturnType<typeof setTimeout> | null };

/** A worker that has not said "ready" in this time is taken as refused (a browser that fails it silently). */
const START_MS = 15_000;
/** After a file's own deadline, the reader stops itself; this is for a reader stuck in a library. */
const GRACE_SECONDS = 5;

export type PoolOptions = {
  /** Workers; default: the cores the browser reports, at most 4. */
  size?: number;
  /** Makes a worker; throws where the browser refuses. The page passes webpack's `new Worker(new URL(…))`. */
  spawn: () => Worker;
  /** Called once if the page falls back to running the work itself. */
  onModeChange?: (mode: PoolMode, why: string) => void;
  /** Seconds past a check's own deadline before its worker is ended (default 5). */
  graceSeconds?: number;
  /** Milliseconds a new worker has to say it is ready (default 15 000). */
  startMs?: number;
};

export class ReaderPool {
  mode: PoolMode = 'workers';
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private pageBusy = false;
  private readonly size: number;

  constructor(private readonly opts: PoolOptions) {
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    this.size = Math.max(1, Math.min(4, opts.size ?? cores));
  }

  /** The outcome, or undefined when the job was cancelled. */
  check(file: Blob, req: CheckRequest, onProgress?: (loaded: number, total: number) => void): { id: number; done: Promise<FileOutcome | undefined> } {
    return this.submit<FileOutcome | undefined>({ kind: 'check', file, req }, false, req.maxSeconds, onProgress);
  }

  grids(file: Blob, name: string): Promise<GridsResult> {
    return this.submit<GridsResult>({ kind: 'grids', file, name }, true, null).done;
  }

  report(req: ReportRequest): Promise<ReportResult> {
    return this.submit<ReportResult>({ kind: 'report', req }, true, null).done;
  }

  findings(req: FindingsListRequest): Promise<WorkResult['findings']> {
    return this.submit<WorkResult['findings']>({ kind: 'findings', req }, true, null).done;
  }

  /** A file marked as the plan or the last report, read as such (a wrong one gets its sentence at once). */
  held(req: HeldRequest): Promise<HeldCheck> {
    return this.submit<HeldCheck>({ kind: 'held', req }, true, null).done;
  }

  forms(req: FormsRequest): Promise<FormsResult> {
    return this.submit<FormsResult>({ kind: 'forms', req }, true, null).done;
  }

  /** Starts the workers before the first file comes. */
  warmUp(): void {
    while (this.mode === 'workers' && this.slots.length < this.size) if (!this.spawn()) return;
  }

  /** Forgets a job: dropped if it has not started, its result ignored if it has. */
  cancel(id: number): void {
    const i = this.queue.findIndex((j) => j.id === id);
    if (i >= 0) this.queue.splice(i, 1)[0].resolve(undefined);
    for (const s of this.slots) if (s.job?.id === id) s.job.cancelled = true;
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length + (this.pageBusy ? 1 : 0);
  }

  private submit<T>(work: WorkRequest, urgent: boolean, seconds: number | null, onProgress?: (loaded: number, total: number) => void): { id: number; done: Promise<T> } {
    const id = this.nextId++;
    const done = new Promise<T>((resolve) => {
      const job: Job = { id, work, urgent, seconds, onProgress, resolve: resolve as (r: unknown) => void };
      if (urgent) {
        const after = this.queue.findIndex((j) => !j.urgent);
        this.queue.splice(after < 0 ? this.queue.length : after, 0, job);
      } else this.queue.push(job);
    });
    this.pump();
    return { id, done };
  }

  private pump(): void {
    if (this.mode === 'page') return void this.pumpPage();
    while (this.slots.length < this.size && this.slots.length < this.queue.length + this.slots.filter((s) => s.job).length) {
      if (!this.spawn()) return void this.pumpPage();
    }
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): boolean {
    let worker: Worker;
    try {
      worker = this.opts.spawn();
    } catch (e) {
      this.fallBack(e instanceof Error ? e.message : String(e));
      return false;
    }
    const slot: Slot = { worker, ready: false, job: null, timer: setTimeout(() => this.lost(slot, 'the worker did not start'), this.opts.startMs ?? START_MS) };
    this.slots.push(slot);
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(slot, e.data);
    // A load failure (Firefox may refuse a worker only once it tries to fetch it) or an uncaught error.
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.lost(slot, e.message || 'the worker failed');
    };
    return true;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    if (job.seconds !== null) slot.timer = setTimeout(() => this.expire(slot), (job.seconds + (this.opts.graceSeconds ?? GRACE_SECONDS)) * 1000);
    slot.worker.postMessage({ id: job.id, work: job.work });
  }

  private receive(slot: Slot, msg: FromWorker): void {
    if (msg.type === 'ready') {
      slot.ready = true;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      return this.pump();
    }
    const job = slot.job;
    if (!job || job.id !== msg.id) return;
    if (msg.type === 'progress') {
      if (!job.cancelled) job.onProgress?.(msg.loaded, msg.total);
      return;
    }
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job.resolve(job.cancelled ? undefined : msg.type === 'done' ? msg.result : this.failure(job, msg.message));
    this.pump();
  }

  /** A job that threw in the worker: a check gets the sentence for a fault of ours; other work, an error to show. */
  private failure(job: Job, message: string): unknown {
    if (job.work.kind === 'check') return crashed(job.work.req.name, message);
    return { ok: false, message: { vi: `cchc gặp lỗi: ${message}.`, en: `cchc failed: ${message}.` } };
  }

  private expire(slot: Slot): void {
    const job = slot.job;
    this.remove(slot);
    if (job) job.resolve(job.cancelled ? undefined : job.work.kind === 'check' ? timedOut(job.work.req.name, job.seconds ?? 0, false) : this.failure(job, 'too slow'));
    this.pump();
  }

  private lost(slot: Slot, why: string): void {
    const job = slot.job;
    const wasReady = slot.ready;
    this.remove(slot);
    if (!wasReady) {
      // Never started: the browser refuses workers here. Whatever it held goes back in the queue.
      if (job) this.queue.unshift(job);
      if (this.slots.every((s) => !s.ready)) return this.fallBack(why);
    } else if (job) job.resolve(job.cancelled ? undefined : job.work.kind === 'check' ? crashed(job.work.req.name, why) : this.failure(job, why));
    this.pump();
  }

  private remove(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    slot.worker.terminate();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private fallBack(why: string): void {
    if (this.mode === 'page') return;
    this.mode = 'page';
    for (const s of [...this.slots]) {
      if (s.job) this.queue.unshift(s.job);
      this.remove(s);
    }
    this.opts.onModeChange?.('page', why);
    this.pumpPage();
  }

  /** Without workers: one job at a time on the page, letting it paint between files. */
  private async pumpPage(): Promise<void> {
    if (this.pageBusy) return;
    this.pageBusy = true;
    try {
      // The reader, the checks and the writer load only now, as a chunk of their own.
      const engine = await import(/* webpackChunkName: "engine" */ './engine');
      while (this.queue.length > 0) {
        const job = this.queue.shift()!;
        await new Promise((r) => setTimeout(r, 0));
        let result: unknown;
        try {
          result = await engine.runWork(job.work, job.onProgress);
        } catch (e) {
          result = this.failure(job, e instanceof Error ? e.message : String(e));
        }
        job.resolve(job.cancelled ? undefined : result);
      }
    } finally {
      this.pageBusy = false;
    }
  }
}
