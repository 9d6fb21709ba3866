import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { validateWorkbook, type GridInput } from '../core';
import { readWorkbook, type ReadResult } from '../core/io/read';
import { loadSampleWorkbooks, buildBuffer } from '../scripts/build-samples';
import { generatePlanSheet } from '../scripts/bench-data';
import { readXlsxWithExceljs } from './legacy-exceljs-read';
import { workbookParts, xlsxOf, zipOf, type XCell } from './package-fixtures';
import { NINE_HEADER } from './helpers';

/**
 * The reader of workbook bytes (core/io/read): the same grids as the exceljs reader it replaced on every
 * sample and fixture, and the kinds of file learned from 1 500 public test workbooks (Apache POI, calamine,
 * XlsxWriter, exceljs), reproduced small: each read right, or refused with its one sentence, quickly.
 */

const ROOT = path.join(__dirname, '..');
const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx'));

/** A grid without its trailing empty rows and columns: the new reader sizes grids from what cells hold. */
function trimmed(g: GridInput) {
  const v = g.values;
  let rows = v.length;
  while (rows > 0 && v[rows - 1].every((x) => x === null)) rows--;
  let cols = 0;
  for (const r of v.slice(0, rows)) {
    let c = r.length;
    while (c > 0 && r[c - 1] === null) c--;
    cols = Math.max(cols, c);
  }
  const values = v.slice(0, rows).map((r) => Array.from({ length: cols }, (_, i) => r[i] ?? null));
  const texts = g.texts ? values.map((r, ri) => r.map((_, ci) => g.texts![ri]?.[ci] ?? '')) : undefined;
  return { name: g.name, hidden: Boolean(g.hidden), merges: [...((g.merges ?? []) as string[])].sort(), values, texts: texts?.some((r) => r.some((t) => t !== '')) ? texts : undefined };
}

const ok = (r: ReadResult): GridInput[] => {
  if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.problem)}`);
  return r.grids;
};
const problemOf = (r: ReadResult) => (r.ok ? 'read' : r.problem.code);

describe('the same grids as the exceljs reader it replaced', () => {
  it.each(SAMPLES)('samples/%s: same values, texts, merges, hidden state; same findings', async (name) => {
    const buf = fs.readFileSync(path.join(ROOT, 'samples', name));
    const before = await readXlsxWithExceljs(buf);
    const after = ok(readWorkbook(buf));
    expect(after.map(trimmed)).toEqual(before.map(trimmed));
    expect(validateWorkbook(after, { asOf: '2024-09-30' })).toEqual(validateWorkbook(before, { asOf: '2024-09-30' }));
  });

  it('every seed table, as the sample builder writes it', async () => {
    for (const { sample } of loadSampleWorkbooks()) {
      const buf = await buildBuffer(sample);
      expect(ok(readWorkbook(buf)).map(trimmed)).toEqual((await readXlsxWithExceljs(buf)).map(trimmed));
    }
  }, 60_000);

  it('a generated 1 500-row plan with merges, dates, statuses and typos', async () => {
    const buf = await buildBuffer({ file: 'ke-hoach.xlsx', source: 'generated', sheets: [generatePlanSheet({ rows: 1500, seed: 11 })] } as never);
    const before = await readXlsxWithExceljs(buf);
    const after = ok(readWorkbook(buf));
    expect(after.map(trimmed)).toEqual(before.map(trimmed));
    expect(after[0].merges!.length).toBeGreaterThan(1000);
  }, 60_000);

  it('formulas, errors, booleans, dates, hidden sheets: the hand-written fixtures', async () => {
    const rows: XCell[][] = [
      ['Tiêu đề', { f: 'A1&"x"', v: 'Tiêu đềx' }, { e: '#REF!' }, true, { date: 45_000 }, { f: 'TODAY()' }, 0.125],
      [null, { f: 'B1', v: '#N/A', t: 'e' }, { f: '1=1', v: true }, { f: '2*3', v: 6 }],
    ];
    const buf = xlsxOf([{ name: 'A', rows }, { name: 'Ẩn', rows: [['x']], state: 'veryHidden' }]);
    const after = ok(readWorkbook(buf));
    expect(after.map(trimmed)).toEqual((await readXlsxWithExceljs(buf)).map(trimmed));
    expect(after[0].values[0]).toEqual(['Tiêu đề', 'Tiêu đềx', '#REF!', true, 45_000, null, 0.125]);
    expect(after[0].texts![0][4]).toBe('15/03/2023');
    expect(after.map((g) => g.hidden)).toEqual([false, true]);
  });
});

// ------------------------------------------------------------------------------ packages made by hand

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The parts of a one-sheet workbook with the sheet's XML replaced. */
const withSheetXml = (xml: string, extra: { name: string; data: string }[] = []) =>
  zipOf([...workbookParts([{ name: 'Phụ lục', rows: [] }]).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: xml } : p)), ...extra]);
const sheet = (body: string, after = '') => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${body}</sheetData>${after}</worksheet>`;

describe('kinds of file from the public corpora, reproduced small', () => {
  it('inline strings (exceljs test files, POI): read as text', () => {
    const g = ok(readWorkbook(withSheetXml(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Sở Nội vụ</t></is></c><c r="B1" t="inlineStr"><is><r><t>Quý </t></r><r><t>IV/2024</t></r></is></c></row>'))));
    expect(g[0].values).toEqual([['Sở Nội vụ', 'Quý IV/2024']]);
  });

  it('rows and cells without numbers (POI 59746_NoRowNums.xlsx): counted from the one before', () => {
    const g = ok(readWorkbook(withSheetXml(sheet('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row/><row><c r="C3"><v>3</v></c><c><v>4</v></c></row>'))));
    expect(g[0].values).toEqual([
      ['a', 1, null, null],
      [null, null, null, null],
      [null, null, 3, 4],
    ]);
  });

  it('.NET markup with an x: prefix on every element, and rich text with phonetic runs', () => {
    const parts = workbookParts([{ name: 'S', rows: [] }]).map((p) => {
      if (p.name === 'xl/workbook.xml') return { ...p, data: `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>` };
      if (p.name === 'xl/worksheets/sheet1.xml') return { ...p, data: `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B1:C1"/></x:mergeCells></x:worksheet>` };
      if (p.name === 'xl/_rels/workbook.xml.rels') return { ...p, data: p.data.replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`) };
      return p;
    });
    parts.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>Kế hoạch</x:t></x:si><x:si><x:r><x:t>東京</x:t></x:r><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si></x:sst>` });
    const g = ok(readWorkbook(zipOf(parts)));
    expect(g[0].values).toEqual([['Kế hoạch', '東京']]);
    expect(g[0].merges).toEqual(['B1:C1']);
  });

  it('a workbook part at wtf/workbook.xml and Windows backslashes in part names (POI): found as Excel finds them', () => {
    const parts = workbookParts([{ name: 'Trang 1', rows: [['xin chào']] }]).map((p) => {
      if (p.name === '_rels/.rels') return { ...p, data: p.data.replace('Target="xl/workbook.xml"', 'Target="wtf/workbook.xml"') };
      if (p.name === 'xl/workbook.xml') return { ...p, name: 'wtf/workbook.xml' };
      if (p.name === 'xl/_rels/workbook.xml.rels') return { ...p, name: 'wtf/_rels/workbook.xml.rels', data: p.data.replace(/Target="(worksheets|styles)/g, 'Target="../xl/$1') };
      if (p.name.startsWith('xl/worksheets/')) return { ...p, name: p.name.replace(/\//g, '\\') };
      return p;
    });
    expect(ok(readWorkbook(zipOf(parts)))[0].values).toEqual([['xin chào']]);
  });

  it('empty row entries down to row 1 048 576 (a 6.6 kB LibreOffice file): a small grid, not "too large"', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${1_046_577 + i}" s="1" customFormat="1"/>`).join('');
    const g = ok(readWorkbook(withSheetXml(sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>${rows}`), []), { maxCells: 100 }));
    expect(g[0].values).toEqual([['x']]);
  });

  it('a data validation over a whole column and over the whole sheet: never expanded', () => {
    const dv = `<dataValidations count="2"><dataValidation type="list" sqref="F1:F1048576"><formula1>"Sở Nội vụ,Sở Tư pháp"</formula1></dataValidation><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"x"</formula1></dataValidation></dataValidations>`;
    const g = ok(readWorkbook(withSheetXml(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', dv)), { maxCells: 10 }));
    expect(g[0].values).toEqual([[1]]);
  });

  it('50 000 merged areas (POI 57893-many-merges.xlsx): read, and the cells under them empty', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>v${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('');
    const merges = `<mergeCells count="50000">${Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('')}</mergeCells>`;
    const g = ok(readWorkbook(withSheetXml(sheet(body, merges))));
    expect(g[0].merges).toHaveLength(50_000);
    expect(g[0].values[49_999]).toEqual(['v49999', null]);
  }, 60_000);

  it('an XML entity bomb ("billion laughs"): refused as a possibly malicious file, nothing expanded', () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
    const xml = `<?xml version="1.0"?>${lol}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    const r = readWorkbook(withSheetXml(xml));
    expect(r).toEqual({ ok: false, problem: { code: 'xml-entities' } });
  });

  it('a shared-strings bomb (POI poc-shared-strings.xlsx: one 1 MB string in 40 000 cells): refused by the text budget', () => {
    const big = 'x'.repeat(1_000_000);
    const cells = Array.from({ length: 400 }, (_, i) => `<row r="${i + 1}">${Array.from({ length: 100 }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${String.fromCharCode(65 + Math.floor(c / 26))}${i + 1}" t="s"><v>0</v></c>`).join('')}</row>`).join('');
    const parts = [
      ...workbookParts([{ name: 'S', rows: [] }]).map((p) =>
        p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: sheet(cells) } : p.name === 'xl/_rels/workbook.xml.rels' ? { ...p, data: p.data.replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`) } : p,
      ),
      { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst xmlns="${MAIN}"><si><t>${big}</t></si></sst>` },
    ];
    const r = readWorkbook(zipOf(parts));
    expect(r).toEqual({ ok: false, problem: { code: 'too-large', what: 'text', limit: 100_000_000 } });
  }, 30_000);

  it('a sheet XML that is not well-formed: damaged, in one problem', () => {
    expect(problemOf(readWorkbook(withSheetXml(sheet('<row r="1"><c r="A1"><v>1</c></row>'))))).toBe('corrupt');
  });

  it('an unknown compression method (Deflate64): Excel opens it, cchc says it cannot yet', () => {
    const buf = xlsxOf([{ name: 'S', rows: [['x']] }]);
    // Patch every entry's method (local and central headers) to 9, Deflate64.
    for (let i = 0; i + 4 < buf.length; i++) {
      if (buf.readUInt32LE(i) === 0x04034b50) buf.writeUInt16LE(9, i + 8);
      if (buf.readUInt32LE(i) === 0x02014b50) buf.writeUInt16LE(9, i + 10);
    }
    const r = readWorkbook(buf);
    expect(r.ok ? 'read' : r.problem).toEqual({ code: 'unsupported', what: expect.objectContaining({ en: expect.stringMatching(/compression/) }) });
  });

  it('a reader that asks the host clock, and stops when told to', () => {
    const buf = xlsxOf([{ name: 'S', rows: Array.from({ length: 5000 }, (_, i) => [`r${i}`, i]) }]);
    expect(readWorkbook(buf, { shouldStop: () => true, seconds: 10 })).toEqual({ ok: false, problem: { code: 'too-slow', seconds: 10 } });
    expect(problemOf(readWorkbook(buf, { shouldStop: () => false }))).toBe('read');
  });

  it('a part that lies about its size is stopped while inflating (fflate, the browser inflater)', () => {
    const data = Buffer.from(sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'Rà soát '.repeat(200_000)}</t></is></c></row>`));
    const buf = withSheetXml(data.toString());
    expect(readWorkbook(buf, { maxBytes: 1024 * 1024 })).toEqual({ ok: false, problem: { code: 'too-large-unpacked', limit: 1024 * 1024 } });
    expect(deflateRawSync(data).length).toBeLessThan(100_000);
  });
});

describe('.xls and .ods: the seeds\' samples read like their .xlsx twins', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-reader-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { requireLibreOffice, soffice } = require('./libreoffice') as typeof import('./libreoffice');

  it.each(SAMPLES)('%s as .xls and .ods: the same grids, merges and findings', (name) => {
    requireLibreOffice();
    const src = path.join(ROOT, 'samples', name);
    const twin = ok(readWorkbook(fs.readFileSync(src)));
    const expected = validateWorkbook(twin, { asOf: '2024-09-30' });
    for (const [format, ext] of [['xls:MS Excel 97', 'xls'], ['ods', 'ods']] as const) {
      const r = soffice(format, src, tmp);
      const out = path.join(tmp, name.replace(/\.xlsx$/, `.${ext}`));
      expect(fs.existsSync(out) ? 'converted' : r.stderr).toBe('converted');
      const read = readWorkbook(fs.readFileSync(out));
      expect(read.ok && read.format).toBe(ext);
      const grids = ok(read);
      expect(grids.map((g) => g.name)).toEqual(twin.map((g) => g.name));
      expect(grids.map((g) => [...(g.merges as string[])].sort())).toEqual(twin.map((g) => [...(g.merges as string[])].sort()));
      expect(grids.map((g) => trimmed(g).values)).toEqual(twin.map((g) => trimmed(g).values));
      const got = validateWorkbook(grids, { asOf: '2024-09-30' });
      expect(got.sheets.map((s) => [s.name, s.kind, s.rows, s.findings.map((f) => `${f.cell} ${f.code} ${f.value ?? ''}`)])).toEqual(
        expected.sheets.map((s) => [s.name, s.kind, s.rows, s.findings.map((f) => `${f.cell} ${f.code} ${f.value ?? ''}`)]),
      );
    }
  }, 180_000);

  it('cchc validate (the built command, which loads SheetJS only when an old file comes) reads the .xls as its twin', () => {
    requireLibreOffice();
    const name = 'dong-thap-2022-ke-hoach-cchc.xlsx';
    const src = path.join(ROOT, 'samples', name);
    soffice('xls:MS Excel 97', src, tmp);
    const xls = path.join(tmp, name.replace(/\.xlsx$/, '.xls'));
    const cli = path.join(ROOT, 'dist', 'cli', 'main.js');
    const json = (file: string) => JSON.parse(spawnSync(process.execPath, [cli, 'validate', file, '--as-of', '2022-10-15', '--json'], { encoding: 'utf8' }).stdout);
    const a = json(xls);
    const b = json(src);
    expect(a.skipped).toEqual([]);
    expect(a.files[0].sheets.map((sh: { findings: Array<{ cell: string; code: string }> }) => sh.findings.map((f) => `${f.cell} ${f.code}`))).toEqual(
      b.files[0].sheets.map((sh: { findings: Array<{ cell: string; code: string }> }) => sh.findings.map((f) => `${f.cell} ${f.code}`)),
    );
    expect(a.stats).toEqual(b.stats);
  }, 120_000);
});

void NINE_HEADER;
