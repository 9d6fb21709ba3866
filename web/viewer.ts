import type { Finding, Lang } from '../core';
import { clear, h } from '../front/dom';
import { WorkbookGrid } from '../front/workbook-grid';
import { tw } from './i18n';
import type { ReaderPool } from './pool';

/**
 * The read-only cell view: the workbook is read again from its file when first shown (by a worker, into the
 * core's grids), its findings are marked in their severity's colours, and the finding's cell is selected.
 * Only the workbook last shown is kept.
 */

export type ViewerSource = {
  /** The file's path as the page lists it. */
  key: string;
  /** Changes when the file is replaced or checked again. */
  version: number;
  file: Blob;
  sheets: ReadonlyArray<{ name: string; findings: readonly Finding[] }>;
};

type Open = { key: string; version: number; grid: WorkbookGrid };

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
      const grid = new WorkbookGrid(
        read.grids,
        src.sheets.flatMap((s) => s.findings),
        {
          sheets: tw(this.lang, 'gridSheets'),
          grid: tw(this.lang, 'gridLabel'),
          option: (sheet, n) => (n > 0 ? tw(this.lang, 'gridSheetFindings', { sheet, n }) : sheet),
          window: (first, last, total) => tw(this.lang, 'gridWindow', { first, last, total }),
        },
        { rows: ROWS_DRAWN },
      );
      grid.el.dataset.file = src.key;
      this.open = { key: src.key, version: src.version, grid };
      clear(this.body);
      this.body.append(grid.el);
      this.el.classList.add('open');
    }
    this.open.grid.show(finding.sheet, finding.cell);
    this.status.textContent = tw(this.lang, 'viewerShowing', { cell: finding.cell, sheet: finding.sheet, file: name });
  }

  /** Forgets the workbook shown (its file was removed, or the page's language changed). */
  reset(): void {
    this.token++;
    this.open = null;
    clear(this.body);
    this.el.classList.remove('open');
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
