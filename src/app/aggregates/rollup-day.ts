import { buildDayAggregate, SITE, siteDay } from '../../domain/aggregates/day-aggregate';
import { metricSettingsOf } from '../../domain/settings/metric-settings-of';
import { rebuildChain, siblingsOf } from '../../domain/aggregates/period-tree';
import type { AggregateStore } from '../ports/aggregate-store';
import { addCosts, NO_COST, type QueueCost } from '../ports/chain-step';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';

type Deps = { aggregates: AggregateStore; rollups: RollupQueue; settings: SettingsStore; now: () => Date };

/**
 * Rebuilds days of one project (one month's, as the queue asks for them) one after another, then
 * asks once for the site-wide values of the days it rebuilt: one push, whatever the number of days.
 * The days are marked for the site-wide values as they are saved, so a request the platform
 * refuses (e.g. past its events per minute) is asked for again by the scheduled catch-up.
 */
export async function rollupDays(deps: Deps, projectKey: string, days: string[]): Promise<void> {
  const rebuilt: string[] = [];
  for (const day of days) if (await rollupDay(deps, projectKey, day)) rebuilt.push(day);
  if (rebuilt.length === 0) return;
  await deps.rollups
    .scheduleSite(rebuilt)
    .catch((error: unknown) =>
      console.warn(
        `Site-wide rollup request for ${rebuilt.length} day(s) failed; the scheduled catch-up will ask again:`,
        error instanceof Error ? `${error.name}: ${error.message}` : error,
      ),
    );
}

/** Rebuilds the site-wide values of days (one month's, as the queue asks for them). */
export async function rollupSiteDays(deps: Pick<Deps, 'aggregates'>, days: string[]): Promise<void> {
  for (const day of days) await rollupSiteDay(deps, day);
}

/**
 * Rebuilds one project day's aggregate from its facts, then the blocks and the month above it
 * from their stored halves; answers whether it did (the site-wide values of the day are then due).
 * Deterministic: the same facts give the same aggregates, so a repeated rebuild is harmless. Only
 * the markers seen before reading the facts are cleared; a change that lands meanwhile leaves its
 * own marker, and the day is rebuilt again.
 */
async function rollupDay(deps: Deps, projectKey: string, day: string): Promise<boolean> {
  const markers = await deps.aggregates.markersOfDay(projectKey, day);
  // Requests for a day pile up while its facts change; the first rebuild clears every marker it
  // saw, so the rest find the day clean and stop here.
  if (markers.length === 0) return false;
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
    mttaRule: metricSettingsOf(settings).mtta,
  });
  const levels = rebuildChain(aggregate, new Map(siblings.map((sibling) => [sibling.period, sibling])));
  await deps.aggregates.saveProjectChain(levels, markers);
  return true;
}

/**
 * Rebuilds the site-wide totals of one day (the merge of every project's) and the blocks and the
 * month above it. What a gadget set to all projects reads, so its cost does not grow with the
 * number of projects. Same pattern as a project day: markers first, cleared only when seen.
 */
async function rollupSiteDay(deps: Pick<Deps, 'aggregates'>, day: string): Promise<void> {
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
 * Asks for a rebuild of days still marked (a missed, refused or failed request), project days and
 * site days, a page at a time, until `share` is spent (the rest is asked for next time; one page
 * may go past it). Answers how many days were asked for and what that cost on the queue.
 */
export async function requestMarkedRollups(
  deps: Pick<Deps, 'aggregates' | 'rollups'>,
  share: QueueCost,
): Promise<{ requested: number; cost: QueueCost }> {
  const { aggregates, rollups } = deps;
  const spent = { requested: 0, cost: NO_COST };
  const within = () => spent.cost.pushes < share.pushes && spent.cost.events < share.events;
  const request = async <T>(
    page: (cursor?: string) => Promise<{ days: T[]; cursor?: string }>,
    schedule: (days: T[]) => Promise<QueueCost>,
  ) => {
    let cursor: string | undefined;
    do {
      const found = await page(cursor);
      if (found.days.length > 0) spent.cost = addCosts(spent.cost, await schedule(found.days));
      spent.requested += found.days.length;
      cursor = found.cursor;
    } while (cursor && within());
  };
  await request(
    (cursor) => aggregates.markedDays(cursor),
    (days) => rollups.schedule(days),
  );
  if (within()) {
    await request(
      (cursor) => aggregates.markedSiteDays(cursor),
      (days) => rollups.scheduleSite(days),
    );
  }
  return spent;
}
