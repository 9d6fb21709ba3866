import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { GridInput, Message } from '../core';
import { unreadable } from '../core/io/check';
import { DEFAULT_LIMITS, problemMessage, readWorkbook, setLegacyReader, ZipTooLargeError, type InflateRaw, type ReadLimits } from '../core/io/read/reader';

// SheetJS (for .xls and .xlsb) takes about 240 ms to load, longer than checking a plan: required only when
// such a file comes, so a run over .xlsx files never pays for it, nor does each worker thread.
setLegacyReader((bytes, budget) => (require('../core/io/read/sheetjs') as typeof import('../core/io/read/sheetjs')).readWithSheetJs(bytes, budget));

/**
 * File access only: stat and read the file, then the pure reader (core/io/read) does the rest. Node's zlib
 * inflates (with the same hard cap as the reader's own inflater), and a deadline stops a file that takes
 * too long.
 */

export type LoadResult = { ok: true; grids: GridInput[] } | { ok: false; code: string; message: Message };

export type LoadLimits = Partial<ReadLimits> & {
  /** Seconds one file may take to read; 0 or absent: no limit. */
  maxSeconds?: number;
};

export { DEFAULT_LIMITS };

const zlibInflate: InflateRaw = (data, maxOutput) => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxOutput });
  } catch (err) {
    // maxOutputLength stops the inflater itself: a part claiming 1 kB that unpacks to 300 MB stops at the cap.
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipTooLargeError(maxOutput);
    throw err;
  }
};

/** Loads a workbook file, or says in one sentence why it cannot be used. Never throws. */
export async function loadWorkbookFile(file: string, limits: LoadLimits = {}): Promise<LoadResult> {
  const name = path.basename(file);
  let buf: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, code: 'is-directory', message: { vi: `${name} là một thư mục, không phải tệp Excel.`, en: `${name} is a folder, not an Excel file.` } };
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, code: 'missing', message: { vi: `Không tìm thấy tệp ${file}.`, en: `File not found: ${file}.` } };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, code: 'no-access', message: { vi: `Không có quyền đọc tệp ${file}.`, en: `No permission to read ${file}.` } };
    const r = unreadable(file);
    return { ok: false, code: r.code, message: r.message };
  }
  const { maxSeconds, ...rest } = limits;
  const deadline = maxSeconds && maxSeconds > 0 ? performance.now() + maxSeconds * 1000 : null;
  const result = readWorkbook(buf, {
    ...rest,
    inflateRaw: zlibInflate,
    ...(deadline !== null ? { shouldStop: () => performance.now() > deadline, seconds: maxSeconds } : {}),
  });
  if (result.ok) return { ok: true, grids: result.grids };
  return { ok: false, code: result.problem.code, message: problemMessage(result.problem, name) };
}
