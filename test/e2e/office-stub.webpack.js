// Builds test/e2e/office-stub.ts into test-output/office-stub/office.js for the browser tests (see that file).
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
module.exports = {
  mode: 'development',
  devtool: false,
  target: ['web', 'es2020'],
  entry: path.join(__dirname, 'office-stub.ts'),
  output: { path: path.join(ROOT, 'test-output', 'office-stub'), filename: 'office.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } }, exclude: /node_modules/ }],
  },
  performance: { hints: false },
};
