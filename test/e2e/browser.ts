import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createPreviewServer } = require('../../scripts/preview-server.js') as { createPreviewServer: (root?: string) => Server };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = path.join(__dirname, '..', '..');
export const BUILD = path.join(ROOT, 'dist', 'addin');
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

/** No silent skip: without Chromium the browser tests fail and say how to install it. */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is needed for the browser tests: apt-get install -y chromium (looked for ${CHROMIUM}; set CHROMIUM_PATH to use another).`);
}

/** Builds the add-in once per run (the tests use the production build, as users do). */
export function ensureBuild(): void {
  if (['taskpane.html', 'preview.html', 'unsupported.js'].every((f) => fs.existsSync(path.join(BUILD, f))) && process.env.CCHC_E2E_REBUILD !== '1') return;
  const r = spawnSync('npx', ['webpack', '--mode', 'production', '--config-name', 'addin'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}

export const WEB_BUILD = path.join(ROOT, 'dist', 'web');

/** Builds the web page once per run (npm test has built it already), as users get it: webpack's production build. */
export function ensureWebBuild(): void {
  if (fs.existsSync(path.join(WEB_BUILD, 'index.html')) && process.env.CCHC_E2E_REBUILD !== '1') return;
  const r = spawnSync('npx', ['webpack', '--mode', 'production', '--config-name', 'web'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}

export const OFFICE_STUB = path.join(ROOT, 'test-output', 'office-stub', 'office.js');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Builds test/e2e/office-stub.ts (the in-memory host as office.js) for this run, with webpack as the add-in is built. */
export function buildOfficeStub(): void {
  const config = path.join(__dirname, 'office-stub.webpack.js');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--config', config], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(OFFICE_STUB)) throw new Error(`the office.js stand-in did not build:\n${r.stdout}\n${r.stderr}`);
}

export async function startServer(root = BUILD): Promise<{ server: Server; origin: string }> {
  const server = createPreviewServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Stops a server from startServer. Keep-alive sockets from Chromium would hold close() open past the end of the
 * test file, and jest would then report that its worker "failed to exit gracefully": end them first.
 */
export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
}

/** Headless Chromium as this machine runs it: no sandbox as root, no background traffic. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Office's pages (taskpane.html…) in Chromium with office.js answered by the in-memory host: the add-in built,
 * the stand-in built, a server and a browser for the file's tests, stopped after them.
 */
export function officePages(): { browser: () => Browser; origin: () => string } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  beforeAll(async () => {
    requireChromium();
    ensureBuild();
    buildOfficeStub();
    ({ server, origin } = await startServer());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });
  return { browser: () => browser!, origin: () => origin };
}

/** axe-core's serious and critical violations on the page, one line each (none is what a test wants). */
export async function axeSerious(page: Page): Promise<string[]> {
  // The page's CSP (rightly) refuses inline scripts; evaluate() runs axe through the debugging protocol instead.
  await page.evaluate(`${fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')};0`);
  // globalThis, not window and document: this file is also compiled without the DOM's types (scripts/ import it).
  const result = await page.evaluate(async () => {
    const g = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } };
    return g.axe.run(g.document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}
