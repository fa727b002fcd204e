import { format, parseISO, endOfMonth, startOfMonth } from 'date-fns';
import { buildDayAggregate, mergeAggregates } from '../../domain/facts/day-aggregate';
import { daysOf } from '../../domain/facts/window';
import type { AggregateStore } from '../ports/aggregate-store';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';

/**
 * Rebuilds one project day's aggregate from its facts, then its month's from the month's days.
 * Deterministic: the same facts give the same aggregates, so a repeated rebuild is harmless. Only
 * the markers seen before reading the facts are cleared; a change that lands meanwhile leaves its
 * own marker, and the day is rebuilt again.
 */
export async function rollupDay(
  deps: { aggregates: AggregateStore; settings: SettingsStore; now: () => Date },
  projectKey: string,
  day: string,
): Promise<void> {
  const markers = await deps.aggregates.markersOfDay(projectKey, day);
  // Requests for a day pile up while its facts change; the first rebuild clears every marker it
  // saw, so the rest find the day clean and stop here.
  if (markers.length === 0) return;
  const [facts, settings] = await Promise.all([
    deps.aggregates.factsOfDay(projectKey, day),
    deps.settings.get(),
  ]);
  const aggregate = buildDayAggregate(projectKey, day, facts, {
    asOf: deps.now().getTime(),
    timeZone: settings.reportingTimeZone,
  });
  await deps.aggregates.save(aggregate, []);
  // The month merges its days' stored breakdowns: a day that had to fold small values into
  // "Others" keeps them there, so the month's rows never claim more than the days knew.

  const month = format(parseISO(day), 'yyyy-MM');
  const monthDays = daysOf(
    format(startOfMonth(parseISO(day)), 'yyyy-MM-dd'),
    format(endOfMonth(parseISO(day)), 'yyyy-MM-dd'),
  );
  const stored = await deps.aggregates.read(
    monthDays.filter((d) => d !== day).map((d) => ({ projectKey, period: d })),
    'breakdowns',
  );
  await deps.aggregates.save(mergeAggregates([...stored, aggregate], { projectKey, period: month }), markers);
}

/** Asks for a rebuild of every day still marked (a missed or failed request), a page at a time. */
export async function requestMarkedRollups(deps: {
  aggregates: AggregateStore;
  rollups: RollupQueue;
}): Promise<number> {
  let requested = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.aggregates.markedDays(cursor);
    if (page.days.length > 0) await deps.rollups.schedule(page.days);
    requested += page.days.length;
    cursor = page.cursor;
  } while (cursor);
  return requested;
}
