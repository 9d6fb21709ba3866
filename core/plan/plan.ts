import type { IsoDate } from '../dates';
import type { GridInput } from '../grid/grid';
import type { Message } from '../findings';
import { baseName } from '../file-name';
import { reduceWorkbook, type ConsolidatedTask } from '../report/consolidate';
import type { TaskRow } from '../task/read';
import { validateWorkbook, type SheetResult } from '../workbook';
import { taskKey } from './key';

/**
 * A plan (its appendix of tasks) read as the list every return is held against: each task with its stable key,
 * where it stands in the plan, its texts as written, and who leads it. Plain data, so a page can hand it to a
 * worker.
 */

export type AgencyKind = 'agency' | 'group' | 'generic';

export type PlanTask = {
  key: string;
  sheet: string;
  /** 1-based row and the cell of its main text, for links back to the plan. */
  row: number;
  /** The section's numeral ("I") and title as the plan writes them. */
  sectionNumber: string | null;
  sectionTitle: string | null;
  number: string | null;
  /** The task as a report record: number, title, canonical area, leads, deadline, budget, source in the plan. */
  record: ConsolidatedTask;
  /** The texts as the plan states them, for the forms. */
  texts: { goal: string | null; task: string | null; activity: string | null; output: string | null; lead: string | null; coordinating: string | null; time: string | null };
  /**
   * The agencies that report on it: its named leads, without the generic words some cells add ("các cơ quan có
   * liên quan"); all of its leads when it has nothing else.
   */
  reporters: string[];
};

export type Plan = {
  /** The plan's file name (no folders): part of every key. */
  file: string;
  /** The first title line of its first task sheet ("NHIỆM VỤ CỤ THỂ KẾ HOẠCH … NĂM 2022"). */
  title: string | null;
  tasks: PlanTask[];
  /** Every reporting agency, in the plan's order, and what it is: one agency, a group of them, or generic words. */
  agencies: Array<{ name: string; kind: AgencyKind }>;
  /**
   * Each lead the plan names, as the agency directory knows it: a name nobody reports on is still flagged when it
   * is not in the directory, as the report flags the names in returns.
   */
  directory: Record<string, { known: boolean; suggestion: string | null }>;
};

export type PlanResult = { ok: true; plan: Plan } | { ok: false; message: Message };

const kindOf = (ref: TaskRow['lead'][number]): AgencyKind => (ref.agency ? ref.agency.kind : ref.generic ? 'generic' : 'agency');

/** The plan in validated sheets (what validateWorkbook gives), or the sentence saying why it is not one. */
export function planOfSheets(path: string, sheets: readonly SheetResult[], asOf: IsoDate): PlanResult {
  const file = baseName(path);
  // Records keep the path as given, so links from the report open the plan; keys keep only its name.
  const reduced = reduceWorkbook({ file: path, sheets: [...sheets] }, asOf);
  const records = reduced.tasks;
  const tasks: PlanTask[] = [];
  const agencies = new Map<string, AgencyKind>();
  const seen = new Map<string, number>();
  let title: string | null = null;
  let k = 0;
  for (const sheet of sheets) {
    if (!sheet.task) continue;
    title ??= sheet.task.title;
    for (const row of sheet.task.rows) {
      const record = records[k++].task;
      const named = row.lead.filter((a) => kindOf(a) !== 'generic');
      const reporters = [...new Set((named.length ? named : row.lead).map((a) => a.agency?.name ?? a.text))];
      for (const a of row.lead) {
        const name = a.agency?.name ?? a.text;
        if (reporters.includes(name) && !agencies.has(name)) agencies.set(name, kindOf(a));
      }
      // Two rows alike in section, number and text (a plan's slip) still get keys of their own.
      let key = taskKey({ file, sheet: sheet.name, section: row.areaNumber, number: row.number, title: row.title ?? '' });
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > 1) key = `${key}~${n}`;
      const f = row.fields;
      tasks.push({
        key,
        sheet: sheet.name,
        row: row.row,
        sectionNumber: row.areaNumber,
        sectionTitle: row.area,
        number: row.number,
        record: { ...record, planKey: key, statusText: null, completedOn: null },
        texts: {
          goal: f.goal?.text ?? null,
          task: f.task?.text ?? null,
          activity: f.activity?.text ?? null,
          output: f.output?.text ?? null,
          lead: f.lead?.text ?? null,
          coordinating: f.coordinating?.text ?? null,
          time: f.time?.text ?? null,
        },
        reporters,
      });
    }
  }
  if (tasks.length === 0) {
    return {
      ok: false,
      message: {
        vi: `Không tìm thấy bảng nhiệm vụ nào trong kế hoạch ${file}: cần một trang có các cột nhiệm vụ/hoạt động và cơ quan chủ trì (như phụ lục kế hoạch).`,
        en: `No task table found in the plan ${file}: it needs a sheet with task/activity and lead-agency columns (as a plan's appendix has).`,
      },
    };
  }
  return { ok: true, plan: { file, title, tasks, agencies: [...agencies].map(([name, kind]) => ({ name, kind })), directory: reduced.agencies } };
}

/** The plan in a workbook's grids. `asOf` only dates what the plan's own status columns would say; they are not used. */
export function planOfGrids(path: string, grids: readonly GridInput[], asOf: IsoDate): PlanResult {
  return planOfSheets(path, validateWorkbook(grids, { asOf }).sheets, asOf);
}
