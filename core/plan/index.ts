/**
 * The plan as the denominator and the last period as the reference: the plan read as a list of tasks with stable
 * keys, a reporting form per agency, the returns held against the plan, and the last report read back and
 * compared. The bytes-to-plan functions (load.ts) and the forms' files (forms-file.ts) carry the reader and the
 * writer and are imported from their own modules.
 */
export { planOfGrids, planOfSheets, type Plan, type PlanTask, type PlanResult, type AgencyKind } from './plan';
export { layoutForms, comingPeriod, safeFileName, FORM_STATUSES, FORM_SHEET, GUIDE_SHEET, type Form, type FormsOptions } from './forms';
export { readPreviousReport, compareWithPrevious, type PreviousReport, type PreviousRow, type PreviousResult } from './previous';
export { PlanSummarySchema, ChangesSchema, MatchBySchema, type PlanSummary, type Changes, type MatchBy } from './schema';
export { taskKey, formKeyCell, parseFormKey, matchText, type FormKey } from './key';
export { TaskIndex, type Matchable, type Match } from './match';
export { planLines, formsAbout, formLine } from './lines';
