/**
 * The edges of the reporting period (core/report/period.ts): the codes staff type (2024-Q3, 2024-H1, 2024-Y), the
 * years accepted (2000–2100), the labels printed in titles, the quarter after a period, the data window and cut-off
 * of Nghị định 09/2019/NĐ-CP Điều 12 (from 15/12 of the year before, or the 15th of the month before a plain
 * quarter, to the 14th of the period's last month), and the as-of date a report is judged on. Every date is given.
 */
import { cutOffDate, currentQuarterPeriod, dataWindow, defaultAsOf, makePeriod, nextQuarter, parsePeriod, reportDates, windowStart, type PeriodKind } from '../core/report/period';

const period = (code: string) => {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(`${code}: ${r.reason.en}`);
  return r.value;
};

describe('makePeriod: the period’s days and the words that name it', () => {
  it.each<[PeriodKind, string, string, string, string, string]>([
    ['Q1', '2024-01-01', '2024-03-31', 'QUÝ I NĂM 2024', 'Quý I năm 2024', '2024 Q1'],
    ['Q2', '2024-04-01', '2024-06-30', 'QUÝ II NĂM 2024', 'Quý II năm 2024', '2024 Q2'],
    ['H1', '2024-01-01', '2024-06-30', '6 THÁNG ĐẦU NĂM 2024', '6 tháng đầu năm 2024', '2024 first half'],
    ['Q3', '2024-01-01', '2024-09-30', 'QUÝ III NĂM 2024', 'Quý III (9 tháng) năm 2024', '2024 Q3 (nine months)'],
    ['Q4', '2024-10-01', '2024-12-31', 'QUÝ IV NĂM 2024', 'Quý IV năm 2024', '2024 Q4'],
    ['Y', '2024-01-01', '2024-12-31', 'NĂM 2024', 'Năm 2024', '2024 (full year)'],
  ])('2024-%s runs from %s to %s and is titled “%s”', (kind, start, end, titleVi, labelVi, labelEn) => {
    expect(makePeriod(2024, kind)).toEqual({ year: 2024, kind, code: `2024-${kind}`, start, end, titleVi, labelVi, labelEn });
  });
});

describe('parsePeriod: the codes staff type', () => {
  it.each([
    ['2024-Q3', '2024-Q3'],
    [' 2024-q3 ', '2024-Q3'],
    ['2024Q3', '2024-Q3'],
    ['2024/H1', '2024-H1'],
    ['2024 Y', '2024-Y'],
    ['Q3-2024', '2024-Q3'],
    ['q4/2022', '2022-Q4'],
    ['H1 2024', '2024-H1'],
    ['Y2023', '2023-Y'],
  ])('reads “%s” as %s', (text, code) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: makePeriod(Number(code.slice(0, 4)), code.slice(5) as PeriodKind) });
  });

  it.each(['Kỳ 2024-Q3', '2024-Q3 (9 tháng)', '2024-Q34', '12024-Q3', 'Báo cáo Q3-2024', 'Q3-2024 (9 tháng)', 'Q3-20245', '2024-Q5', 'Q0-2024', '2024-H2', '24-Q3', 'Q3-24', '2024--Q3', 'Quý III/2024'])(
    'refuses “%s”, saying how to write a period, in both languages',
    (text) => {
      expect(parsePeriod(text)).toEqual({
        ok: false,
        reason: {
          code: 'bad-period',
          vi: `Kỳ báo cáo "${text}" không hợp lệ; ghi dạng 2024-Q1, 2024-H1, 2024-Q3, 2024-Y (hoặc 2024-Q2, 2024-Q4).`,
          en: `Invalid period "${text}"; write 2024-Q1, 2024-H1, 2024-Q3, 2024-Y (or 2024-Q2, 2024-Q4).`,
        },
      });
    },
  );

  it('accepts the years 2000 to 2100 and names a year outside them, in both languages', () => {
    expect(period('2000-Q1').code).toBe('2000-Q1');
    expect(period('2100-Y').code).toBe('2100-Y');
    expect(period('Q4-2100').code).toBe('2100-Q4');
    expect(parsePeriod('1999-Q4')).toEqual({ ok: false, reason: { code: 'bad-year', vi: 'Năm 1999 nằm ngoài khoảng 2000–2100.', en: 'The year 1999 is outside 2000–2100.' } });
    expect(parsePeriod('2101-Q1')).toEqual({ ok: false, reason: { code: 'bad-year', vi: 'Năm 2101 nằm ngoài khoảng 2000–2100.', en: 'The year 2101 is outside 2000–2100.' } });
    expect(parsePeriod('Q1-2101')).toEqual({ ok: false, reason: { code: 'bad-year', vi: 'Năm 2101 nằm ngoài khoảng 2000–2100.', en: 'The year 2101 is outside 2000–2100.' } });
  });
});

describe('nextQuarter: the quarter after the period, for “due next period”', () => {
  it.each([
    ['2024-Q1', '2024-04-01', '2024-06-30', 'Quý II năm 2024', '2024 Q2'],
    ['2024-Q2', '2024-07-01', '2024-09-30', 'Quý III năm 2024', '2024 Q3'],
    ['2024-H1', '2024-07-01', '2024-09-30', 'Quý III năm 2024', '2024 Q3'],
    ['2024-Q3', '2024-10-01', '2024-12-31', 'Quý IV năm 2024', '2024 Q4'],
    ['2024-Q4', '2025-01-01', '2025-03-31', 'Quý I năm 2025', '2025 Q1'],
    ['2024-Y', '2025-01-01', '2025-03-31', 'Quý I năm 2025', '2025 Q1'],
  ])('after %s comes %s–%s (%s)', (code, start, end, labelVi, labelEn) => {
    expect(nextQuarter(period(code))).toEqual({ start, end, labelVi, labelEn });
  });
});

describe('the data window and cut-off of Nghị định 09/2019, Điều 12', () => {
  it.each([
    ['2024-Q1', '2023-12-15', '2024-03-14'],
    ['2024-H1', '2023-12-15', '2024-06-14'],
    ['2024-Q3', '2023-12-15', '2024-09-14'],
    ['2024-Y', '2023-12-15', '2024-12-14'],
    ['2024-Q2', '2024-03-15', '2024-06-14'],
    ['2024-Q4', '2024-09-15', '2024-12-14'],
  ])('%s counts from %s to %s, its cut-off', (code, from, to) => {
    expect(dataWindow(period(code))).toEqual({ from, to });
    expect(cutOffDate(period(code))).toBe(to);
  });

  it('starts a report’s window at the period’s first day only when the office counts to the period’s end', () => {
    expect(windowStart(period('2024-Q2'), 'period-end')).toBe('2024-04-01');
    expect(windowStart(period('2024-Q2'), 'cut-off')).toBe('2024-03-15');
    expect(windowStart(period('2024-Q2'), 'given')).toBe('2024-03-15');
  });
});

describe('the as-of date a report is judged on', () => {
  const q3 = () => period('2024-Q3');

  it('is the cut-off unless the rule says the period’s end', () => {
    expect(defaultAsOf(q3())).toBe('2024-09-14');
    expect(defaultAsOf(q3(), 'cut-off')).toBe('2024-09-14');
    expect(defaultAsOf(q3(), 'period-end')).toBe('2024-09-30');
  });

  it('is today when the period is not over yet, never a day after the rule’s date', () => {
    expect(defaultAsOf(q3(), 'cut-off', '2024-08-01')).toBe('2024-08-01');
    expect(defaultAsOf(q3(), 'cut-off', '2024-09-14')).toBe('2024-09-14');
    expect(defaultAsOf(q3(), 'cut-off', '2024-09-15')).toBe('2024-09-14');
    expect(defaultAsOf(q3(), 'period-end', '2024-09-20')).toBe('2024-09-20');
    expect(defaultAsOf(q3(), 'period-end', '2026-12-07')).toBe('2024-09-30');
  });

  it('reports the cut-off and the window from 15/12 of the year before when nothing is said', () => {
    expect(reportDates(q3())).toEqual({ asOf: '2024-09-14', asOfRule: 'cut-off', window: { from: '2023-12-15', to: '2024-09-14' } });
    expect(reportDates(q3(), { asOf: null })).toEqual({ asOf: '2024-09-14', asOfRule: 'cut-off', window: { from: '2023-12-15', to: '2024-09-14' } });
  });

  it('reports the period’s end and the window from its first day under the period-end rule', () => {
    expect(reportDates(period('2024-Q2'), { rule: 'period-end' })).toEqual({ asOf: '2024-06-30', asOfRule: 'period-end', window: { from: '2024-04-01', to: '2024-06-30' } });
  });

  it('reports a given date as given, its window starting where the rule counts from', () => {
    expect(reportDates(q3(), { asOf: '2024-09-20', rule: 'period-end', today: '2024-09-01' })).toEqual({ asOf: '2024-09-20', asOfRule: 'given', window: { from: '2024-01-01', to: '2024-09-20' } });
    expect(reportDates(q3(), { asOf: '2024-09-20' })).toEqual({ asOf: '2024-09-20', asOfRule: 'given', window: { from: '2023-12-15', to: '2024-09-20' } });
  });

  it('reports today for a period not over yet', () => {
    expect(reportDates(q3(), { today: '2024-08-01' })).toEqual({ asOf: '2024-08-01', asOfRule: 'cut-off', window: { from: '2023-12-15', to: '2024-08-01' } });
  });
});

describe('currentQuarterPeriod: the quarter a date falls in', () => {
  it.each([
    ['2022-01-01', '2022-Q1'],
    ['2022-03-31', '2022-Q1'],
    ['2022-04-01', '2022-Q2'],
    ['2023-09-14', '2023-Q3'],
    ['2024-12-31', '2024-Q4'],
  ])('%s is in %s', (iso, code) => {
    expect(currentQuarterPeriod(iso)).toEqual(period(code));
  });
});
