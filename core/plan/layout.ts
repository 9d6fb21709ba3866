import { daysBetween, formatViDate } from '../dates';
import { baseName } from '../file-name';
import type { ConsolidatedTask, SummaryModel } from '../report/consolidate';
import { headerRow, LAST, LIST_LIMIT, listHeader, listRow, listTitle, moreNote, note, spanRow, subsection, type Page } from '../report/layout-parts';
import { empty, num, text, type CellContent, type Link, type Style } from '../report/spec';
import { PLAN_PROGRESS, PROGRESS, PROGRESS_LABEL, type Progress } from '../task/progress';
import { foldText } from '../text/fold';
import type { Changes, PlanSummary } from './schema';

/**
 * The summary sheet's sections for the plan and the last period: "Tình hình báo cáo" (what came back against the
 * plan) and "So với kỳ trước" (what changed), the change beside each total of the overview, and the files behind
 * them for the annex of sources. Drawn with the summary's own parts (core/report/layout-parts.ts), on its grid and
 * by its rule: no file, sheet or cell name in the body; each listed row's number links to it.
 */

type Section = [string, (page: Page) => void];

export const PLAN_STYLES: Record<string, Style> = {
  tdDelta: { valign: 'top', align: 'right', border: true, numFmt: '+#,##0;-#,##0;0' },
};

/** The status classes the report's tables count: with a plan, "Chưa có báo cáo" as well. */
export function statusesOf(model: SummaryModel): readonly Progress[] {
  return model.plan ? PLAN_PROGRESS : PROGRESS;
}

/** The change of a total since the last report ('total', 'completed' or a progress), or null without one. */
export function changeColumn(model: SummaryModel): ((key: string) => CellContent) | null {
  const c = model.changes;
  if (!c) return null;
  const t = model.totals;
  const now = (key: string): number => (key === 'total' ? t.total : key === 'completed' ? t.completedOnTime + t.completedLate : (t[key as Progress] ?? 0));
  return (key) => num(now(key) - (c.previousTotals[key] ?? 0));
}

/** The sections to add after the overview, in order: reporting against the plan, then the change since last. */
export function planSections(model: SummaryModel): Section[] {
  const out: Section[] = [];
  if (model.plan) out.push(['TÌNH HÌNH BÁO CÁO (ĐỐI CHIẾU KẾ HOẠCH GỐC)', reporting]);
  if (model.changes) out.push([`SO VỚI KỲ TRƯỚC${model.changes.previous.title ? ` (${model.changes.previous.title})` : ''}`, changes]);
  return out;
}

/** The plan's tasks nobody reported, as the summary lists them: their rows in the detail sheet are linked. */
export function unreportedTasks(model: SummaryModel): ConsolidatedTask[] {
  if (!model.plan) return [];
  const out: ConsolidatedTask[] = [];
  for (const t of model.tasks) {
    if (out.length >= LIST_LIMIT) break;
    if (t.progress === 'unreported') out.push(t);
  }
  return out;
}

const vi = (p: Progress | null) => (p ? PROGRESS_LABEL[p].vi : '—');
const count = (n: number) => n.toLocaleString('vi-VN');
/** The class, and the agency's own words when they say more than it ("Đang triển khai bước 2"). */
const said = (label: string, statusText: string | null) => (statusText && !foldText(label).startsWith(foldText(statusText)) ? `${label} (“${statusText}”)` : label);
/** A row's number, linked to its cell (in an agency's return, the plan or the last report). */
const linkedNumber = (i: number, link: Link | undefined): readonly [CellContent, string, number, number, Link?] => [num(i), link ? 'tdLinkNum' : 'tdCenter', 0, 0, link];
const PLAN_NAME = (p: PlanSummary) => (p.title ? `“${p.title}”` : 'đã chọn');

/** II. Tasks of the plan reported and not, by agency; agencies that sent nothing; rows not in the plan. */
function reporting(page: Page) {
  const { s, model, sourceLink } = page;
  const p = model.plan as PlanSummary;
  const m = p.matched;
  note(
    s,
    `Kế hoạch gốc ${PLAN_NAME(p)}: ${count(p.total)} nhiệm vụ; đã có báo cáo ${count(p.reported)}, chưa có báo cáo ${count(p.unreported.length)} (tính vào tổng số với tình trạng “Chưa có báo cáo”). ` +
      `Dòng báo cáo khớp kế hoạch theo mã nhiệm vụ: ${count(m.key)}; theo cơ quan chủ trì và số thứ tự: ${count(m.number)}; theo nội dung: ${count(m.text)}. Các tệp đã nhận ở Phụ lục 1.`,
  );

  subsection(s, `1. Theo cơ quan chủ trì (${count(p.byAgency.length)} cơ quan)`);
  const agencyCols = [[0, 0], [1, 1], [2, 3], [4, 5], [6, 7], [8, LAST]] as const;
  headerRow(s, ['STT', 'Cơ quan chủ trì', 'Nhiệm vụ trong kế hoạch', 'Đã có báo cáo', 'Chưa có báo cáo', 'Báo cáo'], agencyCols);
  p.byAgency.forEach((a, i) => {
    const cells: Array<[CellContent, string]> = [
      [num(i + 1), 'tdCenter'],
      [text(a.agency), 'td'],
      [num(a.tasks), 'tdInt'],
      [num(a.reported), 'tdInt'],
      [num(a.unreported), 'tdInt'],
      a.files.length ? [text(a.files.length === 1 ? 'Đã gửi' : `Đã gửi (${count(a.files.length)} tệp)`), 'td'] : [text('Chưa gửi báo cáo'), 'tdWarn'],
    ];
    spanRow(s, cells.map(([c, st], k) => [c, st, agencyCols[k][0], agencyCols[k][1]] as const));
  });
  note(s, 'Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan. Một tệp là báo cáo của cơ quan ghi trong biểu mẫu; nếu không phải biểu mẫu, của cơ quan chủ trì mọi dòng (hoặc ít nhất một nửa số dòng) khớp kế hoạch; tệp gộp phụ lục của nhiều cơ quan được tính cho từng cơ quan có trong tệp.');
  s.blank();

  subsection(s, `2. Cơ quan chưa gửi báo cáo: ${count(p.silentAgencies.length)}`);
  if (p.silentAgencies.length) spanRow(s, [[text(p.silentAgencies.join('; ')), 'td', 1, LAST]]);
  else note(s, 'Mọi cơ quan có nhiệm vụ trong kế hoạch đều đã gửi báo cáo.');
  s.blank();

  subsection(s, `3. Nhiệm vụ chưa có báo cáo: ${count(p.unreported.length)}`);
  const unreported = unreportedTasks(model);
  if (unreported.length) {
    listHeader(s, 'Số ngày đã qua hạn');
    // How long past its deadline a task nobody reported on is: what makes it urgent to chase.
    const past = (t: ConsolidatedTask): [CellContent, string] => (t.deadline && t.deadline < model.asOf ? [num(daysBetween(t.deadline, model.asOf)), 'tdInt'] : [empty, 'tdInt']);
    unreported.forEach((t, i) => listRow(page, i + 1, t, past(t)));
    moreNote(page, unreported.length, p.unreported.length);
  } else note(s, 'Mọi nhiệm vụ của kế hoạch đều có báo cáo.');
  s.blank();

  subsection(s, `4. Dòng báo cáo không có trong kế hoạch: ${count(p.notInPlan.length)}`);
  const rowCols = [[0, 0], [1, 8], [9, LAST]] as const;
  if (p.notInPlan.length) {
    headerRow(s, ['STT', 'Nội dung báo cáo', 'Cơ quan chủ trì'], rowCols);
    p.notInPlan.slice(0, LIST_LIMIT).forEach((r, i) =>
      spanRow(s, [linkedNumber(i + 1, sourceLink(r)), [text(listTitle({ number: null, title: r.title })), 'td', 1, 8], [text(r.leads.join('; ') || '(chưa có)'), 'td', 9, LAST]]),
    );
    moreNote(page, Math.min(LIST_LIMIT, p.notInPlan.length), p.notInPlan.length);
    note(s, 'Các dòng này vẫn được tính vào tổng số theo tình trạng báo cáo; kiểm tra lại với đơn vị nếu là nhiệm vụ của kế hoạch ghi khác đi. Bấm số thứ tự để mở dòng trong tệp của đơn vị.');
  } else note(s, 'Không có.');
  s.blank();

  subsection(s, `5. Dòng chỉ khớp kế hoạch theo nội dung (không khớp mã, số thứ tự): ${count(p.matchedByText.length)}`);
  const textCols = [[0, 0], [1, 6], [7, LAST]] as const;
  if (p.matchedByText.length) {
    headerRow(s, ['STT', 'Dòng báo cáo', 'Nhiệm vụ trong kế hoạch'], textCols);
    p.matchedByText.slice(0, LIST_LIMIT).forEach((r, i) =>
      spanRow(s, [linkedNumber(i + 1, sourceLink(r)), [text(listTitle({ number: null, title: r.title })), 'td', 1, 6], [text(listTitle({ number: r.planNumber, title: r.planTitle })), 'td', 7, LAST]]),
    );
    moreNote(page, Math.min(LIST_LIMIT, p.matchedByText.length), p.matchedByText.length);
  } else note(s, 'Không có.');
  s.blank();
}

type ListItem = Changes['added'][number];
/** III. What changed since the last report: counts, then each list with then and now. */
function changes(page: Page) {
  const { s, model, sourceLink } = page;
  const c = model.changes as Changes;
  const prev = c.previous;
  note(
    s,
    `Báo cáo kỳ trước${prev.title ? ` (${prev.title})` : ''}${prev.asOf ? `, số liệu tính đến ${formatViDate(prev.asOf)}` : ''}: ${count(prev.tasks)} nhiệm vụ. ` +
      `Đối chiếu theo mã nhiệm vụ: ${count(c.matched.key)}; theo cơ quan chủ trì và số thứ tự: ${count(c.matched.number)}; theo nội dung: ${count(c.matched.text)}. Cột “Thay đổi so với kỳ trước” ở mục I là số nay trừ số kỳ trước.`,
  );
  for (const n of c.notes) note(s, n.vi);
  const days = (n: number | null) => (n === null ? 'Quá hạn' : `Quá hạn ${count(n)} ngày`);
  const deadline = (d: string | null, t: string | null) => [d ? formatViDate(d) : null, t && (!d || t !== formatViDate(d)) ? `(${t})` : null].filter(Boolean).join(' ') || '—';
  const lists: Array<[string, ListItem[], (x: never) => [string, string]]> = [
    ['Mới hoàn thành', c.newlyCompleted, (x: Changes['newlyCompleted'][number]) => [vi(x.previousProgress), `${vi(x.progress)}${x.completedOn ? ` (${formatViDate(x.completedOn)})` : ''}`]],
    ['Mới quá hạn', c.newlyOverdue, (x: Changes['newlyOverdue'][number]) => [vi(x.previousProgress), days(x.daysOverdue)]],
    ['Vẫn quá hạn', c.stillOverdue, (x: Changes['stillOverdue'][number]) => [days(x.previousDaysOverdue), days(x.daysOverdue)]],
    ['Kỳ trước đã hoàn thành, nay báo cáo chưa hoàn thành', c.regressed, (x: Changes['regressed'][number]) => [vi(x.previousProgress), said(vi(x.progress), x.statusText)]],
    ['Thay đổi thời hạn', c.deadlineChanged, (x: Changes['deadlineChanged'][number]) => [deadline(x.oldDeadline, x.oldDeadlineText), deadline(x.newDeadline, x.newDeadlineText)]],
    ['Nhiệm vụ mới (không có ở kỳ trước)', c.added, (x: ListItem) => ['—', vi(x.progress)]],
    ['Nhiệm vụ không còn (có ở kỳ trước)', c.removed, (x: ListItem) => [vi(x.previousProgress), '—']],
  ];
  const countCols = [[0, 0], [1, 1], [2, 3]] as const;
  headerRow(s, ['STT', 'Thay đổi', 'Số nhiệm vụ'], countCols);
  lists.forEach(([label, items], i) => spanRow(s, [[num(i + 1), 'tdCenter', 0, 0], [text(label), 'td', 1, 1], [num(items.length), 'tdInt', 2, 3]]));
  s.blank();
  const cols = [[0, 0], [1, 4], [5, 7], [8, 10], [11, LAST]] as const;
  lists.forEach(([label, items, thenNow], k) => {
    subsection(s, `${k + 1}. ${label}: ${count(items.length)}`);
    if (items.length === 0) {
      note(s, 'Không có.');
      return;
    }
    headerRow(s, ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Kỳ trước', 'Kỳ này'], cols);
    const shown = items.slice(0, LIST_LIMIT);
    shown.forEach((x, i) => {
      const [then, now] = thenNow(x as never);
      spanRow(s, [
        linkedNumber(i + 1, x.source ? sourceLink(x.source) : undefined),
        [text(listTitle(x)), 'td', 1, 4],
        [text(x.leads.join('; ') || '(chưa có)'), 'td', 5, 7],
        [text(then), 'td', 8, 10],
        [text(now), 'td', 11, LAST],
      ]);
    });
    moreNote(page, shown.length, items.length);
    s.blank();
  });
  note(s, 'Bấm số thứ tự để mở dòng nguồn của nhiệm vụ (nhiệm vụ không còn: dòng của nó trong báo cáo kỳ trước).');
  s.blank();
}

/**
 * For the annex of sources: the plan and the last report the figures were held against, and each return with
 * whose it was taken to be and how many of its rows matched the plan.
 */
export function planSources({ s, model }: Page): void {
  const p = model.plan;
  const c = model.changes;
  if (!p && !c) return;
  subsection(s, 'Kế hoạch gốc và báo cáo kỳ trước đã dùng để đối chiếu');
  const refCols = [[0, 0], [1, 4], [5, LAST]] as const;
  headerRow(s, ['STT', 'Đối chiếu với', 'Tệp'], refCols);
  let n = 0;
  const ref = (what: string, file: string) => spanRow(s, [[num(++n), 'tdCenter', 0, 0], [text(what), 'td', 1, 4], [text(baseName(file)), 'td', 5, LAST]]);
  if (p) ref(`Kế hoạch gốc${p.title ? `: ${p.title}` : ''}`, p.file);
  if (c) ref(`Báo cáo kỳ trước${c.previous.title ? `: ${c.previous.title}` : ''}`, c.previous.file);
  s.blank();
  if (!p) return;
  subsection(s, `Các tệp báo cáo đã nhận, đối chiếu kế hoạch gốc: ${count(p.returns.length)}`);
  const BY = { form: 'Theo biểu mẫu', leads: 'Theo cơ quan chủ trì các dòng', none: 'Không xác định (không dòng nào khớp kế hoạch)' } as const;
  const fileCols = [[0, 0], [1, 4], [5, 7], [8, 10], [11, 12], [13, LAST]] as const;
  headerRow(s, ['STT', 'Tệp', 'Cơ quan báo cáo', 'Cách xác định', 'Số dòng', 'Khớp kế hoạch'], fileCols);
  p.returns.forEach((r, i) => {
    const cells: Array<[CellContent, string]> = [
      [num(i + 1), 'tdCenter'],
      [text(baseName(r.file)), 'td'],
      [text(r.agencies.join('; ') || '—'), 'td'],
      [text(BY[r.by]), 'td'],
      [num(r.rows), 'tdInt'],
      [num(r.matched), 'tdInt'],
    ];
    spanRow(s, cells.map(([content, st], k) => [content, st, fileCols[k][0], fileCols[k][1]] as const));
  });
  s.blank();
}
