/** The consolidated quarterly summary: periods, status rules, consolidation, and the sheet layout. */
export { parsePeriod, makePeriod, nextQuarter, currentQuarterPeriod, dataWindow, cutOffDate, defaultAsOf, reportDates, windowStart, AsOfRuleSchema, AsOfBasisSchema, ReportDatesSchema, ReportPeriodSchema, PeriodKindSchema, type AsOfRule, type AsOfBasis, type ReportDates, type ReportPeriod, type PeriodKind } from './period';
export { ReportSettingsSchema, parseReportSettings, type ReportSettings } from './settings';
export { canonicalArea, indexAreaOf, areaKey, INDEX_AREAS, UNCLASSIFIED_AREA } from '../task/areas';
export { progressOf, isCompleted, isDueSoon, timingOf, ProgressSchema, BasisSchema, TimingSchema, PROGRESS, PROGRESS_LABEL, BASIS_LABEL, type Progress, type Basis, type Timing, type RowProgress } from '../task/progress';
export { consolidate, reduceWorkbook, Consolidator, type WorkbookRecords, SummaryModelSchema, ConsolidatedTaskSchema, SourceRefSchema, NO_LEAD, INDEX_AGENCY, OverdueByAgeSchema, type OverdueByAge, type SummaryModel, type ConsolidatedTask, type ConsolidationInput, type ConsolidateOptions, type Counts, type SourceRef } from './consolidate';
export { layoutReport, type LayoutOptions } from './layout';
export { layoutFindingsList, type FindingsListFile, type FindingsListOptions } from './findings-list';
export { safeSheetName, uniqueSheetName, reportSheetBase } from './sheet-name';
export { CODE_LABEL, SEVERITY_COLOUR, SEVERITY_LABEL } from './labels';
export { ReportSpecSchema, SheetSpecSchema, CellSpecSchema, CellContentSchema, StyleSchema, LinkSchema, ChartSpecSchema, RangeSchema, PrintSetupSchema, type PrintSetup, type ReportSpec, type SheetSpec, type CellSpec, type CellContent, type Style, type Link, type ChartSpec, type Range } from './spec';
export { AS_OF_RULE_LABEL, reportFiguresLine } from './lines';
