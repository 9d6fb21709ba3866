import { msToExcelSerial } from '../../dates';
import type { CellValue, GridInput } from '../../grid/grid';
import { areaAddress } from '../../grid/address';
import { dateCell } from './formats';
import { GridBuilder, type WorkbookBudget } from './grid-builder';
import { problem } from './problems';
import { detach, parseXml } from './xml';
import type { ZipReader } from './zip';

/**
 * OpenDocument spreadsheets (.ods, LibreOffice's own format) streamed from content.xml through saxes.
 * SheetJS reads .ods too, but drops the merged areas of empty cells, expands repeated rows, and writes
 * warnings to the console; this reader keeps every merge, skips repeated empty rows and columns in O(1)
 * (LibreOffice writes "1 048 000 empty rows" as one element), and gives the grid the .xlsx twin gives.
 */

const MAX_REPEAT = 10_000; // a repeated cell or row that holds something: more than this is no plan

type Pending = { value: CellValue; text?: string; cols: number; spanCols: number; spanRows: number };

function timeValue(iso: string): number | null {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso);
  if (!m) return null;
  return (Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) / 86_400;
}

export function readOds(zip: ZipReader, budget: WorkbookBudget): GridInput[] {
  const content = zip.read('content.xml');
  if (!content) throw problem({ code: 'corrupt', detail: 'no content.xml' });
  const hiddenStyles = new Set<string>();
  const grids: GridInput[] = [];
  let styleName: string | null = null;
  let b: GridBuilder | null = null;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowCells: Array<{ col: number; value: CellValue; text?: string }> = [];
  let cell: Pending | null = null;
  let textDepth = 0; // inside text:p of the current cell
  let paragraphs: string[] = [];
  let para = '';
  let annotation = 0;
  let valueType = '';
  let numeric: number | null = null;

  parseXml(content, {
    open(name, a) {
      budget.tick();
      switch (name) {
        case 'style':
          styleName = a['family'] === 'table' ? (a['name'] ?? null) : null;
          return;
        case 'table-properties':
          if (styleName && a['display'] === 'false') hiddenStyles.add(styleName);
          return;
        case 'table':
          b = new GridBuilder(a['name'] ?? `Sheet${grids.length + 1}`, hiddenStyles.has(a['style-name'] ?? ''), budget);
          row = 0;
          return;
        case 'table-row':
          if (!b) return;
          col = 0;
          rowCells = [];
          rowRepeat = Math.max(1, Number(a['number-rows-repeated'] ?? 1) || 1);
          return;
        case 'annotation':
          annotation++;
          return;
        case 'covered-table-cell':
          if (b) col += Math.max(1, Number(a['number-columns-repeated'] ?? 1) || 1);
          return;
        case 'table-cell': {
          if (!b) return;
          valueType = a['value-type'] ?? '';
          numeric = null;
          let value: CellValue = null;
          let text: string | undefined;
          if (valueType === 'float' || valueType === 'currency' || valueType === 'percentage') numeric = Number(a['value']);
          else if (valueType === 'date' && a['date-value']) {
            const ms = Date.parse(/T/.test(a['date-value']) && !/[zZ]|[+-]\d\d:?\d\d$/.test(a['date-value']) ? `${a['date-value']}Z` : a['date-value']);
            if (!Number.isNaN(ms)) ({ value, text } = dateCell(msToExcelSerial(ms)));
          } else if (valueType === 'time' && a['time-value']) value = timeValue(a['time-value']);
          else if (valueType === 'boolean') value = a['boolean-value'] === 'true';
          if (numeric !== null && Number.isFinite(numeric)) value = numeric;
          cell = {
            value,
            text,
            cols: Math.max(1, Number(a['number-columns-repeated'] ?? 1) || 1),
            spanCols: Math.max(1, Number(a['number-columns-spanned'] ?? 1) || 1),
            spanRows: Math.max(1, Number(a['number-rows-spanned'] ?? 1) || 1),
          };
          paragraphs = [];
          return;
        }
        case 'p':
          if (cell && annotation === 0) {
            textDepth++;
            para = '';
          }
          return;
        case 's':
          if (textDepth > 0) para += ' '.repeat(Math.min(1000, Math.max(1, Number(a['c'] ?? 1) || 1)));
          return;
        case 'tab':
          if (textDepth > 0) para += '\t';
          return;
        case 'line-break':
          if (textDepth > 0) para += '\n';
          return;
      }
    },
    text(t) {
      if (textDepth > 0 && annotation === 0) para += t;
    },
    close(name) {
      switch (name) {
        case 'annotation':
          annotation--;
          return;
        case 'p':
          if (textDepth > 0) {
            textDepth--;
            paragraphs.push(para);
          }
          return;
        case 'table-cell': {
          if (!b || !cell) return;
          const c = cell;
          cell = null;
          const shown = detach(paragraphs.join('\n'));
          if (valueType === 'string' || (valueType === '' && paragraphs.length > 0)) c.value = shown;
          else if (valueType === 'percentage' && typeof c.value === 'number') {
            const decimals = /[.,](\d+)\s*%/.exec(shown)?.[1].length ?? 0;
            c.text = `${(c.value * 100).toFixed(decimals)}%`;
          }
          if (c.spanCols > 1 || c.spanRows > 1) b.merge(areaAddress({ top: row, left: col, bottom: row + c.spanRows - 1, right: col + c.spanCols - 1 }));
          if (c.value !== null) {
            if (c.cols > MAX_REPEAT) throw problem({ code: 'too-large', limit: MAX_REPEAT, what: 'repeat' });
            for (let k = 0; k < c.cols; k++) rowCells.push({ col: col + k, value: c.value, text: c.text });
          }
          col += c.cols;
          return;
        }
        case 'table-row': {
          if (!b) return;
          if (rowCells.length > 0) {
            if (rowRepeat > MAX_REPEAT) throw problem({ code: 'too-large', limit: MAX_REPEAT, what: 'repeat' });
            for (let k = 0; k < rowRepeat; k++) for (const x of rowCells) b.set(row + k, x.col, x.value, x.text);
          }
          row += rowRepeat;
          return;
        }
        case 'table':
          if (b) grids.push(b.build());
          b = null;
          budget.checkClock();
          return;
      }
    },
  });
  if (grids.length === 0) throw problem({ code: 'no-sheets', chartSheets: 0 });
  return grids;
}
