import fc from 'fast-check';
import { parseTime } from '../core/parse/time';
import { isoToExcelSerial, isoToExcelSerialTime, msToExcelSerial } from '../core/dates';

const deadline = (text: string, year?: number) => {
  const r = parseTime(text, year ? { defaultYear: year } : {});
  if (!r.ok || r.value.kind !== 'deadline') throw new Error(`${text} → ${JSON.stringify(r)}`);
  return r.value;
};

describe('parseTime: every dated expression in the seeds', () => {
  it.each([
    ['31/12/2024', '2024-12-31', 'day'],
    ['30/9/2024', '2024-09-30', 'day'],
    ['Trước ngày 30/11/2024', '2024-11-30', 'day'],
    ['Quý I/2022', '2022-03-31', 'quarter'],
    ['Quý II/2022', '2022-06-30', 'quarter'],
    ['Quý IV/2021', '2021-12-31', 'quarter'],
    ['Quý IV/2022', '2022-12-31', 'quarter'],
    ['Quý I/2023', '2023-03-31', 'quarter'],
    ['Quý IV năm 2024', '2024-12-31', 'quarter'],
    ['Tháng 11/2022', '2022-11-30', 'month'],
    ['Trong tháng 01/2022', '2022-01-31', 'month'],
    ['Trong năm 2022', '2022-12-31', 'year'],
    ['Năm 2023', '2023-12-31', 'year'],
    ['Trong năm 2022 (Căn cứ tình hình thực tế)', '2022-12-31', 'year'],
    ['quý III năm 2024', '2024-09-30', 'quarter'],
    ['Q3/2024', '2024-09-30', 'quarter'],
    ['Quý 3/2024', '2024-09-30', 'quarter'],
    ['6 tháng đầu năm 2024', '2024-06-30', 'half'],
    ['ngày 15 tháng 10 năm 2024', '2024-10-15', 'day'],
    ['Tháng 2/2024', '2024-02-29', 'month'],
  ])('%s → %s', (text, date, period) => {
    const d = deadline(text);
    expect(d.date).toBe(date);
    expect(d.period).toBe(period);
  });

  it('gives a period its first day as start (Quý I/2022 runs from 01/01 to 31/03)', () => {
    expect(deadline('Quý I/2022')).toEqual({ kind: 'deadline', date: '2022-03-31', start: '2022-01-01', period: 'quarter' });
    expect(deadline('Tháng 11/2022').start).toBe('2022-11-01');
  });

  it('takes the year of "Quý III" and "Quý 3" from the plan', () => {
    expect(deadline('Quý III', 2024).date).toBe('2024-09-30');
    expect(deadline('Quý 3', 2022).date).toBe('2022-09-30');
    const r = parseTime('Quý III');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('no-year');
  });

  it('reads d/m/yyyy, never m/d', () => {
    expect(deadline('05/10/2024').date).toBe('2024-10-05');
    expect(deadline('1/2/2024').date).toBe('2024-02-01');
  });

  it('refuses dates that do not exist, with a reason', () => {
    const r = parseTime('31/02/2024');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('invalid-date');
      expect(r.reason.vi).toContain('31/02/2024');
    }
  });

  it('reads Excel date serials, and a year typed as a number', () => {
    expect(deadline(isoToExcelSerial('2024-12-31') as unknown as string).date).toBe('2024-12-31');
    expect(parseTime(45657)).toEqual({ ok: true, value: { kind: 'deadline', date: '2024-12-31', start: '2024-12-31', period: 'day' } });
    expect(parseTime(45657.75).ok && (parseTime(45657.75) as { value: { date: string } }).value.date).toBe('2024-12-31');
    expect(parseTime(2024)).toEqual({ ok: true, value: { kind: 'deadline', date: '2024-12-31', start: '2024-01-01', period: 'year' } });
  });

  it('is indifferent to tone-mark placement, NFD and case', () => {
    expect(deadline('QUÝ I/2022'.normalize('NFD')).date).toBe('2022-03-31');
    expect(deadline('trong  năm\n2022').date).toBe('2022-12-31');
  });
});

describe('parseTime: recurring and conditional times are understood, not unparsed', () => {
  it.each([
    ['Thường xuyên', 'unspecified'],
    ['Thực hiện thường xuyên', 'unspecified'],
    ['Thực hiện Thường xuyên', 'unspecified'],
    ['Thường xuyên trong năm', 'unspecified'],
    ['Hằng quý và năm 2022', 'quarter'],
    ['Mỗi tháng 02 kỳ', 'month'],
    ['Mỗi tháng 01 kỳ', 'month'],
    ['Theo chế độ báo cáo định kỳ', 'unspecified'],
    ['Theo chế độ báo cáo định ký', 'unspecified'],
  ])('%s is recurring (%s)', (text, every) => {
    const r = parseTime(text);
    expect(r.ok && r.value.kind === 'recurring' && r.value.every).toBe(every);
  });

  it('keeps the end year of "Hằng quý và năm 2022"', () => {
    expect(parseTime('Hằng quý và năm 2022')).toEqual({ ok: true, value: { kind: 'recurring', every: 'quarter', until: '2022-12-31' } });
  });

  it.each([
    ['Theo Kế hoạch', 'reference'],
    ['Theo kế hoạch', 'reference'],
    ['Theo Đề án', 'reference'],
    ['Theo quy định', 'reference'],
    ['Theo Kế hoạch tuyển dụng', 'reference'],
    ['Sau khi kiểm tra', 'event'],
    ['Khi có quy định của Bộ Công an', 'event'],
    ['Theo thông báo kết quả kiểm tra', 'event'],
    ['Theo Kế hoạch và đột xuất theo yêu cầu', 'event'],
  ])('%s is conditional (%s)', (text, basis) => {
    const r = parseTime(text);
    expect(r.ok && r.value.kind === 'conditional' && r.value.basis).toBe(basis);
  });

  it('does not mistake "Theo quy định" for a quarter (quy = quý without marks)', () => {
    const r = parseTime('Theo quy định');
    expect(r.ok && r.value.kind).toBe('conditional');
  });
});

describe('parseTime never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const r = parseTime(s, { defaultYear: 2024 });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
  it('on strings built from the vocabulary of real cells', () => {
    const word = fc.constantFrom('Quý', 'quý', 'IV', 'III', 'I', '3', '/', '2024', 'năm', 'tháng', '13', '31/02/2024', 'Thường xuyên', 'Theo', 'Kế hoạch', 'trước ngày', '0/0/0000', '99/99/9999', ' ', '-', '.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (ws) => {
        const r = parseTime(ws.join(' '));
        if (r.ok && r.value.kind === 'deadline') expect(r.value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });
  it('on any value a cell can hold', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.string()), (v) => {
        expect(() => parseTime(v)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('ISO dates and date-times as Excel serials (the writers of the report ask this one function)', () => {
  it('gives the serial Excel stores, whatever the time zone', () => {
    expect(isoToExcelSerialTime('2024-10-05', 'date')).toEqual({ ok: true, value: 45570 });
    expect(isoToExcelSerialTime('2024-10-05T12:00', 'datetime')).toEqual({ ok: true, value: 45570.5 });
    expect(isoToExcelSerialTime('1900-03-01', 'date')).toEqual({ ok: true, value: 61 });
    expect(msToExcelSerial(Date.UTC(1970, 0, 1))).toBe(25569);
  });
  it('refuses what is not ISO, and days and times that do not exist', () => {
    expect(isoToExcelSerialTime('05/10/2024 08:00', 'datetime')).toMatchObject({ ok: false, reason: { code: 'not-iso' } });
    expect(isoToExcelSerialTime('2024-10-05T08:00', 'date')).toMatchObject({ ok: false, reason: { code: 'not-iso' } });
    for (const v of ['2024-02-30', '2023-02-29']) expect(isoToExcelSerialTime(v, 'date')).toMatchObject({ ok: false, reason: { code: 'no-such' } });
    expect(isoToExcelSerialTime('2024-10-05T24:00', 'datetime')).toMatchObject({ ok: false, reason: { code: 'no-such' } });
  });
});
