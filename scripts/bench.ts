/**
 * npm run bench — how fast and how big, on this machine (issue 7). Not a test: it prints a table.
 *
 *   1. core validation throughput on in-memory grids of 1 000, 10 000 and 100 000 task rows, and whether the
 *      time grows linearly (time(10×rows) / time(rows) ≤ 11); goal: 10 000 rows in under 100 ms;
 *   2. the CLI end to end in child processes against the floor measured in the same run (a child that only
 *      unzips each file with zlib and tokenizes its XML with saxes): `cchc validate --json` on a 10 000-row,
 *      8 000-merge plan (goal ≤ 3× the floor); `cchc report --out` over 60 agency workbooks of 200 rows (goal
 *      ≤ 3× the floor and ≤ 1.0× a bare exceljs load of the same files); the same on .xls and .ods copies
 *      made by LibreOffice;
 *   3. Office.js round trips of the add-in (hook for the add-in: see officeRoundTrips below);
 *   4. peak memory of `cchc report` over 60, 240 and 1 000 workbooks (goal ≤ 300 MB at 1 000, growth from 240
 *      to 1 000 no more than the report's own size), and a projection for 34 provinces × 100 workbooks;
 *   5. the task pane's JavaScript, minified and gzipped, office.js excluded (hook: see taskPaneSize below);
 *   6. the report writer (core/io/write) alone, on the report of 60 agency workbooks of 200 rows: time, size, and
 *      the live memory it adds to the spec it writes;
 *   7. the web page (dist/web) in Chromium: 60 agency workbooks of 200 rows from the drop to the downloaded report,
 *      against `cchc report --out` on the same files in the same run (goal ≤ 2×), and the page's bundles.
 *      `npm run bench -- web` runs this row alone.
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
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { consolidate, layoutReport, makePeriod, validateWorkbook, type GridInput } from '../core';
import { streamReportXlsx } from '../core/io/write';
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

/**
 * The floor: a child that only unzips each file with Node's zlib and tokenizes its XML parts with saxes (the
 * streaming parser the reader uses), keeping nothing. No reader of these files can do less work.
 */
const FLOOR_JS = `const fs = require('fs');
const zlib = require('zlib');
const { SaxesParser } = require(${JSON.stringify(require.resolve('saxes'))});
let nodes = 0;
for (const f of process.argv.slice(2)) {
  const buf = fs.readFileSync(f);
  if (buf.readUInt32LE(0) !== 0x04034b50) continue; // .xls: nothing to unzip or tokenize
  let e = buf.length - 22;
  while (buf.readUInt32LE(e) !== 0x06054b50) e--;
  const n = buf.readUInt16LE(e + 10);
  let p = buf.readUInt32LE(e + 16);
  for (let k = 0; k < n; k++) {
    const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20), nl = buf.readUInt16LE(p + 28), xl = buf.readUInt16LE(p + 30), cl = buf.readUInt16LE(p + 32), lo = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nl);
    p += 46 + nl + xl + cl;
    if (!/\\.xml$/.test(name)) continue;
    const s = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
    const data = method === 8 ? zlib.inflateRawSync(buf.subarray(s, s + size)) : buf.subarray(s, s + size);
    const parser = new SaxesParser({ position: false });
    parser.on('opentag', () => nodes++);
    parser.on('text', () => nodes++);
    parser.write(data.toString('utf8')).close();
  }
}
if (process.env.CCHC_PRINT_MAXRSS === '1') process.stderr.write('bare-maxrss-kb=' + process.resourceUsage().maxRSS + '\\n');
`;

const BARE_EXCELJS_JS = `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
const fs = require('fs');
(async () => {
  for (const f of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));
  if (process.env.CCHC_PRINT_MAXRSS === '1') process.stderr.write('bare-maxrss-kb=' + process.resourceUsage().maxRSS + '\\n');
})().catch((e) => { console.error(e); process.exit(1); });
`;

async function writeWorkbooks(dir: string, count: number, rows: number): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const wb of agencyWorkbooks(count, rows)) {
    const file = path.join(dir, wb.file);
    fs.writeFileSync(file, await buildBuffer(wb));
    files.push(file);
  }
  return files;
}

/** Runs each command `runs` times, interleaved, so a busy moment of the machine falls on all alike. */
function interleaved(runs: number, cmds: Record<string, () => ChildRun>): Record<string, ChildRun[]> {
  const out: Record<string, ChildRun[]> = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    log(`cli: run ${i + 1}/${runs}…`);
    for (const [k, run] of Object.entries(cmds)) out[k].push(run());
  }
  return out;
}

const med = (runs: ChildRun[]) => median(runs.map((r) => r.ms));
const medRss = (runs: ChildRun[]) => median(runs.map((r) => r.rssKb ?? NaN).filter(Number.isFinite));
const ratioRow = (n: string, measure: string, a: number, b: number, goal: number) =>
  add({ n, measure, median: `${(a / b).toFixed(2)}×`, goal: `≤ ${goal.toFixed(1)}×`, result: a / b <= goal ? 'ok' : 'MISSED' });

async function benchCli(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  try {
    const floor = path.join(dir, 'floor.js');
    fs.writeFileSync(floor, FLOOR_JS);
    const bare = path.join(dir, 'bare-exceljs.js');
    fs.writeFileSync(bare, BARE_EXCELJS_JS);
    const check = (r: ChildRun, what: string) => {
      if (r.status !== 0 && r.status !== 1) throw new Error(`${what} failed (${r.status}): ${r.stderr}`);
      return r;
    };

    // One big plan: a 10 000-row appendix (8 000 merged areas), written by exceljs like the samples.
    log('writing a 10 000-row workbook…');
    const big = path.join(dir, 'ke-hoach-10000-dong.xlsx');
    fs.writeFileSync(big, await buildBuffer({ file: 'ke-hoach-10000-dong.xlsx', source: 'generated', sheets: [generatePlanSheet({ rows: 10_000, seed: 3 })] }));
    const bigSize = `1 file, 10 000 rows, 8 000 merges (${(fs.statSync(big).size / 1024).toFixed(0)} kB)`;
    runChild([floor, big]);
    const b = interleaved(5, {
      floor: () => check(runChild([floor, big]), 'floor'),
      validate: () => check(runChild([CLI, 'validate', big, '--as-of', AS_OF, '--json']), 'cchc validate'),
    });
    const bigBare = [check(runChild([bare, big]), 'exceljs')];
    add({ n: '2', measure: 'floor: zlib + saxes tokens (child)', size: bigSize, median: ms(med(b.floor)), runs: '5' });
    add({ n: '2', measure: 'cchc validate --json (child, end to end)', size: bigSize, median: ms(med(b.validate)), runs: '5', detail: `today 12.4 s; bare exceljs load ${ms(med(bigBare))}` });
    ratioRow('2', 'ratio: cchc validate / floor', med(b.validate), med(b.floor), 3);

    log('writing 60 agency workbooks of 200 rows…');
    const t0 = performance.now();
    const files = await writeWorkbooks(path.join(dir, 'xlsx'), 60, 200);
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    log(`  ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${ms(performance.now() - t0)}`);
    const size = '60 workbooks × 200 rows';
    runChild([bare, ...files.slice(0, 5)]); // warm the disk cache and the module cache of the OS
    const report = (fs2: string[], out: string) => () => {
      const r = check(runChild([CLI, 'report', ...fs2, '--period', '2024-Q3', '--out', out, '--force']), 'cchc report');
      if (!fs.existsSync(out)) throw new Error(`cchc report wrote no ${out}: ${r.stderr}`);
      return r;
    };
    const reportOut = path.join(dir, 'tong-hop.xlsx');
    const c = interleaved(5, {
      floor: () => check(runChild([floor, ...files]), 'floor'),
      bare: () => check(runChild([bare, ...files]), 'exceljs'),
      report: report(files, reportOut),
      validate: () => check(runChild([CLI, 'validate', ...files, '--as-of', AS_OF, '--json']), 'cchc validate'),
    });
    add({ n: '2', measure: 'floor: zlib + saxes tokens (child)', size, median: ms(med(c.floor)), runs: '5' });
    add({ n: '2', measure: 'bare read: exceljs load of each file (child)', size, median: ms(med(c.bare)), runs: '5' });
    add({ n: '2', measure: 'cchc report … --out (child, end to end)', size, median: ms(med(c.report)), runs: '5', detail: `report ${(fs.statSync(reportOut).size / 1024).toFixed(0)} kB, written by the writer on this branch` });
    ratioRow('2', 'ratio: cchc report / floor', med(c.report), med(c.floor), 3);
    ratioRow('2', 'ratio: cchc report / bare exceljs read (today 2.98×)', med(c.report), med(c.bare), 1);
    add({ n: '2', measure: 'cchc validate --json (child)', size, median: ms(med(c.validate)), runs: '5', detail: `${(med(c.validate) / med(c.floor)).toFixed(2)}× the floor` });

    // The same 60 workbooks as .xls and .ods, made by LibreOffice as an office's copies would be.
    if (spawnSync('sh', ['-c', 'command -v soffice']).status === 0) {
      for (const [filter, ext] of [['xls:MS Excel 97', 'xls'], ['ods', 'ods']] as const) {
        log(`converting the 60 workbooks to .${ext} with LibreOffice…`);
        const outDir = path.join(dir, ext);
        fs.mkdirSync(outDir, { recursive: true });
        spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 600_000 });
        const twins = files.map((f) => path.join(outDir, path.basename(f).replace(/\.xlsx$/, `.${ext}`))).filter((f) => fs.existsSync(f));
        if (twins.length !== files.length) {
          add({ n: '2', measure: `.${ext} copies`, size, median: 'n/a', detail: `LibreOffice converted ${twins.length} of ${files.length}` });
          continue;
        }
        const out = path.join(dir, `tong-hop-${ext}.xlsx`);
        const x = interleaved(3, { floor: () => check(runChild([floor, ...twins]), 'floor'), report: report(twins, out) });
        const floorMs = ext === 'ods' ? med(x.floor) : med(c.floor);
        add({ n: '2', measure: `cchc report … --out on .${ext} copies (child)`, size, median: ms(med(x.report)), runs: '3', detail: ext === 'ods' ? `floor (zlib + saxes over content.xml) ${ms(floorMs)}` : `.xls has no zip or XML: against the .xlsx twins' floor ${ms(floorMs)}` });
        ratioRow('2', `ratio: cchc report on .${ext} / floor`, med(x.report), floorMs, 3);
      }
    } else add({ n: '2', measure: '.xls and .ods copies', median: 'n/a (LibreOffice not installed)' });

    // Peak memory as the number of workbooks grows: flat memory means the growth is the report's own.
    const memory: Array<{ n: number; rssKb: number; ms: number; reportKb: number }> = [];
    for (const n of [60, 240, 1000]) {
      log(`peak memory: ${n} workbooks…`);
      const many = n === 60 ? files : await writeWorkbooks(path.join(dir, `m${n}`), n, 200);
      const out = path.join(dir, `tong-hop-${n}.xlsx`);
      const r = report(many, out)();
      memory.push({ n, rssKb: r.rssKb ?? NaN, ms: r.ms, reportKb: fs.statSync(out).size / 1024 });
      add({ n: '4', measure: 'peak memory (max RSS) of cchc report', size: `${n} workbooks × 200 rows`, median: mb(r.rssKb ?? NaN), runs: '1', detail: `${ms(r.ms)}; report ${(fs.statSync(out).size / 1024 / 1024).toFixed(1)} MB; today ${n === 60 ? '457 MB' : n === 240 ? '1.1 GB' : 'n/a'}`, ...(n === 1000 ? { goal: '≤ 300 MB', result: (r.rssKb ?? Infinity) <= 300 * 1024 ? 'ok' : 'MISSED' } : {}) });
      if (n !== 60) fs.rmSync(path.join(dir, `m${n}`), { recursive: true, force: true });
    }
    const [, m240, m1000] = memory;
    const growthMb = (m1000.rssKb - m240.rssKb) / 1024;
    const reportMb = m1000.reportKb / 1024;
    add({ n: '4', measure: 'growth of peak memory, 240 → 1 000 workbooks', median: `${growthMb.toFixed(0)} MB`, detail: `the 1 000-workbook report is ${reportMb.toFixed(1)} MB`, goal: '≤ the report', result: growthMb <= Math.max(reportMb, 1) * 1.0 ? 'ok' : 'MISSED' });
    const perFile = m1000.ms / 1000;
    const national = 34 * 100;
    add({
      n: '4',
      measure: 'projection: national roll-up, 34 provinces × 100 workbooks',
      size: `${thousands(national)} workbooks`,
      median: ms(perFile * national),
      detail: `from the 1 000-workbook rate (${perFile.toFixed(0)} ms a workbook); memory ≈ ${mb(m1000.rssKb + ((m1000.rssKb - m240.rssKb) * (national - 1000)) / 760)} by the same growth`,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// --------------------------------------------------------------------------------------- 6. the writer

/**
 * The report writer alone: the spec is made in memory (no file is read), then written 5 times. Its
 * memory is the live heap above the spec's, sampled after a full collection every few chunks: the
 * writer keeps only the shared-string index, the format table and the compressed chunks.
 */
function benchWriter(): void {
  log('writer: laying out the report of 60 workbooks × 200 rows…');
  const inputs = agencyWorkbooks(60, 200).map((w) => ({ file: `nguon/${w.file}`, sheets: validateWorkbook(w.sheets, { asOf: AS_OF }).sheets }));
  const model = consolidate(inputs, { period: makePeriod(2024, 'Q3'), asOf: AS_OF, generatedAt: '2024-10-01T08:00' });
  const spec = layoutReport(model, { links: 'external', linkPath: (f) => `../${f}` });
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const heap = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };
  const created = new Date(Date.UTC(2024, 9, 1, 8));
  const times: number[] = [];
  let size = 0;
  let added = 0;
  for (let i = 0; i <= 5; i++) {
    gc();
    const base = heap();
    let chunks = 0;
    const t0 = performance.now();
    size = 0;
    streamReportXlsx(spec, { created }, (c) => {
      size += c.length;
      // Sampling costs a collection: only on the last run, which is not timed.
      if (i === 5 && ++chunks % 16 === 0) {
        gc();
        added = Math.max(added, heap() - base);
      }
    });
    if (i > 0 && i < 5) times.push(performance.now() - t0);
  }
  const cells = spec.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  add({
    n: '6',
    measure: 'report writer (core/io/write), spec in memory',
    size: `60 workbooks × 200 rows: ${thousands(cells)} cells`,
    median: ms(median(times)),
    runs: '4 (+1 warm-up)',
    detail: `report ${(size / 1024).toFixed(0)} kB; live memory above the spec ${mb(added / 1024)}`,
  });
}

// ------------------------------------------------------------------------------------ 7. the web page

const WEB_DIST = path.join(ROOT, 'dist', 'web');

/** Builds the page when dist/web is missing or older than its sources (web/, core/, addin/). */
function ensureWebBuilt(): void {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
      const p = path.join(dir, e.name);
      return Math.max(t, e.isDirectory() ? newest(p) : /\.(ts|css|html)$/.test(e.name) ? fs.statSync(p).mtimeMs : 0);
    }, 0);
  const built = fs.existsSync(path.join(WEB_DIST, 'app.js')) ? fs.statSync(path.join(WEB_DIST, 'app.js')).mtimeMs : 0;
  if (built === 0 || Math.max(...['web', 'core', 'addin'].map((d) => newest(path.join(ROOT, d)))) > built) {
    log('building the web page (npm run build:page)…');
    const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['webpack', '--mode', 'production', '--config-name', 'web'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
}

/**
 * The page as a user runs it: served by a plain static server on this machine, opened in Chromium, the 60 files
 * given to its file input (what a drop does), the report button pressed at once (it waits for the checks), and
 * the time taken until the report is downloaded whole. Half a second passes between opening the page and the
 * drop, as it would for a person (the page starts its workers as it opens). Interleaved with `cchc report --out`
 * on the same files, 5 runs each.
 */
async function benchWeb(): Promise<void> {
  ensureBuilt();
  ensureWebBuilt();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { launch, startServer } = require('../test/e2e/browser') as typeof import('../test/e2e/browser');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-web-'));
  const { server, origin } = await startServer(WEB_DIST);
  const browser = await launch();
  try {
    log('web: writing 60 agency workbooks of 200 rows…');
    const files = await writeWorkbooks(path.join(dir, 'xlsx'), 60, 200);
    const out = path.join(dir, 'tong-hop.xlsx');
    let reportKb = 0;
    let pageRuns = 0;
    const page = async (): Promise<ChildRun> => {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      try {
        const p = await context.newPage();
        await p.goto(`${origin}/`);
        await p.waitForSelector('#btn-files');
        // The date first (the periods offered follow its year), then Quý III/2024: the as-of becomes 30/09/2024.
        await p.fill('#as-of', '2024-10-05');
        await p.selectOption('#period', '2024-Q3');
        if ((await p.inputValue('#as-of')) !== AS_OF) throw new Error('the page is not set to Q3 2024');
        await p.waitForTimeout(500);
        const t0 = performance.now();
        await p.setInputFiles('#input-files', files);
        const [download] = await Promise.all([p.waitForEvent('download', { timeout: 600_000 }), p.click('#btn-report')]);
        const saved = await download.path();
        const ms = performance.now() - t0;
        if (!saved) throw new Error('the page downloaded nothing');
        reportKb = fs.statSync(saved).size / 1024;
        const text = (await p.textContent('#status')) ?? '';
        if (!/^Đã tải xuống “Tổng hợp Q3-2024\.xlsx”/.test(text)) throw new Error(`the page did not make the report: ${text}`);
        pageRuns++;
        return { ms, rssKb: null, status: 0, stderr: '' };
      } finally {
        await context.close();
      }
    };
    // Warm-up: the disk cache, and Chromium's compiled code for the bundles.
    await page();
    runChild([CLI, 'report', ...files, '--period', '2024-Q3', '--out', out, '--force']);
    const runs = { page: [] as ChildRun[], cli: [] as ChildRun[] };
    for (let i = 0; i < 5; i++) {
      log(`web: run ${i + 1}/5…`);
      runs.page.push(await page());
      const r = runChild([CLI, 'report', ...files, '--period', '2024-Q3', '--out', out, '--force']);
      if (r.status !== 0 && r.status !== 1) throw new Error(`cchc report failed (${r.status}): ${r.stderr}`);
      runs.cli.push(r);
    }
    const size = '60 workbooks × 200 rows';
    add({ n: '7', measure: 'web page in Chromium: drop → downloaded report', size, median: ms(med(runs.page)), runs: String(pageRuns - 1), detail: `report ${reportKb.toFixed(0)} kB; ${Math.min(4, os.cpus().length)} Web Workers` });
    add({ n: '7', measure: 'cchc report … --out (child, end to end)', size, median: ms(med(runs.cli)), runs: '5', detail: `report ${(fs.statSync(out).size / 1024).toFixed(0)} kB; ${Math.min(8, os.cpus().length)} worker threads` });
    ratioRow('7', 'ratio: web page / cchc report', med(runs.page), med(runs.cli), 2);
  } finally {
    await browser.close();
    server.closeAllConnections?.();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's JavaScript as built (dist/web), gzipped at level 9: what the page loads, and what its workers load. */
function webPageSize(): void {
  if (!fs.existsSync(path.join(WEB_DIST, 'app.js'))) {
    add({ n: '5', measure: 'web page JavaScript', median: 'n/a (npm run build:page)' });
    return;
  }
  for (const f of fs.readdirSync(WEB_DIST).filter((x) => x.endsWith('.js')).sort()) {
    const buf = fs.readFileSync(path.join(WEB_DIST, f));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    const role = f === 'app.js' ? 'the page' : f === 'unsupported.js' ? 'the page, ES5 check' : /^cchc-reader\./.test(f) ? 'each Web Worker' : /^engine\./.test(f) ? 'the page, only without workers' : 'the workers (and the page without them)';
    add({ n: '5', measure: `JS bundle dist/web/${f} (${role})`, median: `${(gz / 1024).toFixed(1)} kB gzip`, detail: `${(buf.length / 1024).toFixed(1)} kB minified` });
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
  if (process.argv.slice(2).includes('web')) {
    await benchWeb();
    webPageSize();
    print();
    log(`(bench took ${ms(performance.now() - t0)})`);
    return;
  }
  ensureBuilt();
  benchCore();
  benchWriter();
  await benchCli();
  await officeRoundTrips();
  taskPaneSize();
  await benchWeb();
  webPageSize();
  print();
  log(`(bench took ${ms(performance.now() - t0)})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
