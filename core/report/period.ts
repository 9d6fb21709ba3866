import { z } from 'zod';
import { isoFromParts, lastDayOfMonth, type IsoDate } from '../dates';
import { fail, ok, type Result } from '../result';

/** Reporting periods named in the plans: Quý I, 6 tháng, Quý III (9 tháng), năm; and plain quarters. */
export const PeriodKindSchema = z.enum(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y']);
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

export const ReportPeriodSchema = z.object({
  year: z.number().int(),
  kind: PeriodKindSchema,
  /** "2024-Q3". */
  code: z.string(),
  /** First and last day the report covers; the last is the default as-of date. */
  start: z.string(),
  end: z.string(),
  /** "QUÝ III NĂM 2024" for titles, "Quý III (9 tháng) năm 2024" for text. */
  titleVi: z.string(),
  labelVi: z.string(),
  labelEn: z.string(),
});
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

const END_MONTH: Record<PeriodKind, number> = { Q1: 3, Q2: 6, H1: 6, Q3: 9, Q4: 12, Y: 12 };
/** Q2 and Q4 are plain quarters; Q1, H1, Q3 and Y are the cumulative reports (3, 6, 9, 12 months). */
const START_MONTH: Record<PeriodKind, number> = { Q1: 1, Q2: 4, H1: 1, Q3: 1, Q4: 10, Y: 1 };

const LABEL: Record<PeriodKind, { title: string; vi: string; en: string }> = {
  Q1: { title: 'QUÝ I', vi: 'Quý I', en: 'Q1' },
  Q2: { title: 'QUÝ II', vi: 'Quý II', en: 'Q2' },
  H1: { title: '6 THÁNG ĐẦU', vi: '6 tháng đầu', en: 'first half' },
  Q3: { title: 'QUÝ III', vi: 'Quý III (9 tháng)', en: 'Q3 (nine months)' },
  Q4: { title: 'QUÝ IV', vi: 'Quý IV', en: 'Q4' },
  Y: { title: '', vi: '', en: 'full year' },
};

export function makePeriod(year: number, kind: PeriodKind): ReportPeriod {
  const l = LABEL[kind];
  return {
    year,
    kind,
    code: `${year}-${kind}`,
    start: isoFromParts(year, START_MONTH[kind], 1)!,
    end: lastDayOfMonth(year, END_MONTH[kind]),
    titleVi: kind === 'Y' ? `NĂM ${year}` : `${l.title} NĂM ${year}`,
    labelVi: kind === 'Y' ? `Năm ${year}` : `${l.vi} năm ${year}`,
    labelEn: kind === 'Y' ? `${year} (full year)` : `${year} ${l.en}`,
  };
}

/** Reads "2024-Q3", "2024-H1", "2024-Y" (also "Q3-2024", "2024Q3", lower case). */
export function parsePeriod(input: string): Result<ReportPeriod> {
  const t = input.trim().toUpperCase();
  const m = /^(\d{4})[-/ ]?(Q[1-4]|H1|Y)$/.exec(t) ?? /^(Q[1-4]|H1|Y)[-/ ]?(\d{4})$/.exec(t);
  if (!m) {
    return fail('bad-period', `Kỳ báo cáo "${input}" không hợp lệ; ghi dạng 2024-Q1, 2024-H1, 2024-Q3, 2024-Y (hoặc 2024-Q2, 2024-Q4).`, `Invalid period "${input}"; write 2024-Q1, 2024-H1, 2024-Q3, 2024-Y (or 2024-Q2, 2024-Q4).`);
  }
  const [year, kind] = /^\d/.test(m[1]) ? [Number(m[1]), m[2]] : [Number(m[2]), m[1]];
  if (year < 2000 || year > 2100) return fail('bad-year', `Năm ${year} nằm ngoài khoảng 2000–2100.`, `The year ${year} is outside 2000–2100.`);
  return ok(makePeriod(year, kind as PeriodKind));
}

/** The quarter after the period's end: "due next period". */
export function nextQuarter(p: ReportPeriod): { start: IsoDate; end: IsoDate; labelVi: string; labelEn: string } {
  const endMonth = END_MONTH[p.kind];
  const year = endMonth === 12 ? p.year + 1 : p.year;
  const startMonth = endMonth === 12 ? 1 : endMonth + 1;
  const q = Math.floor((startMonth - 1) / 3) + 1;
  const roman = ['I', 'II', 'III', 'IV'][q - 1];
  return { start: isoFromParts(year, startMonth, 1)!, end: lastDayOfMonth(year, startMonth + 2), labelVi: `Quý ${roman} năm ${year}`, labelEn: `${year} Q${q}` };
}

/**
 * How a period's default as-of date is chosen. 'cut-off': the data window's last day under Nghị định
 * 09/2019/NĐ-CP, Điều 12 (the 14th of the period's last month), which periodic reports count to; 'period-end':
 * the period's last day, for offices that count to the end of the quarter.
 */
export const AsOfRuleSchema = z.enum(['cut-off', 'period-end']);
export type AsOfRule = z.infer<typeof AsOfRuleSchema>;

/**
 * The data window of a periodic report (Nghị định 09/2019/NĐ-CP, Điều 12): from the 15th of the month before
 * the period's first month to the 14th of its last month. Quý I/2024: 15/12/2023–14/03/2024; 6 tháng:
 * 15/12/2023–14/06/2024; Quý III (9 tháng): 15/12/2023–14/09/2024; năm: 15/12/2023–14/12/2024; Quý II:
 * 15/03–14/06; Quý IV: 15/09–14/12.
 */
export function dataWindow(p: ReportPeriod): { from: IsoDate; to: IsoDate } {
  const startMonth = START_MONTH[p.kind];
  const from = startMonth === 1 ? isoFromParts(p.year - 1, 12, 15)! : isoFromParts(p.year, startMonth - 1, 15)!;
  return { from, to: isoFromParts(p.year, END_MONTH[p.kind], 14)! };
}

/** The legal cut-off date of the period's report: the last day of its data window. */
export function cutOffDate(p: ReportPeriod): IsoDate {
  return dataWindow(p).to;
}

/**
 * The as-of date a report of the period is judged on unless the user names one: the cut-off (default) or the
 * period's last day; never later than `today` when given (a period not over yet is judged on today).
 */
export function defaultAsOf(p: ReportPeriod, rule: AsOfRule = 'cut-off', today?: IsoDate): IsoDate {
  const d = rule === 'cut-off' ? cutOffDate(p) : p.end;
  return today !== undefined && today < d ? today : d;
}

/** The period a date falls in, as staff would pick by default: the current quarter's report. */
export function currentQuarterPeriod(iso: IsoDate): ReportPeriod {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const kind = (['Q1', 'Q2', 'Q3', 'Q4'] as const)[Math.floor((m - 1) / 3)];
  return makePeriod(y, kind);
}

/**
 * What the as-of date of a report was taken from: the legal cut-off (Nghị định 09/2019/NĐ-CP, Điều 12), the
 * period's last day (offices that count to the quarter's end), or a date the user gave.
 */
export const AsOfBasisSchema = z.enum(['cut-off', 'period-end', 'given']);
export type AsOfBasis = z.infer<typeof AsOfBasisSchema>;

/** The dates a report states: its as-of date, the rule that chose it, and the data window it covers. */
export const ReportDatesSchema = z.object({
  asOf: z.string(),
  asOfRule: AsOfBasisSchema,
  /** "Số liệu tính từ 15/12/2023 đến 14/9/2024": from the window's start (by the rule) to the as-of date. */
  window: z.object({ from: z.string(), to: z.string() }),
});
export type ReportDates = z.infer<typeof ReportDatesSchema>;

/**
 * The as-of date, rule and data window of a report of `p`, in one call for the CLI, the page and the pane: the
 * date given when there is one, else the rule's (cut-off unless said), never past `today` when given. The
 * window starts where the rule counts from: the 15th of the month before the period (Điều 12), or the
 * period's first day when the office counts to the quarter's end.
 */
export function reportDates(p: ReportPeriod, opts: { asOf?: IsoDate | null; rule?: AsOfRule; today?: IsoDate } = {}): ReportDates {
  const rule = opts.rule ?? 'cut-off';
  const asOf = opts.asOf ?? defaultAsOf(p, rule, opts.today);
  return { asOf, asOfRule: opts.asOf ? 'given' : rule, window: { from: windowStart(p, rule), to: asOf } };
}

/** The first day a report's figures count from under a rule (a given date counts from the legal window's start). */
export function windowStart(p: ReportPeriod, rule: AsOfBasis): IsoDate {
  return rule === 'period-end' ? p.start : dataWindow(p).from;
}
