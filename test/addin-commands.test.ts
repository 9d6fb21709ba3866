// The ribbon's "Tạo báo cáo quý" (an ExecuteFunction command) as Office runs it, in the in-memory host:
// Office calls the associated function with an event; the function must call event.completed(), and "the
// runtime closes when either the function completes or 5 minutes have passed" (design/add-in-commands). The
// message dialog can only be closed by its opener (Office.Dialog.close), after the page's messageParent.
import { createMemoryExcel, type MemoryExcel } from '../addin/host/memory-excel';
import { messageDialogUrl, quarterlyReportHandler, registerCommands, REPORT_COMMAND, type CommandDeps } from '../addin/commands/register';
import { sampleWorkbook as seed004 } from '../samples/src/seed004';

const PAGE = 'https://localhost:3000/commands.html';
const savedPeriod = { getItem: (key: string) => (key === 'cchc.settings.v1' ? JSON.stringify({ period: '2022-Q3', lang: 'vi' }) : null) };

function setUp(over: Partial<CommandDeps> = {}, memOptions: Parameters<typeof createMemoryExcel>[0] = {}): { mem: MemoryExcel; global: Record<string, unknown> } {
  const mem = createMemoryExcel({ sheets: seed004.sheets, ui: { pageOrigin: PAGE }, ...memOptions });
  const global: Record<string, unknown> = {};
  registerCommands(
    {
      office: mem.Office as unknown as CommandDeps['office'],
      excel: () => mem.excelHost(),
      storage: () => savedPeriod,
      dialogUrl: (kind, text) => messageDialogUrl(PAGE, kind, text),
      now: () => new Date(2022, 9, 5, 9, 30),
      ...over,
    },
    global,
  );
  return { mem, global };
}

jest.setTimeout(30_000);

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

describe('the ribbon command completes only when its message dialog has closed (defect 1)', () => {
  it('OK in the dialog: the opener receives messageParent, closes the dialog, then completes the event', async () => {
    const { mem } = setUp();
    let finished = false;
    const outcome = mem.runCommand(REPORT_COMMAND, { timeLimitMs: 60_000 });
    void outcome.then(() => (finished = true));
    await until(() => mem.dialogs.length === 1, 'the dialog');
    const dialog = mem.dialogs[0];
    const url = new URL(dialog.url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/message.html');
    expect(url.searchParams.get('kind')).toBe('done');
    // As of the saved period's cut-off, 14/09/2022 (issue 17 §2).
    expect(url.searchParams.get('text')).toBe('Đã tạo trang “Tổng hợp Q3-2022”: 39 nhiệm vụ, hoàn thành 15, quá hạn 1.');
    await tick(50);
    expect(finished).toBe(false); // the runtime is still there to hear the dialog
    expect(dialog.messageParent('close')).toBe(true);
    const r = await outcome;
    expect(r).toMatchObject({ completed: true, timedOut: false });
    expect(dialog.isOpen).toBe(false);
    expect(mem.sheetNames()).toContain('Tổng hợp Q3-2022');
  });

  it('the user’s X (DialogEventReceived 12006) also completes it', async () => {
    const { mem } = setUp();
    const outcome = mem.runCommand(REPORT_COMMAND, { timeLimitMs: 60_000 });
    await until(() => mem.dialogs.length === 1, 'the dialog');
    mem.dialogs[0].closeByUser();
    await expect(outcome).resolves.toMatchObject({ completed: true });
  });

  it('a dialog that cannot open (here 12004: another domain) completes it at once', async () => {
    const { mem } = setUp({ dialogUrl: () => 'https://example.org/message.html' });
    const r = await mem.runCommand(REPORT_COMMAND, { timeLimitMs: 60_000 });
    expect(r).toMatchObject({ completed: true });
    expect(mem.dialogs).toEqual([]);
    expect(mem.sheetNames()).toContain('Tổng hợp Q3-2022'); // the report itself was built
  });

  it('without the dialog API (DialogApi 1.1 not supported) it completes without one', async () => {
    const { mem } = setUp({}, { requirementSets: { ExcelApi: '1.13' }, ui: { pageOrigin: PAGE } });
    // DEFAULT_REQUIREMENT_SETS are replaced field by field; take DialogApi away explicitly.
    const requirements = mem.Office.context.requirements;
    const isSet = requirements.isSetSupported;
    requirements.isSetSupported = (name: string, v?: string | number) => (name === 'DialogApi' ? false : isSet(name, v));
    await expect(mem.runCommand(REPORT_COMMAND, { timeLimitMs: 60_000 })).resolves.toMatchObject({ completed: true });
    expect(mem.dialogs).toEqual([]);
  });

  it('a failure is shown in the dialog too, and the event still completes after it', async () => {
    const { mem } = setUp({}, { sheets: [{ name: 'Ghi chú', values: [['Không có bảng nào ở đây']] }], ui: { pageOrigin: PAGE } });
    const outcome = mem.runCommand(REPORT_COMMAND, { timeLimitMs: 60_000 });
    await until(() => mem.dialogs.length === 1, 'the dialog');
    expect(new URL(mem.dialogs[0].url).searchParams.get('kind')).toBe('error');
    mem.dialogs[0].messageParent('close');
    await expect(outcome).resolves.toMatchObject({ completed: true });
    expect(mem.sheetNames()).toEqual(['Ghi chú']);
  });
});

describe('every path of the ExecuteFunction handler completes the event (defect 5)', () => {
  it('where reading window.localStorage throws (storage blocked), it uses the defaults and completes', async () => {
    const { mem } = setUp({
      storage: () => {
        throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
      },
    });
    const outcome = mem.runCommand(REPORT_COMMAND, { timeLimitMs: 10_000 });
    await until(() => mem.dialogs.length === 1, 'the dialog');
    mem.dialogs[0].messageParent('close');
    await expect(outcome).resolves.toMatchObject({ completed: true, timedOut: false });
  });

  it('where localStorage.getItem throws, the same', async () => {
    const { mem } = setUp({
      storage: () => ({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    });
    const outcome = mem.runCommand(REPORT_COMMAND, { timeLimitMs: 10_000 });
    await until(() => mem.dialogs.length === 1, 'the dialog');
    mem.dialogs[0].closeByUser();
    await expect(outcome).resolves.toMatchObject({ completed: true });
  });

  it('where getting Excel itself throws, it completes', async () => {
    const { mem } = setUp({
      excel: () => {
        throw new Error('Excel is not defined');
      },
    });
    await expect(mem.runCommand(REPORT_COMMAND, { timeLimitMs: 10_000 })).resolves.toMatchObject({ completed: true });
  });

  it('where Excel never answers, it completes by itself before Office’s 5-minute limit', async () => {
    jest.useFakeTimers();
    try {
      const mem = createMemoryExcel({ sheets: seed004.sheets });
      const completed = jest.fn();
      const handler = quarterlyReportHandler({
        office: mem.Office as unknown as CommandDeps['office'],
        excel: () => ({ run: () => new Promise<never>(() => undefined), supports: () => true }),
        storage: () => savedPeriod,
        dialogUrl: (kind, text) => messageDialogUrl(PAGE, kind, text),
      });
      handler({ completed, source: { id: 'ReportButton' } } as unknown as Office.AddinCommands.Event);
      await jest.advanceTimersByTimeAsync(4 * 60 * 1000);
      expect(completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(50 * 1000);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('is associated with Office.actions.associate and also placed in the global scope', () => {
    const { mem, global } = setUp();
    expect(typeof mem.actions.get(REPORT_COMMAND)).toBe('function');
    expect(global[REPORT_COMMAND]).toBe(mem.actions.get(REPORT_COMMAND));
  });
});
