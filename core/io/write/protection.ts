import type { Range, SheetSpec, Validation } from '../../report/spec';
import { cellAddress } from '../../grid/address';
import { excelSerial } from './sheet';
import { ReportWriteError } from './styles';
import { escapeXml } from './xml';

/**
 * What makes a sheet a form: data validations (a drop-down list, a date check) and sheet protection, in their
 * slots of CT_Worksheet (ECMA-376 Part 1, §18.3.1.32 dataValidations, §18.3.1.85 sheetProtection).
 */

/** Excel refuses a list written in the formula longer than this (its "255 characters" limit on list sources). */
const LIST_FORMULA_LIMIT = 255;

function sqref(ranges: readonly Range[]): string {
  return ranges.map((r) => (r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`)).join(' ');
}

/** The list as Excel writes it in formula1: quoted, items separated by commas, quotes doubled. */
function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
}

/** What Excel would refuse in the sheet's validations and protection, refused here with a sentence. */
export function checkForm(sheet: SheetSpec): void {
  const where = `sheet "${sheet.name}"`;
  for (const v of sheet.validations ?? []) {
    for (const r of v.ranges) {
      if (r.top < 0 || r.left < 0 || r.bottom < r.top || r.right < r.left) throw new ReportWriteError(`${where}: bad validation range ${JSON.stringify(r)}`);
    }
    if (v.type === 'list') {
      // A comma inside an item would split it in two: Excel has no escape for it in an inline list.
      const bad = v.values.find((x) => x.includes(',') || x === '');
      if (bad !== undefined) throw new ReportWriteError(`${where}: a drop-down item cannot be empty or hold a comma ("${bad}")`);
      if (listFormula(v.values).length - 2 > LIST_FORMULA_LIMIT) throw new ReportWriteError(`${where}: a drop-down list longer than Excel's ${LIST_FORMULA_LIMIT} characters`);
    } else if (excelSerial(v.min, 'date') > excelSerial(v.max, 'date')) throw new ReportWriteError(`${where}: a date check from ${v.min} to ${v.max} allows no day`);
  }
  for (const c of sheet.hiddenColumns ?? []) if (c >= 16_384) throw new ReportWriteError(`${where}: no column ${c + 1} to hide`);
}

/** <sheetProtection>: no password (against slips, not people), objects and scenarios protected with the cells. */
export function protectionXml(sheet: SheetSpec): string {
  const p = sheet.protection;
  if (!p) return '';
  // In CT_SheetProtection an attribute set to 0 means "allowed while protected"; formatCells etc. default to 1.
  const allow = (name: string, yes: boolean | undefined) => ((yes ?? true) ? ` ${name}="0"` : '');
  return `<sheetProtection sheet="1" objects="1" scenarios="1"${allow('formatColumns', p.formatColumns)}${allow('formatRows', p.formatRows)}/>`;
}

function validationXml(v: Validation): string {
  const texts =
    (v.error ? ` errorTitle="${escapeXml(v.error.title)}" error="${escapeXml(v.error.text)}"` : '') + (v.prompt ? ` promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.text)}"` : '');
  const common = ` allowBlank="1"${v.prompt ? ' showInputMessage="1"' : ''} showErrorMessage="1"${texts} sqref="${sqref(v.ranges)}"`;
  if (v.type === 'list') return `<dataValidation type="list"${common}><formula1>${escapeXml(listFormula(v.values))}</formula1></dataValidation>`;
  return `<dataValidation type="date" operator="between"${common}><formula1>${excelSerial(v.min, 'date')}</formula1><formula2>${excelSerial(v.max, 'date')}</formula2></dataValidation>`;
}

/** <dataValidations>, or nothing. */
export function validationsXml(sheet: SheetSpec): string {
  const list = sheet.validations ?? [];
  if (list.length === 0) return '';
  return `<dataValidations count="${list.length}">${list.map(validationXml).join('')}</dataValidations>`;
}
