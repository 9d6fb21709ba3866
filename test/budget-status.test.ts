import fc from 'fast-check';
import { budgetUnitFromHeader, parseBudget, parseViNumber } from '../core/parse/budget';
import { parseStatus } from '../core/parse/status';

describe('parseBudget: every amount form in DOMAIN.md', () => {
  it.each([
    ['150 triệu', 150e6],
    ['50 triệu', 50e6],
    ['100 triệu', 100e6],
    ['130 triệu', 130e6],
    ['1,5 tỷ', 1.5e9],
    ['100.000.000 đồng', 1e8],
    ['2 tỷ 500 triệu', 2.5e9],
    ['500.000đ', 5e5],
    ['1.500 triệu', 1.5e9],
    ['250.000.000', 2.5e8],
  ])('%s → %d VND', (text, vnd) => {
    const r = parseBudget(text);
    expect(r).toEqual({ ok: true, value: { kind: 'amount', vnd, perMonth: false, annualVnd: vnd } });
  });

  it('reads a monthly amount and annualises it', () => {
    expect(parseBudget('05 triệu/tháng')).toEqual({ ok: true, value: { kind: 'amount', vnd: 5e6, perMonth: true, annualVnd: 60e6 } });
  });

  it.each([
    ['Kinh phí tự chủ', 'autonomous'],
    ['Theo Kế hoạch', 'per-plan'],
    ['Theo kế hoạch', 'per-plan'],
    ['Theo quy định', 'per-regulation'],
    ['Kinh phí kiểm tra', 'inspection'],
    ['Ngân sách tỉnh', 'other'],
  ])('%s is a source, not an amount', (text, source) => {
    expect(parseBudget(text)).toEqual({ ok: true, value: { kind: 'source', source } });
  });

  it('uses the unit named in the header for bare numbers', () => {
    expect(budgetUnitFromHeader('Kinh phí (triệu đồng)')).toBe(1e6);
    expect(budgetUnitFromHeader('8- Kinh phí')).toBe(1);
    expect(parseBudget(150, { unit: 1e6 })).toEqual({ ok: true, value: { kind: 'amount', vnd: 150e6, perMonth: false, annualVnd: 150e6 } });
  });

  it('gives a reason for text that is neither', () => {
    for (const t of ['abc', '03 lớp', 'nhiều']) {
      const r = parseBudget(t);
      expect(r.ok).toBe(false);
    }
  });

  it('reads Vietnamese number notation', () => {
    expect(parseViNumber('1,5')).toBe(1.5);
    expect(parseViNumber('100.000.000')).toBe(1e8);
    expect(parseViNumber('1.5')).toBe(1.5);
    expect(parseViNumber('1.234,5')).toBe(1234.5);
    expect(parseViNumber('x')).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.double(), fc.constant(null)), (s) => {
        expect(() => parseBudget(s)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseStatus', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Hoàn thành đúng hạn', 'done'],
    ['hoàn thành.', 'done'],
    ['100%', 'done'],
    ['Hoàn thành trễ hạn', 'done-late'],
    ['Hoàn thành quá hạn', 'done-late'],
    ['Đã hoàn thành nhưng trễ hạn', 'done-late'],
    ['Đang thực hiện', 'in-progress'],
    ['Đang triển khai', 'in-progress'],
    ['Chưa hoàn thành', 'in-progress'],
    ['80%', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Chưa triển khai', 'not-started'],
    ['Quá hạn', 'overdue'],
    ['Chưa hoàn thành (quá hạn)', 'overdue'],
    ['HOÀN THÀNH'.normalize('NFD'), 'done'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });
  it('treats an empty cell as not reported, and unknown text as a reason', () => {
    expect(parseStatus(null)).toEqual({ ok: true, value: null });
    expect(parseStatus('  ')).toEqual({ ok: true, value: null });
    expect(parseStatus('Tốt').ok).toBe(false);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean()), (s) => void parseStatus(s)), { numRuns: 1000 });
  });
});
