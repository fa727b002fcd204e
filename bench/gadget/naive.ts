/**
 * The naive baseline: what a resolver would do without aggregates. It reads every stored fact of
 * the window's projects and days with the real SDK (one `fact:<project>:<day>:` prefix query per
 * project and day, 100 a page, 20 queries in flight) and runs the calculator over the records
 * (`reportFromRecords`), the same way the CLI reports on an export.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { keys } from '../../src/adapters/forge/keys';
import type { Fact } from '../../src/domain/facts/ticket-facts';
import { daysOf, previousWindow } from '../../src/domain/aggregates/window';
import { parseRecord, type CanonicalRecord } from '../../src/domain/records/canonical';
import type { Metrics } from '../../src/domain/report/metrics';
import { reportFromRecords } from '../../src/domain/report/report';

const IN_FLIGHT = 20;

/** Every record stored for these projects on these days. */
async function scan(projects: readonly string[], days: readonly string[]): Promise<CanonicalRecord[]> {
  const prefixes = days.flatMap((day) => projects.map((projectKey) => keys.factsOfDay(projectKey, day)));
  const records: CanonicalRecord[] = [];
  let next = 0;
  const worker = async () => {
    while (next < prefixes.length) {
      const prefix = prefixes[next++]!;
      let cursor: string | undefined;
      do {
        let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany<Fact>();
        for (const { value } of page.results) {
          for (const input of value.records) {
            const parsed = parseRecord(input);
            if (parsed.ok) records.push(parsed.record);
          }
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return records;
}

const report = (records: CanonicalRecord[], asOf: number): Metrics =>
  reportFromRecords(records, { asOf, from: null, to: null }).metrics;

/** The scorecard's figures for a window and the window before it. */
export async function naiveScorecard(
  window: { from: string; to: string; projects: string[] },
  asOf: number,
): Promise<{ current: Metrics; previous: Metrics }> {
  const before = previousWindow(window.from, window.to);
  const current = report(await scan(window.projects, daysOf(window.from, window.to)), asOf);
  const previous = report(await scan(window.projects, daysOf(before.from, before.to)), asOf);
  return { current, previous };
}

/** A monthly trend: each month of the window (cut to the window) scanned and reported in turn. */
export async function naiveMonthlyTrend(
  window: { from: string; to: string; projects: string[] },
  asOf: number,
): Promise<Array<{ month: string; metrics: Metrics }>> {
  const months = new Map<string, string[]>();
  for (const day of daysOf(window.from, window.to)) {
    const month = day.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), day]);
  }
  const points: Array<{ month: string; metrics: Metrics }> = [];
  for (const [month, days] of months) {
    points.push({ month, metrics: report(await scan(window.projects, days), asOf) });
  }
  return points;
}
