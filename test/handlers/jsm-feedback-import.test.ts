import { kvs } from '@forge/kvs';
import type { BackfillStatus } from '../../src/contract/backfill';
import type { Envelope } from '../../src/contract/envelope';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * JSM's own ratings in the history import. The feedback operation is experimental: the local
 * site, like JSM, answers it only with `X-ExperimentalApi: opt-in`, so a rating that arrives
 * shows the app sent the header. A ticket whose rating JSM refuses to show (403 here) is
 * imported without one; the rest of its page is not lost.
 */
describe('JSM ratings in the history import', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite();
  }, 60_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const backfill = async (key: string, payload: unknown = {}) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId: admin(),
        accountType: 'licensed',
        localId: `${key}-${local.clock.now()}`,
        extension: { type: 'jira:adminPage' },
      },
      key,
      payload,
    )) as Envelope<BackfillStatus>;

  /** The reporter rates the request in the portal, through JSM's REST API. */
  const rate = async (key: string, rating: number) => {
    const request = local.site.request(key)!;
    const response = await local.site.fetch(
      `/rest/servicedeskapi/request/${key}/feedback`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-ExperimentalApi': 'opt-in' },
        body: JSON.stringify({ rating, comment: { body: `Rated ${rating}` } }),
      },
      { as: 'user', accountId: request.reporterId },
    );
    expect(response.status).toBe(200);
    return request;
  };

  const stored = async (issueId: string) =>
    (await kvs.entity<{ state: { jsmFeedback: unknown; observation: unknown } }>('ticket').get(issueId))
      ?.state ?? null;

  it('imports the ratings JSM shows, and a ticket whose rating is refused without one', async () => {
    const resolved = local.site
      .listRequests({ limit: 100_000, status: 'resolved' })
      .filter((request) => request.feedback === null);
    const refused = await rate(resolved[0]!.key, 2);
    const shown = await rate(resolved[1]!.key, 5);
    // Every read of the first one's rating is refused, as JSM does for a caller it will not show it to.
    local.site.faults.add({
      pathPattern: new RegExp(`/request/${refused.key}/feedback$`),
      method: 'GET',
      status: 403,
    });

    const started = await backfill('startBackfill', { months: 3 });
    if (!started.ok) throw new Error(started.error.message);
    const total = started.data.total;
    expect(total).toBe(local.site.listRequests({ limit: 100_000 }).length);
    for (let step = 0; step < 100; step += 1) {
      await local.clock.advance(5 * 60);
      await local.runtime.idle();
      const status = await backfill('getBackfill');
      if (status.ok && status.data.state !== 'running') break;
    }

    // The whole import went through: no page failed, no request was counted as an error.
    expect(await backfill('getBackfill')).toMatchObject({
      ok: true,
      data: { state: 'done', done: total, errors: 0, lastError: null },
    });
    expect(local.runtime.log.countBy('error')).toBe(0);

    const shownTicket = await stored(shown.issueId);
    expect(shownTicket?.jsmFeedback).toEqual({
      score: 5,
      comment: 'Rated 5',
      answeredAt: new Date(shown.resolutiondate!).toISOString(),
      respondent: shown.reporterId,
    });
    const refusedTicket = await stored(refused.issueId);
    expect(refusedTicket?.observation).toBeTruthy();
    expect(refusedTicket?.jsmFeedback).toBeNull();
  }, 120_000);
});
