/** Handle time totals, kept in whole milliseconds so sums merge exactly. */
export interface HandleTimes {
  n: number;
  sumMs: number;
}

export interface AhtResult {
  n: number;
  meanSeconds: number | null;
}

/** Converts a ticket's `handleSeconds` to the whole milliseconds the tally adds. */
export function handleMs(handleSeconds: number): number {
  return Math.round(handleSeconds * 1000);
}

/**
 * AHT = mean `handleSeconds` of tickets resolved in the window that report it.
 *
 * Empty input: `n = 0` gives `meanSeconds: null`.
 */
export function aht(times: HandleTimes): AhtResult {
  return { n: times.n, meanSeconds: times.n === 0 ? null : times.sumMs / times.n / 1000 };
}
