/**
 * The date a report is judged on (issue 17 §2), as the pane and the page both keep it (front/settings.ts): the
 * as-of date follows the period's rule (the cut-off of Nghị định 09/2019 by default) or is the date the user
 * typed, restored with its period; a period picked never replaces a typed date silently; the date field takes
 * dd/mm/yyyy only when whole and valid; the periods offered include the workbooks' own years.
 */
import { noTableMessage, validateWorkbook, workbookYears } from '../core';
import { restoreSettings, defaultSettings } from '../addin/app/settings';
import { parseDayMonthYear } from '../front/dates';
import { asOfOrigin, choosePeriod, chooseRule, defaultCommonSettings, periodChoices, restoreCommonSettings, ruleAsOf, savedCommonSettings, typeAsOf, type CommonSettings } from '../front/settings';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';
import { sampleWorkbook as seed003 } from '../samples/src/seed003-indices';

/** 7 December 2026, the day the issue was filed: far from every period below, so nothing follows "today" by accident. */
const TODAY = '2026-12-07';
const base = (over: Partial<CommonSettings> = {}): CommonSettings => ({ ...defaultCommonSettings('vi', new Date(2026, 11, 7)), ...over });

describe('the as-of date a period gives', () => {
  it('is the cut-off, the 14th of the period’s last month, by default; the period’s last day on request; never after today', () => {
    expect(ruleAsOf('2024-Q3', 'cut-off', TODAY)).toBe('2024-09-14');
    expect(ruleAsOf('2024-Q3', 'period-end', TODAY)).toBe('2024-09-30');
    expect(ruleAsOf('2024-Y', 'cut-off', TODAY)).toBe('2024-12-14');
    // A period not over yet is judged on today.
    expect(ruleAsOf('2024-Q4', 'cut-off', '2024-10-05')).toBe('2024-10-05');
    expect(ruleAsOf('2024-Q4', 'period-end', '2024-12-20')).toBe('2024-12-20');
    expect(ruleAsOf('2024-Q4', 'cut-off', '2024-12-20')).toBe('2024-12-14');
  });

  it('a fresh start: the current quarter, its date by the cut-off rule', () => {
    expect(defaultCommonSettings('vi', new Date(2024, 9, 5))).toEqual({ period: '2024-Q4', asOf: '2024-10-05', asOfRule: 'cut-off', asOfTyped: false, dueSoonDays: 30, lang: 'vi' });
    expect(defaultCommonSettings('en', new Date(2024, 11, 20)).asOf).toBe('2024-12-14');
  });
});

describe('after a reload', () => {
  it('a saved period brings its own date back, not today’s (the Quý III/2024 report once said “tính đến 07/12/2026”)', () => {
    // What the page and the pane saved before: the period and no date.
    const s = restoreCommonSettings({ period: '2024-Q3', dueSoonDays: 30, lang: 'vi' }, base(), TODAY);
    expect(s).toMatchObject({ period: '2024-Q3', asOf: '2024-09-14', asOfTyped: false, asOfRule: 'cut-off' });
    expect(restoreCommonSettings({ period: '2024-Q3', asOfRule: 'period-end' }, base(), TODAY).asOf).toBe('2024-09-30');
  });

  it('a typed date comes back with its period', () => {
    const typed = typeAsOf(base({ period: '2024-Q3', asOf: '2024-09-14' }), '2024-09-20', TODAY);
    const saved = JSON.parse(JSON.stringify(savedCommonSettings(typed))) as Record<string, unknown>;
    expect(restoreCommonSettings(saved, base(), TODAY)).toMatchObject({ period: '2024-Q3', asOf: '2024-09-20', asOfTyped: true });
    // The pane's own settings (and the ribbon's, which reads them) too.
    expect(restoreSettings(JSON.stringify({ ...saved, scope: 'active' }), defaultSettings('vi', new Date(2026, 11, 7)), TODAY)).toMatchObject({ period: '2024-Q3', asOf: '2024-09-20', scope: 'active' });
  });

  it('a date that was not typed is never restored as it was: it follows the period again', () => {
    expect(restoreCommonSettings({ period: '2024-Q3', asOf: '2024-09-20', asOfTyped: false }, base(), TODAY).asOf).toBe('2024-09-14');
  });

  it('anything unreadable falls back, field by field', () => {
    const fallback = base();
    expect(restoreCommonSettings({ period: '2024-Q9', asOfRule: 'whenever', asOf: '0020-01-01', asOfTyped: true, dueSoonDays: -1, lang: 'fr' }, fallback, TODAY)).toEqual({ ...fallback, asOf: ruleAsOf(fallback.period, 'cut-off', TODAY) });
    expect(restoreSettings('{not json', defaultSettings('vi', new Date(2026, 11, 7)), TODAY)).toEqual(defaultSettings('vi', new Date(2026, 11, 7)));
  });
});

describe('picking a period or a rule', () => {
  it('moves a date that follows the rule, and says from what to what', () => {
    const r = choosePeriod(base({ period: '2024-Q4', asOf: '2024-12-07' }), '2024-Q3', TODAY);
    expect(r.settings).toMatchObject({ period: '2024-Q3', asOf: '2024-09-14', asOfTyped: false });
    expect(r.change).toEqual({ kind: 'moved', from: '2024-12-07', to: '2024-09-14' });
  });

  it('keeps a typed date inside the new period’s window, and says it was kept', () => {
    const typed = typeAsOf(base({ period: '2024-Q3', asOf: '2024-09-14' }), '2024-06-20', TODAY);
    // Quý I to Quý III, 6 tháng…: windows from 15/12/2023; 6 tháng ends 30/06/2024.
    const r = choosePeriod(typed, '2024-H1', TODAY);
    expect(r.settings).toMatchObject({ period: '2024-H1', asOf: '2024-06-20', asOfTyped: true });
    expect(r.change).toEqual({ kind: 'kept', date: '2024-06-20' });
  });

  it('replaces a typed date outside the new period, never silently', () => {
    const typed = typeAsOf(base({ period: '2024-Q3' }), '2024-09-20', TODAY);
    const r = choosePeriod(typed, '2022-Q3', TODAY);
    expect(r.settings).toMatchObject({ period: '2022-Q3', asOf: '2022-09-14', asOfTyped: false });
    expect(r.change).toEqual({ kind: 'replaced', from: '2024-09-20', to: '2022-09-14' });
  });

  it('the rule moves a date that follows it, and leaves a typed one', () => {
    expect(chooseRule(base({ period: '2024-Q3', asOf: '2024-09-14' }), 'period-end', TODAY)).toEqual({ settings: expect.objectContaining({ asOf: '2024-09-30', asOfRule: 'period-end' }), change: { kind: 'moved', from: '2024-09-14', to: '2024-09-30' } });
    const typed = typeAsOf(base({ period: '2024-Q3' }), '2024-09-20', TODAY);
    expect(chooseRule(typed, 'period-end', TODAY).settings.asOf).toBe('2024-09-20');
  });

  it('typing the very date the rule gives leaves the date following the rule', () => {
    expect(typeAsOf(base({ period: '2024-Q3' }), '2024-09-14', TODAY).asOfTyped).toBe(false);
    expect(typeAsOf(base({ period: '2024-Q3' }), '2024-09-15', TODAY).asOfTyped).toBe(true);
  });

  it('the line under the field says where the date comes from', () => {
    expect(asOfOrigin(base({ period: '2024-Q3', asOf: '2024-09-14' }), TODAY)).toMatchObject({ kind: 'cut-off' });
    expect(asOfOrigin(base({ period: '2024-Q3', asOf: '2024-09-30', asOfRule: 'period-end' }), TODAY)).toMatchObject({ kind: 'period-end' });
    expect(asOfOrigin(base({ period: '2024-Q4', asOf: '2024-10-05' }), '2024-10-05')).toMatchObject({ kind: 'today', ruleDate: '2024-12-14' });
    expect(asOfOrigin(typeAsOf(base({ period: '2024-Q3' }), '2024-09-20', TODAY), TODAY)).toEqual({ kind: 'typed' });
  });
});

describe('the date field reads dd/mm/yyyy, whole and valid only', () => {
  it.each([
    ['14/09/2024', '2024-09-14'],
    ['1/9/2024', '2024-09-01'],
    ['14-09-2024', '2024-09-14'],
    [' 14.09.2024 ', '2024-09-14'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDayMonthYear(text)).toBe(iso));

  it.each(['14/09/202', '14/09/0020', '14/09/1999', '31/02/2024', '29/02/2023', '09/30/2024', '2024-09-14', '14/09', '', '14/09/20244'])('“%s” is no date (yet)', (text) => expect(parseDayMonthYear(text)).toBeNull());
});

describe('the periods offered', () => {
  it('by year, newest first: the date’s year and the year before, the workbooks’ years, and the current choice', () => {
    expect(periodChoices('2024-09-14', '2024-Q3').map((g) => g.year)).toEqual([2024, 2023]);
    const offered = periodChoices('2024-09-14', '2019-Y', [2022, 2021, 1850]);
    expect(offered.map((g) => g.year)).toEqual([2024, 2023, 2022, 2021, 2019]);
    expect(offered[0].codes).toEqual(['2024-Q1', '2024-H1', '2024-Q3', '2024-Y', '2024-Q2', '2024-Q4']);
  });

  it('the workbooks’ years come from their plans’ titles and index columns', () => {
    const asOf = '2026-12-07';
    expect(workbookYears(validateWorkbook(seed004.sheets, { asOf }).sheets)).toEqual([2022]);
    const years = workbookYears(validateWorkbook(seed003.sheets, { asOf }).sheets);
    expect(years).toContain(2023);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('a workbook with no table, named in the open workbook’s words', () => {
  it('says “sổ này” / “this workbook” in the task pane', () => {
    const m = noTableMessage({ vi: 'này', en: 'this workbook' }, [{ name: 'Sheet1', kind: 'unknown' }]);
    expect(m?.vi).toBe('Không tìm thấy bảng nhiệm vụ hay bảng chỉ số nào trong sổ này (đã xem 1 trang: “Sheet1”). Có thể đơn vị đã gửi nhầm tệp; sổ này không được tính vào báo cáo.');
    expect(m?.en).toMatch(/^No task table and no index table found in this workbook \(looked at 1 sheet: “Sheet1”\)/);
    expect(noTableMessage({ vi: 'này', en: 'this workbook' }, [{ name: 'Danh mục cơ quan', kind: 'unknown', directory: true }])?.en).toMatch(/^This workbook has no sheet to check/);
  });
});
