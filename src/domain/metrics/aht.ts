/**
 * Handle time totals in milliseconds, exact (not rounded): the mean is of the values as given,
 * and only display rounds. Whole-second handle times (Jira's worklogs) still sum exactly.
 */
export interface HandleTimes {
  n: number;
  sumMs: number;
}

export interface AhtResult {
  n: number;
  meanSeconds: number | null;
}

/** Converts a ticket's `handleSeconds` to the milliseconds the tally adds, unrounded. */
export function handleMs(handleSeconds: number): number {
  return handleSeconds * 1000;
}

/**
 * AHT = mean `handleSeconds` of tickets resolved in the window that report it.
 *
 * Empty input: `n = 0` gives `meanSeconds: null`.
 */
export function aht(times: HandleTimes): AhtResult {
  return { n: times.n, meanSeconds: times.n === 0 ? null : times.sumMs / times.n / 1000 };
}
