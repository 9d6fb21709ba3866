/**
 * An array of rows whose tail is made on demand: the detail sheet of a national roll-up has hundreds of
 * thousands of rows, and holding each as cell objects would cost more memory than the whole consolidation.
 * It reads like an array (length, index, iteration, forEach/map, JSON.stringify), is read-only, and makes a
 * tail row each time it is read, keeping only the last one.
 */
export function virtualRows<T>(head: readonly T[], count: number, make: (i: number) => T): T[] {
  const total = head.length + count;
  let lastIndex = -1;
  let last: T | undefined;
  const at = (i: number): T | undefined => {
    if (i < head.length) return head[i];
    if (i >= total) return undefined;
    if (i !== lastIndex) {
      last = make(i - head.length);
      lastIndex = i;
    }
    return last;
  };
  const index = (p: string | symbol): number | null => (typeof p === 'string' && /^(0|[1-9]\d*)$/.test(p) ? Number(p) : null);
  return new Proxy([] as T[], {
    get(target, p, receiver) {
      if (p === 'length') return total;
      const i = index(p);
      if (i !== null) return at(i);
      if (p === Symbol.iterator)
        return function* () {
          for (let k = 0; k < total; k++) yield at(k) as T;
        };
      return Reflect.get(target, p, receiver);
    },
    has(target, p) {
      const i = index(p);
      return i !== null ? i < total : Reflect.has(target, p);
    },
    set() {
      return false;
    },
  });
}
