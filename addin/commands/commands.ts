/// <reference types="office-js" />
import '../csp';
import { officeExcelHost } from '../adapter';
import { loadOffice } from '../office-loader';
import { createQuarterlyReport } from './report-command';

/** A small dialog page shows the message; the URL carries it, and the page renders it as text. */
function showDialog(message: string, kind: 'done' | 'error'): Promise<void> {
  return new Promise((resolve) => {
    const url = `${location.origin}${location.pathname.replace(/[^/]*$/, '')}message.html?kind=${kind}&text=${encodeURIComponent(message)}`;
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, () => resolve());
  });
}

async function register() {
  await loadOffice();
  Office.actions.associate('createQuarterlyReport', (event: Office.AddinCommands.Event) => {
    void createQuarterlyReport({ excel: officeExcelHost(), displayLanguage: Office.context.displayLanguage, storage: window.localStorage, notify: showDialog }).finally(() => event.completed());
  });
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') void register();
