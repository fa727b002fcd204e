import type { Envelope } from '../../src/contract/envelope';
import type { GadgetOptions } from '../../src/contract/gadgets';
import type { AgentTicketResult } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The platform's side of the resolution trigger, on the local runtime: the manifest's filter,
 * late delivery, Jira rate limits on the trigger's own call, and the context a resolver sees.
 */
describe('resolution trigger on the local runtime', () => {
  let local: Site;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 5, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(() => local.close());

  const agent = () => local.site.agents().find((candidate) => candidate.admin)!.accountId;
  const ticketResult = async () =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-issue-panel',
        accountId: agent(),
        accountType: 'licensed',
        localId: 'panel',
        extension: { type: 'jira:issuePanel', issue: { id: local.site.request(key)!.issueId, key } },
      },
      'getTicketResult',
      {},
    )) as Envelope<AgentTicketResult>;
  const ticketTimings = () =>
    local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-issue-panel',
        accountId: agent(),
        accountType: 'licensed',
        localId: 'panel',
        extension: { type: 'jira:issuePanel', issue: { id: local.site.request(key)!.issueId, key } },
      },
      'getTicketTimings',
      {},
    );
  const triggerRuns = () => local.runtime.log.recent().filter((record) => record.kind === 'trigger');

  it('lets the manifest filter drop updates that do not change the resolution, before any invocation', async () => {
    const event = local.site.resolve(key);
    const withoutResolution = {
      ...event,
      changelog: {
        ...event.changelog,
        items: event.changelog.items.filter((item) => item.fieldId !== 'resolution'),
      },
    };
    await local.runtime.deliverProductEvent(withoutResolution);
    expect(triggerRuns()).toHaveLength(0);
    expect(local.kvs.stats().writes).toBe(0);
  });

  it('ignores events the app caused itself (ignoreSelf)', async () => {
    const event = { ...local.site.resolve(key), selfGenerated: true };
    await local.runtime.deliverProductEvent(event);
    expect(triggerRuns()).toHaveLength(0);
  });

  it('delivers a late event when the clock reaches it', async () => {
    await local.runtime.deliverProductEvent(local.site.resolve(key), { delaySeconds: 180 });
    expect(await ticketResult()).toMatchObject({ ok: true, data: { survey: null } });
    await local.clock.advance(180);
    await local.runtime.idle();
    expect(await ticketResult()).toMatchObject({
      ok: true,
      data: { survey: { state: 'scheduled', cycle: 1 } },
    });
  });

  it('records the resolution from the event while Jira rate limits, and asks for a redelivery to read the rest', async () => {
    local.site.faults.add({
      pathPattern: /\/rest\/api\/3\/issue\//,
      status: 429,
      retryAfterSeconds: 30,
      times: 1,
    });
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    expect(triggerRuns().map((run) => run.outcome)).toEqual(['retry']);
    // Stored before Jira was asked anything: the survey is scheduled, its issue read is owed.
    expect(await ticketResult()).toMatchObject({ ok: true, data: { survey: { state: 'scheduled' } } });
    expect(await ticketTimings()).toEqual({ ok: true, data: null });
    await local.clock.advance(30);
    await local.runtime.idle();
    expect(triggerRuns().map((run) => run.outcome)).toEqual(['retry', 'ok']);
    expect(await ticketResult()).toMatchObject({
      ok: true,
      data: { survey: { state: 'scheduled', cycle: 1 } },
    });
    expect(await ticketTimings()).toMatchObject({
      ok: true,
      data: { resolvedAt: '2026-03-02T09:00:00.000Z' },
    });
  });

  it('offers a gadget editor only the projects the viewer may browse, asked as the viewer', async () => {
    const sd = local.site.serviceDesks().find((desk) => desk.key === 'SD')!.serviceDeskId;
    const sdAgent = local.site
      .agents()
      .find((candidate) => !candidate.admin && candidate.serviceDeskIds?.join() === sd)!.accountId;
    const call = (accountId: string, accountType: string) =>
      local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-scorecard',
          accountId,
          accountType,
          localId: 'g',
          extension: { type: 'jira:dashboardGadget', entryPoint: 'edit' },
        },
        'getGadgetOptions',
        {},
      ) as Promise<Envelope<GadgetOptions>>;
    const admin = await call(agent(), 'licensed');
    if (!admin.ok) throw new Error(admin.error.message);
    expect(admin.data.projects.map((project) => project.key).sort()).toEqual(['HR', 'SD']);
    expect(admin.data.requestTypes.length).toBeGreaterThan(2);
    const deskAgent = await call(sdAgent, 'licensed');
    if (!deskAgent.ok) throw new Error(deskAgent.error.message);
    expect(deskAgent.data.projects.map((project) => project.key)).toEqual(['SD']);
  });
});
