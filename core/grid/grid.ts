import { z } from 'zod';
import { parseRangeAddress } from './address';

/** What a cell holds as the host hands it over: Excel dates arrive as serial numbers. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

/** A merged area, 0-based and inclusive. */
export const MergeAreaSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});
export type MergeArea = z.infer<typeof MergeAreaSchema>;

/**
 * One worksheet as the core sees it, whatever the host: values, optional display texts
 * (what Excel shows, e.g. a formatted date), and merged areas as objects or "A1:C3" strings.
 */
export const GridSchema = z.object({
  name: z.string(),
  values: z.array(z.array(CellValueSchema)),
  texts: z.array(z.array(z.string())).optional(),
  merges: z
    .array(z.union([MergeAreaSchema, z.string()]))
    .default([])
    .transform((ms) =>
      ms.flatMap((m) => {
        if (typeof m !== 'string') return [m];
        const a = parseRangeAddress(m);
        return a ? [a] : [];
      }),
    ),
  /** Where the grid starts in the sheet (a used range may begin at C5): added to every address. */
  origin: z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }).default({ row: 0, col: 0 }),
  hidden: z.boolean().optional(),
});
export type GridInput = z.input<typeof GridSchema>;
export type Grid = z.output<typeof GridSchema>;

/** Validates a host's grid; never throws. */
export function toGrid(input: unknown): { ok: true; grid: Grid } | { ok: false; message: string } {
  const r = GridSchema.safeParse(input);
  return r.success ? { ok: true, grid: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid grid' };
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}
