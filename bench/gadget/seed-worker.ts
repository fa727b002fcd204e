/**
 * A seeding worker: for each project it is given, the facts of every answered ticket and the
 * day, block and month aggregates the app's rollup builds from them (`buildDayAggregate`, then
 * `buildMonth`, which leaves what `rebuildChain` leaves day by day), as ready-to-send `batch/set`
 * request bodies of at most 25 items, one message per project and month, with the days' totals
 * for the site-wide values. Building aggregates is most of the
 * seeding's work, so two of these run side by side while the main thread writes.
 */
import { totalsOf } from '../../src/domain/aggregates/fit-aggregate';
import { parentPort, workerData } from 'node:worker_threads';
import { keys } from '../../src/adapters/forge/keys';
import { buildDayAggregate, type PeriodAggregate } from '../../src/domain/aggregates/day-aggregate';
import { buildMonth } from '../../src/domain/aggregates/period-tree';
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
  /** The days' totals, for the site-wide values (merged across projects by the main thread). */
  dayTotals: PeriodAggregate[];
  blocks: number;
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
      const built: PeriodAggregate[] = [];
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
        if (bytes > MAX_VALUE_BYTES) daysOverLimit += 1;
        built.push(aggregate);
      }
      const levels = buildMonth(project.key, month, built);
      // As the app stores them: totals and fitted breakdowns under their own keys.
      for (const level of levels) {
        aggregateItems.push({
          key: keys.aggregate(project.key, level.period, 'totals'),
          value: totalsOf(level),
        });
        aggregateItems.push({ key: keys.aggregate(project.key, level.period, 'breakdowns'), value: level });
      }
      const monthAggregate = levels.at(-1)!;
      post({
        kind: 'month',
        projectKey: project.key,
        month,
        factBodies: bodies(factItems),
        aggregateBodies: bodies(aggregateItems),
        dayTotals: built.map((day) => totalsOf(day)),
        blocks: levels.length - built.length - 1,
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
