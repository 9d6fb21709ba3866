/**
 * npm run corpus -- <folder> [--jobs 2] [--max-seconds 60] [--max-mb 500] [--list] [--dist <a build>]
 *
 * Runs every workbook under a folder through the CLI's path (`processFile` from a build, dist/ by default: what
 * `cchc validate` and `cchc report` do to each file) and through the web page's path (web/engine's `checkBlob`,
 * as the page's Web Worker calls it, given the file as a Blob), in worker threads, and prints the counts by
 * outcome, every file whose outcome differs between the two paths, the faults of ours, the slowest files and
 * the peak memory. A file over the time limit has its worker ended; one over the memory limit exhausts its
 * worker's heap (resourceLimits); either is counted, never a hang. Corpora are not committed: bring them
 * yourself (the README names the public test suites this was run on).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const EXT = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|xml)$/i;
const AS_OF = '2024-09-30';

type Row = { file: string; outcome: string; page: string; diff: string[]; ms: number; pageMs: number; heapMb: number; sheets: number; kinds: string };

/**
 * The worker: both paths on each file it is sent. The CLI's from the build; the page's from the sources
 * (web/engine.ts through ts-node), so `npm run corpus` builds the CLI first and the two are the same code.
 */
const worker = (dist: string) => `
const { parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');
require(${JSON.stringify(path.join(ROOT, 'node_modules', 'ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(path.join(ROOT, 'tsconfig.json'))} });
const two = require(${JSON.stringify(path.join(ROOT, 'scripts', 'two-paths.ts'))});
const { processFile } = require(${JSON.stringify(dist)} + '/cli/process-file.js');
const fault = (e) => ({ file: '', ok: false, code: 'threw: ' + String(e && e.message).split('\\n')[0], message: {} });
parentPort.on('message', async ({ file, maxSeconds }) => {
  const s = { asOf: ${JSON.stringify(AS_OF)}, dueSoonDays: 30, maxSeconds };
  const t0 = performance.now();
  const cli = await two.cliPath(processFile, file, s).catch((e) => ({ validate: fault(e), report: fault(e) }));
  const t1 = performance.now();
  let page;
  try { page = await two.pagePath(file, new Uint8Array(fs.readFileSync(file)), s); } catch (e) { page = fault(e); }
  const t2 = performance.now();
  const v = cli.validate;
  const heapMb = v8.getHeapStatistics().total_heap_size / 1048576;
  parentPort.postMessage({
    file, outcome: two.codeOf(v), page: two.codeOf(page), diff: two.differences(cli, page), ms: t1 - t0, pageMs: t2 - t1, heapMb,
    sheets: v.ok ? v.sheets.length : 0, kinds: v.ok ? v.sheets.map((x) => x.kind[0]).join('') : '',
  });
});
`;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : EXT.test(e.name) ? [p] : [];
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: 'string', default: DIST }, jobs: { type: 'string', default: '2' }, 'max-seconds': { type: 'string', default: '60' }, 'max-mb': { type: 'string', default: '500' }, list: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('usage: npm run corpus -- <folder> [--jobs 2] [--max-seconds 60] [--max-mb 500] [--list]');
  const dist = path.resolve(values.dist);
  if (!fs.existsSync(path.join(dist, 'cli', 'process-file.js'))) throw new Error(`${dist}/cli is not built: npm run build:cli`);
  const WORKER = worker(dist);
  const files = positionals.flatMap((p) => (fs.statSync(p).isDirectory() ? walk(p) : [p])).sort();
  const maxSeconds = Number(values['max-seconds']);
  const maxMb = Number(values['max-mb']);
  const rows: Row[] = [];
  let next = 0;
  const t0 = performance.now();
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const w = new Worker(WORKER, { eval: true, resourceLimits: { maxOldGenerationSizeMb: maxMb } });
      let current: string | null = null;
      let started = 0;
      let timer: NodeJS.Timeout | null = null;
      const feed = () => {
        if (next >= files.length) {
          current = null;
          void w.terminate();
          return;
        }
        current = files[next++];
        started = performance.now();
        w.postMessage({ file: current, maxSeconds });
        // Three reads (validate, report, the page), each stopping itself at maxSeconds; the worker is ended a
        // little after all three could have.
        const limit = 3 * maxSeconds + 2;
        timer = setTimeout(() => {
          const outcome = `over ${limit} s (worker ended)`;
          rows.push({ file: current!, outcome, page: outcome, diff: [], ms: performance.now() - started, pageMs: 0, heapMb: 0, sheets: 0, kinds: '' });
          current = null;
          void w.terminate();
        }, limit * 1000);
      };
      w.on('message', (r: Row) => {
        if (timer) clearTimeout(timer);
        rows.push(r);
        if (rows.length % 100 === 0) process.stderr.write(`… ${rows.length}/${files.length}\n`);
        feed();
      });
      w.on('error', (e) => {
        if (timer) clearTimeout(timer);
        const outcome = /memory/i.test(e.message) ? `over ${maxMb} MB heap (worker ended)` : `worker error: ${e.message}`;
        if (current) rows.push({ file: current, outcome, page: outcome, diff: [], ms: performance.now() - started, pageMs: 0, heapMb: maxMb, sheets: 0, kinds: '' });
        current = null;
      });
      w.on('exit', () => {
        if (timer) clearTimeout(timer);
        // A worker ended by a limit: a fresh one takes the rest.
        if (next < files.length) one().then(resolve);
        else resolve();
      });
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Number(values.jobs)) }, one));
  const wall = performance.now() - t0;

  const byOutcome = new Map<string, number>();
  const byExt = new Map<string, Map<string, number>>();
  for (const r of rows) {
    byOutcome.set(r.outcome, (byOutcome.get(r.outcome) ?? 0) + 1);
    const ext = path.extname(r.file).toLowerCase();
    const m = byExt.get(ext) ?? new Map<string, number>();
    m.set(r.outcome, (m.get(r.outcome) ?? 0) + 1);
    byExt.set(ext, m);
  }
  const out: string[] = [];
  out.push(`cchc corpus run — ${files.length} files under ${positionals.join(', ')}; build ${path.relative(process.cwd(), dist) || '.'}; ${values.jobs} workers; limits ${maxSeconds} s and ${maxMb} MB heap per file`);
  out.push('', 'outcome                          files');
  for (const [k, n] of [...byOutcome].sort((a, b) => b[1] - a[1])) out.push(`  ${k.padEnd(31)}${String(n).padStart(5)}`);
  out.push('', 'by extension');
  for (const [ext, m] of [...byExt].sort()) out.push(`  ${ext.padEnd(6)} ${[...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const task = rows.filter((r) => r.kinds.includes('t')).length;
  const index = rows.filter((r) => r.kinds.includes('i')).length;
  out.push('', `recognised as task sheets: ${task} files; as index sheets: ${index} files (foreign workbooks: expected none or few)`);
  const differ = rows.filter((r) => r.diff.length > 0);
  out.push('', `outcome differs between the CLI and the page: ${differ.length} files`);
  for (const r of differ) out.push(`  ${r.diff.join('; ').padEnd(40)} ${path.relative(process.cwd(), r.file)}`);
  const faults = rows.filter((r) => /^(threw|worker error|reader-failed)/.test(r.outcome) || /^(threw|reader-failed)/.test(r.page));
  out.push('', `faults of ours (an exception out of the reader, a stack trace, reader-failed): ${faults.length}${faults.length ? ' — ' + faults.map((r) => `${path.basename(r.file)} (${r.outcome} / ${r.page})`).join(', ') : ''}`);
  // The slower of one CLI read (validate and report read the file once each) and the page's read.
  const slow = (r: Row) => Math.max(r.ms / 2, r.pageMs);
  out.push('', 'slowest files (one read and check: the CLI\'s validate or report, or the page\'s)');
  for (const r of [...rows].sort((a, b) => slow(b) - slow(a)).slice(0, 10)) out.push(`  ${(slow(r) / 1000).toFixed(2).padStart(6)} s  ${r.heapMb.toFixed(0).padStart(4)} MB heap  ${r.outcome.padEnd(18)} ${path.relative(process.cwd(), r.file)}`);
  out.push('', `largest heap after a file: ${Math.max(0, ...rows.map((r) => r.heapMb)).toFixed(0)} MB; peak memory of the whole run (max RSS, all threads): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; wall ${(wall / 1000).toFixed(1)} s`);
  const over = rows.filter((r) => slow(r) > maxSeconds * 1000 || /over/.test(r.outcome));
  out.push(`files over ${maxSeconds} s or ${maxMb} MB: ${over.length}${over.length ? ' — ' + over.map((r) => path.basename(r.file)).join(', ') : ''}`);
  if (values.list) {
    out.push('', 'every file not read');
    for (const r of rows.filter((x) => x.outcome !== 'read').sort((a, b) => a.outcome.localeCompare(b.outcome) || a.file.localeCompare(b.file))) out.push(`  ${r.outcome.padEnd(18)} ${path.relative(process.cwd(), r.file)}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
