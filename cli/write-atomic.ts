import { randomBytes } from 'node:crypto';
import { promises as fs, writeSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes the report so a reader never sees half a file and an existing file is never lost by accident:
 * the bytes go to a temp file beside the target, are flushed to disk, then renamed into place.
 */

export type WriteMessage = { vi: string; en: string };
export type WriteResult = { ok: true } | { ok: false; code: 'exists' | 'is-input' | 'io'; message: WriteMessage };

export type WriteOptions = {
  /** Replace an existing file. */
  force?: boolean;
  /** Files the report was made from: never overwritten, even with force. */
  inputs?: readonly string[];
};

export const TEMP_PREFIX = '.cchc-tmp-';

/** Writes a file's bytes as it makes them, chunk by chunk, synchronously (the report writer is synchronous). */
export type Producer = (emit: (chunk: Uint8Array) => void) => void;

/**
 * `data` is the file: whole, as the chunks a writer produced (written in order, never joined in memory), or a
 * producer that emits them as it goes, so not even the compressed file is held. A producer's own error (a
 * report it cannot write) leaves no file and is thrown again.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | readonly Uint8Array[] | Producer, opts: WriteOptions = {}): Promise<WriteResult> {
  const name = path.basename(target);
  for (const input of opts.inputs ?? []) {
    if (await sameFile(target, input)) {
      return fail('is-input', `Không ghi đè ${name}: đây là một tệp đầu vào của báo cáo.`, `Will not overwrite ${name}: it is one of the report's input files.`);
    }
  }
  if (!opts.force && (await exists(target))) {
    return fail('exists', `Tệp ${name} đã có; dùng --force để ghi đè.`, `${name} already exists; use --force to overwrite it.`);
  }

  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}-${name}`);
  try {
    const fh = await fs.open(tmp, 'wx');
    try {
      if (data instanceof Uint8Array) await fh.writeFile(data);
      else if (typeof data === 'function') {
        data((chunk) => {
          for (let at = 0; at < chunk.length; ) at += writeSync(fh.fd, chunk, at, chunk.length - at);
        });
      } else {
        for (const chunk of data) {
          // A write may take less than it was given; the rest follows.
          for (let at = 0; at < chunk.length; ) at += (await fh.write(chunk, at, chunk.length - at)).bytesWritten;
        }
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    await pauseForCrashTest(tmp);
    if (opts.force) {
      await fs.rename(tmp, target);
    } else {
      await placeNew(tmp, target);
    }
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof data === 'function' && !code) throw e; // the producer's, not the disk's
    if (code === 'EEXIST') {
      return fail('exists', `Tệp ${name} đã có; dùng --force để ghi đè.`, `${name} already exists; use --force to overwrite it.`);
    }
    return ioFailure(name, code, e);
  }
  await syncDir(dir);
  return { ok: true };
}

/**
 * Puts the temp file at the target only if nothing is there yet. A hard link fails atomically with EEXIST
 * when a file appeared since the check; where links are unsupported (FAT/exFAT USB sticks, some network
 * shares) it falls back to the earlier check and a rename.
 */
async function placeNew(tmp: string, target: string): Promise<void> {
  try {
    await fs.link(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw e;
    if (await exists(target)) throw Object.assign(new Error('target exists'), { code: 'EEXIST' });
    await fs.rename(tmp, target);
    return;
  }
  // The report is in place; a leftover temp name is harmless, so its removal may fail quietly.
  await fs.rm(tmp, { force: true }).catch(() => undefined);
}

/**
 * TEST-ONLY HOOK, never set in normal use: with CCHC_TEST_PAUSE_BEFORE_RENAME=1 the write stops here, the
 * temp file complete and the target not yet in place, and says so on stderr, so a test can kill the process
 * at the worst moment and check that no partial report is left at the target (test/crash-write.test.ts).
 */
async function pauseForCrashTest(tmp: string): Promise<void> {
  if (process.env.CCHC_TEST_PAUSE_BEFORE_RENAME !== '1') return;
  process.stderr.write(`cchc-test: paused before rename, temp file ${path.basename(tmp)}\n`);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
}

function ioFailure(name: string, code: string | undefined, e: unknown): WriteResult {
  const detail = code ?? (e instanceof Error ? e.message : String(e));
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return fail(
      'io',
      `Không ghi được ${name} (${detail}): không có quyền ghi, hoặc tệp đang mở trong Excel — hãy đóng tệp rồi chạy lại.`,
      `Cannot write ${name} (${detail}): no permission, or the file is open in Excel — close it and run again.`,
    );
  }
  if (code === 'ENOENT') return fail('io', `Không ghi được ${name}: thư mục không tồn tại.`, `Cannot write ${name}: the folder does not exist.`);
  if (code === 'EISDIR') return fail('io', `Không ghi được ${name}: đó là một thư mục.`, `Cannot write ${name}: it is a folder.`);
  if (code === 'ENOSPC') return fail('io', `Không ghi được ${name}: ổ đĩa đã đầy.`, `Cannot write ${name}: the disk is full.`);
  return fail('io', `Không ghi được ${name} (${detail}).`, `Cannot write ${name} (${detail}).`);
}

function fail(code: 'exists' | 'is-input' | 'io', vi: string, en: string): WriteResult {
  return { ok: false, code, message: { vi, en } };
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder this way, and needs not. */
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await fs.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Best effort only: the file is already in place.
  }
}

/**
 * Whether two paths name the same file: by device and inode when both exist (catches hard links,
 * symlinks and case-insensitive names), else by their real paths, resolving as much of each as exists.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([statOrNull(a), statOrNull(b)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return (await realpathLoose(a)) === (await realpathLoose(b));
}

async function statOrNull(p: string) {
  try {
    return await fs.stat(p, { bigint: true });
  } catch {
    return null;
  }
}

/** realpath of the nearest existing ancestor, with the missing rest appended. */
async function realpathLoose(p: string): Promise<string> {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return path.join(await fs.realpath(cur), ...rest);
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return abs;
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}
