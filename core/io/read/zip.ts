import { Inflate, strFromU8 } from 'fflate';

/**
 * Just enough of the zip format to read a workbook package safely, on bytes alone (browser or Node):
 * the central directory is read first, so the declared sizes can be checked before anything is
 * inflated, and each part is inflated with a hard cap on its output, so a part that lies about its
 * size cannot blow up either (a zip bomb). Only the parts a reader asks for are inflated.
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

/**
 * Inflates raw DEFLATE data, stopping with ZipTooLargeError as soon as more than `maxOutput` bytes come
 * out. The default is fflate's streaming inflater (pure JavaScript); Node passes zlib's, which is faster.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array;

export const inflateRawCapped: InflateRaw = (data, maxOutput) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new ZipTooLargeError(maxOutput);
    chunks.push(chunk);
  });
  try {
    // Fed in slices, so the cap stops a bomb after at most one slice's worth of output past it.
    const SLICE = 64 * 1024;
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw e;
    throw new ZipFormatError(`inflate: ${(e as Error).message}`);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) (out.set(c, p), (p += c.length));
  return out;
};

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Sum of the declared uncompressed sizes of all parts. */
  readonly declaredSize: number;
  private readonly lower = new Map<string, string>();
  private readonly view: DataView;
  private inflated = 0;

  constructor(
    private readonly buf: Uint8Array,
    /** The most bytes all parts read may unpack to, together. */
    private readonly maxBytes: number,
    private readonly inflate: InflateRaw = inflateRawCapped,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const entries = new Map<string, ZipEntry>();
    let declared = 0;
    for (const e of readCentralDirectory(buf, this.view)) {
      entries.set(e.name, e);
      this.lower.set(e.name.toLowerCase(), e.name);
      declared += e.uncompressedSize;
    }
    this.entries = entries;
    this.declaredSize = declared;
  }

  /** The stored name of a part, matched as Excel does: case-insensitively, with or without a leading slash. */
  find(name: string): string | null {
    const n = name.replace(/\\/g, '/').replace(/^\/+/, '');
    return this.entries.has(n) ? n : (this.lower.get(n.toLowerCase()) ?? null);
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** A part's bytes; null when there is no such part. Throws ZipTooLargeError past the budget. */
  read(name: string): Uint8Array | null {
    const found = this.find(name);
    const e = found === null ? undefined : this.entries.get(found);
    if (!e) return null;
    if (e.encrypted) throw new ZipFormatError(`${e.name} is encrypted`);
    const at = e.localHeaderOffset;
    if (at + 30 > this.buf.length || this.view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`bad local header for ${e.name}`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + e.compressedSize;
    if (end > this.buf.length) throw new ZipFormatError(`${e.name} is cut short`);
    const data = this.buf.subarray(start, end);
    const budget = this.maxBytes - this.inflated;
    let out: Uint8Array;
    if (e.method === 0) {
      if (data.length > budget) throw new ZipTooLargeError(this.maxBytes);
      out = data;
    } else if (e.method === 8) {
      try {
        out = this.inflate(data, Math.max(1, budget));
      } catch (err) {
        // The inflater stops at what is left of the budget; the limit to name is the whole one (--max-bytes).
        if (err instanceof ZipTooLargeError) throw new ZipTooLargeError(this.maxBytes);
        throw err;
      }
    } else throw new ZipFormatError(`${e.name}: unsupported compression method ${e.method}`);
    this.inflated += out.length;
    if (this.inflated > this.maxBytes) throw new ZipTooLargeError(this.maxBytes);
    return out;
  }
}

function readCentralDirectory(buf: Uint8Array, v: DataView): ZipEntry[] {
  // The end-of-central-directory record is in the last 64 kB + 22 bytes (its comment is at most 64 kB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory: not a zip, or cut short');
  let count = v.getUint16(eocd + 10, true);
  let size = v.getUint32(eocd + 12, true);
  let offset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: the locator sits just before the classic record.
    const loc = eocd - 20;
    if (loc < 0 || v.getUint32(loc, true) !== EOCD64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
    const at = Number(v.getBigUint64(loc + 8, true));
    if (at + 56 > buf.length || v.getUint32(at, true) !== EOCD64) throw new ZipFormatError('zip64 end record missing');
    count = Number(v.getBigUint64(at + 32, true));
    size = Number(v.getBigUint64(at + 40, true));
    offset = Number(v.getBigUint64(at + 48, true));
  }
  if (offset + size > buf.length) throw new ZipFormatError('central directory beyond the end of the file');
  const out: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || v.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    let uncompressedSize = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let localHeaderOffset = v.getUint32(p + 42, true);
    if (p + 46 + nameLen > buf.length) throw new ZipFormatError('bad central directory entry');
    const name = decodeName(buf.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // Zip64 extra field: the 64-bit sizes and offset, in this order, for those saturated above.
    let x = p + 46 + nameLen;
    const xEnd = Math.min(x + extraLen, buf.length);
    while (x + 4 <= xEnd) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= xEnd) (uncompressedSize = Number(v.getBigUint64(q, true))), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= xEnd) (compressedSize = Number(v.getBigUint64(q, true))), (q += 8);
        if (localHeaderOffset === 0xffffffff && q + 8 <= xEnd) localHeaderOffset = Number(v.getBigUint64(q, true));
      }
      x += 4 + len;
    }
    // Some writers store Windows paths ("xl\worksheets\sheet1.xml"); Excel reads them as folders.
    out.push({ name: name.replace(/\\/g, '/').replace(/^\/+/, ''), method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) !== 0 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8 || bytes.every((b) => b < 0x80)) return utf8Decode(bytes);
  // Code page 437 names are rare in workbooks; latin1 keeps every byte distinct, which is all a lookup needs.
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** UTF-8 to string (fflate's decoder: TextDecoder where there is one); bad bytes never throw. */
export function utf8Decode(bytes: Uint8Array): string {
  try {
    return strFromU8(bytes);
  } catch {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return s;
  }
}
