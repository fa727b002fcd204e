import { KvsSettingsStore } from '../../src/adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../../src/adapters/forge/kvs-ticket-store';
import { QueueRollups } from '../../src/adapters/forge/queue-rollups';
import { JiraUnavailable } from '../../src/app/errors';
import type { ServiceDesk } from '../../src/app/ports/service-desk';
import { handleResolutionChange, ISSUE_READ_WAIT_MS } from '../../src/app/survey/handle-resolution-change';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * A Jira that never answers must not cost the resolution either: after `ISSUE_READ_WAIT_MS` the
 * resolution is stored from its event, well before the trigger's 25 s are up.
 */
describe('a resolution while Jira does not answer', () => {
  let local: Site;

  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(async () => {
    jest.useRealTimers();
    await local.close();
  });

  it('is stored from the event once the wait is over, with the read owed and a redelivery asked for', async () => {
    const request = local.site.listRequests({ limit: 1, projectKey: 'SD', status: 'open' })[0]!;
    const tickets = new KvsTicketStore();
    const silent = { snapshotOf: () => new Promise(() => undefined) } as unknown as ServiceDesk;
    // Only the wait is on a fake timer; storage answers as usual.
    jest.useFakeTimers({ doNotFake: ['Date', 'nextTick', 'setImmediate', 'queueMicrotask', 'performance'] });
    const handled = handleResolutionChange(
      { tickets, settings: new KvsSettingsStore(), desk: silent, rollups: new QueueRollups() },
      {
        kind: 'resolved',
        issueId: request.issueId,
        issueKey: request.key,
        projectKey: 'SD',
        changelogId: '990001',
        at: '2026-03-02T09:00:00.000Z',
        by: null,
        resolution: 'Done',
      },
      { reporter: request.reporterId },
    );
    const outcome = handled.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await jest.advanceTimersByTimeAsync(ISSUE_READ_WAIT_MS - 1);
    expect((await tickets.load(request.issueId)).ticket.value).toBeNull();
    await jest.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(JiraUnavailable);
    expect((error as JiraUnavailable).message).toContain('no answer within 12 s');
    const stored = (await tickets.load(request.issueId)).ticket.value!;
    expect(stored.pendingSnapshot).toBe('990001');
    expect(stored.surveys.map((survey) => [survey.state, survey.resolvedAt])).toEqual([
      ['scheduled', '2026-03-02T09:00:00.000Z'],
    ]);
    expect(ISSUE_READ_WAIT_MS).toBeLessThan(25_000);
  });
});
