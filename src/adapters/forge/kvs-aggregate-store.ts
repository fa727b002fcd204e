import { kvs, WhereConditions } from '@forge/kvs';
import type { AggregateStore, ProjectPeriod } from '../../app/ports/aggregate-store';
import type { PeriodAggregate } from '../../domain/facts/day-aggregate';
import { fitAggregate, totalsOf } from '../../domain/facts/fit-aggregate';
import type { DayFacts } from '../../domain/facts/ticket-facts';
import { keys } from './keys';
import { queryAll } from './kvs-pages';

/** Forge's batch operations take at most 25 keys. */
const BATCH = 25;

const periodKey = ({ projectKey, period }: ProjectPeriod, part: 'totals' | 'breakdowns') =>
  period.length === 7
    ? keys.monthAggregate(projectKey, period, part)
    : keys.dayAggregate(projectKey, period, part);

export class KvsAggregateStore implements AggregateStore {
  async factsOfDay(projectKey: string, day: string): Promise<DayFacts[]> {
    const facts: DayFacts[] = [];
    for await (const { value } of queryAll<DayFacts>(keys.factsOfDay(projectKey, day))) facts.push(value);
    return facts;
  }

  async factsPage(cursor?: string) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(keys.allFacts)).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<DayFacts>();
    return { facts: page.results.map((result) => result.value), cursor: page.nextCursor };
  }

  async markersOfDay(projectKey: string, day: string): Promise<string[]> {
    const markers: string[] = [];
    for await (const { key } of queryAll<number>(keys.dirtyOfDay(projectKey, day))) markers.push(key);
    return markers;
  }

  async markDays(days: Array<{ projectKey: string; day: string }>, reason: string): Promise<void> {
    for (let start = 0; start < days.length; start += BATCH) {
      await kvs.batchSet(
        days
          .slice(start, start + BATCH)
          .map(({ projectKey, day }) => ({ key: keys.rebuildMarker(projectKey, day, reason), value: 1 })),
      );
    }
  }

  async markedDays(cursor?: string) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(keys.dirtyPrefix)).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<number>();
    const days = new Map<string, { projectKey: string; day: string }>();
    for (const { key } of page.results) {
      const [, , projectKey, day] = key.split(':');
      if (projectKey && day) days.set(`${projectKey}:${day}`, { projectKey, day });
    }
    return { days: [...days.values()], cursor: page.nextCursor };
  }

  async read(periods: ProjectPeriod[], part: 'totals' | 'breakdowns'): Promise<PeriodAggregate[]> {
    // Batches of 25 keys, fetched together: a window's reads do not wait on each other.
    const batches: ProjectPeriod[][] = [];
    for (let start = 0; start < periods.length; start += BATCH)
      batches.push(periods.slice(start, start + BATCH));
    const pages = await Promise.all(
      batches.map((batch) =>
        kvs.batchGet<PeriodAggregate>(batch.map((period) => ({ key: periodKey(period, part) }))),
      ),
    );
    return pages.flatMap((page) => page.successfulKeys.map((item) => item.value));
  }

  /** Writes the totals and the (fitted) breakdowns of a period under their own keys. */
  async save(aggregate: PeriodAggregate, clearMarkers: string[]): Promise<void> {
    await kvs.batchSet([
      { key: periodKey(aggregate, 'totals'), value: totalsOf(aggregate) },
      { key: periodKey(aggregate, 'breakdowns'), value: fitAggregate(aggregate) },
    ]);
    for (let start = 0; start < clearMarkers.length; start += BATCH) {
      await kvs.batchDelete(clearMarkers.slice(start, start + BATCH).map((key) => ({ key })));
    }
  }
}
