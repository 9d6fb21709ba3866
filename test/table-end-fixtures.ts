/**
 * Appendices as agencies send them back: a seed's own table with the closing blocks of an official document
 * under it (Nghị định 30/2020/NĐ-CP: total row, notes, "Nơi nhận:" and its "- …;" lines, the signer's block,
 * place and date, "Người lập biểu"), in the styles real offices use. Every row of every fixture says whether a
 * reviewer counts it as a task, and why; the tests compare the rows cchc reads with exactly those.
 *
 * The tables are the seeds' (samples/src): seed 004's appendix (Kế hoạch 367/KH-UBND, Đồng Tháp), seed 003's
 * Phụ lục 1 and 2 (Kế hoạch 336/KH-UBND, Đồng Nai), seed 000's appendix. The closing text is the seeds' own
 * where they have it: their "Nơi nhận" lists (seed 004 lines 202–211, seed 000 lines 55–59, seed 003 lines
 * 430–439), their signers ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Phạm Thiện Nghĩa", "CHỦ TỊCH / Võ Tấn Đức") and
 * place-date lines ("Đồng Nai, ngày 15 tháng 10 năm 2024"). An agency returning an appendix signs for its
 * director ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký)", as in issue 16); that signer's name is ours.
 */
import type { CellValue } from '../core/grid/grid';
import { columnIndex, columnLetters, parseRangeAddress } from '../core/grid/address';
import type { SampleSheet, SampleWorkbook } from '../samples/src/types';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';

/** A row of a fixture and what a reviewer makes of it. */
export type RowVerdict = { row: number; counted: boolean; why: string };
export type TableEndFixture = {
  name: string;
  /** How the office laid out the closing blocks. */
  style: string;
  sheet: SampleSheet;
  rows: RowVerdict[];
  /** Leads of the counted rows, where the fixture has two tables led by different agencies. */
  leads?: Record<number, string>;
};

type Cells = Record<string, CellValue>;

/**
 * A sheet grown row by row from a seed table: each added row names its cells by column letter, its merges
 * ("B:E" on this row, or "B:E+1" down to the next row) and whether a reviewer counts it.
 */
class Builder {
  readonly values: CellValue[][];
  readonly merges: string[];
  readonly numFmts: Record<string, string>;
  readonly rows: RowVerdict[] = [];
  constructor(
    private readonly base: SampleSheet,
    counted: { rows: number[]; why: string },
    notCounted: { rows: number[]; why: string },
  ) {
    this.values = base.values.map((r) => [...r]);
    this.merges = [...base.merges];
    this.numFmts = { ...base.numFmts };
    const yes = new Set(counted.rows);
    const no = new Set(notCounted.rows);
    for (let r = 1; r <= base.values.length; r++) {
      if (yes.has(r) === no.has(r)) throw new Error(`${base.name}: row ${r} is stated ${yes.has(r) ? 'twice' : 'nowhere'}`);
      this.rows.push({ row: r, counted: yes.has(r), why: yes.has(r) ? counted.why : notCounted.why });
    }
  }
  get width(): number {
    return this.values[0].length;
  }
  /** Adds a row; returns its 1-based number. */
  add(cells: Cells, why: string, merges: string[] = []): number {
    const row: CellValue[] = Array.from({ length: this.width }, () => null);
    for (const [col, v] of Object.entries(cells)) row[columnIndex(col)] = v;
    this.values.push(row);
    const n = this.values.length;
    for (const m of merges) {
      const [, from, to, down] = /^([A-Z]+):([A-Z]+)(?:\+(\d+))?$/.exec(m)!;
      this.merges.push(`${from}${n}:${to}${n + Number(down ?? 0)}`);
    }
    this.rows.push({ row: n, counted: false, why });
    return n;
  }
  blank(why = 'empty row between the table and its closing blocks'): number {
    return this.add({}, why);
  }
  /** Another table under this one: its rows, merges and formats moved down, each row stated. */
  append(sheet: SampleSheet, counted: { rows: number[]; why: string }, notCounted: { rows: number[]; why: string }): number {
    const offset = this.values.length;
    for (const r of sheet.values) this.values.push(Array.from({ length: this.width }, (_, i) => r[i] ?? null));
    for (const m of sheet.merges) {
      const a = parseRangeAddress(m)!;
      this.merges.push(`${columnLetters(a.left)}${a.top + 1 + offset}:${columnLetters(a.right)}${a.bottom + 1 + offset}`);
    }
    for (const [cell, fmt] of Object.entries(sheet.numFmts ?? {})) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
      this.numFmts[`${col}${Number(row) + offset}`] = fmt;
    }
    const yes = new Set(counted.rows);
    const no = new Set(notCounted.rows);
    for (let r = 1; r <= sheet.values.length; r++) {
      if (yes.has(r) === no.has(r)) throw new Error(`${sheet.name}: row ${r} is stated ${yes.has(r) ? 'twice' : 'nowhere'}`);
      this.rows.push({ row: r + offset, counted: yes.has(r), why: yes.has(r) ? counted.why : notCounted.why });
    }
    return offset;
  }
  build(name: string): SampleSheet {
    return { ...this.base, name, values: this.values, merges: this.merges, numFmts: this.numFmts };
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const without = (xs: number[], drop: number[]) => xs.filter((x) => !drop.includes(x));

const SEED004 = seed004.sheets[0];
/** Seed 004: title rows 1–4 and the header (5) are no tasks; of rows 6–51, the seven section rows are not either. */
const SEED004_SECTIONS = [6, 11, 21, 25, 31, 34, 39];
const seed004Table = () =>
  new Builder(
    SEED004,
    { rows: without(range(7, 51), SEED004_SECTIONS), why: 'an activity of the plan (3.x)' },
    { rows: [...range(1, 5), ...SEED004_SECTIONS], why: 'title, header or section row' },
  );

const PL1 = seed003.sheets.find((s) => s.name === 'PL1 Sở Nội vụ')!;
const PL2 = seed003.sheets.find((s) => s.name === 'PL2 Sở Tư pháp')!;
const PL1_SECTIONS = [6, 10, 14, 29];
const PL2_SECTIONS = [6, 10, 15, 19];
const pl1Table = () =>
  new Builder(PL1, { rows: without(range(7, 31), PL1_SECTIONS), why: 'a task of Phụ lục 1 (Sở Nội vụ)' }, { rows: [...range(1, 5), ...PL1_SECTIONS], why: 'title, header or index row' });

const SEED000 = seed000.sheets[0];
const SEED000_SECTIONS = [5, 7, 9, 14, 17, 21, 27, 29, 33];

/** Seed 004's "Nơi nhận" as an agency writes it when it returns the appendix. */
const RECIPIENTS_004 = ['- Như trên;', '- UBND tỉnh (b/c);', '- Lưu: VT, SNV.'];

export function tableEndFixtures(): TableEndFixture[] {
  const out: TableEndFixture[] = [];

  {
    // Issue 16 as filed: total row, an empty row, "Nơi nhận" merged over the text columns and two rows,
    // the signer's block merged over time, budget, status and completion date, one row per line.
    const b = seed004Table();
    b.add({ B: 'Tổng cộng', I: '480 triệu' }, 'total row: its budget is the sum of the rows above', ['B:H']);
    b.blank();
    b.add({ B: `Nơi nhận:\n${RECIPIENTS_004.join('\n')}`, H: 'KT. GIÁM ĐỐC' }, '"Nơi nhận" and the signer', ['B:E+1', 'H:K']);
    b.add({ H: 'PHÓ GIÁM ĐỐC' }, "signer's title", ['H:K']);
    b.add({ H: '(Đã ký)' }, 'signature mark', ['H:K']);
    b.add({ H: 'Nguyễn Thanh Hùng' }, "signer's name", ['H:K']);
    out.push({ name: 'issue-16', style: 'total row, empty row, "Nơi nhận" left and the signer right, each merged across several fields', sheet: b.build('Phụ lục KH 367'), rows: b.rows });
  }
  {
    // The same blocks written cell by cell, straight under the table: no empty row, no merge.
    const b = seed004Table();
    b.add({ B: 'Nơi nhận:', H: 'KT. GIÁM ĐỐC' }, '"Nơi nhận" and the signer, unmerged');
    b.add({ B: RECIPIENTS_004[0], H: 'PHÓ GIÁM ĐỐC' }, 'recipient and signer, unmerged');
    b.add({ B: RECIPIENTS_004[1] }, 'recipient');
    b.add({ B: RECIPIENTS_004[2], H: '(Đã ký)' }, 'recipient and signature mark');
    b.add({ H: 'Nguyễn Thanh Hùng' }, "signer's name, unmerged, in the time column");
    out.push({ name: 'unmerged-no-gap', style: 'no empty row, nothing merged: "Nơi nhận" in the goal column, the signer in the time column', sheet: b.build('Phụ lục KH 367'), rows: b.rows });
  }
  {
    // The director signs himself: no "KT.", no "(Đã ký)", only the title, space for the signature and seal, the name.
    const b = seed004Table();
    b.add({ H: 'GIÁM ĐỐC' }, "signer's title in the time column, straight under the table");
    b.blank('space for the signature and seal');
    b.blank('space for the signature and seal');
    b.add({ H: 'Nguyễn Thanh Hùng' }, "signer's name");
    out.push({ name: 'signer-only', style: 'only the signer, unmerged, no authority mark, right under the table', sheet: b.build('Phụ lục KH 367'), rows: b.rows });
  }
  {
    // The plan's own closing, as seed 004 ends its body: the whole "Nơi nhận" list first, one line a row in the goal
    // column, then the signing body, the title and the name below it on the right.
    const b = seed004Table();
    b.blank();
    b.add({ B: 'Nơi nhận:' }, '"Nơi nhận" alone, in the goal column');
    for (const line of ['- Bộ Nội vụ;', '- TT/TU, TT/HĐND Tỉnh;', '- Các PCT/UBND Tỉnh;', '- VP/TU; BTC/TU; BDV/TU;', '- Ban Pháp chế HĐND Tỉnh;', '- Các sở, ban, ngành Tỉnh;', '- UBND huyện, thành phố;', '- Đài PT&TH ĐT; Báo Đồng Tháp;', '- Lưu: VT, T (KSTTHC).'])
      b.add({ B: line }, 'recipient, in the goal column');
    b.add({ H: 'TM. ỦY BAN NHÂN DÂN' }, 'signing body', ['H:K']);
    b.add({ H: 'CHỦ TỊCH' }, "signer's title", ['H:K']);
    b.add({ H: 'Phạm Thiện Nghĩa' }, "signer's name", ['H:K']);
    out.push({ name: 'recipients-then-signer', style: 'seed 004\'s own closing: the "Nơi nhận" list in the goal column, then the signer below it', sheet: b.build('Phụ lục KH 367'), rows: b.rows });
  }
  {
    // A deputy signs for the director, written cell by cell straight under the table, no space left for the signature.
    const b = seed004Table();
    b.add({ H: 'KT. GIÁM ĐỐC' }, 'authority mark and title, in the time column');
    b.add({ H: 'PHÓ GIÁM ĐỐC' }, "signer's title");
    b.add({ H: 'Nguyễn Thanh Hùng' }, "signer's name");
    out.push({ name: 'kt-signer-unmerged', style: '"KT." signer, unmerged, right under the table, no empty row', sheet: b.build('Phụ lục KH 367'), rows: b.rows });
  }
  {
    // A quarterly return: notes, place and date, "Người lập biểu" on the left and the head on the right.
    const b = seed004Table();
    b.blank();
    b.add({ B: 'Ghi chú: Cột Tình trạng và Ngày hoàn thành do cơ quan chủ trì cập nhật hằng quý.' }, 'note', ['B:K']);
    b.add({ B: '* Số liệu tính đến ngày 14/9/2022.' }, 'starred note', ['B:K']);
    b.add({ H: 'Đồng Tháp, ngày 20 tháng 9 năm 2022' }, 'place and date', ['H:K']);
    b.add({ B: 'Người lập biểu', H: 'THỦ TRƯỞNG ĐƠN VỊ' }, 'preparer and head of the agency', ['B:D', 'H:K']);
    b.add({ B: '(Ký, ghi rõ họ tên)', H: '(Ký tên, đóng dấu)' }, 'signature marks', ['B:D', 'H:K']);
    b.blank('space for the signatures');
    b.add({ B: 'Lê Thị Mai', H: 'Nguyễn Thanh Hùng' }, 'names', ['B:D', 'H:K']);
    out.push({ name: 'notes-place-date', style: 'notes, place-date line, "Người lập biểu" left and the head right, merged', sheet: b.build('Phụ lục KH 367'), rows: b.rows });
  }
  {
    // Seed 003's Phụ lục 1 as Sở Nội vụ returns it: the signer in the task column, "Nơi nhận" in the index column.
    const b = pl1Table();
    b.blank();
    b.add({ D: 'Đồng Nai, ngày 15 tháng 10 năm 2024' }, 'place and date, in the task column');
    b.add({ B: 'Nơi nhận:', D: 'KT. GIÁM ĐỐC' }, '"Nơi nhận" and the signer, both in text columns');
    b.add({ B: '- UBND tỉnh (b/c);', D: 'PHÓ GIÁM ĐỐC' }, 'recipient and signer, both in text columns');
    b.add({ B: '- Lưu: VT, SNV.', D: '(Đã ký)' }, 'recipient and signature mark');
    b.add({ D: 'Nguyễn Thanh Hùng' }, "signer's name in the task column");
    out.push({ name: 'pl1-text-columns', style: 'per-agency appendix: "Nơi nhận" and the signer in the text columns, unmerged', sheet: b.build('PL1 Sở Nội vụ'), rows: b.rows });
  }
  {
    // Two appendices in one sheet, each with its signature: the second names its own lead in its title.
    const b = pl1Table();
    b.add({ A: 'Nơi nhận:', D: 'CHỦ TỊCH' }, '"Nơi nhận" and the signer', ['A:B', 'D:E']);
    b.add({ A: '- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;\n- Lưu: VT, HCC, Sở Nội vụ (02 bản).', D: 'Võ Tấn Đức' }, 'recipients and the name', ['A:B', 'D:E']);
    b.blank('empty row between the two appendices');
    b.append(PL2, { rows: without(range(7, 20), PL2_SECTIONS), why: 'a task of Phụ lục 2 (Sở Tư pháp)' }, { rows: [...range(1, 5), ...PL2_SECTIONS], why: 'title, header or index row of the second table' });
    b.add({ A: 'Nơi nhận:', D: 'CHỦ TỊCH' }, '"Nơi nhận" and the signer of the second table', ['A:B', 'D:E']);
    b.add({ D: 'Võ Tấn Đức' }, 'name', ['D:E']);
    const sheet = b.build('PL1-PL2');
    const offset = PL1.values.length + 3;
    const leads: Record<number, string> = {};
    for (const v of b.rows) if (v.counted) leads[v.row] = v.row > offset ? 'Sở Tư pháp' : 'Sở Nội vụ';
    out.push({ name: 'two-tables', style: 'a second appendix below the first one\'s signature, with its own title and header', sheet, rows: b.rows, leads });
  }
  {
    // Seed 000's appendix under the signature block seed 000 itself ends its plan with.
    const b = new Builder(
      SEED000,
      { rows: without(range(6, 34), SEED000_SECTIONS), why: 'a solution of the plan' },
      { rows: [...range(1, 4), ...SEED000_SECTIONS], why: 'title, header or numbered section' },
    );
    b.add({ B: 'Nơi nhận:', D: 'TM. ỦY BAN NHÂN DÂN' }, '"Nơi nhận" and the signing body', ['D:E']);
    b.add({ B: '- Bộ Nội vụ (Vụ CCHC);', D: 'CHỦ TỊCH' }, 'recipient and title', ['D:E']);
    b.add({ B: '- Các sở, ngành tỉnh;\n- UBND huyện, thành phố;' }, 'recipients');
    b.add({ B: '- Lưu: VT, T (KSTTHC).' }, 'recipient');
    b.blank('space for the signature and seal');
    b.add({ D: 'Phạm Thiện Nghĩa' }, "signer's name", ['D:E']);
    out.push({ name: 'seed000-ubnd', style: 'five columns: "Nơi nhận" in the content column, "TM. ỦY BAN NHÂN DÂN" merged over the agency columns', sheet: b.build('Phụ lục chỉ số 2022'), rows: b.rows });
  }
  return out;
}

/** All fixtures as one workbook, a sheet each, for the file tests (written by exceljs, then by LibreOffice). */
export function tableEndWorkbook(): SampleWorkbook {
  const fixtures = tableEndFixtures();
  return { file: 'ket-thuc-bang.xlsx', source: 'seeds 004, 003, 000 with closing blocks', sheets: fixtures.map((f, i) => ({ ...f.sheet, name: `${i + 1} ${f.name}`.slice(0, 31) })) };
}
