/**
 * The edges of reading a "Thời gian" cell (core/parse/time.ts): every dated form with its first and last day, the
 * years the parser accepts (1990–2100), the texts it refuses and the exact reasons the user reads, and the cells
 * that are not text at all. Texts are shaped like the seeds' deadlines ("Quý II/2022", "Tháng 12/2022",
 * "Trong năm 2022", "6 tháng đầu năm 2024").
 */
import { parseTime, type TimeSpec } from '../core/parse/time';

const day = (date: string): TimeSpec => ({ kind: 'deadline', date, start: date, period: 'day' });
const refused = (code: string, vi: string, en: string) => ({ ok: false, reason: { code, vi, en } });
const unread = (text: string) => refused('unrecognised', `Không đọc được thời hạn "${text}"`, `Cannot read the deadline "${text}"`);

describe('parseTime: half years', () => {
  it('reads “6 tháng đầu năm 2024” as 01/01–30/06/2024 and “6 tháng cuối năm 2024” as 01/07–31/12/2024', () => {
    expect(parseTime('6 tháng đầu năm 2024')).toEqual({ ok: true, value: { kind: 'deadline', date: '2024-06-30', start: '2024-01-01', period: 'half' } });
    expect(parseTime('6 tháng cuối năm 2024')).toEqual({ ok: true, value: { kind: 'deadline', date: '2024-12-31', start: '2024-07-01', period: 'half' } });
  });

  it('takes the plan’s year for “6 tháng đầu năm” and “6 tháng cuối năm” written without one', () => {
    expect(parseTime('6 tháng đầu năm', { defaultYear: 2022 })).toEqual({ ok: true, value: { kind: 'deadline', date: '2022-06-30', start: '2022-01-01', period: 'half' } });
    expect(parseTime('6 tháng cuối năm', { defaultYear: 2022 })).toEqual({ ok: true, value: { kind: 'deadline', date: '2022-12-31', start: '2022-07-01', period: 'half' } });
  });

  it('does not read a half year without any year, nor one with a mistyped year (“2202”)', () => {
    expect(parseTime('6 tháng đầu năm')).toEqual(unread('6 tháng đầu năm'));
    expect(parseTime('6 tháng cuối năm 2202')).toEqual(unread('6 tháng cuối năm 2202'));
  });
});

describe('parseTime: quarters, months and years give their first and last day', () => {
  it.each([
    ['Quý I/2022', '2022-01-01', '2022-03-31'],
    ['Quý II/2022', '2022-04-01', '2022-06-30'],
    ['quý 3 - 2024', '2024-07-01', '2024-09-30'],
    ['Quý IV năm 2024', '2024-10-01', '2024-12-31'],
    ['Q4/2024', '2024-10-01', '2024-12-31'],
  ])('%s runs from %s to %s', (text, start, date) => {
    expect(parseTime(text)).toEqual({ ok: true, value: { kind: 'deadline', date, start, period: 'quarter' } });
  });

  it('reads “Quý IV” and “Q2” with the plan’s year', () => {
    expect(parseTime('Quý IV', { defaultYear: 2021 })).toEqual({ ok: true, value: { kind: 'deadline', date: '2021-12-31', start: '2021-10-01', period: 'quarter' } });
    expect(parseTime('Q2', { defaultYear: 2023 })).toEqual({ ok: true, value: { kind: 'deadline', date: '2023-06-30', start: '2023-04-01', period: 'quarter' } });
  });

  it('says which quarter has no year, in both languages', () => {
    expect(parseTime('Quý III')).toEqual(refused('no-year', 'Không rõ năm của "quy iii"', 'No year given for "quy iii"'));
  });

  it('does not read a quarter with a mistyped year (“Quý II/2202”)', () => {
    expect(parseTime('Quý II/2202')).toEqual(unread('Quý II/2202'));
  });

  it.each([
    ['Tháng 1/2022', '2022-01-01', '2022-01-31'],
    ['Tháng 12/2022', '2022-12-01', '2022-12-31'],
    ['tháng 11 năm 2022', '2022-11-01', '2022-11-30'],
    ['tháng 11/2022', '2022-11-01', '2022-11-30'],
    ['Tháng 02 - 2024', '2024-02-01', '2024-02-29'],
    ['11/2022', '2022-11-01', '2022-11-30'],
    ['Hoàn thành 11/2022', '2022-11-01', '2022-11-30'],
    ['Hoàn thành 11/2022 (dự kiến)', '2022-11-01', '2022-11-30'],
    ['Hoàn thành 12 / 2024', '2024-12-01', '2024-12-31'],
  ])('%s is the month %s–%s', (text, start, date) => {
    expect(parseTime(text)).toEqual({ ok: true, value: { kind: 'deadline', date, start, period: 'month' } });
  });

  it('reads “Tháng 11” and “Tháng 1” with the plan’s year', () => {
    expect(parseTime('Tháng 11', { defaultYear: 2022 })).toEqual({ ok: true, value: { kind: 'deadline', date: '2022-11-30', start: '2022-11-01', period: 'month' } });
    expect(parseTime('Tháng 1', { defaultYear: 2022 })).toEqual({ ok: true, value: { kind: 'deadline', date: '2022-01-31', start: '2022-01-01', period: 'month' } });
  });

  it('does not read a month without any year, and does not call it a month that does not exist', () => {
    for (const text of ['Tháng 1', 'Tháng 11', 'Tháng 12']) expect(parseTime(text)).toEqual(unread(text));
  });

  it('refuses months 0 and 13, naming them in both languages', () => {
    expect(parseTime('Tháng 13/2022')).toEqual(refused('invalid-date', 'Tháng không tồn tại: "thang 13/2022"', 'No such month: "thang 13/2022"'));
    expect(parseTime('Tháng 0/2022')).toEqual(refused('invalid-date', 'Tháng không tồn tại: "thang 0/2022"', 'No such month: "thang 0/2022"'));
    expect(parseTime('Tháng 13', { defaultYear: 2022 })).toEqual(refused('invalid-date', 'Tháng không tồn tại: "thang 13"', 'No such month: "thang 13"'));
  });

  it('does not read a month with a mistyped year (“Tháng 11/2202”)', () => {
    expect(parseTime('Tháng 11/2202')).toEqual(unread('Tháng 11/2202'));
  });

  it.each([
    ['Trong năm 2022', 2022],
    ['Năm 1990', 1990],
    ['Năm 2100', 2100],
    ['2025', 2025],
    ['Trước 2025', 2025],
    ['Đến 2025', 2025],
    ['Cuối 2025', 2025],
    ['Trong 2025', 2025],
  ])('%s is the year %i', (text, y) => {
    expect(parseTime(text)).toEqual({ ok: true, value: { kind: 'deadline', date: `${y}-12-31`, start: `${y}-01-01`, period: 'year' } });
  });

  it('reads only the years 1990 to 2100', () => {
    for (const text of ['Năm 1989', 'Năm 2101', 'Năm 2202']) expect(parseTime(text)).toEqual(unread(text));
  });

  it('does not take a four-digit number inside other words for a year', () => {
    for (const text of ['Hoàn thành 2025', '2025 (dự kiến)', '12025']) expect(parseTime(text)).toEqual(unread(text));
  });
});

describe('parseTime: days', () => {
  it.each([
    ['31/12/2024', '2024-12-31'],
    ['Trước ngày 30/11/2024', '2024-11-30'],
    ['Trước ngày 15/6/2024 (theo kế hoạch)', '2024-06-15'],
    ['15 / 6 / 2024', '2024-06-15'],
    ['15-06-2024', '2024-06-15'],
    ['15.06.2024', '2024-06-15'],
    ['Từ 01/3/2024 đến 15/6/2024', '2024-06-15'],
    ['từ 01/3 đến 15/6/2024', '2024-06-15'],
    ['ngày 15 tháng 10 năm 2024', '2024-10-15'],
    ['ngày 5 tháng 1 năm 2024', '2024-01-05'],
    ['2024-09-30', '2024-09-30'],
    ['Trước 2024-09-15 (dự kiến)', '2024-09-15'],
  ])('%s is the day %s', (text, date) => {
    expect(parseTime(text)).toEqual({ ok: true, value: day(date) });
  });

  it('refuses a d/m/yyyy date that does not exist, quoting it with its order in both languages', () => {
    expect(parseTime('31/02/2024')).toEqual(refused('invalid-date', 'Ngày không tồn tại: "31/02/2024" (ngày/tháng/năm)', 'No such date: "31/02/2024" (day/month/year)'));
    expect(parseTime('Trước ngày 31/4/2024')).toEqual(refused('invalid-date', 'Ngày không tồn tại: "31/4/2024" (ngày/tháng/năm)', 'No such date: "31/4/2024" (day/month/year)'));
  });

  it('refuses a date in words that does not exist, in both languages', () => {
    expect(parseTime('ngày 31 tháng 4 năm 2024')).toEqual(refused('invalid-date', 'Ngày không tồn tại: "ngay 31 thang 4 nam 2024"', 'No such date: "ngay 31 thang 4 nam 2024"'));
  });

  it('does not read an ISO date that does not exist', () => {
    expect(parseTime('2024-02-30')).toEqual(unread('2024-02-30'));
  });
});

describe('parseTime: cells that are not text', () => {
  it('reads a whole number from 1990 to 2100 as a year, any other as an Excel date serial', () => {
    expect(parseTime(1990)).toEqual({ ok: true, value: { kind: 'deadline', date: '1990-12-31', start: '1990-01-01', period: 'year' } });
    expect(parseTime(2100)).toEqual({ ok: true, value: { kind: 'deadline', date: '2100-12-31', start: '2100-01-01', period: 'year' } });
    expect(parseTime(1989)).toEqual({ ok: true, value: day('1905-06-11') });
    expect(parseTime(2101)).toEqual({ ok: true, value: day('1905-10-01') });
    expect(parseTime(2024.5)).toEqual({ ok: true, value: day('1905-07-16') });
  });

  it('says a number that is no date is not a date, in both languages', () => {
    expect(parseTime(0)).toEqual(refused('not-a-date', 'Số 0 không phải là ngày', 'The number 0 is not a date'));
    expect(parseTime(-3)).toEqual(refused('not-a-date', 'Số -3 không phải là ngày', 'The number -3 is not a date'));
  });

  it('calls a cell with nothing to read empty, in both languages', () => {
    for (const v of [null, undefined, true, '', '   ', '\n']) expect(parseTime(v)).toEqual(refused('empty', 'Ô trống', 'Empty cell'));
  });
});

describe('parseTime: recurring, conditional and unreadable texts', () => {
  it.each([
    ['Hằng tuần', 'week'],
    ['Hằng tháng', 'month'],
    ['Định kỳ quý', 'quarter'],
    ['Hằng năm', 'year'],
    ['Thường xuyên', 'unspecified'],
  ])('%s recurs (%s) with no end', (text, every) => {
    expect(parseTime(text)).toEqual({ ok: true, value: { kind: 'recurring', every } });
  });

  it('keeps the end year of a recurring time only when it is a year it reads', () => {
    expect(parseTime('Hằng tháng trong năm 2024')).toEqual({ ok: true, value: { kind: 'recurring', every: 'month', until: '2024-12-31' } });
    expect(parseTime('Hằng quý và năm 2202')).toEqual({ ok: true, value: { kind: 'recurring', every: 'quarter' } });
  });

  it('reads conditional times exactly', () => {
    expect(parseTime('Khi có quy định của Bộ Công an')).toEqual({ ok: true, value: { kind: 'conditional', basis: 'event' } });
    expect(parseTime('Theo Đề án')).toEqual({ ok: true, value: { kind: 'conditional', basis: 'reference' } });
  });

  it('quotes the unreadable text as typed, without its surrounding spaces, in both languages', () => {
    expect(parseTime('  Sớm nhất có thể  ')).toEqual(unread('Sớm nhất có thể'));
  });
});
