import { findingValue, type Finding, type Message } from '../findings';
import type { SheetView } from '../grid/view';
import { scoreRank, type Rank } from '../parse/score';
import { INDEX_SEVERITY, indexMessages, subject, type IndexCode, type Subject } from './messages';
import { ROLES, type Component, type Entry, type IndexTable, type Role } from './schema';

type Measure = 'value' | 'percent' | 'rank';
const MEASURES: readonly Measure[] = ['value', 'percent', 'rank'];

/** Rounding slack: a percentage is written to 0.01 (so 0.05 is generous), a sum loses up to 0.01 per part. */
const PERCENT_TOLERANCE = 0.05;
const SUM_TOLERANCE_PER_PART = 0.01;
const EPS = 1e-9;

/**
 * Checks index tables read by readIndexTables: unreadable and out-of-range values, sums of
 * components against their parent and the total, percentages against score/maximum, targets below
 * the baseline, ranks outside 1…N (N as the cell says), and empty cells.
 */
export function validateIndexTables(tables: IndexTable[], view: SheetView): Finding[] {
  return tables.flatMap((t) => validateTable(t, view.name));
}

function slot(c: Component, role: Role, measure: Measure): Entry | null {
  if (measure === 'value') return c[role];
  return c[measure][role] ?? null;
}

function validateTable(t: IndexTable, sheet: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const header = (role: Role, measure: Measure): string | null => {
    const g = t.columns[role];
    return (g?.[measure] ?? g)?.header ?? null;
  };
  const add = (code: IndexCode, e: Entry, role: Role, measure: Measure, message: Message) => {
    const key = `${code}|${e.cell}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      code,
      severity: INDEX_SEVERITY[code],
      sheet,
      cell: e.cell,
      row: e.row,
      column: e.column,
      header: header(role, measure),
      value: findingValue(e.text),
      message,
    });
  };

  // Baseline and target must be filled; the latest result, percentages and ranks only once their
  // column has been started (a "Kết quả năm 2024" column is empty until the results come out).
  const started = (role: Role, measure: Measure) => t.components.some((c) => slot(c, role, measure)?.text.trim());
  const required = (role: Role, measure: Measure) => (measure === 'value' && role !== 'latest') || started(role, measure);

  for (const c of t.components) {
    const who = subject(t.index, c.number, c.isTotal);
    for (const role of ROLES) {
      for (const measure of MEASURES) {
        const e = slot(c, role, measure);
        if (!e) continue;
        if (e.error) add('score-invalid', e, role, measure, indexMessages['score-invalid']({ who, text: e.text, reason: e.error }));
        else if (!e.score) {
          if (required(role, measure)) add('missing-value', e, role, measure, indexMessages['missing-value']({ who, column: header(role, measure) ?? '' }));
        } else checkRange(e, who, (code, m) => add(code, e, role, measure, m));
      }
      checkPercent(c, role, who, add);
    }
    checkTarget(c, who, t, add);
  }
  checkSums(t, add);
  return out;
}

type Add = (code: IndexCode, e: Entry, role: Role, measure: Measure, m: Message) => void;

function checkRange(e: Entry, who: Subject, add: (code: IndexCode, m: Message) => void) {
  const s = e.score;
  if (!s) return;
  if (s.kind === 'score' && s.value > s.max + EPS)
    add('score-exceeds-max', indexMessages['score-exceeds-max']({ who, text: e.text, value: s.value, max: s.max, percent: false }));
  else if ((s.kind === 'percent' && s.value > 100 + EPS) || (s.kind === 'score' && (s.percent ?? 0) > 100 + EPS))
    add('score-exceeds-max', indexMessages['score-exceeds-max']({ who, text: e.text, value: s.value, max: 100, percent: true }));
  const r = scoreRank(s);
  const problem = r && rankProblem(r);
  if (r && problem) add('rank-out-of-range', indexMessages['rank-out-of-range']({ who, text: e.text, problem, of: r.of }));
}

function rankProblem(r: Rank): 'below-one' | 'reversed' | 'above-total' | null {
  if (r.from < 1) return 'below-one';
  if (r.from > r.to) return 'reversed';
  if (r.of !== null && r.to > r.of) return 'above-total';
  return null;
}

/** A percentage must be score / maximum × 100, in its own column or written beside the score. */
function checkPercent(c: Component, role: Role, who: Subject, add: Add) {
  const v = c[role];
  if (!v?.score || v.score.kind !== 'score') return;
  const expected = (v.score.value / v.score.max) * 100;
  const p = c.percent[role];
  const claims: [Entry, number, Measure][] = [];
  if (p?.score?.kind === 'percent') claims.push([p, p.score.value, 'percent']);
  if (v.score.percent !== undefined) claims.push([v, v.score.percent, 'value']);
  for (const [e, pct, measure] of claims)
    if (Math.abs(pct - expected) > PERCENT_TOLERANCE + EPS)
      add('percent-mismatch', e, role, measure, indexMessages['percent-mismatch']({ who, percentText: e.text, scoreText: v.text, expected }));
}

/** A target below what was already reached: a lower score, or a worse (larger) rank. */
function checkTarget(c: Component, who: Subject, t: IndexTable, add: Add) {
  const target = c.target;
  const base = c.baseline;
  const baseHeader = { header: t.columns.baseline?.header ?? '', year: t.columns.baseline?.year ?? null };
  if (target && base && c.gapTargetBaseline !== null && c.gapTargetBaseline < -EPS)
    add(
      'target-below-baseline',
      target,
      'target',
      'value',
      indexMessages['target-below-baseline']({ who, targetText: target.text, baselineText: base.text, baseline: baseHeader, rank: false }),
    );
  const tr = rankOf(c, 'target');
  const br = rankOf(c, 'baseline');
  if (tr && br && tr.rank.from > br.rank.to)
    add(
      'target-below-baseline',
      tr.entry,
      'target',
      tr.measure,
      indexMessages['target-below-baseline']({ who, targetText: tr.entry.text, baselineText: br.entry.text, baseline: baseHeader, rank: true }),
    );
}

function rankOf(c: Component, role: Role): { rank: Rank; entry: Entry; measure: Measure } | null {
  for (const measure of ['rank', 'value', 'percent'] as const) {
    const e = slot(c, role, measure);
    const r = scoreRank(e?.score ?? null);
    if (e && r) return { rank: r, entry: e, measure };
  }
  return null;
}

/**
 * Children against their parent, and top-level components against the total, in each value column.
 * Applies only where every part is a score out of a maximum and the parts' maxima add up to the
 * whole's (PAPI 4 × 2.50 = 10; 3 × 3.33 ≈ 10): SIPAS sub-criteria are percentages, not parts of a sum.
 */
function checkSums(t: IndexTable, add: Add) {
  const children = new Map<Component, Component[]>();
  const byNumber = new Map<string, Component>();
  const top: Component[] = [];
  for (const c of t.components) {
    const p = c.parent !== null ? byNumber.get(c.parent) : undefined;
    if (p) children.set(p, [...(children.get(p) ?? []), c]);
    else if (!c.isTotal && c.level === 1) top.push(c);
    if (c.number !== '') byNumber.set(c.number, c);
  }
  for (const total of t.components.filter((c) => c.isTotal)) children.set(total, top);

  for (const [whole, parts] of children) {
    if (parts.length === 0) continue;
    for (const role of ROLES) {
      const w = whole[role];
      if (!w?.score || w.score.kind !== 'score') continue;
      const scores = parts.map((p) => p[role]?.score);
      if (!scores.every((s) => s?.kind === 'score')) continue;
      const tol = SUM_TOLERANCE_PER_PART * parts.length + EPS;
      const sum = (f: (s: { value: number; max: number }) => number) => scores.reduce((a, s) => a + (s?.kind === 'score' ? f(s) : 0), 0);
      if (Math.abs(sum((s) => s.max) - w.score.max) > tol) continue;
      const total = sum((s) => s.value);
      if (Math.abs(total - w.score.value) <= tol) continue;
      const first = parts[0].number;
      const last = parts[parts.length - 1].number;
      add(
        'component-sum-mismatch',
        w,
        role,
        'value',
        indexMessages['component-sum-mismatch']({
          who: subject(t.index, whole.number, whole.isTotal),
          parts: first === last ? first : `${first}–${last}`,
          count: parts.length,
          sum: total,
          stated: w.score.value,
          column: t.columns[role]?.value?.header ?? t.columns[role]?.header ?? '',
        }),
      );
    }
  }
}
