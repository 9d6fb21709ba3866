/**
 * The Office dialog API and ExecuteFunction add-in commands, as the in-memory host imitates them, with what
 * the docs say and where (each rule is cited next to the code that applies it):
 *
 * - Office.context.ui.displayDialogAsync(startAddress, options?, callback?) — "Accepts the initial full HTTPS
 *   URL"; "The initial page must be on the same domain as the parent page"; errors 12004 (domain), 12005 (HTTP),
 *   12007 ("A dialog box is already opened from this host window. A host window, such as a task pane, can only
 *   have one dialog box open at a time.") — https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
 * - Dialog.addEventHandler(DialogMessageReceived | DialogEventReceived, handler); Dialog.close() is "Called from a
 *   parent page to close the corresponding dialog box" — https://learn.microsoft.com/javascript/api/office/office.dialog
 * - The dialog page calls Office.context.ui.messageParent(message) to send a string to its opener; "The host page
 *   handler for DialogMessageReceived calls dialog.close"; the user's X raises DialogEventReceived with 12006 —
 *   https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins#close-the-dialog-box
 * - Function commands: the handler gets an event whose completed() "signals that your code handled the event";
 *   "The runtime closes when either the function completes or 5 minutes have passed, whichever is earlier" —
 *   https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands
 *
 * Where the docs are silent the imitation is strict, so adapter bugs show: once the command's runtime has
 * closed, nothing receives the dialog's messages any more (its OK button does nothing), and only the user's X
 * closes it. That is the dialog of defect 1 (issue 11): completed() called as soon as the dialog opened.
 */

export const EVENT_TYPE = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' } as const;
export const ASYNC_STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as const;
/** Office's 5-minute limit on a function command's runtime. */
export const COMMAND_TIME_LIMIT_MS = 5 * 60 * 1000;

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;
export type AsyncResult<T> = { status: 'succeeded'; value: T; error?: undefined } | { status: 'failed'; value?: undefined; error: { code: number; name: string; message: string } };

/** The runtime a page runs in: a task pane lives as long as it is open, a function command's until completed(). */
export class Runtime {
  open = true;
  dialog: MemoryDialog | null = null;
  constructor(readonly kind: 'taskpane' | 'command') {}
  close(): void {
    this.open = false;
  }
}

/** One open (or closed) dialog: the Office.Dialog its opener holds, and the controls of the page and the user. */
export class MemoryDialog {
  isOpen = true;
  /** Messages the dialog page sent, and whether the opener received each. */
  readonly sent: Array<{ message: string; delivered: boolean }> = [];
  private readonly handlers = new Map<string, Handler[]>();

  constructor(readonly url: string, readonly options: Record<string, unknown>, private readonly opener: Runtime) {}

  // ---- Office.Dialog, as the opener uses it ----

  addEventHandler(eventType: string, handler: Handler): void {
    if (eventType !== EVENT_TYPE.DialogMessageReceived && eventType !== EVENT_TYPE.DialogEventReceived) throw new Error(`Dialog.addEventHandler: unsupported event type ${String(eventType)}`);
    if (typeof handler !== 'function') throw new Error('Dialog.addEventHandler: handler must be a function');
    this.handlers.set(eventType, [...(this.handlers.get(eventType) ?? []), handler]);
  }

  /** "Called from a parent page to close the corresponding dialog box." Asynchronous, returns nothing. */
  close(): void {
    this.shut();
  }

  // ---- what the dialog page and the user do (test controls) ----

  /** The dialog page calls Office.context.ui.messageParent(message). False when nobody received it. */
  messageParent(message: string): boolean {
    if (!this.isOpen) throw new Error('messageParent: the dialog is closed');
    const delivered = this.opener.open && (this.handlers.get(EVENT_TYPE.DialogMessageReceived)?.length ?? 0) > 0;
    this.sent.push({ message: String(message), delivered });
    if (delivered) this.fire(EVENT_TYPE.DialogMessageReceived, { message: String(message), origin: undefined });
    return delivered;
  }

  /** The user chooses the dialog's X: DialogEventReceived with 12006 to a listening opener. */
  closeByUser(): void {
    if (!this.isOpen) return;
    this.shut();
    if (this.opener.open) this.fire(EVENT_TYPE.DialogEventReceived, { error: 12006 });
  }

  /**
   * The dialog's page cannot be found or loaded (12002) or was HTTP (12003): DialogEventReceived with that code to a
   * listening opener. The dialog stays open: of the codes DialogEventReceived carries, only 12006 means "The dialog
   * box was closed" (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events).
   */
  failToLoad(code: 12002 | 12003): void {
    if (!this.isOpen) return;
    if (this.opener.open) this.fire(EVENT_TYPE.DialogEventReceived, { error: code });
  }

  private shut(): void {
    this.isOpen = false;
    if (this.opener.dialog === this) this.opener.dialog = null;
  }

  private fire(type: string, args: Parameters<Handler>[0]): void {
    // Office delivers events asynchronously, never inside the caller's stack.
    for (const h of this.handlers.get(type) ?? []) setTimeout(() => h(args), 0);
  }
}

export type UiOptions = {
  /** The origin of the pages that open dialogs ("https://localhost:3000"); a dialog elsewhere gets 12004. */
  pageOrigin?: string;
  /** Dialogs must be HTTPS (12005); the browser tests serve plain http on 127.0.0.1 and turn this off. */
  requireHttps?: boolean;
};

/** Office.context.ui for pages running in `runtime()` (the current one: a command's while it runs, else the pane's). */
export function createUi(runtime: () => Runtime, dialogs: MemoryDialog[], options: UiOptions) {
  const requireHttps = options.requireHttps ?? true;
  const fail = (code: number, message: string): AsyncResult<MemoryDialog> => ({ status: 'failed', error: { code, name: 'Display Dialog Error', message } });
  return {
    displayDialogAsync(startAddress: string, a?: Record<string, unknown> | ((r: AsyncResult<MemoryDialog>) => void), b?: (r: AsyncResult<MemoryDialog>) => void): void {
      const callback = typeof a === 'function' ? a : b;
      const opts = typeof a === 'object' && a !== null ? a : {};
      const host = runtime();
      let result: AsyncResult<MemoryDialog>;
      let url: URL | null = null;
      try {
        url = new URL(startAddress);
      } catch {
        url = null;
      }
      if (!url) result = fail(12004, 'The domain of the URL is not trusted (not a full URL).');
      else if (requireHttps && url.protocol !== 'https:') result = fail(12005, 'The URL uses HTTP; HTTPS is required.');
      else if (options.pageOrigin && url.origin !== new URL(options.pageOrigin).origin) result = fail(12004, 'The domain of the URL is not the domain of the host page.');
      else if (host.dialog?.isOpen) result = fail(12007, 'A dialog box is already opened from this host window.');
      else {
        const dialog = new MemoryDialog(startAddress, opts, host);
        host.dialog = dialog;
        result = { status: 'succeeded', value: dialog };
      }
      // The dialog appears (to the user, and to tests through `dialogs`) as the callback runs, not before.
      setTimeout(() => {
        if (result.status === 'succeeded') dialogs.push(result.value);
        callback?.(result);
      }, 0);
    },
    /** Called by a dialog page; in this host the test drives MemoryDialog.messageParent instead. */
    messageParent(): void {
      throw new Error('messageParent is called by the dialog page: use the MemoryDialog’s messageParent in tests');
    },
  };
}

export type CommandOutcome = { completed: boolean; timedOut: boolean; threw: unknown; elapsedMs: number };

/**
 * Runs a function command as Office does: calls the associated handler with an event, and resolves when the
 * handler calls event.completed() or when the time limit passes (5 minutes; tests pass less), whichever comes
 * first. Either way the command's runtime then closes.
 */
export function runCommand(handler: ((event: unknown) => unknown) | undefined, setRuntime: (r: Runtime | null) => void, opts: { id?: string; timeLimitMs?: number } = {}): Promise<CommandOutcome> {
  const started = Date.now();
  const runtime = new Runtime('command');
  setRuntime(runtime);
  return new Promise((resolve) => {
    let done = false;
    let threw: unknown;
    const finish = (completed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      runtime.close();
      setRuntime(null);
      resolve({ completed, timedOut: !completed, threw, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), opts.timeLimitMs ?? COMMAND_TIME_LIMIT_MS);
    const event = {
      source: { id: opts.id ?? 'ReportButton' },
      completed: () => finish(true),
    };
    if (!handler) {
      threw = new Error('No function is associated with this command');
      return;
    }
    try {
      const r = handler(event) as { catch?: (f: (e: unknown) => void) => void } | undefined;
      r?.catch?.((e) => {
        threw = e;
      });
    } catch (e) {
      // A handler that throws before completing leaves Office waiting for the time limit.
      threw = e;
    }
  });
}
