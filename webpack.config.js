// Builds the browser bundles. For now: the core as a library (dist/web/cchc-core.js), which also
// proves core/ needs nothing from Node — webpack 5 refuses Node built-ins without polyfills.
// The add-in's task pane and commands join this config in the add-in issue.
const path = require('node:path');

module.exports = (env, argv) => ({
  mode: argv.mode ?? 'production',
  target: ['web', 'es2020'],
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { 'cchc-core': './core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'cchcCore', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } }, exclude: /node_modules/ }],
  },
  performance: { hints: false },
});
