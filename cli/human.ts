import { CODE_LABEL, type Finding, type Lang, type SheetResult } from '../core';

const KIND: Record<Lang, Record<string, string>> = {
  vi: { task: 'bảng nhiệm vụ', index: 'bảng chỉ số', unknown: 'không nhận dạng được', directory: 'danh mục cơ quan' },
  en: { task: 'task sheet', index: 'index sheet', unknown: 'not recognised', directory: 'agency directory' },
};
const SEVERITY: Record<Lang, Record<string, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Width as a terminal shows it: combining marks take no column. */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

export function sheetHeading(s: SheetResult, lang: Lang): string {
  const kind = KIND[lang][s.directory ? 'directory' : s.kind];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of s.findings) counts[f.severity]++;
  const rows = lang === 'vi' ? `${s.rows} dòng` : plural(s.rows, 'row');
  const tally =
    lang === 'vi'
      ? `${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} lưu ý`
      : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  return s.kind === 'unknown' ? `  ${lang === 'vi' ? 'Trang' : 'Sheet'} “${s.name}”: ${kind}` : `  ${lang === 'vi' ? 'Trang' : 'Sheet'} “${s.name}”: ${kind}, ${rows} — ${tally}`;
}

/**
 * A findings table: cell, severity, kind, message. Long messages wrap under the message column. In Vietnamese the
 * kind is the finding's Vietnamese name (an officer reads it); in English, its stable code (--json has it in both).
 */
export function findingsTable(findings: Finding[], lang: Lang, columns = 110): string {
  if (findings.length === 0) return '';
  const head = lang === 'vi' ? ['Ô', 'Mức', 'Loại', 'Nội dung'] : ['Cell', 'Severity', 'Code', 'Message'];
  const kind = (f: Finding) => (lang === 'vi' ? (CODE_LABEL[f.code]?.vi ?? f.code) : f.code);
  const rows = findings.map((f) => [f.cell, SEVERITY[lang][f.severity], kind(f), f.message[lang] + (f.value && !f.message[lang].includes(f.value.slice(0, 30)) ? ` [${f.value.length > 60 ? f.value.slice(0, 59) + '…' : f.value}]` : '')]);
  const w = [0, 1, 2].map((i) => Math.max(width(head[i]), ...rows.map((r) => width(r[i]))));
  const msgWidth = Math.max(30, columns - 4 - w[0] - w[1] - w[2] - 6);
  const lines: string[] = [];
  const line = (cells: string[]) => `    ${padEnd(cells[0], w[0])}  ${padEnd(cells[1], w[1])}  ${padEnd(cells[2], w[2])}  ${cells[3]}`;
  lines.push(line(head));
  lines.push(line(head.map((h, i) => '─'.repeat(i < 3 ? w[i] : Math.min(msgWidth, 40)))));
  for (const r of rows) {
    const wrapped = wrap(r[3], msgWidth);
    lines.push(line([r[0], r[1], r[2], wrapped[0]]));
    for (const more of wrapped.slice(1)) lines.push(line(['', '', '', more]));
  }
  return lines.join('\n');
}

function wrap(text: string, n: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let cur = '';
  for (const word of words) {
    if (cur !== '' && width(cur) + 1 + width(word) > n) {
      out.push(cur);
      cur = word;
    } else cur = cur === '' ? word : `${cur} ${word}`;
  }
  if (cur !== '') out.push(cur);
  return out.length ? out : [''];
}
