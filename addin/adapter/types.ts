/// <reference types="office-js" />

/**
 * What the adapter needs from its host: Excel.run and a requirement-set check. Real Excel and the
 * in-memory host (addin/host) both provide it, so the adapter's code is the same in both.
 */
export type ExcelHost = {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports(version: string): boolean;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS"… (unknown when absent). */
  platform?: string;
  /** The request size limit this host is documented to enforce: 5 MB on Excel on the web; none elsewhere. */
  requestLimitBytes?: number;
};

/** Excel on the web's request and response limit (resource-limits-and-performance-optimization#excel-add-ins). */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The real Excel, through the global Excel and Office objects office.js defines. */
export function officeExcelHost(): ExcelHost {
  const platform = String(Office.context.platform ?? '');
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
    platform: platform || undefined,
    requestLimitBytes: platform === 'OfficeOnline' ? WEB_PAYLOAD_LIMIT_BYTES : undefined,
  };
}

/** Excel on the web refuses requests over 5 MB; stay well under it, JSON overhead included. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Rough JSON size of a value as Office.js sends it. */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length + 1;
  if (typeof v === 'string') {
    // UTF-8 bytes plus quotes; Vietnamese letters take 2–3 bytes.
    let n = 2;
    for (let i = 0; i < v.length; i++) n += v.charCodeAt(i) < 0x80 ? 1 : 3;
    return n + 1;
  }
  return JSON.stringify(v).length;
}

/** Errors from Office.js carry a code ("ItemNotFound", "InvalidArgument"…): keep it for the message. */
export function officeErrorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
