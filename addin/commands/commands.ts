/// <reference types="office-js" />
import '../csp';
import { officeExcelHost } from '../adapter';
import { unsupportedWebview } from '../taskpane/startup';
import { messageDialogUrl, registerCommands, type CommandDeps } from './register';

/**
 * The function file of the ribbon's ExecuteFunction button (commands.html). office.js is loaded in the page's
 * <head>; the function is associated at once, as Microsoft's sample does at the top level of the function file
 * (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands), and Office.onReady is called
 * so the runtime initialises. Where unsupported.js found Internet Explorer 11 or EdgeHTML, it registered its
 * own ES5 function instead, and this does nothing.
 */
function start() {
  registerCommands(
    {
      office: Office as unknown as CommandDeps['office'],
      excel: officeExcelHost,
      storage: () => window.localStorage,
      dialogUrl: (kind, text) => messageDialogUrl(location.href, kind, text),
    },
    window as unknown as Record<string, unknown>,
  );
  void Office.onReady();
}

if (typeof Office !== 'undefined' && !unsupportedWebview()) start();
