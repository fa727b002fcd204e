/**
 * Survey loop benchmark: `npm run bench:survey`. Runs the real handlers on the local runtime
 * (manual clock, fresh data folder, seeded site) and prints:
 * 1. KVS operations per resolution event and per response (goal ≤ 3 each), beside a naive
 *    design measured in the same run. An operation is one SDK request to KVS (one
 *    `__forge_fetch__` call: a get, a batch, a query or a whole transaction); reads and writes
 *    count items, and units are Forge's 10 KB metering units.
 * 2. The sweeper's invitations per minute with 50 ms per Jira call and a burst of 429s on the
 *    comment endpoint, and that every survey was invited exactly once.
 */
import { kvs } from '@forge/kvs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../src/domain/settings/default-settings';
import type { KvsStats } from '../src/local/kvs/stats';
import { createLocalSite, type LocalSite } from '../src/local/server/compose';
import { addJiraLatency } from './support/jira-latency';
import { benchNps } from './support/nps-cost';
import { naiveResolution, naiveResponse } from './support/naive-survey';

const ROOT = join(__dirname, '..');
const SEED = 42;
const EVENTS = 200;
const SWEPT = 900;
const LATENCY_MS = 50;
const OPS_GOAL = 3;
const ONE_CLICK = 100;

type Counters = Pick<KvsStats, 'reads' | 'writes' | 'readUnits' | 'writeUnits' | 'operations'>;

const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string, rest = '') =>
  console.log(`  ${label.padEnd(44)} ${value.padStart(10)}   ${rest}`);
const phase = (name: string, since: number) =>
  console.error(`  [${name}: ${((performance.now() - since) / 1000).toFixed(1)} s]`);
const requestsOf = (stats: Counters) => Object.values(stats.operations).reduce((sum, n) => sum + n, 0);

async function measure(local: LocalSite, work: () => Promise<void>): Promise<Counters> {
  await local.runtime.idle();
  local.kvs.resetStats();
  await work();
  await local.runtime.idle();
  return local.kvs.stats();
}

function printOps(title: string, real: Counters, naive: Counters, n: number) {
  const realOps = requestsOf(real) / n;
  const naiveOps = requestsOf(naive) / n;
  console.log(`\n${title} (n = ${n})`);
  line(
    'KVS requests per event',
    fmt(realOps),
    `naive ${fmt(naiveOps)}   ${fmt(naiveOps / realOps, 1)}x fewer   goal ≤ ${OPS_GOAL}: ${realOps <= OPS_GOAL ? 'met' : 'NOT met'}`,
  );
  line(
    '  by request',
    '',
    Object.entries(real.operations)
      .map(([op, count]) => `${op} ${fmt(count / n)}`)
      .join(', '),
  );
  line(
    'items read / written per event',
    `${fmt(real.reads / n)} / ${fmt(real.writes / n)}`,
    `naive ${fmt(naive.reads / n)} / ${fmt(naive.writes / n)}`,
  );
  line(
    '10 KB units read / written per event',
    `${fmt(real.readUnits / n)} / ${fmt(real.writeUnits / n)}`,
    `naive ${fmt(naive.readUnits / n)} / ${fmt(naive.writeUnits / n)}`,
  );
}

const portalCall = (key: string, accountId: string) => ({
  moduleKey: 'cx-portal-survey',
  accountId,
  accountType: 'customer',
  localId: 'portal',
  extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key } },
});

/** Requests to resolve: open ones first, then resolved ones reopened on the site (no event sent). */
function requestsToResolve(local: LocalSite, count: number, skip: Set<string>): string[] {
  const all = local.site.listRequests({ limit: 100_000 }).filter((request) => !skip.has(request.key));
  const picked = [
    ...all.filter((r) => r.resolution === null),
    ...all.filter((r) => r.resolution !== null),
  ].slice(0, count);
  if (picked.length < count) throw new Error(`The seeded site has only ${picked.length} requests.`);
  for (const request of picked) if (request.resolution !== null) local.site.reopen(request.key);
  return picked.map((request) => request.key);
}

const advance = async (local: LocalSite, seconds: number) => {
  await local.clock.advance(seconds);
  await local.runtime.idle();
};

async function main() {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-bench-survey-'));
  const local = await createLocalSite({
    appDir: ROOT,
    dataDir,
    clockMode: 'manual',
    start: new Date('2026-03-02T09:00:00Z'),
    reseed: true,
    seed: SEED,
    months: 2,
    replayHistory: false,
  });
  const jira = addJiraLatency(local);
  try {
    // Every resolution surveyed: no throttle, so the figures are per surveyed event.
    await kvs.set('settings', { ...defaultSettings(), throttleDays: 0 });
    const used = new Set<string>();
    const keys = requestsToResolve(local, EVENTS, used);
    keys.forEach((key) => used.add(key));
    console.log(`Survey loop benchmark — seed ${SEED}, real handlers on the local runtime`);
    phase('seeded', started);

    // 1a. Resolution events.
    const resolutions = await measure(local, async () => {
      for (const key of keys) await local.runtime.deliverProductEvent(local.site.resolve(key));
    });
    const sample = local.site.request(keys[0]!)!;
    const stored = await kvs.entity<{ state: unknown }>('ticket').get(sample.issueId);
    const customer = await kvs.entity<{ state: unknown }>('customer').get(sample.reporterId);
    const naiveValues = { ticket: stored?.state, customer: customer?.state, facts: stored?.state };
    const naiveResolutions = await measure(local, async () => {
      for (const key of keys) {
        const request = local.site.request(key)!;
        await naiveResolution(request.issueId, request.reporterId, naiveValues);
      }
    });
    printOps('1. KVS per resolution event', resolutions, naiveResolutions, EVENTS);
    phase('resolutions', started);

    // 1b. Responses, once the invitations are out.
    await advance(local, 65 * 60);
    const responses = await measure(local, async () => {
      for (const [i, key] of keys.entries()) {
        const reporter = local.site.request(key)!.reporterId;
        const answer = (await local.runtime.invokeResolver(
          'resolver',
          portalCall(key, reporter),
          'submitSurvey',
          {
            ces: 1 + (i % 7),
            csat: 1 + (i % 5),
            comment: i % 3 === 0 ? 'Thanks for the quick help' : undefined,
          },
        )) as { ok: boolean; error?: { message: string } };
        if (!answer.ok) throw new Error(`Answer to ${key} refused: ${answer.error?.message}`);
      }
    });
    const naiveResponses = await measure(local, async () => {
      for (const key of keys) {
        const request = local.site.request(key)!;
        await naiveResponse(request.issueId, request.reporterId, naiveValues);
      }
    });
    printOps('1. KVS per response', responses, naiveResponses, EVENTS);
    phase('responses', started);

    // 1c. One-click answers from the invitation's links, beside the portal's answers above.
    const clicked = requestsToResolve(local, ONE_CLICK, used);
    clicked.forEach((key) => used.add(key));
    for (const key of clicked) await local.runtime.deliverProductEvent(local.site.resolve(key));
    await advance(local, 65 * 60);
    const linkOf = (key: string, score: number) => {
      const comment = local.site
        .request(key)!
        .comments.find((c) => c.authorId === local.site.appAccountId() && c.public)!;
      return new URL(comment.body.match(new RegExp(`\\[${score}\\|([^\\]]+)\\]`))![1]!);
    };
    const webTrigger = (url: URL, method: string, body?: string) =>
      local.runtime.invokeWebTrigger(url.pathname.split('/')[2]!, {
        method,
        path: url.pathname,
        userPath: '',
        headers: method === 'POST' ? { 'content-type': ['application/x-www-form-urlencoded'] } : {},
        queryParameters: { t: [url.searchParams.get('t')!] },
        ...(body !== undefined ? { body } : {}),
      });
    const opened = await measure(local, async () => {
      for (const [i, key] of clicked.entries()) await webTrigger(linkOf(key, 1 + (i % 7)), 'GET');
    });
    const oneClick = await measure(local, async () => {
      for (const [i, key] of clicked.entries()) {
        const page = await webTrigger(
          linkOf(key, 1 + (i % 7)),
          'POST',
          `first=${1 + (i % 7)}&second=${1 + (i % 5)}`,
        );
        if (page.status !== 200) throw new Error(`One-click answer to ${key} refused: ${page.status}`);
      }
    });
    console.log(`\n1. KVS per one-click answer (n = ${ONE_CLICK}), beside the portal's`);
    line(
      'KVS requests per answer: one-click POST',
      fmt(requestsOf(oneClick) / ONE_CLICK),
      `portal ${fmt(requestsOf(responses) / EVENTS)}   goal ≤ ${OPS_GOAL}: ${requestsOf(oneClick) / ONE_CLICK <= OPS_GOAL ? 'met' : 'NOT met'}`,
    );
    line(
      '  by request',
      '',
      Object.entries(oneClick.operations)
        .map(([op, count]) => `${op} ${fmt(count / ONE_CLICK)}`)
        .join(', '),
    );
    line(
      'KVS requests per page opened (GET, no write)',
      fmt(requestsOf(opened) / ONE_CLICK),
      `items written ${opened.writes}`,
    );
    phase('one-click answers', started);

    // 2. Sweeper throughput under latency and rate limits.
    await advance(local, 24 * 3600); // quiet: earlier surveys done, rollups settled
    const swept = requestsToResolve(local, SWEPT, used);
    for (const key of swept) await local.runtime.deliverProductEvent(local.site.resolve(key));
    const dueAt = local.clock.now() + 3600_000;
    phase('sweeper set-up', started);
    jira.ms = LATENCY_MS;
    jira.commentsPostedAt = [];
    local.site.faults.add({
      pathPattern: /\/comment$/,
      method: 'POST',
      status: 429,
      retryAfterSeconds: 60,
      times: 20,
    });
    const invitedOnce = () =>
      swept.filter(
        (key) =>
          local.site
            .request(key)!
            .comments.filter((c) => c.authorId === local.site.appAccountId() && c.public).length === 1,
      ).length;
    let sweeps = 0;
    const sweepRuns = new Map<string, number>();
    for (let minute = 0; minute < 6 * 60 && invitedOnce() < SWEPT; minute += 5) {
      const tickFrom = new Date(local.clock.now()).toISOString();
      // Each five-minute tick runs the sweeper, then the rebuilds its commits asked for.
      await advance(local, 5 * 60);
      sweeps += 1;
      for (const record of local.runtime.log.recent(500)) {
        if (record.functionKey === 'five-minute-tick' && record.at >= tickFrom)
          sweepRuns.set(record.at, record.ms);
      }
    }
    jira.ms = 0;
    phase('sweeps', started);
    const sweepWallMs = [...sweepRuns.values()].reduce((sum, ms) => sum + ms, 0);
    const invitations = jira.commentsPostedAt.length;
    const lastAt = Math.max(...jira.commentsPostedAt);
    const simulatedMinutes = (lastAt - dueAt) / 60_000;
    const counts = swept.map(
      (key) =>
        local.site.request(key)!.comments.filter((c) => c.authorId === local.site.appAccountId() && c.public)
          .length,
    );
    const once = counts.filter((count) => count === 1).length;
    const twice = counts.filter((count) => count > 1).length;

    console.log(
      `\n2. Sweeper (${SWEPT} due surveys, ${LATENCY_MS} ms per Jira call, 20 × 429 Retry-After 60 s on comments)`,
    );
    line(
      'invitations posted',
      String(invitations),
      `${sweeps} five-minute ticks, ${sweepRuns.size} sweeper runs`,
    );
    line(
      'invitations per minute of sweeper time',
      fmt(invitations / (sweepWallMs / 60_000), 0),
      `wall, ${fmt(sweepWallMs / 1000, 1)} s of sweeper invocations`,
    );
    line(
      'invitations per simulated minute',
      fmt(invitations / simulatedMinutes, 0),
      `${fmt(simulatedMinutes, 1)} min from due to the last invitation`,
    );
    line('429 answers met', String(jira.rateLimited), 'each deferred to its Retry-After, none dropped');
    line(
      'surveys invited exactly once',
      `${once}/${SWEPT}`,
      `goal ${SWEPT}/${SWEPT}: ${once === SWEPT && twice === 0 ? 'met' : `NOT met (${twice} more than once)`}`,
    );
    line(
      'all invited within 24 h of resolution',
      (lastAt - dueAt + 3600_000) / 3600_000 < 24 ? 'yes' : 'no',
      `last ${fmt((lastAt - dueAt) / 60_000 + 60, 0)} min after resolution`,
    );
    // 3. The NPS prompt of the customers whose requests were resolved in 1a.
    const reporters = [...new Set(keys.map((key) => local.site.request(key)!.reporterId))];
    await benchNps(local, reporters, { measure, line, fmt, goal: OPS_GOAL });
    phase('nps', started);
    console.log(`\nbenchmark wall time ${fmt((performance.now() - started) / 1000, 1)} s`);
  } finally {
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
