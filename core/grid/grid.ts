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

const isCellValue = (v: unknown): boolean =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * GridSchema.parse, quicker: a well-formed grid (the usual case, 100 000 cells and more) is checked by
 * hand and given the same shape zod would give it; anything else goes through zod, which throws the
 * same error it always did.
 */
export function parseGrid(input: unknown): Grid {
  const g = input as Record<string, unknown> | null;
  if (!g || typeof g !== 'object' || typeof g.name !== 'string' || !Array.isArray(g.values)) return GridSchema.parse(input);
  for (const row of g.values as unknown[]) {
    if (!Array.isArray(row)) return GridSchema.parse(input);
    for (let i = 0; i < row.length; i++) if (!(i in row) || !isCellValue(row[i])) return GridSchema.parse(input);
  }
  if (g.texts !== undefined) {
    if (!Array.isArray(g.texts)) return GridSchema.parse(input);
    for (const row of g.texts as unknown[]) {
      if (!Array.isArray(row)) return GridSchema.parse(input);
      for (let i = 0; i < row.length; i++) if (typeof row[i] !== 'string') return GridSchema.parse(input);
    }
  }
  const merges: MergeArea[] = [];
  if (g.merges !== undefined) {
    if (!Array.isArray(g.merges)) return GridSchema.parse(input);
    for (const m of g.merges as unknown[]) {
      if (typeof m === 'string') {
        const a = parseRangeAddress(m);
        if (a) merges.push(a);
      } else if (m && typeof m === 'object' && isIndex((m as MergeArea).top) && isIndex((m as MergeArea).left) && isIndex((m as MergeArea).bottom) && isIndex((m as MergeArea).right)) {
        const { top, left, bottom, right } = m as MergeArea;
        merges.push({ top, left, bottom, right });
      } else return GridSchema.parse(input);
    }
  }
  let origin = { row: 0, col: 0 };
  if (g.origin !== undefined) {
    const o = g.origin as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || !isIndex(o.row) || !isIndex(o.col)) return GridSchema.parse(input);
    origin = { row: o.row as number, col: o.col as number };
  }
  if (g.hidden !== undefined && typeof g.hidden !== 'boolean') return GridSchema.parse(input);
  // The keys in zod's order, so the two paths give equal objects.
  return {
    name: g.name,
    values: g.values as CellValue[][],
    ...(g.texts !== undefined ? { texts: g.texts as string[][] } : {}),
    merges,
    origin,
    ...(g.hidden !== undefined ? { hidden: g.hidden as boolean } : {}),
  };
}

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
