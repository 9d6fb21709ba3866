import { formatViDate, parsePeriod, type AsOfRule, type IsoDate, type Lang } from '../core';
import { dateField, type DateField } from './date-field';
import { clear, h } from './dom';
import { tc } from './i18n';
import { asOfOrigin, periodChoices, type AsOfChange, type CommonSettings } from './settings';

/**
 * The period, the as-of date and the rule the date follows, as the pane and the page both show them: the
 * period list by year (the workbooks' own years included), the dd/mm/yyyy date field with a line saying where
 * its date comes from, and a live line saying what a change did to it.
 */

export type DateSettingsHandlers = {
  onPeriod: (code: string) => void;
  onDate: (date: IsoDate) => void;
  onRule: (rule: AsOfRule) => void;
  onInvalidDate: (text: string) => void;
  onValidDate?: () => void;
};

export class DateSettingsView {
  /** The fields, in order: period, as-of date, rule. */
  readonly fields: HTMLElement[];
  readonly period: HTMLSelectElement;
  readonly rule: HTMLSelectElement;
  private readonly date: DateField;
  private readonly origin: HTMLElement;
  private readonly change: HTMLElement;

  constructor(
    private readonly lang: Lang,
    s: CommonSettings,
    years: readonly number[],
    today: IsoDate,
    on: DateSettingsHandlers,
  ) {
    const t = (k: Parameters<typeof tc>[1], p?: Record<string, string | number>) => tc(lang, k, p);
    this.period = h('select', { id: 'period', on: { change: () => on.onPeriod(this.period.value) } });
    this.rule = h(
      'select',
      { id: 'as-of-rule', on: { change: () => on.onRule(this.rule.value as AsOfRule) } },
      h('option', { value: 'cut-off' }, t('ruleCutOff')),
      h('option', { value: 'period-end' }, t('rulePeriodEnd')),
    );
    this.origin = h('p', { className: 'field-note', id: 'as-of-origin' });
    this.change = h('p', { className: 'field-note change', id: 'as-of-change', role: 'status', 'aria-live': 'polite' });
    this.date = dateField({ id: 'as-of', value: s.asOf, describedBy: 'as-of-format as-of-origin', onDate: on.onDate, onInvalid: on.onInvalidDate, onValid: on.onValidDate });
    this.fields = [
      h('div', { className: 'field' }, h('label', { for: 'period' }, t('period')), this.period),
      h(
        'div',
        { className: 'field' },
        h('label', { for: 'as-of' }, t('asOf'), ' ', h('span', { className: 'muted format', id: 'as-of-format' }, `(${t('asOfFormat')})`)),
        this.date.input,
        this.origin,
        this.change,
      ),
      h('div', { className: 'field' }, h('label', { for: 'as-of-rule' }, t('asOfRule')), this.rule),
    ];
    this.update(s, years, today);
  }

  /** Shows `s`: the period list (for these years), the date, the rule, and where the date comes from. */
  update(s: CommonSettings, years: readonly number[], today: IsoDate): void {
    clear(this.period);
    for (const { year, codes } of periodChoices(s.asOf, s.period, years)) {
      const group = h('optgroup', { label: String(year) });
      for (const code of codes) {
        const p = parsePeriod(code);
        if (p.ok) group.append(h('option', { value: code, selected: code === s.period }, this.lang === 'vi' ? p.value.labelVi : p.value.labelEn));
      }
      this.period.append(group);
    }
    this.period.value = s.period;
    this.rule.value = s.asOfRule;
    this.date.set(s.asOf);
    const o = asOfOrigin(s, today);
    const label = (p: { labelVi: string; labelEn: string }) => (this.lang === 'vi' ? p.labelVi : p.labelEn);
    this.origin.textContent =
      o.kind === 'typed'
        ? tc(this.lang, 'originTyped')
        : o.kind === 'today'
          ? tc(this.lang, 'originToday', { period: label(o.period), date: formatViDate(o.ruleDate) })
          : tc(this.lang, o.kind === 'cut-off' ? 'originCutOff' : 'originPeriodEnd', { period: label(o.period) });
  }

  /** Shows (and announces) what the last change did to the date. */
  showChange(text: string): void {
    this.change.textContent = text;
  }

  /** The date field, for focus. */
  get input(): HTMLInputElement {
    return this.date.input;
  }
}

/** What a change did to the as-of date, in a sentence ('' when it stayed as it was). */
export function describeAsOfChange(lang: Lang, change: AsOfChange, period: string): string {
  const p = parsePeriod(period);
  const name = p.ok ? (lang === 'vi' ? p.value.labelVi : p.value.labelEn) : period;
  return change.kind === 'moved'
    ? tc(lang, 'asOfMoved', { from: formatViDate(change.from), to: formatViDate(change.to) })
    : change.kind === 'replaced'
      ? tc(lang, 'asOfReplaced', { from: formatViDate(change.from), to: formatViDate(change.to), period: name })
      : change.kind === 'kept'
        ? tc(lang, 'asOfKept', { date: formatViDate(change.date) })
        : '';
}
