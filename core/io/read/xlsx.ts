import { msToExcelSerial } from '../../dates';
import type { CellValue, GridInput } from '../../grid/grid';
import { cellKey, MAX_COLS } from '../../grid/address';
import { builtinFormat, dateCell, numberCell } from './formats';
import { GridBuilder, WorkbookBudget } from './grid-builder';
import { problem } from './problems';
import { detach, parseXml, StopXml, type XmlAttrs } from './xml';
import type { ZipReader } from './zip';

/**
 * SpreadsheetML (.xlsx, .xlsm, .xltx) read straight from the package: each part streams through saxes
 * once and only cell values, number formats, merged areas and sheet states are kept. Data validations,
 * conditional formats, drawings and styles beyond number formats are never looked at, so a drop-down over
 * a whole column costs nothing. Parts are found as Excel finds them: through the relationships (a workbook
 * at wtf/workbook.xml), case-insensitively, with Windows backslashes, with or without a namespace prefix.
 */

type Rel = { type: string; target: string };

/** Resolves a relationship target against the part that owns the rels file. */
export function resolvePartPath(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathFor(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function readRels(zip: ZipReader, part: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  const bytes = zip.read(relsPathFor(part));
  if (!bytes) return out;
  parseXml(bytes, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePartPath(part, a.Target) });
    },
  });
  return out;
}

const relOfType = (rels: Map<string, Rel>, suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;

/** The workbook part: from the package relationships, else the content types, else the usual place. */
export function mainPart(zip: ZipReader): string | null {
  const fromRels = relOfType(readRels(zip, ''), '/officeDocument');
  if (fromRels && zip.has(fromRels)) return zip.find(fromRels);
  const types = zip.read('[Content_Types].xml');
  let fromTypes: string | undefined;
  if (types) {
    parseXml(types, {
      open(name, a) {
        if (name === 'Override' && a.PartName && /\.sheet\.main\+xml$|\.sheet\.macroEnabled\.main\+xml$|\.template\.main\+xml$|sheet\.binary\.macroEnabled\.main$/.test(a.ContentType ?? '')) fromTypes ??= a.PartName;
      },
    });
  }
  if (fromTypes && zip.has(fromTypes)) return zip.find(fromTypes);
  for (const guess of ['xl/workbook.xml', 'xl/workbook.bin']) if (zip.has(guess)) return zip.find(guess);
  return null;
}

type SheetRef = { name: string; hidden: boolean; part: string | null; kind: 'worksheet' | 'chartsheet' | 'other' };

type Workbook = { root: string; date1904: boolean; sheets: SheetRef[] };

function readWorkbookPart(zip: ZipReader, part: string): Workbook {
  const rels = readRels(zip, part);
  let root = '';
  let date1904 = false;
  const sheets: SheetRef[] = [];
  parseXml(zip.read(part)!, {
    open(name, a) {
      if (!root) root = name;
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet' && a.name !== undefined) {
        const rel = a.id !== undefined ? rels.get(a.id) : undefined;
        const kind = !rel ? 'other' : /\/worksheet$/.test(rel.type) ? 'worksheet' : /\/chartsheet$/.test(rel.type) ? 'chartsheet' : 'other';
        sheets.push({ name: a.name, hidden: a.state === 'hidden' || a.state === 'veryHidden', part: rel?.target ?? null, kind });
      }
    },
  });
  return { root, date1904, sheets };
}

/** Number formats by style index (cellXfs), from styles.xml. */
function readStyles(zip: ZipReader, part: string | undefined): (string | undefined)[] {
  const bytes = part ? zip.read(part) : null;
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  const ids: number[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') {
        inCellXfs = false;
        throw new StopXml(); // fonts, fills, borders and the rest are not needed
      }
    },
  });
  for (const id of ids) xfs.push(custom.get(id) ?? builtinFormat(id));
  return xfs;
}

/**
 * Excel escapes characters XML cannot carry as _xHHHH_ (ECMA-376 Part 1, §22.9.2.19, ST_Xstring), and a
 * literal "_x" that looks like one as _x005F_x….
 */
export function decodeXString(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The shared strings: rich text runs joined, phonetic runs (rPh) left out. */
function readSharedStrings(zip: ZipReader, part: string | undefined, budget: WorkbookBudget): string[] {
  const bytes = part ? zip.read(part) : null;
  if (!bytes) return [];
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  parseXml(bytes, {
    open(name) {
      budget.tick();
      if (name === 'si') cur = [];
      else if (name === 't' && cur && phonetic === 0) inT = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && cur) {
        out.push(detach(decodeXString(cur.length === 1 ? cur[0] : cur.join(''))));
        cur = null;
      }
    },
    text(t) {
      if (inT && cur) cur.push(t);
    },
  });
  return out;
}


function readSheet(zip: ZipReader, ref: SheetRef, ctx: { strings: string[]; formats: (string | undefined)[]; date1904: boolean; budget: WorkbookBudget }): GridInput {
  const b = new GridBuilder(ref.name, ref.hidden, ctx.budget);
  const bytes = ref.part ? zip.read(ref.part) : null;
  if (!bytes) return b.build();
  const { strings, formats, date1904, budget } = ctx;
  let inData = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let type = 'n';
  let style = 0;
  let collect = false;
  let buf = '';
  let hasV = false;
  let inline = false;
  let inlineText = '';
  let phonetic = 0;
  const finishCell = () => {
    let value: CellValue = null;
    let text: string | undefined;
    if (inline) value = detach(decodeXString(inlineText));
    else if (hasV) {
      switch (type) {
        case 's': {
          const s = strings[Number(buf)];
          value = s === undefined ? null : s;
          break;
        }
        case 'str':
        case 'inlineStr':
          value = detach(decodeXString(buf));
          break;
        case 'e':
          value = detach(buf);
          break;
        case 'b':
          value = buf.trim() === '1' || buf.trim() === 'true';
          break;
        case 'd': {
          const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(buf) || !/T/.test(buf) ? buf : `${buf}Z`);
          if (!Number.isNaN(ms)) ({ value, text } = dateCell(msToExcelSerial(ms)));
          break;
        }
        default: {
          const t = buf.trim();
          if (t !== '') ({ value, text } = numberCell(Number(t), formats[style], date1904));
        }
      }
    }
    b.set(row, col, value, text);
  };
  parseXml(bytes, {
    open(name, a: XmlAttrs) {
      budget.tick();
      if (name === 'sheetData') inData = true;
      else if (!inData) {
        if (name === 'mergeCell' && a.ref) b.merge(a.ref);
      } else if (name === 'row') {
        const r = Number(a.r);
        row = a.r !== undefined && Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
        col = -1;
      } else if (name === 'c') {
        const at = a.r ? cellKey(a.r) : -1;
        if (at >= 0) {
          row = Math.floor(at / MAX_COLS);
          col = at % MAX_COLS;
        } else {
          if (row < 0) row = 0;
          col++;
        }
        inCell = true;
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        hasV = false;
        inline = false;
        inlineText = '';
        buf = '';
      } else if (!inCell) return;
      else if (name === 'v') {
        collect = true;
        hasV = true;
        buf = '';
      } else if (name === 'is') inline = true;
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && inline && phonetic === 0) collect = true;
    },
    close(name) {
      if (name === 'v' || name === 't') collect = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && inCell) {
        inCell = false;
        collect = false;
        finishCell();
      } else if (name === 'sheetData') inData = false;
    },
    text(t) {
      if (!collect) return;
      if (inline) inlineText += t;
      else buf += t;
    },
  });
  return b.build();
}

/** Reads a SpreadsheetML package whose workbook part is `main`. */
export function readSpreadsheetMl(zip: ZipReader, main: string, budget: WorkbookBudget): GridInput[] {
  const wb = readWorkbookPart(zip, main);
  if (wb.root !== 'workbook') throw problem({ code: 'not-workbook' });
  const worksheets = wb.sheets.filter((s) => s.kind === 'worksheet' && s.part !== null && zip.has(s.part));
  if (worksheets.length === 0) throw problem({ code: 'no-sheets', chartSheets: wb.sheets.filter((s) => s.kind === 'chartsheet').length });
  const rels = readRels(zip, main);
  const formats = readStyles(zip, relOfType(rels, '/styles'));
  const strings = readSharedStrings(zip, relOfType(rels, '/sharedStrings') ?? (zip.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined), budget);
  const grids: GridInput[] = [];
  for (const s of worksheets) {
    grids.push(readSheet(zip, s, { strings, formats, date1904: wb.date1904, budget }));
    budget.checkClock();
  }
  return grids;
}
