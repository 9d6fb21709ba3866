import { parseReportSettings, type IsoDate, type Lang, type Message, type ReportSettings } from '../core';
import { dateField, type DateField } from '../front/date-field';
import { h } from '../front/dom';
import { tw, type WebKey } from './i18n';

/**
 * What an office writes once on the Word draft (Nghị định 30/2020/NĐ-CP): who issues it, its number, to whom it
 * goes, who signs. The fields hold the CLI's settings file (`--settings`, core/report/settings.ts) field for field:
 * they are kept in this browser as that file's JSON, read back through `parseReportSettings`, and can be opened
 * from or saved as such a file. The as-of rule is the page's own setting (the period's field), not kept here.
 * An empty field is left out: the draft then shows its placeholder ("[…]", "…") for the officer to fill in.
 */

export const REPORT_SETTINGS_KEY = 'cchc.web.report-settings.v1';

/** The Word draft's settings, without the as-of rule (the page keeps that with the period). */
export type DraftSettings = Omit<ReportSettings, 'asOfRule'>;

/** The settings kept in this browser, or none when absent or unreadable (never an exception). */
export function restoreDraftSettings(raw: string | null): DraftSettings {
  if (!raw) return {};
  const r = parseReportSettings(raw, 'localStorage');
  if (!r.ok) return {};
  const { asOfRule: _rule, ...draft } = r.value;
  return draft;
}

/** The settings file's text: the CLI's --settings format, `asOfRule` included when given. */
export function settingsFileText(s: ReportSettings): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

type TextKey = 'parentBody' | 'issuer' | 'issuerCode' | 'number' | 'place';
type SignerKey = 'authority' | 'title' | 'name';
type ListKey = 'recipients' | 'distribution';

/** The fields, in the order of the draft's heading, body and closing: [id, label, example]. */
const TEXTS: ReadonlyArray<[TextKey, WebKey, WebKey]> = [
  ['parentBody', 'rsParentBody', 'rsParentBodyExample'],
  ['issuer', 'rsIssuer', 'rsIssuerExample'],
  ['number', 'rsNumber', 'rsNumberExample'],
  ['issuerCode', 'rsIssuerCode', 'rsIssuerCodeExample'],
  ['place', 'rsPlace', 'rsPlaceExample'],
];
const LISTS: ReadonlyArray<[ListKey, WebKey, WebKey]> = [
  ['recipients', 'rsRecipients', 'rsRecipientsExample'],
  ['distribution', 'rsDistribution', 'rsDistributionExample'],
];
const SIGNER: ReadonlyArray<[SignerKey, WebKey, WebKey]> = [
  ['authority', 'rsAuthority', 'rsAuthorityExample'],
  ['title', 'rsTitle', 'rsTitleExample'],
  ['name', 'rsName', 'rsNameExample'],
];

export type ReportSettingsHandlers = {
  /** The settings changed (typed, or a file opened): keep them. */
  onChange: (s: DraftSettings) => void;
  /** A settings file was opened (its fields are shown and kept); its as-of rule, when it names one, is the page's. */
  onOpened: (file: string, rule: ReportSettings['asOfRule']) => void;
  /** Saving the settings as a file. */
  onSave: () => void;
  /** A message for the page's error line (a date not valid, a file that is not a settings file). */
  onError: (m: Message) => void;
  onClearError: () => void;
};

/** The "Thông tin trên dự thảo báo cáo (Word)" box: the fields, and a settings file to open or save. */
export class ReportSettingsView {
  readonly el: HTMLDetailsElement;
  private settings: DraftSettings;
  private readonly inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  private date: IsoDate | null;
  private readonly dateField: DateField;

  constructor(
    private readonly lang: Lang,
    initial: DraftSettings,
    private readonly on: ReportSettingsHandlers,
  ) {
    this.settings = initial;
    this.date = initial.date ?? null;
    const t = (k: WebKey, p?: Record<string, string | number>) => tw(lang, k, p);
    const text = (id: string, value: string | undefined, label: WebKey, example: WebKey, textarea = false) => {
      const attrs = { id: `rs-${id}`, placeholder: t(example), on: { input: () => this.changed() } };
      const input = textarea ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: 'text', autocomplete: 'off' });
      input.value = value ?? '';
      this.inputs.set(id, input);
      return h('div', { className: 'field' }, h('label', { for: `rs-${id}` }, t(label)), input);
    };
    const date = (this.dateField = dateField({
      id: 'rs-date',
      value: this.date,
      describedBy: 'rs-date-format',
      onDate: (d) => ((this.date = d), this.changed()),
      onEmpty: () => ((this.date = null), this.changed()),
      onInvalid: () => on.onError({ vi: tw('vi', 'rsBadDate'), en: tw('en', 'rsBadDate') }),
      onValid: () => on.onClearError(),
    }));
    const file = h('input', { type: 'file', id: 'rs-file', accept: '.json,application/json', className: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true', on: { change: (e) => void this.open(e.target as HTMLInputElement) } });
    const [parent, issuer, number, code, place] = TEXTS.map(([k, label, ex]) => text(k, initial[k], label, ex));
    this.el = h(
      'details',
      { className: 'draft-settings', id: 'draft-settings' },
      h('summary', {}, t('rsTitleBox')),
      h('p', { className: 'field-note' }, t('rsNote')),
      parent,
      issuer,
      h('div', { className: 'field-pair' }, number, code),
      h('div', { className: 'field-pair' }, place, h('div', { className: 'field' }, h('label', { for: 'rs-date' }, t('rsDate'), ' ', h('span', { className: 'muted format', id: 'rs-date-format' }, `(${t('rsDateFormat')})`)), date.input)),
      ...LISTS.map(([k, label, ex]) => text(k, initial[k]?.join('\n'), label, ex, true)),
      h('fieldset', { className: 'field signer' }, h('legend', {}, t('rsSigner')), ...SIGNER.map(([k, label, ex]) => text(`signer-${k}`, initial.signer?.[k], label, ex))),
      h(
        'div',
        { className: 'row' },
        h('button', { type: 'button', className: 'btn small', id: 'rs-open', on: { click: () => file.click() } }, t('rsOpen')),
        h('button', { type: 'button', className: 'btn small', id: 'rs-save', on: { click: () => on.onSave() } }, t('rsSave')),
      ),
      h('p', { className: 'field-note' }, t('rsFileNote')),
      file,
    );
  }

  get value(): DraftSettings {
    return this.settings;
  }

  /** The fields as settings: texts trimmed, one list entry a line, empty ones left out. */
  private read(): DraftSettings {
    const v = (id: string) => this.inputs.get(id)!.value.trim();
    const lines = (id: string) =>
      v(id)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const s: DraftSettings = {};
    for (const [k] of TEXTS) if (v(k)) s[k] = v(k);
    if (this.date) s.date = this.date;
    for (const [k] of LISTS) if (lines(k).length) s[k] = lines(k);
    const signer: NonNullable<DraftSettings['signer']> = {};
    for (const [k] of SIGNER) if (v(`signer-${k}`)) signer[k] = v(`signer-${k}`);
    if (Object.keys(signer).length) s.signer = signer;
    return s;
  }

  private changed(): void {
    // Through the settings file's own check, so the page keeps only what `cchc report --settings` would take.
    const r = parseReportSettings(JSON.stringify(this.read()));
    if (!r.ok) return this.on.onError(r.reason);
    this.settings = r.value;
    this.on.onChange(this.settings);
  }

  /** Shows settings in the fields (a file opened). */
  private show(s: DraftSettings): void {
    for (const [k] of TEXTS) this.inputs.get(k)!.value = s[k] ?? '';
    for (const [k] of LISTS) this.inputs.get(k)!.value = s[k]?.join('\n') ?? '';
    for (const [k] of SIGNER) this.inputs.get(`signer-${k}`)!.value = s.signer?.[k] ?? '';
    this.date = s.date ?? null;
    this.dateField.set(this.date);
  }

  /** A settings file (the CLI's --settings): its fields, and its as-of rule; or the sentence saying what is wrong. */
  private async open(input: HTMLInputElement): Promise<void> {
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    let text: string;
    try {
      text = await f.text();
    } catch {
      return this.on.onError({ vi: tw('vi', 'rsUnreadable', { file: f.name }), en: tw('en', 'rsUnreadable', { file: f.name }) });
    }
    const r = parseReportSettings(text, f.name);
    if (!r.ok) return this.on.onError(r.reason);
    this.on.onClearError();
    const { asOfRule, ...draft } = r.value;
    this.show(draft);
    this.settings = draft;
    this.on.onChange(draft);
    this.on.onOpened(f.name, asOfRule);
    this.el.open = true;
    (this.inputs.get('parentBody') as HTMLElement).focus();
  }
}
