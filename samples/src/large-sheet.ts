import type { GridInput } from '../../core/grid/grid';
import { sampleWorkbook as seed003 } from './seed003-appendices';

/**
 * A large task sheet of the seeds' real text, for size and speed checks (not a sample workbook: it
 * exports no `sampleWorkbook`, so scripts/build-samples.ts leaves it alone): the title and header of
 * seed 003's Phụ lục 1, then `rows` data rows cycling through the non-empty rows of all five
 * transcribed appendices (STT | Chỉ số/nội dung | Chỉ tiêu/kết quả | Nhiệm vụ/giải pháp | Thời gian).
 */
export function seedTextSheet(rows: number, name = 'Tổng hợp các sở'): GridInput {
  const head = seed003.sheets[0].values.slice(0, 5);
  const body = seed003.sheets.flatMap((s) => s.values.slice(5)).filter((r) => r.some((v) => v !== null && v !== ''));
  return { name, values: [...head, ...Array.from({ length: rows }, (_, i) => body[i % body.length].slice(0, 5))] };
}
