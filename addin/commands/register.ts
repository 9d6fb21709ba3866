/// <reference types="office-js" />
import type { ExcelHost } from '../adapter';
import { showMessageDialog, type DialogOffice } from './message-dialog';
import { createQuarterlyReport } from './report-command';

/** The ribbon button's function name: <FunctionName> in manifest.xml. */
export const REPORT_COMMAND = 'createQuarterlyReport';

/**
 * "The runtime closes when either the function completes or 5 minutes have passed, whichever is earlier"
 * (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands). We complete
 * 15 seconds before, whatever is still running, so the command ends by our hand and the next click runs.
 */
export const COMMAND_TIME_LIMIT_MS = 5 * 60 * 1000;
const OUR_LIMIT_MS = COMMAND_TIME_LIMIT_MS - 15_000;

/** What the handler reads from window.localStorage (the DOM's Storage, without needing the DOM's types). */
export type StorageLike = { getItem(key: string): string | null };

/** The Office global as the ribbon command uses it, typed from @types/office-js (see DialogOffice). */
export type CommandOffice = DialogOffice & Pick<typeof Office, 'actions'>;

export type CommandDeps = {
  office: CommandOffice;
  excel: () => ExcelHost;
  /** window.localStorage — a getter, because reading it throws where storage is blocked. */
  storage: () => StorageLike | null | undefined;
  /** The full HTTPS address of message.html with the message in its query. */
  dialogUrl: (kind: 'done' | 'error', text: string) => string;
  now?: () => Date;
};

/** Reads storage without letting a SecurityError (blocked storage, some privacy settings) escape. */
function safeStorage(get: CommandDeps['storage']): StorageLike | undefined {
  try {
    const s = get();
    if (!s) return undefined;
    return {
      getItem: (key) => {
        try {
          return s.getItem(key);
        } catch {
          return null;
        }
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * The ExecuteFunction handler of "Tạo báo cáo quý": builds the report, shows the result in a dialog, and
 * completes the event only when the dialog has closed — on every path: an exception anywhere, blocked storage,
 * a dialog that cannot open, or time running out. "You must implement event.completed, otherwise your function
 * won't run" again (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands).
 */
export function quarterlyReportHandler(deps: CommandDeps): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    let completed = false;
    let closeDialog: (() => void) | null = null;
    const complete = () => {
      if (completed) return;
      completed = true;
      clearTimeout(guard);
      // A dialog still open is closed first: once completed() is called "the add-in… will automatically be closed"
      // (Office.AddinCommands.Event.completed, @types/office-js) and nothing would be left to close it.
      closeDialog?.();
      try {
        event.completed();
      } catch {
        // The runtime is already gone: nothing more to tell Office.
      }
    };
    const guard = setTimeout(complete, OUR_LIMIT_MS);
    const started = Date.now();
    void (async () => {
      try {
        await createQuarterlyReport({
          excel: deps.excel(),
          displayLanguage: deps.office.context.displayLanguage,
          storage: safeStorage(deps.storage),
          now: deps.now,
          notify: async (message, kind) => {
            await showMessageDialog(deps.office, deps.dialogUrl(kind, message), OUR_LIMIT_MS - (Date.now() - started), (close) => (closeDialog = close));
            closeDialog = null;
          },
        });
      } catch {
        // createQuarterlyReport tells the user about its own failures; whatever else went wrong, complete.
      } finally {
        complete();
      }
    })();
  };
}

/**
 * Associates the ribbon's functions with Office.actions.associate ("You must have an Office.actions.associate
 * call for every function command defined in the manifest" — create-addin-commands), and also puts each in the
 * global scope, where hosts that predate `associate` look for it ("This function needs to exist in the global
 * DOM namespace of the function file" — https://learn.microsoft.com/office/dev/add-ins/develop/xml-manifest-overview).
 */
export function registerCommands(deps: CommandDeps, global: Record<string, unknown>): void {
  const handler = quarterlyReportHandler(deps);
  global[REPORT_COMMAND] = handler;
  // Hosts that predate Office.actions find the global function instead.
  deps.office.actions?.associate(REPORT_COMMAND, handler as (arg?: unknown) => void);
}

/** message.html next to the current page, with the message in its query (the page shows it with textContent). */
export function messageDialogUrl(base: string, kind: 'done' | 'error', text: string): string {
  const url = new URL('message.html', base);
  url.search = new URLSearchParams({ kind, text }).toString();
  return url.href;
}
