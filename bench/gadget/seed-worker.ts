/**
 * A seeding worker: for each project it is given, the facts of every answered ticket and the
 * day and month aggregates the app's rollup builds from them (`buildDayAggregate`, then
 * `mergeAggregates` over the month's stored days), as ready-to-send `batch/set` request bodies of
 * at most 25 items, one message per project and month. Building aggregates is most of the
 * seeding's work, so two of these run side by side while the main thread writes.
 */
import { fitAggregate, totalsOf } from '../../src/domain/facts/fit-aggregate';
import { parentPort, workerData } from 'node:worker_threads';
import { keys } from '../../src/adapters/forge/keys';
import {
  buildDayAggregate,
  mergeAggregates,
  type PeriodAggregate,
} from '../../src/domain/facts/day-aggregate';
import { planDesk, projectFacts, type DeskShape } from './desk';

export interface SeedJob {
  shape: DeskShape;
  projectIndexes: number[];
  /** Issue ids of project i start after firstIssueIds[i]. */
  firstIssueIds: number[];
  asOf: number;
}

export interface MonthMessage {
  kind: 'month';
  projectKey: string;
  month: string;
  factBodies: string[];
  aggregateBodies: string[];
  facts: number;
  factBytes: number;
  days: number;
  dayBytes: number[];
  monthBytes: number;
  /** Day aggregates over the value limit: the app could not store them, so its month leaves them out. */
  daysOverLimit: number;
}

/** Forge's value limit, as `LocalKvs` enforces it. */
export const MAX_VALUE_BYTES = 240 * 1024;
const BATCH = 25;

const bodies = (items: Array<{ key: string; value: unknown }>): string[] => {
  const out: string[] = [];
  for (let start = 0; start < items.length; start += BATCH)
    out.push(JSON.stringify(items.slice(start, start + BATCH)));
  return out;
};

function run(job: SeedJob, post: (message: MonthMessage) => void): void {
  const projects = planDesk(job.shape);
  for (const index of job.projectIndexes) {
    const project = projects[index]!;
    const { byDay } = projectFacts(project, index, job.shape, job.firstIssueIds[index]!);
    const months = new Map<string, string[]>();
    for (const day of [...byDay.keys()].sort()) {
      const month = day.slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), day]);
    }
    for (const [month, days] of months) {
      const factItems: Array<{ key: string; value: unknown }> = [];
      const aggregateItems: Array<{ key: string; value: unknown }> = [];
      const stored: PeriodAggregate[] = [];
      const dayBytes: number[] = [];
      let factBytes = 0;
      let daysOverLimit = 0;
      for (const day of days) {
        const facts = byDay.get(day)!;
        for (const fact of facts) {
          const item = { key: keys.facts(project.key, day, fact.issueId), value: fact };
          factBytes += JSON.stringify(fact).length;
          factItems.push(item);
        }
        const aggregate = buildDayAggregate(project.key, day, facts, {
          asOf: job.asOf,
          timeZone: 'UTC',
        });
        const bytes = Buffer.byteLength(JSON.stringify(aggregate));
        dayBytes.push(bytes);
        // As the app stores them: totals and fitted breakdowns under their own keys.
        const fitted = fitAggregate(aggregate);
        aggregateItems.push({
          key: keys.dayAggregate(project.key, day, 'totals'),
          value: totalsOf(aggregate),
        });
        aggregateItems.push({ key: keys.dayAggregate(project.key, day, 'breakdowns'), value: fitted });
        if (bytes > MAX_VALUE_BYTES) daysOverLimit += 1;
        stored.push(fitted);
      }
      const monthAggregate = mergeAggregates(stored, { projectKey: project.key, period: month });
      aggregateItems.push({
        key: keys.monthAggregate(project.key, month, 'totals'),
        value: totalsOf(monthAggregate),
      });
      aggregateItems.push({
        key: keys.monthAggregate(project.key, month, 'breakdowns'),
        value: fitAggregate(monthAggregate),
      });
      post({
        kind: 'month',
        projectKey: project.key,
        month,
        factBodies: bodies(factItems),
        aggregateBodies: bodies(aggregateItems),
        facts: factItems.length,
        factBytes,
        days: days.length,
        dayBytes,
        monthBytes: Buffer.byteLength(JSON.stringify(monthAggregate)),
        daysOverLimit,
      });
    }
    byDay.clear();
  }
}

if (parentPort) {
  const port = parentPort;
  run(workerData as SeedJob, (message) => port.postMessage(message));
  port.postMessage({ kind: 'done' });
}
