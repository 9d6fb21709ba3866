import type { SheetResult } from './workbook';

/**
 * The years a workbook is about, as its sheets name them: each task table's plan year ("… NĂM 2022") and the
 * years of each index table's columns ("Năm 2023", "Chỉ tiêu đến năm 2025"). Newest first, each once. The page
 * and the pane offer these years' reporting periods, so a 2022 plan's report needs no 2022 date typed first.
 */
export function workbookYears(sheets: ReadonlyArray<Pick<SheetResult, 'task' | 'indexTables'>>): number[] {
  const years = new Set<number>();
  for (const s of sheets) {
    if (s.task?.planYear) years.add(s.task.planYear);
    for (const t of s.indexTables ?? []) for (const g of [t.columns.baseline, t.columns.latest, t.columns.target]) if (g?.year) years.add(g.year);
  }
  return [...years].sort((a, b) => b - a);
}
