import { problem } from './problems';

/**
 * A damaged .xlsb checked before SheetJS reads it. SheetJS trusts the 32-bit character counts of the binary
 * format's strings: a count of three billion in a damaged cell makes it build a string of three billion
 * characters, which takes all the memory there is (Node's Buffer path stopped at the part's end; a page, and
 * now the CLI, give SheetJS a plain Uint8Array). Here every record of every binary part must fit in its part,
 * and every string of the records that carry cell text, sheet names, number formats and fonts must fit in its
 * record ([MS-XLSB] 2.1.4, 2.4).
 */

/** Where a record's string count sits, in bytes from the record's start. */
const STRING_AT: Record<number, number> = {
  0x06: 8, // BrtCellSt: XLSBCell, then XLWideString
  0x08: 8, // BrtFmlaString
  0x11: 4, // BrtShortSt: short cell, then XLWideString
  0x13: 1, // BrtSSTItem: RichStr (flags byte, then XLWideString)
  0x3e: 9, // BrtCellRString: XLSBCell, then RichStr
  0x2c: 2, // BrtFmt: ifmt, then stFmtCode
  0x2b: 21, // BrtFont: fixed fields, then name
};

const BUNDLE_SHEET = 0x9c; // BrtBundleSh: hsState, iTabID, strRelID (nullable), strName

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

/** Throws "corrupt" at the first record or string that does not fit. */
export function checkXlsbPart(name: string, b: Uint8Array): void {
  const bad = (what: string) => problem({ code: 'corrupt', detail: `${name}: ${what}` });
  let p = 0;
  while (p < b.length) {
    let type = b[p++];
    if (type & 0x80) {
      if (p >= b.length) throw bad('record cut short');
      type = (type & 0x7f) | ((b[p++] & 0x7f) << 7);
    }
    let length = 0;
    for (let k = 0; k < 4; k++) {
      if (p >= b.length) throw bad('record cut short');
      const x = b[p++];
      length |= (x & 0x7f) << (7 * k);
      if (!(x & 0x80)) break;
    }
    const end = p + length;
    if (end > b.length) throw bad(`record ${type} runs past the part's end`);
    const fits = (at: number) => {
      if (at + 4 > end) return at; // a record too short for its string: SheetJS reads zeros
      const cch = u32(b, at);
      if (cch === 0xffffffff) return at + 4; // a null string (XLNullableWideString)
      if (at + 4 + 2 * cch > end) throw bad(`a string of ${cch} characters in a record of ${length} bytes`);
      return at + 4 + 2 * cch;
    };
    const at = STRING_AT[type];
    if (at !== undefined) {
      const after = fits(p + at);
      // A RichStr with formatting runs (fRichStr): their count, 4 bytes a run, must fit too.
      if ((type === 0x13 || type === 0x3e) && b[p + at - 1] & 1 && after + 4 <= end && after + 4 + 4 * u32(b, after) > end) throw bad('more text runs than the record holds');
    }
    else if (type === BUNDLE_SHEET) fits(fits(p + 8));
    p = end;
  }
}
