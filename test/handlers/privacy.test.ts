import { kvs } from '@forge/kvs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgentTicketResult, PortalSurvey } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The weekly personal-data report on the local runtime, with the real handlers and SDKs: an
 * account the platform reports closed disappears from the app's storage, its scores stay.
 */
describe('personal-data report', () => {
  let local: Site;

  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => local.close());

  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };

  /** Everything the app has stored, as the local KVS keeps it on disk. */
  const storedText = async () => {
    await local.kvs.flush();
    return readFileSync(join(local.dataDir, 'kvs.json'), 'utf8');
  };

  const { portal: portalOf, issuePanel } = surfaces(() => local);
  const portal = (key: string, accountId: string, resolverKey: string, payload: unknown = {}) =>
    portalOf<PortalSurvey>(key, accountId, resolverKey, payload);
  const agentView = (key: string, resolverKey = 'getTicketResult') =>
    issuePanel<AgentTicketResult>(key, resolverKey);

  /** Two open requests of different reporters, both resolved, invited and answered. */
  const answeredTwice = async () => {
    const open = local.site.listRequests({ limit: 50, projectKey: 'SD', status: 'open' });
    const first = open[0]!;
    const second = open.find((request) => request.reporterId !== first.reporterId)!;
    for (const request of [first, second])
      await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    await advance(3600 + 5 * 60);
    const closedAnswer = await portal(first.key, first.reporterId, 'submitSurvey', {
      ces: 2,
      csat: 3,
      comment: 'Call me on 555-0100 — Jo',
    });
    const keptAnswer = await portal(second.key, second.reporterId, 'submitSurvey', {
      ces: 6,
      csat: 5,
      comment: 'Great help',
    });
    expect([closedAnswer.ok, keptAnswer.ok]).toEqual([true, true]);
    // A low score: an agent marks the follow-up done, so an agent's id is stored too.
    expect(await agentView(first.key, 'markFollowUpDone')).toMatchObject({ ok: true });
    return { closed: first, kept: second };
  };

  it('erases a closed account everywhere, keeps its scores, and leaves other accounts alone', async () => {
    const { closed, kept } = await answeredTwice();
    expect(await storedText()).toContain(closed.reporterId);

    local.runtime.closedAccounts.add(closed.reporterId);
    await local.runtime.runScheduled('privacy-report');
    await advance(60); // the rebuild of the aggregates the anonymised facts belong to
    expect(local.runtime.log.countBy('error')).toBe(0);

    const stored = await storedText();
    expect(stored).not.toContain(closed.reporterId);
    expect(stored).not.toContain('555-0100');
    expect(stored).toContain(kept.reporterId);
    expect(stored).toContain('Great help');

    // Metrics are kept, identity is not.
    expect(await agentView(closed.key)).toMatchObject({
      ok: true,
      data: {
        survey: { state: 'answered' },
        answer: { ces: 2, csat: 3, comment: null, respondent: { accountId: 'anonymised' } },
        followUp: { needed: false },
      },
    });
    expect(await agentView(kept.key)).toMatchObject({
      ok: true,
      data: {
        answer: { ces: 6, csat: 5, comment: 'Great help', respondent: { accountId: kept.reporterId } },
        customerRecent: [{ ticketKey: kept.key, ces: 6, csat: 5 }],
      },
    });

    // A second run finds nothing more to do.
    const again = (await local.runtime.runScheduled('privacy-report')) as {
      closed: number;
      finished: boolean;
    };
    expect(again).toMatchObject({ closed: 0, finished: true });
  });

  it('reports in batches of at most 90 and acts on closed accounts of every batch', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `qm:acct-${String(i).padStart(3, '0')}`);
    for (const accountId of ids) {
      await kvs.entity('customer').set(accountId, {
        accountId,
        version: 1,
        state: { accountId, surveyed: [], recent: [] },
      });
    }
    const closed = [ids[3]!, ids[120]!, ids[199]!];
    closed.forEach((accountId) => local.runtime.closedAccounts.add(accountId));

    const run = await local.runtime.runScheduled('privacy-report');
    expect(run).toMatchObject({ reported: 200, closed: 3, finished: true });
    const stored = await storedText();
    for (const accountId of closed) expect(stored).not.toContain(`"${accountId}"`);
    expect(stored).toContain(`"${ids[4]!}"`);
  });
});
