/**
 * The suites StrykerJS runs against each mutant (npm run mutate): the unit and fixture suites that exercise
 * core/task, core/parse, core/report/period.ts and core/report/consolidate.ts in-process. Left out: the browser,
 * add-in, lint and manifest suites (they run built bundles, not the mutated sources), and the suites whose time
 * goes to reading, writing and converting files (reader, writer, CLI end to end; the workbook round-trips of
 * fixtures and property): each mutant would pay it again. The parsers' own property tests (time, budget-status,
 * score) stay.
 */
const base = require('./jest.config.js');

const SUITES = [
  'task-rules',
  'task-read',
  'task-validate',
  'time',
  'budget-status',
  'score',
  'index-sheet',
  'index-sheet-findings',
  'seed-tables',
  'agencies',
  'agencies-seeds',
  'report-model',
  'check',
  'findings-list',
];

module.exports = {
  ...base,
  testMatch: SUITES.map((s) => `<rootDir>/test/${s}.test.ts`),
};
