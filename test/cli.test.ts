import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../cli/main';
import { runCli } from './run-cli';
import { encryptedWorkbook, oldExcelWorkbook, workbookParts, writeZipBomb, xlsxOf, zipOf } from './package-fixtures';

const ROOT = path.join(__dirname, '..');
const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ROOT, 'samples', f));

const run = (args: string[]) => runCli(args);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('cchc validate on the bundled samples', () => {
  it('prints JSON in the documented shape, with exit 1 because one task is overdue', async () => {
    const r = await run(['validate', ...SAMPLES, '--as-of', '2022-10-15', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(['asOf', 'files', 'skipped', 'stats']);
    expect(json.skipped).toEqual([]);
    expect(json.files).toHaveLength(SAMPLES.length);
    const plan = json.files.find((f: { file: string }) => f.file.endsWith('dong-thap-2022-ke-hoach-cchc.xlsx'));
    expect(plan.sheets).toEqual([
      expect.objectContaining({ name: 'Phụ lục KH 367', kind: 'task', rows: 39 }),
    ]);
    expect(plan.sheets[0].findings).toEqual([
      expect.objectContaining({ code: 'deadline-expired', severity: 'error', sheet: 'Phụ lục KH 367', cell: 'H49', row: 49, column: 8, header: '7- Thời gian', value: 'Quý II/2022' }),
    ]);
    // H49 overdue; PAPI 4.4's target below its baseline; PL18's two tasks without a time (none in the seed).
    expect(json.stats).toEqual({ errors: 1, warnings: 3, infos: 0 });
    const index = json.files.find((f: { file: string }) => f.file.endsWith('dong-nai-2024-chi-so.xlsx'));
    expect(index.sheets.map((s: { kind: string }) => s.kind)).toEqual(['index', 'index']);
    expect(index.sheets[0].findings.map((f: { cell: string; code: string }) => `${f.cell} ${f.code}`)).toEqual(['D22 target-below-baseline']);
    expect(json.files.flatMap((f: { sheets: { findings: { code: string }[] }[] }) => f.sheets.flatMap((s) => s.findings)).filter((f: { code: string }) => f.code === 'missing-lead')).toEqual([]);
  });

  it('without --as-of, judges on the day the clock says (a fixed clock here, late at night local time)', async () => {
    const plan = SAMPLES.find((f) => f.endsWith('dong-thap-2022-ke-hoach-cchc.xlsx'))!;
    const on = async (now: Date) => {
      const out: string[] = [];
      const code = await main(['validate', plan, '--json'], { out: (l) => out.push(l), err: () => undefined, columns: 120, now: () => now });
      return { code, json: JSON.parse(out.join('\n')) };
    };
    // H49, "Quý II/2022": due on 30/06/2022, expired from 01/07/2022.
    const due = await on(new Date(2022, 5, 30, 23, 59));
    expect([due.code, due.json.asOf, due.json.files[0].sheets[0].findings.map((f: { code: string }) => f.code)]).toEqual([0, '2022-06-30', expect.arrayContaining(['deadline-due-soon'])]);
    const late = await on(new Date(2022, 6, 1, 0, 1));
    expect([late.code, late.json.asOf]).toEqual([1, '2022-07-01']);
  });

  it('reads real dates from the .xlsx (PL1 has serial dates and text dates)', async () => {
    const r = await run(['validate', path.join(ROOT, 'samples', 'dong-nai-2024-phu-luc-nhiem-vu.xlsx'), '--as-of', '2024-12-05', '--json']);
    const json = JSON.parse(r.out);
    const pl1 = json.files[0].sheets.find((s: { name: string }) => s.name === 'PL1 Sở Nội vụ');
    expect(pl1.findings.map((f: { cell: string; code: string }) => `${f.cell} ${f.code}`)).toEqual([
      'E15 deadline-due-soon',
      'E17 deadline-expired',
      'E19 deadline-due-soon',
      'E20 deadline-due-soon',
      'E27 deadline-due-soon',
      'E28 deadline-due-soon',
    ]);
  });

  it('prints a table per sheet in Vietnamese, or English with --lang en', async () => {
    const vi = await run(['validate', ...SAMPLES, '--as-of', '2022-10-15']);
    expect(vi.out).toContain('Trang “Phụ lục KH 367”: bảng nhiệm vụ, 39 dòng — 1 lỗi');
    expect(vi.out).toContain('H49');
    expect(vi.out).toContain('Tổng cộng: 1 lỗi, 3 cảnh báo');
    expect(vi.out).toContain('bảng chỉ số');
    // An officer reads the finding's Vietnamese name, never its code; the English table keeps the stable code.
    const h49 = vi.out.split('\n').find((l) => l.includes('H49'))!;
    expect(h49).toMatch(/H49\s+Lỗi\s+Quá hạn chưa hoàn thành\s+Đã quá hạn/);
    expect(vi.out).not.toMatch(/deadline-expired|target-below-baseline|lead-also-coordinating/);
    const en = await run(['validate', ...SAMPLES, '--as-of', '2022-10-15', '--lang', 'en']);
    expect(en.out).toContain('Sheet “Phụ lục KH 367”: task sheet, 39 rows — 1 error,');
    expect(en.out).toContain('past the deadline');
    expect(en.out.split('\n').find((l) => l.includes('H49'))).toMatch(/H49\s+Error\s+deadline-expired/);
  });
});

describe('unusable input: one clear sentence, exit 2, the other files still checked', () => {
  const good = SAMPLES.find((f) => f.endsWith('dong-thap-2022-ke-hoach-cchc.xlsx'))!;
  const write = (name: string, data: Buffer | string) => (fs.writeFileSync(path.join(tmp, name), data), path.join(tmp, name));
  // Zip bombs: 300 MB of repeated cells in one sheet, about 1 MB on disk; one says so in its headers, one lies.
  beforeAll(async () => {
    await writeZipBomb(path.join(tmp, 'bom.xlsx'), 300);
    await writeZipBomb(path.join(tmp, 'bom-noi-doi.xlsx'), 300, true);
  }, 60_000);
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => path.join(tmp, 'khong-co.xlsx'), /Không tìm thấy tệp/],
    ['a text file renamed .xlsx', () => (fs.writeFileSync(path.join(tmp, 'ghi-chu.xlsx'), 'STT,Nhiệm vụ\n1,Báo cáo\n'), path.join(tmp, 'ghi-chu.xlsx')), /không phải là sổ bảng tính \(\.xlsx, \.xlsm, \.xls hay \.ods\)/],
    ['a truncated .xlsx', () => { const b = fs.readFileSync(good); fs.writeFileSync(path.join(tmp, 'cut.xlsx'), b.subarray(0, Math.floor(b.length / 2))); return path.join(tmp, 'cut.xlsx'); }, /bị hỏng/],
    // Real compound files (`file` calls them "CDFV2 Microsoft Excel" and "CDFV2 Encrypted"), see package-fixtures.ts.
    // .xls files are read now (see reader.test.ts); this one holds the workbook globals and no sheet at all.
    ['an .xls with no sheet', () => write('cu.xls', oldExcelWorkbook()), /Sổ cu\.xls không có trang tính nào/],
    ['the same .xls renamed .xlsx: the bytes decide, not the name', () => write('cu-doi-ten.xlsx', oldExcelWorkbook()), /Sổ cu-doi-ten\.xlsx không có trang tính nào/],
    ['a password-protected workbook', () => write('mat-khau.xlsx', encryptedWorkbook()), /đặt mật khẩu/],
    ['a zip bomb (300 MB of cells in 1 MB), refused from its declared size', () => path.join(tmp, 'bom.xlsx'), /khi giải nén lớn hơn 200 MB.*--max-bytes/],
    ['a zip bomb whose headers lie about its size, stopped while unpacking', () => path.join(tmp, 'bom-noi-doi.xlsx'), /khi giải nén lớn hơn 200 MB/],
    ['a workbook whose only sheet is a chart sheet', () => write('bieu-do.xlsx', xlsxOf([{ name: 'Biểu đồ', rows: [], chart: true }])), /chỉ có trang biểu đồ/],
    ['a workbook with no sheets at all', () => write('khong-trang.xlsx', xlsxOf([])), /không có trang tính nào/],
    [
      'a Word document renamed .xlsx',
      () => {
        const parts = workbookParts([]).map((p) => (p.name === 'xl/workbook.xml' ? { ...p, data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' } : p));
        return write('van-ban.xlsx', zipOf(parts));
      },
      /van-ban\.xlsx không phải là sổ bảng tính/,
    ],
    ['an empty file', () => (fs.writeFileSync(path.join(tmp, 'rong.xlsx'), ''), path.join(tmp, 'rong.xlsx')), /rỗng/],
    ['a folder', () => tmp, /thư mục/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const bad = make();
    const r = await run(['validate', bad, good, '--as-of', '2022-10-15']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
    expect(r.out).toContain('Trang'); // the good file was still validated
  });

  it('--max-bytes and --max-cells set the limits', async () => {
    const bytes = await run(['validate', good, '--max-bytes', '0.01', '--lang', 'en']);
    expect(bytes.code).toBe(2);
    expect(bytes.err).toMatch(/unpacks to more than 0\.01 MB/);
    const cells = await run(['validate', good, '--max-cells', '100', '--lang', 'en']);
    expect(cells.code).toBe(2);
    expect(cells.err).toMatch(/too large \(more than 100 cells\); raise the limit with --max-cells/);
    expect((await run(['validate', good, '--max-bytes', 'lots'])).err).toMatch(/--max-bytes phải là một số MB/);
    expect((await run(['validate', good, '--max-bytes', '1', '--as-of', '2022-10-15'])).code).toBe(1); // 1 MB is enough for the sample
  });

  it('cchc report too: the unusable file is named, the report is made from the others, exit 2', async () => {
    const out = path.join(tmp, 'bao-cao-mot-phan.xlsx');
    const r = await run(['report', path.join(tmp, 'bom.xlsx'), good, '--period', '2022-Q3', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^✗ Sổ bom\.xlsx khi giải nén lớn hơn 200 MB/);
    expect(r.out).toContain('39 nhiệm vụ từ 1 sổ');
    expect(fs.existsSync(out)).toBe(true);
  });

  it('reports the unusable file in JSON too, and its sentence on stderr all the same', async () => {
    const r = await run(['validate', path.join(tmp, 'khong-co.xlsx'), good, '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files[0].error).toEqual({ code: 'missing', message: expect.stringContaining('File not found') });
    expect(json.skipped).toEqual([{ file: path.join(tmp, 'khong-co.xlsx'), code: 'missing', message: expect.stringContaining('File not found') }]);
    expect(json.files[1].sheets[0].kind).toBe('task');
    expect(r.err).toMatch(/^✗ File not found: .*khong-co\.xlsx\.$/);
  });

  it('cchc report --json lists the files it left out, and why; the sentence is on stderr', async () => {
    const r = await run(['report', path.join(tmp, 'bom.xlsx'), good, '--period', '2022-Q3', '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.skipped).toEqual([{ file: path.join(tmp, 'bom.xlsx'), code: 'too-large-unpacked', message: expect.stringMatching(/unpacks to more than 200 MB/) }]);
    expect(json.totals.total).toBe(39);
    expect(r.err).toMatch(/^✗ bom\.xlsx unpacks to more than 200 MB/);
  });
});

describe('a workbook with nothing to check says so (issue 16 §2)', () => {
  const good = SAMPLES.find((f) => f.endsWith('dong-thap-2022-ke-hoach-cchc.xlsx'))!;
  // What an agency sends by mistake: its cover letter typed into a sheet, and a list of staff.
  const wrong = path.join(tmp, 'cong-van.xlsx');
  const staff = path.join(tmp, 'danh-sach.xlsx');
  beforeAll(() => {
    fs.writeFileSync(wrong, xlsxOf([{ name: 'Công văn', rows: [['SỞ NỘI VỤ'], ['Số: 512/SNV-CCHC'], ['V/v báo cáo kết quả thực hiện nhiệm vụ CCHC Quý III/2024']] }]));
    fs.writeFileSync(staff, xlsxOf([{ name: 'Danh sách', rows: [['STT', 'Họ và tên', 'Chức vụ'], [1, 'Lê Thị Mai', 'Chuyên viên']] }, { name: 'Sheet2', rows: [] }]));
  });

  it('validate: a warning on stderr naming the sheets looked at, noTable in the JSON, the exit code unchanged', async () => {
    const alone = await run(['validate', wrong, '--as-of', '2024-10-20']);
    expect(alone.code).toBe(0);
    expect(alone.err).toBe('⚠ Không tìm thấy bảng nhiệm vụ hay bảng chỉ số nào trong sổ cong-van.xlsx (đã xem 1 trang: “Công văn”). Có thể đơn vị đã gửi nhầm tệp; sổ này không được tính vào báo cáo.');
    const both = await run(['validate', good, staff, '--as-of', '2022-10-15', '--json', '--lang', 'en']);
    expect(both.code).toBe(1); // the plan's overdue task, as without the wrong file
    expect(both.err).toBe('⚠ No task table and no index table found in danh-sach.xlsx (looked at 2 sheets: “Danh sách”, “Sheet2”). The agency may have sent the wrong file; it adds nothing to the report.');
    const json = JSON.parse(both.out);
    expect(json.files.map((f: { noTable?: boolean }) => f.noTable ?? false)).toEqual([false, true]);
    expect(json.files[1].sheets.map((s: { kind: string }) => s.kind)).toEqual(['unknown', 'unknown']);
    // The built command reads files in worker threads: the sentence crosses from the worker unchanged.
    const bin = path.join(ROOT, 'dist', 'cli', 'main.js');
    const threads = spawnSync(process.execPath, [bin, 'validate', good, staff, '--as-of', '2022-10-15', '--json', '--lang', 'en', '--jobs', '2'], { encoding: 'utf8' });
    expect([threads.status, threads.stderr.trim(), JSON.parse(threads.stdout).files]).toEqual([both.code, both.err, json.files]);
  });

  it('report: each such file warned; when no file had a table, a warning before the report is written, which says why it has 0 tasks', async () => {
    const out = path.join(tmp, 'khong-co-gi.xlsx');
    const said: Array<{ line: string; written: boolean }> = [];
    const lines: string[] = [];
    const code = await main(['report', wrong, staff, '--period', '2024-Q3', '--out', out], { out: (l) => lines.push(l), err: (l) => said.push({ line: l, written: fs.existsSync(out) }), columns: 120 });
    expect(code).toBe(0);
    expect(said.map((s) => s.line)).toEqual([
      expect.stringMatching(/^⚠ Không tìm thấy bảng nhiệm vụ hay bảng chỉ số nào trong sổ cong-van\.xlsx/),
      expect.stringMatching(/^⚠ Không tìm thấy bảng nhiệm vụ hay bảng chỉ số nào trong sổ danh-sach\.xlsx/),
      expect.stringMatching(/^⚠ Cả 2 sổ không có bảng nhiệm vụ hay bảng chỉ số nào/),
    ]);
    expect(said[2].line).toContain('báo cáo vẫn được ghi nhưng có 0 nhiệm vụ — không phải vì mọi việc đã xong mà vì không có gì để tính');
    expect(said.every((s) => !s.written)).toBe(true);
    expect(fs.existsSync(out)).toBe(true);
    expect(lines.join('\n')).toContain('0 nhiệm vụ từ 2 sổ');
  });

  it('report: with one real plan among them, only that file is warned about; the JSON lists it', async () => {
    const r = await run(['report', good, wrong, '--period', '2022-Q3', '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([expect.stringMatching(/^⚠ No task table and no index table found in cong-van\.xlsx/)]);
    const json = JSON.parse(r.out);
    expect(json.totals.total).toBe(39);
    expect(json.noTable).toEqual([{ file: wrong, message: expect.stringContaining('cong-van.xlsx') }]);
  });
});

describe('arguments', () => {
  it.each([
    [['validate', 'x.xlsx', '--as-of', '15/10/2022'], /--as-of phải là một ngày dạng YYYY-MM-DD/],
    [['validate'], /cần ít nhất một tệp/],
    [['frobnicate', 'x.xlsx'], /không có lệnh "frobnicate"/],
    [['validate', 'x.xlsx', '--bogus'], /tùy chọn không hợp lệ/],
    [['validate', 'x.xlsx', '--lang', 'fr'], /--lang phải là vi hoặc en/],
  ])('%j is refused with exit 2 and a sentence', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
  it('prints help and the version', async () => {
    expect((await run(['--help'])).out).toContain('cchc validate <tệp.xlsx>');
    expect((await run(['--help', '--lang', 'en'])).out).toContain('cchc validate <file.xlsx>');
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the installed command (npm ci builds it in prepare)', () => {
  const bin = path.join(ROOT, 'dist', 'cli', 'main.js');
  it('exists: run `npm ci` or `npm run build:cli` first', () => {
    expect(fs.existsSync(bin)).toBe(true);
  });
  it('runs with node and sets the exit code', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', ...SAMPLES, '--as-of', '2022-10-15', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).stats.errors).toBe(1);
  });
  it('is reachable as `npx cchc`', () => {
    const out = execFileSync('npx', ['--no-install', 'cchc', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
