import { resolveAgencies, type AgencyDirectory, type AgencyRef } from '../agencies/directory';
import type { SheetView } from '../grid/view';
import { parseBudget } from '../parse/budget';
import { parseStatus } from '../parse/status';
import { parseTime } from '../parse/time';
import type { TaskField } from './columns';
import type { ResolvedFields } from './fields';
import { itemNumberOf } from './numbers';
import type { TaskRow } from './schema';
import type { Position } from './sections';

const EXCEL_ERROR = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export function isExcelError(v: unknown): v is string {
  return typeof v === 'string' && EXCEL_ERROR.test(v.trim());
}

/**
 * Agency cells resolved, per directory: a province's workbooks name the same few hundred agencies, and
 * splitting a cell into names is the costly part of reading a row. A directory never changes once made.
 */
const AGENCY_CACHES = new WeakMap<AgencyDirectory, Map<string, AgencyRef[]>>();
function agencyCacheOf(directory: AgencyDirectory): Map<string, AgencyRef[]> {
  let cache = AGENCY_CACHES.get(directory);
  if (!cache) AGENCY_CACHES.set(directory, (cache = new Map()));
  return cache;
}

export type RowParserOptions = {
  directory: AgencyDirectory;
  /** Year for "Quý III" written without one. */
  planYear: number | null;
  /** Multiplier for bare numbers in the budget column ("Kinh phí (triệu đồng)"). */
  budgetUnit: number;
  /** Column index → field, for naming the field of a cell error. */
  fieldOfCol: ReadonlyMap<number, TaskField>;
};

/**
 * Turns a row's resolved fields into a task row: item number, agencies, time, budget, status, completion
 * date and Excel errors, each parsed once per distinct cell value (they repeat down a sheet).
 */
export function createRowParser(view: SheetView, opts: RowParserOptions) {
  const timeOpts = opts.planYear ? { defaultYear: opts.planYear } : {};
  const agencyCache = agencyCacheOf(opts.directory);
  const agencies = (text: string | null): AgencyRef[] => {
    if (!text) return [];
    let refs = agencyCache.get(text);
    if (!refs) {
      refs = resolveAgencies(opts.directory, text);
      if (agencyCache.size >= 20_000) agencyCache.clear();
      agencyCache.set(text, refs);
    }
    return refs;
  };
  const memo = <T>(cache: Map<unknown, T>, key: unknown, read: () => T): T => {
    let v = cache.get(key);
    if (v === undefined) {
      v = read();
      if (cache.size < 50_000) cache.set(key, v);
    }
    return v;
  };
  const timeCache = new Map<unknown, ReturnType<typeof parseTime>>();
  const budgetCache = new Map<unknown, ReturnType<typeof parseBudget>>();
  const statusCache = new Map<unknown, ReturnType<typeof parseStatus>>();
  const readTime = (v: string | number) => memo(timeCache, v, () => parseTime(v, timeOpts));

  /** Two cells of the same number of lines (two at least), none a bullet: a line-by-line pairing. */
  const pairs = (lead: string | null, coordinating: string | null): TaskRow['agencyPairs'] => {
    if (!lead || !coordinating) return null;
    const l = lead.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
    const c = coordinating.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
    if (l.length < 2 || l.length !== c.length || [...l, ...c].some((x) => /^[-+•]/.test(x))) return null;
    return l.map((line, i) => ({ lead: agencies(line), coordinating: agencies(c[i]) }));
  };

  return (r: number, numberText: string, { fields, leadLines, coordinatingLines }: ResolvedFields, pos: Position): TaskRow => {
    const title = fields.activity?.text ?? fields.task?.text ?? fields.goal?.text ?? null;
    // The STT cell's number, else one that opens the activity's own text, else the task's ("3.1: Rà soát…").
    const fromActivity = numberText !== '' ? null : itemNumberOf(fields.activity?.via === 'own' ? fields.activity.text : null);
    const fromTask = numberText !== '' || fromActivity !== null ? null : itemNumberOf(fields.task?.via === 'own' ? fields.task.text : null);
    const number = numberText !== '' ? numberText : (fromActivity ?? fromTask);
    const numberIn: TaskRow['numberIn'] = numberText !== '' ? 'number' : fromActivity !== null ? 'activity' : fromTask !== null ? 'task' : null;

    const time = fields.time?.text != null ? readTime(typeof fields.time.raw === 'number' ? fields.time.raw : fields.time.text) : null;
    const budgetIn = fields.budget?.text != null ? (typeof fields.budget.raw === 'number' ? fields.budget.raw : fields.budget.text) : null;
    const budget = budgetIn !== null ? memo(budgetCache, budgetIn, () => parseBudget(budgetIn, { unit: opts.budgetUnit })) : null;
    const statusIn = fields.status ? fields.status.raw : undefined;
    const status = fields.status ? memo(statusCache, statusIn, () => parseStatus(statusIn)) : null;
    const done = fields.completedOn?.text != null ? readTime(typeof fields.completedOn.raw === 'number' ? fields.completedOn.raw : fields.completedOn.text) : null;
    const doneDate = done?.ok && done.value.kind === 'deadline' && done.value.period === 'day' ? done.value.date : null;

    const cellErrors: TaskRow['cellErrors'] = [];
    for (let c = 0; c < view.cols; c++) {
      const v = view.raw(r, c);
      if (isExcelError(v)) cellErrors.push({ cell: view.address(r, c), column: view.colNumber(c), value: v.trim(), field: opts.fieldOfCol.get(c) ?? null });
    }

    return {
      sheet: view.name,
      row: view.rowNumber(r),
      number,
      numberIn,
      table: pos.table,
      area: pos.area,
      areaNumber: pos.areaNumber,
      section: pos.section,
      fields,
      title,
      lead: isExcelError(fields.lead?.raw) ? [] : agencies(fields.lead?.via === 'title' ? fields.lead.text : leadLines),
      coordinating: isExcelError(fields.coordinating?.raw) ? [] : agencies(coordinatingLines),
      agencyPairs: pairs(leadLines, coordinatingLines),
      deadline: time?.ok ? time.value : null,
      deadlineReason: time && !time.ok && !isExcelError(fields.time?.raw) ? time.reason : null,
      budget: budget?.ok ? budget.value : null,
      budgetReason: budget && !budget.ok && !isExcelError(fields.budget?.raw) ? budget.reason : null,
      status: status?.ok ? status.value : null,
      statusReason: status && !status.ok && !isExcelError(fields.status?.raw) ? status.reason : null,
      completedOn: doneDate,
      completedOnReason:
        fields.completedOn?.text != null && !doneDate && !isExcelError(fields.completedOn.raw)
          ? done && !done.ok
            ? done.reason
            : { code: 'not-a-day', vi: `"${fields.completedOn.text}" không phải một ngày cụ thể`, en: `"${fields.completedOn.text}" is not a single day` }
          : null,
      cellErrors,
    };
  };
}
