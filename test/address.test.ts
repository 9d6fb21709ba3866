import { cellAddress, columnLetters, parseCellAddress, parseRangeAddress, sheetRef } from '../core/grid/address';

describe('A1 addresses', () => {
  it('converts columns both ways, past Z and ZZ', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    for (const c of [0, 5, 25, 26, 51, 700, 16383]) expect(parseCellAddress(cellAddress(3, c))).toEqual({ row: 3, col: c });
  });
  it('reads ranges with sheet names and $ signs', () => {
    expect(parseRangeAddress("'Phụ lục 1'!$B$2:D5")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRangeAddress('C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRangeAddress('not a range')).toBeNull();
  });
  it('quotes sheet names with apostrophes', () => {
    expect(sheetRef("Sở Nội vụ's", 'A1')).toBe("'Sở Nội vụ''s'!A1");
  });
});
