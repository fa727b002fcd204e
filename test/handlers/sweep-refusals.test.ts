import type { AgentTicketResult } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * One invitation that Jira refuses for good (a 4xx other than 429) must not hold up the others:
 * the refused survey records why, for the agent to see, and the sweep goes on.
 */
describe('the sweeper when Jira refuses one invitation for good', () => {
  let local: Site;
  let keys: string[];

  beforeEach(async () => {
    local = await startLocalSite();
    // The lowest issue id first: the sweeper meets the refused one before the others.
    keys = local.site
      .listRequests({ limit: 20, projectKey: 'SD', status: 'open' })
      .sort((a, b) => Number(a.issueId) - Number(b.issueId))
      .slice(0, 3)
      .map((request) => request.key);
  });
  afterEach(() => local.close());

  const { issuePanel } = surfaces(() => local);
  const survey = async (key: string) => {
    const view = await issuePanel<AgentTicketResult>(key, 'getTicketResult');
    if (!view.ok) throw new Error(view.error.message);
    return view.data.survey!;
  };
  const invitations = (key: string) =>
    local.site
      .request(key)!
      .comments.filter((comment) => comment.authorId === local.site.appAccountId() && comment.public);
  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };

  it.each([400, 403, 404])(
    'records HTTP %i on that survey, invites the others in the same sweep, and never retries it',
    async (status) => {
      for (const key of keys) await local.runtime.deliverProductEvent(local.site.resolve(key));
      const [refused, ...others] = keys as [string, ...string[]];
      local.site.faults.add({
        pathPattern: new RegExp(`/request/${refused}/comment$`),
        method: 'POST',
        status,
      });
      await advance(3600); // 10:00: all three fall due in one sweep
      expect(invitations(refused)).toHaveLength(0);
      for (const key of others) expect(invitations(key)).toHaveLength(1);
      const failed = await survey(refused);
      expect(failed).toMatchObject({ state: 'failed', failure: { status, reason: 'Request failed.' } });
      expect(failed.timeline.map((entry) => entry.event)).toEqual(['scheduled', 'failed']);
      // Failed is final: once Jira would accept it, nothing is posted behind the agent's back.
      local.site.faults.clear();
      await advance(2 * 3600);
      expect(invitations(refused)).toHaveLength(0);
      for (const key of others) expect(invitations(key)).toHaveLength(1);
    },
  );
});
