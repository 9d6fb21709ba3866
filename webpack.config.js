// Builds the browser bundles, as two configurations (select one with `--config-name core|addin`):
//  - "core": the core as a library (dist/web/cchc-core.js), which also proves core/ needs nothing from Node —
//    webpack 5 refuses Node built-ins without polyfills.
//  - "addin": the Excel add-in in dist/addin/ (or $ADDIN_OUT), laid out like Microsoft's "Excel Task Pane"
//    template: taskpane.html + taskpane.js, commands.html + commands.js (+ message.html + message.js, the
//    commands' dialog), taskpane.css, help.html, assets/*.png and manifest.xml. In production mode every
//    "https://localhost:3000/" in the manifest becomes $ADDIN_ORIGIN, the HTTPS address the add-in is served
//    from (e.g. https://intranet.example.gov.vn/cchc/); development builds keep the dev server's address.
// `webpack serve` (npm run dev-server) serves only the add-in, over HTTPS on port 3000 with the
// office-addin-dev-certs certificate, as the template does.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const DEV_PORT = 3000;

const tsRule = {
  test: /\.ts$/,
  loader: 'ts-loader',
  options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
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
      path: path.resolve(__dirname, 'dist/web'),
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
      message: './addin/commands/message.ts', // the ribbon command's message dialog
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
        // taskpane.css is copied as a file and linked from taskpane.html; `import './taskpane.css'` in the code
        // just resolves to its URL (emit: false — the copy below writes the file).
        { test: /\.css$/, type: 'asset/resource', generator: { filename: '[name][ext]', emit: false } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane/taskpane.html',
        chunks: ['taskpane'],
        hash: true, // ?<hash> on the script URL: Office caches add-in files hard
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './addin/commands/commands.html',
        chunks: ['commands'],
        hash: true,
      }),
      new HtmlWebpackPlugin({
        filename: 'message.html',
        template: './addin/commands/message.html',
        chunks: ['message'],
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'addin/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'addin/help.html', to: 'help.html' },
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
  // `--config-name core` skips the add-in's set-up (and its ADDIN_ORIGIN warning) altogether.
  const wanted = (name) => !argv.configName || argv.configName.includes(name);
  return [wanted('core') && coreConfig(mode), wanted('addin') && (await addinConfig(mode, env))].filter(Boolean);
};

module.exports.addinOrigin = addinOrigin;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
