/** Scheduled trigger intervals as Forge defines them, in seconds. */
export const INTERVAL_SECONDS = {
  fiveMinute: 5 * 60,
  hour: 60 * 60,
  day: 24 * 60 * 60,
  week: 7 * 24 * 60 * 60,
} as const;

export type Interval = keyof typeof INTERVAL_SECONDS;

/** The next moment strictly after `now` on the interval's grid (aligned to the epoch, UTC). */
export function nextTick(now: number, interval: Interval): number {
  const step = INTERVAL_SECONDS[interval] * 1000;
  return Math.floor(now / step) * step + step;
}
