import type { Envelope } from '../../src/contract/envelope';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * What the app's one resolver function shows, and to whom: the import and rebuild status only to
 * Jira administrators, and never an internal error to a customer in the portal.
 */
describe('what the resolvers expose', () => {
  let local: Site;

  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    return local.close();
  });

  const adminPage = (accountId: string, key: string) =>
    local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId,
        accountType: 'licensed',
        localId: 'admin',
        extension: { type: 'jira:adminPage' },
      },
      key,
      {},
    ) as Promise<Envelope<unknown>>;

  it.each(['getBackfill', 'getRebuild'])('%s answers Jira administrators only', async (key) => {
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const agent = local.site.agents().find((candidate) => !candidate.admin)!.accountId;
    expect(await adminPage(agent, key)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Only Jira administrators can /) },
    });
    expect(await adminPage(admin, key)).toMatchObject({ ok: true });
  });

  describe('in the customer portal', () => {
    const { portal } = surfaces(() => local);
    /** An open request whose reporter reads German. */
    const germanRequest = () => {
      const german = new Set(
        local.site
          .customers()
          .filter((user) => user.locale?.startsWith('de'))
          .map((user) => user.accountId),
      );
      const request = local.site
        .listRequests({ limit: 200, status: 'open' })
        .find((candidate) => german.has(candidate.reporterId))!;
      return { key: request.key, reporter: request.reporterId, issueId: request.issueId };
    };
    const GERMAN_UNAVAILABLE =
      'Die Umfrage ist gerade nicht verfügbar. Bitte versuchen Sie es in ein paar Minuten erneut.';

    it('answers a Jira outage with a generic message in the customer’s language; the details go to the log', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const { key, reporter } = germanRequest();
      local.site.faults.add({ pathPattern: new RegExp(`/rest/servicedeskapi/request/${key}$`), status: 503 });
      expect(await portal(key, reporter, 'getPortalSurvey')).toEqual({
        ok: false,
        error: { code: 'UNAVAILABLE', message: GERMAN_UNAVAILABLE },
      });
      expect(logged.mock.calls.flat().join(' ')).toContain(`HTTP 503`);
    });

    it('answers an unexpected failure (storage refusing the ticket) the same way, with no internal detail', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const { key, reporter, issueId } = germanRequest();
      local.kvs.itemFaults.add({ operation: 'batch/get', keyPattern: new RegExp(`^${issueId}$`) });
      const answer = await portal(key, reporter, 'submitSurvey', { ces: 5, csat: 4 });
      expect(answer).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: GERMAN_UNAVAILABLE } });
      expect(JSON.stringify(answer)).not.toContain(issueId);
      expect(logged.mock.calls.flat().map(String).join(' ')).toContain(issueId);
    });

    it('lets refusals meant for customers through, and refuses an administrator’s resolver', async () => {
      const { key } = germanRequest();
      const stranger = local.site
        .customers()
        .find(
          (user) =>
            !local.site.request(key)!.participantIds.includes(user.accountId) &&
            user.accountId !== local.site.request(key)!.reporterId,
        )!;
      expect(await portal(key, stranger.accountId, 'getPortalSurvey')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await portal(key, stranger.accountId, 'getBackfill')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Only Jira administrators can /) },
      });
    });
  });
});
