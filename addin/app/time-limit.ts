/**
 * A time limit for one run of the pane or of the ribbon command. context.sync() can stay pending for ever on Excel on
 * the web — neither resolved nor rejected, and a later Excel.run hangs as well (OfficeDev/office-js#6678,
 * https://github.com/OfficeDev/office-js/issues/6678) — so a run that waits on Excel must end by our hand.
 */

/** Three minutes: a 5 000-task report on Excel on the web takes a few requests of seconds each; the ribbon's
 * runtime closes after five minutes ("The runtime closes when either the function completes or 5 minutes have
 * passed" — https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands), which leaves time to say so. */
export const RUN_TIME_LIMIT_MS = 3 * 60 * 1000;

/** Excel did not answer within the time limit. */
export class RunTimedOutError extends Error {
  readonly code = 'TimedOut';
  constructor(readonly limitMs: number) {
    super(`Excel did not answer within ${Math.round(limitMs / 1000)} s`);
  }
}

/** The run's result, or RunTimedOutError once `limitMs` has passed; the timer goes when the run settles. */
export function withinTimeLimit<T>(run: Promise<T>, limitMs: number = RUN_TIME_LIMIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RunTimedOutError(limitMs)), limitMs);
  });
  return Promise.race([run, limit]).finally(() => clearTimeout(timer));
}
