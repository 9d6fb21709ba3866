/**
 * The suites StrykerJS runs against each mutant (npm run mutate), loaded into ONE test file: each mutant then pays
 * for loading the core once, not once per suite (jest gives every test file its own module registry, and loading
 * the core and its agency directory is most of what a small suite costs). Each suite keeps its own describe, so
 * its hooks run only for its own tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MUTATE_SUITES } from './suites';

for (const suite of MUTATE_SUITES) {
  const file = path.join(__dirname, '..', `${suite}.test.ts`);
  if (!fs.existsSync(file)) continue;
  describe(suite, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  });
}
