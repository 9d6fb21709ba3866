import { writeReportXlsx, type DeflateSlice } from '../io/write';
import { zipFiles } from '../io/write/zip-files';
import type { ReportPeriod } from '../report/period';
import type { Plan } from './plan';
import { layoutForms, type Form, type FormsOptions } from './forms';

/**
 * The forms of a plan as .xlsx files, written by the report's writer: `cchc forms` saves them in a folder, a page
 * can zip them. Apart from forms.ts so that laying them out does not carry the writer.
 */
export type FormFile = Omit<Form, 'spec'> & { bytes: Uint8Array };

export function writeForms(plan: Plan, opts: FormsOptions & { created?: Date; deflate?: DeflateSlice }): FormFile[] {
  return layoutForms(plan, opts).map(({ spec, ...form }) => ({
    ...form,
    bytes: writeReportXlsx(spec, { creator: 'cchc', ...(opts.created ? { created: opts.created } : {}), ...(opts.deflate ? { deflate: opts.deflate } : {}) }),
  }));
}

/** The .zip a page offers the forms of a period in: "Biểu báo cáo Q3-2024.zip", as the report is "Tổng hợp Q3-2024.xlsx". */
export function formsZipName(period: Pick<ReportPeriod, 'year' | 'kind'>): string {
  return `Biểu báo cáo ${period.kind}-${period.year}.zip`;
}

/** The forms in one .zip, as a page offers them for download: "Biểu báo cáo - <agency>.xlsx" each. */
export function writeFormsZip(plan: Plan, opts: FormsOptions & { created: Date; deflate?: DeflateSlice }): { zip: Uint8Array; forms: Array<Omit<FormFile, 'bytes'>> } {
  const files = writeForms(plan, opts);
  return { zip: zipFiles(files.map((f) => ({ name: f.fileName, bytes: f.bytes })), { date: opts.created }), forms: files.map(({ bytes: _bytes, ...f }) => f) };
}
