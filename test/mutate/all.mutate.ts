/**
 * The suites StrykerJS runs against each mutant (npm run mutate), loaded into ONE test file: each mutant then pays
 * for loading the core once, not once per suite (jest gives every test file its own module registry, and loading
 * the core and its agency directory is most of what a small suite costs). Each suite keeps its own describe, so
 * its hooks run only for its own tests.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MUTATE_SUITES } from './suites';

/**
 * LibreOffice's conversions, once per input: the suites convert workbooks made by the writer and the fixtures,
 * neither of which is mutated, so the same bytes come back for every mutant; 3–5 s a conversion would otherwise
 * be paid again for each mutant of the task reader. The converted file is still read by the code under test.
 */
jest.mock('../libreoffice', () => {
  const actual = jest.requireActual('../libreoffice');
  const cacheDir = path.join(os.tmpdir(), 'cchc-mutate-soffice');
  fs.mkdirSync(cacheDir, { recursive: true });
  return {
    ...actual,
    soffice(format: string, file: string, outDir: string) {
      const digest = crypto.createHash('sha1').update(fs.readFileSync(file)).update(format).digest('hex');
      const target = path.join(outDir, `${path.parse(file).name}.${format}`);
      const cached = path.join(cacheDir, `${digest}.${format}`);
      if (!fs.existsSync(cached)) {
        const r = actual.soffice(format, file, outDir);
        if (r.status !== 0 || !fs.existsSync(target)) return r;
        fs.copyFileSync(target, cached);
        return r;
      }
      fs.copyFileSync(cached, target);
      return { status: 0, stdout: '', stderr: '', pid: 0, output: [], signal: null };
    },
  };
});

/**
 * The test-name filter of this run, if any. Stryker runs each (non-static) mutant with only the tests that covered it,
 * as a name pattern `(full name)|(full name)…`; jest-circus keeps that pattern in its state under a private symbol.
 */
function testNamePattern(): RegExp | null {
  const sym = Object.getOwnPropertySymbols(globalThis).find((s) => s.description === 'JEST_STATE_SYMBOL');
  const state = sym ? (globalThis as unknown as Record<symbol, { testNamePattern?: RegExp | null }>)[sym] : undefined;
  return state?.testNamePattern ?? null;
}

// Stryker's own escaping of a test's full name in that pattern.
const escapeRegExp = (s: string) => s.replace(/[.*+\-?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a suite holds a test the filter selects. Every test's full name starts with its suite's describe name and a
 * space, so a suite none of whose names is in the pattern has nothing to run: loading it (exceljs, fast-check,
 * fixtures built at the top of the file) is most of what a mutant would cost. A static mutant runs every test (no
 * filter), so everything is loaded then.
 */
function suiteSelected(suite: string, pattern: RegExp | null): boolean {
  return pattern === null || pattern.source.includes(`(${escapeRegExp(`${suite} `)}`);
}

/** Stryker's instrumenter context (the `__stryker__` global): which test is running, and which mutants each reached. */
interface StrykerContext {
  currentTestId?: string;
  mutantCoverage?: { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
}
interface CircusBlock {
  type: 'describeBlock' | 'test';
  name: string;
  parent?: CircusBlock;
  children?: CircusBlock[];
}
const stryker = (globalThis as unknown as { __stryker__?: StrykerContext }).__stryker__;

function circusRoot(): CircusBlock | undefined {
  const sym = Object.getOwnPropertySymbols(globalThis).find((s) => s.description === 'JEST_STATE_SYMBOL');
  return sym ? (globalThis as unknown as Record<symbol, { rootDescribeBlock?: CircusBlock }>)[sym]?.rootDescribeBlock : undefined;
}

// A test's full name as Stryker's jest environment writes it: the describe names and the test's, space-separated.
function fullName(block: CircusBlock): string {
  const names: string[] = [];
  for (let b: CircusBlock | undefined = block; b?.parent; b = b.parent) names.unshift(b.name);
  return names.join(' ');
}

function testsOf(block: CircusBlock): string[] {
  if (block.type === 'test') return [fullName(block)];
  return (block.children ?? []).flatMap(testsOf);
}

/**
 * What a suite reaches while it loads (its fixtures, built at the top of the file) is given to that suite's tests,
 * not left "static". A static mutant must rerun every test of every suite (≈ 20 s each here, and most of core/task's
 * mutants are reached by some suite's fixtures); one reached by suite S's fixtures can only change what S's tests see,
 * so S's tests are the ones to run. The mutated modules are loaded first, outside any suite, so what their own
 * top-level code does (tables, expressions) stays static and is still run against everything.
 */
const LOADING = '\u0000loading ';
function attributeLoadToTests(suite: string): void {
  const cov = stryker?.mutantCoverage;
  const root = circusRoot();
  const block = root?.children?.at(-1);
  if (!cov || !block || block.name !== suite) return;
  const reached = cov.perTest[LOADING + suite];
  delete cov.perTest[LOADING + suite];
  if (!reached) return;
  for (const test of testsOf(block)) {
    const into = (cov.perTest[test] ??= {});
    for (const [id, n] of Object.entries(reached)) into[id] = (into[id] ?? 0) + n;
  }
}

const MUTATED = ['core/task', 'core/parse', 'core/report/period.ts', 'core/report/consolidate.ts'];
function tsFilesUnder(rel: string): string[] {
  const abs = path.join(__dirname, '..', '..', rel);
  if (abs.endsWith('.ts')) return [abs];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFilesUnder(path.join(rel, e.name)) : e.name.endsWith('.ts') ? [path.join(abs, e.name)] : [],
  );
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const file of MUTATED.flatMap(tsFilesUnder)) require(file);

const PRESENT = MUTATE_SUITES.filter((suite) => fs.existsSync(path.join(__dirname, '..', `${suite}.test.ts`)));
const pattern = testNamePattern();
const selected = PRESENT.filter((suite) => suiteSelected(suite, pattern));
// A pattern naming none of the suites is not ours to guess at: load them all rather than run nothing.
for (const suite of selected.length > 0 ? selected : PRESENT) {
  const file = path.join(__dirname, '..', `${suite}.test.ts`);
  describe(suite, () => {
    const outside = stryker?.currentTestId;
    if (stryker?.mutantCoverage) stryker.currentTestId = LOADING + suite;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(file);
    } finally {
      if (stryker) stryker.currentTestId = outside;
    }
  });
  attributeLoadToTests(suite);
}
