import { cbc, ecb } from '@noble/ciphers/aes';
import { sha1 } from '@noble/hashes/legacy';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2';
import { parseXml } from './xml';

/**
 * An encrypted Office Open XML package ([MS-OFFCRYPTO] 2.3.4: the EncryptionInfo and EncryptedPackage streams
 * of a compound file), opened with one password. cchc tries only Excel's default one, "VelvetSweatshop": Excel
 * encrypts with it a workbook protected against changes but not against reading, and opens it without asking.
 * Hashes and AES come from the audited @noble libraries (pure JavaScript, the same in Node and in browsers).
 */

export const DEFAULT_PASSWORD = 'VelvetSweatshop';

export type Decrypted = { ok: true; bytes: Uint8Array } | { ok: false; why: 'wrong-password' | 'unsupported' };

type Hash = (data: Uint8Array) => Uint8Array;
const HASHES: Record<string, Hash> = { SHA1: sha1, 'SHA-1': sha1, SHA256: sha256, 'SHA-256': sha256, SHA384: sha384, 'SHA-384': sha384, SHA512: sha512, 'SHA-512': sha512 };

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};
const le32 = (n: number) => new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) (out[2 * i] = s.charCodeAt(i) & 0xff), (out[2 * i + 1] = s.charCodeAt(i) >>> 8);
  return out;
};
const base64 = (s: string): Uint8Array => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const c of clean) {
    acc = (acc << 6) | abc.indexOf(c);
    bits += 6;
    if (bits >= 8) (bits -= 8), out.push((acc >>> bits) & 0xff);
  }
  return new Uint8Array(out);
};
/** A key or IV cut or padded to its size (padding 0x36, [MS-OFFCRYPTO] 2.3.4.11). */
const fit = (b: Uint8Array, size: number) => (b.length >= size ? b.slice(0, size) : concat(b, new Uint8Array(size - b.length).fill(0x36)));
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

/** H0 = H(salt + password), then Hn = H(iterator + Hn-1), `spin` times, in one buffer ([MS-OFFCRYPTO] 2.3.4.7). */
function spun(hash: Hash, first: Uint8Array, spin: number): Uint8Array {
  let h = hash(first);
  const buf = new Uint8Array(4 + h.length);
  for (let i = 0; i < spin; i++) {
    buf[0] = i & 0xff;
    buf[1] = (i >>> 8) & 0xff;
    buf[2] = (i >>> 16) & 0xff;
    buf[3] = (i >>> 24) & 0xff;
    buf.set(h, 4);
    h = hash(buf);
  }
  return h;
}

/** The package's size (8 bytes) and ciphertext. */
function packageSize(pkg: Uint8Array): number {
  return u32(pkg, 0) + u32(pkg, 4) * 0x100000000;
}

/** Decrypts an encrypted package with `password`; tells a wrong password from a kind of encryption not handled. */
export function decryptPackage(info: Uint8Array, pkg: Uint8Array, password = DEFAULT_PASSWORD): Decrypted {
  if (info.length < 8 || pkg.length < 8) return { ok: false, why: 'unsupported' };
  const major = info[0] | (info[1] << 8);
  const minor = info[2] | (info[3] << 8);
  try {
    if (major === 4 && minor === 4) return agile(info.subarray(8), pkg, password);
    if ((major === 2 || major === 3 || major === 4) && minor === 2) return standard(info, pkg, password);
  } catch {
    // A descriptor that does not parse, a key of a size AES has not: nothing cchc can open.
  }
  return { ok: false, why: 'unsupported' };
}

const BLOCK_VERIFIER_INPUT = new Uint8Array([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]);
const BLOCK_VERIFIER_VALUE = new Uint8Array([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]);
const BLOCK_KEY_VALUE = new Uint8Array([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]);
const SEGMENT = 4096;

/** Agile encryption ([MS-OFFCRYPTO] 2.3.4.10–13): an XML descriptor, AES-CBC, a hash spun spinCount times. */
function agile(xml: Uint8Array, pkg: Uint8Array, password: string): Decrypted {
  let keyData: Record<string, string> | null = null;
  let key: Record<string, string> | null = null;
  parseXml(xml, {
    open(name, a) {
      if (name === 'keyData') keyData = a;
      else if (name === 'encryptedKey' && a.spinCount !== undefined) key = a;
    },
  });
  const kd = keyData as Record<string, string> | null;
  const k = key as Record<string, string> | null;
  if (!kd || !k || kd.cipherAlgorithm !== 'AES' || k.cipherAlgorithm !== 'AES' || kd.cipherChaining !== 'ChainingModeCBC') return { ok: false, why: 'unsupported' };
  const hash = HASHES[k.hashAlgorithm];
  const dataHash = HASHES[kd.hashAlgorithm];
  const spin = Number(k.spinCount);
  if (!hash || !dataHash || !Number.isInteger(spin) || spin < 0 || spin > 10_000_000) return { ok: false, why: 'unsupported' };
  const keyBytes = Number(k.keyBits) / 8;
  const block = Number(k.blockSize);
  const salt = base64(k.saltValue);
  const h = spun(hash, concat(salt, utf16le(password)), spin);
  const derive = (blockKey: Uint8Array) => fit(hash(concat(h, blockKey)), keyBytes);
  const iv = fit(salt, block);
  const dec = (blockKey: Uint8Array, data: string) => cbc(derive(blockKey), iv, { disablePadding: true }).decrypt(base64(data));
  const input = dec(BLOCK_VERIFIER_INPUT, k.encryptedVerifierHashInput).slice(0, Number(k.saltSize));
  const value = dec(BLOCK_VERIFIER_VALUE, k.encryptedVerifierHashValue).slice(0, Number(k.hashSize));
  if (!equal(hash(input), value)) return { ok: false, why: 'wrong-password' };
  const secret = dec(BLOCK_KEY_VALUE, k.encryptedKeyValue).slice(0, Number(kd.keyBits) / 8);
  const size = packageSize(pkg);
  const data = pkg.subarray(8);
  const dataSalt = base64(kd.saltValue);
  const dataBlock = Number(kd.blockSize);
  const out = new Uint8Array(Math.ceil(data.length / dataBlock) * dataBlock);
  for (let seg = 0, at = 0; at < data.length; seg++, at += SEGMENT) {
    const chunk = data.subarray(at, Math.min(data.length, at + SEGMENT));
    const padded = chunk.length % dataBlock === 0 ? chunk : concat(chunk, new Uint8Array(dataBlock - (chunk.length % dataBlock)));
    out.set(cbc(secret, fit(dataHash(concat(dataSalt, le32(seg))), dataBlock), { disablePadding: true }).decrypt(padded), at);
  }
  return { ok: true, bytes: out.subarray(0, Math.min(size, out.length)) };
}

/** Standard encryption ([MS-OFFCRYPTO] 2.3.4.5–9): a binary header, AES-ECB, SHA-1 spun 50 000 times. */
function standard(info: Uint8Array, pkg: Uint8Array, password: string): Decrypted {
  const headerSize = u32(info, 8);
  const header = info.subarray(12, 12 + headerSize);
  const algId = u32(header, 8);
  const keyBits = u32(header, 16);
  // AES-128, -192 or -256 (0x660E–0x6610); RC4 (0x6801) is for .xls and not this stream's business.
  if (algId < 0x660e || algId > 0x6610 || (u32(header, 12) !== 0x8004 && u32(header, 12) !== 0)) return { ok: false, why: 'unsupported' };
  const v = 12 + headerSize;
  const saltSize = u32(info, v);
  const salt = info.subarray(v + 4, v + 4 + saltSize);
  const encryptedVerifier = info.subarray(v + 4 + saltSize, v + 20 + saltSize);
  const hashSize = u32(info, v + 20 + saltSize);
  const encryptedVerifierHash = info.subarray(v + 24 + saltSize, v + 24 + saltSize + 32);
  const h = spun(sha1, concat(salt, utf16le(password)), 50_000);
  const final = sha1(concat(h, le32(0)));
  const xor = (fill: number) => {
    const b = new Uint8Array(64).fill(fill);
    for (let i = 0; i < final.length; i++) b[i] ^= final[i];
    return sha1(b);
  };
  const key = concat(xor(0x36), xor(0x5c)).slice(0, keyBits / 8);
  const aes = ecb(key, { disablePadding: true });
  const verifier = aes.decrypt(encryptedVerifier);
  if (!equal(sha1(verifier), aes.decrypt(encryptedVerifierHash).slice(0, hashSize))) return { ok: false, why: 'wrong-password' };
  const size = packageSize(pkg);
  const data = pkg.subarray(8, 8 + Math.floor((pkg.length - 8) / 16) * 16);
  return { ok: true, bytes: aes.decrypt(data).subarray(0, Math.min(size, data.length)) };
}
