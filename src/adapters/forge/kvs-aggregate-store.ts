import { kvs } from '@forge/kvs';
import { StorageUnavailable } from '../../app/errors';
import type { AggregateStore, ProjectDay, ProjectPeriod } from '../../app/ports/aggregate-store';
import { SITE, type PeriodAggregate } from '../../domain/aggregates/day-aggregate';
import { totalsOf } from '../../domain/aggregates/fit-aggregate';
import type { Fact } from '../../domain/facts/ticket-facts';
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

/** Pauses before each retry of the items a batch read could not return. */
const RETRY_PAUSES_MS = [50, 200];

/**
 * The values of up to 25 keys; an absent key is left out. A batch read completes as many items as
 * it can and lists the rest in `failedKeys` (Forge's storage reference, "Executing batch
 * operations"): `KEY_NOT_FOUND` is an absent value, any other failure is retried (twice, after a
 * short pause) and then fails the whole read with `StorageUnavailable`, since figures summed from
 * some of their periods would be wrong without saying so.
 */
async function getAll<T>(wanted: string[]): Promise<T[]> {
  const values: T[] = [];
  let pending = wanted;
  for (let attempt = 0; ; attempt += 1) {
    const result = await kvs.batchGet<T>(pending.map((key) => ({ key })));
    values.push(...result.successfulKeys.map((item) => item.value));
    const failed = result.failedKeys.filter((item) => item.error.code !== 'KEY_NOT_FOUND');
    if (failed.length === 0) return values;
    const pause = RETRY_PAUSES_MS[attempt];
    if (pause === undefined) {
      const [first] = failed;
      console.error(
        `Storage still failed ${failed.length} of ${wanted.length} aggregate reads after retries (${first?.key}: ${first?.error.code} ${first?.error.message}).`,
      );
      throw new StorageUnavailable(failed.length, wanted.length);
    }
    console.warn(`Storage failed ${failed.length} of ${pending.length} aggregate reads; retrying them.`);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pending = failed.map((item) => item.key);
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
  async factsOfDay(projectKey: string, day: string): Promise<Fact[]> {
    const facts: Fact[] = [];
    for await (const { value } of queryAll<Fact>(keys.factsOfDay(projectKey, day))) facts.push(value);
    return facts;
  }

  async factsPage(cursor?: string) {
    const page = await queryPage<Fact>(keys.allFacts, cursor);
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
        getAll<PeriodAggregate>(
          batch.map(({ projectKey, period }) => keys.aggregate(projectKey, period, part)),
        ),
      ),
    );
    return pages.flat();
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
