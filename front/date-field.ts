import { formatViDate, type IsoDate } from '../core';
import { parseDayMonthYear } from './dates';
import { h } from './dom';

/**
 * A date field that reads and shows dd/mm/yyyy whatever the browser's language: <input type="date"> shows
 * mm/dd/yyyy in a browser set to English and Vietnamese officers type day first. A plain text field, then,
 * that takes the date once it is whole and valid — never on a half-typed "14/09/202" or a year like 0020.
 */

export type DateFieldOptions = {
  id: string;
  /** null: the field starts empty (only with onEmpty). */
  value: IsoDate | null;
  /** Element ids that describe the field (its format hint, its note). */
  describedBy?: string;
  /** A whole, valid date different from the last one taken. */
  onDate: (date: IsoDate) => void;
  /** The field was left (or Enter pressed) holding no valid date: `text` as typed. */
  onInvalid: (text: string) => void;
  /** The field holds a valid date again (the error can go). */
  onValid?: () => void;
  /** Given: the date is optional, and emptying the field is valid and calls this. */
  onEmpty?: () => void;
};

export type DateField = { input: HTMLInputElement; set(date: IsoDate | null): void };

export function dateField(o: DateFieldOptions): DateField {
  let last: IsoDate | null = o.value;
  const input = h('input', {
    type: 'text',
    id: o.id,
    className: 'date-field',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'dd/mm/yyyy',
    maxlength: 10,
    value: o.value ? formatViDate(o.value) : '',
    'aria-describedby': o.describedBy,
  });
  const take = (commit: boolean) => {
    if (o.onEmpty && input.value.trim() === '') {
      input.removeAttribute('aria-invalid');
      o.onValid?.();
      if (last !== null) {
        last = null;
        o.onEmpty();
      }
      return;
    }
    const date = parseDayMonthYear(input.value);
    if (date === null) {
      if (commit) {
        input.setAttribute('aria-invalid', 'true');
        o.onInvalid(input.value);
      }
      return;
    }
    input.removeAttribute('aria-invalid');
    o.onValid?.();
    if (commit) input.value = formatViDate(date);
    if (date !== last) {
      last = date;
      o.onDate(date);
    }
  };
  // While typing: only a whole, valid date is taken. On leaving the field or Enter: anything else is said.
  input.addEventListener('input', () => take(false));
  input.addEventListener('change', () => take(true));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') take(true);
  });
  return {
    input,
    set(date: IsoDate | null) {
      last = date;
      if (date === null) {
        input.value = '';
        input.removeAttribute('aria-invalid');
        return;
      }
      // A date typed as "1/9/2024" is left as typed (the caret stays where it was); any other is shown dd/mm/yyyy.
      if (parseDayMonthYear(input.value) !== date) input.value = formatViDate(date);
      input.removeAttribute('aria-invalid');
    },
  };
}
