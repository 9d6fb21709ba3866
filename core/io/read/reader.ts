import type { GridInput } from '../../grid/grid';
import { GridBuilder, WorkbookBudget } from './grid-builder';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { problem, ReadProblemError, type ReadProblem } from './problems';
import { readOds } from './ods';
import { legacyReader } from './legacy';
import { mainPart, readSpreadsheetMl } from './xlsx';
import { XmlFormatError } from './xml';
import { inflateRawCapped, isZip, utf8Decode, ZipFormatError, ZipReader, ZipTooLargeError, type InflateRaw } from './zip';

/**
 * One reader of workbook bytes, for the CLI and for pages in a browser (no Node API in it): .xlsx, .xlsm,
 * .xltx, .xls, .xlsb, .ods and XML Spreadsheet 2003 in, the core's grids out, or one problem that says why
 * not. Never throws: a fault of ours is a problem too ("reader-failed"), told apart from a damaged file.
 */

export { setLegacyReader, type LegacyReader } from './legacy';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export { problemMessage, type ReadProblem, type ReadProblemCode } from './problems';
export { ZipTooLargeError, type InflateRaw } from './zip';
export { GridBuilder, WorkbookBudget };

export type WorkbookFormat = 'xlsx' | 'xlsb' | 'xls' | 'ods' | 'xml2003';

export type ReadOptions = Partial<ReadLimits> & {
  /** A faster raw-DEFLATE inflater with the same contract (Node passes zlib's); fflate's by default. */
  inflateRaw?: InflateRaw;
};

export type ReadResult = { ok: true; format: WorkbookFormat; grids: GridInput[] } | { ok: false; problem: ReadProblem };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" in UTF-16LE: the stream of a password-protected Office Open XML file. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = 'EncryptedPackage';
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== 0x45) continue;
    for (let k = 0; k < needle.length; k++) if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function sniffText(bytes: Uint8Array): WorkbookFormat | null {
  const head = utf8Decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[^>]*>\s*(<\?mso-application progid="Excel\.Sheet"\?>|[\s\S]*urn:schemas-microsoft-com:office:spreadsheet)/i.test(head)) return 'xml2003';
  return null;
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const { inflateRaw, ...rest } = options;
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...rest };
  const budget = new WorkbookBudget(limits);
  try {
    if (bytes.length === 0) throw problem({ code: 'empty-file' });
    if (OLE.every((b, i) => bytes[i] === b)) {
      if (hasEncryptedPackage(bytes)) throw problem({ code: 'encrypted' });
      return { ok: true, format: 'xls', grids: legacyReader()(bytes, budget) };
    }
    if (isZip(bytes)) return readPackage(bytes, limits, budget, inflateRaw ?? inflateRawCapped);
    const text = sniffText(bytes);
    if (text) return { ok: true, format: text, grids: legacyReader()(bytes, budget) };
    throw problem({ code: 'not-workbook' });
  } catch (e) {
    return { ok: false, problem: toProblem(e) };
  }
}

function readPackage(bytes: Uint8Array, limits: ReadLimits, budget: WorkbookBudget, inflate: InflateRaw): ReadResult {
  const zip = new ZipReader(bytes, limits.maxBytes, inflate);
  // Before anything is inflated: the sizes the package declares.
  if (zip.declaredSize > limits.maxBytes) throw problem({ code: 'too-large-unpacked', limit: limits.maxBytes });
  const mimetype = zip.read('mimetype');
  if (zip.has('content.xml') && !zip.has('[Content_Types].xml')) {
    // OpenDocument: a text document (.odt) is not a workbook; no mimetype at all, try it as a spreadsheet.
    if (mimetype && !/opendocument\.spreadsheet/.test(utf8Decode(mimetype))) throw problem({ code: 'not-workbook' });
    return { ok: true, format: 'ods', grids: readOds(zip, budget) };
  }
  if (mimetype && !zip.has('[Content_Types].xml')) throw problem({ code: 'not-workbook' });
  const main = mainPart(zip);
  if (!main) throw problem(zip.has('word/document.xml') || zip.has('ppt/presentation.xml') ? { code: 'not-workbook' } : { code: 'corrupt', detail: 'no workbook part' });
  if (/\.bin$/i.test(main)) {
    for (const name of zip.entries.keys()) zip.read(name);
    return { ok: true, format: 'xlsb', grids: legacyReader()(bytes, budget) };
  }
  return { ok: true, format: 'xlsx', grids: readSpreadsheetMl(zip, main, budget) };
}

function toProblem(e: unknown): ReadProblem {
  if (e instanceof ReadProblemError) return e.problem;
  if (e instanceof ZipTooLargeError) return { code: 'too-large-unpacked', limit: e.limit };
  if (e instanceof ZipFormatError) {
    if (/unsupported compression method/.test(e.message)) return { code: 'unsupported', what: { vi: 'kiểu nén zip lạ', en: 'an unusual zip compression method' } };
    if (/is encrypted/.test(e.message)) return { code: 'encrypted' };
    return { code: 'corrupt', detail: e.message };
  }
  if (e instanceof XmlFormatError) return { code: 'corrupt', detail: e.message };
  if (e instanceof RangeError && /Invalid array length|Invalid string length|call stack/i.test(e.message)) return { code: 'too-large', limit: DEFAULT_LIMITS.maxCells, what: 'cells' };
  return { code: 'reader-failed', detail: e instanceof Error ? e.message : String(e) };
}
