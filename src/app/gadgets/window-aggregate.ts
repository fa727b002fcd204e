import { mergeAggregates, type PeriodAggregate } from '../../domain/facts/day-aggregate';
import { planWindow } from '../../domain/facts/window';
import type { AggregateStore, ProjectPeriod } from '../ports/aggregate-store';

/**
 * The aggregate of some projects over a window of days: whole months from month aggregates, the
 * rest from day aggregates, fetched in batches. Reads grow with the window in months, never with
 * the number of responses.
 */
export async function windowAggregate(
  aggregates: AggregateStore,
  projects: readonly string[],
  from: string,
  to: string,
  part: 'totals' | 'breakdowns' = 'totals',
): Promise<PeriodAggregate> {
  const { months, days } = planWindow(from, to);
  const periods: ProjectPeriod[] = projects.flatMap((projectKey) => [
    ...months.map((period) => ({ projectKey, period })),
    ...days.map((period) => ({ projectKey, period })),
  ]);
  return mergeAggregates(await aggregates.read(periods, part), {
    projectKey: projects.join(','),
    period: `${from}/${to}`,
  });
}
