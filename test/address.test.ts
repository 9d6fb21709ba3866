import * as fs from 'fs';
import * as path from 'path';
import { areaAddress, cellAddress, cellKey, columnIndex, columnLetters, MAX_COLS, needsQuotes, parseArea, parseCellAddress, parseRangeAddress, qualifiedAddress, sheetRef, splitSheet } from '../core/grid/address';

describe('A1 addresses', () => {
  it('converts columns both ways, past Z and ZZ', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    for (const c of [0, 5, 25, 26, 51, 700, 16383]) {
      expect(parseCellAddress(cellAddress(3, c))).toEqual({ row: 3, col: c });
      expect(columnIndex(columnLetters(c))).toBe(c);
    }
    expect(cellAddress(2, 1, true)).toBe('$B$3');
  });
  it('reads cells by hand as the reader does, within Excel’s grid only', () => {
    expect(cellKey('B7')).toBe(6 * MAX_COLS + 1);
    expect(cellKey('$xfd$1048576')).toBe(1_048_575 * MAX_COLS + 16_383);
    for (const bad of ['XFE1', 'A1048577', 'A0', 'B', '7', 'AAAA1', 'B7x', '']) expect([bad, cellKey(bad)]).toEqual([bad, -1]);
    expect(parseCellAddress(' C3 ')).toEqual({ row: 2, col: 2 });
  });
  it('reads ranges with sheet names and $ signs', () => {
    expect(parseRangeAddress("'Phụ lục 1'!$B$2:D5")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRangeAddress('C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRangeAddress('D5:B2')).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRangeAddress('not a range')).toBeNull();
    expect(parseRangeAddress('A:C')).toBeNull(); // cells only
  });
  it('reads whole columns and rows as Office.js writes them, and prints them back', () => {
    expect(parseArea('A:C')).toEqual({ top: 0, left: 0, bottom: 1_048_575, right: 2 });
    expect(parseArea('Sheet1!2:5')).toEqual({ top: 1, left: 0, bottom: 4, right: 16_383 });
    expect(parseArea('A')).toBeNull();
    for (const a of ['A1', 'B2:D5', 'A:C', '2:5', '1:1048576']) expect(areaAddress(parseArea(a)!)).toBe(a);
  });
  it('quotes sheet names only where Excel does, and always in links', () => {
    expect(sheetRef("Sở Nội vụ's", 'A1')).toBe("'Sở Nội vụ''s'!A1");
    expect(needsQuotes('Sheet1')).toBe(false);
    expect(needsQuotes('Tổng_hợp')).toBe(false);
    for (const n of ['Phụ lục 1', 'A1', 'R1C1', '2024', "O'Hara"]) expect([n, needsQuotes(n)]).toEqual([n, true]);
    expect(qualifiedAddress('Phụ lục 1', { top: 0, left: 0, bottom: 2, right: 1 })).toBe("'Phụ lục 1'!A1:B3");
    expect(splitSheet("'O''Hara'!B2")).toEqual({ sheet: "O'Hara", ref: 'B2' });
  });
});

describe('one set of A1 helpers', () => {
  // Column letters and A1 parsing are written once, in core/grid/address.ts; the add-in, the in-memory Excel,
  // the CLI and the file reader and writer import them.
  const roots = ['core', 'addin', 'cli'].map((d) => path.join(__dirname, '..', d));
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  it('has no second implementation of column letters or A1 parsing', () => {
    const own = path.join(__dirname, '..', 'core', 'grid', 'address.ts');
    const suspects = roots
      .flatMap(files)
      .filter((f) => f !== own)
      .filter((f) => /fromCharCode\(65\b|charCodeAt\(\w*\)\s*-\s*64\b|\(ch - 96\)|\[A-Za-z\]\{1,3\}/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(path.join(__dirname, '..'), f));
    expect(suspects).toEqual([]);
  });
});
