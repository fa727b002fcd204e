import { addMonths, format, getDaysInMonth, parseISO } from 'date-fns';

/**
 * The stored periods of the aggregates, and how they nest. Besides days and months there are
 * blocks: 2, 4, 8 or 16 days of one month, aligned to the month's first day (a block of size S
 * starts on day 1, 1 + S, 1 + 2S, …). Each block is the merge of its two halves and each month the
 * merge of its two 16-day blocks, so any run of days inside a month is a handful of blocks and a
 * window costs a few stored values per month it cuts, whatever its length in days.
 *
 * Names: `YYYY-MM-DD` a day, `YYYY-MM-DD.S` the block of S days starting that day, `YYYY-MM` a month.
 * A block may reach past the month's last day; it holds only the days that exist.
 */
export const BLOCK_SIZES = [2, 4, 8, 16] as const;
/** Days of a month counted from 0; a 16-day block starting at 16 covers up to index 31. */
export const SPAN = 32;

export type PeriodKind = 'day' | 'block' | 'month';

export function periodKind(period: string): PeriodKind {
  if (period.length === 7) return 'month';
  return period.length === 10 ? 'day' : 'block';
}

const monthOf = (day: string) => day.slice(0, 7);
/** A day's place in its month, from 0. */
export const indexOf = (day: string) => Number(day.slice(8, 10)) - 1;
const dayAt = (month: string, index: number) => `${month}-${String(index + 1).padStart(2, '0')}`;

/** The period of `size` days (1 for a day, 32 for the month) starting at `index` of `month`. */
export function periodAt(month: string, index: number, size: number): string {
  if (size >= SPAN) return month;
  return size === 1 ? dayAt(month, index) : `${dayAt(month, index)}.${size}`;
}

/**
 * The periods above a day, smallest first: its 2-, 4-, 8- and 16-day blocks and its month, each
 * with the sibling that completes it (the other half of the period above). Rebuilding a day means
 * rebuilding this chain, merging each level with its sibling as stored.
 */
export function chainOf(day: string): Array<{ period: string; below: string; sibling: string }> {
  const month = monthOf(day);
  const index = indexOf(day);
  const chain: Array<{ period: string; below: string; sibling: string }> = [];
  for (let size = 2; size <= SPAN; size *= 2) {
    const half = size / 2;
    const start = Math.floor(index / size) * size;
    const belowStart = Math.floor(index / half) * half;
    const siblingStart = belowStart === start ? start + half : start;
    chain.push({
      period: periodAt(month, start, size),
      below: periodAt(month, belowStart, half),
      sibling: periodAt(month, siblingStart, half),
    });
  }
  return chain;
}

/** Whether a period has any day in its month (a block starting after the month's end has none). */
export function periodExists(period: string): boolean {
  if (periodKind(period) === 'month') return true;
  return indexOf(period.slice(0, 10)) < getDaysInMonth(parseISO(monthOf(period)));
}

/**
 * The stored periods that cover a window of calendar days [from, to] (inclusive): whole months as
 * months, the days cut from a month as the fewest aligned blocks and days (at most eight a cut).
 *
 * @example
 *   planWindow('2026-01-20', '2026-03-05')
 *   //=> ['2026-01-20', '2026-01-21.4', '2026-01-25.8', '2026-02', '2026-03-01.4', '2026-03-05']
 */
export function planWindow(from: string, to: string): string[] {
  if (to < from) return [];
  const periods: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = nextMonth(month)) {
    const last = getDaysInMonth(parseISO(month)) - 1;
    const first = month === monthOf(from) ? indexOf(from) : 0;
    // A cut that runs to the month's end may use blocks reaching past it: they hold only real days.
    const end = month === monthOf(to) && indexOf(to) < last ? indexOf(to) : SPAN - 1;
    for (let index = first; index <= end;) {
      let size = SPAN;
      while (index % size !== 0 || index + size - 1 > end) size /= 2;
      periods.push(periodAt(month, index, size));
      index += size;
    }
  }
  return periods;
}

const nextMonth = (month: string) => format(addMonths(parseISO(month), 1), 'yyyy-MM');

/** The calendar days a period holds, oldest first. */
export function daysOfPeriod(period: string): string[] {
  const kind = periodKind(period);
  const month = monthOf(period);
  const first = kind === 'month' ? 0 : indexOf(period.slice(0, 10));
  const size = kind === 'month' ? SPAN : kind === 'day' ? 1 : Number(period.slice(11));
  const last = Math.min(first + size, getDaysInMonth(parseISO(month))) - 1;
  const days: string[] = [];
  for (let index = first; index <= last; index += 1) days.push(dayAt(month, index));
  return days;
}
