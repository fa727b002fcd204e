import type { Envelope } from '../../src/contract/envelope';
import type { Scorecard } from '../../src/contract/gadgets';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/** FCR, MTTA, TTV and AHT captured live from the ticket's own events, as a scorecard shows them. */
describe('process metrics captured live', () => {
  let local: Site;

  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => local.close());

  const scorecard = async (days: { from: string; to: string }) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: local.site.agents().find((agent) => agent.admin)!.accountId,
        accountType: 'licensed',
        localId: `s-${local.clock.now()}`,
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: { period: days, projects: ['SD'], metrics: ['fcr', 'mtta', 'ttv'] },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
  const settle = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };

  it('a customer follow-up within 7 days fails first contact resolution; a quiet ticket succeeds after 7 days', async () => {
    const [first, second] = local.site.listRequests({ limit: 10, projectKey: 'SD', status: 'open' });
    await local.runtime.deliverProductEvent(local.site.resolve(first!.key));
    await local.runtime.deliverProductEvent(local.site.resolve(second!.key));
    await settle(2 * 86_400);
    await local.runtime.deliverProductEvent(local.site.comment(first!.key, { body: 'It broke again.' }));
    await settle(6 * 86_400);

    const answer = await scorecard({ from: '2026-03-02', to: '2026-03-02' });
    if (!answer.ok) throw new Error(answer.error.message);
    const fcr = answer.data.tiles.find((tile) => tile.metric === 'fcr')!;
    expect([fcr.value, fcr.n]).toEqual([50, 2]);
    const mtta = answer.data.tiles.find((tile) => tile.metric === 'mtta')!;
    expect(mtta.n).toBeGreaterThanOrEqual(1);
  });

  it('an agent comment on a new request is its first response, and the app’s own comments never are', async () => {
    const request = local.site.listRequests({ limit: 10, projectKey: 'SD', status: 'open' })[2]!;
    const agent = local.site
      .agents()
      .find((candidate) => candidate.serviceDeskIds?.includes(request.serviceDeskId))!;
    await settle(600);
    await local.runtime.deliverProductEvent(
      local.site.comment(request.key, { by: agent.accountId, body: 'Looking now.' }),
    );
    await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    const timings = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-issue-panel',
        accountId: agent.accountId,
        accountType: 'licensed',
        localId: 'p',
        extension: { type: 'jira:issuePanel', issue: { id: request.issueId, key: request.key } },
      },
      'getTicketTimings',
      {},
    )) as Envelope<{ firstResponseBy: string; firstResponseAt: string; acknowledgeSeconds: number }>;
    if (!timings.ok) throw new Error(timings.error.message);
    expect(timings.data.firstResponseBy).toBe('human');
    expect(timings.data.acknowledgeSeconds).toBeGreaterThan(0);
  });
});
