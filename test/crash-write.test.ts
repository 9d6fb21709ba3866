import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A crash while the report is being written leaves no partial file: the built CLI is stopped with SIGKILL at
 * the worst moment — the temp file complete, the rename not yet done — through its test-only hook
 * CCHC_TEST_PAUSE_BEFORE_RENAME (cli/write-atomic.ts). Needs the built CLI (`npm run build:cli`).
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'dist', 'cli', 'main.js');
const SAMPLE = path.join(ROOT, 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-crash-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `cchc report` with the pause hook, kills it once paused; resolves with what it said on stderr. */
function reportKilledBeforeRename(args: string[]): Promise<{ stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'report', SAMPLE, '--period', '2022-Q3', ...args], {
      env: { ...process.env, CCHC_TEST_PAUSE_BEFORE_RENAME: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`never paused: is dist/ up to date? run npm run build:cli\n${stderr}`));
    }, 30_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr += s;
      if (stderr.includes('paused before rename')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ stderr, signal });
    });
  });
}

describe('a crash mid-write leaves no partial report', () => {
  it('the built CLI exists (npm run build:cli)', () => {
    expect(fs.existsSync(BIN)).toBe(true);
  });

  it('killed before the rename: no file at --out, at most the complete temp file beside it', async () => {
    const out = path.join(dir, 'Tổng hợp Q3-2022.xlsx');
    const r = await reportKilledBeforeRename(['--out', out]);
    expect(r.signal).toBe('SIGKILL');
    expect(fs.existsSync(out)).toBe(false);
    const left = fs.readdirSync(dir);
    expect(left.every((f) => f.startsWith('.cchc-tmp-'))).toBe(true);
    expect(left.length).toBeLessThanOrEqual(1);
    // The leftover is the whole report (written and synced before the pause), never a fragment at the target.
    for (const f of left) expect(fs.readFileSync(path.join(dir, f)).subarray(0, 2).toString()).toBe('PK');
  }, 40_000);

  it('killed before replacing an existing report with --force: the old report is intact', async () => {
    const out = path.join(dir, 'bao-cao.xlsx');
    fs.writeFileSync(out, 'báo cáo quý trước');
    const r = await reportKilledBeforeRename(['--out', out, '--force']);
    expect(r.signal).toBe('SIGKILL');
    expect(fs.readFileSync(out, 'utf8')).toBe('báo cáo quý trước');
    expect(fs.readdirSync(dir).filter((f) => f !== 'bao-cao.xlsx').every((f) => f.startsWith('.cchc-tmp-'))).toBe(true);
  }, 40_000);
});
