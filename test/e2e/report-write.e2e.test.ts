/**
 * Issue 13's page will write the report with the same pure writer as `cchc report`: bundled for a
 * browser, in Chromium, in another time zone, it makes the very same bytes as in Node.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';
import type { Browser } from 'playwright-core';
import { writeReportXlsx } from '../../core/io/write';
import type { ReportSpec } from '../../core';
import { sampleWorkbook as seed003 } from '../../samples/src/seed003-appendices';
import { sampleWorkbook as seed003i } from '../../samples/src/seed003-indices';
import { reportSpecOf } from '../report-readback';
import { CREATED, SPEC } from '../report-spec-fixture';
import { ROOT, launch, requireChromium } from './browser';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-writer-web-'));
let bundle: string;
let browser: Browser;

beforeAll(async () => {
  requireChromium();
  // The writer alone, as a page would load it: webpack for the web, which refuses Node built-ins.
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: 'production',
        target: ['web', 'es2020'],
        context: ROOT,
        entry: { writer: './core/io/write/index.ts' },
        output: { path: out, filename: '[name].js', library: { name: 'cchcWrite', type: 'umd' }, globalObject: 'globalThis' },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } }, exclude: /node_modules/ }],
        },
      },
      (err, s) => (err || !s ? reject(err) : resolve(s)),
    ),
  );
  expect(stats.hasErrors() ? stats.toString('errors-only') : '').toBe('');
  bundle = fs.readFileSync(path.join(out, 'writer.js'), 'utf8');
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(out, { recursive: true, force: true });
});

const cases: [string, () => ReportSpec][] = [
  ['the feature spec', () => SPEC],
  ['the Đồng Nai 2024 report', () => reportSpecOf([seed003, seed003i], { year: 2024, kind: 'Q3' }, '2024-10-05')],
];

it.each(cases)('%s: Chromium (America/New_York) writes the same bytes as Node', async (_name, make) => {
  const spec = make();
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>writer</title>');
    await page.addScriptTag({ content: bundle });
    const base64 = await page.evaluate(
      ({ spec, created }) => {
        const w = (globalThis as unknown as { cchcWrite: { writeReportXlsx: (s: unknown, o: unknown) => Uint8Array } }).cchcWrite;
        const bytes = w.writeReportXlsx(spec, { created: new Date(created), creator: 'cchc' });
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      },
      { spec, created: CREATED.toISOString() },
    );
    const web = Buffer.from(base64, 'base64');
    const node = Buffer.from(writeReportXlsx(spec, { created: CREATED, creator: 'cchc' }));
    expect(web.length).toBeGreaterThan(5_000);
    expect(web.equals(node)).toBe(true);
  } finally {
    await context.close();
  }
}, 60_000);
