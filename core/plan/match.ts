import { foldText } from '../text/fold';
import { areaKey, UNCLASSIFIED_AREA } from '../task/areas';
import { normaliseNumber } from '../task/numbers';
import { matchText } from './key';
import type { MatchBy } from './schema';

/**
 * Finds a task among others the way the consolidating officer does: exactly by its key; otherwise by the same
 * lead and the same item number (within the same section when both know theirs); otherwise by the same text,
 * folded (core/plan/key.ts matchText). Never across leads: every lookup is by one of the task's own leads.
 * Where number and text disagree (an office renumbered its copy) the text wins, and says so.
 */

export type Matchable = { key?: string | null; leads: readonly string[]; area: string | null; number: string | null; title: string };
export type Match = { index: number; by: MatchBy };

const known = (area: string | null) => (area && area !== UNCLASSIFIED_AREA ? areaKey(area) : null);

export class TaskIndex {
  private readonly byKey = new Map<string, number>();
  private readonly byNumber = new Map<string, number[]>();
  private readonly byText = new Map<string, number[]>();
  private readonly areas: Array<string | null>;

  constructor(items: readonly Matchable[]) {
    this.areas = items.map((t) => known(t.area));
    items.forEach((t, i) => {
      if (t.key && !this.byKey.has(t.key)) this.byKey.set(t.key, i);
      const text = matchText(t.title);
      for (const lead of new Set(t.leads.map(foldText))) {
        if (t.number) push(this.byNumber, `${lead}\u0000${normaliseNumber(t.number)}`, i);
        if (text) push(this.byText, `${lead}\u0000${text}`, i);
      }
    });
  }

  /**
   * The item `q` is, and how it was found; null when none. `taken`: items already matched (one-to-one
   * matching); `by`: the ways allowed (all three unless said).
   */
  match(q: Matchable, opts: { taken?: ReadonlySet<number>; by?: readonly MatchBy[] } = {}): Match | null {
    const free = (i: number) => !opts.taken?.has(i);
    const allowed = (b: MatchBy) => !opts.by || opts.by.includes(b);
    if (allowed('key') && q.key) {
      const i = this.byKey.get(q.key);
      if (i !== undefined && free(i)) return { index: i, by: 'key' };
    }
    const leads = [...new Set(q.leads.map(foldText))];
    if (leads.length === 0) return null;
    const area = known(q.area);
    const sameArea = (i: number) => area === null || this.areas[i] === null || this.areas[i] === area;
    const text = matchText(q.title);
    const textHits = text ? this.lookup(this.byText, leads, text).filter(free) : [];
    if (allowed('number') && q.number) {
      const numberHits = this.lookup(this.byNumber, leads, normaliseNumber(q.number)).filter((i) => free(i) && sameArea(i));
      const agreed = numberHits.find((i) => textHits.includes(i));
      if (agreed !== undefined) return { index: agreed, by: 'number' };
      // The number names one item, the text another: an office's own numbering. The text decides, below.
      if (numberHits.length > 0 && !(allowed('text') && textHits.some(sameArea))) return { index: numberHits[0], by: 'number' };
    }
    if (allowed('text') && textHits.length > 0) return { index: textHits.find(sameArea) ?? textHits[0], by: 'text' };
    return null;
  }

  private lookup(map: Map<string, number[]>, leads: readonly string[], what: string): number[] {
    const out: number[] = [];
    for (const lead of leads) for (const i of map.get(`${lead}\u0000${what}`) ?? []) if (!out.includes(i)) out.push(i);
    return out.sort((a, b) => a - b);
  }
}

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}
