import { formatViDate } from '../dates';
import { baseName } from '../file-name';
import type { SourceRef, SummaryModel } from '../report/consolidate';
import type { SheetBuilder } from '../report/sheet-builder';
import { empty, num, text, type CellContent, type Link, type Style } from '../report/spec';
import { PLAN_PROGRESS, PROGRESS, PROGRESS_LABEL, type Progress } from '../task/progress';
import { itemNumberOf } from '../task/numbers';
import { foldText } from '../text/fold';
import type { Changes, PlanSummary } from './schema';

/**
 * The summary sheet's sections for the plan and the last period: "Tình hình báo cáo" (what came back against the
 * plan) and "So với kỳ trước" (what changed), and the change beside each total of the overview. Drawn with the
 * summary's own builder and styles (core/report/layout.ts calls them).
 */

/** What a section draws with: the summary's builder, the model, and links to sources. */
export type SectionPage = { s: SheetBuilder; model: SummaryModel; sourceLink(src: SourceRef): Link };
type Section = [string, (page: SectionPage) => void];

export const PLAN_STYLES: Record<string, Style> = {
  tdDelta: { valign: 'top', align: 'right', border: true, numFmt: '+#,##0;-#,##0;0' },
  // A note as long as a paragraph: wrapped across the sheet's width rather than running off the page.
  noteWide: { italic: true, color: '595959', wrap: true, valign: 'top' },
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

const sourceText = (s: SourceRef) => `${baseName(s.file)} › ${s.sheet}!${s.cell}`;
const shortTitle = (number: string | null, title: string) => {
  const first = title.split('\n')[0].trim();
  // The number only when the text does not start with one of its own ("3.1: …").
  const t = number && !itemNumberOf(first) ? `${number} ${first}` : first;
  return [...t].length > 140 ? `${[...t].slice(0, 139).join('')}…` : t;
};
const vi = (p: Progress | null) => (p ? PROGRESS_LABEL[p].vi : '—');
const count = (n: number) => n.toLocaleString('vi-VN');
/** The class, and the agency's own words when they say more than it ("Đang triển khai bước 2"). */
const said = (label: string, statusText: string | null) => (statusText && !foldText(label).startsWith(foldText(statusText)) ? `${label} (“${statusText}”)` : label);

type Cell = [CellContent, string, Link?];
/** A table row whose cells span the columns given; a last cell without a span stretches to the sheet's right edge. */
function spanRow(s: SheetBuilder, cells: Cell[], spans: readonly number[], rowStyle?: string): number {
  const r = s.row([]);
  let c = 0;
  cells.forEach((cell, i) => {
    const span = spans[i] ?? s.width - c;
    s.put(r, c, cell[0], rowStyle ?? cell[1], cell[2]);
    for (let k = 1; k < span; k++) s.put(r, c + k, empty, rowStyle ?? cell[1]);
    s.merge(r, c, r, c + span - 1);
    c += span;
  });
  return r;
}
const header = (s: SheetBuilder, names: readonly string[], spans: readonly number[]) =>
  spanRow(
    s,
    names.map((n) => [text(n), 'th']),
    spans,
  );
const subsection = (s: SheetBuilder, label: string) => s.row([null, text(label)], 'subsection');
/** A paragraph under a section heading: from the second column to the right edge, wrapped. */
function paragraph(s: SheetBuilder, content: string): void {
  const r = s.row([null, text(content)], 'noteWide');
  s.merge(r, 1, r, s.width - 1);
}
const note = (s: SheetBuilder, label: string) => s.row([null, text(label)], 'note');

/** II. Tasks of the plan reported and not, by agency; agencies that sent nothing; rows not in the plan. */
function reporting({ s, model, sourceLink }: SectionPage) {
  const p = model.plan as PlanSummary;
  const m = p.matched;
  paragraph(
    s,
    `Kế hoạch gốc: ${p.title ?? p.file} (tệp ${p.file}) — ${count(p.total)} nhiệm vụ; đã có báo cáo ${count(p.reported)}, chưa có báo cáo ${count(p.unreported.length)} (tính vào tổng số với tình trạng “Chưa có báo cáo”). ` +
      `Dòng báo cáo khớp kế hoạch theo mã nhiệm vụ: ${count(m.key)}; theo cơ quan chủ trì và số thứ tự: ${count(m.number)}; theo nội dung: ${count(m.text)}.`,
  );

  subsection(s, `1. Theo cơ quan chủ trì (${count(p.byAgency.length)} cơ quan)`);
  const agencySpans = [1, 1, 1, 1, 1];
  header(s, ['STT', 'Cơ quan chủ trì', 'Nhiệm vụ trong kế hoạch', 'Đã có báo cáo', 'Chưa có báo cáo', 'Báo cáo đã nhận (tệp)'], agencySpans);
  p.byAgency.forEach((a, i) =>
    spanRow(
      s,
      [
        [num(i + 1), 'tdCenter'],
        [text(a.agency), 'td'],
        [num(a.tasks), 'tdInt'],
        [num(a.reported), 'tdInt'],
        [num(a.unreported), 'tdInt'],
        a.files.length ? [text(a.files.map(baseName).join('\n')), 'td'] : [text('Chưa gửi báo cáo'), 'tdWarn'],
      ],
      agencySpans,
    ),
  );
  paragraph(s, 'Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan. Một tệp là báo cáo của cơ quan ghi trong biểu mẫu; nếu không phải biểu mẫu, của cơ quan chủ trì mọi dòng (hoặc ít nhất một nửa số dòng) khớp kế hoạch; tệp gộp phụ lục của nhiều cơ quan được tính cho từng cơ quan có trong tệp.');
  s.blank();

  subsection(s, `2. Cơ quan chưa gửi báo cáo: ${count(p.silentAgencies.length)}`);
  if (p.silentAgencies.length) spanRow(s, [[text(p.silentAgencies.join('; ')), 'td']], []);
  else note(s, 'Mọi cơ quan có nhiệm vụ trong kế hoạch đều đã gửi báo cáo.');
  s.blank();

  subsection(s, `3. Nhiệm vụ chưa có báo cáo: ${count(p.unreported.length)}`);
  const listSpans = [1, 1, 2, 1, 2, 2];
  if (p.unreported.length) {
    header(s, ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Thời gian (như ghi)', 'Lĩnh vực', 'Trong kế hoạch'], listSpans);
    p.unreported.forEach((u, i) =>
      spanRow(
        s,
        [
          [num(i + 1), 'tdCenter'],
          [text(shortTitle(u.number, u.title)), 'td'],
          [text(u.lead || '(chưa có)'), 'td'],
          [u.deadline ? { t: 'date', v: u.deadline } : empty, 'tdDate'],
          [u.deadlineText ? text(u.deadlineText) : empty, 'td'],
          [text(u.area), 'td'],
          [text(sourceText(u.source)), 'tdLink', sourceLink(u.source)],
        ],
        listSpans,
      ),
    );
  } else note(s, 'Mọi nhiệm vụ của kế hoạch đều có báo cáo.');
  s.blank();

  subsection(s, `4. Dòng báo cáo không có trong kế hoạch: ${count(p.notInPlan.length)}`);
  const rowSpans = [1, 1, 2];
  if (p.notInPlan.length) {
    header(s, ['STT', 'Nội dung báo cáo', 'Cơ quan chủ trì', 'Nguồn'], rowSpans);
    p.notInPlan.forEach((r, i) =>
      spanRow(
        s,
        [
          [num(i + 1), 'tdCenter'],
          [text(shortTitle(null, r.title)), 'td'],
          [text(r.leads.join('; ') || '(chưa có)'), 'td'],
          [text(sourceText(r)), 'tdLink', sourceLink(r)],
        ],
        rowSpans,
      ),
    );
    paragraph(s, 'Các dòng này vẫn được tính vào tổng số theo tình trạng báo cáo; kiểm tra lại với đơn vị nếu là nhiệm vụ của kế hoạch ghi khác đi.');
  } else note(s, 'Không có.');
  s.blank();

  subsection(s, `5. Dòng chỉ khớp kế hoạch theo nội dung (không khớp mã, số thứ tự): ${count(p.matchedByText.length)}`);
  const textSpans = [1, 1, 4];
  if (p.matchedByText.length) {
    header(s, ['STT', 'Dòng báo cáo', 'Nhiệm vụ trong kế hoạch', 'Nguồn'], textSpans);
    p.matchedByText.forEach((r, i) =>
      spanRow(
        s,
        [
          [num(i + 1), 'tdCenter'],
          [text(shortTitle(null, r.title)), 'td'],
          [text(shortTitle(r.planNumber, r.planTitle)), 'td'],
          [text(sourceText(r)), 'tdLink', sourceLink(r)],
        ],
        textSpans,
      ),
    );
  } else note(s, 'Không có.');
  s.blank();

  subsection(s, `6. Các tệp báo cáo đã nhận: ${count(p.returns.length)}`);
  const fileSpans = [1, 3, 2, 3, 1, 1];
  const BY = { form: 'Theo biểu mẫu', leads: 'Theo cơ quan chủ trì các dòng', none: 'Không xác định (không dòng nào khớp kế hoạch)' } as const;
  header(s, ['STT', 'Tệp', 'Cơ quan báo cáo', 'Cách xác định', 'Số dòng', 'Khớp kế hoạch'], fileSpans);
  p.returns.forEach((r, i) =>
    spanRow(
      s,
      [
        [num(i + 1), 'tdCenter'],
        [text(baseName(r.file)), 'td'],
        [text(r.agencies.join('; ') || '—'), 'td'],
        [text(BY[r.by]), 'td'],
        [num(r.rows), 'tdInt'],
        [num(r.matched), 'tdInt'],
      ],
      fileSpans,
    ),
  );
  s.blank();
}

type ListItem = Changes['added'][number];
/** III. What changed since the last report: counts, then each list with then and now. */
function changes({ s, sourceLink, model }: SectionPage) {
  const c = model.changes as Changes;
  const prev = c.previous;
  paragraph(
    s,
    `Báo cáo kỳ trước: ${prev.title ?? prev.file} (tệp ${prev.file})${prev.asOf ? `, số liệu tính đến ${formatViDate(prev.asOf)}` : ''}; ${count(prev.tasks)} nhiệm vụ. ` +
      `Đối chiếu theo mã nhiệm vụ: ${count(c.matched.key)}; theo cơ quan chủ trì và số thứ tự: ${count(c.matched.number)}; theo nội dung: ${count(c.matched.text)}. Cột “Thay đổi so với kỳ trước” ở mục I là số nay trừ số kỳ trước.`,
  );
  for (const n of c.notes) paragraph(s, n.vi);
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
  const countSpans = [1, 1, 1];
  header(s, ['STT', 'Thay đổi', 'Số nhiệm vụ'], countSpans);
  lists.forEach(([label, items], i) => spanRow(s, [[num(i + 1), 'tdCenter'], [text(label), 'td'], [num(items.length), 'tdInt']], countSpans));
  s.blank();
  const spans = [1, 1, 2, 3, 3];
  lists.forEach(([label, items, thenNow], k) => {
    subsection(s, `${k + 1}. ${label}: ${count(items.length)}`);
    if (items.length === 0) {
      note(s, 'Không có.');
      return;
    }
    header(s, ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Kỳ trước', 'Kỳ này', 'Nguồn'], spans);
    items.forEach((x, i) => {
      const [then, now] = thenNow(x as never);
      spanRow(
        s,
        [
          [num(i + 1), 'tdCenter'],
          [text(shortTitle(x.number, x.title)), 'td'],
          [text(x.leads.join('; ') || '(chưa có)'), 'td'],
          [text(then), 'td'],
          [text(now), 'td'],
          x.source ? [text(sourceText(x.source)), 'tdLink', sourceLink(x.source)] : [empty, 'td'],
        ],
        spans,
      );
    });
    s.blank();
  });
}

