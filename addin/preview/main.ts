import '../csp';
import '../../front/styles.css';
import { h } from '../../front/dom';
import { t } from '../taskpane/i18n';
import { safeLocalStorage, unsupportedWebview } from '../taskpane/startup';
import { startPreview } from './preview';

/**
 * preview.html: the task pane in a plain browser, over the in-memory Excel and the bundled sample workbooks.
 * It loads no office.js and makes no request to another origin; nothing has to guess whether Office is there.
 * (A plain web page for everyone — issue 13 — can start from here: startPreview takes any root element.)
 */
function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  const pane = h('div', { className: 'preview-intro' });
  const button = h('button', { type: 'button', className: 'btn primary', id: 'btn-preview' }, t(lang, 'previewButton'));
  pane.append(h('h1', {}, t(lang, 'title')), h('p', { className: 'notice' }, t(lang, 'previewNotice')), button);
  root.append(pane);
  button.addEventListener('click', () => startPreview(root, lang, safeLocalStorage()));
}

if (!unsupportedWebview()) start();
