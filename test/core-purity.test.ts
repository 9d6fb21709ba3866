import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.join(__dirname, '..', 'core');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Comments and string contents stripped, so a word in a message is not mistaken for code. */
function code(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:\\.|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\])*'/g, "''")
    .replace(/"(?:\\.|[^"\\])*"/g, '""');
}

describe('core/ is pure: it runs in the task pane and in Node alike', () => {
  const files = tsFiles(CORE);
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));

  // The reader and the writer of workbook bytes (core/io/read, core/io/write) may use their pure-JavaScript
  // libraries, and only they.
  // The reader's libraries are pure JavaScript, the same in a page and in Node: zip, XML, old formats, and the
  // audited @noble hashes and ciphers that open Excel's default-password encryption (office-crypto.ts).
  const IO_LIBS: Record<string, string[]> = {
    'io/read': ['fflate', 'saxes', '@e965/xlsx', '@noble/ciphers/aes', '@noble/hashes/legacy', '@noble/hashes/sha2'],
    'io/write': ['fflate', 'docx'],
  };
  it.each(files.map((f) => [path.relative(CORE, f), f]))('%s imports only relative modules, zod and fuse.js (and core/io its libraries)', (name, file) => {
    const src = fs.readFileSync(file, 'utf8');
    const specifiers = [...src.matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    const io = IO_LIBS[name.split(path.sep).slice(0, 2).join('/')] ?? [];
    for (const s of specifiers) {
      expect(s.startsWith('.') || s === 'zod' || s === 'fuse.js' || io.includes(s) ? 'allowed' : s).toBe('allowed');
      if (s.startsWith('.')) {
        const target = path.resolve(path.dirname(file), s);
        expect(path.relative(CORE, target).startsWith('..') ? `escapes core: ${s}` : 'inside').toBe('inside');
      }
    }
  });

  it('core/index.ts does not reach the reader or the writer, so the task pane bundle does not carry them', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/from\s*['"](\.[^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(file), m[1]);
        visit(fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts'));
      }
    };
    visit(path.join(CORE, 'index.ts'));
    expect([...seen].filter((f) => f.includes(`${path.sep}io${path.sep}`))).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(CORE, f), f]))('%s uses no Node, DOM or Office global', (_name, file) => {
    const body = code(fs.readFileSync(file, 'utf8'));
    const globals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'window', 'document', 'navigator', 'localStorage', 'Office', 'Excel', 'fetch', 'XMLHttpRequest'];
    // A method of that name (fflate's ZipPassThrough.process, overridden) is not the global.
    const stripped = body.replace(/\b(?:override|protected|public|private)\s+(\w+)\s*\(/g, 'method $1_ (');
    const used = globals.filter((g) => new RegExp(`(?<![\\w.$])${g}\\s*[.(\\[]`).test(stripped));
    expect(used).toEqual([]);
  });
});
