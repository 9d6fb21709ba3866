/**
 * The machinery under every proxy: host state, request sizes, load trees, the proxy and collection
 * base classes and the entity shapes they resolve to. See context.ts for the semantics.
 */
import type { Area } from './address';
import { OfficeError, propertyNotLoaded } from './errors';
import type { CFModel, ChartModel, SeriesModel, SheetModel, WorkbookModel } from './workbook-model';
import type { GridInput } from '../../core';
import type { RequestContext } from './context';
import { utf8Length, type ActionKind, type PathKind } from '../adapter/request-size';

// ------------------------------------------------------------------------------------------------
// Host state, sizes, versions

export type MemoryStats = {
  syncs: number;
  /** Each sync: its request size, its response size (when the commands ran) and the error code it failed with, if any. */
  requests: Array<{ bytes: number; commands: number; responseBytes?: number; error?: string }>;
  maxRequestBytes: number;
  maxResponseBytes: number;
};

/** A failure a test asks for: the `countdown`-th sync from now fails with `code` after running `afterCommands` commands. */
export type Fault = { countdown: number; afterCommands: number; code: string };

export type HostState = {
  wb: WorkbookModel;
  /** Failures tests ask for (MemoryExcel.failSync). */
  faults: Fault[];
  /** No sync settles any more (MemoryExcel.hang). */
  hung: boolean;
  /** The ExcelApi requirement set the host claims, e.g. "1.13". */
  excelApi: string;
  /** Office.context.platform ("OfficeOnline" is Excel on the web). */
  platform: string;
  requestLimit: number;
  responseLimit: number;
  decode?: (base64: string) => Promise<GridInput[]>;
  stats: MemoryStats;
  notify(): void;
};

export function versionAtLeast(have: string | undefined, need: string): boolean {
  if (have === undefined) return false;
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export { utf8Length };

/** JSON size of a loaded value or a result (proxies count as a short reference). */
export function jsonSize(v: unknown): number {
  if (v === undefined) return 0;
  if (v instanceof Obj) return 24;
  if (Array.isArray(v)) return utf8Length(JSON.stringify(v) ?? '');
  if (v !== null && typeof v === 'object') return utf8Length(JSON.stringify(v, (_k, x: unknown) => (x instanceof Obj ? '{ref}' : x)) ?? '');
  return utf8Length(JSON.stringify(v) ?? '');
}

export type Out = { results: Array<() => void>; responseBytes: number };

/**
 * A queued call as office.js would send it (see addin/adapter/request-size.ts): the action, the object it acts on
 * (whose path, with its parents', travels with the request) and the objects among its arguments.
 */
export type Command = {
  location: string;
  action: { id: number; kind: ActionKind; name: string; args: unknown[]; refs?: number[]; query?: unknown };
  target: PathNode | null;
  argObjects: PathNode[];
  run: (out: Out) => void | Promise<void>;
};

/** How an object is reached, as office.js records it: a property or a method of its parent, or an item of a collection. */
export type ObjPath = { kind: PathKind; name: string; args?: unknown[]; parent: PathNode | null };
/** What a request's size needs of a proxy: its path id and how it was reached. */
export type PathNode = { readonly _id: number; _path: ObjPath | null };

/**
 * A method's payload as the arguments office.js sends: an array is the argument list, anything else one
 * argument; a proxy travels as its path id and is listed among the referenced objects
 * (Utility.setMethodArguments in office.js).
 */
export function wireArgs(payload: unknown, asList: boolean): { args: unknown[]; refs?: number[]; objects: PathNode[] } {
  const list = payload === undefined || payload === null ? [] : asList && Array.isArray(payload) ? payload : [payload];
  const objects: PathNode[] = [];
  const ref = (v: unknown): unknown => {
    if (v instanceof Obj) {
      objects.push(v as PathNode);
      return (v as PathNode)._id;
    }
    return v;
  };
  const args = list.map((v) => (v instanceof Obj ? ref(v) : v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ref(x)])) : v));
  const refs = list.map((v) => (v instanceof Obj ? (v as PathNode)._id : 0));
  return { args, refs: objects.length > 0 ? refs : undefined, objects };
}

export const asOfficeError = (e: unknown): OfficeError => (e instanceof OfficeError ? e : new OfficeError('GeneralException', e instanceof Error ? e.message : String(e)));

// ------------------------------------------------------------------------------------------------
// Loading

export type LoadTree = { all: boolean; kids: Map<string, LoadTree> };
export const isLeaf = (t: LoadTree) => !t.all && t.kids.size === 0;
export const ALL: LoadTree = { all: true, kids: new Map() };

export function parseLoad(spec: unknown): LoadTree {
  const root: LoadTree = { all: false, kids: new Map() };
  const nodeAt = (base: LoadTree, path: string): LoadTree => {
    let node = base;
    for (const part of path.split('/').map((s) => s.trim()).filter(Boolean)) {
      let k = node.kids.get(part);
      if (!k) {
        k = { all: false, kids: new Map() };
        node.kids.set(part, k);
      }
      node = k;
    }
    return node;
  };
  const strings = (v: unknown): string[] => (typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v.flatMap(strings) : []);
  if (spec === undefined || spec === null) return { all: true, kids: new Map() };
  if (typeof spec === 'string' || Array.isArray(spec)) {
    const paths = strings(spec).filter((s) => s.trim() !== '');
    if (paths.length === 0) root.all = true;
    for (const p of paths) nodeAt(root, p);
    return root;
  }
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if ('select' in o || 'expand' in o) {
      for (const p of strings(o.select)) if (p.trim()) nodeAt(root, p);
      for (const p of strings(o.expand)) if (p.trim()) nodeAt(root, p).all = true;
      if (root.kids.size === 0) root.all = true;
      return root;
    }
    const walk = (obj: Record<string, unknown>, node: LoadTree) => {
      for (const [k, v] of Object.entries(obj)) {
        if (v === true) nodeAt(node, k);
        else if (v && typeof v === 'object') {
          const child = nodeAt(node, k);
          const sub = parseLoad(v);
          child.all = child.all || sub.all;
          for (const [kk, vv] of sub.kids) child.kids.set(kk, vv);
        }
      }
    };
    walk(o, root);
    return root;
  }
  throw new OfficeError('InvalidArgument', undefined, 'load');
}

// ------------------------------------------------------------------------------------------------
// The proxy base

export interface Loadable {
  _loadInto(tree: LoadTree, out: Out): void;
  set(props: Record<string, unknown>): void;
}

export type Getter<E> = (e: E) => unknown;

export interface Instantiable {
  _live(): unknown;
  _isNull: boolean | undefined;
}

export class ClientResult<T> {
  private _has = false;
  private _v: T | undefined;
  _fill(v: T): void {
    this._has = true;
    this._v = v;
  }
  get value(): T {
    if (!this._has) throw new OfficeError('ValueNotLoaded', undefined, 'ClientResult.value');
    return this._v as T;
  }
}

export abstract class Obj<E> implements Loadable {
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  private _memo: { v: E | null } | undefined;
  /** The object's path id: office.js numbers objects and actions of a context in one sequence. */
  readonly _id: number;
  /** How the object was reached; null for the workbook, office.js's global object. */
  _path: ObjPath | null = null;

  constructor(
    readonly context: RequestContext,
    private readonly _resolver: () => E | null,
    readonly _type: string,
  ) {
    this._id = context._nextId();
  }

  /** A child object reached through a property of this one (range.format, format.font…). */
  protected _prop<T extends PathNode>(name: string, child: T): T {
    child._path = { kind: 'property', name, parent: this };
    return child;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject', `${this._type}.isNullObject`);
    return this._isNull;
  }

  _resolve(): E | null {
    if (this._memo) return this._memo.v;
    const v = this._resolver();
    this._memo = { v };
    return v;
  }

  /** Checks the entity still exists (a deleted sheet, chart or rule) before it is used. */
  protected _check(_e: E): void {}

  /** The entity for a command at sync time: null for a null object, else checked. */
  _live(): E | null {
    const e = this._resolve();
    if (e !== null) this._check(e);
    return e;
  }

  protected get _ctx(): RequestContext {
    return this.context;
  }

  protected _scalars(): Record<string, Getter<E>> {
    return {};
  }

  protected _navs(): Record<string, () => Loadable> {
    return {};
  }

  /** Requirement sets of members newer than the object itself (name → ExcelApi version). */
  protected _gates(): Record<string, string> {
    return {};
  }

  _get<T>(prop: string): T {
    if (this._isNull === true) throw new OfficeError('InvalidObjectPath', undefined, `${this._type}.${prop}`);
    if (!this._loaded.has(prop)) throw propertyNotLoaded(prop, `${this._type}.${prop}`);
    return this._loaded.get(prop) as T;
  }

  protected _gate(name: string): void {
    const v = this._gates()[name];
    if (v) this._ctx._require(v, `${this._type}.${name}`);
  }

  protected _set<V>(prop: string, value: V, apply: (e: E, v: V) => void): void {
    this._gate(prop);
    this._loaded.delete(prop);
    const { args, refs, objects } = wireArgs(value, false);
    this._ctx._enqueue(`${this._type}.${prop}`, { kind: 'setProperty', name: prop, args, refs }, this, objects, () => {
      const e = this._live();
      if (e !== null) apply(e, value);
    });
  }

  /** A void method: queued, run at sync on the live entity; nothing on a null object. */
  protected _do(method: string, payload: unknown, run: (e: E, out: Out) => void | Promise<void>): void {
    this._gate(method);
    const { args, refs, objects } = wireArgs(payload, true);
    this._ctx._enqueue(`${this._type}.${method}`, { kind: 'method', name: method, args, refs }, this, objects, (out) => {
      const e = this._live();
      if (e !== null) return run(e, out);
    });
  }

  /** A method returning an object: the object is resolved (instantiated) at the next sync, in order. */
  protected _make<P extends Instantiable & PathNode>(method: string, payload: unknown, p: P): P {
    this._gate(method);
    const { args, refs, objects } = wireArgs(payload, true);
    p._path = { kind: 'method', name: method, args, parent: this };
    // The object's path travels with the request, and an Instantiate action for it (office.js adds one for the
    // objects of write methods such as add; counting it for every object errs on the large side).
    this._ctx._enqueue(`${this._type}.${method}`, { kind: 'instantiate', name: '', args: [], refs }, p as unknown as PathNode, objects, (out) => {
      const e = p._live();
      out.results.push(() => {
        p._isNull = e === null;
      });
    });
    return p;
  }

  /** A method returning a primitive: a ClientResult filled at sync. */
  protected _result<T>(method: string, payload: unknown, compute: (e: E) => T): ClientResult<T> {
    const result = new ClientResult<T>();
    this._do(method, payload, (e, out) => {
      const v = compute(e);
      out.responseBytes += jsonSize(v);
      out.results.push(() => result._fill(v));
    });
    return result;
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this._ctx._enqueue(`${this._type}.load`, { kind: 'query', name: '', args: [], query: { Select: spec ?? null } }, this, [], (out) => this._loadInto(tree, out));
    return this;
  }

  protected _loadScalar(name: string, getter: Getter<E>, e: E, out: Out): void {
    const gate = this._gates()[name];
    if (gate) this._ctx._require(gate, `${this._type}.${name}`);
    const v = getter(e);
    out.responseBytes += jsonSize(v) + name.length + 4;
    out.results.push(() => {
      this._loaded.set(name, v);
    });
  }

  _loadInto(tree: LoadTree, out: Out): void {
    const e = this._live();
    out.results.push(() => {
      this._isNull = e === null;
    });
    if (e === null) return;
    const scalars = this._scalars();
    const navs = this._navs();
    if (tree.all) {
      for (const [name, g] of Object.entries(scalars)) {
        const gate = this._gates()[name];
        if (gate && !versionAtLeast(this._ctx._host.excelApi, gate)) continue;
        this._loadScalar(name, g, e, out);
      }
    }
    for (const [name, sub] of tree.kids) {
      if (name === 'isNullObject') continue;
      if (scalars[name]) {
        if (!isLeaf(sub)) throw new OfficeError('InvalidArgument', `'${name}' has no properties to load.`);
        if (!tree.all) this._loadScalar(name, scalars[name], e, out);
      } else if (navs[name]) {
        this._gate(name);
        navs[name]()._loadInto(isLeaf(sub) ? ALL : sub, out);
      } else {
        throw new OfficeError('InvalidArgument', `The property '${name}' of ${this._type} is not supported by the in-memory Excel host.`);
      }
    }
  }

  /** Object.set(): sets several properties at once, navigation properties by their fields. */
  set(props: Record<string, unknown>): void {
    const navs = this._navs();
    for (const [k, v] of Object.entries(props)) {
      if (navs[k] && v && typeof v === 'object' && !Array.isArray(v)) navs[k]().set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection: `items` after a load; `load('name')` means `load('items/name')`. */
export abstract class Coll<E, I, P extends Instantiable & Loadable & PathNode> extends Obj<E> {
  _items: P[] | undefined;

  get items(): P[] {
    if (this._isNull === true) throw new OfficeError('InvalidObjectPath', undefined, `${this._type}.items`);
    if (!this._items) throw propertyNotLoaded('items', `${this._type}.items`);
    return this._items;
  }

  protected abstract _list(e: E): I[];
  protected abstract _wrap(i: I): P;

  override _loadInto(tree: LoadTree, out: Out): void {
    const e = this._live();
    out.results.push(() => {
      this._isNull = e === null;
    });
    if (e === null) return;
    const own = this._scalars();
    const itemsTree: LoadTree = { all: tree.all, kids: new Map() };
    let loadItems = tree.all;
    if (tree.all) for (const [name, g] of Object.entries(own)) this._loadScalar(name, g, e, out);
    for (const [name, sub] of tree.kids) {
      if (name === 'isNullObject') continue;
      if (own[name]) {
        if (!tree.all) this._loadScalar(name, own[name], e, out);
      } else if (name === 'items') {
        loadItems = true;
        if (isLeaf(sub)) itemsTree.all = true;
        itemsTree.all = itemsTree.all || sub.all;
        for (const [k, v] of sub.kids) itemsTree.kids.set(k, v);
      } else {
        loadItems = true;
        itemsTree.kids.set(name, sub);
      }
    }
    if (!loadItems) return;
    const list = this._list(e).map((i) => this._wrap(i));
    // An item of a loaded collection is reached again by its index in the collection.
    list.forEach((p, k) => (p._path ??= { kind: 'indexer', name: '', args: [k], parent: this }));
    out.results.push(() => {
      this._items = list;
    });
    for (const p of list) p._loadInto(itemsTree, out);
  }

  protected _at(e: E, index: unknown): I {
    const list = this._list(e);
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= list.length) throw new OfficeError('ItemNotFound');
    return list[index];
  }
}

export const fixed =
  <T>(v: T) =>
  (): T =>
    v;

export function oneOf<T extends string>(values: Record<string, T>, v: unknown): T {
  if (typeof v !== 'string' || !Object.values(values).includes(v as T)) throw new OfficeError('InvalidArgument');
  return v as T;
}

export function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new OfficeError('InvalidArgument');
  return v;
}

export function num(v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new OfficeError('InvalidArgument');
  return v;
}

export function int(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new OfficeError('InvalidArgument');
  return v;
}

// ------------------------------------------------------------------------------------------------
// Entities

export type RangeE = { sheet: SheetModel; area: Area };
export type AreasE = { sheet: SheetModel; areas: Area[] };
export type CfE = { sheet: SheetModel; cf: CFModel };
export type ChartE = { sheet: SheetModel; chart: ChartModel };
export type SeriesE = ChartE & { series: SeriesModel };

export const areasOf = (e: RangeE | null): AreasE | null => (e ? { sheet: e.sheet, areas: [e.area] } : null);
