import type { AgencyRef } from '../../agencies/directory';
import { foldText } from '../../text/fold';
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
    // Once per cell and names: a merged cell over several rows is one finding, but a merged coordinating cell
    // that two rows' different leads each contradict is two.
    if (both.length === 0 || !ctx.once(`both:${c.source}:${both.map(foldText).join('\u0001')}`)) return null;
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

/** Who an agency is: its directory entry, or for a name the directory does not know, the name as a reader compares it. */
const identity = (a: AgencyRef): string => (a.agency ? `\u0000${a.agency.name}` : foldText(a.text));

function overlap(row: Pick<TaskRow, 'lead' | 'coordinating'>): string[] {
  // Usually none: find that out without building sets (this runs on every row).
  let any = false;
  for (const c of row.coordinating) {
    const n = identity(c);
    for (const l of row.lead) if (identity(l) === n) any = true;
  }
  if (!any) return [];
  const leads = new Set(row.lead.map(identity));
  const names = new Map<string, string>();
  for (const c of row.coordinating) if (leads.has(identity(c)) && !names.has(identity(c))) names.set(identity(c), c.agency?.name ?? c.text);
  return [...names.values()];
}
