/// <reference types="office-js" />
import '../csp';
import { officeExcelHost } from '../adapter';
import { loadOffice } from '../office-loader';
import { messageDialogUrl, registerCommands } from './register';

/** The function file of the ribbon's ExecuteFunction button: registers "createQuarterlyReport" once Office is ready. */
async function start() {
  await loadOffice();
  registerCommands(
    {
      office: Office as unknown as Parameters<typeof registerCommands>[0]['office'],
      excel: officeExcelHost,
      storage: () => window.localStorage,
      dialogUrl: (kind, text) => messageDialogUrl(location.href, kind, text),
    },
    window as unknown as Record<string, unknown>,
  );
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') void start();
