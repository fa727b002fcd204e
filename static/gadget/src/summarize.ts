import type { DailyCount } from '../../../src/contract/resolvers';

export interface Summary {
  total: number;
  peak: DailyCount | undefined;
}

/** Total and busiest day; the first of equally busy days wins. */
export function summarize(days: DailyCount[]): Summary {
  let total = 0;
  let peak: DailyCount | undefined;
  for (const day of days) {
    total += day.resolved;
    if (!peak || day.resolved > peak.resolved) peak = day;
  }
  return { total, peak };
}
