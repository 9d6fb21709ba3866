import { columnLetters } from '../grid/address';
import type { MergeArea } from '../grid/grid';
import type { SheetView } from '../grid/view';
import { tidyText } from '../text/fold';
import type { TaskField } from './columns';
import type { TitleLine } from './title';
import type { TaskRow } from './schema';

export type MappedColumn = readonly [TaskField, { col: number; header: string }];

/** A row's fields, and the lead and coordinating cells as shown (their line breaks separate agencies). */
export type ResolvedFields = { fields: TaskRow['fields']; leadLines: string | null; coordinatingLines: string | null };

/**
 * Resolves each mapped column of a row to its value: the row's own cell, the merged area over it, the row
 * above where merges were lost (goal and task only — never the lead), or the title's lead. Caches what
 * repeats down a sheet (a merged goal's tidied text, a merge's address), so a sheet is read in linear time.
 */
export function createFieldResolver(view: SheetView, mapped: readonly MappedColumn[], titleLead: TitleLine | null) {
  const colLabels = mapped.map(([, m]) => columnLetters(view.colNumber(m.col) - 1));
  const tidiedMerges = new Map<MergeArea, string | null>();
  const mergeSources = new Map<MergeArea, string>();
  const mergeSource = (m: MergeArea): string => {
    let a = mergeSources.get(m);
    if (a === undefined) mergeSources.set(m, (a = view.address(m.top, m.left)));
    return a;
  };

  return (r: number, prev: TaskRow | null): ResolvedFields => {
    const fields: TaskRow['fields'] = {};
    let leadLines: string | null = null;
    let coordinatingLines: string | null = null;
    const rowLabel = String(view.rowNumber(r));
    for (let k = 0; k < mapped.length; k++) {
      const [field, col] = mapped[k];
      const cell = colLabels[k] + rowLabel; // view.address(r, col.col), without a number-to-text per cell
      const m = view.mergeOf(r, col.col);
      const isOwn = !m || (m.top === r && m.left === col.col);
      const raw = isOwn ? view.raw(r, col.col) : view.raw(m.top, m.left);
      const shown = isOwn ? view.text(r, col.col) : view.text(m.top, m.left);
      let text: string | null;
      if (shown === '') text = null;
      else if (!m) text = tidyText(shown) || null;
      else {
        // A merged goal or task is the same long text on every row under it: tidy it once.
        const known = tidiedMerges.get(m);
        if (known !== undefined) text = known;
        else tidiedMerges.set(m, (text = tidyText(shown) || null));
      }
      if (text !== null && field === 'lead') leadLines = shown;
      else if (text !== null && field === 'coordinating') coordinatingLines = shown;
      const via = text === null ? null : isOwn ? 'own' : 'merge';
      fields[field] = { text, raw, cell, source: isOwn ? cell : mergeSource(m), via };
    }
    // Merges lost in a copy: goal and task carry on from the row above within the section.
    for (const f of ['goal', 'task'] as const) {
      const fv = fields[f];
      const above = prev?.fields[f];
      if (fv && fv.text === null && above && above.text !== null) fields[f] = { ...fv, text: above.text, raw: above.raw, source: above.source, via: 'above' };
    }
    if (titleLead && (!fields.lead || fields.lead.text === null)) {
      const cell = fields.lead?.cell ?? titleLead.cell;
      fields.lead = { text: titleLead.text, raw: titleLead.text, cell, source: titleLead.cell, via: 'title' };
    }
    return { fields, leadLines, coordinatingLines };
  };
}
