import ExcelJS from 'exceljs';
import { areaAddress, cellAddress, parseRangeAddress, type Area } from '../core/grid/address';
import { buildBuffer, buildWorkbook, headerRowIndex, loadSampleWorkbooks, mergeAreas } from '../scripts/build-samples';
import type { SampleSheet, SampleWorkbook } from '../samples/src/types';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-appendices';

const all = loadSampleWorkbooks();

/** Excel's serial for a calendar date: days since 1899-12-30. */
const serial = (y: number, m: number, d: number): number => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

const areas = (sheet: SampleSheet): Area[] => mergeAreas(sheet);
/** Merges as A1 text (the fixtures write them so). */
const mergeRefs = (sheet: SampleSheet): string[] => mergeAreas(sheet).map(areaAddress);

const overlap = (a: Area, b: Area): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe('sample fixtures are well formed', () => {
  it('finds the three seed workbooks, with distinct file names', () => {
    expect(all.map((w) => w.module)).toEqual(expect.arrayContaining(['seed000.ts', 'seed003-appendices.ts', 'seed004.ts']));
    const files = all.map((w) => w.sample.file);
    expect(new Set(files).size).toBe(files.length);
  });

  for (const { module, sample } of all) {
    describe(module, () => {
      it('has sheet names Excel accepts, unique in the workbook', () => {
        const names = sample.sheets.map((s) => s.name);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const n of names) {
          expect(n.length).toBeGreaterThan(0);
          expect(n.length).toBeLessThanOrEqual(31);
          expect(n).not.toMatch(/[:\\/?*[\]]/);
        }
      });

      for (const sheet of sample.sheets) {
        describe(sheet.name, () => {
          const width = sheet.values[headerRowIndex(sheet)].length;

          it('has no row wider than the table', () => {
            for (const row of sheet.values) expect(row.length).toBeLessThanOrEqual(width);
            if (seed) expect(sheet.widths?.length).toBe(width);
          });

          it('has merges inside the sheet, not overlapping, with only the top-left cell filled', () => {
            const as = areas(sheet);
            as.forEach((a, i) => {
              expect(a.bottom).toBeLessThan(sheet.values.length);
              expect(a.right).toBeLessThan(width);
              expect(a.bottom > a.top || a.right > a.left).toBe(true);
              for (let r = a.top; r <= a.bottom; r++)
                for (let c = a.left; c <= a.right; c++)
                  if (r !== a.top || c !== a.left) expect([areaAddress(a), cellAddress(r, c), sheet.values[r][c] ?? null]).toEqual([areaAddress(a), cellAddress(r, c), null]);
              for (const b of as.slice(i + 1)) expect(overlap(a, b)).toBe(false);
            });
          });

          // The checks below hold for the seed transcriptions; other fixtures may mean to break them.
          const seed = module.startsWith('seed');

          (seed ? it : it.skip)('keeps text in NFC, without stray HTML or empty strings', () => {
            for (const row of sheet.values)
              for (const v of row) {
                if (typeof v !== 'string') continue;
                expect(v).toBe(v.normalize('NFC'));
                expect(v).not.toMatch(/<\/?(p|ul|li)\b/);
                expect(v.trim()).not.toBe('');
              }
          });

          (seed ? it : it.skip)('formats only numbers as dates, and only plausible ones', () => {
            for (const [a1, fmt] of Object.entries(sheet.numFmts ?? {})) {
              const p = parseRangeAddress(a1)!;
              const v = sheet.values[p.top][p.left];
              expect(fmt).toBe('dd/mm/yyyy');
              expect(typeof v).toBe('number');
              expect(v as number).toBeGreaterThanOrEqual(serial(2021, 1, 1));
              expect(v as number).toBeLessThanOrEqual(serial(2025, 12, 31));
            }
          });
        });
      }
    });
  }
});

describe('seed 004 (Kế hoạch 367/KH-UBND, Đồng Tháp 2022)', () => {
  const sheet = seed004.sheets[0];
  const rows = sheet.values;
  const col = (r: number, c: number) => rows[r][c] ?? null;

  it('has the seven areas I–VII as section rows, titles merged B:I', () => {
    const sections = rows.map((r, i) => ({ r, i })).filter(({ r }) => /^[IVX]+$/.test(String(r[0] ?? '')));
    expect(sections.map(({ r }) => r[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    for (const { i } of sections) expect(mergeRefs(sheet)).toContain(`B${i + 1}:I${i + 1}`);
  });

  it('has the 39 activity rows of the seed', () => {
    // Counted in the seed's appendix (004_*.txt lines 218–963) by the activity numbers "3.x" in column
    // "3- Hoạt động", which restart in every section: I 3.1–3.4, II 3.1–3.9, III 3.1–3.3, IV 3.1–3.5,
    // V 3.1–3.2, VI 3.1–3.4, VII 3.1–3.12 — 4 + 9 + 3 + 5 + 2 + 4 + 12 = 39.
    const perSection: number[] = [];
    for (const r of rows) {
      if (/^[IVX]+$/.test(String(r[0] ?? ''))) perSection.push(0);
      else if (/^3\.\d+[:.]/.test(String(r[3] ?? ''))) perSection[perSection.length - 1]++;
    }
    expect(perSection).toEqual([4, 9, 3, 5, 2, 4, 12]);
    expect(perSection.reduce((a, b) => a + b, 0)).toBe(39);
  });

  it('keeps the merged goal, task, time and budget cells of the original', () => {
    for (const m of ['B40:B46', 'C42:C46', 'I14:I16', 'H14:H15', 'I7:I8', 'I49:I51']) expect(mergeRefs(sheet)).toContain(m);
    expect(col(13, 8)).toBe('Kinh phí tự chủ'); // I14, over II 3.3–3.5
    // A genuinely empty budget (VI 3.2) stays empty and is not merged with the one above.
    const vi32 = rows.findIndex((r) => String(r[3] ?? '').startsWith('3.2: Triển khai thực hiện nhiệm vụ Kế hoạch phát triển Chính quyền số'));
    expect(col(vi32, 8)).toBeNull();
    expect(areas(sheet).some((a) => a.left === 8 && a.bottom === vi32)).toBe(false);
  });

  it('has a progress report that fits the deadlines as of 15/10/2022', () => {
    const byTime = (t: string) => rows.filter((r) => r[7] === t);
    const [q1] = byTime('Quý I/2022');
    expect(q1[9]).toBe('Hoàn thành');
    expect(q1[10] as number).toBeLessThanOrEqual(serial(2022, 3, 31));
    const [q2] = byTime('Quý II/2022');
    expect(q2[9]).toBe('Đang thực hiện'); // overdue
    const [q4of2021] = byTime('Quý IV/2021');
    expect(q4of2021[10] as number).toBeGreaterThanOrEqual(serial(2021, 12, 1));
    expect(q4of2021[10] as number).toBeLessThanOrEqual(serial(2021, 12, 31));
    for (const r of rows.slice(headerRowIndex(sheet) + 1)) {
      if (typeof r[10] === 'number') expect(r[10]).toBeLessThanOrEqual(serial(2022, 10, 15));
      if (typeof r[10] === 'number') expect(String(r[9])).toMatch(/hoàn thành/i);
    }
  });
});

/** What exceljs reads back, as fixture values: merged cells other than the top-left one are null, dates are serials. */
function readBack(ws: ExcelJS.Worksheet, width: number, height: number): (string | number | boolean | null)[][] {
  const out: (string | number | boolean | null)[][] = [];
  for (let r = 1; r <= height; r++) {
    const row: (string | number | boolean | null)[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      const v = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
      if (v instanceof Date) row.push(Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86400000));
      else row.push((v as string | number | boolean | null) ?? null);
    }
    out.push(row);
  }
  return out;
}

async function roundTrip(sample: SampleWorkbook): Promise<ExcelJS.Workbook> {
  const data = await buildWorkbook(sample).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(data as ArrayBuffer);
  return back;
}

describe('the sample builder', () => {
  it('round-trips seed 004: cells, dates, merges', async () => {
    const back = await roundTrip(seed004);
    const sheet = seed004.sheets[0];
    const ws = back.getWorksheet(sheet.name)!;
    expect(ws).toBeDefined();
    expect(ws.getCell('D5').value).toBe('3- Hoạt động');
    expect(ws.getCell('A6').value).toBe('I');
    expect(ws.getCell('D7').value).toBe(sheet.values[6][3]);
    expect(ws.getCell('K7').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('K7').value).toEqual(new Date(Date.UTC(2022, 0, 28)));
    expect([...ws.model.merges].sort()).toEqual(mergeRefs(sheet).sort());
    const width = sheet.values[headerRowIndex(sheet)].length;
    expect(readBack(ws, width, sheet.values.length)).toEqual(sheet.values.map((r) => [...r, ...Array(width - r.length).fill(null)]));
  });

  it('round-trips every other sheet too, keeping "- " bullets as text', async () => {
    for (const sample of [seed000, seed003]) {
      const back = await roundTrip(sample);
      for (const sheet of sample.sheets) {
        const ws = back.getWorksheet(sheet.name)!;
        const width = sheet.values[headerRowIndex(sheet)].length;
        expect(readBack(ws, width, sheet.values.length)).toEqual(sheet.values.map((r) => [...r, ...Array(width - r.length).fill(null)]));
        expect([...ws.model.merges].sort()).toEqual(mergeRefs(sheet).sort());
      }
    }
    const pl1 = (await roundTrip(seed003)).getWorksheet('PL1 Sở Nội vụ')!;
    expect(pl1.getCell('E5').value).toBe('Thời gian   hoàn thành');
    expect(String(pl1.getCell('D9').value)).toMatch(/^- Hướng dẫn/);
  });

  it('writes text starting with "=", "+" or "-" as text, never as a formula', async () => {
    const tricky = ['=SUM(A1:A2)', '+ Bảng hiệu Bộ phận một cửa', '- 100% TTHC được công khai', '@Sở Nội vụ'];
    const sample: SampleWorkbook = {
      file: 'tricky.xlsx',
      source: 'test',
      sheets: [{ name: 'Tricky', values: [['STT', 'Nội dung'], ...tricky.map((t, i) => [i + 1, t])], merges: [] }],
    };
    const ws = (await roundTrip(sample)).getWorksheet('Tricky')!;
    tricky.forEach((t, i) => {
      const cell = ws.getCell(i + 2, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
    });
  });

  it('gives the same bytes on every build', async () => {
    const a = await buildBuffer(seed000);
    await new Promise((r) => setTimeout(r, 2100)); // past the zip's two-second time resolution
    const b = await buildBuffer(seed000);
    expect(a.equals(b)).toBe(true);
  });
});
