import { parentPort } from 'node:worker_threads';
import { processFile, type FileTask } from './process-file';

/** A pool worker: one file at a time, in order of arrival; the result goes back as plain data. */
parentPort?.on('message', (msg: { id: number; task: FileTask }) => {
  processFile(msg.task).then(
    (outcome) => parentPort!.postMessage({ id: msg.id, outcome }),
    (e: unknown) => parentPort!.postMessage({ id: msg.id, failure: (e as Error)?.message ?? String(e) }),
  );
});
