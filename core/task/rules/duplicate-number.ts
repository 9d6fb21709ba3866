import { normaliseNumber } from '../read';
import type { TaskRule } from './rule';

/** An item number used twice in one section ("3.2" twice under II): one of them is mistyped. */
export const duplicateNumber: TaskRule = {
  code: 'duplicate-number',
  severity: 'warning',
  label: { vi: 'Trùng số thứ tự', en: 'Duplicate item number' },
  meaning: { vi: 'số thứ tự lặp lại trong cùng một mục', en: 'an item number repeated within a section' },
  forSheet() {
    // Numbers are unique within a section: one map per section, for this sheet only.
    const seen = new Map<string, Map<string, string>>();
    return (row, ctx) => {
      if (!row.number) return null;
      // A number under a merged STT cell belongs to the row that owns the cell.
      if (row.numberFromCell && row.fields.number?.via !== 'own') return null;
      // Stacked appendices repeat their sections' names and numbers: a section is one of one table.
      const section = `${row.table}\u0000${row.section ?? ''}`;
      let inSection = seen.get(section);
      if (!inSection) seen.set(section, (inSection = new Map()));
      const key = normaliseNumber(row.number);
      const cell = row.numberFromCell ? row.fields.number!.cell : ctx.cellOf('activity');
      const first = inSection.get(key);
      if (!first) {
        inSection.set(key, cell);
        return null;
      }
      return {
        cell,
        field: row.numberFromCell ? 'number' : 'activity',
        value: row.number,
        message: {
          vi: `Số thứ tự “${row.number}” bị trùng với ô ${first} trong cùng mục.`,
          en: `Item number “${row.number}” repeats the one in ${first} in the same section.`,
        },
      };
    };
  },
};
