/// <reference types="office-js" />
import type { ExcelHost } from './types';

/** Shows a finding's cell: activates its sheet and selects the cell. One sync. */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
