import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { TicketTimings } from '../../src/contract/backfill';
import type { AgentTicketResult } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * Resolutions that arrive late, out of order, or not at all, and Jira outages at resolution:
 * driven from outside through the local control API (`/_local/...`), as a tester would. Forge
 * promises neither order nor more than four redeliveries of an event, so the app must decide from
 * the changes themselves, confirm before it invites, and recover what never arrived.
 */
describe('resolutions out of order, lost, or during a Jira outage', () => {
  let local: Site;
  let server: Server;
  let base: string;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    server = await new Promise<Server>((resolve) => {
      const listening = local.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_local`;
    key = local.site.listRequests({ limit: 5, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await local.close();
  });

  /** One control API call; fails the test on anything but a 2xx. */
  async function control<T = unknown>(path: string, body: unknown = {}): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  const advance = (seconds: number) => control('/clock/advance', { seconds });

  const { issuePanel } = surfaces(() => local);
  const agentView = async () => {
    const view = await issuePanel<AgentTicketResult>(key, 'getTicketResult');
    if (!view.ok) throw new Error(view.error.message);
    return view.data;
  };
  const timings = async () => {
    const answer = await issuePanel<TicketTimings | null>(key, 'getTicketTimings');
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  const invitations = () =>
    local.site
      .request(key)!
      .comments.filter((comment) => comment.authorId === local.site.appAccountId() && comment.public);
  const triggerOutcomes = () =>
    local.runtime.log
      .recent()
      .filter((record) => record.functionKey === 'on-issue-updated')
      .map((record) => record.outcome);

  it('a resolution delivered 5 minutes late, after the reopen, schedules nothing and invites no one', async () => {
    await control(`/requests/${key}/resolve`, { delaySeconds: 300 }); // 09:00, its event held back
    await advance(60);
    await control(`/requests/${key}/reopen`); // 09:01, delivered at once
    expect((await agentView()).survey).toBeNull();
    await advance(240); // 09:05: the stale resolution arrives
    expect(triggerOutcomes()).toEqual(['ok', 'ok']);
    // A newer change (the reopen) is stored: the late resolution is kept in the history only.
    expect((await agentView()).survey).toBeNull();
    await advance(3 * 3600);
    expect(invitations()).toHaveLength(0);
    expect((await agentView()).survey).toBeNull();
  });

  it('a reopen whose event never arrives: the sweeper reads the request, withdraws the survey, posts nothing', async () => {
    await control(`/requests/${key}/resolve`);
    await advance(10 * 60);
    await control(`/requests/${key}/reopen`, { dropped: true });
    expect((await agentView()).survey).toMatchObject({ state: 'scheduled' });
    await advance(3600); // the invitation fell due at 10:00
    expect(invitations()).toHaveLength(0);
    const survey = (await agentView()).survey!;
    expect(survey.state).toBe('cancelled');
    expect(survey.timeline.map((entry) => entry.event)).toEqual(['scheduled', 'cancelled']);
  });

  it.each([
    ['503s', { status: 503 }],
    ['429s with Retry-After: 120', { status: 429, retryAfterSeconds: 120 }],
  ])(
    'a 10-minute Jira outage (%s) at resolution: recorded from the event, invited within 24 h, completed by the reconciliation',
    async (_name, fault) => {
      await control('/faults', { ...fault, untilSeconds: 600 });
      await control(`/requests/${key}/resolve`); // 09:00
      await advance(10 * 60);
      // Every delivery met the outage; Forge retries four times, then gives up.
      expect(triggerOutcomes()).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
      // Yet the resolution and its survey are stored, from what the event carried.
      expect((await agentView()).survey).toMatchObject({
        state: 'scheduled',
        resolvedAt: '2026-03-02T09:00:00.000Z',
        dueAt: '2026-03-02T10:00:00.000Z',
      });
      expect(await timings()).toBeNull(); // the issue read is still owed
      await advance(50 * 60 + 5 * 60); // 10:05: the sweeper and the hourly reconciliation have run
      expect(invitations()).toHaveLength(1);
      const sentAt = Date.parse(invitations()[0]!.created);
      expect(sentAt - Date.parse('2026-03-02T09:00:00.000Z')).toBeLessThanOrEqual(24 * 3600_000);
      expect((await agentView()).survey).toMatchObject({ state: 'invited', late: false });
      // The reconciliation finished the read the trigger could not: the ticket's timings are known.
      expect(await timings()).toMatchObject({ resolvedAt: '2026-03-02T09:00:00.000Z' });
    },
  );

  it('a resolution whose event never arrives is found by the hourly reconciliation, and invited once', async () => {
    const { event } = await control<{ event: { eventType: string } }>(`/requests/${key}/resolve`, {
      dropped: true,
    });
    expect(triggerOutcomes()).toEqual([]);
    await advance(30 * 60);
    expect((await agentView()).survey).toBeNull();
    await advance(30 * 60); // 10:00: the reconciliation runs
    expect((await agentView()).survey).toMatchObject({
      resolvedAt: '2026-03-02T09:00:00.000Z',
      cycle: 1,
    });
    await advance(5 * 60);
    expect(invitations()).toHaveLength(1);
    // The event turning up after all is the same change: nothing more happens.
    await local.runtime.deliverProductEvent(event);
    await advance(3600);
    expect(invitations()).toHaveLength(1);
    expect((await agentView()).survey).toMatchObject({ state: 'invited', cycle: 1 });
  });
});
