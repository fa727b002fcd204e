import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The real trigger and resolvers from src/, through the real @forge/kvs and @forge/api, against
 * the local runtime: what production does when Jira delivers `avi:jira:updated:issue`.
 */
describe('resolution trigger and resolvers on the local runtime', () => {
  let local: Site;
  let demoKey: string;
  let agentId: string;

  beforeEach(async () => {
    local = await startLocalSite();
    const open = local.site.listRequests({ limit: 50, projectKey: 'SD', status: 'open' });
    demoKey = open[0]!.key;
    agentId = local.site
      .agents()
      .find((agent) => agent.serviceDeskIds?.includes(open[0]!.serviceDeskId))!.accountId;
  });
  afterEach(() => local.close());

  const issueOf = (key: string) => local.site.request(key)!;
  const panelCall = (key: string) => ({
    moduleKey: 'cx-issue-panel',
    accountId: agentId,
    accountType: 'licensed',
    localId: 'panel-1',
    extension: { type: 'jira:issuePanel', issue: { id: issueOf(key).issueId, key }, project: { key: 'SD' } },
  });

  it('records a resolution and a reopen once each, and the issue panel resolver shows them in order', async () => {
    const resolved = local.site.resolve(demoKey);
    await local.runtime.deliverProductEvent(resolved, { duplicates: 2 }); // delivered three times
    await local.clock.advance(3600);
    await local.runtime.deliverProductEvent(local.site.reopen(demoKey));

    const answer = await local.runtime.invokeResolver('resolver', panelCall(demoKey), 'getIssueHistory', {});
    expect(answer).toEqual({
      ok: true,
      data: {
        issueKey: demoKey,
        events: [
          expect.objectContaining({ kind: 'resolved', resolution: 'Done', at: '2026-03-02T09:00:00.000Z' }),
          expect.objectContaining({ kind: 'reopened', resolution: null, at: '2026-03-02T10:00:00.000Z' }),
        ],
      },
    });
    const triggerRuns = local.runtime.log.recent().filter((record) => record.kind === 'trigger');
    expect(triggerRuns).toHaveLength(4);
    expect(triggerRuns.every((record) => record.outcome === 'ok')).toBe(true);
  });

  it('lets the manifest filter drop updates that do not change the resolution, before any invocation', async () => {
    const event = local.site.resolve(demoKey);
    const withoutResolution = {
      ...event,
      changelog: {
        ...event.changelog,
        items: event.changelog.items.filter((item) => item.fieldId !== 'resolution'),
      },
    };
    await local.runtime.deliverProductEvent(withoutResolution);
    expect(local.runtime.log.recent().filter((record) => record.kind === 'trigger')).toHaveLength(0);
    expect(local.kvs.stats().writes).toBe(0);
  });

  it('delivers a late event when the clock reaches it', async () => {
    await local.runtime.deliverProductEvent(local.site.resolve(demoKey), { delaySeconds: 180 });
    const before = await local.runtime.invokeResolver('resolver', panelCall(demoKey), 'getIssueHistory', {});
    expect(before).toMatchObject({ ok: true, data: { events: [] } });
    await local.clock.advance(180);
    await local.runtime.idle();
    const after = await local.runtime.invokeResolver('resolver', panelCall(demoKey), 'getIssueHistory', {});
    expect(after).toMatchObject({ ok: true, data: { events: [{ kind: 'resolved' }] } });
  });

  it('counts resolutions per day for the gadget, from the configured project only', async () => {
    const open = local.site.listRequests({ limit: 50, projectKey: 'SD', status: 'open' });
    await local.runtime.deliverProductEvent(local.site.resolve(open[0]!.key));
    await local.runtime.deliverProductEvent(local.site.resolve(open[1]!.key));
    await local.clock.advance(86_400);
    await local.runtime.deliverProductEvent(local.site.resolve(open[2]!.key));
    const gadget = {
      moduleKey: 'cx-gadget',
      accountId: agentId,
      accountType: 'licensed',
      localId: 'gadget-1',
      extension: { type: 'jira:dashboardGadget', gadgetConfiguration: { projectKey: 'SD', days: 3 } },
    };
    const answer = await local.runtime.invokeResolver('resolver', gadget, 'getResolutionsPerDay', {});
    expect(answer).toEqual({
      ok: true,
      data: {
        projectKey: 'SD',
        days: [
          { date: '2026-03-01', resolved: 0 },
          { date: '2026-03-02', resolved: 2 },
          { date: '2026-03-03', resolved: 1 },
        ],
      },
    });
  });

  it('asks an unconfigured gadget to be configured instead of failing', async () => {
    const gadget = {
      moduleKey: 'cx-gadget',
      accountId: agentId,
      accountType: 'licensed',
      localId: 'gadget-2',
      extension: { type: 'jira:dashboardGadget' },
    };
    const answer = await local.runtime.invokeResolver('resolver', gadget, 'getResolutionsPerDay', {});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_CONFIGURED', message: expect.stringContaining('project') },
    });
  });

  it('shows the portal panel to the reporter, and refuses someone else', async () => {
    const request = issueOf(demoKey);
    const portal = (accountId: string) => ({
      moduleKey: 'cx-portal-survey',
      accountId,
      accountType: 'customer',
      localId: 'portal-1',
      extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: demoKey } },
    });
    await local.runtime.deliverProductEvent(local.site.resolve(demoKey));
    const mine = await local.runtime.invokeResolver(
      'resolver',
      portal(request.reporterId),
      'getRequestState',
      {},
    );
    expect(mine).toMatchObject({ ok: true, data: { requestKey: demoKey, resolved: true } });

    const stranger = local.site
      .customers()
      .find(
        (customer) =>
          customer.accountId !== request.reporterId && !request.participantIds.includes(customer.accountId),
      )!;
    const theirs = await local.runtime.invokeResolver(
      'resolver',
      portal(stranger.accountId),
      'getRequestState',
      {},
    );
    expect(theirs).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
  });

  it('lists only the projects the viewer may browse, as that viewer', async () => {
    const call = { ...panelCall(demoKey), moduleKey: 'cx-gadget' };
    const answer = (await local.runtime.invokeResolver('resolver', call, 'listProjects', {})) as {
      ok: boolean;
      data: Array<{ key: string }>;
    };
    expect(answer.ok).toBe(true);
    expect(answer.data.map((project) => project.key)).toEqual(['SD']);
  });
});
