import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the zip format to read an .xlsx safely: the central directory is read first, so the
 * declared sizes can be checked before anything is inflated, and each part is inflated natively with a
 * hard cap on its output, so a part that lies about its size cannot blow up either (a zip bomb).
 */

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared by the central directory: checked, but not trusted. */
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
};

export class ZipFormatError extends Error {}

/** More bytes would come out of the package (or one of its parts) than allowed. */
export class ZipTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the package unpacks to more than ${limit} bytes`);
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Sum of the declared uncompressed sizes of all parts. */
  readonly declaredSize: number;
  private inflated = 0;

  constructor(
    private readonly buf: Buffer,
    /** The most bytes all parts read may unpack to, together. */
    private readonly maxBytes: number,
  ) {
    const entries = new Map<string, ZipEntry>();
    let declared = 0;
    for (const e of readCentralDirectory(buf)) {
      entries.set(e.name, e);
      declared += e.uncompressedSize;
    }
    this.entries = entries;
    this.declaredSize = declared;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes; null when there is no such part. Throws ZipTooLargeError past the budget. */
  read(name: string): Buffer | null {
    const e = this.entries.get(name);
    if (!e) return null;
    if (e.encrypted) throw new ZipFormatError(`${name} is encrypted`);
    const at = e.localHeaderOffset;
    if (at + 30 > this.buf.length || this.buf.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`bad local header for ${name}`);
    const start = at + 30 + this.buf.readUInt16LE(at + 26) + this.buf.readUInt16LE(at + 28);
    const end = start + e.compressedSize;
    if (end > this.buf.length) throw new ZipFormatError(`${name} is cut short`);
    const data = this.buf.subarray(start, end);
    const budget = this.maxBytes - this.inflated;
    let out: Buffer;
    if (e.method === 0) {
      if (data.length > budget) throw new ZipTooLargeError(this.maxBytes);
      out = data;
    } else if (e.method === 8) {
      try {
        // maxOutputLength stops the inflater itself: a part claiming 1 kB that unpacks to 300 MB stops at the cap.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipTooLargeError(this.maxBytes);
        throw new ZipFormatError(`${name}: ${(err as Error).message}`);
      }
    } else throw new ZipFormatError(`${name}: unsupported compression method ${e.method}`);
    this.inflated += out.length;
    if (this.inflated > this.maxBytes) throw new ZipTooLargeError(this.maxBytes);
    return out;
  }

  /** A part as text (UTF-8, a leading byte-order mark dropped); null when absent. */
  text(name: string): string | null {
    const b = this.read(name);
    if (b === null) return null;
    const s = b.toString('utf8');
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
}

function readCentralDirectory(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record is in the last 64 kB + 22 bytes (its comment is at most 64 kB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory: not a zip, or cut short');
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: the locator sits just before the classic record.
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
    const at = Number(buf.readBigUInt64LE(loc + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw new ZipFormatError('zip64 end record missing');
    count = Number(buf.readBigUInt64LE(at + 32));
    size = Number(buf.readBigUInt64LE(at + 40));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  if (offset + size > buf.length) throw new ZipFormatError('central directory beyond the end of the file');
  const out: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    // Zip64 extra field: the 64-bit sizes and offset, in this order, for those saturated above.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = buf.readUInt16LE(x);
      const len = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff) (uncompressedSize = Number(buf.readBigUInt64LE(q))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(buf.readBigUInt64LE(q))), (q += 8);
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(buf.readBigUInt64LE(q));
      }
      x += 4 + len;
    }
    out.push({ name: name.replace(/\\/g, '/'), method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) !== 0 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
