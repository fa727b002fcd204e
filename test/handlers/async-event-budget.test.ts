import { Queue } from '@forge/events';
import { kvs, WhereConditions } from '@forge/kvs';
import type { RebuildRun } from '../../src/app/aggregates/rebuild-aggregates';
import type { BackfillRun } from '../../src/app/ports/backfill-run';
import { STEP_RESERVE } from '../../src/app/queue-chain';
import { keys } from '../../src/adapters/forge/keys';
import type { BackfillStatus } from '../../src/contract/backfill';
import type { Envelope } from '../../src/contract/envelope';
import type { Scorecard } from '../../src/contract/gadgets';
import { parseRecord } from '../../src/domain/records/canonical';
import { reportFromRecords } from '../../src/domain/report/report';
import { ASYNC_EVENT_LIMITS, type AsyncEventStats } from '../../src/local/platform/async-event-limits';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The history import and "Rebuild figures" over a seeded site, on a runtime that refuses queue
 * pushes past Forge's async-event limits: both finish without one refusal, within the per-minute
 * rate and the pushes per invocation tree. A chain whose tree is nearly spent ends, records where
 * it stopped, and the scheduled catch-up goes on from there in a new tree.
 */
describe('the import and the rebuild within Forge’s async-event limits', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite({ months: 2 });
  }, 60_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const call = async <T>(
    key: string,
    payload: unknown = {},
    moduleKey = 'cx-admin',
    extension: object = {},
  ) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: admin(),
        accountType: 'licensed',
        localId: `${key}-${local.clock.now()}`,
        extension: { type: 'jira:adminPage', ...extension },
      },
      key,
      payload,
    )) as Envelope<T>;
  const unwrap = <T>(answer: Envelope<T>): T => {
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };
  const storedBackfill = async () => (await kvs.get<BackfillRun>(keys.backfill))!;
  const storedRebuild = async () => (await kvs.get<RebuildRun>(keys.rebuild))!;
  const markersLeft = async () => {
    let count = 0;
    for (const prefix of [keys.dirtyPrefix, keys.siteDirtyPrefix]) {
      const page = await kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(1).getMany();
      count += page.results.length;
    }
    return count;
  };
  /** Moves the clock a minute at a time until `done` (at most `minutes`). */
  const until = async (done: () => Promise<boolean>, minutes: number) => {
    for (let minute = 0; minute < minutes && !(await done()); minute += 1) {
      await local.clock.advance(60);
      await local.runtime.idle();
    }
  };
  const scorecard = async () => {
    const answer = await call<Scorecard>('getScorecard', {}, 'cx-scorecard', {
      type: 'jira:dashboardGadget',
      gadgetConfiguration: {
        period: { from: '2026-01-05', to: '2026-02-25' },
        metrics: ['fcr', 'mtta', 'ttv', 'aht'],
        targets: { aht: local.clock.now() % 1000 },
      },
    });
    return unwrap(answer).tiles.map((tile) => [tile.metric, tile.value, tile.n]);
  };
  const withinLimits = (stats: AsyncEventStats) => {
    expect(stats.refused).toEqual({
      eventsPerPush: 0,
      payloadSize: 0,
      eventSize: 0,
      delay: 0,
      eventsPerMinute: 0,
      invocationTree: 0,
    });
    expect(stats.peakEventsPerMinute).toBeLessThanOrEqual(ASYNC_EVENT_LIMITS.eventsPerMinute);
    expect(stats.mostPushesInOneTree).toBeLessThanOrEqual(ASYNC_EVENT_LIMITS.pushesPerInvocationTree);
  };

  it('imports every request with no push refused, one rollup request per page rather than per ticket', async () => {
    local.runtime.asyncEvents.resetStats();
    const started = unwrap(await call<BackfillStatus>('startBackfill', { months: 3 }));
    const total = started.total;
    expect(total).toBe(local.site.listRequests({ limit: 100_000 }).length);
    await until(async () => unwrap(await call<BackfillStatus>('getBackfill')).state === 'done', 120);
    await until(async () => (await markersLeft()) === 0, 10);
    expect(unwrap(await call<BackfillStatus>('getBackfill'))).toMatchObject({
      state: 'done',
      done: total,
      errors: 0,
    });
    expect(await markersLeft()).toBe(0);

    const stats = local.runtime.asyncEvents.stats();
    withinLimits(stats);
    const pages = stats.queues['history-import']!.pushes;
    expect(pages).toBe(Math.ceil(total / 50));
    // One request of rollups per page (their events one per project month), never one per ticket.
    expect(stats.queues['aggregate-rollups']!.pushes).toBeLessThan(3 * pages);
    expect(stats.queues['aggregate-rollups']!.pushes).toBeLessThan(total / 10);
    // One chain, started by the admin's call; the pages came one after another.
    expect(stats.queues['history-import']!.trees).toBe(1);
    expect(stats.longestChain).toBeGreaterThanOrEqual(pages);
  }, 240_000);

  it('rebuilds the figures with no push refused, to the same figures', async () => {
    const before = await scorecard();
    local.runtime.asyncEvents.resetStats();
    expect(unwrap(await call<RebuildRun>('rebuildFigures'))).toMatchObject({ state: 'running' });
    await until(async () => (await storedRebuild()).state === 'done', 60);
    await until(async () => (await markersLeft()) === 0, 10);
    expect(await storedRebuild()).toMatchObject({ state: 'done', chainEnded: null });
    expect(await markersLeft()).toBe(0);
    withinLimits(local.runtime.asyncEvents.stats());
    await local.clock.advance(400); // past the gadget cache
    expect(await scorecard()).toEqual(before);
  }, 120_000);

  it('ends an import chain whose tree is nearly spent, records where, and the catch-up goes on in a new tree', async () => {
    // The first page fails for good (not retried), so no chain is left; then a page request
    // arrives whose tree can afford one step at most, as at the end of a long chain.
    local.site.faults.add({ pathPattern: /search\/jql/, status: 400, times: 1 });
    const started = unwrap(await call<BackfillStatus>('startBackfill', { months: 3 }));
    await local.runtime.idle();
    local.runtime.asyncEvents.resetStats();
    const { id } = await storedBackfill();
    await new Queue({ key: 'history-import' }).push([{ body: { runId: id, allowance: STEP_RESERVE } }]);
    await local.clock.advance(1);
    await local.runtime.idle();

    const stopped = await storedBackfill();
    expect(stopped.progress).toMatchObject({ state: 'running', done: 50 });
    expect(stopped.progress.cursor).not.toBeNull();
    expect(stopped.chainEnded).toMatchObject({ reason: 'this chain’s pushes are spent' });
    expect(local.runtime.asyncEvents.stats().queues['history-import']).toMatchObject({ pushes: 1 });

    // The five-minute catch-up starts the next chain from the stored cursor.
    await until(async () => unwrap(await call<BackfillStatus>('getBackfill')).state === 'done', 60);
    const finished = await storedBackfill();
    expect(finished).toMatchObject({
      chainEnded: null,
      progress: { state: 'done', done: started.total, errors: 0 },
    });
    const stats = local.runtime.asyncEvents.stats();
    withinLimits(stats);
    // The test's push, then the catch-up's chain.
    expect(stats.queues['history-import']!.trees).toBe(2);
  }, 120_000);

  it('ends a rebuild chain whose tree is nearly spent, and the catch-up finishes the scan', async () => {
    local.runtime.asyncEvents.resetStats();
    // A rebuild whose chain is lost after it started (its first part never arrives).
    const at = new Date(local.clock.now()).toISOString();
    const run: RebuildRun = {
      id: `test-${at}`,
      state: 'running',
      factsScanned: 0,
      daysRequested: 0,
      cursor: null,
      startedAt: at,
      updatedAt: at,
    };
    await kvs.set(keys.rebuild, run);
    await new Queue({ key: 'aggregate-rebuild' }).push([
      { body: { runId: run.id, allowance: STEP_RESERVE } },
    ]);
    await local.clock.advance(1);
    await local.runtime.idle();
    const stopped = await storedRebuild();
    expect(stopped).toMatchObject({
      state: 'running',
      chainEnded: { reason: 'this chain’s pushes are spent' },
    });
    expect(stopped.cursor).not.toBeNull();
    expect(stopped.factsScanned).toBeGreaterThan(0);

    await until(async () => (await storedRebuild()).state === 'done', 60);
    expect(await storedRebuild()).toMatchObject({ state: 'done', chainEnded: null });
    const stats = local.runtime.asyncEvents.stats();
    withinLimits(stats);
    expect(stats.queues['aggregate-rebuild']!.trees).toBe(2);
  }, 120_000);
});

/**
 * Live capture past the per-minute limit: a month of resolutions arriving at one instant, as a
 * bulk change in Jira would send them. Forge refuses the rollup pushes past 500 events a minute
 * with `RateLimitError`; the app keeps each commit (the days stay marked), and the five-minute
 * catch-up asks for them, so the figures are whole within minutes.
 */
describe('a burst of live resolutions past Forge’s events per minute', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite({ months: 1 });
  }, 60_000);
  afterAll(() => local.close());

  const from = '2026-02-05';
  const to = '2026-02-25';
  const figures = async () => {
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: local.site.agents().find((agent) => agent.admin)!.accountId,
        accountType: 'licensed',
        localId: `s-${local.clock.now()}`,
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: {
            period: { from, to },
            metrics: ['fcr', 'ttv', 'aht'],
            targets: { aht: local.clock.now() % 1000 },
          },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data.tiles.map((tile) => [tile.metric, tile.value, tile.n]);
  };

  it('refuses the pushes past the limit, and the catch-up still brings every figure to the truth', async () => {
    const events = local.site.pastResolutionEvents();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const event of events) await local.runtime.deliverProductEvent(event);
    } finally {
      warn.mockRestore();
    }
    const burst = local.runtime.asyncEvents.stats();
    expect(burst.refused.eventsPerMinute).toBeGreaterThan(0);
    expect(burst.peakEventsPerMinute).toBe(ASYNC_EVENT_LIMITS.eventsPerMinute);

    // Past the next five-minute catch-up, and the two debounced rollups after it.
    await local.clock.advance(6 * 60);
    await local.runtime.idle();
    await local.clock.advance(120);
    await local.runtime.idle();
    const records = local.seedTruth!.tickets.map((ticket) => {
      const parsed = parseRecord(ticket);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.record;
    });
    const metrics = reportFromRecords(records, {
      asOf: local.clock.now(),
      from: Date.parse(`${from}T00:00:00Z`),
      to: Date.parse('2026-02-26T00:00:00Z'),
    }).metrics;
    expect(await figures()).toEqual([
      ['fcr', metrics.fcr.value, metrics.fcr.n],
      ['ttv', metrics.ttv.meanSeconds, metrics.ttv.n],
      ['aht', metrics.aht.meanSeconds, metrics.aht.n],
    ]);
    expect(metrics.fcr.n).toBeGreaterThan(100);
  }, 120_000);
});
