/**
 * The suites StrykerJS runs against each mutant (npm run mutate), loaded into ONE test file: each mutant then pays
 * for loading the core once, not once per suite (jest gives every test file its own module registry, and loading
 * the core and its agency directory is most of what a small suite costs). Each suite keeps its own describe, so
 * its hooks run only for its own tests.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MUTATE_SUITES } from './suites';

/**
 * LibreOffice's conversions, once per input: the suites convert workbooks made by the writer and the fixtures,
 * neither of which is mutated, so the same bytes come back for every mutant; 3–5 s a conversion would otherwise
 * be paid again for each mutant of the task reader. The converted file is still read by the code under test.
 */
jest.mock('../libreoffice', () => {
  const actual = jest.requireActual('../libreoffice');
  const cacheDir = path.join(os.tmpdir(), 'cchc-mutate-soffice');
  fs.mkdirSync(cacheDir, { recursive: true });
  return {
    ...actual,
    soffice(format: string, file: string, outDir: string) {
      const digest = crypto.createHash('sha1').update(fs.readFileSync(file)).update(format).digest('hex');
      const target = path.join(outDir, `${path.parse(file).name}.${format}`);
      const cached = path.join(cacheDir, `${digest}.${format}`);
      if (!fs.existsSync(cached)) {
        const r = actual.soffice(format, file, outDir);
        if (r.status !== 0 || !fs.existsSync(target)) return r;
        fs.copyFileSync(target, cached);
        return r;
      }
      fs.copyFileSync(cached, target);
      return { status: 0, stdout: '', stderr: '', pid: 0, output: [], signal: null };
    },
  };
});

for (const suite of MUTATE_SUITES) {
  const file = path.join(__dirname, '..', `${suite}.test.ts`);
  if (!fs.existsSync(file)) continue;
  describe(suite, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  });
}
