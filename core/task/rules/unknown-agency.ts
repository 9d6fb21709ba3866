import type { AgencyRef } from '../../agencies/directory';
import type { TaskRow } from '../read';
import { quote, rowRule, type RowContext, type RuleHit } from './rule';

/** A name in the lead or coordinating cell that the agency directory does not know, with the closest known name. */
export const unknownAgency = rowRule(
  {
    code: 'unknown-agency',
    severity: 'warning',
    label: { vi: 'Cơ quan không có trong danh mục', en: 'Unknown agency' },
    meaning: { vi: 'cơ quan không có trong danh mục, kèm tên gần đúng nhất', en: 'an agency not in the directory, with the closest known name' },
  },
  (row, ctx) => [...unknown(row.lead, 'lead', row, ctx), ...unknown(row.coordinating, 'coordinating', row, ctx)],
);

function unknown(refs: AgencyRef[], role: 'lead' | 'coordinating', row: TaskRow, ctx: RowContext): RuleHit[] {
  const fv = row.fields[role];
  if (!fv) return [];
  const hits: RuleHit[] = [];
  for (const ref of refs) {
    if (ref.agency || ref.generic) continue;
    // A merged cell or the title names the agency for many rows: say it once, at that cell.
    if (!ctx.once(`agency:${fv.source}:${ref.text}`)) continue;
    const who = role === 'lead' ? { vi: 'chủ trì', en: 'lead' } : { vi: 'phối hợp', en: 'coordinating' };
    hits.push({
      cell: fv.source,
      field: fv.via === 'title' ? null : role,
      value: ref.text,
      message: {
        vi: `Cơ quan ${who.vi} ${quote(ref.text)} không có trong danh mục cơ quan.${ref.suggestion ? ` Có phải là “${ref.suggestion}”?` : ''}`,
        en: `The ${who.en} agency ${quote(ref.text)} is not in the agency directory.${ref.suggestion ? ` Did you mean “${ref.suggestion}”?` : ''}`,
      },
      ...(ref.suggestion ? { suggestion: ref.suggestion } : {}),
    });
  }
  return hits;
}
