import type { Lang } from '../../core';
import { createMemoryExcel } from '../host/memory-excel';
import { PaneApp } from '../taskpane/app';
import { clear, h } from '../../front/dom';
import { GridView } from './grid-view';
import { HOSTILE_SHEET, PREVIEW_SAMPLES } from './samples';

/**
 * Preview mode: the real task pane over the in-memory Excel host, with the sample workbooks and a
 * read-only grid beside it. Same code path as in Excel; only the host differs.
 */
export function startPreview(root: HTMLElement, lang: Lang, storage?: Pick<Storage, 'getItem' | 'setItem'>): void {
  const params = new URLSearchParams(location.search);
  const chosen = PREVIEW_SAMPLES.find((s) => s.id === params.get('sample')) ?? PREVIEW_SAMPLES[0];
  const extra = params.get('extra') === 'hostile' ? [HOSTILE_SHEET] : [];
  const mem = createMemoryExcel({ sheets: [...chosen.sheets, ...extra], displayLanguage: lang === 'vi' ? 'vi-VN' : 'en-US' });
  const excel = mem.excelHost();

  clear(root);
  root.classList.add('preview-layout');
  const paneEl = h('div', { className: 'preview-pane' });
  const picker = h(
    'select',
    { id: 'sample', 'aria-label': lang === 'vi' ? 'Sổ mẫu' : 'Sample workbook', on: { change: (e) => switchSample((e.target as HTMLSelectElement).value) } },
    ...PREVIEW_SAMPLES.map((s) => h('option', { value: s.id, selected: s.id === chosen.id }, lang === 'vi' ? s.vi : s.en)),
  );
  const grid = new GridView(mem, { tabs: lang === 'vi' ? 'Các trang tính' : 'Sheets', grid: lang === 'vi' ? 'Nội dung trang tính' : 'Sheet contents' });
  root.append(h('div', { className: 'preview-side' }, h('div', { className: 'field sample-picker' }, h('label', { for: 'sample' }, lang === 'vi' ? 'Sổ mẫu' : 'Sample workbook'), picker), paneEl), grid.el);
  new PaneApp(paneEl, { excel, displayLanguage: lang === 'vi' ? 'vi-VN' : 'en-US', preview: true, storage, onWorkbookChanged: () => grid.render(), defaults: { asOf: chosen.asOf, period: chosen.period, asOfTyped: true }, importDisabled: 'importPreview' });
  grid.render();

  function switchSample(id: string) {
    const url = new URL(location.href);
    url.searchParams.set('sample', id);
    location.assign(url.toString());
  }
}
