/**
 * office.js is loaded only inside an Office host, so the pane opened in a plain browser (preview
 * mode) makes no request to any other origin. Office opens add-in pages with a "_host_Info"
 * query parameter (and keeps it in sessionStorage across navigations); that is how we tell.
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function isInOfficeHost(loc: Pick<Location, 'search' | 'hash'> = location, storage: Pick<Storage, 'getItem'> | null = safeSessionStorage()): boolean {
  if (/[?&#]_host_Info=/i.test(loc.search) || /_host_Info=/i.test(loc.hash)) return true;
  return Boolean(storage?.getItem('hostInfoValue'));
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Injects office.js and resolves when Office is ready; rejects after `timeoutMs`. */
export function loadOffice(timeoutMs = 20_000): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('office.js did not load')), timeoutMs);
    const ready = () =>
      Office.onReady().then((info) => {
        clearTimeout(timer);
        resolve(info);
      }, reject);
    if (typeof Office !== 'undefined') return void ready();
    const script = document.createElement('script');
    script.src = OFFICE_JS_URL;
    script.onload = () => void ready();
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error('office.js could not be loaded'));
    };
    document.head.appendChild(script);
  });
}
