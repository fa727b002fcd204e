import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  endOfISOWeek,
  endOfMonth,
  endOfQuarter,
  format,
  getISOWeek,
  getISOWeekYear,
  getQuarter,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  subDays,
} from 'date-fns';
import type { ReviewCadence } from './review-plan';

/** One period a metric is reviewed for: its id (in labels and markers), its days, and when the review is due. */
export interface ReviewPeriod {
  cadence: ReviewCadence;
  /** `2026-03-01` (day), `2026-W09` (ISO week), `2026-02` (month), `2026-Q1` (quarter). */
  id: string;
  /** Calendar days in the reporting zone, inclusive. */
  from: string;
  to: string;
  /** The review's due date: the last day of the period running when it is created. */
  due: string;
  /** How a person says it: "2 March 2026", "week 9 of 2026", "February 2026", "Q1 2026". */
  name: string;
}

const day = (date: Date) => format(date, 'yyyy-MM-dd');

const STEP = {
  daily: { start: (d: Date) => d, end: (d: Date) => d, next: (d: Date) => addDays(d, 1) },
  weekly: { start: startOfISOWeek, end: endOfISOWeek, next: (d: Date) => addWeeks(d, 1) },
  monthly: { start: startOfMonth, end: endOfMonth, next: (d: Date) => addMonths(d, 1) },
  quarterly: { start: startOfQuarter, end: endOfQuarter, next: (d: Date) => addQuarters(d, 1) },
} as const;

function idOf(cadence: ReviewCadence, start: Date): { id: string; name: string } {
  switch (cadence) {
    case 'daily':
      return { id: day(start), name: format(start, 'd MMMM yyyy') };
    case 'weekly': {
      const week = getISOWeek(start);
      return {
        id: `${getISOWeekYear(start)}-W${String(week).padStart(2, '0')}`,
        name: `week ${week} of ${getISOWeekYear(start)}`,
      };
    }
    case 'monthly':
      return { id: format(start, 'yyyy-MM'), name: format(start, 'MMMM yyyy') };
    case 'quarterly':
      return {
        id: `${format(start, 'yyyy')}-Q${getQuarter(start)}`,
        name: `Q${getQuarter(start)} ${format(start, 'yyyy')}`,
      };
  }
}

/**
 * The last period of a cadence that has ended by `now`, in the reporting time zone: at any moment
 * of March, the monthly review is February's; on a Monday, the weekly review is the week before.
 * It is due at the end of the period now running, so the owner has one cadence to hold it.
 */
export function lastEndedPeriod(cadence: ReviewCadence, now: Date, timeZone: string): ReviewPeriod {
  const today = new TZDate(now.getTime(), timeZone);
  const step = STEP[cadence];
  const running = step.start(today);
  const start = step.start(subDays(running, 1));
  const end = step.end(start);
  return {
    cadence,
    ...idOf(cadence, start),
    from: day(start),
    to: day(end),
    due: day(step.end(step.next(start))),
  };
}
