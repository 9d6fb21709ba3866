import { CODE_LABEL, taskLabel, type Finding, type FindingStats, type Lang, type SheetKind } from '../core';
import { h } from './dom';
import { tc as t } from './i18n';

/**
 * The findings as the task pane shows them — counts as chips, then per sheet, per code, one button per
 * finding that selects its cell — shared with the web page, so both look, read and behave alike. Text from a
 * workbook goes through h(), i.e. textContent only.
 */

export function countChips(stats: FindingStats, lang: Lang): HTMLElement {
  return h(
    'div',
    { className: 'counts' },
    h('span', { className: 'chip error', 'data-count': 'errors' }, `${stats.errors} ${t(lang, 'errors')}`),
    h('span', { className: 'chip warning', 'data-count': 'warnings' }, `${stats.warnings} ${t(lang, 'warnings')}`),
    h('span', { className: 'chip info', 'data-count': 'infos' }, `${stats.infos} ${t(lang, 'infos')}`),
  );
}

export type SheetFindingsOptions = {
  onSelect: (f: Finding) => void;
  /** Extra attributes on each finding's button (the web page names its file). */
  attrs?: (f: Finding) => Record<string, string>;
};

export function sheetFindings(sheet: { name: string; kind: SheetKind; rows: number; findings: readonly Finding[] }, lang: Lang, opts: SheetFindingsOptions): HTMLElement {
  const kind = t(lang, sheet.kind === 'task' ? 'kindTask' : sheet.kind === 'index' ? 'kindIndex' : 'kindUnknown');
  const byCode = new Map<string, Finding[]>();
  for (const f of sheet.findings) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  const details = h(
    'details',
    { className: 'sheet', open: sheet.findings.length > 0 && sheet.findings.length <= 50 },
    h(
      'summary',
      {},
      h('span', { className: 'sheet-name' }, sheet.name),
      ' ',
      h('span', { className: 'muted' }, `(${t(lang, 'sheetKind', { kind, rows: sheet.rows })})`),
      ' ',
      h('span', { className: 'sheet-count', 'data-count': sheet.findings.length }, t(lang, 'findingCount', { n: sheet.findings.length })),
    ),
  );
  for (const [code, list] of byCode) {
    // The kind of problem in words; its code is for machines (a data attribute), never shown in Vietnamese.
    const group = h('details', { className: `code ${list[0].severity}`, 'data-code': code, open: list.length <= 10 }, h('summary', {}, h('span', { className: 'code-label' }, codeLabel(code, lang)), ` · ${list.length}`));
    const ul = h('ul', { className: 'findings' });
    for (const f of list) {
      ul.append(
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', className: `finding ${f.severity}`, 'data-sheet': f.sheet, 'data-cell': f.cell, ...opts.attrs?.(f), on: { click: () => opts.onSelect(f) } },
            // Screen readers hear "Chọn ô H49 …"; the eye sees the cell badge.
            h('span', { className: 'visually-hidden' }, `${t(lang, 'goToCell', { cell: '' }).trim()} `),
            h('span', { className: 'cell' }, f.cell),
            h('span', { className: 'message' }, f.task ? h('span', { className: 'task' }, taskRef(f.task, lang)) : null, f.message[lang]),
          ),
        ),
      );
    }
    group.append(ul);
    details.append(group);
  }
  return details;
}

/** A finding code's name in the language shown ("Quá hạn chưa hoàn thành"), the code itself only when it has none. */
export function codeLabel(code: string, lang: Lang): string {
  return CODE_LABEL[code]?.[lang] ?? code;
}

/** The task a finding is about: "Nhiệm vụ 3.1. Rà soát các thủ tục…". */
export function taskRef(task: NonNullable<Finding['task']>, lang: Lang): string {
  return `${t(lang, 'taskRef')} ${taskLabel(task)}`;
}
