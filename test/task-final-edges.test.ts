/**
 * The survivors of the final mutation run over core/task (areas, columns, fields, header) at their edges: each
 * test fails when the line it names is changed (each was checked by changing that line by hand and running this
 * file). Rows are seed 004's (I 3.1), in the nine columns plans use, and five-column lists.
 */
import type { CellValue } from '../core/grid/grid';
import { canonicalArea } from '../core/report';
import { UNCLASSIFIED_AREA } from '../core/task/areas';
import { findingsOf, nineColumnGrid, readGrid } from './helpers';

/** Seed 004's I 3.1, in the nine columns. */
const ROW_31: CellValue[] = [
  null,
  '1.1: Triển khai thực hiện hiệu quả các thể chế',
  '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp',
  '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý',
  'Quyết định công bố văn bản',
  'Sở Tư pháp',
  'Các sở, ban, ngành tỉnh.',
  'Trong năm 2022',
  'Theo Kế hoạch',
];

describe('canonicalArea: blank titles and the programme areas named by one of their spellings', () => {
  // Guards `tidyText(title) === ''` (and its '') in areas.ts canonicalArea.
  it('a title of spaces only is no area: unclassified, not an empty name', () => {
    expect(canonicalArea('   ')).toBe(UNCLASSIFIED_AREA);
    expect(canonicalArea('\u00a0\n')).toBe(UNCLASSIFIED_AREA);
  });
  // Guards `a.patterns.some(…)` in areas.ts canonicalArea: one spelling is enough, not all of the area's.
  it('"THỂ CHẾ" alone, or "văn bản quy phạm pháp luật", is the area "Cải cách thể chế"', () => {
    expect(canonicalArea('THỂ CHẾ')).toBe('Cải cách thể chế');
    expect(canonicalArea('Xây dựng và hoàn thiện hệ thống văn bản quy phạm pháp luật')).toBe('Cải cách thể chế');
    expect(canonicalArea('CÔNG VỤ')).toBe('Cải cách chế độ công vụ');
  });
});

describe('header synonyms read exactly before the patterns', () => {
  // Guards `if (EXACT[key])` in columns.ts fieldOfHeader: by the patterns alone "Nội dung…" would be the task.
  it('"Nội dung công việc" is the activity column, and the rows\' titles are read from it', () => {
    const sheet = readGrid({
      name: 'PL1',
      values: [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
        ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
      ],
    });
    expect(Object.keys(sheet.columns).sort()).toEqual(['activity', 'lead', 'number', 'time']);
    expect(sheet.rows[0].fields.activity?.text).toBe('Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý');
    expect(sheet.rows[0].fields.task).toBeUndefined();
  });
});

describe('a header cell is a few words: a hundred characters at most', () => {
  const explained = (length: number) => {
    const base = 'Thời gian hoàn thành (ghi rõ tháng, quý hoặc năm; nhiệm vụ thường xuyên thì ghi "Thường xuyên")';
    return (base + ' '.repeat(length)).slice(0, length - 1) + '.';
  };
  const grid = (timeHeader: string) => ({
    name: 'PL1',
    values: [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', null, null, null],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', timeHeader],
      ['1', 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Sở Tư pháp', 'Quý IV/2022'],
    ],
  });
  // Guards `raw.length > MAX_HEADER_LENGTH` in header.ts headerOfRow, at its edge.
  it('a header of exactly 100 characters names its column', () => {
    expect(explained(100)).toHaveLength(100);
    const sheet = readGrid(grid(explained(100)));
    expect(sheet.columns.time?.col).toBe(3);
    expect(sheet.rows[0].fields.time?.text).toBe('Quý IV/2022');
  });
  it('a cell of 101 characters is data, even on the header row: its column is not read', () => {
    expect(explained(101)).toHaveLength(101);
    const sheet = readGrid(grid(explained(101)));
    expect(Object.keys(sheet.columns).sort()).toEqual(['lead', 'number', 'task']);
    expect(sheet.rows[0].fields.time).toBeUndefined();
  });
});

describe('a cell merged across the columns of two fields', () => {
  // Guards `m.left === col.col` in fields.ts: the merge's top row is the row's own only in the merge's first column.
  it('an activity merged over the output column is the output too, read from the merge', () => {
    const row: CellValue[] = [...ROW_31];
    row[4] = null;
    const sheet = readGrid(nineColumnGrid([row], { merges: ['D4:E4'] }));
    expect(sheet.rows).toHaveLength(1);
    const { activity, output } = sheet.rows[0].fields;
    expect(activity).toMatchObject({ text: '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', cell: 'D4', source: 'D4', via: 'own' });
    expect(output).toMatchObject({ text: '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', cell: 'E4', source: 'D4', via: 'merge' });
  });
});

describe('a lead or coordinating cell that only looks empty (a zero-width space pasted from the web)', () => {
  // Guards `text !== null` before `leadLines = shown` and `coordinatingLines = shown` in fields.ts.
  it('names no agency, and the lead is missing', () => {
    const row: CellValue[] = [...ROW_31];
    row[5] = '\u200b';
    row[6] = '\u200b';
    const sheet = readGrid(nineColumnGrid([row]));
    const r = sheet.rows[0];
    expect(r.fields.lead?.text).toBeNull();
    expect(r.fields.coordinating?.text).toBeNull();
    expect(r.lead).toEqual([]);
    expect(r.coordinating).toEqual([]);
    const found = findingsOf(nineColumnGrid([row]));
    expect(found.filter((f) => f.cell === 'F4').map((f) => f.code)).toEqual(['missing-lead']);
  });
});
