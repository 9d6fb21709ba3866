/**
 * A tiny element builder. Text from a workbook is data: it only ever goes through textContent,
 * never innerHTML, so "<img onerror=…>" in a cell is shown as those characters.
 */
type Attrs = { on?: Record<string, (e: Event) => unknown>; [attr: string]: unknown };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string | null | undefined | false>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'on' || v === undefined || v === null || v === false) continue;
    if (k === 'className') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const [event, fn] of Object.entries(attrs.on ?? {})) el.addEventListener(event, (e) => void fn(e));
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
