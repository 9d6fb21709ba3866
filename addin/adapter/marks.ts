/// <reference types="office-js" />
import type { Finding, Severity } from '../../core';
import type { ExcelHost } from './types';

/**
 * Marks are conditional formats, never the user's own fills or values, so they can be removed
 * exactly. Each carries a formula that names it ours — =N("cchc-mark:error")=0 is always true —
 * which is how "Xóa đánh dấu" finds them again without touching anyone else's rules.
 */
export const MARK_TAG = 'cchc-mark';
const FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const FONT: Record<Severity, string> = { error: '#9C0006', warning: '#9C5700', info: '#1F4E79' };

export const markFormula = (severity: Severity) => `=N("${MARK_TAG}:${severity}")=0`;

/** Excel caps the length of an address list; keep each conditional format's ranges well under it. */
const MAX_ADDRESS_CHARS = 2000;

function groupAddresses(cells: string[]): string[][] {
  const groups: string[][] = [[]];
  let len = 0;
  for (const c of cells) {
    if (len + c.length + 1 > MAX_ADDRESS_CHARS && groups[groups.length - 1].length > 0) {
      groups.push([]);
      len = 0;
    }
    groups[groups.length - 1].push(c);
    len += c.length + 1;
  }
  return groups;
}

/** A checked sheet and what was found on it; a sheet with no findings is still listed (its old marks go). */
export type CheckedSheet = { readonly name: string; readonly findings: readonly Finding[] };

/**
 * Adds one conditional format per severity per sheet, covering all its cells as one multi-area
 * range (ExcelApi 1.9). Earlier marks are removed first from every checked sheet — also from a sheet
 * that has become clean, so no stale mark survives a re-check; sheets that were not checked keep theirs.
 * Syncs: 2 (clear) + 1.
 */
export async function markFindings(host: ExcelHost, checked: readonly CheckedSheet[]): Promise<{ sheets: number; cells: number; formats: number }> {
  const bySheet = new Map<string, Map<Severity, Set<string>>>();
  for (const sheet of checked) {
    for (const f of sheet.findings) {
      const s = bySheet.get(f.sheet) ?? new Map<Severity, Set<string>>();
      const set = s.get(f.severity) ?? new Set<string>();
      set.add(f.cell);
      s.set(f.severity, set);
      bySheet.set(f.sheet, s);
    }
  }
  await clearMarks(host, [...new Set([...checked.map((s) => s.name), ...bySheet.keys()])]);
  const multi = host.supports('1.9');
  let formats = 0;
  let cells = 0;
  await host.run(async (context) => {
    for (const [sheet, bySeverity] of bySheet) {
      const ws = context.workbook.worksheets.getItem(sheet);
      // Errors last, so their colour wins where a cell has several findings (later rules take priority).
      for (const severity of ['info', 'warning', 'error'] as const) {
        const list = [...(bySeverity.get(severity) ?? [])];
        cells += list.length;
        const groups = multi ? groupAddresses(list) : list.map((c) => [c]);
        for (const group of groups) {
          if (group.length === 0) continue;
          // RangeAreas.conditionalFormats is ExcelApi 1.9; Range.conditionalFormats 1.6 (one cell per format then).
          const cf = multi ? ws.getRanges(group.join(',')).conditionalFormats.add('Custom') : ws.getRange(group[0]).conditionalFormats.add('Custom');
          cf.custom.rule.formula = markFormula(severity);
          cf.custom.format.fill.color = FILL[severity];
          cf.custom.format.font.color = FONT[severity];
          formats++;
        }
      }
    }
    await context.sync();
  });
  return { sheets: bySheet.size, cells, formats };
}

/**
 * Removes exactly the conditional formats this add-in added (found by their tag), on the given
 * sheets or all. Two syncs whatever the number of sheets: one to read the rules, one to delete ours.
 */
export async function clearMarks(host: ExcelHost, sheetNames?: readonly string[]): Promise<number> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const chosen = sheets.items.filter((ws) => !sheetNames || sheetNames.includes(ws.name));
    const collections = chosen.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      // customOrNullObject: a data bar or colour scale of the user's has no custom rule, and must not fail the read.
      cfs.load('items/type,items/customOrNullObject/rule/formula');
      return cfs;
    });
    await context.sync();
    let removed = 0;
    for (const cfs of collections) {
      for (const cf of cfs.items) {
        if (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula?.includes(MARK_TAG)) {
          cf.delete();
          removed++;
        }
      }
    }
    if (removed > 0) await context.sync();
    return removed;
  });
}
