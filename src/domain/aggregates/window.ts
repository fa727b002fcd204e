import { addDays, format, parseISO, subDays } from 'date-fns';

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
