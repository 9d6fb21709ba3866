
/** Small helpers for writing SpreadsheetML and DrawingML text. */

// Characters XML 1.0 forbids outright; a stray one (pasted from another program) would make Excel refuse the file.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text for element content and for attribute values in either quote style. */
export function escapeXml(s: string): string {
  // Most cell texts need nothing: one test instead of five replacements.
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Escapes an ST_Xstring (shared strings, chart caches): Excel reads "_x000D_" there as the character it
 * encodes, so a text that really contains such a sequence keeps it by escaping its underscore ("_x005F_"),
 * as Excel itself saves it (ECMA-376 Part 1, §22.9.2.19).
 */
export function escapeXstring(s: string): string {
  return escapeXml(s.includes('_x') ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : s);
}


export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  relOfficeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  relCore: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  relExtended: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  relWorksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  relStyles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  relSharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  relHyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  relDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  relChart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  ctRels: 'application/vnd.openxmlformats-package.relationships+xml',
  ctXml: 'application/xml',
  ctWorkbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  ctWorksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  ctStyles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  ctSharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  ctCore: 'application/vnd.openxmlformats-package.core-properties+xml',
  ctExtended: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  ctDrawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  ctChart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** A relationships part, ids rId1, rId2… in the order given. */
export function relationshipsXml(rels: readonly { type: string; target: string; external?: boolean }[]): string {
  const items = rels.map(
    (r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${NS.rels}">${items.join('')}</Relationships>`;
}
