import { TZDate } from '@date-fns/tz';
import { format, subDays } from 'date-fns';

/**
 * The calendar days, oldest first, of a window of `days` days ending with the day that contains
 * `now` in `timeZone` (IANA name, default UTC).
 *
 * @example
 *   calendarDays(new Date('2026-03-02T10:00:00Z'), 3) //=> ['2026-02-28', '2026-03-01', '2026-03-02']
 */
export function calendarDays(now: Date, days: number, timeZone = 'UTC'): string[] {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a positive whole number, got ${days}`);
  const local = new TZDate(now.getTime(), timeZone);
  return Array.from({ length: days }, (_, index) => format(subDays(local, days - 1 - index), 'yyyy-MM-dd'));
}

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export function dayOf(instant: string | Date, timeZone = 'UTC'): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'yyyy-MM-dd');
}
