/**
 * Faithful transcription, checked back: every line of every text cell of a seed 003 sheet must occur in the
 * seed's own text (spaces collapsed), with the seed's spelling, typos and tone marks. A "fixed" typo, a
 * paraphrase or a cell copied from the wrong appendix fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sampleWorkbook as appendices } from '../samples/src/seed003-appendices';
import { sampleWorkbook as indices } from '../samples/src/seed003-indices';

// The source document as the team received it (shared/seeds/003_*.txt), kept in the repository so that this
// check runs on any checkout, CI's included.
const seedsDir = path.join(__dirname, '..', 'samples', 'src', 'seeds');
const seedText = (prefix: string): string => {
  const file = fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${seedsDir}`);
  return fs.readFileSync(path.join(seedsDir, file), 'utf8').normalize('NFC');
};
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Text the fixtures add on purpose, each documented in its module's header comment. */
const ADDED: Record<string, string[]> = {
  // seed003-indices.ts: an empty results column for the coming year, as a province's tracking copy has.
  'PAR INDEX': ['Kết quả năm 2024'],
};

describe('seed 003 transcriptions are the seed, line for line', () => {
  const seed = collapse(seedText('003_'));
  for (const sheet of [...appendices.sheets, ...indices.sheets]) {
    it(`${sheet.name}: every text line occurs in the seed`, () => {
      const missing: string[] = [];
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== 'string') return;
          for (const line of v.split('\n')) {
            const l = collapse(line);
            if (l && !seed.includes(l) && !(ADDED[sheet.name] ?? []).includes(l)) missing.push(`${String.fromCharCode(65 + c)}${r + 1}: ${l}`);
          }
        }),
      );
      expect(missing).toEqual([]);
    });
  }
});
