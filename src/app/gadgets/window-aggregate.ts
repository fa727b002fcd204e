import { mergeAggregates, SITE, type PeriodAggregate } from '../../domain/aggregates/day-aggregate';
import { planWindow } from '../../domain/aggregates/periods';
import type { AggregateStore, ProjectPeriod } from '../ports/aggregate-store';

export interface WindowSource {
  projects: readonly string[];
  /** Whether the site-wide values may stand in for the projects' own (see `windowAggregates`). */
  siteWide: boolean;
}

/**
 * The aggregates of some windows of days (a scorecard's window and the one before it, a trend's
 * points) over some projects, each the merge of the stored periods that cover it (whole months,
 * and the fewest blocks and days for the cut months). Every period is fetched once, in batches
 * sent together, so reads grow with the windows' length in months, never with the responses.
 *
 * With `siteWide`, a period is read from the site-wide value when every project in it is one of
 * the viewer's: one value in place of one per project. A period whose site value names a project
 * the viewer may not browse is read project by project instead.
 */
export async function windowAggregates(
  aggregates: AggregateStore,
  source: WindowSource,
  windows: ReadonlyArray<{ from: string; to: string }>,
  part: 'totals' | 'breakdowns' = 'totals',
): Promise<PeriodAggregate[]> {
  const plans = windows.map((window) => planWindow(window.from, window.to));
  const periods = [...new Set(plans.flat())];
  const found = new Map<string, PeriodAggregate[]>();
  let perProject = periods;
  if (source.siteWide && part === 'totals') {
    const site = new Map(
      (
        await aggregates.read(
          periods.map((period) => ({ projectKey: SITE, period })),
          'totals',
        )
      ).map((aggregate) => [aggregate.period, aggregate]),
    );
    const allowed = new Set(source.projects);
    perProject = [];
    for (const period of periods) {
      const value = site.get(period);
      // No site value: no project has had data in the period since the values were built.
      if (!value) found.set(period, []);
      else if ((value.projects ?? []).every((project) => allowed.has(project))) found.set(period, [value]);
      else perProject.push(period);
    }
  }
  const wanted: ProjectPeriod[] = perProject.flatMap((period) =>
    source.projects.map((projectKey) => ({ projectKey, period })),
  );
  for (const aggregate of await aggregates.read(wanted, part)) {
    found.set(aggregate.period, [...(found.get(aggregate.period) ?? []), aggregate]);
  }
  return windows.map((window, index) =>
    mergeAggregates(
      plans[index]!.flatMap((period) => found.get(period) ?? []),
      { projectKey: source.projects.join(','), period: `${window.from}/${window.to}` },
    ),
  );
}

/** The aggregate of one window (see `windowAggregates`). */
export async function windowAggregate(
  aggregates: AggregateStore,
  source: WindowSource,
  window: { from: string; to: string },
  part: 'totals' | 'breakdowns' = 'totals',
): Promise<PeriodAggregate> {
  const [aggregate] = await windowAggregates(aggregates, source, [window], part);
  return aggregate!;
}
