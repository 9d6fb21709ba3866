/** Parses package parts and checks that every element's children come in their schema order. */
import { DOMParser } from '@xmldom/xmldom';

/** CT_*'s child order (ECMA-376 Part 1: §18.3.1.99 worksheet, §18.2.27 workbook, §18.8.39 styleSheet). */
export const ORDER: Record<string, string[]> = {
  worksheet: ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'],
  workbook: ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'],
  styleSheet: ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  sheetView: ['pane', 'selection', 'pivotSelection', 'extLst'],
  c: ['f', 'v', 'is', 'extLst'],
  xf: ['alignment', 'protection', 'extLst'],
  dataValidation: ['formula1', 'formula2'],
};

type El = { localName: string; childNodes: ArrayLike<El>; nodeType: number; getAttribute(n: string): string | null };
const elements = (e: El): El[] => Array.from(e.childNodes).filter((n) => n.nodeType === 1);

export function parseXml(xml: string, part: string): El {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void problems.push(`${part}: ${level} ${msg}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc.documentElement as unknown as El;
}

/** Every element whose children have a schema order has them in that order. */
export function checkOrder(e: El, part: string, bad: string[]): void {
  const order = ORDER[e.localName];
  const kids = elements(e);
  if (order) {
    const at = kids.map((k) => order.indexOf(k.localName));
    if (at.some((i) => i < 0) || at.some((i, k) => k > 0 && i < at[k - 1])) bad.push(`${part}: <${e.localName}> has ${kids.map((k) => k.localName).join(', ')}`);
  }
  for (const k of kids) checkOrder(k, part, bad);
}

