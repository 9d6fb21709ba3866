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
    return (row) => {
      if (!row.number) return null;
      // Only a number the row's own STT cell shows: not a merge's, nor a cell of only a zero-width space.
      if (row.numberIn === 'number' && row.fields.number?.via !== 'own') return null;
      // Stacked appendices repeat their sections' names and numbers: a section is one of one table.
      const section = `${row.table}\u0000${row.section ?? ''}`;
      let inSection = seen.get(section);
      if (!inSection) seen.set(section, (inSection = new Map()));
      const key = normaliseNumber(row.number);
      // The cell the number is written in: its STT cell, or the text that opens with it.
      const field = row.numberIn!; // set whenever row.number is
      const cell = row.fields[field]!.cell;
      const first = inSection.get(key);
      if (!first) {
        inSection.set(key, cell);
        return null;
      }
      return {
        cell,
        field,
        value: row.number,
        message: {
          vi: `Số thứ tự “${row.number}” bị trùng với ô ${first} trong cùng mục.`,
          en: `Item number “${row.number}” repeats the one in ${first} in the same section.`,
        },
      };
    };
  },
};

