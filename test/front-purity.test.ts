import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * One front end (issue 17 §4): what the task pane and the web page share lives in front/, and the web page
 * imports nothing from addin/ — so dist/web carries none of the add-in's Office.js code (its adapter, its error
 * handling, the in-memory Excel). eslint's no-restricted-imports says the same for each file; this follows the
 * imports from the page's entry points, and looks in the built page for the add-in's words.
 */

const ROOT = path.join(__dirname, '..');
const WEB_BUILD = path.join(ROOT, 'dist', 'web');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

const SPECIFIER = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;

function specifiers(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function resolve(from: string, spec: string): string | null {
  const target = path.resolve(path.dirname(from), spec);
  for (const f of [target, `${target}.ts`, path.join(target, 'index.ts')]) if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  return null;
}

/** Every file of ours an entry point reaches, through relative imports. */
function reach(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of specifiers(file)) {
      if (!s.startsWith('.')) continue;
      const target = resolve(file, s);
      if (target) visit(target);
    }
  };
  for (const e of entries) visit(e);
  return seen;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

describe('one front end: front/ is shared, web/ imports nothing from addin/', () => {
  const web = tsFiles(path.join(ROOT, 'web'));
  const front = tsFiles(path.join(ROOT, 'front'));
  it('has files to check', () => {
    expect(web.length).toBeGreaterThan(5);
    expect(front.length).toBeGreaterThan(5);
  });

  it.each([...web, ...front].map((f) => [rel(f), f]))('%s imports nothing from addin/', (_name, file) => {
    const into = specifiers(file).filter((s) => s.startsWith('.') && rel(path.resolve(path.dirname(file), s)).startsWith('addin/'));
    expect(into).toEqual([]);
  });

  it.each(front.map((f) => [rel(f), f]))('%s imports only front/, core/ and zod', (_name, file) => {
    for (const s of specifiers(file)) {
      const where = s.startsWith('.') ? rel(path.resolve(path.dirname(file), s)).split('/')[0] : s;
      expect([s, ['front', 'core', 'zod'].includes(where)]).toEqual([s, true]);
    }
  });

  it('the page and its worker reach no file of addin/ through any chain of imports', () => {
    const reached = [...reach([path.join(ROOT, 'web', 'main.ts'), path.join(ROOT, 'web', 'worker.ts')])].map(rel);
    expect(reached).toContain('front/workbook-grid.ts');
    expect(reached).toContain('web/engine.ts');
    expect(reached.filter((f) => f.startsWith('addin/'))).toEqual([]);
  });

  it('the pane uses the shared pieces rather than copies of them', () => {
    const reached = [...reach([path.join(ROOT, 'addin', 'taskpane', 'taskpane.ts'), path.join(ROOT, 'addin', 'preview', 'main.ts')])].map(rel);
    for (const f of ['front/dom.ts', 'front/i18n.ts', 'front/findings-view.ts', 'front/settings.ts', 'front/grid-table.ts']) expect([f, reached.includes(f)]).toEqual([f, true]);
  });

  it('every module that does something as it loads is named in package.json’s sideEffects, so webpack keeps it', () => {
    // package.json says our modules have no side effects (the page's bundle drops what it does not use): a
    // module that sets something up at its top level, and is imported for that, must be listed or it is lost
    // (SheetJS was, once: core/io/read/index.ts hands it to the reader as it loads).
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { sideEffects: string[] };
    const entries = ['web/main.ts', 'web/worker.ts', 'addin/taskpane/taskpane.ts', 'addin/commands/commands.ts', 'addin/preview/main.ts', 'core/index.ts'];
    const all = ['core', 'front', 'web', 'addin'].flatMap((d) => tsFiles(path.join(ROOT, d)));
    // Acting: a bare `import './x'`, or a statement at the top level that uses an imported name (a module that
    // only fills its own tables as it loads is kept whole whenever it is used, and needs no listing).
    const acting = all.filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      const imported = [...src.matchAll(/^import\s+(?:type\s+)?(?:\*\s+as\s+(\w+)|\{([^}]*)\}|(\w+))/gm)].flatMap((m) => (m[2] ? m[2].split(',').map((x) => x.trim().split(/\s+as\s+/).pop()!.replace(/^type\s+/, '')) : [m[1] ?? m[3]])).filter(Boolean);
      const top = src.split('\n').filter((l) => /^[A-Za-z_$]/.test(l) && !/^(import|export|const|let|var|function|async function|class|type|interface|declare|enum|abstract)\b/.test(l));
      return /^import\s+['"]/m.test(src) || top.some((l) => imported.some((name) => new RegExp(`\\b${name}\\b`).test(l)));
    });
    const unlisted = acting.map(rel).filter((f) => !entries.includes(f) && !pkg.sideEffects.includes(`./${f}`));
    expect(unlisted).toEqual([]);
    expect(acting.map(rel)).toEqual(expect.arrayContaining(['core/io/read/index.ts', 'front/csp.ts']));
  });

  it('the built page (dist/web) carries none of the add-in’s code: its bundles name no Office API, error code or mark', () => {
    if (!fs.existsSync(path.join(WEB_BUILD, 'index.html'))) {
      const r = spawnSync('npx', ['webpack', '--mode', 'production', '--config-name', 'web'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
    }
    // unsupported.js is the hand-written ES5 message for Internet Explorer, shared with the add-in's pages: not a bundle.
    const bundles = fs.readdirSync(WEB_BUILD).filter((f) => f.endsWith('.js') && f !== 'unsupported.js');
    expect(bundles.length).toBeGreaterThan(2);
    // Words only the add-in's adapter, its Office error handling and the in-memory Excel spell out.
    const ADDIN_WORDS = ['OfficeExtension', 'RequestPayloadSizeLimitExceeded', 'GeneralException', 'ItemNotFound', 'cchc-mark', 'ExcelApi', 'appsforoffice', 'conditionalFormats', 'Office.context'];
    const found = bundles.flatMap((f) => {
      const js = fs.readFileSync(path.join(WEB_BUILD, f), 'utf8');
      return ADDIN_WORDS.filter((w) => js.includes(w)).map((w) => `${f}: ${w}`);
    });
    expect(found).toEqual([]);
  });
});
