/**
 * The Office.js object model over the in-memory workbook, with Office.js's semantics: every object
 * is a proxy; setting a property, calling a method or loading queues a command; `context.sync()`
 * runs the queue in order, and only then are loaded values readable
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *
 * Choices where the docs are silent, all on the strict side so adapter bugs show:
 * - a property set through a proxy is not readable until it is loaded and synced (the brief's
 *   rule; real Office.js echoes some sets locally);
 * - every object returned by a method is resolved at the sync after it was created, in queue order,
 *   so `worksheets.getItem("missing")` fails that sync with ItemNotFound even if nothing else uses it,
 *   and `isNullObject` is set by that sync (the docs say it is loaded automatically);
 * - reading a property of a null object throws InvalidObjectPath; void methods and sets on a null
 *   object do nothing; methods returning objects return null objects;
 * - a failing sync applies the commands queued before the failing one and none after; it delivers
 *   no loaded values. A response over the limit fails after the commands ran (Excel runs the batch,
 *   then cannot send the answer).
 */
import { OfficeError, type OfficeErrorCode } from './errors';
import type { WorkbookModel } from './workbook-model';
import { asOfficeError, versionAtLeast, type Command, type HostState, type MemoryStats, type Out, type PathNode } from './proxy-base';
import { actionBytes, ENVELOPE_BYTES, pathBytes } from '../adapter/request-size';
import { Application, Workbook } from './sheet-proxies';

// ------------------------------------------------------------------------------------------------
// Request context and Excel.run

export class RequestContext {
  _queue: Command[] = [];
  _closed = false;
  private _lastId = 0;
  readonly workbook: Workbook;
  readonly application: Application;
  /** Tracking is not needed here: objects live as long as the test holds them. */
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };

  constructor(readonly _host: HostState) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
    this.application._path = { kind: 'property', name: 'application', parent: this.workbook };
  }

  /** office.js numbers the actions and objects of a context in one sequence (context._nextId()). */
  _nextId(): number {
    return ++this._lastId;
  }

  get _wb(): WorkbookModel {
    return this._host.wb;
  }

  /** ApiNotFound, thrown when the API is called, for members of a requirement set newer than the host's. */
  _require(version: string, api: string): void {
    if (!versionAtLeast(this._host.excelApi, version)) throw new OfficeError('ApiNotFound', undefined, api);
  }

  _enqueue(location: string, action: Omit<Command['action'], 'id'>, target: PathNode | null, argObjects: PathNode[], run: (out: Out) => void | Promise<void>): void {
    if (this._closed) throw new OfficeError('InvalidRequestContext', undefined, location);
    this._queue.push({ location, action: { ...action, id: this._nextId() }, target, argObjects, run });
  }

  /**
   * A request's size as office.js sends it (addin/adapter/request-size.ts): the JSON of every action, and of the
   * path of every object the actions reference, with its parents, once per request.
   */
  private _requestBytes(batch: Command[]): number {
    const sent = new Set<PathNode>();
    let bytes = ENVELOPE_BYTES;
    const path = (o: PathNode | null) => {
      for (let x: PathNode | null = o; x && !sent.has(x); x = x._path?.parent ?? null) {
        sent.add(x);
        const p = x._path;
        bytes += p ? pathBytes({ id: x._id, kind: p.kind, name: p.name, parentId: p.parent?._id, args: p.args }) : pathBytes({ id: x._id, kind: 'global', name: '' });
      }
    };
    for (const c of batch) {
      bytes += actionBytes({ id: c.action.id, kind: c.action.kind, name: c.action.name, pathId: c.target?._id ?? 0, args: c.action.args, refs: c.action.refs, query: c.action.query });
      path(c.target);
      for (const o of c.argObjects) path(o);
    }
    // Each item was counted with a separating comma; the last of each list has none.
    return batch.length === 0 ? bytes : bytes - 2;
  }

  /**
   * Sends the queued commands. Request size is checked first, by office.js's own message (_requestBytes): Excel on
   * the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded /
   * ResponsePayloadSizeLimitExceeded) —
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
   * and a request refused for its size runs none of its commands.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this._closed) throw new OfficeError('InvalidRequestContext', undefined, 'RequestContext.sync');
    const batch = this._queue;
    this._queue = [];
    const host = this._host;
    host.stats.syncs++;
    await Promise.resolve();
    // A sync that never settles, neither resolved nor rejected: Excel on the web, OfficeDev/office-js#6678 ("it hangs
    // indefinitely… I opened the browser console and ran another Excel.run… The output was only "1"").
    if (host.hung) return new Promise<never>(() => undefined);
    for (const f of host.faults) f.countdown--;
    const fault = host.faults.find((f) => f.countdown === 0);
    host.faults = host.faults.filter((f) => f.countdown > 0);
    const bytes = this._requestBytes(batch);
    const request: MemoryStats['requests'][number] = { bytes, commands: batch.length };
    host.stats.requests.push(request);
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, bytes);
    const fail = (e: OfficeError): never => {
      request.error = e.code;
      throw e;
    };
    if (bytes > host.requestLimit) fail(new OfficeError('RequestPayloadSizeLimitExceeded', undefined, 'RequestContext.sync'));
    const out: Out = { results: [], responseBytes: 0 };
    try {
      for (const [i, cmd] of batch.entries()) {
        if (fault && i === fault.afterCommands) fail(new OfficeError(fault.code as OfficeErrorCode, undefined, cmd.location));
        try {
          const r = cmd.run(out);
          if (r) await r;
        } catch (e) {
          fail(asOfficeError(e).at(cmd.location));
        }
      }
      if (fault && fault.afterCommands >= batch.length) fail(new OfficeError(fault.code as OfficeErrorCode, undefined, 'RequestContext.sync'));
    } finally {
      if (batch.length > 0) host.notify();
    }
    request.responseBytes = out.responseBytes;
    host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, out.responseBytes);
    if (out.responseBytes > host.responseLimit) fail(new OfficeError('ResponsePayloadSizeLimitExceeded', undefined, 'RequestContext.sync'));
    for (const apply of out.results) apply();
    return passThroughValue as T;
  }
}

type Batch<T> = (context: RequestContext) => Promise<T>;

/**
 * Excel.run: a fresh context; the batch must return a promise (RunMustReturnPromise otherwise);
 * commands still queued when the batch resolves are synced, as Office.js does (the docs' own
 * getItemOrNullObject sample ends with `dataSheet.position = 1;` and no sync).
 */
export async function runBatch<T>(host: HostState, a: unknown, b?: unknown): Promise<T> {
  const batch = (typeof a === 'function' ? a : b) as Batch<T> | undefined;
  if (typeof batch !== 'function') throw new OfficeError('InvalidArgument', undefined, 'Excel.run');
  const ctx = new RequestContext(host);
  try {
    const p = batch(ctx) as unknown;
    if (!p || typeof (p as Promise<T>).then !== 'function') throw new OfficeError('RunMustReturnPromise', undefined, 'Excel.run');
    const result = await (p as Promise<T>);
    if (ctx._queue.length > 0) await ctx.sync();
    return result;
  } finally {
    ctx._closed = true;
  }
}
