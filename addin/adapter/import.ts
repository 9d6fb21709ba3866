/// <reference types="office-js" />
import type { ExcelHost } from './types';

/**
 * Why sheets cannot be inserted from a file here: Excel older than ExcelApi 1.13 ('version'), or a platform
 * where Workbook.insertWorksheetsFromBase64 does not exist although it reports 1.13 ('platform'): "This API is
 * currently only supported for Office on Windows, Mac, and the web" (@types/office-js, [Api set: ExcelApi 1.13];
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)).
 */
export class ImportNotSupportedError extends Error {
  readonly code = 'ImportNotSupported';
  constructor(readonly reason: 'version' | 'platform') {
    super(reason === 'version' ? 'insertWorksheetsFromBase64 needs ExcelApi 1.13' : 'insertWorksheetsFromBase64 is only supported in Excel on Windows, Mac and the web');
  }
}

/** A file too large to send to Excel on the web in one request; nothing was sent. */
export class ImportTooLargeError extends Error {
  readonly code = 'FileTooLargeForExcelOnTheWeb';
  constructor(readonly bytes: number, readonly limitBytes: number) {
    super(`the file is ${bytes} bytes; Excel on the web accepts about ${limitBytes} in one request`);
  }
}

const PLATFORMS_WITH_IMPORT = new Set(['PC', 'Mac', 'OfficeOnline']);
/** Room left in the request for everything but the file: the command, its options, the JSON around them. */
const REQUEST_ENVELOPE_BYTES = 64 * 1024;

/**
 * The largest file (in bytes, before base64) that one insertWorksheetsFromBase64 request can carry on this
 * host, or null where no request limit is documented (Excel for Windows and Mac). On Excel on the web the
 * request is limited to 5 MB, and base64 makes 3 bytes 4: about 3.7 MB.
 */
export function importSizeLimitBytes(host: ExcelHost): number | null {
  if (host.requestLimitBytes === undefined) return null;
  return Math.floor(((host.requestLimitBytes - REQUEST_ENVELOPE_BYTES) * 3) / 4);
}

/** Bytes of the file a base64 string carries. */
const decodedBytes = (base64: string) => Math.floor((base64.replace(/=+$/, '').length * 3) / 4);

/**
 * Inserts the sheets of agencies' workbooks into the open one (ExcelApi 1.13). Where the API is missing,
 * says why instead of failing silently. A file too large for one request on Excel on the web is refused
 * before anything is sent (ImportTooLargeError) and the others still go. Two syncs per file (insert, then
 * names), so one file per request and a broken file does not stop the others; returns the new sheet names
 * per file or its error.
 */
export async function importWorkbooks(host: ExcelHost, files: ReadonlyArray<{ name: string; base64: string }>): Promise<Array<{ name: string; sheets?: string[]; error?: unknown }>> {
  if (!host.supports('1.13')) throw new ImportNotSupportedError('version');
  if (host.platform !== undefined && !PLATFORMS_WITH_IMPORT.has(host.platform)) throw new ImportNotSupportedError('platform');
  const limit = importSizeLimitBytes(host);
  return host.run(async (context) => {
    const out: Array<{ name: string; sheets?: string[]; error?: unknown }> = [];
    for (const f of files) {
      const bytes = decodedBytes(f.base64);
      if (limit !== null && bytes > limit) {
        out.push({ name: f.name, error: new ImportTooLargeError(bytes, limit) });
        continue;
      }
      try {
        const inserted = context.workbook.insertWorksheetsFromBase64(f.base64, { positionType: 'End' });
        // One file per request: each may be megabytes, and Excel on the web refuses requests over 5 MB
        // ("Split the operation into smaller pieces… Call context.sync() for each sub-operation" —
        // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        // The API answers with worksheet ids; the user knows sheets by name.
        const sheets = inserted.value.map((id) => context.workbook.worksheets.getItem(id).load('name'));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the names of this file's sheets, as above
        await context.sync();
        out.push({ name: f.name, sheets: sheets.map((s) => s.name) });
      } catch (error) {
        out.push({ name: f.name, error });
      }
    }
    return out;
  });
}
