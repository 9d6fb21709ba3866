/**
 * Small string-level helpers for editing the parts of an .xlsx package that exceljs wrote. The parts
 * are machine-written with a known shape, so targeted edits are enough and no XML parser is needed.
 */

import { columnLetters } from '../core';

export const NS = {
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  relDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  relChart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  relHyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  ctChart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  ctDrawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

// Characters XML 1.0 forbids outright; a stray one (pasted from another program) would make Excel refuse the file.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for element content and for attribute values in either quote style. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&amp;/g, '&');
}

/** A1 address for 0-based row and column. */
export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** A sheet name as formulas and hyperlink locations want it: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Reads the attributes of one start tag (`<x a="1" b='2'>`) into a map, unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Maps each sheet name to its part path (e.g. "xl/worksheets/sheet1.xml"), from workbook.xml and its rels. */
export function sheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of workbookRelsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, resolvePartPath('xl/workbook.xml', a.Target));
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = targets.get(a['r:id'] ?? '');
    if (a.name !== undefined && target) out.set(a.name, target);
  }
  return out;
}

/** Resolves a relationship target against the part that owns the rels file. */
export function resolvePartPath(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathFor(part: string): string {
  // The package's own rels ("" → "_rels/.rels") has no folder in front.
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;

/** Adds a relationship with a fresh id; returns the new rels XML and the id. */
export function addRelationship(
  relsXml: string | undefined,
  rel: { type: string; target: string; external?: boolean },
): { xml: string; id: string } {
  const rels = new Relationships(relsXml);
  const id = rels.add(rel);
  return { xml: rels.xml(), id };
}

/**
 * A relationships part being added to: ids are read once and new elements collected, so adding the
 * twelve thousand hyperlinks of a big report is linear, not quadratic. Same ids and bytes as
 * addRelationship called once per relationship.
 */
export class Relationships {
  private readonly head: string;
  private readonly tail: string;
  private readonly used: Set<string>;
  private readonly added: string[] = [];

  constructor(relsXml: string | undefined) {
    const xml = relsXml ?? EMPTY_RELS;
    this.used = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    const closed = xml.replace(/<Relationships\b([^>]*)\/>/, '<Relationships$1></Relationships>');
    const end = closed.indexOf('</Relationships>');
    if (end < 0) throw new Error('relationships part has no <Relationships> root');
    this.head = closed.slice(0, end);
    this.tail = closed.slice(end);
  }

  add(rel: { type: string; target: string; external?: boolean }): string {
    let n = this.used.size + 1;
    while (this.used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.used.add(id);
    const mode = rel.external ? ' TargetMode="External"' : '';
    this.added.push(`<Relationship Id="${id}" Type="${rel.type}" Target="${escapeXml(rel.target)}"${mode}/>`);
    return id;
  }

  xml(): string {
    return this.head + this.added.join('') + this.tail;
  }
}

/** Declares a part's content type in [Content_Types].xml (idempotent). */
export function addContentTypeOverride(contentTypesXml: string, partPath: string, contentType: string): string {
  const name = `/${partPath}`;
  if (contentTypesXml.includes(`PartName="${name}"`)) return contentTypesXml;
  return contentTypesXml.replace('</Types>', `<Override PartName="${escapeXml(name)}" ContentType="${contentType}"/></Types>`);
}

/**
 * CT_Worksheet's child order (ECMA-376 Part 1, §18.3.1.99). Excel rejects a sheet whose children are
 * out of this order ("We found a problem with some content"), so inserted elements must find their slot.
 */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;
export type WorksheetChild = (typeof WORKSHEET_ORDER)[number];

/** Whether the sheet already has a top-level child of this name. */
export function hasWorksheetChild(sheetXml: string, name: WorksheetChild): boolean {
  return new RegExp(`<${name}[\\s/>]`).test(sheetXml);
}

/** Inserts a top-level child element of the worksheet in its schema slot: before the first later sibling. */
export function insertWorksheetChild(sheetXml: string, name: WorksheetChild, elementXml: string): string {
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);
  // The names after `name` never occur inside sheetData (cells hold escaped text), so the first match is top-level.
  const re = new RegExp(`<(?:${later.join('|')})[\\s/>]`);
  const m = re.exec(sheetXml);
  const at = m ? m.index : sheetXml.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('worksheet part has no </worksheet>');
  return sheetXml.slice(0, at) + elementXml + sheetXml.slice(at);
}
