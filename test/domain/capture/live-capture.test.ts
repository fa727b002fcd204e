import {
  emptyObservation,
  mergeAll,
  mergeTicketObservations,
  observationFromChangelog,
  observationFromComment,
  observationFromCreatedEvent,
  observationFromWorklog,
  ticketRecordFrom,
  ticketRecordOf,
  type ObservationResult,
  type TicketObservation,
} from '../../../src/domain/capture';
import { parseRecord } from '../../../src/domain/records/canonical';
import {
  AGENT,
  AUTOMATION_APP,
  DAY,
  REPORTER,
  at,
  comment,
  iso,
  resolutionHistory,
  restIssue,
  worklog,
} from './jira-fixtures';

const ms = (minutes: number) => Date.parse(at(minutes));
const received = { receivedAt: ms(10 * DAY) };

function ok(result: ObservationResult): TicketObservation {
  if (!result.ok) throw new Error(result.reason);
  return result.observation;
}

/** The event issue Forge sends: a subset of fields, the reporter by account id only. */
const eventIssue = (fields: Record<string, unknown> = {}) => ({
  id: '10001',
  key: 'SD-1',
  fields: { reporter: { accountId: REPORTER }, project: { key: 'SD' }, ...fields },
});

const created = () =>
  ok(
    observationFromCreatedEvent(
      { eventType: 'avi:jira:created:issue', issue: restIssue(), timestamp: Date.parse(at(0)) },
      received,
    ),
  );
const commented = (c: ReturnType<typeof comment>) =>
  ok(observationFromComment({ eventType: 'avi:jira:commented:issue', issue: eventIssue(), comment: c }));
const changed = (minutes: number, resolved: boolean) =>
  ok(
    observationFromChangelog(
      {
        eventType: 'avi:jira:updated:issue',
        issue: eventIssue(),
        timestamp: ms(minutes),
        changelog: { id: `cl-${minutes}`, items: resolutionHistory('x', minutes, resolved).items },
      },
      received,
    ),
  );
const logged = (id: string, seconds: number, minutes: number) =>
  ok(
    observationFromWorklog(
      { eventType: 'avi:jira:created:worklog', worklog: worklog(id, seconds, minutes) },
      received,
    ),
  );

/** One ticket's life: created, an automated then a human reply, resolved, reopened, resolved, a follow-up. */
function liveEvents(): TicketObservation[] {
  return [
    created(),
    commented(comment('c1', 2, AUTOMATION_APP, 'app')),
    commented(comment('c2', 25, AGENT, 'atlassian')),
    logged('w1', 900, 30),
    changed(60, true),
    changed(DAY, false),
    changed(2 * DAY, true),
    commented(comment('c3', 2 * DAY + 6 * DAY, REPORTER, 'customer')),
    logged('w2', 300, DAY + 10),
  ];
}

const backfilled = () => {
  const result = ticketRecordFrom(
    restIssue(),
    { observedAt: ms(20 * DAY) },
    {
      histories: [
        resolutionHistory('1', 60, true),
        resolutionHistory('2', DAY, false),
        resolutionHistory('3', 2 * DAY, true),
      ],
      comments: [
        comment('c1', 2, AUTOMATION_APP, 'app'),
        comment('c2', 25, AGENT, 'atlassian'),
        comment('c3', 8 * DAY, REPORTER, 'customer'),
      ],
      worklogs: [worklog('w1', 900, 30), worklog('w2', 300, DAY + 10)],
    },
  );
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('live capture', () => {
  it('gives the same record as a backfill of the same ticket', () => {
    const live = ticketRecordOf(mergeAll(emptyObservation('10001'), ...liveEvents()));
    const expected = {
      type: 'ticket',
      source: 'jsm',
      id: '10001',
      key: 'SD-1',
      project: 'SD',
      kind: 'request',
      priority: 'High',
      requestType: 'Get IT help',
      assignee: AGENT,
      team: 'Desk A',
      organization: 'Finance',
      reporter: REPORTER,
      createdAt: iso(0),
      firstResponseAt: iso(2),
      firstResponseBy: 'automation',
      resolvedAt: iso(60),
      reopenedAt: [iso(DAY)],
      followUpAt: [iso(8 * DAY)],
      handleSeconds: 1200,
      statusInquiry: false,
    };
    expect(live).toEqual({ ok: true, record: expected });
    expect(backfilled().record).toEqual(expected);
    expect(parseRecord(expected).ok).toBe(true);
  });

  it('ends the same whatever order events come in, repeated or late, before or after a backfill', () => {
    const events = liveEvents();
    const forwards = mergeAll(emptyObservation('10001'), ...events);
    const backwards = mergeAll(emptyObservation('10001'), ...[...events].reverse());
    const twice = mergeAll(emptyObservation('10001'), ...events, ...events);
    expect(backwards).toEqual(forwards);
    expect(twice).toEqual(forwards);
    const { observation } = backfilled();
    const liveThenBackfill = mergeTicketObservations(forwards, observation);
    const backfillThenLive = mergeAll(observation, ...events);
    expect(backfillThenLive).toEqual(liveThenBackfill);
    expect(ticketRecordOf(liveThenBackfill)).toEqual({ ok: true, record: backfilled().record });
  });

  it('counts a follow-up whose resolution arrives after it', () => {
    const followUp = commented(comment('c3', 60 + 6 * DAY, REPORTER, 'customer'));
    const merged = mergeAll(created(), followUp, changed(60, true));
    const result = ticketRecordOf(merged);
    expect(result.ok && result.record.followUpAt).toEqual([iso(60 + 6 * DAY)]);
  });

  it('has no record until the ticket’s creation is known', () => {
    expect(ticketRecordOf(commented(comment('c2', 25, AGENT, 'atlassian')))).toEqual({
      ok: false,
      reason: 'ticket 10001: createdAt unknown',
    });
  });

  it('keeps attribution a later event does not carry, and takes the latest one it does', () => {
    const reassigned = ok(
      observationFromChangelog(
        {
          issue: eventIssue({ assignee: { accountId: 'agent-2' } }),
          timestamp: ms(90),
          changelog: { items: [] },
        },
        received,
      ),
    );
    const merged = mergeAll(created(), reassigned);
    const record = ticketRecordOf(merged);
    expect(record.ok && [record.record.assignee, record.record.team, record.record.priority]).toEqual([
      'agent-2',
      'Desk A',
      'High',
    ]);
    expect(ticketRecordOf(mergeAll(reassigned, created()))).toEqual(record);
  });

  describe('observationFromComment', () => {
    it('makes an internal comment say nothing', () => {
      expect(commented(comment('c1', 5, AGENT, 'atlassian', false))).toEqual(emptyObservation('10001'));
    });

    it('takes the reporter from the caller when the event leaves it out', () => {
      const event = { issue: { id: '10001', fields: {} }, comment: comment('c1', 5, REPORTER, 'customer') };
      expect(observationFromComment(event)).toEqual({ ok: false, reason: 'issue 10001: reporter unknown' });
      expect(ok(observationFromComment(event, { reporter: REPORTER })).contactsAt).toEqual([ms(5)]);
    });

    it('refuses a comment without its time', () => {
      const event = { issue: eventIssue(), comment: { author: { accountId: AGENT } } };
      expect(observationFromComment(event)).toEqual({
        ok: false,
        reason: expect.stringMatching(/^comment\.created: /),
      });
    });
  });

  describe('observationFromChangelog', () => {
    it('reads a resolution set and a resolution cleared at the event’s moment', () => {
      expect(changed(60, true).resolutionsAt).toEqual([ms(60)]);
      expect(changed(DAY, false).reopenedAt).toEqual([ms(DAY)]);
    });

    it('takes the moment it was received when the event has no timestamp', () => {
      const event = { issue: eventIssue(), changelog: { items: resolutionHistory('x', 0, true).items } };
      expect(ok(observationFromChangelog(event, received)).resolutionsAt).toEqual([received.receivedAt]);
    });

    it('refuses a payload without a changelog', () => {
      expect(observationFromChangelog({ issue: eventIssue() }, received).ok).toBe(false);
    });
  });

  describe('observationFromWorklog', () => {
    it('replaces an edited worklog and drops a deleted one, in any order', () => {
      const first = logged('w1', 900, 30);
      const edited = logged('w1', 1200, 40);
      const deleted = ok(
        observationFromWorklog(
          { eventType: 'avi:jira:deleted:worklog', timestamp: ms(50), worklog: worklog('w1', 1200, 40) },
          received,
        ),
      );
      const base = created();
      const handle = (...parts: TicketObservation[]) => {
        const result = ticketRecordOf(mergeAll(base, ...parts));
        return result.ok ? result.record.handleSeconds : 'no record';
      };
      expect(handle(first, edited)).toBe(1200);
      expect(handle(edited, first)).toBe(1200);
      expect(handle(first, edited, deleted)).toBeUndefined();
      expect(handle(deleted, edited, first)).toBeUndefined();
    });
  });
});
