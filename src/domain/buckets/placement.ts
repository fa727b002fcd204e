import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Names the bucket a record's timestamp falls in, or `undefined` when it falls in none. Each
 * metric places a record by its own timestamp (metrics.md), so one record may land in several
 * buckets: a ticket by createdAt for MTTA and by resolvedAt for FCR.
 */
export type KeyOf = (at: number) => string | undefined;

/** The one key of a window report. */
export const WINDOW_KEY = 'window';

/**
 * Places timestamps in the half-open window [from, to); `null` leaves that side open.
 *
 * @example
 * windowKey(null, null)(0) //=> 'window'
 */
export function windowKey(from: number | null, to: number | null): KeyOf {
  const low = from ?? -Infinity;
  const high = to ?? Infinity;
  return (at) => (at >= low && at < high ? WINDOW_KEY : undefined);
}

const DAY_MS = 86_400_000;
/** Every UTC offset and DST change of the present era falls on a quarter hour. */
const SLOT_MS = 900_000;

/**
 * Places timestamps in calendar days (`YYYY-MM-DD`) of a reporting time zone (IANA name, default
 * UTC). Days are looked up once per quarter-hour slot, since zone rules only change on quarter
 * hours, which keeps folding a million records cheap.
 *
 * @example
 * dailyKey('Europe/Berlin')(Date.parse('2024-03-30T23:30:00Z')) //=> '2024-03-31'
 */
export function dailyKey(timeZone = 'UTC'): KeyOf {
  if (timeZone === 'UTC')
    return (at) => new Date(Math.floor(at / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  const zone = tz(timeZone);
  const slots = new Map<number, string>();
  return (at) => {
    const slot = Math.floor(at / SLOT_MS);
    let key = slots.get(slot);
    if (key === undefined) {
      key = format(at, 'yyyy-MM-dd', { in: zone });
      slots.set(slot, key);
    }
    return key;
  };
}
