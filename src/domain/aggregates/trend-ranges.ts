import { addDays, format, parseISO, startOfISOWeek, startOfMonth } from 'date-fns';
import { daysOf } from './window';

export type TrendInterval = 'day' | 'week' | 'month';

export interface TrendRange {
  /** The first day of the whole day, ISO week (Monday) or month: the point's key. */
  start: string;
  /** The days the point covers: its interval cut to the window. */
  from: string;
  to: string;
  /** The days it covers as people read them: a point cut by the window says so. */
  label: string;
}

/**
 * The day, ISO week (Monday first) or month ranges that cover [from, to], each cut to the window.
 * A point's label names the days it covers, so the first point of "last 30 days" starts on the
 * window's first day as the gadget's header does ("7–8 Nov"), not on the Monday before it.
 *
 * @example trendRanges('2026-11-07', '2026-11-16', 'week').map((r) => r.label)
 *   //=> ['7–8 Nov', '9–15 Nov', '16 Nov']
 */
export function trendRanges(from: string, to: string, interval: TrendInterval): TrendRange[] {
  const startOf = (day: string) => {
    const date = parseISO(day);
    if (interval === 'day') return date;
    return interval === 'week' ? startOfISOWeek(date) : startOfMonth(date);
  };
  const ranges = new Map<string, Omit<TrendRange, 'label'>>();
  for (const day of daysOf(from, to)) {
    const start = format(startOf(day), 'yyyy-MM-dd');
    const existing = ranges.get(start);
    if (existing) existing.to = day;
    else ranges.set(start, { start, from: day, to: day });
  }
  return [...ranges.values()].map((range) => ({ ...range, label: labelOf(range, interval) }));
}

function labelOf(range: Omit<TrendRange, 'label'>, interval: TrendInterval): string {
  const first = parseISO(range.from);
  const last = parseISO(range.to);
  if (range.from === range.to) return format(first, interval === 'month' ? 'd MMM yyyy' : 'd MMM');
  if (interval === 'month') {
    const wholeMonth = range.from === range.start && format(addDays(last, 1), 'd') === '1';
    if (wholeMonth) return format(first, 'MMM yyyy');
    return `${format(first, 'd')}–${format(last, 'd MMM yyyy')}`;
  }
  return format(first, 'MMM') === format(last, 'MMM')
    ? `${format(first, 'd')}–${format(last, 'd MMM')}`
    : `${format(first, 'd MMM')}–${format(last, 'd MMM')}`;
}
