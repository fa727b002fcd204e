import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * A sweep that invites many customers asks for the rebuild of their days once, as one set, not
 * once per invitation: a sweep of hundreds would otherwise spend Forge's 500 events a minute.
 */
describe('the survey sweep’s rollup requests', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite();
  }, 60_000);
  afterAll(() => local.close());

  it('asks the rollup queue once for all the invitations one sweep posts', async () => {
    const open = local.site.listRequests({ limit: 40, status: 'open' });
    for (const request of open) await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    await local.runtime.idle();
    const pushes = () => local.runtime.asyncEvents.stats().queues['aggregate-rollups']?.pushes ?? 0;
    const invitations = () =>
      open.filter((request) =>
        local.site
          .request(request.key)!
          .comments.some((comment) => comment.authorId === local.site.appAccountId() && comment.public),
      ).length;

    // Minute by minute until the sweep after the one-hour delay has posted the invitations.
    let step = { invited: 0, pushes: 0 };
    for (let minute = 0; minute < 70 && step.invited === 0; minute += 1) {
      const [pushedBefore, invitedBefore] = [pushes(), invitations()];
      await local.clock.advance(60);
      await local.runtime.idle();
      step = { invited: invitations() - invitedBefore, pushes: pushes() - pushedBefore };
    }
    expect(step.invited).toBeGreaterThan(10);
    // The sweep's one request; the catch-up in the same tick finds nothing marked.
    expect(step.pushes).toBe(1);
  }, 120_000);
});
