// Builds the browser bundles, as two configurations (select one with `--config-name core|addin`):
//  - "core": the core as a library (dist/lib/cchc-core.js), which also proves core/ needs nothing from Node —
//    webpack 5 refuses Node built-ins without polyfills.
//  - "web": the web page in dist/web/ (issue 13): index.html + app.js, its Web Worker and the chunk the page
//    loads itself where a browser refuses workers (a page opened from disk), cchc.css (front/styles.css, the look
//    it shares with the task pane) + web.css, unsupported.js and the icons. No Office.js code: web/ and front/
//    import nothing from addin/ (test/front-purity.test.ts). Static files with relative URLs: any web server, or the disk, will do.
//  - "addin": the Excel add-in in dist/addin/ (or $ADDIN_OUT), laid out like Microsoft's "Excel Task Pane"
//    template: taskpane.html + taskpane.js, commands.html + commands.js (+ message.html + message.js, the
//    commands' dialog), taskpane.css (front/styles.css), help.html, assets/*.png and manifest.xml; preview.html + preview.js, the
//    pane in a plain browser; unsupported.js and message.js, ES5 written by hand and copied as they are (they
//    must run in Internet Explorer 11's webview, where the ES2020 bundles cannot). In production mode every
//    "https://localhost:3000/" in the manifest becomes $ADDIN_ORIGIN, the HTTPS address the add-in is served
//    from (e.g. https://intranet.example.gov.vn/cchc/); development builds keep the dev server's address.
// `webpack serve` (npm run dev-server) serves only the add-in, over HTTPS on port 3000 with the
// office-addin-dev-certs certificate, as the template does.
const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const DEV_PORT = 3000;

// The browser bundles are ES2020 (webpack's target below only shapes webpack's own runtime code; TypeScript
// does the compiling). tsconfig.json's ES2022 is for Node; in ES2022 output, class fields and `??=` need Safari
// 14.1+/15 (Excel for Mac and iPad run add-ins in the system's WKWebView), ES2020 Safari 13.1+. useDefineForClassFields
// keeps class fields' ES2022 meaning when they are compiled down.
const tsRule = {
  test: /\.ts$/,
  loader: 'ts-loader',
  options: {
    transpileOnly: true,
    configFile: path.resolve(__dirname, 'tsconfig.json'),
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'ES2020', useDefineForClassFields: true },
  },
  exclude: /node_modules/,
};

function coreConfig(mode) {
  return {
    name: 'core',
    mode,
    target: ['web', 'es2020'],
    devtool: mode === 'development' ? 'source-map' : false,
    entry: { 'cchc-core': './core/index.ts' },
    output: {
      path: path.resolve(__dirname, 'dist/lib'),
      filename: '[name].js',
      library: { name: 'cchcCore', type: 'umd' },
      globalObject: 'globalThis',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
}

function webConfig(mode) {
  const production = mode === 'production';
  return {
    name: 'web',
    mode,
    target: ['web', 'es2020'],
    devtool: production ? false : 'source-map',
    entry: { app: './web/main.ts' },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].js',
      // The worker and the page's own reader: named by their content, so a new version is never mixed with a cached old one.
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './web/index.html', chunks: ['app'], hash: true, legacyVersion: legacyVersion(), cssVersion: cssVersion() }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-32.png', to: 'assets/icon-32.png' },
          { from: 'front/styles.css', to: 'cchc.css' },
          { from: 'web/web.css', to: 'web.css' },
          { from: 'addin/legacy/unsupported.js', to: 'unsupported.js', info: { minimized: true } },
        ],
      }),
    ],
    performance: { hints: false },
  };
}

/** A version for the style sheets' URLs (?v=…), so a published update is not mixed with cached styles. */
function cssVersion() {
  const hash = crypto.createHash('sha256');
  for (const f of ['front/styles.css', 'web/web.css']) hash.update(fs.readFileSync(path.join(__dirname, f)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The origin the production manifest points at: $ADDIN_ORIGIN, normalised to end with "/". Office loads add-ins
 * only over HTTPS, so anything else is refused here rather than by Excel later.
 */
function addinOrigin() {
  const raw = (process.env.ADDIN_ORIGIN ?? '').trim();
  if (!raw) return { origin: DEV_ORIGIN, isDefault: true };
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_ORIGIN is not a URL: "${raw}" (expected e.g. https://intranet.example.gov.vn/cchc/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_ORIGIN must be an https:// address (Office loads add-ins only over HTTPS): "${raw}"`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_ORIGIN must be a plain address, without ?query, #fragment or credentials: "${raw}"`);
  const origin = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { origin, isDefault: false };
}

const xmlAttr = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A version for the hand-written ES5 files' URLs (?v=…): Office caches add-in files hard. */
function legacyVersion() {
  const hash = crypto.createHash('sha256');
  for (const f of ['unsupported.js', 'message.js']) hash.update(fs.readFileSync(path.join(__dirname, 'addin/legacy', f)));
  return hash.digest('hex').slice(0, 12);
}

async function addinConfig(mode, env) {
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = process.env.ADDIN_OUT ? path.resolve(process.env.ADDIN_OUT) : path.resolve(__dirname, 'dist/addin');
  const { origin, isDefault } = addinOrigin();
  if (production && isDefault) {
    console.log(
      `[cchc] ADDIN_ORIGIN is not set: the production manifest (${path.relative(process.cwd(), path.join(outDir, 'manifest.xml')) || 'manifest.xml'}) still points at ${DEV_ORIGIN}. ` +
        'Set it to the HTTPS address that will serve dist/addin/, e.g. ADDIN_ORIGIN=https://intranet.example.gov.vn/cchc/ npm run build',
    );
  }
  let server;
  if (serving) {
    // Only when serving: it may create and trust a localhost certificate (and ask for the password to do so).
    const devCerts = require('office-addin-dev-certs');
    const httpsOptions = await devCerts.getHttpsServerOptions();
    server = { type: 'https', options: { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert } };
  }
  return {
    name: 'addin',
    mode,
    target: ['web', 'es2020'],
    // Never "eval" source maps (webpack's development default): the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './addin/taskpane/taskpane.ts',
      commands: './addin/commands/commands.ts',
      preview: './addin/preview/main.ts', // the pane outside Office, on the sample workbooks
    },
    output: {
      path: outDir,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        tsRule,
        // css-loader/style-loader are not installed, and a <style> injected by script would need a looser CSP.
        // front/styles.css is copied as taskpane.css and linked from taskpane.html; `import '…/styles.css'` in the code
        // just resolves to its URL (emit: false — the copy below writes the file).
        { test: /\.css$/, type: 'asset/resource', generator: { filename: '[name][ext]', emit: false } },
      ],
    },
    plugins: [
      // ?<hash> on the script URLs: Office caches add-in files hard. The hand-written files get ?v=legacyVersion.
      ...[
        ['taskpane.html', './addin/taskpane/taskpane.html', ['taskpane']],
        ['commands.html', './addin/commands/commands.html', ['commands']],
        ['preview.html', './addin/preview/preview.html', ['preview']],
        ['message.html', './addin/commands/message.html', []],
      ].map(([filename, template, chunks]) => new HtmlWebpackPlugin({ filename, template, chunks, hash: true, legacyVersion: legacyVersion() })),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'front/styles.css', to: 'taskpane.css' },
          { from: 'addin/help.html', to: 'help.html' },
          // Marked as minimized so Terser leaves them as written: minified for an ES2020 target, they could
          // come out as ES2015 (arrow functions…), which Internet Explorer 11 cannot run.
          { from: 'addin/legacy/unsupported.js', to: 'unsupported.js', info: { minimized: true } },
          { from: 'addin/legacy/message.js', to: 'message.js', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              const xml = content.toString('utf8');
              return production ? xml.split(DEV_ORIGIN).join(xmlAttr(origin)) : xml;
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: outDir, watch: false },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server,
      port: DEV_PORT,
    },
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  if (env.WEBPACK_SERVE) return addinConfig(mode, env);
  // `--config-name core` (or web) skips the add-in's set-up (and its ADDIN_ORIGIN warning) altogether.
  const wanted = (name) => !argv.configName || argv.configName.includes(name);
  return [wanted('core') && coreConfig(mode), wanted('addin') && (await addinConfig(mode, env)), wanted('web') && webConfig(mode)].filter(Boolean);
};

module.exports.addinOrigin = addinOrigin;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
