/// <reference types="office-js" />
import '../csp';
import './taskpane.css';
import { officeExcelHost } from '../adapter';
import { isInOfficeHost, loadOffice } from '../office-loader';
import { PaneApp } from './app';
import { h, clear } from './dom';
import { t } from './i18n';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  // Outside Office there is no display language to follow: Vietnamese, unless ?lang=en.
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  if (isInOfficeHost()) {
    root.append(h('p', { className: 'status' }, t(lang, 'loadingOffice')));
    await loadOffice();
    clear(root);
    applyOfficeTheme();
    new PaneApp(root, { excel: officeExcelHost(), displayLanguage: Office.context.displayLanguage, preview: false, storage: storage() });
    return;
  }
  // Outside Office: say so, and offer the bundled samples in the in-memory host.
  const pane = h('div', { className: 'preview-intro' });
  const button = h('button', { type: 'button', className: 'btn primary', id: 'btn-preview' }, t(lang, 'previewButton'));
  pane.append(h('h1', {}, t(lang, 'title')), h('p', { className: 'notice' }, t(lang, 'previewNotice')), button);
  root.append(pane);
  button.addEventListener('click', () => {
    void import(/* webpackChunkName: "preview" */ '../preview/preview').then((m) => m.startPreview(root, lang, storage()));
  });
}

/** Follows Office's theme (dark or light) where the host exposes it. */
function applyOfficeTheme() {
  const theme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme;
  const bg = theme?.bodyBackgroundColor;
  if (!bg) return;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114;
  document.documentElement.dataset.theme = luminance < 128 ? 'dark' : 'light';
}

void start().catch((e: unknown) => {
  const root = document.getElementById('app');
  if (root) root.append(h('p', { className: 'error', role: 'alert' }, `Không kết nối được với Excel / Could not connect to Excel: ${(e as Error)?.message ?? String(e)}`));
});
