// The ribbon's "Tạo báo cáo quý" (an ExecuteFunction command) as Office runs it, in the in-memory host:
// Office calls the associated function with an event; the function must call event.completed(), and "the
// runtime closes when either the function completes or 5 minutes have passed" (design/add-in-commands). The
// message dialog can only be closed by its opener (Office.Dialog.close), after the page's messageParent.
import { createMemoryExcel, type MemoryExcel } from '../addin/host/memory-excel';
import { messageDialogUrl, quarterlyReportHandler, registerCommands, REPORT_COMMAND, type CommandDeps } from '../addin/commands/register';
import { createQuarterlyReport } from '../addin/commands/report-command';
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
    // A fixed clock: the fake one would otherwise start at the machine's time, and the command reads the date.
    jest.useFakeTimers({ now: new Date(2022, 9, 5, 9, 30) });
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

describe('the ribbon command says truthfully what happened to the workbook (issue 17)', () => {
  const OLD = ['Tổng hợp Q3-2022', 'Chi tiết Q3-2022'];
  async function withOldReport() {
    const mem = createMemoryExcel({ sheets: seed004.sheets });
    await createQuarterlyReport({ excel: mem.excelHost(), storage: savedPeriod, notify: () => undefined, now: () => new Date(2022, 9, 5, 8, 0) });
    return mem;
  }
  const replace = async (mem: MemoryExcel) => {
    const messages: string[] = [];
    const r = await createQuarterlyReport({ excel: mem.excelHost(), storage: savedPeriod, notify: (m) => void messages.push(m), now: () => new Date(2022, 9, 5, 9, 30) });
    return { ...r, messages };
  };

  /** The syncs of a replacing run: reads, the sheet names, one request that writes the new sheets, the replace. */
  async function syncsOfReplace(): Promise<number> {
    const probe = await withOldReport();
    probe.resetStats();
    await replace(probe);
    return probe.stats.syncs;
  }

  it('a request that fails while the new report is written: “not changed”, and the old report is there', async () => {
    const last = await syncsOfReplace();
    const mem = await withOldReport();
    const names = mem.sheetNames();
    mem.failSync(last - 1); // the request that writes the new sheets
    const r = await replace(mem);
    expect(r.messages).toEqual(['Không tạo được báo cáo (mã lỗi Office: GeneralException); sổ của bạn không bị thay đổi.']);
    expect(mem.sheetNames()).toEqual(names);
  });

  it('the last request failing after deleting an old sheet: says which, and where the new report is', async () => {
    const last = await syncsOfReplace();
    const mem = await withOldReport();
    // The last request: 2 new sheets reached and shown (4 commands), then each old sheet reached and deleted.
    mem.failSync(last, { afterCommands: 6 });
    const r = await replace(mem);
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual(['Không thay xong báo cáo (mã lỗi Office: GeneralException): trang “Tổng hợp Q3-2022” của báo cáo cũ đã bị xoá; báo cáo mới đã ghi đủ, ở trang “~cchc 1.1”, “~cchc 1.2”.']);
    expect(mem.sheetNames()).toEqual(['Phụ lục KH 367', 'Chi tiết Q3-2022', '~cchc 1.1', '~cchc 1.2']);
    expect(mem.snapshot('~cchc 1.1').visibility).toBe('Visible');
    expect(mem.sheetNames()).toEqual(expect.arrayContaining([OLD[1]]));
  });
});

describe('a hung Excel and the message dialog (issue 17)', () => {
  const FIXED_NOW = new Date(2022, 9, 5, 9, 30);
  afterEach(() => jest.useRealTimers());
  /** The ribbon button pressed, its handler called directly so that fake timers drive every clock. */
  const press = (mem: MemoryExcel, completed: () => void) =>
    quarterlyReportHandler({
      office: mem.Office as unknown as CommandDeps['office'],
      excel: () => mem.excelHost(),
      storage: () => savedPeriod,
      dialogUrl: (kind, text) => messageDialogUrl(PAGE, kind, text),
    })({ completed, source: { id: 'ReportButton' } } as unknown as Office.AddinCommands.Event);

  it('when context.sync() never settles, says so after 3 minutes in the dialog, then completes', async () => {
    jest.useFakeTimers({ now: FIXED_NOW }); // the report reads today's date: never the machine's
    const mem = createMemoryExcel({ sheets: seed004.sheets, ui: { pageOrigin: PAGE } });
    mem.hang(); // OfficeDev/office-js#6678
    const completed = jest.fn();
    press(mem, completed);
    await jest.advanceTimersByTimeAsync(2 * 60 * 1000);
    expect(mem.dialogs).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(61 * 1000);
    expect(mem.dialogs).toHaveLength(1);
    const url = new URL(mem.dialogs[0].url);
    expect(url.searchParams.get('kind')).toBe('error');
    expect(url.searchParams.get('text')).toBe(
      'Excel không trả lời sau 3 phút nên việc này đã dừng. Chưa trang nào được ghi: sổ của bạn không bị thay đổi. Hãy thử lại; nếu vẫn vậy, tải lại trang Excel (hoặc mở lại Excel).',
    );
    expect(completed).not.toHaveBeenCalled();
    mem.dialogs[0].messageParent('close');
    await jest.advanceTimersByTimeAsync(10);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(mem.dialogs[0].isOpen).toBe(false);
  });

  it('at the time limit a dialog still open is closed before the event completes', async () => {
    jest.useFakeTimers({ now: FIXED_NOW }); // the report reads today's date: never the machine's
    const mem = createMemoryExcel({ sheets: seed004.sheets, ui: { pageOrigin: PAGE } });
    const open: boolean[] = [];
    const completed = jest.fn(() => open.push(mem.dialogs[0]?.isOpen ?? false));
    press(mem, completed);
    await jest.advanceTimersByTimeAsync(1000);
    expect(mem.dialogs).toHaveLength(1); // the report is built; nobody presses OK
    await jest.advanceTimersByTimeAsync(5 * 60 * 1000);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(open).toEqual([false]);
  });

  it('a dialog whose page cannot load (12002) or is HTTP (12003) is closed, and the event completes', async () => {
    for (const code of [12002, 12003] as const) {
      const { mem } = setUp();
      const outcome = mem.runCommand(REPORT_COMMAND, { timeLimitMs: 60_000 });
      await until(() => mem.dialogs.length === 1, 'the dialog');
      mem.dialogs[0].failToLoad(code);
      await expect(outcome).resolves.toMatchObject({ completed: true });
      expect([code, mem.dialogs[0].isOpen]).toEqual([code, false]);
    }
  });
});

