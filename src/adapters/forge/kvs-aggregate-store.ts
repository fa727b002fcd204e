import { kvs } from '@forge/kvs';
import type { AggregateStore, ProjectDay, ProjectPeriod } from '../../app/ports/aggregate-store';
import { SITE, type PeriodAggregate } from '../../domain/facts/day-aggregate';
import { totalsOf } from '../../domain/facts/fit-aggregate';
import type { DayFacts } from '../../domain/facts/ticket-facts';
import { keys } from './keys';
import { queryAll, queryPage } from './kvs-pages';

/** Forge's batch operations take at most 25 keys. */
const BATCH = 25;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) out.push(items.slice(start, start + BATCH));
  return out;
};

/** A batch write whose every item must land: a failed item fails the call, so the caller retries. */
async function setAll(items: Array<{ key: string; value: unknown }>): Promise<void> {
  for (const chunk of chunks(items)) {
    const result = await kvs.batchSet(chunk);
    if (result.failedKeys.length > 0) {
      const [first] = result.failedKeys;
      throw new Error(
        `Storage refused ${result.failedKeys.length} of ${chunk.length} aggregate writes (${first?.key}: ${first?.error.message}).`,
      );
    }
  }
}

async function deleteAll(keysToDelete: string[]): Promise<void> {
  for (const chunk of chunks(keysToDelete)) await kvs.batchDelete(chunk.map((key) => ({ key })));
}

async function keysWithPrefix(prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const { key } of queryAll<unknown>(prefix)) found.push(key);
  return found;
}

export class KvsAggregateStore implements AggregateStore {
  async factsOfDay(projectKey: string, day: string): Promise<DayFacts[]> {
    const facts: DayFacts[] = [];
    for await (const { value } of queryAll<DayFacts>(keys.factsOfDay(projectKey, day))) facts.push(value);
    return facts;
  }

  async factsPage(cursor?: string) {
    const page = await queryPage<DayFacts>(keys.allFacts, cursor);
    return { facts: page.results.map((result) => result.value), cursor: page.nextCursor };
  }

  markersOfDay(projectKey: string, day: string): Promise<string[]> {
    return keysWithPrefix(keys.dirtyOfDay(projectKey, day));
  }

  async markDays(days: ProjectDay[], reason: string): Promise<void> {
    await setAll(
      days.map(({ projectKey, day }) => ({ key: keys.rebuildMarker(projectKey, day, reason), value: 1 })),
    );
  }

  async markedDays(cursor?: string) {
    const page = await queryPage(keys.dirtyPrefix, cursor);
    const days = new Map<string, ProjectDay>();
    for (const { key } of page.results) {
      const [, , projectKey, day] = key.split(':');
      if (projectKey && day) days.set(`${projectKey}:${day}`, { projectKey, day });
    }
    return { days: [...days.values()], cursor: page.nextCursor };
  }

  async read(periods: ProjectPeriod[], part: 'totals' | 'breakdowns'): Promise<PeriodAggregate[]> {
    // Batches of 25 keys, fetched together: a window's reads do not wait on each other.
    const pages = await Promise.all(
      chunks(periods).map((batch) =>
        kvs.batchGet<PeriodAggregate>(
          batch.map(({ projectKey, period }) => ({ key: keys.aggregate(projectKey, period, part) })),
        ),
      ),
    );
    return pages.flatMap((page) => page.successfulKeys.map((item) => item.value));
  }

  async saveProjectChain(levels: PeriodAggregate[], clearMarkers: string[]): Promise<void> {
    const [day] = levels;
    if (!day) return;
    // A marker of its own per rebuild: one written while a site rebuild runs is never one that
    // rebuild clears (it clears only the markers it read before reading the days).
    const nonce = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    await setAll([
      ...levels.flatMap((level) => [
        { key: keys.aggregate(level.projectKey, level.period, 'totals'), value: totalsOf(level) },
        { key: keys.aggregate(level.projectKey, level.period, 'breakdowns'), value: level },
      ]),
      { key: keys.project(day.projectKey), value: 1 },
      { key: keys.siteMarker(day.period, day.projectKey, nonce), value: 1 },
    ]);
    await deleteAll(clearMarkers);
  }

  siteMarkersOfDay(day: string): Promise<string[]> {
    return keysWithPrefix(keys.siteMarkersOfDay(day));
  }

  async markedSiteDays(cursor?: string) {
    const page = await queryPage(keys.siteDirtyPrefix, cursor);
    const days = new Set(page.results.map(({ key }) => key.split(':')[2] ?? '').filter(Boolean));
    return { days: [...days], cursor: page.nextCursor };
  }

  async saveSiteChain(levels: PeriodAggregate[], clearMarkers: string[]): Promise<void> {
    await setAll(
      levels.map((level) => ({ key: keys.aggregate(SITE, level.period, 'totals'), value: level })),
    );
    await deleteAll(clearMarkers);
  }

  async projects(): Promise<string[]> {
    return (await keysWithPrefix(keys.projectPrefix)).map((key) => key.slice(keys.projectPrefix.length));
  }
}
