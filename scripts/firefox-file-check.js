#!/usr/bin/env node
// Checks what the README says of Firefox and the web page opened from disk: Firefox (stock, e.g. Debian's
// firefox-esr) opens dist/web/index.html from file://, runs its Web Workers, and checks a sample and a damaged
// file. Playwright's Firefox needs its own patched build, which we do not download; this drives the installed
// Firefox over WebDriver BiDi, the W3C protocol Firefox ships, with the `ws` client already in node_modules.
//
//   npm run build:page && node scripts/firefox-file-check.js [/usr/bin/firefox-esr]
//
// Prints what the page shows and exits 0 when the workers ran and both files got their result. Not part of
// npm test: Firefox is not among the test machine's packages.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const WebSocket = require('ws');

const ROOT = path.join(__dirname, '..');
const FIREFOX = process.argv[2] || '/usr/bin/firefox-esr';
const PAGE = path.join(ROOT, 'dist', 'web', 'index.html');
const PORT = 9333;

async function main() {
  if (!fs.existsSync(PAGE)) throw new Error('dist/web is not built: npm run build:page');
  if (!fs.existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-firefox-'));
  const sample = path.join(ROOT, 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx');
  const broken = path.join(tmp, 'so-hong.xlsx');
  fs.writeFileSync(broken, fs.readFileSync(sample).subarray(0, 4000));
  const profile = path.join(tmp, 'profile');
  fs.mkdirSync(profile);
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(PORT)], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    let log = '';
    firefox.stderr.on('data', (d) => (log += d));
    for (let i = 0; i < 150 && !/WebDriver BiDi listening/.test(log); i++) await sleep(200);
    if (!/WebDriver BiDi listening/.test(log)) throw new Error(`Firefox did not start its WebDriver BiDi server:\n${log}`);
    const bidi = await connect(`ws://127.0.0.1:${PORT}/session`);
    const version = (await bidi.send('session.new', { capabilities: {} })).capabilities.browserVersion;
    const context = (await bidi.send('browsingContext.getTree', {})).contexts[0].context;
    await bidi.send('browsingContext.navigate', { context, url: `file://${PAGE}`, wait: 'complete' });
    const js = async (expression) => (await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result.value;
    const input = (await bidi.send('script.evaluate', { expression: "document.getElementById('input-files')", target: { context }, awaitPromise: false, resultOwnership: 'root' })).result;
    await bidi.send('input.setFiles', { context, element: { sharedId: input.sharedId }, files: [sample, broken] });
    for (let i = 0; i < 120 && (await js("document.querySelectorAll('.file-card[data-state=\"working\"]').length")) !== 0; i++) await sleep(250);
    const state = {
      firefox: version,
      workers: (await js("document.getElementById('mode-notice').hidden")) ? 'ran (no notice shown)' : 'refused (the page read on its own thread)',
      status: await js("document.getElementById('status').textContent"),
      totals: await js("document.getElementById('totals').textContent"),
      damaged: await js("document.querySelector('.file-card[data-state=\"refused\"] .file-error')?.textContent ?? null"),
    };
    console.log(JSON.stringify(state, null, 2));
    bidi.close();
    return state.workers.startsWith('ran') && /^Đã kiểm tra 1 sổ; 1 tệp/.test(state.status) && Boolean(state.damaged);
  } finally {
    firefox.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A WebDriver BiDi session: send(method, params) resolves with the result, or throws the protocol's error. */
function connect(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const pending = new Map();
    let id = 0;
    ws.on('error', reject);
    ws.on('message', (m) => {
      const msg = JSON.parse(m);
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(`${msg.error}: ${msg.message}`));
      else p.resolve(msg.result);
    });
    ws.on('open', () =>
      resolve({
        send: (method, params) => new Promise((ok, fail) => (pending.set(++id, { resolve: ok, reject: fail }), ws.send(JSON.stringify({ id, method, params })))),
        close: () => ws.close(),
      }),
    );
  });
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    console.error(e.message ?? e);
    process.exit(2);
  },
);
