// Lint like an Office developer: typescript-eslint's recommended rules, and Microsoft's
// eslint-plugin-office-addins rules (load before read, sync before read, no context.sync() in a loop…)
// as errors, over the add-in and its tests. `npm run lint` runs it; `npm test` runs `npm run lint`.
//
// The plugin's own "recommended" config is not used: it also runs prettier over every file, which
// would reformat the whole project. Its rules recognise the request context by the name `context`
// (office-addins/lib/utils/utils.js), as Microsoft's samples name it, so the adapter uses that name.
//
// core/ and cli/ have no Office.js; they are linted by their own owners' rules when they add them. web/ (the
// page for any browser) and front/ (what the page and the pane share) get typescript-eslint's rules, and may
// import nothing from addin/: the page carries no Office.js code (test/front-purity.test.ts checks it too).
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'out/**', 'test-output/**', '.scratch/**'] },
  {
    files: ['addin/**/*.ts', 'web/**/*.ts', 'front/**/*.ts', 'test/e2e/**/*.ts', 'test/web-pool.test.ts', 'test/adapter.test.ts', 'test/memory-excel.test.ts', 'test/manifest.test.ts', 'test/office-*.test.ts', 'test/addin-*.test.ts', 'test/lint.test.ts', 'scripts/office-api-usage.ts'],
    extends: [...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.ts', 'front/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/addin', '**/addin/**'], message: 'web/ and front/ import nothing from addin/: the web page carries no Office.js code. Move what both need to front/.' }] }],
    },
  },
  {
    // Office's rules where Office.js is used. Not addin/host (the in-memory Excel implements the object model
    // rather than using it) nor its tests, which break the rules on purpose to see the imitation refuse.
    files: ['addin/**/*.ts'],
    ignores: ['addin/host/**'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    // The scripts that must run in Internet Explorer 11 (Trident): ES5, no modules, nothing to transpile.
    files: ['addin/legacy/**/*.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', Office: 'readonly', setTimeout: 'readonly', encodeURIComponent: 'readonly', decodeURIComponent: 'readonly' } },
    rules: { 'no-undef': 'error', 'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }] }, // ES5 has no catch without a binding
  },
);
