import '../front/csp';
import { buildFindingsList, buildReport, checkBlob, readGrids } from './engine';
import type { FromWorker, ToWorker, WorkRequest, WorkResult } from './protocol';

/**
 * A Web Worker of the page: one request at a time, in order of arrival. The page stays responsive while a
 * workbook is read, and a worker stuck on one file can be ended without losing the others (pool.ts).
 */

type Scope = { postMessage(msg: FromWorker, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const scope = self as unknown as Scope;

async function run(id: number, work: WorkRequest): Promise<WorkResult[keyof WorkResult]> {
  switch (work.kind) {
    case 'check':
      return checkBlob(work.req.name, work.file, work.req, (loaded, total) => scope.postMessage({ type: 'progress', id, loaded, total }));
    case 'grids':
      return readGrids(work.name, work.file);
    case 'report':
      return buildReport(work.req);
    case 'findings':
      return buildFindingsList(work.req);
  }
}

/** The written file's chunks are moved to the page, not copied. */
function transferables(result: unknown): Transferable[] {
  const chunks = (result as { chunks?: Uint8Array[] } | null)?.chunks;
  return chunks ? chunks.map((c) => c.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i) : [];
}

let queue = Promise.resolve();
scope.onmessage = (e) => {
  const { id, work } = e.data;
  queue = queue.then(() =>
    run(id, work).then(
      (result) => scope.postMessage({ type: 'done', id, result }, transferables(result)),
      (err: unknown) => scope.postMessage({ type: 'failed', id, message: err instanceof Error ? err.message : String(err) }),
    ),
  );
};
scope.postMessage({ type: 'ready' });
