import { kvs, WhereConditions } from '@forge/kvs';
import type { AggregateStore, ProjectPeriod } from '../../app/ports/aggregate-store';
import type { PeriodAggregate } from '../../domain/facts/day-aggregate';
import type { DayFacts } from '../../domain/facts/ticket-facts';
import { keys } from './keys';
import { queryAll } from './kvs-pages';

/** Forge's batch operations take at most 25 keys. */
const BATCH = 25;

const periodKey = ({ projectKey, period }: ProjectPeriod) =>
  period.length === 7 ? keys.monthAggregate(projectKey, period) : keys.dayAggregate(projectKey, period);

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

  async read(periods: ProjectPeriod[]): Promise<PeriodAggregate[]> {
    const found: PeriodAggregate[] = [];
    for (let start = 0; start < periods.length; start += BATCH) {
      const items = periods.slice(start, start + BATCH).map((period) => ({ key: periodKey(period) }));
      const { successfulKeys } = await kvs.batchGet<PeriodAggregate>(items);
      found.push(...successfulKeys.map((item) => item.value));
    }
    return found;
  }

  async save(aggregate: PeriodAggregate, clearMarkers: string[]): Promise<void> {
    await kvs.set(periodKey(aggregate), aggregate);
    for (let start = 0; start < clearMarkers.length; start += BATCH) {
      await kvs.batchDelete(clearMarkers.slice(start, start + BATCH).map((key) => ({ key })));
    }
  }
}
