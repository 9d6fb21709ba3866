import { CODE_LABEL, layoutFindingsList, noTableMessage, TASK_CODES, INDEX_CODES, taskLabel, validateWorkbook, type FindingsListFile, type GridInput } from '../core';
import { readWorkbook } from '../core/io/read';
import { writeReportXlsx } from '../core/io/write';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { readBack } from './report-readback';

/**
 * The findings list the web page exports for the agencies: one row per finding, text as text, each cell
 * linked to its source, and every file with its counts or the sentence that says why it was not used.
 */

const HOSTILE: GridInput = {
  name: 'Kiểm tra an toàn',
  values: [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
    [1, 'Rà soát văn bản', '=HYPERLINK("http://example.com","Bấm")', 'Quý I/2022'],
    [2, 'Tổng hợp báo cáo', '- Sở Nội vụ', 'Quý II/2022'],
    [3, '+ Kiểm tra', '@Sở Tư pháp', '<script>window.__xss=1</script>'],
  ],
};

function files(): FindingsListFile[] {
  const a = validateWorkbook(seed004.sheets, { asOf: '2022-10-15' });
  const b = validateWorkbook([HOSTILE], { asOf: '2022-10-15' });
  return [
    { file: 'ke-hoach.xlsx', ok: true, stats: a.stats, sheets: a.sheets },
    { file: 'so-hong.xlsx', ok: false, code: 'corrupt', message: { vi: 'Tệp so-hong.xlsx bị hỏng, không đọc được.', en: 'so-hong.xlsx is damaged and cannot be read.' } },
    { file: 'thu-muc/an-toan.xlsx', ok: true, stats: b.stats, sheets: b.sheets },
  ];
}

const all = (fs: FindingsListFile[]) => fs.flatMap((f) => (f.ok ? f.sheets.flatMap((s) => s.findings.map((x) => ({ file: f.file, ...x }))) : []));

describe('layoutFindingsList', () => {
  it('under a title and the date judged on, one row per finding with file, sheet, cell, task, kind, severity and message, read back as written', async () => {
    const input = files();
    const expected = all(input);
    expect(expected.length).toBeGreaterThan(3);
    const bytes = writeReportXlsx(layoutFindingsList(input, { lang: 'vi', asOf: '2022-10-15', generatedAt: '2022-10-16T09:30', linkPath: (f) => f }));
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error('unreadable');
    const [list, meta] = read.grids;
    expect(list.name).toBe('Danh sách vấn đề');
    // The list says what it is and the date its findings were judged on, each in one cell (nothing cut).
    expect(list.values[0][0]).toBe('DANH SÁCH VẤN ĐỀ TRONG CÁC TỆP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH');
    expect(list.values[1][0]).toBe('Tính đến ngày 15/10/2022; lập lúc 16/10/2022 09:30.');
    const head = list.values.findIndex((r) => r[0] === 'STT');
    expect(list.values[head]).toEqual(['STT', 'Tệp', 'Trang tính', 'Ô', 'Nhiệm vụ', 'Loại vấn đề', 'Mức độ', 'Nội dung', 'Cột', 'Giá trị trong ô', 'Gợi ý']);
    const rows = list.values.slice(head + 1);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((r, i) => {
      const f = expected[i];
      expect(r.slice(0, 8)).toEqual([i + 1, f.file, f.sheet, f.cell, f.task ? taskLabel(f.task) : null, CODE_LABEL[f.code].vi, { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' }[f.severity], f.message.vi]);
      expect(r[8] ?? null).toBe(f.header || null);
      expect(r[9] ?? null).toBe(f.value || null);
    });
    // A finding on a task row names its task.
    expect(rows.some((r) => typeof r[4] === 'string' && /^\d/.test(r[4]))).toBe(true);
    // No finding code anywhere in the Vietnamese list: they are for machines.
    const codes = new Set<string>([...TASK_CODES, ...INDEX_CODES]);
    expect(read.grids.flatMap((g) => g.values.flat()).filter((v) => typeof v === 'string' && codes.has(v))).toEqual([]);
    // The second sheet: every file, the damaged one with its sentence.
    expect(meta.name).toBe('Các tệp đã kiểm tra');
    expect(meta.values.flat()).toContain('Tính đến ngày 15/10/2022; lập lúc 16/10/2022 09:30.');
    const flat = meta.values.map((r) => r.filter((v) => v !== null));
    expect(flat).toContainEqual([2, 'so-hong.xlsx', 'Tệp so-hong.xlsx bị hỏng, không đọc được.']);
    const a = input[0];
    if (!a.ok) throw new Error('x');
    expect(flat).toContainEqual([1, 'ke-hoach.xlsx', 'Đã kiểm tra', a.sheets.length, a.sheets.reduce((n, s) => n + s.rows, 0), a.stats.errors, a.stats.warnings, a.stats.infos]);
  });

  it('texts from a workbook stay text: =, -, +, @ and markup are written as strings, never formulas', async () => {
    const input = files();
    const bytes = writeReportXlsx(layoutFindingsList(input, { lang: 'en', asOf: '2022-10-15', generatedAt: '2022-10-16T09:30', linkPath: (f) => f }));
    const back = await readBack(bytes);
    const cells = Object.values(back.sheets[0].cells);
    const values = cells.map((c) => c.value);
    // The values the rules quote: a lead that Excel would take for a formula, another for a mention, and markup.
    for (const hostile of ['=HYPERLINK', '@Sở Tư pháp', '<script>window.__xss=1</script>']) {
      const hit = cells.find((c) => c.value === hostile);
      expect(hit ? { value: hit.value, type: hit.type } : values).toEqual({ value: hostile, type: 3 /* ExcelJS ValueType.String */ });
    }
    expect(cells.some((c) => typeof c.value === 'object' && c.value !== null && 'formula' in (c.value as object))).toBe(false);
    expect(back.sheets[0].name).toBe('Findings');
    // In English, the code follows as a last column, for whoever sorts or counts by it.
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error('unreadable');
    const head = read.grids[0].values.findIndex((r) => r[0] === 'No.');
    expect(read.grids[0].values[head].slice(4, 6)).toEqual(['Task', 'Kind of finding']);
    expect(read.grids[0].values[head][11]).toBe('Code');
    expect(read.grids[0].values.slice(head + 1).map((r) => r[11])).toEqual(all(input).map((f) => f.code));
  });

  it('each cell address links to its source cell, by the path given; no links without one', async () => {
    const input = files();
    const linked = await readBack(writeReportXlsx(layoutFindingsList(input, { lang: 'vi', asOf: '2022-10-15', generatedAt: '2022-10-16T09:30', linkPath: (f) => `../nguon/${f}` })));
    const first = all(input)[0];
    // Row 5: under the title, the date, a blank row and the header.
    expect(linked.sheets[0].links.D5).toMatchObject({ target: expect.stringContaining('../nguon/ke-hoach.xlsx'), location: `'${first.sheet}'!${first.cell}` });
    expect(Object.keys(linked.sheets[0].links)).toHaveLength(all(input).length);
    expect(linked.sheets[0].cells.D5.value).toMatchObject({ text: first.cell });
    const plain = await readBack(writeReportXlsx(layoutFindingsList(input, { lang: 'vi', asOf: '2022-10-15', generatedAt: '2022-10-16T09:30' })));
    expect(plain.sheets[0].links).toEqual({});
  });

  it('a file with no task or index table says so in place of “Đã kiểm tra”', () => {
    const empty = validateWorkbook([{ name: 'Công văn', values: [['Kính gửi: Ủy ban nhân dân tỉnh']] }], { asOf: '2022-10-15' });
    const noTable = noTableMessage('cong-van.xlsx', empty.sheets)!;
    const read = readWorkbook(writeReportXlsx(layoutFindingsList([{ file: 'cong-van.xlsx', ok: true, stats: empty.stats, sheets: empty.sheets, noTable }], { lang: 'vi', asOf: '2022-10-15', generatedAt: '2022-10-16T09:30' })));
    if (!read.ok) throw new Error('unreadable');
    const row = read.grids[1].values.find((r) => r[1] === 'cong-van.xlsx');
    expect(row?.[2]).toBe(noTable.vi);
  });

  it('keeps only what the filter keeps, and says so', () => {
    const input = files();
    const errors = all(input).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThan(all(input).length);
    const spec = layoutFindingsList(input, { lang: 'vi', asOf: '2022-10-15', generatedAt: '2022-10-16T09:30', include: (f) => f.severity === 'error', filterNote: 'Chỉ gồm: lỗi.' });
    const read = readWorkbook(writeReportXlsx(spec));
    if (!read.ok) throw new Error('unreadable');
    const head = read.grids[0].values.findIndex((r) => r[0] === 'STT');
    expect(read.grids[0].values.slice(head + 1).map((r) => r[5])).toEqual(errors.map((f) => CODE_LABEL[f.code].vi));
    // The list itself says it is filtered, and the files sheet too.
    expect(read.grids[0].values.flat()).toContain('Chỉ gồm: lỗi.');
    expect(read.grids[1].values.flat()).toContain('Chỉ gồm: lỗi.');
    expect(read.grids[1].values.flat()).toContain(`3 tệp (1 tệp không dùng được); ${errors.length} vấn đề trong danh sách.`);
  });
});
