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
  return host.run(async (ctx) => {
    const out: Array<{ name: string; sheets?: string[]; error?: unknown }> = [];
    for (const f of files) {
      try {
        const inserted = ctx.workbook.insertWorksheetsFromBase64(f.base64, { positionType: 'End' });
        await ctx.sync();
        // The API answers with worksheet ids; the user knows sheets by name.
        const sheets = inserted.value.map((id) => ctx.workbook.worksheets.getItem(id).load('name'));
        await ctx.sync();
        out.push({ name: f.name, sheets: sheets.map((s) => s.name) });
      } catch (error) {
        out.push({ name: f.name, error });
      }
    }
    return out;
  });
}
