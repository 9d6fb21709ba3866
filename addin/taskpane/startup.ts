/// <reference types="office-js" />

// What any of cchc's pages needs as it starts lives in front/; the add-in's pages import it from here with Office's part.
export { safeLocalStorage, unsupportedWebview } from '../../front/startup';

export type OfficeReady = { kind: 'in-office'; host: Office.HostType; platform: Office.PlatformType } | { kind: 'outside-office' } | { kind: 'no-office' };

/**
 * Office.onReady, bounded: it "checks to see if the Office.js library is loaded" and resolves with the host and
 * platform — both null "once Office.js determines that it is running outside of an Office host application";
 * "If the Office JavaScript API library files are blocked by network filters, firewalls, or browser extensions,
 * Office.onReady will never resolve" (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in),
 * so after `timeoutMs` we stop waiting and say so.
 */
export function officeReady(timeoutMs = 20_000): Promise<OfficeReady> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve({ kind: 'no-office' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'no-office' }), timeoutMs);
    office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(info?.host ? { kind: 'in-office', host: info.host, platform: info.platform } : { kind: 'outside-office' });
      },
      () => {
        clearTimeout(timer);
        resolve({ kind: 'no-office' });
      },
    );
  });
}
