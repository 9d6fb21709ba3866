/** A parser's answer: a value, or a reason it could not read the input. Parsers never throw on user text. */
export type Reason = { code: string; vi: string; en: string };
export type Result<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, vi: string, en: string): Result<T> => ({
  ok: false,
  reason: { code, vi, en },
});
