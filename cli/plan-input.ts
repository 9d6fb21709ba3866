import { planFromBytes, previousFromBytes } from '../core/plan/load';
import type { PlanResult } from '../core/plan/plan';
import type { PreviousResult } from '../core/plan/previous';
import { readFileBytes, readOptions, type LoadLimits } from './input';

/**
 * The plan (--plan, cchc forms) and the last period's report (--previous) from disk: read in this thread, once,
 * through the same reader and limits as every workbook (core/plan/load.ts).
 */

export async function loadPlan(file: string, asOf: string, limits: LoadLimits): Promise<PlanResult> {
  const b = await readFileBytes(file);
  if (!b.ok) return { ok: false, message: b.message };
  return planFromBytes(file, b.bytes, asOf, readOptions(limits));
}

export async function loadPrevious(file: string, limits: LoadLimits): Promise<PreviousResult> {
  const b = await readFileBytes(file);
  if (!b.ok) return { ok: false, message: b.message };
  return previousFromBytes(file, b.bytes, readOptions(limits));
}
