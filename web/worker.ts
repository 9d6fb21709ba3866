import '../front/csp';
import { runWork } from './engine';
import type { FromWorker, ToWorker } from './protocol';

/**
 * A Web Worker of the page: one request at a time, in order of arrival. The page stays responsive while a
 * workbook is read, and a worker stuck on one file can be ended without losing the others (pool.ts).
 */

type Scope = { postMessage(msg: FromWorker, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const scope = self as unknown as Scope;

/** The written file's chunks are moved to the page, not copied. */
function transferables(result: unknown): Transferable[] {
  const chunks = (result as { chunks?: Uint8Array[] } | null)?.chunks;
  return chunks ? chunks.map((c) => c.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i) : [];
}

let queue = Promise.resolve();
scope.onmessage = (e) => {
  const { id, work } = e.data;
  queue = queue.then(() =>
    runWork(work, (loaded, total) => scope.postMessage({ type: 'progress', id, loaded, total })).then(
      (result) => scope.postMessage({ type: 'done', id, result }, transferables(result)),
      (err: unknown) => scope.postMessage({ type: 'failed', id, message: err instanceof Error ? err.message : String(err) }),
    ),
  );
};
scope.postMessage({ type: 'ready' });
