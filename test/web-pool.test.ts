import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkBytes } from '../core/io/check';
import { ReaderPool, type PoolMode } from '../web/pool';
import type { FromWorker, ToWorker } from '../web/protocol';

/**
 * The web page's pool of Web Workers (web/pool.ts), with stand-in workers: each file goes to a worker and its
 * outcome comes back; a file over its time gets the CLI's sentence and its worker is replaced; a worker that
 * dies on a file gives that file the pool's sentence and the others go on; a browser that refuses workers
 * gets the same work done on the page itself, with the same outcomes.
 */

const SAMPLE = path.join(__dirname, '..', 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx');
const BYTES = new Uint8Array(fs.readFileSync(SAMPLE));
const REQ = (name: string, maxSeconds = 60) => ({ name, asOf: '2022-10-15', dueSoonDays: 30, maxSeconds });

type Behaviour = 'answer' | 'answer-later' | 'silent' | 'crash-on-work' | 'never-ready';

/** A worker that runs the real check on the page's request, or misbehaves as told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  received: ToWorker[] = [];
  constructor(private readonly behaviour: Behaviour) {
    FakeWorker.made.push(this);
    if (behaviour !== 'never-ready') setTimeout(() => this.emit({ type: 'ready' }), 1);
  }
  private emit(msg: FromWorker) {
    if (!this.terminated) this.onmessage?.({ data: msg });
  }
  postMessage(msg: ToWorker) {
    this.received.push(msg);
    if (this.behaviour === 'silent') return;
    if (this.behaviour === 'crash-on-work') {
      setTimeout(() => this.onerror?.({ message: 'Out of memory', preventDefault: () => undefined }), 1);
      return;
    }
    const w = msg.work;
    if (w.kind !== 'check') throw new Error(`not in this test: ${w.kind}`);
    const later = this.behaviour === 'answer-later' ? new Promise((r) => setTimeout(r, 50)) : Promise.resolve();
    void later.then(() => w.file.arrayBuffer()).then((buf) => {
      this.emit({ type: 'progress', id: msg.id, loaded: buf.byteLength, total: buf.byteLength });
      this.emit({ type: 'done', id: msg.id, result: checkBytes(w.req.name, new Uint8Array(buf), { job: 'both', asOf: w.req.asOf, dueSoonDays: w.req.dueSoonDays, flags: false }) });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => (FakeWorker.made = []));

const blob = () => new Blob([BYTES]);

describe('ReaderPool', () => {
  it('checks each file in a worker, with its progress, and gives what core/io/check gives', async () => {
    const pool = new ReaderPool({ size: 2, spawn: () => new FakeWorker('answer') as unknown as Worker });
    const progress: number[] = [];
    const jobs = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((n) => pool.check(blob(), REQ(n), (loaded, total) => progress.push(loaded / total)));
    const outcomes = await Promise.all(jobs.map((j) => j.done));
    const expected = checkBytes('a.xlsx', BYTES, { job: 'both', asOf: '2022-10-15', dueSoonDays: 30 });
    expect(outcomes[0]).toEqual(expected);
    expect(outcomes.map((o) => o?.file)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(progress).toEqual([1, 1, 1]);
    expect(FakeWorker.made).toHaveLength(2);
    expect(pool.mode).toBe('workers');
  });

  it('a file over its time: its worker is ended and replaced, it gets the CLI’s sentence (without the CLI’s option), the next file goes on', async () => {
    let n = 0;
    const pool = new ReaderPool({ size: 1, graceSeconds: 0, spawn: () => new FakeWorker(n++ === 0 ? 'silent' : 'answer') as unknown as Worker });
    const slow = pool.check(blob(), REQ('cham.xlsx', 0.05));
    const next = pool.check(blob(), REQ('tiep.xlsx'));
    expect(await slow.done).toEqual({
      file: 'cham.xlsx',
      ok: false,
      code: 'too-slow',
      message: { vi: 'Xử lý sổ cham.xlsx mất quá 0.05 giây nên đã dừng; các sổ khác vẫn được xử lý.', en: 'Processing cham.xlsx took more than 0.05 seconds and was stopped; the other files go on.' },
    });
    expect((await next.done)?.ok).toBe(true);
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('a worker that dies on a file: that file gets the sentence, a new worker takes the rest', async () => {
    let n = 0;
    const pool = new ReaderPool({ size: 1, spawn: () => new FakeWorker(n++ === 0 ? 'crash-on-work' : 'answer') as unknown as Worker });
    const first = pool.check(blob(), REQ('thu-muc/lon.xlsx'));
    const second = pool.check(blob(), REQ('nho.xlsx'));
    expect(await first.done).toMatchObject({ ok: false, code: 'too-large', message: { vi: 'Sổ lon.xlsx cần quá nhiều bộ nhớ để đọc nên đã bị bỏ qua.' } });
    expect(await second.done).toMatchObject({ ok: true, file: 'nho.xlsx' });
  });

  it('a browser that refuses workers: the page does the same work itself, says so once, and gives the same outcomes', async () => {
    const modes: PoolMode[] = [];
    const pool = new ReaderPool({
      spawn: () => {
        throw new Error("Failed to construct 'Worker': Script at 'file:///…/cchc-reader.js' cannot be accessed from origin 'null'.");
      },
      onModeChange: (m) => modes.push(m),
    });
    const progress: Array<[number, number]> = [];
    const o = await pool.check(blob(), REQ('a.xlsx'), (l, t) => progress.push([l, t])).done;
    expect(pool.mode).toBe('page');
    expect(modes).toEqual(['page']);
    expect(o).toEqual(checkBytes('a.xlsx', BYTES, { job: 'both', asOf: '2022-10-15', dueSoonDays: 30 }));
    expect(progress.at(-1)).toEqual([BYTES.length, BYTES.length]);
    // The report is made on the page too.
    const r = await pool.report({ records: o && o.ok ? [o.records!] : [], period: '2022-Q3', asOf: '2022-09-30', asOfRule: 'given', dueSoonDays: 30, generatedAt: '2022-10-15T08:00', format: 'xlsx', lang: 'vi', maxSeconds: 60 });
    expect(r.ok && r.fileName).toBe('Tổng hợp Q3-2022.xlsx');
  });

  it('a worker that never starts (a browser that fails it quietly) is taken as a refusal, and its file is not lost', async () => {
    const pool = new ReaderPool({ size: 1, startMs: 20, spawn: () => new FakeWorker('never-ready') as unknown as Worker });
    const o = await pool.check(blob(), REQ('a.xlsx')).done;
    expect(pool.mode).toBe('page');
    expect(o?.ok).toBe(true);
  });

  it('a cancelled file is dropped before it starts, and its answer ignored after', async () => {
    const pool = new ReaderPool({ size: 1, spawn: () => new FakeWorker('answer-later') as unknown as Worker });
    const a = pool.check(blob(), REQ('a.xlsx'));
    const b = pool.check(blob(), REQ('b.xlsx'));
    pool.cancel(b.id); // waiting behind a: dropped
    for (let i = 0; i < 100 && FakeWorker.made[0]?.received.length !== 1; i++) await new Promise((r) => setTimeout(r, 5));
    pool.cancel(a.id); // already in the worker: its answer is ignored
    expect(await a.done).toBeUndefined();
    expect(await b.done).toBeUndefined();
    expect(FakeWorker.made[0].received.map((m) => (m.work.kind === 'check' ? m.work.req.name : ''))).toEqual(['a.xlsx']);
    expect(pool.pending).toBe(0);
  });
});
