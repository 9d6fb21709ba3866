/// <reference types="office-js" />

/**
 * The parts of the Office global the message dialog uses (real office.js, or the in-memory host's), typed from
 * @types/office-js itself so scripts/office-api-usage.ts sees each member and its requirement set.
 */
export type DialogOffice = Pick<typeof Office, 'context' | 'EventType' | 'AsyncResultStatus'>;

/** How the dialog ended: its OK button, the user's X, never opened, no dialog API, or out of time. */
export type DialogEnd = 'ok' | 'dismissed' | 'failed' | 'unsupported' | 'timeout';

/**
 * Shows message.html in an Office dialog and resolves when it is gone — never rejects:
 * - the page's OK button calls Office.context.ui.messageParent; only the opener can close a dialog, so the
 *   DialogMessageReceived handler calls dialog.close() ("The host page handler for DialogMessageReceived calls
 *   dialog.close" — https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins#close-the-dialog-box);
 * - the user's X raises DialogEventReceived with 12006, "The dialog box was closed"; a page that cannot be found or
 *   loaded (12002) or an HTTP page (12003) raises it too, with the dialog still open — only 12006 says it was
 *   closed (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events) — so we close it;
 * - displayDialogAsync may fail (12004, 12005, 12007 already open, 12009 the user refused it on the web);
 * - DialogApi 1.1 is asked for with isSetSupported (it is not in the manifest; every Excel that has ExcelApi 1.7
 *   has it — https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets);
 * - after `timeoutMs` the dialog is closed by us, so a function command still completes before Office's limit;
 * - `onOpen` receives a function that closes the dialog, for a caller that must close it first (see register.ts).
 */
export function showMessageDialog(office: DialogOffice, url: string, timeoutMs: number, onOpen?: (close: () => void) => void): Promise<DialogEnd> {
  if (!office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    let settled = false;
    let dialog: Office.Dialog | null = null;
    const end = (how: DialogEnd) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(how);
    };
    const close = () => {
      try {
        dialog?.close();
      } catch {
        // Already closed by the user: nothing left to close.
      }
    };
    const timer = setTimeout(() => {
      close();
      end('timeout');
    }, Math.max(0, timeoutMs));
    try {
      office.context.ui.displayDialogAsync(url, { height: 30, width: 40, displayInIframe: true }, (result) => {
        if (result.status === office.AsyncResultStatus.Failed) return end('failed');
        dialog = result.value;
        onOpen?.(close);
        dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
          close();
          end('ok');
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
          const code = (arg as { error?: number }).error;
          if (code === 12006) return end('dismissed');
          close(); // 12002, 12003: the page did not load, and the dialog is still there
          end('failed');
        });
        if (settled) close(); // the time ran out while Office was opening it
      });
    } catch {
      end('failed');
    }
  });
}
