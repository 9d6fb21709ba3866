import type { GridInput } from '../../grid/grid';
import { GridBuilder, WorkbookBudget } from './grid-builder';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { problem, ReadProblemError, type ReadProblem } from './problems';
import { readOds } from './ods';
import { encryptedOpener, legacyReader } from './legacy';
import { mainPart, readSpreadsheetMl } from './xlsx';
import { checkXlsbPart } from './xlsb-guard';
import { parseXml, XmlEntitiesError, XmlFormatError } from './xml';
import { inflateRawCapped, isZip, utf8Decode, ZipFormatError, ZipReader, ZipTooLargeError, type InflateRaw } from './zip';

/**
 * One reader of workbook bytes, for the CLI and for pages in a browser (no Node API in it): .xlsx, .xlsm,
 * .xltx, .xls, .xlsb, .ods and XML Spreadsheet 2003 in, the core's grids out, or one problem that says why
 * not. Never throws: a fault of ours is a problem too ("reader-failed"), told apart from a damaged file.
 */

export { setEncryptedOpener, setLegacyReader, type EncryptedOpener, type LegacyReader } from './legacy';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export { problemMessage, type ReadProblem, type ReadProblemCode } from './problems';
export { ZipFormatError, ZipTooLargeError, type InflateRaw } from './zip';
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

/**
 * The version of a bare BIFF stream (no OLE container), from its BOF record: Excel 2.x, 3.0 and 4.0 saved
 * worksheets this way ("5-8" is a BIFF5/8 workbook stream some programs save without its container). SheetJS
 * reads all of them.
 */
function bareBiff(bytes: Uint8Array): '2.x' | '3.0' | '4.0' | '5-8' | null {
  if (bytes.length < 8 || bytes[0] !== 0x09 || bytes[3] !== 0 || bytes[2] < 4 || bytes[2] > 20) return null;
  return ({ 0x00: '2.x', 0x02: '3.0', 0x04: '4.0', 0x08: '5-8' } as const)[bytes[1] as 0 | 2 | 4 | 8] ?? null;
}

function sniffText(bytes: Uint8Array): WorkbookFormat | null {
  const head = utf8Decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[^>]*>\s*(<\?mso-application progid="Excel\.Sheet"\?>|[\s\S]*urn:schemas-microsoft-com:office:spreadsheet)/i.test(head)) return 'xml2003';
  return null;
}

/**
 * The bytes as a plain Uint8Array over the same memory. A subclass (Node's Buffer) sends SheetJS down other
 * code paths, so the same file could read differently in the CLI and on the page; every host reads this one.
 */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readWorkbook(input: Uint8Array, options: ReadOptions = {}): ReadResult {
  const bytes = plainBytes(input);
  const { inflateRaw, ...rest } = options;
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...rest };
  const budget = new WorkbookBudget(limits);
  try {
    if (bytes.length === 0) throw problem({ code: 'empty-file' });
    if (OLE.every((b, i) => bytes[i] === b)) {
      if (hasEncryptedPackage(bytes)) {
        // Excel's default password opens a workbook protected only against changes; any other needs its owner.
        const opened = encryptedOpener()(bytes);
        if (!opened.ok || !isZip(opened.bytes)) throw problem({ code: 'encrypted' });
        return readPackage(opened.bytes, limits, budget, inflateRaw ?? inflateRawCapped);
      }
      return { ok: true, format: 'xls', grids: legacyReader()(bytes, budget) };
    }
    if (isZip(bytes)) return readPackage(bytes, limits, budget, inflateRaw ?? inflateRawCapped);
    const biff = bareBiff(bytes);
    if (biff) return { ok: true, format: 'xls', grids: readOldExcel(bytes, biff, budget) };
    const text = sniffText(bytes);
    if (text) return { ok: true, format: text, grids: legacyReader()(bytes, budget) };
    throw problem({ code: 'not-workbook' });
  } catch (e) {
    return { ok: false, problem: toProblem(e) };
  }
}

/** The binary parts of an .xlsb that are records SheetJS parses (not the VBA project, printer settings or embeddings). */
const XLSB_RECORDS = /^xl\/((workbook|styles|sharedStrings)\.bin|(worksheets|chartsheets|dialogsheets|macrosheets)\/[^/]+\.bin)$/i;

function readPackage(bytes: Uint8Array, limits: ReadLimits, budget: WorkbookBudget, inflate: InflateRaw): ReadResult {
  const zip = new ZipReader(bytes, limits.maxBytes, inflate);
  // Before anything is inflated: the sizes the package declares.
  if (zip.declaredSize > limits.maxBytes) throw problem({ code: 'too-large-unpacked', limit: limits.maxBytes });
  const mimetype = zip.read('mimetype');
  if (!zip.has('[Content_Types].xml') && isEncryptedOdf(zip)) throw problem({ code: 'encrypted', app: 'libreoffice' });
  if (zip.has('content.xml') && !zip.has('[Content_Types].xml')) {
    // OpenDocument: a text document (.odt) is not a workbook; no mimetype at all, try it as a spreadsheet.
    if (mimetype && !/opendocument\.spreadsheet/.test(utf8Decode(mimetype))) throw problem({ code: 'not-workbook' });
    return { ok: true, format: 'ods', grids: readOds(zip, budget) };
  }
  if (mimetype && !zip.has('[Content_Types].xml')) throw problem({ code: 'not-workbook' });
  const main = mainPart(zip);
  if (!main) throw problem(zip.has('word/document.xml') || zip.has('ppt/presentation.xml') ? { code: 'not-workbook' } : { code: 'corrupt', detail: 'no workbook part' });
  if (/\.bin$/i.test(main)) {
    // Every part inflated once within the byte limit, and the record parts SheetJS reads checked first.
    for (const name of zip.entries.keys()) {
      const part = zip.read(name);
      if (part && (name === main || XLSB_RECORDS.test(name))) checkXlsbPart(name, part);
    }
    return { ok: true, format: 'xlsb', grids: legacyReader()(bytes, budget) };
  }
  return { ok: true, format: 'xlsx', grids: readSpreadsheetMl(zip, main, budget) };
}

/** An Excel 2.x–4.0 worksheet through SheetJS; one it cannot read is named as the old file it is. */
function readOldExcel(bytes: Uint8Array, version: NonNullable<ReturnType<typeof bareBiff>>, budget: WorkbookBudget): GridInput[] {
  try {
    return legacyReader()(bytes, budget);
  } catch (e) {
    if (version === '5-8' || !(e instanceof ReadProblemError) || !['corrupt', 'unsupported', 'no-sheets'].includes(e.problem.code)) throw e;
    throw problem({ code: 'old-excel', version });
  }
}

/**
 * An OpenDocument file saved with a password: its manifest gives the parts' encryption (ODF 1.2, §3.8). Its
 * content.xml is then ciphertext, and LibreOffice 7.5+ keeps even that inside one "encrypted-package" part.
 */
function isEncryptedOdf(zip: ZipReader): boolean {
  const manifest = zip.has('META-INF/manifest.xml') ? zip.read('META-INF/manifest.xml') : null;
  if (!manifest) return false;
  let encrypted = false;
  try {
    parseXml(manifest, {
      open(name) {
        if (name === 'encryption-data') encrypted = true;
      },
    });
  } catch (e) {
    // A damaged manifest says nothing either way: content.xml decides.
    if (!(e instanceof XmlFormatError || e instanceof XmlEntitiesError)) throw e;
  }
  return encrypted;
}

function toProblem(e: unknown): ReadProblem {
  if (e instanceof ReadProblemError) return e.problem;
  if (e instanceof ZipTooLargeError) return { code: 'too-large-unpacked', limit: e.limit };
  if (e instanceof ZipFormatError) {
    if (/unsupported compression method/.test(e.message)) return { code: 'unsupported', what: { vi: 'kiểu nén zip lạ', en: 'an unusual zip compression method' } };
    if (/is encrypted/.test(e.message)) return { code: 'encrypted' };
    return { code: 'corrupt', detail: e.message };
  }
  if (e instanceof XmlEntitiesError) return { code: 'xml-entities' };
  if (e instanceof XmlFormatError) return { code: 'corrupt', detail: e.message };
  // The engine's own ceiling (an array or string past its length, a stack too deep): no option lifts it.
  if (e instanceof RangeError && /Invalid array length|Invalid string length|call stack/i.test(e.message)) return { code: 'too-large', what: 'memory' };
  return { code: 'reader-failed', detail: e instanceof Error ? e.message : String(e) };
}
