/**
 * parse/budget.ts at its edges: each case below fails when the line it names is changed (each was checked by
 * editing that line and running this file). Amounts are the shapes of DOMAIN.md's "Kinh phí" column
 * ("150 triệu", "1,5 tỷ", "100.000.000 đồng", "05 triệu/tháng") and the sources seed 004 names.
 */
import { budgetUnitFromHeader, parseBudget, parseViNumber, type Budget } from '../core/parse/budget';

const amount = (vnd: number, perMonth = false): { ok: true; value: Budget } => ({
  ok: true,
  value: { kind: 'amount', vnd, perMonth, annualVnd: perMonth ? vnd * 12 : vnd },
});
const failure = (code: string, vi: string, en: string) => ({ ok: false, reason: { code, vi, en } });

describe('parseViNumber: Vietnamese number notation, form by form', () => {
  // The trim at the top: a number copied with spaces around it.
  it('reads “ 1,5 ” with spaces around it as 1.5', () => {
    expect(parseViNumber(' 1,5 ')).toBe(1.5);
  });

  // Dots grouping thousands, with an optional decimal comma: /^\d{1,3}(\.\d{3})+(,\d+)?$/.
  it.each([
    ['100.000', 100_000],
    ['10.000.000', 10_000_000],
    ['100.000.000', 100_000_000],
    ['1.234,5', 1234.5],
    ['1.234,56', 1234.56],
  ])('reads “%s” (dots group thousands) as %d', (text, n) => {
    expect(parseViNumber(text)).toBe(n);
  });

  // Commas grouping thousands (an English keyboard), but never a lone "1,500", which is 1.5 in Vietnamese.
  it.each([
    ['1,234,567', 1_234_567],
    ['12,345,678', 12_345_678],
    ['1,234.5', 1234.5],
    ['1,234.56', 1234.56],
    ['1,234,567.25', 1_234_567.25],
  ])('reads “%s” (commas group thousands) as %d', (text, n) => {
    expect(parseViNumber(text)).toBe(n);
  });
  it.each([
    ['1,500', 1.5],
    ['12,500', 12.5],
    ['1,5', 1.5],
    ['12,5', 12.5],
    ['1,25', 1.25],
    ['1234,567', 1234.567],
  ])('reads “%s”, one comma, as a decimal comma: %d', (text, n) => {
    expect(parseViNumber(text)).toBe(n);
  });

  // Plain digits and an English decimal point: /^\d+(\.\d+)?$/.
  it.each([
    ['12', 12],
    ['100', 100],
    ['1.5', 1.5],
    ['1.25', 1.25],
    ['1234.567', 1234.567],
  ])('reads “%s” as %d', (text, n) => {
    expect(parseViNumber(text)).toBe(n);
  });

  it.each([
    ['1.234.5678'], // a last group of four digits is no thousands group
    ['1,234,5678'],
    ['1.'], // a point with no decimals after it
    ['1.50.000'], // a misplaced dot
    ['1,2,3'],
    ['x'],
    ['-5'],
    [''],
  ])('gives no number for “%s”', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });

  // Number.isFinite: 400 nines are Infinity to Number(), not a number of đồng.
  it('gives no number for digits too long to be finite', () => {
    expect(parseViNumber('9'.repeat(400))).toBeNull();
  });
});

describe('parseBudget: a cell typed as a number', () => {
  it('reads 150 under “Kinh phí (triệu đồng)” as 150 000 000 đồng, and 0 as no money', () => {
    expect(parseBudget(150, { unit: 1e6 })).toEqual(amount(150e6));
    expect(parseBudget(1.5, { unit: 1e9 })).toEqual(amount(1.5e9));
    expect(parseBudget(500_000)).toEqual(amount(500_000));
    expect(parseBudget(0)).toEqual(amount(0));
  });

  it('refuses a negative or non-finite number with the reason shown to the user', () => {
    expect(parseBudget(-5)).toEqual(failure('negative', 'Kinh phí không hợp lệ: -5', 'Invalid budget: -5'));
    expect(parseBudget(-150, { unit: 1e6 })).toEqual(failure('negative', 'Kinh phí không hợp lệ: -150', 'Invalid budget: -150'));
    expect(parseBudget(Number.NaN)).toEqual(failure('negative', 'Kinh phí không hợp lệ: NaN', 'Invalid budget: NaN'));
    expect(parseBudget(Number.POSITIVE_INFINITY)).toEqual(failure('negative', 'Kinh phí không hợp lệ: Infinity', 'Invalid budget: Infinity'));
  });
});

describe('parseBudget: empty cells and “no money”', () => {
  it.each([[null], [undefined], [true], [{}]])('reads %p, which is no text, as an empty cell', (input) => {
    expect(parseBudget(input)).toEqual(failure('empty', 'Ô trống', 'Empty cell'));
  });
  it.each([['   '], ['.'], [';']])('reads “%s”, nothing once trimmed, as an empty cell', (input) => {
    expect(parseBudget(input)).toEqual(failure('empty', 'Ô trống', 'Empty cell'));
  });

  it.each([['Không'], ['Không.'], ['không;'], ['Không có'], ['Không sử dụng kinh phí'], ['-'], ['0']])(
    'reads “%s” as an amount of 0 đồng',
    (text) => {
      expect(parseBudget(text)).toEqual(amount(0));
    },
  );

  // The anchors of /^(khong|0|-|…)$/: a number that only ends or starts with 0 is not "none".
  it('reads “20” under a triệu header and “0,5 tỷ” as amounts, not as “0”', () => {
    expect(parseBudget('20', { unit: 1e6 })).toEqual(amount(20e6));
    expect(parseBudget('0,5 tỷ')).toEqual(amount(5e8));
  });
});

describe('parseBudget: amounts written out', () => {
  it.each([
    ['150 triệu', 150e6],
    ['150tr', 150e6],
    ['1,5 tỷ', 1.5e9],
    ['1,5 tỉ', 1.5e9],
    ['2 tỷ 500 triệu', 2.5e9],
    ['100.000.000 đồng', 1e8],
    ['100.000.000 VND', 1e8],
    ['500.000đ', 5e5],
    ['500 nghìn', 5e5],
    ['500 ngàn', 5e5],
    ['500k', 5e5],
    ['1.500 triệu', 1.5e9],
    ['1,234,567 đồng', 1_234_567],
    // ",-" after an amount, as accounts write it: the trailing comma is not part of the number.
    ['100.000.000,- đồng', 1e8],
  ])('reads “%s” as %d đồng', (text, vnd) => {
    expect(parseBudget(text)).toEqual(amount(vnd));
  });

  it('takes the header’s unit for a bare number, and the written unit over the header’s', () => {
    expect(parseBudget('250.000.000')).toEqual(amount(2.5e8));
    expect(parseBudget('150', { unit: 1e6 })).toEqual(amount(150e6));
    expect(parseBudget('150 triệu', { unit: 1e9 })).toEqual(amount(150e6));
  });

  it.each([
    ['05 triệu/tháng', 5e6],
    ['5 triệu / tháng', 5e6],
    ['05 triệu mỗi tháng', 5e6],
    ['05 triệu hằng tháng', 5e6],
    ['05 triệu hàng tháng', 5e6],
    ['05 triệu một tháng', 5e6],
    ['500.000đ/tháng', 5e5],
  ])('reads “%s” as %d đồng a month, twelve times that a year', (text, vnd) => {
    expect(parseBudget(text)).toEqual(amount(vnd, true));
  });
});

describe('parseBudget: what is not an amount', () => {
  it('reads text that only mentions an amount after a source as the source', () => {
    expect(parseBudget('Kinh phí 50 triệu')).toEqual({ ok: true, value: { kind: 'source', source: 'other' } });
  });

  it.each([
    ['Kinh phí tự chủ', 'autonomous'],
    ['Kinh phí kiểm tra', 'inspection'],
    ['Theo Kế hoạch', 'per-plan'],
    ['Theo Đề án', 'per-plan'],
    ['Theo quy định', 'per-regulation'],
    ['Theo định mức', 'per-regulation'],
    ['Xã hội hóa', 'socialised'],
    ['Ngân sách tỉnh', 'other'],
    ['Nguồn chi thường xuyên', 'other'],
  ])('reads “%s” as the source %s', (text, source) => {
    expect(parseBudget(text)).toEqual({ ok: true, value: { kind: 'source', source } });
  });

  it('says it cannot read a count that is not money, “03 lớp”, quoting the cell as typed', () => {
    expect(parseBudget(' 03 lớp ')).toEqual(
      failure('unrecognised', 'Không đọc được kinh phí "03 lớp"', 'Cannot read the budget "03 lớp"'),
    );
  });

  it('says it cannot read a word it does not know, quoting the cell without its spaces', () => {
    expect(parseBudget('  nhiều  ')).toEqual(failure('unrecognised', 'Không đọc được kinh phí "nhiều"', 'Cannot read the budget "nhiều"'));
  });

  it('says which amount it cannot read when a number is mistyped', () => {
    expect(parseBudget('  1.50.000 đồng  ')).toEqual(
      failure('bad-number', 'Không đọc được số tiền "1.50.000 đồng"', 'Cannot read the amount "1.50.000 đồng"'),
    );
  });
});

describe('budgetUnitFromHeader', () => {
  it.each([
    ['Kinh phí (tỷ đồng)', 1e9],
    ['Kinh phí (tỉ đồng)', 1e9],
    ['Kinh phí (triệu đồng)', 1e6],
    ['Kinh phí (nghìn đồng)', 1e3],
    ['Kinh phí (ngàn đồng)', 1e3],
    ['Kinh phí (đồng)', 1],
    ['8- Kinh phí', 1],
  ])('“%s” counts bare numbers in units of %d đồng', (header, unit) => {
    expect(budgetUnitFromHeader(header)).toBe(unit);
  });
});
