// StrykerJS (npm run mutate): which one-line slips in the core's rules, parsers, periods and consolidation
// would no test catch? Not part of CI (it runs each covered test against each mutant: far too long there).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  mutate: ['core/task/**/*.ts', 'core/parse/**/*.ts', 'core/report/period.ts', 'core/report/consolidate.ts'],
  // dist/ stays: a few suites run the built CLI (unmutated, so they only add time, never a false kill).
  ignorePatterns: ['out', 'coverage', 'test-output', '.scratch', 'reports'],
  // Two cores on the machines this runs on.
  concurrency: 2,
  // A jest run in the same process keeps some of every earlier run's modules: a fresh runner every 40 mutants
  // keeps each at a few hundred MB instead of growing past 3 GB and slowing down.
  maxTestRunnerReuse: 40,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
