/**
 * The size of an Office.js request, counted as office.js builds it. Microsoft: "The payload size of a request
 * combines: the number of API calls; the number of objects, such as Range objects; the length of the value to set
 * or get", and Excel on the web refuses requests over 5 MB with RequestPayloadSizeLimitExceeded
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * How the three combine is office.js's own request message, which each context.sync() sends as JSON
 * `{"Actions":[…],"ObjectPaths":{…}}`:
 * - one ActionInfo per call — `{Id, ActionType, Name, ObjectPathId, ArgumentInfo: {Arguments}}`, ActionType
 *   1 Instantiate, 2 Query, 3 Method, 4 SetProperty — and an Instantiate action for an object a method returns;
 * - one ObjectPathInfo per object the actions reference, and for its parents —
 *   `{Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo}`, ObjectPathType 1 GlobalObject, 3 Method,
 *   4 Property, 5 Indexer;
 * - an object passed as an argument travels as its path id, listed in ArgumentInfo.ReferencedObjectPathIds;
 * - member names travel capitalised ("Worksheets", "Add").
 * Source: the office.js runtime (ActionFactory.createSetPropertyAction, createInstantiateAction, createQueryAction,
 * ObjectPathFactory.createMethodObjectPath / createPropertyObjectPath, Utility.setMethodArguments) in
 * https://github.com/OfficeDev/office-js, dist/excel-web-16.00.debug.js.
 *
 * The adapter plans its writes with these functions (PlannedRequest, below) and the in-memory host refuses a
 * request by the same measure (addin/host/context.ts). What Excel on the web counts against its 5 MB is not
 * published beyond the sentence above; the adapter keeps a margin (REQUEST_BUDGET_BYTES) and still splits and
 * retries a request Excel refuses.
 */

export const ACTION_TYPE = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
export const PATH_TYPE = { global: 1, method: 3, property: 4, indexer: 5 } as const;
export type ActionKind = keyof typeof ACTION_TYPE;
export type PathKind = keyof typeof PATH_TYPE;

/** UTF-8 length of a string, as the request travels. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** office.js sends a member by its wire name: the JavaScript name with a capital first letter. */
const wireName = (name: string) => (name ? name.charAt(0).toUpperCase() + name.slice(1) : name);

/** Arguments as they travel; `refs` are the path ids of the objects among them (0 for the others). */
type ArgumentInfo = { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
const argumentInfo = (args: unknown[] | undefined, refs: number[] | undefined): ArgumentInfo =>
  args === undefined ? {} : refs && refs.some((r) => r !== 0) ? { Arguments: args, ReferencedObjectPathIds: refs } : { Arguments: args };

export type ActionSpec = { id: number; kind: ActionKind; name: string; pathId: number; args?: unknown[]; refs?: number[]; query?: unknown };
export type PathSpec = { id: number; kind: PathKind; name: string; parentId?: number; args?: unknown[]; refs?: number[] };

/** Bytes an action adds to a request: its JSON and the comma that separates it from the next. */
export function actionBytes(a: ActionSpec): number {
  const info: Record<string, unknown> = { Id: a.id, ActionType: ACTION_TYPE[a.kind], Name: a.kind === 'instantiate' || a.kind === 'query' ? '' : wireName(a.name), ObjectPathId: a.pathId };
  if (a.kind === 'query') info.QueryInfo = a.query ?? {};
  else if (a.kind !== 'instantiate') info.ArgumentInfo = argumentInfo(a.args ?? [], a.refs);
  return utf8Length(JSON.stringify(info)) + 1;
}

/** Bytes an object path adds to a request: `"id":`, its JSON, and the separating comma. */
export function pathBytes(p: PathSpec): number {
  const info: Record<string, unknown> = { Id: p.id, ObjectPathType: PATH_TYPE[p.kind], Name: wireName(p.name) };
  if (p.parentId !== undefined) info.ParentObjectPathId = p.parentId;
  if (p.kind === 'method' || p.kind === 'indexer') info.ArgumentInfo = argumentInfo(p.args ?? [], p.refs);
  return utf8Length(`"${p.id}":`) + utf8Length(JSON.stringify(info)) + 1;
}

/** `{"Actions":[],"ObjectPaths":{}}` around them. */
export const ENVELOPE_BYTES = utf8Length('{"Actions":[],"ObjectPaths":{}}');

/**
 * Ids at their widest, for planning: office.js numbers the actions and objects of a context from 1
 * (context._nextId()), so a run that queues fewer than ten million of them never writes a longer id.
 */
export const PLANNING_ID = 9_999_999;

/**
 * A request as the adapter plans it, call by call, before it queues the calls: the same measure as the host's,
 * with every id at its widest (so the plan is never smaller than the request).
 */
export class PlannedRequest {
  bytes = ENVELOPE_BYTES;

  /** An object a method returns (getRange, getItem, add…): its path and the action that instantiates it. */
  object(method: string, args: unknown[] = []): this {
    this.bytes += pathBytes({ id: PLANNING_ID, kind: 'method', name: method, parentId: PLANNING_ID, args }) + actionBytes({ id: PLANNING_ID, kind: 'instantiate', name: '', pathId: PLANNING_ID });
    return this;
  }

  /** An object reached through a property (context.workbook.worksheets, range.format, format.font). */
  property(name: string): this {
    this.bytes += pathBytes({ id: PLANNING_ID, kind: 'property', name, parentId: PLANNING_ID });
    return this;
  }

  /** A property set (range.values = …). */
  set(name: string, value: unknown): this {
    this.bytes += actionBytes({ id: PLANNING_ID, kind: 'setProperty', name, pathId: PLANNING_ID, args: [value] });
    return this;
  }

  /** A method that returns nothing (merge, delete, activate…); an object argument counts as its path id. */
  call(name: string, args: unknown[] = []): this {
    this.bytes += actionBytes({ id: PLANNING_ID, kind: 'method', name, pathId: PLANNING_ID, args });
    return this;
  }

  add(other: PlannedRequest): this {
    this.bytes += other.bytes - ENVELOPE_BYTES;
    return this;
  }
}

/** The planned bytes of a few calls, without the envelope (for pieces of a request). */
export const planned = (build: (p: PlannedRequest) => void): number => {
  const p = new PlannedRequest();
  build(p);
  return p.bytes - ENVELOPE_BYTES;
};
