/** The Office.js adapter: every call to Excel lives here, batched, and nowhere else. */
export { readWorkbook, type ReadOptions, type WorkbookSnapshot } from './read';
export { writeReport, type WriteReportOptions, type WriteReportResult } from './write-report';
export { markFindings, clearMarks, markFormula, MARK_TAG } from './marks';
export { selectCell } from './select';
export { prepareTrackingColumns, type TrackingResult } from './tracking';
export { importSizeLimitBytes, importWorkbooks, ImportNotSupportedError, ImportTooLargeError } from './import';
export { officeErrorCode, officeExcelHost, REQUEST_BUDGET_BYTES, WEB_PAYLOAD_LIMIT_BYTES, type ExcelHost } from './types';
