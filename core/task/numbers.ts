const ITEM_NUMBER = /^\s*((?:\d+\.)+\d+|\d+)\s*[:.)]\s*/;
/** "1.2 Đổi mới…": a dotted number then a space. Tried first: ITEM_NUMBER would take its "1." and read "1". */
const DOTTED_NUMBER = /^\s*(\d+(?:\.\d+)+)\s/;

/** "3.1: Rà soát…" → "3.1"; "1.2 Đổi mới…" → "1.2". */
export function itemNumberOf(text: string | null): string | null {
  if (!text) return null;
  const m = DOTTED_NUMBER.exec(text) ?? ITEM_NUMBER.exec(text);
  return m ? m[1] : null;
}

/** A comparable form of an item number: "3.1:" → "3.1", "a)" → "a". */
export function normaliseNumber(n: string): string {
  let v = NUMBER_KEYS.get(n);
  if (v === undefined) {
    // Not foldText: "đ)" and "d)" are different items in Vietnamese lists.
    v = n.normalize('NFC').toLowerCase().replace(/\s+/g, '').replace(/[:.)]+$/g, '').replace(/^[(]/, '');
    if (NUMBER_KEYS.size >= 100_000) NUMBER_KEYS.clear();
    NUMBER_KEYS.set(n, v);
  }
  return v;
}
const NUMBER_KEYS = new Map<string, string>();
