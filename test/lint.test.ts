// The lint config really applies Office's rules where Office.js is used: a config that silently matched no
// file (or a rule that never fires because the request context has another name) would let `npm run lint`
// pass on anything. Each snippet breaks one rule and must be reported. `npm test` runs the full lint.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

function lint(code: string, file: string): Array<{ ruleId: string | null; message: string }> {
  const bin = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const r = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  if (!r.stdout) throw new Error(`eslint did not run: ${r.stderr}`);
  const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages;
}

const rules = (messages: Array<{ ruleId: string | null }>) => [...new Set(messages.map((m) => m.ruleId))];

jest.setTimeout(60_000);

describe('npm run lint', () => {
  it('reports context.sync() in a loop in the adapter (office-addins/no-context-sync-in-loop)', () => {
    const code = `export async function f(sheets: string[]) {
  await Excel.run(async (context) => {
    for (const name of sheets) {
      context.workbook.worksheets.getItem(name).getRange('A1').values = [['x']];
      await context.sync();
    }
  });
}
`;
    expect(rules(lint(code, 'addin/adapter/bad-loop.ts'))).toContain('office-addins/no-context-sync-in-loop');
  });

  it('reports a property read before load and sync (office-addins/load-object-before-read, call-sync-before-read)', () => {
    const code = `export async function f() {
  await Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    console.log(range.address);
    await context.sync();
  });
}
`;
    const found = rules(lint(code, 'addin/commands/bad-read.ts'));
    expect(found).toEqual(expect.arrayContaining(['office-addins/load-object-before-read', 'office-addins/call-sync-before-read']));
  });

  it('refuses ES2015 syntax in the scripts that must run in Internet Explorer 11', () => {
    const messages = lint('var ok = 1;\nconst notEs5 = () => ok;\n', 'addin/legacy/bad.js');
    expect(messages.some((m) => /Parsing error/.test(m.message))).toBe(true);
  });

  it('accepts correct code (the config is not just failing everything)', () => {
    const code = `export async function f(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return range.address;
  });
}
`;
    expect(lint(code, 'addin/adapter/good.ts')).toEqual([]);
  });
});
