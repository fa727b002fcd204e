/**
 * History import benchmark: `npm run bench:backfill` (about 50,000 requests; `-- --quick` for about
 * 5,000). Runs the real resolvers, queue consumers and scheduled catch-up on the local runtime
 * (manual clock, fresh data folder) against a seeded site, imports the history, then runs
 * "Rebuild figures" over what was imported, and prints:
 * - how long seeding took; wall and simulated time of the import; requests imported per minute;
 * - Jira calls per ticket by kind, and KVS requests, items and 10 KB units per ticket;
 * - the 429s met (from the rate limit below and three injected on the search), the one forced
 *   interruption and where the scheduled catch-up resumed it;
 * - for the import and for the rebuild, the queue pushes beside Forge's async-event limits
 *   (https://developer.atlassian.com/platform/forge/limits-async-events/), as the local runtime
 *   counted them: the most events pushed in any 60 s, the longest chain of pushes (each made by a
 *   consumer of the one before), the most pushes in one invocation tree, how many trees (chains)
 *   the job's steps came from, and any push refused;
 * - the peak Jira calls in any minute of simulated time, beside the limit;
 * - correctness: every request imported and stored once, and the scorecard's FCR and MTTA over
 *   the last 30 days equal to the calculator over the seed's ground truth.
 *
 * Rate limit: 600 Jira calls per minute of simulated time, across every call the app makes. Jira
 * Cloud meters apps in three ways at once (a points quota per hour, per-endpoint request rates
 * per second with a burst buffer, per-issue write limits); a sustained 10 calls a second is the
 * steady rate an app can plan on for one site, and leaves the hourly points to live capture and
 * other apps. The limit is a sliding 60 s window answered with 429 and the `Retry-After` that
 * frees a slot, as Jira does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackfillStatus } from '../src/contract/backfill';
import type { Envelope } from '../src/contract/envelope';
import { kvs, WhereConditions } from '@forge/kvs';
import type { RebuildRun } from '../src/app/aggregates/rebuild-aggregates';
import { keys } from '../src/adapters/forge/keys';
import type { KvsStats } from '../src/local/kvs/stats';
import { ASYNC_EVENT_LIMITS, type AsyncEventStats } from '../src/local/platform/async-event-limits';
import { createLocalSite, type LocalSite } from '../src/local/server/compose';
import { scorecardAgainstTruth, storedTickets } from './backfill/checks';
import { JiraMeter } from './backfill/jira-meter';

const ROOT = join(__dirname, '..');
const printError = console.error.bind(console);
const QUICK = process.argv.includes('--quick');
const requestsArg = process.argv.indexOf('--requests');
/** About this many requests are seeded (`--requests N` overrides, for profiling at other sizes). */
const TARGET = requestsArg > 0 ? Number(process.argv[requestsArg + 1]) : QUICK ? 5_000 : 50_000;
const SEED = 42;
const MONTHS = 24;
const START = new Date('2026-03-02T09:00:00Z');
const LIMIT_PER_MINUTE = 600;
/** The import's search page size (src/adapters/forge/jira-issue-history.ts). */
const PAGE = 50;
const STEP_SECONDS = 60;
/** Give up after this much simulated time: an import that has not finished by then is stuck. */
const GIVE_UP_SECONDS = 2 * 24 * 3600;
const DAY = 86_400_000;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(40)} ${value.padStart(14)}   ${note}`.trimEnd());
const yesNo = (ok: boolean) => (ok ? 'yes' : 'NO');
const minutes = (ms: number) => `${fmt(ms / 60_000, 1)} min`;
const seconds = (ms: number) => `${fmt(ms / 1000, 1)} s`;

type Admin = { accountId: string };

async function backfill(local: LocalSite, admin: Admin, key: string, payload: unknown = {}) {
  return adminCall<BackfillStatus>(local, admin, key, payload);
}

async function adminCall<T>(local: LocalSite, admin: Admin, key: string, payload: unknown = {}): Promise<T> {
  const answer = await adminAnswer<T>(local, admin, key, payload);
  if (!answer.ok) throw new Error(`${key}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

/**
 * A status poll, as the admin page makes it: the resolver first asks Jira whether the caller is an
 * administrator, and while the import holds the Jira rate limit that check may meet a 429
 * (UNAVAILABLE); the page then shows what it last had and polls again, and so does this.
 */
async function poll<T>(local: LocalSite, admin: Admin, key: string, last: T): Promise<T> {
  const answer = await adminAnswer<T>(local, admin, key);
  if (answer.ok) return answer.data;
  if (answer.error.code === 'UNAVAILABLE') return last;
  throw new Error(`${key}: ${answer.error.code} ${answer.error.message}`);
}

async function adminAnswer<T>(local: LocalSite, admin: Admin, key: string, payload: unknown = {}) {
  return (await local.runtime.invokeResolver(
    'resolver',
    {
      moduleKey: 'cx-admin',
      accountId: admin.accountId,
      accountType: 'licensed',
      localId: 'b',
      extension: { type: 'jira:adminPage' },
    },
    key,
    payload,
  )) as Envelope<T>;
}

/** Days still marked for a rebuild (project or site-wide): 0 once every rollup asked for has run. */
async function markersLeft(): Promise<number> {
  let count = 0;
  for (const prefix of [keys.dirtyPrefix, keys.siteDirtyPrefix]) {
    const page = await kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(1).getMany();
    count += page.results.length;
  }
  return count;
}

/** Moves the clock a step at a time until no day is left marked (at most `maxSteps`). */
async function drainRollups(local: LocalSite, maxSteps = 60): Promise<void> {
  for (let step = 0; step < maxSteps && (await markersLeft()) > 0; step += 1) {
    await local.clock.advance(STEP_SECONDS);
    await local.runtime.idle();
  }
}

/** The queue pushes of a job beside Forge's async-event limits. */
function printAsyncEvents(stats: AsyncEventStats, stepQueue: string): void {
  const limits = ASYNC_EVENT_LIMITS;
  const under = (value: number, limit: number) =>
    `limit ${fmt(limit)}: ${value <= limit ? 'under' : 'EXCEEDED'}`;
  const queue = (name: string) => stats.queues[name] ?? { pushes: 0, events: 0, trees: 0 };
  line(
    'pushes / events',
    `${fmt(stats.pushes)} / ${fmt(stats.events)}`,
    Object.entries(stats.queues)
      .map(([name, counts]) => `${name} ${fmt(counts.pushes)}/${fmt(counts.events)}`)
      .join(', '),
  );
  line(
    'events pushed in any 60 s (peak)',
    fmt(stats.peakEventsPerMinute),
    `${under(stats.peakEventsPerMinute, limits.eventsPerMinute)} (per installation)`,
  );
  line(
    'longest push chain',
    fmt(stats.longestChain),
    `${under(stats.longestChain, limits.pushesPerInvocationTree)} (pushes in one tree)`,
  );
  line(
    'most pushes in one invocation tree',
    fmt(stats.mostPushesInOneTree),
    under(stats.mostPushesInOneTree, limits.pushesPerInvocationTree),
  );
  line(
    `invocation trees that pushed ${stepQueue}`,
    fmt(queue(stepQueue).trees),
    'the chains: one started on the admin page, the rest by the catch-up',
  );
  const refused = Object.entries(stats.refused).filter(([, n]) => n > 0);
  line(
    'pushes refused',
    fmt(refused.reduce((sum, [, n]) => sum + n, 0)),
    refused.map(([kind, n]) => `${kind} ${n}`).join(', '),
  );
}

/** Wall time spent inside the local KVS, and in its key queries, which scan the whole key space. */
function timeKvs(local: LocalSite) {
  const spent = { ms: 0, queryMs: 0, queries: 0 };
  const original = local.kvs.fetch.bind(local.kvs);
  local.kvs.fetch = async (path, init) => {
    const started = performance.now();
    try {
      return await original(path, init);
    } finally {
      const ms = performance.now() - started;
      spent.ms += ms;
      if (path.startsWith('/api/v1/query')) {
        spent.queryMs += ms;
        spent.queries += 1;
      }
    }
  };
  return spent;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-bench-backfill-'));
  // The site's own seed is kept small (one month) and replaced below by the benchmark's.
  const local = await createLocalSite({
    appDir: ROOT,
    dataDir,
    clockMode: 'manual',
    start: START,
    reseed: true,
    seed: SEED,
    months: 1,
    replayHistory: false,
  });
  try {
    await run(local, dataDir);
  } finally {
    await local.runtime.stop();
    local.clock.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(local: LocalSite, dataDir: string): Promise<void> {
  const now = local.clock.date();
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - MONTHS);
  const perDay = TARGET / ((now.getTime() - from.getTime()) / DAY);

  console.log(
    `node ${process.version}, seed ${SEED}, ${MONTHS} months × ${fmt(perDay, 2)} requests a day${QUICK ? ' (--quick)' : ''}\n`,
  );
  const seedStart = performance.now();
  const truth = local.site.seed({ seed: SEED, months: MONTHS, now, perDay });
  const seedMs = performance.now() - seedStart;
  const requests = truth.tickets.length;
  const resolved = truth.tickets.filter((ticket) => ticket.resolvedAt).length;
  line('requests seeded', fmt(requests), `${fmt(resolved)} resolved`);
  line('seeding took', seconds(seedMs));

  const admin = local.site.agents().find((agent) => agent.admin);
  if (!admin) throw new Error('The seeded site has no admin agent');
  const pages = Math.ceil(requests / PAGE);
  const meter = new JiraMeter(local, LIMIT_PER_MINUTE, Math.floor(pages / 2));
  local.site.faults.add({ pathPattern: /search\/jql/, status: 429, retryAfterSeconds: 30, times: 3 });

  // Failed invocations are logged by the runtime on stderr; keep them for the summary instead.
  const failures: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void failures.push(args.map(String).join(' '));

  const kvsWall = timeKvs(local);
  await local.runtime.idle();
  local.kvs.resetStats();
  local.runtime.asyncEvents.resetStats();
  const wallStart = performance.now();
  const simStart = local.clock.now();
  let status = await backfill(local, admin, 'startBackfill', { months: MONTHS });
  const total = status.total;
  let polls = 0;
  let stalledPolls = 0;
  let lastUpdate = status.updatedAt;
  while (status.state !== 'done' && local.clock.now() - simStart < GIVE_UP_SECONDS * 1000) {
    await local.clock.advance(STEP_SECONDS);
    await local.runtime.idle();
    status = await poll(local, admin, 'getBackfill', status);
    polls += 1;
    if (status.updatedAt === lastUpdate && status.state === 'running') stalledPolls += 1;
    lastUpdate = status.updatedAt;
  }
  const wallMs = performance.now() - wallStart;
  // Where the import's wall time went, before the rollups and the rebuild add to the same counters.
  const importKvsWall = { ...kvsWall };
  const importJiraMs = meter.wallMs;
  const simMs = Date.parse(status.updatedAt ?? '') - Date.parse(status.startedAt ?? '');
  // Day rollups the import asked for are rebuilt by their own consumer; let them finish so their
  // storage work counts towards the import.
  await local.clock.advance(120);
  await local.runtime.idle();
  await drainRollups(local);
  const kvsStats: KvsStats = local.kvs.stats();
  const importEvents = local.runtime.asyncEvents.stats();

  // "Rebuild figures" on the admin page, over everything imported.
  local.runtime.asyncEvents.resetStats();
  const rebuildWallStart = performance.now();
  const rebuildSimStart = local.clock.now();
  let rebuild = await adminCall<RebuildRun>(local, admin, 'rebuildFigures');
  let rebuildSteps = 0;
  while (rebuild.state !== 'done' && local.clock.now() - rebuildSimStart < GIVE_UP_SECONDS * 1000) {
    await local.clock.advance(STEP_SECONDS);
    await local.runtime.idle();
    rebuild = (await poll<RebuildRun | null>(local, admin, 'getRebuild', rebuild)) ?? rebuild;
    rebuildSteps += 1;
  }
  const scannedAt = local.clock.now();
  await drainRollups(local);
  const rebuildWallMs = performance.now() - rebuildWallStart;
  const rebuildEvents = local.runtime.asyncEvents.stats();
  const markersAfter = await markersLeft();
  console.error = consoleError;

  console.log('\nimport');
  line('state', status.state, `${fmt(status.done)} of ${fmt(status.total)} done, ${status.errors} errors`);
  line('wall time', seconds(wallMs));
  line('simulated time', minutes(simMs), `start to last page; ${polls} steps of ${STEP_SECONDS} s`);
  line('requests imported per simulated minute', fmt(status.done / (simMs / 60_000), 1));
  line('requests imported per wall minute', fmt(status.done / (wallMs / 60_000)));
  line('Jira calls per simulated minute', fmt(meter.total / (simMs / 60_000), 1), 'mean');
  line('Jira calls per wall minute', fmt(meter.total / (wallMs / 60_000)));

  console.log('\nJira calls');
  const perTicket = (n: number) => fmt(n / Math.max(1, status.done), 3);
  line('all calls', fmt(meter.total), `${perTicket(meter.total)} per ticket`);
  line('  search pages', fmt(meter.calls.search), `${perTicket(meter.calls.search)} per ticket`);
  line(
    '  feedback (JSM ratings)',
    fmt(meter.calls.feedback),
    `${perTicket(meter.calls.feedback)} per ticket`,
  );
  const other = meter.calls.count + meter.calls.desks + meter.calls.other;
  line(
    '  other',
    fmt(other),
    `${perTicket(other)} per ticket (count ${meter.calls.count}, desks ${meter.calls.desks}, rest ${meter.calls.other})`,
  );
  line('429s met', fmt(meter.rateLimited), `${meter.limited} from the limit, ${meter.injected429} injected`);
  line(
    'peak calls in any 60 s (simulated)',
    fmt(meter.peakSliding),
    `limit ${fmt(LIMIT_PER_MINUTE)}: ${meter.peakSliding <= LIMIT_PER_MINUTE ? 'under' : 'EXCEEDED'}`,
  );
  line(
    'peak calls in a calendar minute',
    fmt(meter.peakCalendarMinute),
    `limit ${fmt(LIMIT_PER_MINUTE)}: ${meter.peakCalendarMinute <= LIMIT_PER_MINUTE ? 'under' : 'EXCEEDED'}`,
  );

  console.log('\nwhere the wall time went');
  line('local KVS', seconds(importKvsWall.ms), `${fmt((100 * importKvsWall.ms) / wallMs)} % of the import`);
  line(
    '  of which key queries (prefix scans)',
    seconds(importKvsWall.queryMs),
    `${fmt(importKvsWall.queries)} queries`,
  );
  line('simulated Jira', seconds(importJiraMs), `${fmt((100 * importJiraMs) / wallMs)} % of the import`);
  line('app code, SDKs and runtime', seconds(wallMs - importKvsWall.ms - importJiraMs));

  console.log('\ninterruption');
  const cut = meter.interruption;
  line('search page refused with 400', cut ? 'yes' : 'NO', cut ? `at ${new Date(cut.at).toISOString()}` : '');
  line('consumer failures logged', fmt(failures.length), failures[0]?.slice(0, 90) ?? '');
  line('steps with no progress', fmt(stalledPolls), `of ${STEP_SECONDS} s each`);
  const resumed = cut?.resumedAt != null;
  line(
    'resumed by the scheduled catch-up',
    yesNo(resumed),
    resumed ? `at ${new Date(cut.resumedAt!).toISOString()}, after ${minutes(cut.resumedAt! - cut.at)}` : '',
  );
  line(
    'resumed on the page it stopped at',
    yesNo(resumed && cut.resumedPageToken === cut.pageToken),
    cut ? `page token ${cut.pageToken ?? '(first page)'}` : '',
  );

  console.log('\nKVS (import and the day rollups it asked for)');
  const sdkRequests = Object.values(kvsStats.operations).reduce((sum, n) => sum + n, 0);
  line(
    'SDK requests',
    fmt(sdkRequests),
    `${perTicket(sdkRequests)} per ticket (includes ${polls} status polls)`,
  );
  line(
    '  by operation',
    '',
    Object.entries(kvsStats.operations)
      .sort(([, a], [, b]) => b - a)
      .map(([op, n]) => `${op} ${perTicket(n)}`)
      .join(', '),
  );
  line('items read', fmt(kvsStats.reads), `${perTicket(kvsStats.reads)} per ticket`);
  line('items written', fmt(kvsStats.writes), `${perTicket(kvsStats.writes)} per ticket`);
  line('read units (10 KB)', fmt(kvsStats.readUnits), `${perTicket(kvsStats.readUnits)} per ticket`);
  line('write units (10 KB)', fmt(kvsStats.writeUnits), `${perTicket(kvsStats.writeUnits)} per ticket`);
  line('answered with an error', fmt(kvsStats.rejected), 'nearly all 404s of a get for a missing key');
  line('stored', `${fmt(kvsStats.bytesStored / 1_048_576, 1)} MB`, `${fmt(kvsStats.keysStored)} keys`);

  console.log('\nasync events during the import (Forge: limits-async-events)');
  printAsyncEvents(importEvents, 'history-import');

  console.log('\nRebuild figures');
  line(
    'state',
    rebuild.state,
    `${fmt(rebuild.factsScanned)} facts scanned, ${fmt(rebuild.daysRequested)} days`,
  );
  line('wall time', seconds(rebuildWallMs), 'scan and every rollup it asked for');
  line(
    'simulated time',
    minutes(local.clock.now() - rebuildSimStart),
    `scan ${minutes(scannedAt - rebuildSimStart)} (${rebuildSteps} steps of ${STEP_SECONDS} s), then the rollups`,
  );
  line(
    'days still marked afterwards',
    fmt(markersAfter),
    markersAfter === 0 ? 'every rollup ran' : 'NOT DRAINED',
  );
  console.log('\nasync events during Rebuild figures (Forge: limits-async-events)');
  printAsyncEvents(rebuildEvents, 'aggregate-rebuild');

  console.log('\ncorrectness (after the import and the rebuild)');
  line(
    'done = total = requests seeded',
    yesNo(status.done === total && total === requests),
    `${fmt(status.done)} / ${fmt(total)} / ${fmt(requests)}`,
  );
  const stored = await storedTickets(local, dataDir, truth);
  line(
    'one stored ticket per request',
    yesNo(stored.stored === requests && stored.missing === 0 && stored.unknown === 0),
    `${fmt(stored.stored)} stored, ${stored.missing} missing, ${stored.unknown} unknown`,
  );
  const card = await scorecardAgainstTruth(local, admin.accountId, truth);
  for (const figure of card.figures) {
    const show = (f: { value: number | null; n: number }) =>
      `${f.value === null ? '–' : fmt(f.value, 4)} (n ${f.n})`;
    line(
      `${figure.metric.toUpperCase()} ${card.from}…${card.to} = calculator`,
      yesNo(figure.equal),
      `app ${show(figure.app)}, calculator ${show(figure.calculator)}`,
    );
  }
}

main().catch((error: unknown) => {
  // The run collects failed invocations by replacing console.error; a crash must still be seen.
  printError(error);
  process.exitCode = 1;
});
