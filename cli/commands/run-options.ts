import * as path from 'node:path';
import type { LoadLimits } from '../input';
import type { Io } from '../io';

/** What both commands take for reading many files. */
export type RunOptions = {
  limits: LoadLimits;
  /** Worker threads; undefined: one per core (capped). */
  jobs?: number;
};

/**
 * "file n of N" on stderr, rewritten in place, only when stderr is a terminal (io.progress exists) and never
 * with --json; cleared before anything else is printed, so it never mixes with the output.
 */
export function progressLine(io: Io, args: { json: boolean; lang: 'vi' | 'en'; files: string[] }) {
  const show = io.progress && !args.json && args.files.length > 1 ? io.progress : null;
  let shown = false;
  let last = '';
  return {
    update: (done: number, total: number, file: string) => {
      if (!show) return;
      shown = true;
      last = args.lang === 'vi' ? `Đã xử lý ${done}/${total} tệp (${path.basename(file)})` : `Processed ${done} of ${total} files (${path.basename(file)})`;
      show(last);
    },
    clear: () => {
      if (show && shown) show('');
      shown = false;
    },
    /** After a block of output: the line again, below it. */
    redraw: () => {
      if (show && last && !shown) {
        shown = true;
        show(last);
      }
    },
    done: () => {
      if (show && shown) show('');
      shown = false;
      last = '';
    },
  };
}
