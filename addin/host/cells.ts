/**
 * What Excel does with a value written to a cell, and how it shows a number: the input rules
 * (text → formula / number / boolean / text), display text per number format, colours, and a
 * deliberately tiny formula evaluator.
 */
import { OfficeError } from './errors';

export type Scalar = string | number | boolean;

export type Input =
  | { kind: 'skip' }
  | { kind: 'clear' }
  | { kind: 'value'; value: Scalar; numberFormat?: string }
  | { kind: 'formula'; formula: string };

const NUMBER_INPUT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/** "84", "-5", "+84", "1,234.5", "12%" → the number (and the format Excel gives a General cell); null if not numeric. */
export function parseNumberInput(s: string): { value: number; numberFormat?: string } | null {
  const t = s.trim();
  if (!/\d/.test(t) || !NUMBER_INPUT.test(t)) return null;
  const percent = t.endsWith('%');
  const body = (percent ? t.slice(0, -1) : t).replace(/,/g, '');
  const n = Number(body);
  if (!Number.isFinite(n)) return null;
  if (percent) return { value: n / 100, numberFormat: body.includes('.') ? '0.00%' : '0%' };
  if (t.includes(',')) return { value: n, numberFormat: body.includes('.') ? '#,##0.00' : '#,##0' };
  return { value: n };
}

/**
 * Excel's rule for a value assigned through Range.values (the same as typing it):
 * - null leaves the cell as it is, "" clears it — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 * - a string starting with "=", "+" or "-" is read as a formula — Range.values reference:
 *   "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 *   this value as a formula" https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   — unless it is a plain number ("+84" → 84, "-5" → -5), which Excel takes as the number;
 * - numeric text becomes a number (the blank-null page writes '29.96' as a value the same way);
 * - a leading apostrophe is Excel's quote prefix: the text after it is stored;
 * - in a cell formatted "@" (Text) the string is kept exactly as written.
 * The docs do not cover TRUE/FALSE text or dates typed as text: like Excel's typing rule, "TRUE"/"FALSE"
 * become booleans; date-looking text depends on the user's locale, so it stays text here (strict).
 */
export function interpretInput(raw: unknown, numberFormat: string): Input {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new OfficeError('InvalidArgument');
    return { kind: 'value', value: raw };
  }
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (typeof raw !== 'string') throw new OfficeError('InvalidArgument');
  const s = raw;
  if (s === '') return { kind: 'clear' };
  if (numberFormat === '@') return { kind: 'value', value: s };
  if (s.startsWith("'")) return { kind: 'value', value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  const num = parseNumberInput(s);
  if (num) {
    const general = numberFormat === '' || numberFormat.toLowerCase() === 'general';
    return { kind: 'value', value: num.value, numberFormat: general ? num.numberFormat : undefined };
  }
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return { kind: 'formula', formula: `=${s}` };
  if (/^(true|false)$/i.test(s)) return { kind: 'value', value: s.toLowerCase() === 'true' };
  return { kind: 'value', value: s };
}

// ------------------------------------------------------------------------------------------------
// A formula's value. This host evaluates nothing real: constant arithmetic, comparisons, strings
// and TRUE/FALSE only. Anything with a name — a function such as SUM, a cell reference, a word —
// reports "#NAME?" (for "- Báo cáo" that is what Excel shows too; for "=SUM(1)" it is a
// simplification of this host, stated here so no test mistakes it for Excel's answer).

type Tok = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'op'; v: string } | { t: 'name' };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= src.length) return [{ t: 'name' }];
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += src[j++];
      }
      out.push({ t: 'str', v });
      i = j + 1;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&%()=<>])/.exec(src.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    const word = /^[\p{L}\p{N}_.$:!']+/u.exec(src.slice(i));
    if (word && /^(true|false)$/i.test(word[0])) {
      out.push({ t: 'num', v: word[0].toLowerCase() === 'true' ? 1 : 0 });
      (out[out.length - 1] as { bool?: boolean }).bool = true;
      i += word[0].length;
      continue;
    }
    out.push({ t: 'name' });
    return out;
  }
  return out;
}

class FormulaError {
  constructor(readonly value: string) {}
}

export function evaluateFormula(formula: string): Scalar {
  const toks = tokenize(formula.slice(1));
  if (toks.some((t) => t.t === 'name')) return '#NAME?';
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const num = (x: Scalar): number => {
    if (typeof x === 'number') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    const n = parseNumberInput(x);
    if (x === '' || !n) throw new FormulaError('#VALUE!');
    return n.value;
  };
  const primary = (): Scalar => {
    const t = toks[p++];
    if (!t) throw new FormulaError('#NAME?');
    if (t.t === 'num') return (t as { bool?: boolean }).bool ? t.v === 1 : t.v;
    if (t.t === 'str') return t.v;
    if (t.t === 'op' && t.v === '(') {
      const v = compare();
      if (!isOp(')')) throw new FormulaError('#NAME?');
      p++;
      return v;
    }
    throw new FormulaError('#NAME?');
  };
  const postfix = (): Scalar => {
    let v = primary();
    while (isOp('%')) {
      p++;
      v = num(v) / 100;
    }
    return v;
  };
  const unary = (): Scalar => {
    if (isOp('-')) {
      p++;
      return -num(unary());
    }
    if (isOp('+')) {
      p++;
      return unary();
    }
    return postfix();
  };
  const pow = (): Scalar => {
    let v = unary();
    while (isOp('^')) {
      p++;
      v = Math.pow(num(v), num(unary()));
    }
    return v;
  };
  const mul = (): Scalar => {
    let v = pow();
    while (isOp('*') || isOp('/')) {
      const op = (toks[p++] as { v: string }).v;
      const r = num(pow());
      if (op === '/' && r === 0) throw new FormulaError('#DIV/0!');
      v = op === '*' ? num(v) * r : num(v) / r;
    }
    return v;
  };
  const add = (): Scalar => {
    let v = mul();
    while (isOp('+') || isOp('-')) {
      const op = (toks[p++] as { v: string }).v;
      const r = num(mul());
      v = op === '+' ? num(v) + r : num(v) - r;
    }
    return v;
  };
  const concat = (): Scalar => {
    let v = add();
    while (isOp('&')) {
      p++;
      v = displayGeneral(v) + displayGeneral(add());
    }
    return v;
  };
  const compare = (): Scalar => {
    const v = concat();
    for (const op of ['=', '<>', '<=', '>=', '<', '>']) {
      if (isOp(op)) {
        p++;
        const r = concat();
        const [a, b] = typeof v === 'string' || typeof r === 'string' ? [String(v).toUpperCase(), String(r).toUpperCase()] : [num(v), num(r)];
        switch (op) {
          case '=':
            return a === b;
          case '<>':
            return a !== b;
          case '<=':
            return a <= b;
          case '>=':
            return a >= b;
          case '<':
            return a < b;
          default:
            return a > b;
        }
      }
    }
    return v;
  };
  try {
    const v = compare();
    if (p !== toks.length) return '#NAME?';
    if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
    return v;
  } catch (e) {
    if (e instanceof FormulaError) return e.value;
    throw e;
  }
}

// ------------------------------------------------------------------------------------------------
// Display text (Range.text). Excel formats with the user's regional settings; this host uses
// en-US separators ("1,234.5") and covers the formats the add-in writes — General, '#,##0',
// '0.0%', 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', '@' — and simple variants of them. Other formats
// fall back to General (the docs do not specify the formatting engine).

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** A number as Excel's General format shows it: at most 11 characters, scientific beyond. */
export function formatGeneral(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (Number.isInteger(v) && abs < 1e11) return String(v);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = v.toExponential(5).split('e');
    const exp = Number(e);
    return `${trimZeros(m)}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  for (let digits = 10; digits > 0; digits--) {
    const s = trimZeros(Number(v.toPrecision(digits)).toFixed(Math.max(0, digits - 1 - Math.floor(Math.log10(abs)))));
    if (s.length <= 11) return s;
  }
  return String(v);
}

const displayGeneral = (v: Scalar): string => (typeof v === 'number' ? formatGeneral(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v);

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) || /h/i.test(bare) || /\bs+\b/i.test(bare);
}

/** Excel serial (1900 date system, with its fictitious 29 Feb 1900) → calendar parts. */
export function serialToParts(serial: number): { y: number; m: number; d: number; hh: number; mi: number; ss: number } | null {
  if (!(serial >= 0) || serial >= 2958466) return null;
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86400);
  if (secs >= 86400) {
    days += 1;
    secs -= 86400;
  }
  const hh = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  if (days === 60) return { y: 1900, m: 2, d: 29, hh, mi, ss };
  if (days === 0) return { y: 1900, m: 1, d: 0, hh, mi, ss };
  const base = Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const dt = new Date(base + days * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), hh, mi, ss };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(v: number, section: string): string {
  const p = serialToParts(v);
  if (!p) return '#'.repeat(10);
  const ampm = /AM\/PM|A\/P/i.test(section);
  const out: string[] = [];
  const kinds: string[] = [];
  let i = 0;
  while (i < section.length) {
    const rest = section.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^"([^"]*)"/.exec(rest))) {
      out.push(m[1]);
      kinds.push('lit');
    } else if ((m = /^\\(.)/.exec(rest))) {
      out.push(m[1]);
      kinds.push('lit');
    } else if ((m = /^\[[^\]]*\]/.exec(rest))) {
      // colour / locale tags: not shown
    } else if ((m = /^(AM\/PM|A\/P)/i.exec(rest))) {
      out.push(p.hh < 12 ? 'AM' : 'PM');
      kinds.push('lit');
    } else if ((m = /^(y+|d+|h+|s+|m+)/i.exec(rest))) {
      const tok = m[1].toLowerCase();
      const c = tok[0];
      const n = tok.length;
      if (c === 'y') out.push(n <= 2 ? String(p.y % 100).padStart(2, '0') : String(p.y));
      else if (c === 'd') {
        const dow = p.d === 0 ? 6 : new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
        out.push(n === 1 ? String(p.d) : n === 2 ? String(p.d).padStart(2, '0') : n === 3 ? DAYS[dow].slice(0, 3) : DAYS[dow]);
      } else if (c === 'h') {
        const h = ampm ? p.hh % 12 || 12 : p.hh;
        out.push(n >= 2 ? String(h).padStart(2, '0') : String(h));
      } else if (c === 's') out.push(n >= 2 ? String(p.ss).padStart(2, '0') : String(p.ss));
      else {
        // m: minutes right after an hour or right before seconds, months otherwise.
        const prev = kinds.filter((k) => k !== 'lit').pop();
        const next = /^[^a-z]*s/i.test(section.slice(i + n));
        if ((prev === 'h' || next) && n <= 2) {
          out.push(n === 2 ? String(p.mi).padStart(2, '0') : String(p.mi));
          kinds.push('mi');
          i += m[0].length;
          continue;
        }
        out.push(n === 1 ? String(p.m) : n === 2 ? String(p.m).padStart(2, '0') : n === 3 ? MONTHS[p.m - 1].slice(0, 3) : MONTHS[p.m - 1]);
      }
      kinds.push(c);
    } else {
      m = /^./.exec(rest)!;
      out.push(m[0]);
      kinds.push('lit');
    }
    i += m[0].length;
  }
  return out.join('');
}

function formatNumeric(v: number, section: string, explicitNegative: boolean): string {
  const tokenMatch = /[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+/.exec(section);
  const clean = (s: string) =>
    s
      .replace(/\[[^\]]*\]/g, '')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/_./g, ' ')
      .replace(/\*./g, '');
  if (!tokenMatch) return clean(section);
  const token = tokenMatch[0];
  const before = clean(section.slice(0, tokenMatch.index));
  const after = clean(section.slice(tokenMatch.index + token.length));
  const percent = section.includes('%');
  const [intPart, decPart = ''] = token.split('.');
  const decimals = (decPart.match(/[0#?]/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(',');
  let x = Math.abs(v) * (percent ? 100 : 1);
  // Trailing commas scale by thousands ("#,##0," shows thousands).
  const scale = /,+$/.exec(intPart);
  if (scale) x /= Math.pow(1000, scale[0].length);
  let [i, d = ''] = x.toFixed(decimals).split('.');
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouping) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Optional decimals (#) drop trailing zeros.
  const required = (decPart.match(/0/g) ?? []).length;
  while (d.length > required && d.endsWith('0')) d = d.slice(0, -1);
  const body = d.length > 0 ? `${i}.${d}` : decPart.length > 0 && required === 0 && /\./.test(token) ? `${i}.` : i;
  const sign = v < 0 && !explicitNegative && Number(x.toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${before}${body}${after}`;
}

/** Range.text for one cell. */
export function displayText(value: Scalar | null, numberFormat: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat.trim();
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') return formatGeneral(value);
  const sections = fmt.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  let section = sections[0];
  let explicitNegative = false;
  if (value < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1];
    explicitNegative = true;
  } else if (value === 0 && sections.length > 2 && sections[2] !== '') section = sections[2];
  if (/^general$/i.test(section.trim())) return formatGeneral(value);
  if (isDateFormat(section)) return formatDate(value, section);
  return formatNumeric(value, section, explicitNegative);
}

// ------------------------------------------------------------------------------------------------
// Colours. Excel reads colours back as "#RRGGBB" in upper case; a name such as "pink" is read back as
// "#FFC0CB" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges).

const NAMED: Record<string, string> = {
  black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00',
  pink: 'FFC0CB', orange: 'FFA500', purple: '800080', gray: '808080', grey: '808080', silver: 'C0C0C0',
  maroon: '800000', navy: '000080', teal: '008080', olive: '808000', lime: '00FF00', aqua: '00FFFF',
  cyan: '00FFFF', fuchsia: 'FF00FF', magenta: 'FF00FF', brown: 'A52A2A', gold: 'FFD700',
  lightyellow: 'FFFFE0', lightgreen: '90EE90', lightblue: 'ADD8E6', lightgray: 'D3D3D3', lightgrey: 'D3D3D3',
  lightpink: 'FFB6C1', darkred: '8B0000', darkgreen: '006400', darkblue: '00008B', darkgray: 'A9A9A9',
  darkgrey: 'A9A9A9', darkorange: 'FF8C00', orangered: 'FF4500', salmon: 'FA8072', beige: 'F5F5DC',
  ivory: 'FFFFF0', khaki: 'F0E68C', lavender: 'E6E6FA', violet: 'EE82EE', indigo: '4B0082',
  skyblue: '87CEEB', steelblue: '4682B4', tomato: 'FF6347', wheat: 'F5DEB3', coral: 'FF7F50',
};

/** "#fc0", "#FFC7CE", "pink" → "#FFC7CE"-style; InvalidArgument otherwise. */
export function normalizeColor(input: unknown): string {
  if (typeof input !== 'string') throw new OfficeError('InvalidArgument');
  const s = input.trim();
  let m = /^#?([0-9a-f]{6})$/i.exec(s);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#([0-9a-f]{3})$/i.exec(s);
  if (m) return `#${[...m[1]].map((c) => c + c).join('').toUpperCase()}`;
  const named = NAMED[s.toLowerCase()];
  if (named) return `#${named}`;
  throw new OfficeError('InvalidArgument', `The color '${input}' is not valid.`);
}
