/**
 * Builds samples/*.xlsx from the sheet fixtures in samples/src/ (every module there that exports
 * `sampleWorkbook`, types.ts aside).
 *
 *   npx ts-node --transpile-only scripts/build-samples.ts
 *
 * Values are written as they are in the fixture: strings as plain (shared) strings, even when they start
 * with "=", "-" or "+" — never as formulas; numbers as numbers, with the fixture's number format (dates are
 * serials formatted dd/mm/yyyy). The output is byte-for-byte reproducible: fixed document properties and
 * fixed timestamps inside the zip.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SampleSheet, SampleWorkbook } from '../samples/src/types';
import { areaAddress, parseRangeAddress, type Area } from '../core/grid/address';

/** Fixed document date, so that a rebuild gives the same bytes. */
export const SAMPLE_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
export const SAMPLE_CREATOR = 'cchc samples';

const FONT_NAME = 'Times New Roman';
const FONT_SIZE = 12;
/** Points per text line at FONT_SIZE, and a little padding per row. */
const LINE_HEIGHT = 15.75;
const DEFAULT_WIDTH = 12;

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function sheetWidth(sheet: SampleSheet): number {
  let w = sheet.widths?.length ?? 0;
  for (const row of sheet.values) w = Math.max(w, row.length);
  return w;
}

/** The table's header row (0-based): the first row with more than one value. Rows above it are titles. */
export function headerRowIndex(sheet: SampleSheet): number {
  const i = sheet.values.findIndex((row) => row.filter((v) => v !== null && v !== '').length > 1);
  return i < 0 ? 0 : i;
}

/** The sheet's merged areas, 0-based (the fixtures write them as "A5:A9"; objects are accepted too). */
export function mergeAreas(sheet: SampleSheet): Area[] {
  return sheet.merges.map((m) => {
    const a = typeof m === 'string' ? parseRangeAddress(m) : m;
    if (!a) throw new Error(`${sheet.name}: bad merge "${String(m)}"`);
    return a;
  });
}

/** Lines a text needs in a column `width` characters wide (rough: one character per width unit). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.05) - 1);
  return text.split('\n').reduce((n, seg) => n + Math.max(1, Math.ceil(seg.length / perLine)), 0);
}

/** Row heights estimated from the wrapped text, since Excel does not fit merged or pre-sized rows itself. */
function rowHeights(sheet: SampleSheet, widths: number[], areas: Area[]): number[] {
  const lines = sheet.values.map(() => 1);
  const areaAt = new Map<string, Area>();
  for (const a of areas) areaAt.set(`${a.top}:${a.left}`, a);
  const tall: { area: Area; need: number }[] = [];
  sheet.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v !== 'string' || v === '') return;
      const area = areaAt.get(`${r}:${c}`) ?? { top: r, left: c, bottom: r, right: c };
      let width = 0;
      for (let k = area.left; k <= area.right; k++) width += widths[k] ?? DEFAULT_WIDTH;
      const need = linesFor(v, width);
      if (area.bottom === area.top) lines[r] = Math.max(lines[r], need);
      else tall.push({ area, need });
    });
  });
  // A vertically merged cell shares the height of its rows; give the last row what is missing.
  for (const { area, need } of tall) {
    let have = 0;
    for (let r = area.top; r <= area.bottom; r++) have += lines[r];
    if (have < need) lines[area.bottom] += need - have;
  }
  return lines.map((n) => Math.round((n * LINE_HEIGHT + 4) * 100) / 100);
}

function addSheet(wb: ExcelJS.Workbook, sheet: SampleSheet): ExcelJS.Worksheet {
  const width = sheetWidth(sheet);
  const header = headerRowIndex(sheet);
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: header + 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header + 1}:${header + 1}`,
    },
  });
  const widths = Array.from({ length: width }, (_, i) => sheet.widths?.[i] ?? DEFAULT_WIDTH);
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const bold = new Set(sheet.boldRows ?? []);
  const areas = mergeAreas(sheet);
  const heights = rowHeights(sheet, widths, areas);

  sheet.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    const isTitle = r < header;
    const font: Partial<ExcelJS.Font> = { name: FONT_NAME, size: FONT_SIZE, bold: bold.has(r + 1) };
    for (let c = 0; c < width; c++) {
      const v = values[c] ?? null;
      if (isTitle && v === null) continue;
      const cell = row.getCell(c + 1);
      // A plain string stays a string (a shared string in the file): exceljs writes a formula only for
      // { formula } objects, so "- …", "+ …" and "= …" are kept as text.
      if (v !== null) cell.value = v;
      const a1 = cell.address;
      const numFmt = sheet.numFmts?.[a1];
      if (numFmt) cell.numFmt = numFmt;
      cell.font = font;
      if (isTitle) {
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      } else {
        cell.alignment = {
          vertical: 'top',
          horizontal: r === header || c === 0 || typeof v === 'number' ? 'center' : 'left',
          wrapText: true,
        };
        cell.border = allBorders;
      }
    }
    row.height = heights[r];
  });
  for (const a of areas) ws.mergeCells(areaAddress(a));
  return ws;
}

/** The workbook for one fixture, in memory. */
export function buildWorkbook(sample: SampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = SAMPLE_CREATOR;
  wb.lastModifiedBy = SAMPLE_CREATOR;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  wb.title = sample.source;
  for (const sheet of sample.sheets) addSheet(wb, sheet);
  return wb;
}

/**
 * Sets every entry's modification time in a zip to SAMPLE_DATE (the zip library stamps the current time),
 * in both the central directory and the local headers.
 */
export function fixZipTimestamps(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const d = SAMPLE_DATE;
  const dosDate = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local file header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** The .xlsx bytes for one fixture, reproducible. */
export async function buildBuffer(sample: SampleWorkbook): Promise<Buffer> {
  const data = await buildWorkbook(sample).xlsx.writeBuffer();
  return fixZipTimestamps(Buffer.from(data as ArrayBuffer));
}

export const FIXTURES_DIR = path.join(__dirname, '..', 'samples', 'src');
export const SAMPLES_DIR = path.join(__dirname, '..', 'samples');

/** Every fixture module in samples/src/ that exports `sampleWorkbook`, by file name. */
export function loadSampleWorkbooks(dir = FIXTURES_DIR): { module: string; sample: SampleWorkbook }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts') && f !== 'types.ts')
    .sort()
    .flatMap((f) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(dir, f)) as { sampleWorkbook?: SampleWorkbook };
      return mod.sampleWorkbook ? [{ module: f, sample: mod.sampleWorkbook }] : [];
    });
}

async function main(): Promise<void> {
  fs.mkdirSync(SAMPLES_DIR, { recursive: true });
  for (const { module, sample } of loadSampleWorkbooks()) {
    const out = path.join(SAMPLES_DIR, sample.file);
    fs.writeFileSync(out, await buildBuffer(sample));
    const sheets = sample.sheets.map((s) => `"${s.name}" ${s.values.length} rows`).join(', ');
    console.log(`wrote ${path.relative(process.cwd(), out)} (from ${module}): ${sheets}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
