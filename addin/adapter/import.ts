/// <reference types="office-js" />
import type { ExcelHost } from './types';

export class ImportNotSupportedError extends Error {
  readonly code = 'ImportNotSupported';
}

/**
 * Inserts the sheets of agencies' workbooks into the open one (ExcelApi 1.13). Where the API is
 * missing (older Excel), says so instead of failing silently. Two syncs per file (insert, then names), so a
 * broken file does not stop the others; returns the new sheet names per file or its error.
 */
export async function importWorkbooks(host: ExcelHost, files: ReadonlyArray<{ name: string; base64: string }>): Promise<Array<{ name: string; sheets?: string[]; error?: unknown }>> {
  if (!host.supports('1.13')) throw new ImportNotSupportedError('insertWorksheetsFromBase64 needs ExcelApi 1.13');
  return host.run(async (context) => {
    const out: Array<{ name: string; sheets?: string[]; error?: unknown }> = [];
    for (const f of files) {
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
