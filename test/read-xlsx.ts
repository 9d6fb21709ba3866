import type { GridInput } from '../core';
import { readWorkbook, type ReadOptions } from '../core/io/read';

/** The reader as the tests use it: grids, or an error naming the problem. */
export async function readXlsx(buffer: Buffer | Uint8Array, options: ReadOptions = {}): Promise<GridInput[]> {
  const r = readWorkbook(buffer, options);
  if (!r.ok) throw new Error(`cannot read: ${JSON.stringify(r.problem)}`);
  return r.grids;
}
