/** npm run mutate: StrykerJS's jest runs the one file that loads every suite of test/mutate/suites.ts. */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/mutate/all.mutate.ts'],
};
