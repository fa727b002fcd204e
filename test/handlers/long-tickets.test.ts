import type { TicketTimings } from '../../src/contract/backfill';
import type { BackfillStatus } from '../../src/contract/backfill';
import type { Envelope } from '../../src/contract/envelope';
import { STATUSES } from '../../src/local/jsm/catalog';
import type { RequestRecord } from '../../src/local/jsm/model';
import { addWorklog, reopenRequest, resolveRequest, transition } from '../../src/local/jsm/mutations';
import { SiteStore } from '../../src/local/jsm/site-store';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * Tickets longer than Jira embeds: 120 changelog histories (20 reopens among the oldest, where
 * the latest 40 a read embeds never reach) and 30 worklogs (20 embedded). Their reopens, first
 * resolution and handle time are still right, captured live at resolution and by the import.
 */
describe('tickets with more history than Jira embeds', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite();
    // A day later, so every change made below lies after the seeded history and before now.
    await local.clock.advance(86_400);
    await local.runtime.idle();
  }, 60_000);
  afterAll(() => local.close());

  const { issuePanel } = surfaces(() => local);
  const timings = async (key: string) => {
    const answer = await issuePanel<TicketTimings | null>(key, 'getTicketTimings');
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };

  /**
   * Grows an open request to 119 histories and 30 or more worklogs, starting `offsetMinutes`
   * after the seeded start: 20 resolve–reopen cycles first, then status moves. The 120th
   * history is its final resolution, made by the caller.
   */
  function lengthen(key: string, offsetMinutes: number): RequestRecord {
    const data = local.site.snapshot();
    const store = new SiteStore(data);
    const request = store.request(key)!;
    const agent = local.site
      .agents()
      .find((candidate) => candidate.serviceDeskIds?.includes(request.serviceDeskId))!.accountId;
    const base = Date.parse('2026-03-02T09:00:00Z') + offsetMinutes * 60_000;
    let minute = 0;
    const next = () => new Date(base + (minute += 1) * 60_000);
    for (let cycle = 0; cycle < 20; cycle += 1) {
      resolveRequest(store, request, next(), agent);
      reopenRequest(store, request, next(), agent);
    }
    for (let move = 0; request.histories.length < 119; move += 1) {
      const to = move % 2 === 0 ? STATUSES.inProgress : STATUSES.waitingForSupport;
      transition(store, request, to, next(), agent);
    }
    for (let n = 0; request.worklogs.length < 30 || n < 30; n += 1) {
      addWorklog(store, request, {
        authorId: agent,
        started: next(),
        timeSpentSeconds: 60 * (n + 1),
        comment: `Work ${n + 1}`,
      });
    }
    local.site.replaceData(data);
    return request;
  }

  /** What the ticket's own history says: its reopens, first resolution and logged time. */
  function truthOf(key: string) {
    const request = local.site.request(key)!;
    const changes = request.histories.flatMap((history) =>
      history.items
        .filter((item) => item.fieldId === 'resolution')
        .map((item) => ({ at: history.created, resolved: item.to !== null })),
    );
    expect(request.histories).toHaveLength(120);
    expect(request.worklogs.length).toBeGreaterThanOrEqual(30);
    return {
      reopens: changes.filter((change) => !change.resolved).length,
      firstResolvedAt: changes.find((change) => change.resolved)!.at,
      handleSeconds: request.worklogs.reduce((sum, worklog) => sum + worklog.timeSpentSeconds, 0),
    };
  }

  const expectRight = (got: TicketTimings | null, truth: ReturnType<typeof truthOf>) => {
    expect(got).not.toBeNull();
    expect(got!.reopenedAt).toHaveLength(truth.reopens);
    expect(Date.parse(got!.resolvedAt!)).toBe(Date.parse(truth.firstResolvedAt));
    expect(got!.handleSeconds).toBe(truth.handleSeconds);
  };

  it('captures every reopen and worklog at resolution, though the issue read embeds 40 and 20', async () => {
    const [request] = local.site.listRequests({ limit: 10, projectKey: 'SD', status: 'open' });
    lengthen(request!.key, 60);
    // Only the final resolution is delivered: the reopens are known from the changelog alone.
    await local.runtime.deliverProductEvent(local.site.resolve(request!.key));
    await local.runtime.idle();
    const truth = truthOf(request!.key);
    expect(truth.reopens).toBe(20);
    expectRight(await timings(request!.key), truth);
  });

  it('imports every reopen and worklog of such a ticket from the search', async () => {
    const [, second] = local.site.listRequests({ limit: 10, projectKey: 'SD', status: 'open' });
    const request = lengthen(second!.key, 300);
    const data = local.site.snapshot();
    const store = new SiteStore(data);
    const agent = local.site
      .agents()
      .find((candidate) => candidate.serviceDeskIds?.includes(request.serviceDeskId))!;
    resolveRequest(
      store,
      store.request(request.key)!,
      new Date(local.clock.now() - 3_600_000),
      agent.accountId,
    );
    local.site.replaceData(data);
    const truth = truthOf(request.key);
    expect(await timings(request.key)).toBeNull();

    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const backfill = async (resolverKey: string, payload: unknown = {}) =>
      (await local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-admin',
          accountId: admin,
          accountType: 'licensed',
          localId: `${resolverKey}-${local.clock.now()}`,
          extension: { type: 'jira:adminPage' },
        },
        resolverKey,
        payload,
      )) as Envelope<BackfillStatus>;
    const started = await backfill('startBackfill', { months: 3 });
    if (!started.ok) throw new Error(started.error.message);
    for (let step = 0; step < 100; step += 1) {
      await local.clock.advance(5 * 60);
      await local.runtime.idle();
      const status = await backfill('getBackfill');
      if (status.ok && status.data.state !== 'running') break;
    }
    expect(await backfill('getBackfill')).toMatchObject({ ok: true, data: { state: 'done', errors: 0 } });
    expectRight(await timings(request.key), truth);
  }, 120_000);
});
