import * as fs from 'fs';
import { README, withCodes } from '../scripts/docs-codes';
import { TASK_RULES } from '../core/task/rules';

describe("the README's tables of finding codes", () => {
  const readme = fs.readFileSync(README, 'utf8');
  it('are the ones the rule registry generates (run npm run docs after changing a rule)', () => {
    expect(withCodes(readme)).toBe(readme);
  });
  it('list every task rule with its severity', () => {
    for (const r of TASK_RULES) expect(readme).toContain(`| \`${r.code}\` | ${r.severity} | ${r.meaning.en} |`);
  });
});
