/// <reference types="office-js" />
import '../csp';
import '../../front/styles.css';
import { officeExcelHost } from '../adapter';
import { PaneApp } from './app';
import { clear, h } from '../../front/dom';
import { t } from './i18n';
import { officeReady, safeLocalStorage, unsupportedWebview } from './startup';

/**
 * The task pane as Office opens it. taskpane.html loads office.js in its <head>, as Microsoft documents
 * ("You must reference the Office JavaScript API from inside the <head> section of the page to ensure that the
 * API is fully initialized prior to any body elements" —
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn),
 * and unsupported.js has already run (Internet Explorer 11 and EdgeHTML get a message instead of this).
 * Outside Office, office.js resolves Office.onReady with a null host (initialize-add-in): then the page says
 * to open it from Excel, or to try preview.html, the page meant for a plain browser.
 */
async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const ready = await officeReady();
  clear(root);
  // Before the display language is known: Vietnamese, unless ?lang=en.
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  if (ready.kind === 'no-office') {
    root.append(h('p', { className: 'error', role: 'alert' }, t(lang, 'officeNotLoaded')));
    return;
  }
  if (ready.kind === 'outside-office') {
    const link = h('a', { href: 'preview.html', id: 'open-preview' }, t(lang, 'openPreview'));
    root.append(h('div', { className: 'preview-intro' }, h('h1', {}, t(lang, 'title')), h('p', { className: 'notice' }, t(lang, 'notInOffice')), h('p', {}, link)));
    return;
  }
  applyOfficeTheme();
  new PaneApp(root, { excel: officeExcelHost(), displayLanguage: Office.context.displayLanguage, preview: false, storage: safeLocalStorage() });
}

/** Follows Office's theme (dark or light) where the host exposes it. */
function applyOfficeTheme() {
  // Not every host sets officeTheme (the typings say nothing of Excel's support): read it defensively.
  const bg = (Office.context.officeTheme as Office.OfficeTheme | undefined)?.bodyBackgroundColor;
  if (!bg) return;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114;
  document.documentElement.dataset.theme = luminance < 128 ? 'dark' : 'light';
}

if (!unsupportedWebview()) {
  void start().catch((e: unknown) => {
    const root = document.getElementById('app');
    if (root) root.append(h('p', { className: 'error', role: 'alert' }, `Không kết nối được với Excel / Could not connect to Excel: ${(e as Error)?.message ?? String(e)}`));
  });
}
