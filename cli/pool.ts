import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { crashed, timedOut } from '../core/io/check';
import { processFile, type FileOutcome, type FileTask } from './process-file';

/**
 * Runs the files through a pool of worker threads (one per core, capped) and hands the outcomes back in
 * the order of the arguments, each as soon as all before it are done, so output streams and is the same
 * byte for byte as a run on one thread. A file over its time budget, or one that exhausts a worker's
 * memory, has its worker ended and replaced: it gets its sentence and the others go on.
 */

export type PoolOptions = {
  /** Workers: 1 runs everything in this thread. Default: the cores, at most MAX_JOBS. */
  jobs?: number;
  /** Seconds for one file before its worker is ended (the reader also stops itself at this deadline). */
  maxSeconds?: number;
  /** Called with (done, total, file) as files finish, for a progress line. */
  progress?: (done: number, total: number, file: string) => void;
};

export const MAX_JOBS = 8;
/** Heap for one worker: a file over it is refused, not the whole run. */
const WORKER_HEAP_MB = 1536;

export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_JOBS, cores));
}

/** The compiled worker next to this module; absent when running from TypeScript sources (tests in-process). */
function workerScript(): string | null {
  const js = path.join(__dirname, 'worker.js');
  return __filename.endsWith('.js') && fs.existsSync(js) ? js : null;
}

export async function runFiles(tasks: FileTask[], opts: PoolOptions, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const script = workerScript();
  const jobs = Math.min(opts.jobs ?? defaultJobs(), tasks.length);
  let done = 0;
  if (jobs <= 1 || !script) {
    for (let i = 0; i < tasks.length; i++) {
      let outcome: FileOutcome;
      try {
        outcome = await processFile(tasks[i]);
      } catch (e) {
        outcome = crashed(tasks[i].file, (e as Error)?.message ?? String(e));
      }
      onOutcome(i, outcome);
      opts.progress?.(++done, tasks.length, tasks[i].file);
    }
    return;
  }

  const results = new Map<number, FileOutcome>();
  let nextToEmit = 0;
  let nextToStart = 0;
  const settle = (i: number, outcome: FileOutcome) => {
    results.set(i, outcome);
    opts.progress?.(++done, tasks.length, tasks[i].file);
    while (results.has(nextToEmit)) {
      const o = results.get(nextToEmit)!;
      results.delete(nextToEmit); // handed on: nothing of it stays here
      onOutcome(nextToEmit++, o);
    }
  };

  await new Promise<void>((resolve) => {
    let live = 0;
    const grace = 5;
    const spawn = () => {
      const w = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      live++;
      let current: number | null = null;
      let timer: NodeJS.Timeout | null = null;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        live--;
        if (live === 0 && nextToStart >= tasks.length) resolve();
      };
      const feed = () => {
        if (nextToStart >= tasks.length) {
          current = null;
          void w.terminate();
          return;
        }
        current = nextToStart++;
        w.postMessage({ id: current, task: tasks[current] });
        if (opts.maxSeconds && opts.maxSeconds > 0) {
          // The reader stops itself at the deadline; this is for validation, or a reader stuck in a library.
          timer = setTimeout(() => {
            const i = current!;
            current = null;
            settle(i, timedOut(tasks[i].file, opts.maxSeconds!));
            void w.terminate();
          }, (opts.maxSeconds + grace) * 1000);
        }
      };
      w.on('message', (msg: { id: number; outcome?: FileOutcome; failure?: string }) => {
        if (msg.id !== current) return;
        if (timer) clearTimeout(timer);
        settle(msg.id, msg.outcome ?? crashed(tasks[msg.id].file, msg.failure ?? 'unknown'));
        feed();
      });
      const lost = (why: string) => {
        if (finished) return; // 'error' is followed by 'exit': count the worker once
        if (timer) clearTimeout(timer);
        const i = current;
        current = null;
        if (i !== null) settle(i, crashed(tasks[i].file, why));
        finish();
        // A worker ended by a timeout or a crash is replaced while files remain.
        if (nextToStart < tasks.length) spawn();
        else if (live === 0) resolve();
      };
      w.on('error', (e) => lost(e.message));
      w.on('exit', () => lost('the worker stopped'));
      feed();
    };
    for (let k = 0; k < jobs; k++) spawn();
  });
}
