/**
 * The public API of the core: pure functions over grids, no Office, DOM or Node.
 * The task pane and the command-line tool use only what is exported here.
 */
export { ok, fail, type Result, type Reason } from './result';
export * from './dates';
export { foldText, tidyText, headerKey } from './text/fold';
export { cellAddress, columnLetters, columnIndex, parseCellAddress, parseRangeAddress, parseArea, areaAddress, sheetRef, quoteSheet, sheetPrefix, needsQuotes, qualifiedAddress, splitSheet, isWholeColumns, isWholeRows, MAX_ROWS, MAX_COLS, type Area } from './grid/address';
export { GridSchema, CellValueSchema, MergeAreaSchema, toGrid, type Grid, type GridInput, type CellValue, type MergeArea } from './grid/grid';
export { createSheetView, type SheetView } from './grid/view';
export { FindingSchema, SeveritySchema, countFindings, sortFindings, taskLabel, type Finding, type Severity, type Lang, type FindingStats, type Message } from './findings';
export { parseTime, TimeSpecSchema, type TimeSpec, type TimeOptions, type Period } from './parse/time';
export { parseBudget, parseViNumber, BudgetSchema, budgetUnitFromHeader, type Budget } from './parse/budget';
export { parseStatus, ReportedStatusSchema, STATUS_CHOICES_VI, type ReportedStatus } from './parse/status';
export { createDirectory, extendDirectory, lookupAgency, resolveAgencies, splitAgencies, agencyKey, AgencyInputSchema, type Agency, type AgencyInput, type AgencyDirectory, type AgencyRef } from './agencies/directory';
export { DEFAULT_AGENCIES } from './agencies/default-directory';
export { readDirectorySheet, isDirectorySheetName } from './agencies/directory-sheet';
export { fieldOfHeader, TaskFieldSchema, FIELD_LABEL, type TaskField } from './task/columns';
export { readTaskSheet, findTaskHeader, TaskRowSchema, TaskSheetSchema, type TaskRow, type TaskSheet, type FieldValue } from './task/read';
export { validateTaskSheet, type TaskValidationOptions } from './task/validate';
export { TASK_RULES, TASK_CODES, type TaskCode, type TaskRule, type RuleHit, type RowContext } from './task/rules';
export * from './index-sheet';
export { validateWorkbook, validateSheet, getDefaultDirectory, ValidateOptionsSchema, SheetKindSchema, type SheetKind, type SheetResult, type WorkbookResult, type ValidateOptions } from './workbook';
export { hasTable, noTableMessage } from './no-table';
export { workbookYears } from './years';
export * from './report';
export * from './plan';
