/**
 * Time arithmetic for the survey loop. Days are 24 hours of elapsed time, not calendar days:
 * "expires after 14 days" must mean the same moment in every time zone and across daylight
 * saving changes, and the runtime's local zone must not matter.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** `from` plus a number of hours (fractions allowed). */
export function addHours(from: Date | string, hours: number): Date {
  return new Date(new Date(from).getTime() + hours * HOUR_MS);
}

/** `from` plus a number of 24-hour days. */
export function addDays(from: Date | string, days: number): Date {
  return new Date(new Date(from).getTime() + days * DAY_MS);
}

/** Whether `now` is at or after the instant `at` (ISO string); `null` is never reached. */
export function reached(now: Date, at: string | null): boolean {
  return at !== null && now.getTime() >= Date.parse(at);
}
