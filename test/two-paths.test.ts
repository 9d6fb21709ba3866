import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { processFile } from '../cli/process-file';
import { readFileBytes } from '../cli/input';
import { readWorkbook } from '../core/io/read';
import { cliPath, codeOf, differences, pagePath } from '../scripts/two-paths';
import { requireLibreOffice } from './libreoffice';

/**
 * The CLI and the web page give the same outcome for the same file: the same code for a file refused, the same
 * findings and report records for one read. Old formats go through SheetJS, which took a Node Buffer down other
 * code paths than the page's Uint8Array, so fuzzed .xls files were "corrupt" in the CLI and "unsupported" on the
 * page. Here the seeds' samples as LibreOffice saves them (.xls, .ods) and as SheetJS writes them (.xlsb, Excel
 * 5.0 and 2.1), each with truncated and scrambled copies, go through both paths (`npm run corpus` does the same
 * over public test workbooks).
 */

const ROOT = path.join(__dirname, '..');
const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx'));
const SETTINGS = { asOf: '2024-09-30', dueSoonDays: 30, maxSeconds: 60 };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-two-paths-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A small deterministic generator (mulberry32), so each run fuzzes the same bytes. */
function random(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Copies of a file as mail and disks damage them: cut short at three points, and bytes overwritten at random. */
function damaged(bytes: Uint8Array, seed: number): Array<[string, Uint8Array]> {
  const r = random(seed);
  const out: Array<[string, Uint8Array]> = [];
  for (const at of [0.1, 0.5, 0.93]) out.push([`cut${Math.round(at * 100)}`, bytes.slice(0, Math.floor(bytes.length * at))]);
  for (const n of [8, 64]) {
    const b = bytes.slice();
    for (let k = 0; k < n; k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    out.push([`scrambled${n}`, b]);
  }
  return out;
}

/** The old-format files: LibreOffice's .xls and .ods of every sample, SheetJS's .xlsb, BIFF5 and BIFF2. */
function oldFiles(): string[] {
  requireLibreOffice();
  const profile = `-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`;
  for (const format of ['xls:MS Excel 97', 'ods']) {
    const r = spawnSync('soffice', [profile, '--headless', '--convert-to', format, '--outdir', tmp, ...SAMPLES.map((s) => path.join(ROOT, 'samples', s))], { encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0) throw new Error(`soffice: ${r.stderr}`);
  }
  for (const s of SAMPLES) {
    const wb = XLSX.read(fs.readFileSync(path.join(ROOT, 'samples', s)), { type: 'buffer' });
    // Print titles: SheetJS cannot write them to .xlsb, and says so on the console.
    if (wb.Workbook) delete wb.Workbook.Names;
    fs.writeFileSync(path.join(tmp, s.replace(/\.xlsx$/, '.xlsb')), XLSX.write(wb, { type: 'buffer', bookType: 'xlsb' }));
    fs.writeFileSync(path.join(tmp, s.replace(/\.xlsx$/, '.biff5.xls')), XLSX.write(wb, { type: 'buffer', bookType: 'biff5' }));
    // Excel 2.1 holds one sheet.
    const first = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(first, wb.Sheets[wb.SheetNames[0]], wb.SheetNames[0]);
    fs.writeFileSync(path.join(tmp, s.replace(/\.xlsx$/, '.biff2.xls')), XLSX.write(first, { type: 'buffer', bookType: 'biff2' }));
  }
  const bases = fs.readdirSync(tmp).filter((f) => /\.(xls|xlsb|ods)$/.test(f));
  const all: string[] = [];
  bases.forEach((f, i) => {
    const file = path.join(tmp, f);
    all.push(file);
    for (const [tag, bytes] of damaged(new Uint8Array(fs.readFileSync(file)), 1000 + i)) {
      const copy = path.join(tmp, f.replace(/(\.[a-z]+)$/, `.${tag}$1`));
      fs.writeFileSync(copy, bytes);
      all.push(copy);
    }
  });
  return all.sort();
}

describe('the CLI and the page give one outcome for each old-format file', () => {
  const tally = new Map<string, number>();
  let files: string[] = [];
  beforeAll(() => {
    files = oldFiles();
  }, 240_000);

  it('every file, whole, cut short or scrambled: the same code, findings and report records in both paths', async () => {
    expect(files.length).toBe(SAMPLES.length * 5 * 6);
    const differ: string[] = [];
    for (const file of files) {
      const cli = await cliPath(processFile, file, SETTINGS);
      const page = await pagePath(file, new Uint8Array(fs.readFileSync(file)), SETTINGS);
      const d = differences(cli, page);
      if (d.length > 0) differ.push(`${path.basename(file)}: ${d.join('; ')}`);
      const key = `${path.extname(file)} ${codeOf(page)}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    expect(differ).toEqual([]);
    // The set is worth comparing: the whole files are read with their findings, the damaged ones fail in more than one way.
    for (const key of ['.xls read', '.ods read', '.xlsb read', '.xls corrupt', '.ods corrupt', '.xlsb corrupt']) expect(`${key}: ${tally.get(key) ?? 0}`).not.toBe(`${key}: 0`);
  }, 300_000);

  it('a Buffer and a Uint8Array over the same bytes read alike, to the word of the damage', () => {
    // A cut .xls on which SheetJS fails one way given a Buffer and another given a Uint8Array.
    const whole = files.filter((f) => /\.xls$/.test(f) && !/\.(cut|scrambled)\d+\.xls$/.test(f));
    let compared = 0;
    for (const file of files.filter((f) => /\.(cut|scrambled)\d+\.(xls|xlsb|ods)$/.test(f))) {
      const bytes = fs.readFileSync(file);
      const asBuffer = readWorkbook(bytes);
      const asArray = readWorkbook(new Uint8Array(bytes));
      expect(asBuffer.ok ? 'read' : asBuffer.problem).toEqual(asArray.ok ? 'read' : asArray.problem);
      compared++;
    }
    expect(compared).toBeGreaterThan(whole.length);
  });

  it('the CLI hands the core a plain Uint8Array, as the page does', async () => {
    const r = await readFileBytes(path.join(ROOT, 'samples', SAMPLES[0]));
    if (!r.ok) throw new Error('not read');
    expect(Object.getPrototypeOf(r.bytes)).toBe(Uint8Array.prototype);
  });
});
