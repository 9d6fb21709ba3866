import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { unreadable, type Refusal } from '../core/io/check';
import { DEFAULT_LIMITS, setEncryptedOpener, setLegacyReader, ZipFormatError, ZipTooLargeError, type InflateRaw, type ReadLimits, type ReadOptions } from '../core/io/read/reader';

// SheetJS (for .xls and .xlsb) takes about 240 ms to load, longer than checking a plan: required only when
// such a file comes, so a run over .xlsx files never pays for it, nor does each worker thread.
const sheetjs = () => require('../core/io/read/sheetjs') as typeof import('../core/io/read/sheetjs');
setLegacyReader((bytes, budget) => sheetjs().readWithSheetJs(bytes, budget));
setEncryptedOpener((bytes) => sheetjs().openEncrypted(bytes));

/**
 * File access only: stat and read the file, and the reading options Node brings (zlib's inflater, with the
 * same hard cap as the reader's own, and a deadline for a file that takes too long). Reading and checking the
 * bytes is core/io/check's, the same path as the web page's.
 */

export type FileBytes = { ok: true; bytes: Uint8Array } | Refusal;

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
    // Damaged data ("invalid distance too far back"): the file's fault, as fflate's error is on the page.
    throw new ZipFormatError(`inflate: ${(err as Error).message}`);
  }
};

/** The file's bytes, or the one sentence that says why they cannot be had. Never throws. */
export async function readFileBytes(file: string): Promise<FileBytes> {
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { file, ok: false, code: 'is-directory', message: { vi: `${name} là một thư mục, không phải tệp Excel.`, en: `${name} is a folder, not an Excel file.` } };
    const buf = await fs.readFile(file);
    // A plain Uint8Array over the same memory, as the page has: SheetJS takes Node's Buffer down other paths
    // (fuzzed .xls files were "corrupt" in the CLI and "unsupported" on the page).
    return { ok: true, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, ok: false, code: 'missing', message: { vi: `Không tìm thấy tệp ${file}.`, en: `File not found: ${file}.` } };
    if (code === 'EACCES' || code === 'EPERM') return { file, ok: false, code: 'no-access', message: { vi: `Không có quyền đọc tệp ${file}.`, en: `No permission to read ${file}.` } };
    return unreadable(file);
  }
}

/** The reader's options for a file read by the CLI: the limits, zlib's inflater, and the deadline from now. */
export function readOptions(limits: LoadLimits): ReadOptions {
  const { maxSeconds, ...rest } = limits;
  const deadline = maxSeconds && maxSeconds > 0 ? performance.now() + maxSeconds * 1000 : null;
  return { ...rest, inflateRaw: zlibInflate, ...(deadline !== null ? { shouldStop: () => performance.now() > deadline, seconds: maxSeconds } : {}) };
}
