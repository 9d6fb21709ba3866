/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Two cores on the CI machine: keep one worker free for the OS.
  maxWorkers: 2,
  // Generous for a shared, loaded machine: how fast things are is measured by npm run bench, never here.
  testTimeout: 60_000,
};
