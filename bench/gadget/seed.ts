/**
 * Seeds the app's storage with a desk's facts and aggregates. Two worker threads generate the
 * facts and build the aggregates (see seed-worker); this thread writes what they send through
 * `LocalKvs`'s own wire (`/api/v1/batch/set`, 25 items a request) — aggregates into the runtime's
 * store, facts into their project-month shard (see fact-shards). The wire rather than the SDK: the
 * workers hand over request bodies, where the SDK would need every value rebuilt as an object on
 * this thread first, roughly doubling the writing time for the same stored bytes.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { keys } from '../../src/adapters/forge/keys';
import {
  mergeAggregates,
  SITE,
  siteDay,
  type PeriodAggregate,
} from '../../src/domain/aggregates/day-aggregate';
import { buildMonth } from '../../src/domain/aggregates/period-tree';
import type { LocalKvs } from '../../src/local/kvs';
import { planDesk, type DeskShape } from './desk';
import type { FactShards } from './fact-shards';
import type { MonthMessage, SeedJob } from './seed-worker';

export interface SeedReport {
  ms: number;
  tickets: number;
  facts: number;
  factBytes: number;
  dayAggregates: number;
  dayBytes: number;
  dayMaxBytes: number;
  dayP50Bytes: number;
  monthAggregates: number;
  blockAggregates: number;
  siteValues: number;
  siteMaxBytes: number;
  monthBytes: number;
  monthMaxBytes: number;
  /** Values `LocalKvs` refused, by error code (over 240 KiB: `MAX_SIZE` or similar). */
  refused: Record<string, number>;
  refusedKeys: string[];
  daysOverLimit: number;
  /** Responses per project, for choosing and describing the measured projects. */
  responsesByProject: Map<string, number>;
}

const WORKERS = 2;

export async function seed(
  shape: DeskShape,
  main: LocalKvs,
  shards: FactShards,
  asOf: number,
  progress: (line: string) => void,
): Promise<SeedReport> {
  const started = performance.now();
  const projects = planDesk(shape);
  const firstIssueIds: number[] = [];
  let next = 100_000;
  for (const project of projects) {
    firstIssueIds.push(next);
    next += project.perDay.reduce((sum, count) => sum + count, 0);
  }
  const report: SeedReport = {
    ms: 0,
    tickets: next - 100_000,
    facts: 0,
    factBytes: 0,
    dayAggregates: 0,
    dayBytes: 0,
    dayMaxBytes: 0,
    dayP50Bytes: 0,
    monthAggregates: 0,
    blockAggregates: 0,
    siteValues: 0,
    siteMaxBytes: 0,
    monthBytes: 0,
    monthMaxBytes: 0,
    refused: {},
    refusedKeys: [],
    daysOverLimit: 0,
    responsesByProject: new Map(
      projects.map((project) => [project.key, project.perDay.reduce((sum, count) => sum + count, 0)]),
    ),
  };
  const daySizes: number[] = [];
  // Largest projects first, dealt alternately, so both workers finish at about the same time.
  const order = projects.map((_, index) => index).sort((a, b) => projects[b]!.share - projects[a]!.share);
  let written = Promise.resolve();
  let months = 0;
  const totalMonths = projects.length * new Set(dayMonths(shape)).size;

  // The site-wide day totals, merged project by project as the months arrive.
  const siteDays = new Map<string, PeriodAggregate>();
  const write = async (message: MonthMessage) => {
    const shard = shards.shard(message.projectKey, message.month);
    for (const body of message.factBodies) await send(shard, body, report);
    for (const body of message.aggregateBodies) await send(main, body, report);
    for (const totals of message.dayTotals) {
      const own = siteDay(totals.period, [totals]);
      const before = siteDays.get(totals.period);
      siteDays.set(
        totals.period,
        before ? mergeAggregates([before, own], { projectKey: SITE, period: totals.period }) : own,
      );
    }
    report.blockAggregates += message.blocks;
    report.facts += message.facts;
    report.factBytes += message.factBytes;
    report.dayAggregates += message.days;
    report.dayBytes += message.dayBytes.reduce((sum, bytes) => sum + bytes, 0);
    report.dayMaxBytes = Math.max(report.dayMaxBytes, ...message.dayBytes);
    daySizes.push(...message.dayBytes);
    report.daysOverLimit += message.daysOverLimit;
    report.monthAggregates += 1;
    report.monthBytes += message.monthBytes;
    report.monthMaxBytes = Math.max(report.monthMaxBytes, message.monthBytes);
    months += 1;
    if (months % 250 === 0) {
      progress(
        `  seeded ${months} of ~${totalMonths} project-months, ${fmt(report.facts)} facts, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  };

  await Promise.all(
    Array.from({ length: WORKERS }, (_, w) => {
      const job: SeedJob = {
        shape,
        projectIndexes: order.filter((_, position) => position % WORKERS === w),
        firstIssueIds,
        asOf,
      };
      return new Promise<void>((resolve, reject) => {
        // Worker threads do not inherit tsx's loader: register it first, then load the worker.
        const worker = new Worker(
          "require('tsx/cjs'); require(require('node:worker_threads').workerData.file);",
          { eval: true, workerData: { ...job, file: join(__dirname, 'seed-worker.ts') } },
        );
        worker.on('message', (message: MonthMessage | { kind: 'done' }) => {
          if (message.kind === 'done') {
            written.then(() => worker.terminate()).then(() => resolve(), reject);
            return;
          }
          written = written.then(() => write(message));
          written.catch(reject);
        });
        worker.on('error', reject);
      });
    }),
  );
  await written;
  // What the site rollups leave: each month's site days, blocks and month, and one key per project.
  const siteItems: Array<{ key: string; value: unknown }> = projects.map((project) => ({
    key: keys.project(project.key),
    value: 1,
  }));
  const byMonth = new Map<string, PeriodAggregate[]>();
  for (const day of [...siteDays.keys()].sort()) {
    byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), siteDays.get(day)!]);
  }
  for (const [month, days] of byMonth) {
    for (const value of buildMonth(SITE, month, days)) {
      siteItems.push({ key: keys.aggregate(SITE, value.period, 'totals'), value });
      report.siteValues += 1;
      report.siteMaxBytes = Math.max(report.siteMaxBytes, Buffer.byteLength(JSON.stringify(value)));
    }
  }
  for (let start = 0; start < siteItems.length; start += 25) {
    await send(main, JSON.stringify(siteItems.slice(start, start + 25)), report);
  }
  daySizes.sort((a, b) => a - b);
  report.dayP50Bytes = daySizes[Math.floor(daySizes.length / 2)] ?? 0;
  report.ms = performance.now() - started;
  return report;
}

async function send(kvs: LocalKvs, body: string, report: SeedReport): Promise<void> {
  const response = await kvs.fetch('/api/v1/batch/set', { method: 'POST', body });
  if (!response.ok) throw new Error(`batch/set answered ${response.status}: ${await response.text()}`);
  const answer = (await response.json()) as { failedKeys: Array<{ key: string; error: { code: string } }> };
  for (const failed of answer.failedKeys) {
    report.refused[failed.error.code] = (report.refused[failed.error.code] ?? 0) + 1;
    if (report.refusedKeys.length < 1000) report.refusedKeys.push(failed.key);
  }
}

function dayMonths(shape: DeskShape): string[] {
  const last = Date.parse(`${shape.today}T00:00:00Z`);
  return Array.from({ length: shape.days }, (_, index) =>
    new Date(last - index * 86_400_000).toISOString().slice(0, 7),
  );
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
