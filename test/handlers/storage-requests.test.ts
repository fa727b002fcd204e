import { KvsAccountRegistry } from '../../src/adapters/forge/kvs-personal-data';
import { KvsTicketStore } from '../../src/adapters/forge/kvs-ticket-store';
import type { PortalSurvey } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * What the survey loop costs in KVS requests, counted by the local store as Forge meters them (one
 * per SDK request: a get, a batch, a whole transaction): a resolution event and an answer take
 * three each — the settings, one batch get, one transaction — and still register every account
 * they name for the personal-data report in that transaction. The counts are exact, so a request
 * added anywhere on these paths fails here.
 */
describe('KVS requests per resolution and per answer', () => {
  let local: Site;
  const registry = new KvsAccountRegistry();
  const THREE = { get: 1, 'batch/get': 1, transaction: 1 };

  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => local.close());

  /** The KVS requests `work` makes, by kind, once everything it started has run. */
  const requestsOf = async (work: () => Promise<unknown>) => {
    await local.runtime.idle();
    local.kvs.resetStats();
    await work();
    await local.runtime.idle();
    return local.kvs.stats().operations;
  };
  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };
  const { portal } = surfaces(() => local);
  const answer = (key: string, accountId: string) =>
    portal<PortalSurvey>(key, accountId, 'submitSurvey', { ces: 6, csat: 5 });

  /** Open requests with an assignee, and an agent other than the assignee to resolve each. */
  const openRequests = (filter: (request: { participantIds?: string[] }) => boolean = () => true) =>
    local.site
      .listRequests({ limit: 200, projectKey: 'SD', status: 'open' })
      .filter((request) => request.assigneeId && filter(request))
      .map((request) => ({
        ...request,
        resolver: local.site.agents().find((agent) => agent.accountId !== request.assigneeId)!.accountId,
      }));

  /** Every account is registered and linked to the ticket, so the personal-data report finds it. */
  const expectRegistered = async (issueId: string, accountIds: string[]) => {
    for (const accountId of accountIds) {
      expect(await registry.get(accountId)).toMatchObject({ accountId });
      expect(await registry.linkedIssues(accountId, null, 10)).toContain(issueId);
    }
  };

  it('stores a first resolution in three requests, registering its actor, reporter and assignee', async () => {
    const request = openRequests()[0]!;
    const accounts = [request.resolver, request.reporterId, request.assigneeId!];
    expect(new Set(accounts).size).toBe(3);
    for (const accountId of accounts) expect(await registry.get(accountId)).toBeNull();

    const requests = await requestsOf(() =>
      local.runtime.deliverProductEvent(local.site.resolve(request.key, { by: request.resolver })),
    );

    expect(requests).toEqual(THREE);
    await expectRegistered(request.issueId, accounts);
    const assignee = local.site.users().find((user) => user.accountId === request.assigneeId)!;
    expect((await registry.get(request.assigneeId!))?.displayName).toBe(assignee.displayName);
  });

  it('keeps the date of an account already registered, still in three requests', async () => {
    const request = openRequests()[0]!;
    const since = { accountId: request.resolver, updatedAt: '2026-01-05T08:00:00.000Z', displayName: null };
    await registry.save(since);

    const requests = await requestsOf(() =>
      local.runtime.deliverProductEvent(local.site.resolve(request.key, { by: request.resolver })),
    );

    expect(requests).toEqual(THREE);
    // The report asks whether the profile changed since the oldest copy: that date must not move.
    expect(await registry.get(request.resolver)).toEqual(since);
    await expectRegistered(request.issueId, [request.resolver, request.reporterId]);
  });

  it("stores an answer in three requests, a participant's as well as the reporter's", async () => {
    const [byReporter, byParticipant] = [
      openRequests()[0]!,
      openRequests((request) => (request.participantIds ?? []).length > 0)[0]!,
    ];
    expect(byReporter.key).not.toBe(byParticipant.key);
    for (const request of [byReporter, byParticipant])
      await local.runtime.deliverProductEvent(local.site.resolve(request.key, { by: request.resolver }));
    await advance(65 * 60); // invited
    const participant = byParticipant.participantIds![0]!;
    expect(await registry.get(participant)).toBeNull();

    let answered: Awaited<ReturnType<typeof answer>> | undefined;
    expect(
      await requestsOf(async () => (answered = await answer(byReporter.key, byReporter.reporterId))),
    ).toEqual(THREE);
    expect(answered).toMatchObject({ ok: true, data: { state: 'answered' } });
    expect(await requestsOf(async () => (answered = await answer(byParticipant.key, participant)))).toEqual(
      THREE,
    );
    expect(answered).toMatchObject({ ok: true, data: { state: 'answered' } });
    await expectRegistered(byParticipant.issueId, [participant]);
  });

  it('registers an account a commit names without a hint, reading its entry at commit', async () => {
    const request = openRequests()[0]!;
    await local.runtime.deliverProductEvent(local.site.resolve(request.key, { by: request.resolver }));
    const stranger = local.site
      .agents()
      .find((agent) => ![request.resolver, request.assigneeId].includes(agent.accountId))!;
    expect(await registry.get(stranger.accountId)).toBeNull();

    const tickets = new KvsTicketStore();
    const requests = await requestsOf(async () => {
      const { ticket } = await tickets.load(request.issueId);
      const value = ticket.value!;
      const renamed = {
        ...value,
        dimensions: { ...value.dimensions, agent: { id: stranger.accountId, name: 'Ada' } },
      };
      expect(await tickets.commit({ ticket: { value: renamed, version: ticket.version } })).toBe('committed');
    });

    expect(requests).toEqual({ 'batch/get': 2, transaction: 1 });
    expect(await registry.get(stranger.accountId)).toMatchObject({ displayName: 'Ada' });
    await expectRegistered(request.issueId, [stranger.accountId]);
  });
});
