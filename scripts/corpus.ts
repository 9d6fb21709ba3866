/**
 * npm run corpus -- <folder> [--jobs 2] [--max-seconds 10] [--max-mb 500] [--list] [--dist <an older build>]
 *
 * Runs cchc's per-file pipeline (read with core/io/read, then validate: what `cchc validate` does to each
 * file) over every workbook under a folder, in worker threads, and prints the counts by outcome, the slowest
 * files and the peak memory. A file over the time limit has its worker ended; one over the memory limit
 * exhausts its worker's heap (resourceLimits); either is counted, never a hang. Corpora are not committed:
 * bring them yourself (the README names the public test suites this was run on).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const EXT = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|xml)$/i;

type Row = { file: string; outcome: string; ms: number; heapMb: number; sheets: number; kinds: string };

/**
 * The worker: cchc's processFile from a build (dist/ by default). With --dist pointing at an older build that
 * has no process-file.js (before the pool), its loadWorkbookFile and validateWorkbook do the same job, for
 * before/after counts.
 */
const worker = (dist: string) => `
const { parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');
const dist = ${JSON.stringify(dist)};
const processFile = fs.existsSync(dist + '/cli/process-file.js')
  ? require(dist + '/cli/process-file.js').processFile
  : async (t) => {
      const loaded = await require(dist + '/cli/input.js').loadWorkbookFile(t.file);
      if (!loaded.ok) return { ok: false, code: loaded.code };
      return { ok: true, sheets: require(dist + '/core/index.js').validateWorkbook(loaded.grids, { asOf: t.asOf }).sheets };
    };
parentPort.on('message', async ({ file, maxSeconds }) => {
  const t0 = performance.now();
  let outcome, sheets = 0, kinds = '';
  try {
    const o = await processFile({ job: 'validate', file, asOf: '2024-09-30', dueSoonDays: 30, limits: { maxSeconds } });
    outcome = o.ok ? 'read' : o.code;
    if (o.ok) { sheets = o.sheets.length; kinds = o.sheets.map((s) => s.kind[0]).join(''); }
  } catch (e) { outcome = 'threw: ' + (e && e.message); }
  const heapMb = v8.getHeapStatistics().total_heap_size / 1048576;
  parentPort.postMessage({ file, outcome, ms: performance.now() - t0, heapMb, sheets, kinds });
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
    options: { dist: { type: 'string', default: DIST }, jobs: { type: 'string', default: '2' }, 'max-seconds': { type: 'string', default: '10' }, 'max-mb': { type: 'string', default: '500' }, list: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('usage: npm run corpus -- <folder> [--jobs 2] [--max-seconds 10] [--max-mb 500] [--list]');
  const dist = path.resolve(values.dist);
  if (!fs.existsSync(path.join(dist, 'cli', 'input.js'))) throw new Error(`${dist}/cli is not built: npm run build:cli`);
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
        // The reader stops itself at maxSeconds; the worker is ended a little later if it did not.
        timer = setTimeout(() => {
          rows.push({ file: current!, outcome: `over ${maxSeconds + 2} s (worker ended)`, ms: performance.now() - started, heapMb: 0, sheets: 0, kinds: '' });
          current = null;
          void w.terminate();
        }, (maxSeconds + 2) * 1000);
      };
      w.on('message', (r: Row) => {
        if (timer) clearTimeout(timer);
        rows.push(r);
        if (rows.length % 100 === 0) process.stderr.write(`… ${rows.length}/${files.length}\n`);
        feed();
      });
      w.on('error', (e) => {
        if (timer) clearTimeout(timer);
        if (current) rows.push({ file: current, outcome: /memory/i.test(e.message) ? `over ${maxMb} MB heap (worker ended)` : `worker error: ${e.message}`, ms: performance.now() - started, heapMb: maxMb, sheets: 0, kinds: '' });
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
  out.push('', 'slowest files');
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 10)) out.push(`  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${r.heapMb.toFixed(0).padStart(4)} MB heap  ${r.outcome.padEnd(18)} ${path.relative(process.cwd(), r.file)}`);
  out.push('', `largest heap after a file: ${Math.max(0, ...rows.map((r) => r.heapMb)).toFixed(0)} MB; peak memory of the whole run (max RSS, all threads): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; wall ${(wall / 1000).toFixed(1)} s`);
  const over = rows.filter((r) => r.ms > maxSeconds * 1000 || /over/.test(r.outcome));
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
