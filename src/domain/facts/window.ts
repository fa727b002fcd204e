import {
  addDays,
  eachMonthOfInterval,
  endOfMonth,
  format,
  parseISO,
  startOfDay,
  startOfMonth,
  subDays,
} from 'date-fns';

/**
 * The stored periods that cover a window of calendar days [from, to] (inclusive): whole months
 * inside it as month aggregates, the rest as day aggregates, so reads grow with the window's
 * length in months, not with the number of responses.
 *
 * @example
 *   planWindow('2026-01-20', '2026-03-05')
 *   //=> { months: ['2026-02'], days: ['2026-01-20', …, '2026-01-31', '2026-03-01', …, '2026-03-05'] }
 */
export function planWindow(from: string, to: string): { months: string[]; days: string[] } {
  const start = parseISO(from);
  const end = parseISO(to);
  if (end < start) return { months: [], days: [] };
  const months: string[] = [];
  const days: string[] = [];
  for (const month of eachMonthOfInterval({ start, end })) {
    const first = startOfMonth(month);
    // Compared as calendar days: the month's last instant is later than the window's last day at 00:00.
    const last = startOfDay(endOfMonth(month));
    if (first >= start && last <= end) {
      months.push(format(month, 'yyyy-MM'));
      continue;
    }
    for (let day = first < start ? start : first; day <= last && day <= end; day = addDays(day, 1)) {
      days.push(format(day, 'yyyy-MM-dd'));
    }
  }
  return { months, days };
}

/** The window of the same length just before [from, to]. */
export function previousWindow(from: string, to: string): { from: string; to: string } {
  const start = parseISO(from);
  const length = Math.round((parseISO(to).getTime() - start.getTime()) / 86_400_000) + 1;
  return { from: format(subDays(start, length), 'yyyy-MM-dd'), to: format(subDays(start, 1), 'yyyy-MM-dd') };
}

/** The days of a window, oldest first. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = parseISO(from); day <= parseISO(to); day = addDays(day, 1))
    days.push(format(day, 'yyyy-MM-dd'));
  return days;
}
