/**
 * Office.js round trips of the add-in, measured in the in-memory Excel host: syncs and the largest
 * request for "Kiểm tra sổ" (read + validate) and "Tạo báo cáo quý" (read + consolidate + write) on
 * 1, 10 and 60 agency sheets shaped like seed 004's appendix, and reading one sheet of 20 000 rows of the
 * seeds' text. Loaded by scripts/bench.ts.
 */
import { createMemoryExcel } from '../addin/host/memory-excel';
import { buildQuarterlyReport, validateOpenWorkbook } from '../addin/app/pipeline';
import { defaultSettings } from '../addin/app/settings';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { readWorkbook } from '../addin/adapter';
import { seedTextSheet } from '../samples/src/large-sheet';

export async function officeRoundTrips(): Promise<Array<{ action: string; sheets: number; syncs: number; largestPayloadBytes: number }>> {
  const settings = { ...defaultSettings('vi', new Date(2022, 9, 15)), asOf: '2022-10-15', period: '2022-Q3' };
  const out: Array<{ action: string; sheets: number; syncs: number; largestPayloadBytes: number }> = [];
  for (const n of [1, 10, 60] as const) {
    for (const action of ['validate', 'report'] as const) {
      // Each agency's copy under its own section names, so the report has n × 39 distinct tasks.
      const sheets = Array.from({ length: n }, (_, i) => ({
        ...structuredClone(seed004.sheets[0]),
        name: `Đơn vị ${i + 1}`,
        values: seed004.sheets[0].values.map((r) => (typeof r[0] === 'string' && /^[IVX]+$/.test(r[0]) ? [r[0], `${r[1]} — đơn vị ${i + 1}`, ...r.slice(2)] : [...r])),
      }));
      const mem = createMemoryExcel({ sheets });
      const host = mem.excelHost();
      mem.resetStats();
      if (action === 'validate') await validateOpenWorkbook(host, settings);
      else await buildQuarterlyReport(host, settings, { generatedAt: '2022-10-20T08:00' });
      out.push({ action, sheets: n, syncs: mem.stats.syncs, largestPayloadBytes: Math.max(mem.stats.maxRequestBytes, mem.stats.maxResponseBytes) });
    }
  }
  // Reading one sheet of 20 000 rows of the seeds' text (about 20 MB of values and texts) under the 5 MB limit.
  const mem = createMemoryExcel({ sheets: [seedTextSheet(20_000)] });
  mem.resetStats();
  await readWorkbook(mem.excelHost());
  out.push({ action: 'read 20 000 rows', sheets: 1, syncs: mem.stats.syncs, largestPayloadBytes: Math.max(mem.stats.maxRequestBytes, mem.stats.maxResponseBytes) });
  return out;
}
