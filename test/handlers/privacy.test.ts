import { createRequestStargateAsApp } from '@forge/api';
import { kvs } from '@forge/kvs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ForgePersonalDataReport,
  KvsAccountRegistry,
  KvsPrivacyProgress,
} from '../../src/adapters/forge/kvs-personal-data';
import { runPersonalDataReport } from '../../src/app/privacy/report-personal-data';
import type { Envelope } from '../../src/contract/envelope';
import type { Breakdown, GadgetConfiguration, Scorecard } from '../../src/contract/gadgets';
import type { AgentTicketResult, PortalSurvey } from '../../src/contract/survey';
import { appDeps } from '../../src/entry/deps';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;
type Run = { reported: number; closed: number; updated: number; pending: number; cycle: string };

/**
 * The personal-data report on the local runtime, with the real handlers and SDKs: every account
 * the app stores is reported, in batches the platform accepts; an account the platform reports
 * closed disappears from the app's storage, names included, while every figure stays; a changed
 * display name replaces the stored one.
 */
describe('personal-data report', () => {
  let local: Site;

  jest.setTimeout(60_000);

  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => local.close());

  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };
  const report = async () => (await local.runtime.runScheduled('privacy-report')) as Run;
  /** A week of hourly runs: the next report cycle has run, and any rewrite it started is done. */
  const weekLater = async () => {
    await advance(7 * 86_400);
    expect(await kvs.get('privacy:progress')).toMatchObject({ cycle: null, pending: [] });
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

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const gadget = async <T>(moduleKey: string, resolverKey: string, config: Partial<GadgetConfiguration>) => {
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: admin(),
        accountType: 'licensed',
        localId: moduleKey,
        extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
      },
      resolverKey,
      {},
    )) as Envelope<T>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  /** The day the answers of `agentAtWork` fall on, which the gadgets below look at. */
  let today = '';
  const breakdownByAgent = () =>
    gadget<Breakdown>('cx-breakdown', 'getBreakdown', {
      period: { from: today, to: today },
      dimension: 'agent',
      metric: 'csat',
    });
  const scorecard = () =>
    gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period: { from: today, to: today },
      metrics: ['csat', 'ces'],
    });

  /**
   * An agent who first responds to (a public comment) and resolves three of their requests, and
   * another agent who resolves one; every customer answers. The figures are rolled up.
   */
  const agentAtWork = async () => {
    const open = local.site.listRequests({ limit: 200, projectKey: 'SD', status: 'open' });
    const byAgent = new Map<string, typeof open>();
    for (const request of open) {
      if (request.assigneeId)
        byAgent.set(request.assigneeId, [...(byAgent.get(request.assigneeId) ?? []), request]);
    }
    const [agentId, mine] = [...byAgent].find(([, requests]) => requests.length >= 3)!;
    const [, theirs] = [...byAgent].find(([id]) => id !== agentId)!;
    const agent = local.site.users().find((user) => user.accountId === agentId)!;
    const requests = [...mine.slice(0, 3), theirs[0]!];
    for (const request of requests.slice(0, 3)) {
      await local.runtime.deliverProductEvent(
        local.site.comment(request.key, { by: agentId, body: 'Looking into it now.' }),
      );
    }
    for (const request of requests) await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    await advance(3600 + 5 * 60);
    for (const [i, request] of requests.entries()) {
      const answer = await portal(request.key, request.reporterId, 'submitSurvey', {
        ces: 2 + i,
        csat: 1 + i,
        comment: `Thanks — ${request.reporterId}`,
      });
      expect(answer.ok).toBe(true);
    }
    await advance(120); // the rollups run after their debounce
    today = new Date(local.clock.now()).toISOString().slice(0, 10);
    return { agent, mine: requests.slice(0, 3), other: requests[3]! };
  };

  it('reports every stored account: the customers, and the agent who responded and resolved', async () => {
    const { agent, mine, other } = await agentAtWork();
    // The hourly run has already reported the accounts stored so far; the next is due in a week.
    const reported = local.runtime.accounts.reports.flat();
    expect(reported).toContain(agent.accountId);
    expect(reported).toContain(other.assigneeId);
    for (const request of [...mine, other]) expect(reported).toContain(request.reporterId);
    expect(new Set(reported).size).toBe(reported.length);
    expect(await report()).toMatchObject({ reported: 0, cycle: 'not-due' });
    await weekLater();
    expect(local.runtime.accounts.reports.flat()).toEqual([...reported, ...reported]);
  });

  it("erases a closed agent's id and name from tickets, facts and breakdowns, keeping every figure", async () => {
    const { agent, mine } = await agentAtWork();
    const before = await breakdownByAgent();
    const cardBefore = await scorecard();
    const row = before.rows.find((candidate) => candidate.key === agent.accountId)!;
    expect(row).toMatchObject({ label: agent.displayName, n: 3 });
    expect(await storedText()).toContain(agent.displayName);

    local.runtime.closedAccounts.add(agent.accountId);
    await weekLater();
    await advance(120); // the rebuild of the days whose facts were rewritten
    expect(local.runtime.log.countBy('error')).toBe(0);

    // Nothing stored names the agent any more: ticket records, facts, aggregates, the registry.
    const stored = await storedText();
    expect(stored).not.toContain(agent.accountId);
    expect(stored).not.toContain(agent.displayName);

    // The breakdown's row is the same figure under a stand-in; every other row and total is unchanged.
    const after = await breakdownByAgent();
    const standIn = after.rows.find((candidate) => candidate.label.startsWith('Former user'))!;
    expect(standIn.key).toMatch(/^former-[0-9a-f]{12}$/);
    expect({ ...standIn, key: row.key, label: row.label }).toEqual(row);
    expect(after.rows.filter((r) => r !== standIn)).toEqual(before.rows.filter((r) => r !== row));
    expect(after.total).toEqual(before.total);
    expect(await scorecard()).toEqual(cardBefore);
    expect(JSON.stringify(after)).not.toContain(agent.accountId);
    expect(JSON.stringify(after)).not.toContain(agent.displayName);

    // The ticket keeps its answer; the agent's drill-down follows the stand-in.
    expect(await agentView(mine[0]!.key)).toMatchObject({ ok: true, data: { answer: { csat: 1, ces: 2 } } });
    const drill = await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-breakdown',
        accountId: admin(),
        accountType: 'licensed',
        localId: 'drill',
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: { period: { from: today, to: today }, dimension: 'agent', metric: 'csat' },
        },
      },
      'getDrilldown',
      { key: standIn.key },
    );
    expect(drill).toMatchObject({ ok: true, data: { rows: expect.any(Array) } });
    expect((drill as Envelope<{ rows: unknown[] }> & { ok: true }).data.rows).toHaveLength(3);
  });

  it('erases a closed customer everywhere, keeps their scores, and leaves other accounts alone', async () => {
    const { mine } = await agentAtWork();
    const [closed, kept] = [mine[0]!, mine[1]!];
    expect(await agentView(closed.key, 'markFollowUpDone')).toMatchObject({ ok: true });
    local.runtime.closedAccounts.add(closed.reporterId);
    await weekLater();

    const stored = await storedText();
    expect(stored).not.toContain(closed.reporterId);
    expect(stored).toContain(kept.reporterId);
    expect(await agentView(closed.key)).toMatchObject({
      ok: true,
      data: {
        survey: { state: 'answered' },
        answer: { ces: 2, csat: 1, comment: null, respondent: { accountId: 'anonymised' } },
      },
    });
    expect(await agentView(kept.key)).toMatchObject({
      ok: true,
      data: { answer: { ces: 3, csat: 2, respondent: { accountId: kept.reporterId } } },
    });
  });

  it("replaces a stored display name when the platform reports the agent's profile updated", async () => {
    const { agent } = await agentAtWork();
    const before = await breakdownByAgent();
    local.site.renameUser(agent.accountId, 'Robin Renamed');
    local.runtime.accounts.profileChanged(agent.accountId, local.clock.now());

    await weekLater();
    const after = await breakdownByAgent();
    const row = after.rows.find((candidate) => candidate.key === agent.accountId)!;
    expect(row).toEqual({ ...before.rows.find((r) => r.key === agent.accountId)!, label: 'Robin Renamed' });
    expect(await storedText()).not.toContain(agent.displayName);
    // Refreshed and dated anew: the next cycle finds nothing to do for it.
    const registered = (await kvs
      .entity<{ state: { displayName: string } }>('account')
      .get(agent.accountId))!;
    expect(registered.state).toMatchObject({ displayName: 'Robin Renamed' });
    await weekLater();
    expect(await storedText()).toContain('Robin Renamed');
  });

  /** Registry entries as the app writes them, for accounts the site does not need to know. */
  const registerAccounts = async (count: number) => {
    const ids = Array.from({ length: count }, (_, i) => `qm:acct-${String(i).padStart(3, '0')}`);
    for (const accountId of ids) {
      await kvs
        .entity('account')
        .set(accountId, { accountId, state: { updatedAt: '2026-01-01T00:00:00.000Z', displayName: null } });
      await kvs.entity('customer').set(accountId, {
        accountId,
        version: 1,
        state: { accountId, surveyed: [], recent: [] },
      });
    }
    return ids;
  };

  it('reports in batches of at most 90 and acts on closed accounts of every batch', async () => {
    const ids = await registerAccounts(200);
    const closed = [ids[3]!, ids[120]!, ids[199]!];
    closed.forEach((accountId) => local.runtime.closedAccounts.add(accountId));

    expect(await report()).toMatchObject({ reported: 200, closed: 3, cycle: 'finished' });
    expect(local.runtime.accounts.reports.map((batch) => batch.length)).toEqual([90, 90, 20]);
    expect(local.runtime.accounts.reports.flat()).toEqual(ids);
    const stored = await storedText();
    for (const accountId of closed) expect(stored).not.toContain(`"${accountId}"`);
    expect(stored).toContain(`"${ids[4]!}"`);
  });

  it('resumes a cycle cut short by the time limit at the next batch, reporting each account once', async () => {
    const ids = await registerAccounts(200);
    // Each look at the clock costs a second: a run gets through part of the registry.
    let now = local.clock.now();
    const deps = {
      ...appDeps(),
      accounts: new KvsAccountRegistry(),
      progress: new KvsPrivacyProgress(),
      platform: new ForgePersonalDataReport(),
      newToken: () => 'abcdef012345',
      now: () => new Date((now += 1000)),
    };
    const runs = [];
    for (let i = 0; i < 10; i += 1) {
      const run = await runPersonalDataReport(deps, new Date(now + 5_000));
      runs.push(run.cycle);
      if (run.cycle === 'finished') break;
    }
    expect(runs.at(-1)).toBe('finished');
    expect(runs.slice(0, -1).every((cycle) => cycle === 'continuing')).toBe(true);
    expect(runs.length).toBeGreaterThan(1);
    expect(local.runtime.accounts.reports.flat()).toEqual(ids);
  });

  it('the local platform refuses a report of more than 90 accounts, as the platform does', async () => {
    const request = createRequestStargateAsApp();
    const accounts = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        accountId: `acct-${i}`,
        updatedAt: '2026-01-01T00:00:00Z',
      }));
    const post = (body: unknown) =>
      request('/app/report-accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const tooMany = await post({ accounts: accounts(91) });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toEqual({ message: 'At most 90 accounts may be reported per request.' });
    expect((await post({ accounts: [{ accountId: 'a' }] })).status).toBe(400);
    expect(local.runtime.accounts.reports).toEqual([]);

    expect((await post({ accounts: accounts(90) })).status).toBe(204);
    local.runtime.closedAccounts.add('acct-1');
    local.runtime.accounts.profileChanged('acct-2', Date.parse('2026-02-01T00:00:00Z'));
    local.runtime.accounts.profileChanged('acct-3', Date.parse('2025-12-01T00:00:00Z'));
    const answer = await post({ accounts: accounts(5) });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      accounts: [
        { accountId: 'acct-1', status: 'closed' },
        { accountId: 'acct-2', status: 'updated' },
      ],
    });
  });
});
