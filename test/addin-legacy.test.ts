// The scripts that must run in Internet Explorer 11's webview (Office 2016/2019 volume-licensed and others —
// browsers-used-by-office-web-add-ins): unsupported.js, which shows what to do instead of a blank pane, and the
// message dialog's message.js. Trident "doesn't support JavaScript versions later than ES5" (support-ie-11):
// each is parsed with an ES5 parser (acorn, ecmaVersion 5), and searched for the built-ins IE11 lacks, which a
// parser cannot see. The browser tests (test/e2e/office.e2e.test.ts) run them with Trident's user agent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as acorn from 'acorn';

const LEGACY = path.join(__dirname, '..', 'addin', 'legacy');
const FILES = ['unsupported.js', 'message.js'];

/** ES2015+ built-ins and DOM APIs missing from Internet Explorer 11 (property or global names). */
const NOT_IN_IE11 = new Set([
  'Promise', 'Map', 'Set', 'WeakMap', 'Symbol', 'Proxy', 'Reflect', 'fetch', 'URLSearchParams', 'URL', 'globalThis', 'queueMicrotask',
  'includes', 'startsWith', 'endsWith', 'padStart', 'padEnd', 'repeat', 'find', 'findIndex', 'flat', 'flatMap', 'fill', 'entries', 'values', 'keys', 'assign', 'from', 'of', 'fromEntries', 'trimStart', 'trimEnd',
  'append', 'prepend', 'replaceChildren', 'closest', 'remove', 'before', 'after', 'toggleAttribute', 'dataset',
]);

type Node = { type: string; [k: string]: unknown };
function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') walk(v, visit);
}

describe.each(FILES)('addin/legacy/%s', (file) => {
  const source = fs.readFileSync(path.join(LEGACY, file), 'utf8');

  it('parses as ES5 (a script, not a module)', () => {
    expect(() => acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('uses no built-in that Internet Explorer 11 lacks', () => {
    const ast = acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' });
    const used: string[] = [];
    walk(ast, (n) => {
      if (n.type === 'MemberExpression' && !n.computed && NOT_IN_IE11.has((n.property as { name: string }).name)) used.push((n.property as { name: string }).name);
      if (n.type === 'CallExpression' || n.type === 'NewExpression') {
        const callee = n.callee as Node;
        if (callee.type === 'Identifier' && NOT_IN_IE11.has(callee.name as string)) used.push(callee.name as string);
      }
    });
    expect(used).toEqual([]);
  });
});

describe('the ES5 check itself', () => {
  it('catches ES2015 syntax and IE11-missing built-ins (so the tests above can fail)', () => {
    expect(() => acorn.parse('const a = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
    expect(() => acorn.parse('try { f(); } catch { g(); }', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
    const ast = acorn.parse('var ok = "abc".startsWith("a"); new URLSearchParams(location.search);', { ecmaVersion: 5, sourceType: 'script' });
    const found: string[] = [];
    walk(ast, (n) => {
      if (n.type === 'MemberExpression' && NOT_IN_IE11.has((n.property as { name: string }).name)) found.push((n.property as { name: string }).name);
      if (n.type === 'NewExpression' && NOT_IN_IE11.has((n.callee as { name: string }).name)) found.push((n.callee as { name: string }).name);
    });
    expect(found).toEqual(['startsWith', 'URLSearchParams']);
  });
});

describe('unsupported.js on the ribbon (commands.html) in Internet Explorer 11', () => {
  const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
  /** Runs the script as the function file would, with an Office that has DialogApi 1.1 or not; returns the ribbon's function. */
  function load(dialogApi: boolean) {
    const displayDialogAsync = jest.fn();
    const office = {
      context: { displayLanguage: 'vi-VN', requirements: { isSetSupported: (name: string) => name !== 'DialogApi' || dialogApi }, ui: { displayDialogAsync } },
      actions: { associate: jest.fn() },
      onReady: jest.fn(),
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    };
    const context: Record<string, unknown> = {
      navigator: { userAgent: TRIDENT },
      Office: office,
      document: { documentElement: { getAttribute: () => 'commands' }, readyState: 'complete' },
      location: { href: 'https://localhost:3000/commands.html' },
      setTimeout: () => 0,
      encodeURIComponent,
    };
    context.window = context;
    vm.runInNewContext(fs.readFileSync(path.join(LEGACY, 'unsupported.js'), 'utf8'), context);
    return { command: context.createQuarterlyReport as (event: { completed(): void }) => void, displayDialogAsync };
  }

  it('opens its message dialog where DialogApi 1.1 is supported', () => {
    const { command, displayDialogAsync } = load(true);
    const completed = jest.fn();
    command({ completed });
    expect(displayDialogAsync).toHaveBeenCalledTimes(1);
    expect(completed).not.toHaveBeenCalled();
  });

  it('without DialogApi 1.1 it opens no dialog and completes at once (issue 17)', () => {
    // DialogApi is not in the manifest's requirements: check it before use, as the modern command does
    // (https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets).
    const { command, displayDialogAsync } = load(false);
    const completed = jest.fn();
    command({ completed });
    expect(displayDialogAsync).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

