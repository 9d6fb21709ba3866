import { safeSheetName, uniqueSheetName, type Finding, type GridInput, type Lang } from '../core';
import { markFindings } from '../addin/adapter/marks';
import { selectCell } from '../addin/adapter/select';
import { createMemoryExcel, type MemoryExcel } from '../addin/host/memory-excel';
import { GridView } from '../addin/preview/grid-view';
import { clear, h } from '../addin/taskpane/dom';
import { tw } from './i18n';
import type { ReaderPool } from './pool';

/**
 * The read-only cell view, as in the preview: the workbook is loaded into the in-memory Excel, the add-in's
 * own adapter marks its findings (the conditional formats "Đánh dấu" adds in Excel) and selects the cell, and
 * the preview's grid draws it. The workbook is read again from its file when first shown, and only the one
 * last shown is kept.
 */

export type ViewerSource = {
  /** The file's path as the page lists it. */
  key: string;
  /** Changes when the file is replaced or checked again. */
  version: number;
  file: Blob;
  sheets: ReadonlyArray<{ name: string; findings: readonly Finding[] }>;
};

type Open = { key: string; version: number; mem: MemoryExcel; grid: GridView; names: Map<string, string> };

/** Rows drawn around the selected cell: a 10 000-row appendix stays quick to show. */
const ROWS_DRAWN = 400;

export class CellViewer {
  readonly el: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private open: Open | null = null;
  private token = 0;

  constructor(
    private readonly pool: ReaderPool,
    private lang: Lang,
  ) {
    this.status = h('p', { className: 'viewer-status', role: 'status', 'aria-live': 'polite' }, tw(lang, 'viewerHint'));
    this.body = h('div', { className: 'viewer-body' });
    this.el = h('section', { className: 'viewer', id: 'viewer', 'aria-labelledby': 'viewer-title' }, h('h2', { id: 'viewer-title' }, tw(lang, 'viewer')), this.status, this.body);
  }

  /** Shows `finding`'s cell; the workbook is opened first unless it is the one shown. */
  async show(src: ViewerSource, finding: Finding): Promise<void> {
    const token = ++this.token;
    const name = src.key;
    if (!this.open || this.open.key !== src.key || this.open.version !== src.version) {
      this.status.textContent = tw(this.lang, 'viewerOpening', { file: name });
      this.el.setAttribute('aria-busy', 'true');
      const read = await this.pool.grids(src.file, src.key);
      if (token !== this.token) return;
      this.el.removeAttribute('aria-busy');
      if (!read.ok) {
        this.reset();
        this.status.textContent = `${tw(this.lang, 'viewerFailed', { file: name })} ${read.message[this.lang]}`;
        return;
      }
      try {
        this.open = await this.load(src, read.grids);
      } catch (e) {
        this.reset();
        this.status.textContent = `${tw(this.lang, 'viewerFailed', { file: name })} ${e instanceof Error ? e.message : ''}`.trim();
        return;
      }
      if (token !== this.token) return;
      clear(this.body);
      this.body.append(this.open.grid.el);
    }
    const open = this.open!;
    const sheet = open.names.get(finding.sheet) ?? finding.sheet;
    await selectCell(open.mem.excelHost(), sheet, finding.cell);
    if (token !== this.token) return;
    open.grid.render();
    this.status.textContent = tw(this.lang, 'viewerShowing', { cell: finding.cell, sheet: finding.sheet, file: name });
  }

  private async load(src: ViewerSource, grids: GridInput[]): Promise<Open> {
    // Excel's rules for sheet names are stricter than LibreOffice's (31 characters, no ":" or "/"): a name the
    // in-memory Excel would refuse is shown under a safe one, and findings are found through the map.
    const names = new Map<string, string>();
    const taken: string[] = [];
    for (const g of grids) {
      const safe = uniqueSheetName(safeSheetName(g.name), taken);
      taken.push(safe);
      names.set(g.name, safe);
    }
    // platform PC: no 5 MB request limit, which is Excel on the web's and not this page's.
    const mem = createMemoryExcel({ sheets: grids.map((g) => ({ ...g, name: names.get(g.name)! })), displayLanguage: this.lang === 'vi' ? 'vi-VN' : 'en-US', platform: 'PC' });
    const host = mem.excelHost();
    await markFindings(
      host,
      src.sheets.filter((s) => names.has(s.name)).map((s) => ({ name: names.get(s.name)!, findings: s.findings.map((f) => ({ ...f, sheet: names.get(f.sheet) ?? f.sheet })) })),
    );
    const grid = new GridView(
      mem,
      { tabs: tw(this.lang, 'gridTabs'), grid: tw(this.lang, 'gridLabel'), window: (first, last, total) => tw(this.lang, 'gridWindow', { first, last, total }) },
      { rows: ROWS_DRAWN },
    );
    grid.el.dataset.file = src.key;
    return { key: src.key, version: src.version, mem, grid, names };
  }

  /** Forgets the workbook shown (its file was removed, or the page's language changed). */
  reset(): void {
    this.token++;
    this.open = null;
    clear(this.body);
    this.el.removeAttribute('aria-busy');
    this.status.textContent = tw(this.lang, 'viewerHint');
  }

  /** The key of the workbook shown, if any. */
  get shown(): string | null {
    return this.open?.key ?? null;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    (this.el.querySelector('#viewer-title') as HTMLElement).textContent = tw(lang, 'viewer');
    this.reset();
  }
}
