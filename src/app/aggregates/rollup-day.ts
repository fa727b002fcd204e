import { buildDayAggregate, SITE, siteDay } from '../../domain/facts/day-aggregate';
import { rebuildChain, siblingsOf } from '../../domain/facts/period-tree';
import type { AggregateStore } from '../ports/aggregate-store';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';

type Deps = { aggregates: AggregateStore; rollups: RollupQueue; settings: SettingsStore; now: () => Date };

/**
 * Rebuilds one project day's aggregate from its facts, then the blocks and the month above it
 * from their stored halves, then asks for the site-wide values of the day. Deterministic: the same
 * facts give the same aggregates, so a repeated rebuild is harmless. Only the markers seen before
 * reading the facts are cleared; a change that lands meanwhile leaves its own marker, and the day
 * is rebuilt again.
 */
export async function rollupDay(deps: Deps, projectKey: string, day: string): Promise<void> {
  const markers = await deps.aggregates.markersOfDay(projectKey, day);
  // Requests for a day pile up while its facts change; the first rebuild clears every marker it
  // saw, so the rest find the day clean and stop here.
  if (markers.length === 0) return;
  const [facts, settings, siblings] = await Promise.all([
    deps.aggregates.factsOfDay(projectKey, day),
    deps.settings.get(),
    deps.aggregates.read(
      siblingsOf(day).map((period) => ({ projectKey, period })),
      'breakdowns',
    ),
  ]);
  const aggregate = buildDayAggregate(projectKey, day, facts, {
    asOf: deps.now().getTime(),
    timeZone: settings.reportingTimeZone,
  });
  const levels = rebuildChain(aggregate, new Map(siblings.map((sibling) => [sibling.period, sibling])));
  await deps.aggregates.saveProjectChain(levels, markers);
  await deps.rollups.scheduleSite([day]);
}

/**
 * Rebuilds the site-wide totals of one day (the merge of every project's) and the blocks and the
 * month above it. What a gadget set to all projects reads, so its cost does not grow with the
 * number of projects. Same pattern as a project day: markers first, cleared only when seen.
 */
export async function rollupSiteDay(deps: Pick<Deps, 'aggregates'>, day: string): Promise<void> {
  const markers = await deps.aggregates.siteMarkersOfDay(day);
  if (markers.length === 0) return;
  const projects = await deps.aggregates.projects();
  const [days, siblings] = await Promise.all([
    deps.aggregates.read(
      projects.map((projectKey) => ({ projectKey, period: day })),
      'totals',
    ),
    deps.aggregates.read(
      siblingsOf(day).map((period) => ({ projectKey: SITE, period })),
      'totals',
    ),
  ]);
  const levels = rebuildChain(
    siteDay(day, days),
    new Map(siblings.map((sibling) => [sibling.period, sibling])),
  );
  await deps.aggregates.saveSiteChain(levels, markers);
}

/**
 * Asks for a rebuild of every day still marked (a missed or failed request), project days and
 * site days, a page at a time. Answers how many were asked for.
 */
export async function requestMarkedRollups(deps: Pick<Deps, 'aggregates' | 'rollups'>): Promise<number> {
  const { aggregates, rollups } = deps;
  return (
    (await requestPages(
      (cursor) => aggregates.markedDays(cursor),
      (days) => rollups.schedule(days),
    )) +
    (await requestPages(
      (cursor) => aggregates.markedSiteDays(cursor),
      (days) => rollups.scheduleSite(days),
    ))
  );
}

async function requestPages<T>(
  page: (cursor?: string) => Promise<{ days: T[]; cursor?: string }>,
  schedule: (days: T[]) => Promise<void>,
): Promise<number> {
  let requested = 0;
  let cursor: string | undefined;
  do {
    const found = await page(cursor);
    if (found.days.length > 0) await schedule(found.days);
    requested += found.days.length;
    cursor = found.cursor;
  } while (cursor);
  return requested;
}
