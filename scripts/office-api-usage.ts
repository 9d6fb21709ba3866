/**
 * Which Office.js members the add-in uses, the requirement set each needs, and how each is guarded — read from
 * the source of truth: the `[Api set: ExcelApi 1.x]` tags (and the `Requirement set: {@link … | DialogApi}`
 * remarks of the common API) in @types/office-js, and the TypeScript compiler's own resolution of every
 * property access, object-literal property passed to Office.js, and `load('a/b,c')` path in the add-in.
 *
 * A member needs a guard when its set is newer than the manifest's minimum (<Requirements><Sets> in
 * manifest.xml: ExcelApi 1.7; any other set counts as not required). A use is guarded when it runs only after
 * a check of that set or newer — `host.supports('1.9')` (the adapter's wrapper of
 * Office.context.requirements.isSetSupported('ExcelApi', …)) or isSetSupported('Set', 'v') itself — as the
 * condition of an enclosing if / ?: / &&, an earlier `if (!check) return|throw` in an enclosing block, a const
 * holding such a check, or, for a function declared in the same file, at every place it is called.
 *
 *   npm run office-api       prints the table (the closing note of issue 11 quotes it)
 *   test/office-api-sets.test.ts fails on any unguarded use
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export const ROOT = path.join(__dirname, '..');
/** The files that use Office.js: the adapter, the ribbon command, the task pane (and what they share). */
export const OFFICE_FILES = ['addin/adapter', 'addin/commands', 'addin/taskpane', 'addin/app'];

export type Requirement = { set: string; version: string };
export type Use = { file: string; line: number; guard: string | null };
export type MemberUsage = { member: string; requirement: Requirement | null; needsGuard: boolean; uses: Use[] };

const OUTLOOK_ONLY = /^(Mailbox)$/;

function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** The manifest's minimum requirement sets: { ExcelApi: '1.7' }. */
export function manifestMinimum(manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')): Record<string, string> {
  const sets = /<Sets\b([^>]*)>([\s\S]*?)<\/Sets>/.exec(manifest.replace(/<!--[\s\S]*?-->/g, ''));
  if (!sets) return {};
  const def = /DefaultMinVersion="([^"]+)"/.exec(sets[1])?.[1] ?? '1.1';
  const out: Record<string, string> = {};
  for (const m of sets[2].matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = /Name="([^"]+)"/.exec(m[1])?.[1];
    if (name) out[name] = /MinVersion="([^"]+)"/.exec(m[1])?.[1] ?? def;
  }
  return out;
}

/**
 * Requirement sets named in a declaration's doc comment: "[Api set: ExcelApi 1.8]", or the common API's
 * "**Requirement set(s)**: {@link …/dialog-api-requirement-sets | DialogApi}" (a set without a version is its
 * first, 1.1). Links elsewhere in the comment (a parameter's note) and conditional ones ("If the messageOptions
 * parameter is used, … DialogOrigin 1.1 is also required") do not count.
 */
function requirementsIn(comment: string): Requirement[] {
  const out: Requirement[] = [];
  for (const m of comment.matchAll(/\[Api set: (\w+) ([\d.]+)/g)) out.push({ set: m[1], version: m[2] });
  const section = /Requirement sets?\**\s*:?\**([\s\S]*?)(?=@param|@returns|@remarks|\*\s*\*\*[A-Z]|\*\/|$)/.exec(comment)?.[1] ?? '';
  for (const line of section.split('\n')) {
    if (/\bIf\b/.test(line)) continue;
    for (const m of line.matchAll(/\{@link\s+\S*requirement-sets\S*\s*\|\s*(\w+)(?:\s+([\d.]+))?\s*\}/g)) out.push({ set: m[1], version: m[2] ?? '1.1' });
  }
  return out.filter((r) => !OUTLOOK_ONLY.test(r.set));
}

function leadingComment(node: ts.Node): string {
  const target = ts.isVariableDeclaration(node) && node.parent?.parent ? node.parent.parent : node;
  const sf = target.getSourceFile();
  return sf.text.slice(target.getFullStart(), target.getStart(sf));
}

export type AnalyzeOptions = { files?: string[]; extraFiles?: Record<string, string>; manifest?: string };

export function analyzeOfficeUsage(opts: AnalyzeOptions = {}): { members: MemberUsage[]; minimum: Record<string, string>; unguarded: Array<{ member: string; requirement: Requirement; file: string; line: number }> } {
  const minimum = manifestMinimum(opts.manifest);
  const files = (opts.files ?? OFFICE_FILES.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, d, f)))).map((f) => path.resolve(ROOT, f));
  const extra = new Map(Object.entries(opts.extraFiles ?? {}).map(([k, v]) => [path.resolve(ROOT, k), v]));
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'addin', 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => extra.get(path.resolve(f)) ?? readFile(f);
  host.fileExists = (f) => extra.has(path.resolve(f)) || ts.sys.fileExists(f);
  host.getSourceFile = (f, lang, onError) => (extra.has(path.resolve(f)) ? ts.createSourceFile(f, extra.get(path.resolve(f))!, lang, true) : getSourceFile(f, lang, onError));
  const targets = [...files, ...extra.keys()];
  const program = ts.createProgram(targets, { ...config.options, noEmit: true }, host);
  const checker = program.getTypeChecker();
  const isOfficeDecl = (d: ts.Declaration) => /[\\/]@types[\\/]office-js[\\/]/.test(d.getSourceFile().fileName);

  const members = new Map<string, MemberUsage>();
  const unguarded: Array<{ member: string; requirement: Requirement; file: string; line: number }> = [];

  const requirementOf = (sym: ts.Symbol): Requirement | null => {
    const decls = (sym.declarations ?? []).filter(isOfficeDecl);
    for (const d of decls) {
      const own = requirementsIn(leadingComment(d));
      if (own.length) return own[0];
    }
    for (const d of decls) {
      const parent = d.parent && (ts.isClassDeclaration(d.parent) || ts.isInterfaceDeclaration(d.parent)) ? d.parent : null;
      const inherited = parent ? requirementsIn(leadingComment(parent)) : [];
      if (inherited.length) return inherited[0];
    }
    return null;
  };

  const needs = (r: Requirement | null) => r !== null && !(r.set in minimum && versionAtLeast(minimum[r.set], r.version));

  /** Does this expression, when truthy, prove the requirement? (`negated`: when falsy.) */
  const checks = (expr: ts.Expression, r: Requirement, negated: boolean, depth = 0): boolean => {
    if (depth > 8) return false;
    if (ts.isParenthesizedExpression(expr)) return checks(expr.expression, r, negated, depth + 1);
    if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return checks(expr.operand, r, !negated, depth + 1);
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      // a && b true ⇒ both true; a || b false ⇒ both false.
      if (!negated && op === ts.SyntaxKind.AmpersandAmpersandToken) return checks(expr.left, r, false, depth + 1) || checks(expr.right, r, false, depth + 1);
      if (negated && op === ts.SyntaxKind.BarBarToken) return checks(expr.left, r, true, depth + 1) || checks(expr.right, r, true, depth + 1);
      return false;
    }
    if (negated) return false;
    if (ts.isIdentifier(expr)) {
      const sym = checker.getSymbolAtLocation(expr);
      const decl = sym?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) return checks(decl.initializer, r, false, depth + 1);
      return false;
    }
    if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
      const name = expr.expression.name.text;
      const args = expr.arguments.map((a) => (ts.isStringLiteralLike(a) ? a.text : ts.isNumericLiteral(a) ? a.text : null));
      if (name === 'supports' && r.set === 'ExcelApi' && args[0] && versionAtLeast(args[0], r.version)) return true;
      if (name === 'isSetSupported' && args[0] === r.set && args[1] && versionAtLeast(args[1], r.version)) return true;
    }
    return false;
  };

  const exits = (s: ts.Statement): boolean => ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]));

  /** How a use at `node` is guarded, or null. */
  const guardOf = (node: ts.Node, r: Requirement, seen = new Set<ts.Node>()): string | null => {
    let child: ts.Node = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
      if (ts.isIfStatement(p)) {
        if (child === p.thenStatement && checks(p.expression, r, false)) return `if (${p.expression.getText()})`;
        if (child === p.elseStatement && checks(p.expression, r, true)) return `else of if (${p.expression.getText()})`;
      }
      if (ts.isConditionalExpression(p)) {
        if (child === p.whenTrue && checks(p.condition, r, false)) return `${p.condition.getText()} ? … : …`;
        if (child === p.whenFalse && checks(p.condition, r, true)) return `${p.condition.getText()} ? … : …`;
      }
      if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === p.right && checks(p.left, r, false)) return `${p.left.getText()} && …`;
      if (ts.isBlock(p) || ts.isSourceFile(p) || ts.isCaseClause(p)) {
        const statements = p.statements as ts.NodeArray<ts.Statement>;
        const at = statements.indexOf(child as ts.Statement);
        for (let i = 0; i < at; i++) {
          const s = statements[i];
          if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement) && checks(s.expression, r, true)) return `after if (${s.expression.getText()}) ${ts.isThrowStatement(s.thenStatement) ? 'throw' : 'return'}`;
        }
      }
      // A function declared in this file: guarded if every place that calls or passes it is (its own recursion aside).
      if (ts.isFunctionDeclaration(p) && p.name && !seen.has(p)) {
        const fn = checker.getSymbolAtLocation(p.name);
        const refs: ts.Identifier[] = [];
        const visit = (n: ts.Node) => {
          if (ts.isIdentifier(n) && n !== p.name && checker.getSymbolAtLocation(n) === fn) refs.push(n);
          ts.forEachChild(n, visit);
        };
        visit(p.getSourceFile());
        const outside = refs.filter((c) => !(c.pos >= p.pos && c.end <= p.end));
        if (outside.length === 0) return null;
        const next = new Set(seen).add(p);
        const each = outside.map((c) => guardOf(c, r, next));
        return each.every((g) => g !== null) ? `every use of ${p.name.text}(): ${[...new Set(each)].join('; ')}` : null;
      }
    }
    return null;
  };

  /** "Excel.Range.values"; a member of an anonymous type is named after the declaration holding it ("Office.onReady → info.host"). */
  const nameOf = (sym: ts.Symbol): string => {
    const fqn = checker.getFullyQualifiedName(sym).replace(/^"[^"]*"\./, '');
    if (!fqn.includes('__type')) return fqn;
    for (let n: ts.Node | undefined = sym.declarations?.[0]; n; n = n.parent) {
      const named = (n as ts.NamedDeclaration).name;
      if (n !== sym.declarations?.[0] && named && (ts.isFunctionDeclaration(n) || ts.isMethodSignature(n) || ts.isMethodDeclaration(n) || ts.isPropertySignature(n))) {
        const owner = checker.getSymbolAtLocation(named);
        if (owner) return `${checker.getFullyQualifiedName(owner)} → ${sym.name}`;
      }
    }
    return fqn;
  };

  const record = (sym: ts.Symbol, at: ts.Node) => {
    const member = nameOf(sym);
    const requirement = requirementOf(sym);
    const needsGuard = needs(requirement);
    const sf = at.getSourceFile();
    const file = path.relative(ROOT, sf.fileName);
    const line = sf.getLineAndCharacterOfPosition(at.getStart(sf)).line + 1;
    const guard = needsGuard ? guardOf(at, requirement!) : null;
    const entry = members.get(member) ?? { member, requirement, needsGuard, uses: [] };
    entry.uses.push({ file, line, guard });
    members.set(member, entry);
    if (needsGuard && !guard) unguarded.push({ member, requirement: requirement!, file, line });
  };

  /** The Office.js declaration behind a symbol (through aliases; for a member of a union, the newest one's). */
  const officeSymbol = (sym: ts.Symbol | undefined): ts.Symbol | null => {
    if (!sym) return null;
    const s = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const roots = checker.getRootSymbols(s).filter((r) => (r.declarations ?? []).some(isOfficeDecl));
    if (roots.length === 0) return null;
    const rank = (r: ts.Symbol) => requirementOf(r)?.version ?? '0';
    return roots.reduce((a, b) => (versionAtLeast(rank(a), rank(b)) ? a : b));
  };

  /** `x.load('items/name,items/visibility')`: each path segment is a member of the type it is read from. */
  const recordLoadPaths = (call: ts.CallExpression, receiver: ts.Expression) => {
    const root = checker.getTypeAtLocation(receiver);
    for (const arg of call.arguments) {
      if (!ts.isStringLiteralLike(arg)) continue;
      for (const p of arg.text.split(',').map((x) => x.trim()).filter(Boolean)) {
        let type: ts.Type | undefined = root;
        for (const seg of p.split('/')) {
          const prop: ts.Symbol | undefined = type?.getProperty(seg);
          if (!prop) break;
          const sym = officeSymbol(prop);
          if (sym) record(sym, arg);
          let next = checker.getTypeOfSymbolAtLocation(prop, arg);
          if (checker.isArrayType(next)) next = checker.getTypeArguments(next as ts.TypeReference)[0];
          type = next;
        }
      }
    }
  };

  for (const file of targets) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const sym = officeSymbol(checker.getSymbolAtLocation(node.name));
        if (sym) record(sym, node.name);
      } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const literal = node.parent;
        if (ts.isObjectLiteralExpression(literal)) {
          let contextual = checker.getContextualType(literal);
          // A union (Excel.CellValue): the member the literal is, by what it is assignable to.
          if (contextual?.isUnion()) {
            const own = checker.getTypeAtLocation(literal);
            contextual = contextual.types.find((t) => checker.isTypeAssignableTo(own, t)) ?? contextual;
          }
          const prop = contextual?.getProperty(node.name.getText());
          const sym = officeSymbol(prop);
          if (sym) record(sym, node.name);
        }
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'load' && officeSymbol(checker.getSymbolAtLocation(node.expression.name))) {
        recordLoadPaths(node, node.expression.expression);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const sorted = [...members.values()].sort((a, b) => a.member.localeCompare(b.member));
  return { members: sorted, minimum, unguarded };
}

/** The table for the closing note: member, requirement set, guard, where. */
export function usageTable(members: MemberUsage[]): string {
  const rows = members.map((m) => {
    const req = m.requirement ? `${m.requirement.set} ${m.requirement.version}` : '—';
    const guards = [...new Set(m.uses.map((u) => u.guard ?? (m.needsGuard ? 'NONE' : 'not needed')))].join('; ');
    const where = [...new Set(m.uses.map((u) => u.file.replace(/^addin\//, '')))].join(', ');
    return `| \`${m.member}\` | ${req} | ${guards} | ${where} |`;
  });
  return ['| Office.js member | requirement set | guard | used in |', '|---|---|---|---|', ...rows].join('\n');
}

if (require.main === module) {
  const { members, minimum, unguarded } = analyzeOfficeUsage();
  console.log(`Manifest minimum: ${Object.entries(minimum).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  console.log(usageTable(members));
  if (unguarded.length) {
    console.log(`\nUNGUARDED: ${unguarded.map((u) => `${u.member} (${u.requirement.set} ${u.requirement.version}) at ${u.file}:${u.line}`).join('; ')}`);
    process.exitCode = 1;
  }
}
