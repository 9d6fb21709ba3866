import * as fs from 'node:fs';
import * as path from 'node:path';
import { baseName, checkBytes, checkGrids, crashed, refused, timedOut, unreadable } from '../core/io/check';
import { noTableMessage } from '../core/no-table';
import { problemMessage, type ReadProblem } from '../core/io/read';
import { processFile } from '../cli/process-file';

/**
 * core/io/check.ts is the one path from a workbook's bytes to its findings and report records: the CLI runs it
 * (after reading the file from disk) and the web page runs it in its Web Workers. Same bytes, same outcome.
 */

const SAMPLES = path.join(__dirname, '..', 'samples');
const FILES = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));
const AS_OF = '2024-09-30';

describe('checkBytes gives what the CLI gives', () => {
  it.each(FILES)('%s: validate and report outcomes equal processFile’s', async (name) => {
    const file = path.join(SAMPLES, name);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const both = checkBytes(file, bytes, { job: 'both', asOf: AS_OF, dueSoonDays: 30 });
    const validate = await processFile({ job: 'validate', file, asOf: AS_OF, dueSoonDays: 30, limits: {} });
    const report = await processFile({ job: 'report', file, asOf: AS_OF, dueSoonDays: 30, limits: {} });
    if (!both.ok || !validate.ok || !report.ok) throw new Error('a sample was refused');
    expect(both.stats).toEqual(validate.stats);
    expect(both.sheets).toEqual(validate.sheets);
    expect(both.records).toEqual(report.records);
    expect(both.sheets.length).toBeGreaterThan(0);
    expect(report.sheets).toEqual([]);
    expect(validate.records).toBeUndefined();
  });

  it('the as-of date changes the findings and the records (a task due 30/6/2022 is overdue only after it)', () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'dong-thap-2022-ke-hoach-cchc.xlsx')));
    const early = checkBytes('a.xlsx', bytes, { job: 'both', asOf: '2022-01-15', dueSoonDays: 30 });
    const late = checkBytes('a.xlsx', bytes, { job: 'both', asOf: '2022-10-15', dueSoonDays: 30 });
    if (!early.ok || !late.ok) throw new Error('refused');
    const expired = (o: typeof early) => (o.ok ? o.sheets.flatMap((s) => s.findings).filter((f) => f.code === 'deadline-expired').length : -1);
    expect(expired(early)).toBe(0);
    expect(expired(late)).toBeGreaterThan(0);
    expect(late.records!.tasks.some((t) => t.task.progress === 'overdue')).toBe(true);
    expect(early.records!.tasks.some((t) => t.task.progress === 'overdue')).toBe(false);
  });

  it('a damaged file is refused with the reader’s sentence, under the name it was given', () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'dong-nai-2024-chi-so.xlsx'))).slice(0, 4000);
    const o = checkBytes('thu-muc/so-hong.xlsx', bytes, { job: 'both', asOf: AS_OF, dueSoonDays: 30 });
    expect(o).toEqual({ file: 'thu-muc/so-hong.xlsx', ok: false, code: 'corrupt', message: problemMessage({ code: 'corrupt', detail: '' }, 'so-hong.xlsx') });
    expect(o.ok ? '' : o.message.vi).toMatch(/^Tệp so-hong\.xlsx bị hỏng/);
  });

  it('a text file is not a workbook', () => {
    const o = checkBytes('ghi-chu.xlsx', new TextEncoder().encode('Báo cáo quý III'), { job: 'validate', asOf: AS_OF, dueSoonDays: 30 });
    expect(o.ok ? null : o.code).toBe('not-workbook');
  });
});

describe('the sentences for a file that cannot be used', () => {
  const limits: ReadProblem[] = [
    { code: 'too-large', limit: 5_000_000, what: 'cells' },
    { code: 'too-large-unpacked', limit: 200 * 1024 * 1024 },
    { code: 'too-slow', seconds: 60 },
  ];

  it.each(limits.map((p) => [p.code, p] as const))('%s names the CLI option that lifts the limit only where there is one', (_code, p) => {
    const cli = problemMessage(p, 'so.xlsx');
    const web = problemMessage(p, 'so.xlsx', { flags: false });
    expect(cli.vi).toMatch(/--max-/);
    expect(cli.en).toMatch(/--max-/);
    expect(web.vi).not.toMatch(/--/);
    expect(web.en).not.toMatch(/--/);
    // The same sentence otherwise: the web's is the CLI's up to its option.
    expect(cli.vi.startsWith(web.vi.replace(/\.$/, ''))).toBe(true);
    expect(cli.en.startsWith(web.en.replace(/\.$/, ''))).toBe(true);
    expect(refused('a/so.xlsx', p, false).message).toEqual(web);
  });

  it('a worker stopped after its time, or lost, gives the pool’s sentences', () => {
    expect(timedOut('/x/so.xlsx', 60).message.en).toBe('Processing so.xlsx took more than 60 seconds and was stopped; the other files go on (raise the limit with --max-seconds).');
    expect(timedOut('so.xlsx', 60, false).message.vi).toBe('Xử lý sổ so.xlsx mất quá 60 giây nên đã dừng; các sổ khác vẫn được xử lý.');
    expect(crashed('C:\\x\\so.xlsx', 'Out of memory')).toMatchObject({ code: 'too-large', message: { en: 'so.xlsx needs too much memory to read and was skipped.' } });
    expect(crashed('so.xlsx', 'boom')).toMatchObject({ code: 'reader-failed' });
    expect(unreadable('so.xlsx')).toMatchObject({ ok: false, code: 'unreadable', message: { vi: 'Không đọc được tệp so.xlsx.' } });
    expect(baseName('a/b\\c.xlsx')).toBe('c.xlsx');
  });
});

describe('a workbook with nothing to check says so', () => {
  const grid = (name: string, rows: string[][]) => ({ name, values: rows });
  it('names the sheets it looked at when there is no task or index table', () => {
    const o = checkGrids('thu-muc/Bao cao.xlsx', [grid('Sheet1', [['Kính gửi: Sở Nội vụ'], ['Báo cáo kết quả quý III']]), grid('Sheet2', [])], { job: 'both', asOf: AS_OF, dueSoonDays: 30 });
    if (!o.ok) throw new Error('refused');
    expect(o.noTable?.vi).toContain('Bao cao.xlsx');
    expect(o.noTable?.vi).toContain('“Sheet1”, “Sheet2”');
    expect(o.noTable?.en).toContain('looked at 2 sheets');
  });
  it('is silent when one sheet holds a table, and counts the names past eight', () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'dong-thap-2022-ke-hoach-cchc.xlsx')));
    const o = checkBytes('a.xlsx', bytes, { job: 'report', asOf: AS_OF, dueSoonDays: 30 });
    expect(o.ok && o.noTable).toBeUndefined();
    const many = noTableMessage('x.xlsx', Array.from({ length: 10 }, (_, i) => ({ name: `S${i}`, kind: 'unknown' as const })));
    expect(many?.vi).toContain('và 2 trang khác');
    expect(noTableMessage('x.xlsx', [{ name: 'Danh mục cơ quan', kind: 'unknown', directory: true }])?.vi).toContain('chỉ có danh mục cơ quan');
    expect(noTableMessage('x.xlsx', [{ name: 'A', kind: 'unknown' }, { name: 'B', kind: 'index' }])).toBeNull();
  });
});
