import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encryptedWorkbook, xlsxOf } from './package-fixtures';

/**
 * The built CLI (npm test builds it first) reading files in a pool of worker threads: the output is the one a
 * single thread gives, byte for byte, in the order of the arguments; a file over its budget gets its sentence
 * and the others go on.
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'dist', 'cli', 'main.js');
const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ROOT, 'samples', f));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pool-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cchc = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('cchc with a pool of worker threads', () => {
  const bad = path.join(tmp, 'mat-khau.xlsx');
  const odd = path.join(tmp, 'rong.xlsx');
  const files = () => {
    fs.writeFileSync(bad, encryptedWorkbook());
    fs.writeFileSync(odd, xlsxOf([{ name: 'Trống', rows: [['x']] }]));
    // Samples and bad files interleaved, each twice: the pool finishes them out of order.
    return [...SAMPLES, bad, ...SAMPLES.slice().reverse(), odd, path.join(tmp, 'khong-co.xlsx')];
  };

  it.each([
    ['validate, human output', ['validate', '--as-of', '2022-10-15']],
    ['validate --json', ['validate', '--as-of', '2022-10-15', '--json']],
    ['validate --lang en', ['validate', '--as-of', '2022-10-15', '--lang', 'en']],
  ])('%s: the same bytes on stdout and stderr with --jobs 1, 2 and 4', (_name, args) => {
    const list = files();
    const one = cchc([...args, ...list, '--jobs', '1']);
    expect(one.status).toBe(2);
    // The password, the workbook with no table (a warning), the missing file: in the order of the arguments.
    expect(one.stderr.split('\n').filter(Boolean).map((l) => l.slice(0, 1))).toEqual(['✗', '⚠', '✗']);
    for (const jobs of ['2', '4']) {
      const many = cchc([...args, ...list, '--jobs', jobs]);
      expect(many.status).toBe(one.status);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  }, 180_000);

  it('report --json: the same model with one thread and with two', () => {
    const list = files();
    const run = (jobs: string) => {
      const r = cchc(['report', ...list, '--period', '2024-Q3', '--json', '--jobs', jobs]);
      return { status: r.status, json: JSON.parse(r.stdout.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""')), stderr: r.stderr };
    };
    const one = run('1');
    const two = run('2');
    expect(two).toEqual(one);
    expect(one.json.skipped.map((s: { code: string }) => s.code)).toEqual(['encrypted', 'missing']);
  }, 180_000);

  it('a file over --max-seconds gets its one sentence; bad --max-seconds and --jobs are refused', () => {
    // A deadline of a microsecond: the reader stops at its first look at the clock (after the first sheet).
    const r = cchc(['validate', SAMPLES[0], '--max-seconds', '0.000001', '--lang', 'en', '--jobs', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^✗ Reading .* took more than 0 seconds and was stopped; the other files go on/);
    expect(cchc(['validate', '--max-seconds', 'soon', SAMPLES[0]]).stderr).toMatch(/--max-seconds phải là một số giây/);
    expect(cchc(['validate', '--jobs', '0', SAMPLES[0]]).stderr).toMatch(/--jobs phải là số nguyên dương/);
  }, 60_000);

  it('no progress line when stderr is not a terminal', () => {
    const r = cchc(['validate', ...SAMPLES, '--as-of', '2022-10-15']);
    expect(r.stderr).toBe('');
  }, 60_000);
});
