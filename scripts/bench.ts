/**
 * npm run bench — how fast and how big, on this machine (issue 7). Not a test: it prints a table.
 *
 *   1. core validation throughput on in-memory grids of 1 000, 10 000 and 100 000 task rows, and whether the
 *      time grows linearly (time(10×rows) / time(rows) ≤ 11); goal: 10 000 rows in under 100 ms;
 *   2. `cchc report` over 60 agency workbooks of 200 rows, end to end in a child process, against the bare
 *      cost of loading the same files with exceljs in a child process (start-up counted on both sides);
 *      goal: at most 1.3 × the bare read;
 *   3. Office.js round trips of the add-in (hook for the add-in: see officeRoundTrips below);
 *   4. peak memory of that `cchc report`;
 *   5. the task pane's JavaScript, minified and gzipped, office.js excluded (hook: see taskPaneSize below).
 *
 * The workbooks are generated (scripts/bench-data.ts): seed 004's rows as templates, deterministic. Medians over
 * several runs after a warm-up. No garbage collection is forced between runs: a forced collection shrinks the
 * young generation, and the next run pays for growing it again, which no real host does.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { validateWorkbook, type GridInput } from '../core';
import { agencyWorkbooks, generatePlanSheet } from './bench-data';
import { buildBuffer } from './build-samples';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const AS_OF = '2024-09-30';

type Row = { n: string; measure: string; size: string; median: string; runs: string; detail: string; goal: string; result: string };
const rows: Row[] = [];
const add = (r: Partial<Row> & Pick<Row, 'n' | 'measure'>) => rows.push({ size: '', median: '', runs: '', detail: '', goal: '', result: '', ...r });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Builds the CLI when dist/ is missing or older than the sources, so the children run today's code. */
function ensureBuilt(): void {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
      const p = path.join(dir, e.name);
      return Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith('.ts') ? fs.statSync(p).mtimeMs : 0);
    }, 0);
  const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
  const distNewest = fs.existsSync(path.join(ROOT, 'dist', 'cli')) ? newestJs(path.join(ROOT, 'dist')) : 0;
  if (built === 0 || Math.max(newest(path.join(ROOT, 'core')), newest(path.join(ROOT, 'cli'))) > distNewest) {
    log('building the CLI (npm run build:cli)…');
    const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
}
function newestJs(dir: string): number {
  let t = 0;
  for (const sub of ['cli', 'core']) {
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.js')) t = Math.max(t, fs.statSync(p).mtimeMs);
      }
    };
    if (fs.existsSync(path.join(dir, sub))) walk(path.join(dir, sub));
  }
  return t;
}

// ------------------------------------------------------------------------------------------- 1. the core

function benchCore(): void {
  const sizes = [
    { rows: 1_000, runs: 9 },
    { rows: 10_000, runs: 7 },
    { rows: 100_000, runs: 5 },
  ];
  // Warm the JIT and the process-wide caches (the default directory, agency names) as a long-running host would.
  validateWorkbook([generatePlanSheet({ rows: 2_000, seed: 99 })], { asOf: AS_OF });
  const medians: number[] = [];
  const mins: number[] = [];
  for (const { rows: n, runs } of sizes) {
    log(`core: ${thousands(n)} rows…`);
    const grid: GridInput = generatePlanSheet({ rows: n, seed: 1 });
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const result = validateWorkbook([grid], { asOf: AS_OF });
      const t = performance.now() - t0;
      if (i > 0) times.push(t); // the first run of each size is a warm-up
      findings = result.stats.errors + result.stats.warnings + result.stats.infos;
    }
    const m = median(times);
    medians.push(m);
    mins.push(Math.min(...times));
    add({
      n: '1',
      measure: 'core validateWorkbook (GridInput)',
      size: `${thousands(n)} rows, ${thousands(grid.merges!.length)} merges`,
      median: ms(m),
      runs: `${runs} (+1 warm-up)`,
      detail: `${thousands((n / m) * 1000)} rows/s; ${thousands(findings)} findings; min ${ms(Math.min(...times))}`,
      goal: n === 10_000 ? '< 100 ms' : '',
      result: n === 10_000 ? (m < 100 ? 'ok' : 'MISSED') : '',
    });
  }
  for (const [a, b] of [
    [0, 1],
    [1, 2],
  ]) {
    // Judged on the fastest runs as well as the medians: on a shared machine a busy moment can fall on one
    // size and not the other, and growth is a property of the code, not of the neighbours.
    const ratio = medians[b] / medians[a];
    const best = mins[b] / mins[a];
    add({
      n: '1',
      measure: `linearity: time(${thousands(sizes[b].rows)}) / time(${thousands(sizes[a].rows)})`,
      median: ratio.toFixed(2),
      detail: `${best.toFixed(2)} on the fastest runs`,
      goal: '≤ 11',
      result: ratio <= 11 ? 'ok' : best <= 11 ? 'ok (fastest runs)' : 'MISSED',
    });
  }
}

// ------------------------------------------------------------------------------------- 2 and 4. the CLI

type ChildRun = { ms: number; rssKb: number | null; status: number | null; stderr: string };

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `node args` in a child, timed from spawn to exit; peak RSS from /usr/bin/time, or reported by the child. */
function runChild(args: string[], env: NodeJS.ProcessEnv = {}): ChildRun {
  const rssFile = path.join(os.tmpdir(), `cchc-bench-rss-${process.pid}`);
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env, CCHC_PRINT_MAXRSS: TIME ? '' : '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const t = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssKb: number | null = null;
  if (TIME && fs.existsSync(rssFile)) {
    rssKb = Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    fs.rmSync(rssFile, { force: true });
  } else {
    const m = /(?:cchc-maxrss-kb|bare-maxrss-kb)=(\d+)/.exec(r.stderr ?? '');
    if (m) rssKb = Number(m[1]);
  }
  return { ms: t, rssKb: rssKb !== null && Number.isFinite(rssKb) ? rssKb : null, status: r.status, stderr: r.stderr ?? '' };
}

async function benchCli(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  try {
    log('writing 60 agency workbooks of 200 rows…');
    const t0 = performance.now();
    const files: string[] = [];
    for (const wb of agencyWorkbooks(60, 200)) {
      const file = path.join(dir, wb.file);
      fs.writeFileSync(file, await buildBuffer(wb));
      files.push(file);
    }
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    log(`  ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${ms(performance.now() - t0)}`);

    // The bare cost: a child that only loads each file with exceljs.
    const bare = path.join(dir, 'bare-read.js');
    fs.writeFileSync(
      bare,
      `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});\nconst fs = require('fs');\n(async () => {\n  for (const f of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));\n  if (process.env.CCHC_PRINT_MAXRSS === '1') process.stderr.write('bare-maxrss-kb=' + process.resourceUsage().maxRSS + '\\n');\n})().catch((e) => { console.error(e); process.exit(1); });\n`,
    );

    const RUNS = 5;
    const bareRuns: ChildRun[] = [];
    const reportRuns: ChildRun[] = [];
    const validateRuns: ChildRun[] = [];
    runChild([bare, ...files.slice(0, 5)]); // warm the disk cache and the module cache of the OS
    for (let i = 0; i < RUNS; i++) {
      log(`cli: run ${i + 1}/${RUNS}…`);
      // Interleaved, so a busy moment of the machine falls on both sides alike.
      bareRuns.push(runChild([bare, ...files]));
      const out = path.join(dir, `tong-hop-${i}.xlsx`);
      const rep = runChild([CLI, 'report', ...files, '--period', '2024-Q3', '--out', out]);
      if (!fs.existsSync(out) || (rep.status !== 0 && rep.status !== 1)) throw new Error(`cchc report failed (${rep.status}): ${rep.stderr}`);
      reportRuns.push(rep);
      validateRuns.push(runChild([CLI, 'validate', ...files, '--as-of', AS_OF, '--json']));
    }
    const bareMs = median(bareRuns.map((r) => r.ms));
    const reportMs = median(reportRuns.map((r) => r.ms));
    const validateMs = median(validateRuns.map((r) => r.ms));
    const ratio = reportMs / bareMs;
    const size = '60 workbooks × 200 rows';
    add({ n: '2', measure: 'bare read: exceljs load of each file (child)', size, median: ms(bareMs), runs: String(RUNS), detail: `min ${ms(Math.min(...bareRuns.map((r) => r.ms)))}` });
    add({ n: '2', measure: 'cchc report … --out (child, end to end)', size, median: ms(reportMs), runs: String(RUNS), detail: `min ${ms(Math.min(...reportRuns.map((r) => r.ms)))}; report ${(fs.statSync(path.join(dir, 'tong-hop-0.xlsx')).size / 1024).toFixed(0)} kB` });
    add({ n: '2', measure: 'ratio: cchc report / bare read', median: `${ratio.toFixed(2)}×`, goal: '≤ 1.3×', result: ratio <= 1.3 ? 'ok' : 'MISSED' });
    add({ n: '2', measure: 'cchc validate --json (child, for reference)', size, median: ms(validateMs), runs: String(RUNS), detail: `${(validateMs / bareMs).toFixed(2)}× the bare read` });

    // One big plan: a 10 000-row appendix (8 000 merged areas), written by exceljs like the samples.
    log('writing a 10 000-row workbook…');
    const big = path.join(dir, 'ke-hoach-10000-dong.xlsx');
    fs.writeFileSync(big, await buildBuffer({ file: 'ke-hoach-10000-dong.xlsx', source: 'generated', sheets: [generatePlanSheet({ rows: 10_000, seed: 3 })] }));
    const bigBare: ChildRun[] = [];
    const bigValidate: ChildRun[] = [];
    for (let i = 0; i < 3; i++) {
      log(`cli: 10 000-row workbook, run ${i + 1}/3…`);
      bigBare.push(runChild([bare, big]));
      bigValidate.push(runChild([CLI, 'validate', big, '--as-of', AS_OF, '--json']));
    }
    const bigSize = `1 file, 10 000 rows (${(fs.statSync(big).size / 1024).toFixed(0)} kB)`;
    add({ n: '2', measure: 'bare read: exceljs load (child)', size: bigSize, median: ms(median(bigBare.map((r) => r.ms))), runs: '3' });
    add({ n: '2', measure: 'cchc validate --json (child, end to end)', size: bigSize, median: ms(median(bigValidate.map((r) => r.ms))), runs: '3', detail: `${(median(bigValidate.map((r) => r.ms)) / median(bigBare.map((r) => r.ms))).toFixed(2)}× the bare read` });

    const rss = reportRuns.map((r) => r.rssKb).filter((x): x is number => x !== null);
    const bareRss = bareRuns.map((r) => r.rssKb).filter((x): x is number => x !== null);
    add({
      n: '4',
      measure: 'peak memory (max RSS) of cchc report',
      size,
      median: rss.length ? mb(median(rss)) : 'n/a',
      runs: String(rss.length),
      detail: `${TIME ? '/usr/bin/time' : 'process.resourceUsage()'}; bare read ${bareRss.length ? mb(median(bareRss)) : 'n/a'}`,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------ 3 and 5. the add-in hooks

const ADDIN_SRC = path.join(ROOT, 'addin');
const ADDIN_DIST = path.join(ROOT, 'dist', 'addin');
const ADDIN_BENCH = path.join(__dirname, 'bench-addin.ts');

/**
 * Office.js round trips: scripts/bench-addin.ts's
 * `officeRoundTrips(): Promise<Array<{ action: 'validate' | 'report'; sheets: 1 | 10 | 60; syncs: number; largestPayloadBytes: number }>>`
 * is printed: syncs and the largest request payload for validate and report on 1, 10 and 60 sheets in the
 * in-memory host (addin/host/memory-excel.ts).
 */
async function officeRoundTrips(): Promise<void> {
  if (!fs.existsSync(ADDIN_SRC) || !fs.existsSync(ADDIN_DIST)) {
    add({ n: '3', measure: 'Office.js round trips', median: 'n/a (add-in not built yet)' });
    return;
  }
  if (!fs.existsSync(ADDIN_BENCH)) {
    add({ n: '3', measure: 'Office.js round trips (syncs, largest payload)', median: 'n/a', detail: 'scripts/bench-addin.ts is missing' });
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(ADDIN_BENCH) as { officeRoundTrips?: () => Promise<Array<{ action: string; sheets: number; syncs: number; largestPayloadBytes: number }>> };
  for (const r of (await mod.officeRoundTrips?.()) ?? []) {
    add({ n: '3', measure: `Office.js: ${r.action}`, size: `${r.sheets} sheet${r.sheets === 1 ? '' : 's'}`, median: `${r.syncs} syncs`, detail: `largest payload ${thousands(r.largestPayloadBytes)} B` });
  }
}

/**
 * The add-in's JavaScript as built (dist/addin, minified by webpack), gzipped at level 9, office.js excluded.
 * In Excel the task pane loads taskpane.js (and the small ES5 unsupported.js); preview.js is preview.html's,
 * outside Office. Every bundle is listed and the task pane's own is marked against the 300 KB goal.
 */
function taskPaneSize(): void {
  if (!fs.existsSync(ADDIN_SRC) || !fs.existsSync(ADDIN_DIST)) {
    add({ n: '5', measure: 'task pane JavaScript', median: 'n/a (add-in not built yet)' });
    return;
  }
  const js: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') && !/^office(\.debug)?\.js$/i.test(e.name)) js.push(p);
    }
  };
  walk(ADDIN_DIST);
  if (js.length === 0) {
    add({ n: '5', measure: 'task pane JavaScript', median: 'n/a (add-in not built yet)' });
    return;
  }
  for (const f of js.sort()) {
    const buf = fs.readFileSync(f);
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    const name = path.relative(ROOT, f);
    const pane = /taskpane\.js$/.test(name);
    add({
      n: '5',
      measure: `JS bundle ${name}${pane ? ' (task pane in Excel)' : /preview/.test(name) ? ' (preview only)' : ''}`,
      median: `${(gz / 1024).toFixed(1)} kB gzip`,
      detail: `${(buf.length / 1024).toFixed(1)} kB minified`,
      ...(pane ? { goal: '< 300 kB min.', result: buf.length < 300 * 1024 ? 'ok' : 'MISSED' } : {}),
    });
  }
}

// ------------------------------------------------------------------------------------------------ table

function print(): void {
  const cpus = os.cpus();
  const head = [
    `cchc benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, ${os.platform()} ${os.release()}; Node ${process.version}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
    '',
  ];
  const cols: Array<[keyof Row, string]> = [
    ['n', '#'],
    ['measure', 'measure'],
    ['size', 'size'],
    ['median', 'median'],
    ['runs', 'runs'],
    ['detail', 'detail'],
    ['goal', 'goal'],
    ['result', 'result'],
  ];
  const width = (s: string) => [...s].length;
  const w = cols.map(([k, h]) => Math.max(width(h), ...rows.map((r) => width(r[k]))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(w[i] - width(c))).join(' | ')} |`;
  const out = [...head, line(cols.map(([, h]) => h)), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map((r) => line(cols.map(([k]) => r[k])))];
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  ensureBuilt();
  benchCore();
  await benchCli();
  await officeRoundTrips();
  taskPaneSize();
  print();
  log(`(bench took ${ms(performance.now() - t0)})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
