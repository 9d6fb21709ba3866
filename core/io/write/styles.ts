import type { CellSpec, SheetSpec, Style } from '../../report/spec';
import { escapeXml, NS, XML_HEAD } from './xml';

/**
 * The workbook's cell formats (styles.xml), collected while the sheets are written: each distinct
 * look gets one <xf>, each distinct font, fill, border and number format one entry, in first-use order,
 * so the same spec always gives the same ids.
 */

/** The usual font of Vietnamese official documents (Nghị định 30/2020/NĐ-CP). */
const FONT = 'Times New Roman';
const FONT_SIZE = 12;
const LINK_COLOR = '0563C1';
const DATE_FMT = 'dd/mm/yyyy';
const DATETIME_FMT = 'dd/mm/yyyy hh:mm';

/** Number formats every reader knows by id (ECMA-376 Part 1, §18.8.30); others get ids from 164. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 };

// The default font stays Excel's (Calibri 11): column widths are measured in its digits, so the widths
// the layout asks for come out as they did with exceljs.
const DEFAULT_FONT = '<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>';
const DEFAULT_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const DEFAULT_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

export class ReportWriteError extends Error {}

export class StyleTable {
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  private readonly fills = new Map<string, number>(DEFAULT_FILLS.map((f, i) => [f, i]));
  private readonly borders = new Map<string, number>([[DEFAULT_BORDER, 0]]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);
  /** Per sheet: the xf id of each (style, link, kind of value) met so far. */
  private readonly bySheet = new WeakMap<SheetSpec, Map<string, number>>();

  /** The xf id for a cell of `sheet` that looks like `cell`: its style, a link, a date. */
  xfOf(cell: CellSpec, sheet: SheetSpec): number {
    let cache = this.bySheet.get(sheet);
    if (!cache) this.bySheet.set(sheet, (cache = new Map()));
    const t = cell.content.t;
    const key = `${cell.style ?? ''}\u0000${cell.link !== undefined ? 1 : 0}\u0000${t === 'date' || t === 'datetime' ? t : ''}`;
    let id = cache.get(key);
    if (id === undefined) cache.set(key, (id = this.makeXf(cell, sheet)));
    return id;
  }

  private makeXf(cell: CellSpec, sheet: SheetSpec): number {
    if (cell.style !== undefined && !Object.prototype.hasOwnProperty.call(sheet.styles, cell.style)) {
      throw new ReportWriteError(`sheet "${sheet.name}" has no style "${cell.style}"`);
    }
    const s: Style = (cell.style !== undefined && sheet.styles[cell.style]) || {};
    const isLink = cell.link !== undefined;
    // Links look like links in every viewer: blue and underlined.
    const color = isLink ? LINK_COLOR : s.color;
    const font =
      `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}${isLink || s.underline ? '<u/>' : ''}` +
      `<sz val="${s.size ?? FONT_SIZE}"/>${color ? `<color rgb="${argb(color)}"/>` : ''}<name val="${FONT}"/></font>`;
    const fontId = idOf(this.fonts, font);
    const fillId = s.fill ? idOf(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`) : 0;
    const borderId = s.border
      ? idOf(this.borders, `<border>${['left', 'right', 'top', 'bottom'].map((side) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`).join('')}<diagonal/></border>`)
      : 0;
    const t = cell.content.t;
    const format = s.numFmt ?? (t === 'date' ? DATE_FMT : t === 'datetime' ? DATETIME_FMT : undefined);
    const numFmtId = format === undefined ? 0 : (BUILTIN_FORMATS[format] ?? idOf(this.numFmts, format, 164));
    const horizontal = s.align ? ` horizontal="${s.align}"` : '';
    const vertical = s.valign ? ` vertical="${s.valign === 'middle' ? 'center' : s.valign}"` : '';
    const wrap = s.wrap ? ' wrapText="1"' : '';
    const alignment = horizontal || vertical || wrap ? `<alignment${horizontal}${vertical}${wrap}/>` : '';
    // Cells are locked unless said: what a protected form leaves to fill in says locked: false.
    const protection = s.locked === false ? '<protection locked="0"/>' : '';
    const applied =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '') +
      (protection ? ' applyProtection="1"' : '');
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}` +
      (alignment || protection ? `>${alignment}${protection}</xf>` : '/>');
    return idOf(this.xfs, xf);
  }

  xml(): string {
    const list = (tag: string, items: Map<string, number>) => `<${tag} count="${items.size}">${[...items.keys()].join('')}</${tag}>`;
    const numFmts = this.numFmts.size
      ? `<numFmts count="${this.numFmts.size}">${[...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`
      : '';
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS.main}">${numFmts}${list('fonts', this.fonts)}${list('fills', this.fills)}${list('borders', this.borders)}` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>${list('cellXfs', this.xfs)}` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`
    );
  }
}

/** The id of an entry, added at the end (numbered from `base`) if new. */
function idOf(map: Map<string, number>, key: string, base = 0): number {
  let id = map.get(key);
  if (id === undefined) map.set(key, (id = base + map.size));
  return id;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(h)) return h;
  if (/^[0-9A-F]{6}$/.test(h)) return `FF${h}`;
  throw new ReportWriteError(`not an RGB colour: "${hex}"`);
}
