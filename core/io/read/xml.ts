import { DecodeUTF8 } from 'fflate';
import { SaxesParser } from 'saxes';

/**
 * Streams one XML part through saxes, a well-kept strict parser: elements arrive with their local names
 * (so `x:row` from .NET writers is `row`) and attributes by local name too. The part is decoded and fed in
 * slices, so no second copy of a large sheet is built as one string. saxes expands no entity a document
 * declares itself, so an entity bomb ("billion laughs") is an error, not a gigabyte.
 */

export type XmlAttrs = Record<string, string>;
export type XmlHandlers = {
  open?(name: string, attrs: XmlAttrs): void;
  close?(name: string): void;
  /** Character data, in pieces; entities expanded. */
  text?(text: string): void;
};

export class XmlFormatError extends Error {}

/** A part that declares entities of its own (an "entity bomb"): Excel and LibreOffice never write one. */
export class XmlEntitiesError extends Error {
  constructor() {
    super('the XML declares entities');
  }
}

/**
 * A copy of a text read from XML that does not keep the decoded chunk it was cut from alive. V8 makes a
 * substring of 13 characters or more a view on its parent; a cell text kept in a cache (agency names, lead
 * cells) would then hold the whole chunk, and a worker reading a thousand workbooks grew by 90 kB a file.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** Thrown by a handler to stop reading a part early (not an error). */
export class StopXml extends Error {}

const localName = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

const SLICE = 1 << 20;

export function parseXml(bytes: Uint8Array, h: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failure = null as Error | null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', (d) => {
    if (/<!ENTITY/i.test(d)) failure ??= new XmlEntitiesError();
  });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => {
      const raw = tag.attributes as Record<string, string>;
      let attrs: XmlAttrs = raw;
      for (const k in raw) {
        if (k.includes(':')) {
          attrs = {};
          for (const kk in raw) {
            const local = localName(kk);
            // r:id and a plain id both end up as "id"; the prefixed one is the relationship, keep it first.
            if (!(local in attrs) || kk.includes(':')) attrs[local] = raw[kk];
          }
          break;
        }
      }
      open(localName(tag.name), attrs);
    });
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  try {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (utf16) parser.write(decodeUtf16(bytes));
    else {
      let start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      const decoder = new DecodeUTF8((s) => {
        if (s) parser.write(s);
        if (failure) throw failure;
      });
      if (start >= bytes.length) decoder.push(new Uint8Array(0), true);
      for (; start < bytes.length; start += SLICE) decoder.push(bytes.subarray(start, Math.min(bytes.length, start + SLICE)), start + SLICE >= bytes.length);
    }
    parser.close();
  } catch (e) {
    if (e instanceof StopXml) return;
    if (e === failure) throw e instanceof XmlEntitiesError ? e : new XmlFormatError(String((e as Error).message));
    throw e;
  }
  if (failure) throw failure instanceof XmlEntitiesError ? failure : new XmlFormatError(failure.message);
}

function decodeUtf16(bytes: Uint8Array): string {
  const le = bytes[0] === 0xff;
  let s = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode(le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  return s;
}
