/** The Office.js adapter: every call to Excel lives here, batched, and nowhere else. */
export { readWorkbook, type ReadOptions, type WorkbookSnapshot } from './read';
export { ReportWriteError, TEMP_SHEET_PREFIX, writeReport, type WriteOutcome, type WriteReportOptions, type WriteReportResult, type WriteStep } from './write-report';
export { markFindings, clearMarks, markFormula, MARK_TAG } from './marks';
export { selectCell } from './select';
export { prepareTrackingColumns, type TrackingResult } from './tracking';
export { importSizeLimitBytes, importWorkbooks, ImportNotSupportedError, ImportTooLargeError } from './import';
export { officeErrorCode, officeExcelHost, REQUEST_BUDGET_BYTES, WEB_PAYLOAD_LIMIT_BYTES, type ExcelHost } from './types';
