import '../front/csp';
import { safeLocalStorage, unsupportedWebview } from '../front/startup';
import { WebApp } from './app';
import { ReaderPool } from './pool';

/**
 * index.html: cchc for anyone with a browser. A static page (no server code, no account, no request to any
 * other origin): the workbooks are read in Web Workers on this computer, and the report is made here.
 */
function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const asked = new URLSearchParams(location.search).get('lang');
  let app: WebApp | null = null;
  const pool = new ReaderPool({
    // webpack bundles worker.ts and its chunks for this; a page opened from disk may be refused workers.
    spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { name: 'cchc-reader' }),
    onModeChange: (mode) => app?.setMode(mode),
  });
  app = new WebApp(root, { storage: safeLocalStorage(), lang: asked === 'en' || asked === 'vi' ? asked : undefined, pool });
  // Start the workers now: the first files go faster, and a browser that refuses them is known at once.
  pool.warmUp();
  if (pool.mode === 'page') app.setMode('page');
}

if (!unsupportedWebview()) start();
