import type { TaskRow } from '../read';
import { quote, rowRule } from './rule';

/** The same agency both leads and coordinates one task: one of the two cells is wrong. */
export const leadAlsoCoordinating = rowRule(
  {
    code: 'lead-also-coordinating',
    severity: 'warning',
    label: { vi: 'Vừa chủ trì vừa phối hợp', en: 'Lead also coordinating' },
    meaning: { vi: 'một cơ quan vừa chủ trì vừa phối hợp', en: 'the same agency leads and coordinates' },
  },
  (row, ctx) => {
    const c = row.fields.coordinating;
    if (!c || row.lead.length === 0 || row.coordinating.length === 0) return null;
    const both = leadsAlsoCoordinating(row);
    if (both.length === 0 || !ctx.once(`both:${c.source}`)) return null;
    return {
      cell: c.source,
      field: 'coordinating',
      value: c.text,
      message: {
        vi: `${both.map(quote).join(', ')} vừa chủ trì vừa phối hợp thực hiện.`,
        en: `${both.map(quote).join(', ')} ${both.length > 1 ? 'are' : 'is'} both lead and coordinating.`,
      },
    };
  },
);

/**
 * Names both leading and coordinating the row, each once, in coordinating order. Where the two cells pair
 * up line by line, only a name on both sides of one pair counts: "A leads, B helps; B leads, A helps" is
 * two assignments written in one row, not a contradiction.
 */
function leadsAlsoCoordinating(row: TaskRow): string[] {
  if (row.agencyPairs) return [...new Set(row.agencyPairs.flatMap((p) => overlap({ lead: p.lead, coordinating: p.coordinating })))];
  return overlap(row);
}

function overlap(row: Pick<TaskRow, 'lead' | 'coordinating'>): string[] {
  // Usually none: find that out without building sets (this runs on every row).
  let any = false;
  for (const c of row.coordinating) {
    const n = c.agency?.name ?? c.text;
    for (const l of row.lead) if ((l.agency?.name ?? l.text) === n) any = true;
  }
  if (!any) return [];
  const leadNames = new Set(row.lead.map((a) => a.agency?.name ?? a.text));
  return [...new Set(row.coordinating.map((c) => c.agency?.name ?? c.text).filter((n) => leadNames.has(n)))];
}
