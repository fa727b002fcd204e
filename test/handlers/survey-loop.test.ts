import type { PortalSurvey, AgentTicketResult } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The survey loop end to end on the local runtime, with the real handlers and SDKs: resolution →
 * invitation → answer → agent view, and the reliability promises of the architecture.
 */
describe('survey loop', () => {
  let local: Site;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 20, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(() => local.close());

  const request = () => local.site.request(key)!;
  const appComments = (visibility: boolean) =>
    request().comments.filter(
      (comment) => comment.authorId === local.site.appAccountId() && comment.public === visibility,
    );
  const agentId = () =>
    local.site.agents().find((agent) => agent.serviceDeskIds?.includes(request().serviceDeskId))!.accountId;

  const { portal: portalOf, issuePanel } = surfaces(() => local);
  const portal = <T = PortalSurvey>(accountId: string, resolverKey: string, payload: unknown = {}) =>
    portalOf<T>(key, accountId, resolverKey, payload);
  const agentView = (resolverKey = 'getTicketResult') =>
    issuePanel<AgentTicketResult>(key, resolverKey, agentId());

  const resolve = async (options = {}) => local.runtime.deliverProductEvent(local.site.resolve(key), options);
  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };

  it('invites once, an hour after resolution, in the customer’s language, and takes the answer', async () => {
    await resolve({ duplicates: 2 }); // the same event three times
    await advance(55 * 60);
    expect(appComments(true)).toHaveLength(0);
    await advance(10 * 60);
    const invitations = appComments(true);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.body).toContain(`/portal/request/${key}`);

    const reporter = request().reporterId;
    const open = await portal(reporter, 'getPortalSurvey');
    expect(open).toMatchObject({ ok: true, data: { state: 'open', answer: null } });

    const answered = await portal(reporter, 'submitSurvey', { ces: 6, csat: 5, comment: 'Quick, thanks!' });
    expect(answered).toMatchObject({
      ok: true,
      data: { state: 'answered', answer: { ces: 6, csat: 5, comment: 'Quick, thanks!' } },
    });

    const view = await agentView();
    expect(view).toMatchObject({
      ok: true,
      data: {
        survey: { state: 'answered', cycle: 1, late: false },
        answer: { ces: 6, csat: 5, comment: 'Quick, thanks!', respondent: { accountId: reporter } },
        customerRecent: [{ ticketKey: key, ces: 6, csat: 5 }],
        followUp: null,
      },
    });
    if (!view.ok) throw new Error('unreachable');
    expect(view.data.survey!.timeline.map((entry) => entry.event)).toEqual([
      'scheduled',
      'invited',
      'answered',
    ]);
  });

  it('posts one invitation when two sweeps run at the same moment', async () => {
    await resolve();
    await local.clock.advance(3600 - 1); // just before the scheduled sweep at which it is due
    await Promise.all([
      local.runtime.runScheduled('every-five-minutes'),
      local.runtime.runScheduled('every-five-minutes'),
    ]);
    await advance(1);
    await Promise.all([
      local.runtime.runScheduled('every-five-minutes'),
      local.runtime.runScheduled('every-five-minutes'),
    ]);
    await local.runtime.idle();
    expect(appComments(true)).toHaveLength(1);
  });

  it('honours 429 Retry-After and invites exactly once', async () => {
    await resolve();
    local.site.faults.add({
      pathPattern: /\/comment$/,
      method: 'POST',
      status: 429,
      retryAfterSeconds: 420,
      times: 1,
    });
    await advance(3600); // 10:00, due: the first attempt meets the 429, Retry-After 7 min
    expect(appComments(true)).toHaveLength(0);
    await advance(5 * 60); // 10:05: the sweep holds back, Retry-After not over
    expect(appComments(true)).toHaveLength(0);
    await advance(5 * 60); // 10:10: retried
    expect(appComments(true).map((comment) => comment.created)).toEqual(['2026-03-02T10:10:00.000Z']);
    await advance(3600);
    expect(appComments(true)).toHaveLength(1);
  });

  it('keeps the promise through two hours of Jira 5xx: invited within 24 h, nothing dropped', async () => {
    const resolvedAt = local.clock.now();
    await resolve();
    local.site.faults.add({ status: 503, until: new Date(resolvedAt + 2 * 3600_000) });
    await advance(2 * 3600);
    expect(appComments(true)).toHaveLength(0);
    await advance(3600);
    expect(appComments(true)).toHaveLength(1);
    const view = await agentView();
    if (!view.ok) throw new Error(view.error.message);
    const invitedAt = Date.parse(view.data.survey!.invitedAt!);
    expect(invitedAt - resolvedAt).toBeLessThan(24 * 3600_000);
    expect(view.data.survey!.late).toBe(false);
  });

  it('cancels the survey when the request is reopened before the invitation, and posts nothing', async () => {
    await resolve();
    await advance(20 * 60);
    await local.runtime.deliverProductEvent(local.site.reopen(key));
    await advance(3 * 3600);
    expect(appComments(true)).toHaveLength(0);
    const view = await agentView();
    expect(view).toMatchObject({ ok: true, data: { survey: { state: 'cancelled' } } });
    expect(await portal(request().reporterId, 'getPortalSurvey')).toMatchObject({
      ok: true,
      data: { state: 'cancelled' },
    });

    // A new resolution starts a new cycle.
    await resolve();
    expect(await agentView()).toMatchObject({ ok: true, data: { survey: { state: 'scheduled', cycle: 2 } } });
  });

  it('stores exactly one answer when the same survey is submitted twice at the same moment', async () => {
    await resolve();
    await advance(3600 + 5 * 60);
    const reporter = request().reporterId;
    const [first, second] = await Promise.all([
      portal(reporter, 'submitSurvey', { ces: 2, csat: 1 }),
      portal(reporter, 'submitSurvey', { ces: 7, csat: 5 }),
    ]);
    const outcomes = [first, second].map((answer) => (answer.ok ? 'stored' : answer.error.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'stored']);
    const view = await agentView();
    if (!view.ok) throw new Error(view.error.message);
    const stored = first.ok ? { ces: 2, csat: 1 } : { ces: 7, csat: 5 };
    expect(view.data.answer).toMatchObject(stored);
    expect(view.data.survey!.timeline.filter((entry) => entry.event === 'answered')).toHaveLength(1);
  });

  it('refuses a signed-in user who is neither reporter nor participant, and stores nothing', async () => {
    await resolve();
    await advance(3600 + 5 * 60);
    const stranger = local.site
      .customers()
      .find(
        (customer) =>
          customer.accountId !== request().reporterId &&
          !request().participantIds.includes(customer.accountId),
      )!;
    const refused = await portal(stranger.accountId, 'submitSurvey', { ces: 7, csat: 5 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await agentView()).toMatchObject({
      ok: true,
      data: { survey: { state: 'invited' }, answer: null },
    });
  });

  it('marks a low score for follow-up with an internal note, and an agent marks it done', async () => {
    await resolve();
    await advance(3600 + 5 * 60);
    const comment = 'Slow & "frustrating" <3';
    await portal(request().reporterId, 'submitSurvey', { ces: 2, csat: 4, comment });
    expect(appComments(false)).toHaveLength(1);
    expect(appComments(false)[0]!.body).toContain('CES 2/7');
    const view = await agentView();
    expect(view).toMatchObject({
      ok: true,
      data: { followUp: { needed: true, doneBy: null }, answer: { comment } },
    });
    const marked = await agentView('markFollowUpDone');
    expect(marked).toMatchObject({
      ok: true,
      data: { followUp: { needed: false, doneBy: { accountId: agentId() } } },
    });
  });
});
