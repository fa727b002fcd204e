import { ticketRecordFrom, type CaptureOptions } from '../../../src/domain/capture';
import { parseRecord } from '../../../src/domain/records/canonical';
import {
  AGENT,
  AUTOMATION_APP,
  BOT_PERSON,
  DAY,
  PARTICIPANT,
  REPORTER,
  at,
  comment,
  iso,
  resolutionHistory,
  restIssue,
  statusHistory,
  worklog,
} from './jira-fixtures';

const options: CaptureOptions = { observedAt: Date.parse('2026-02-01T00:00:00Z') };

function captured(issue: unknown, parts = {}, opts: Partial<CaptureOptions> = {}) {
  const result = ticketRecordFrom(issue, { ...options, ...opts }, parts);
  if (!result.ok) throw new Error(result.reason);
  const parsed = parseRecord(result.record);
  if (!parsed.ok) throw new Error(`not canonical: ${parsed.reason}`);
  return result;
}

describe('ticketRecordFrom', () => {
  it('builds the whole canonical record of a plain request', () => {
    const result = captured(restIssue(), {
      histories: [statusHistory('1', 5), resolutionHistory('2', 120, true)],
      comments: [comment('c1', 20, AGENT, 'atlassian')],
      worklogs: [worklog('w1', 600)],
    });
    expect(result.record).toEqual({
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
      createdAt: '2026-01-05T09:00:00.000Z',
      firstResponseAt: '2026-01-05T09:20:00.000Z',
      firstResponseBy: 'human',
      resolvedAt: '2026-01-05T11:00:00.000Z',
      reopenedAt: [],
      followUpAt: [],
      handleSeconds: 600,
      statusInquiry: false,
    });
    expect(result.skipped).toEqual([]);
    expect(result.record).not.toHaveProperty('valueAt');
  });

  describe('first response', () => {
    it('is the first public comment by an agent', () => {
      const { record } = captured(restIssue(), {
        comments: [comment('c1', 3, REPORTER, 'customer'), comment('c2', 15, AGENT, 'atlassian')],
      });
      expect(record.firstResponseAt).toBe(iso(15));
      expect(record.firstResponseBy).toBe('human');
    });

    it('is automation when an app account answers first', () => {
      const { record } = captured(restIssue(), {
        comments: [comment('c1', 1, AUTOMATION_APP, 'app'), comment('c2', 15, AGENT, 'atlassian')],
      });
      expect(record.firstResponseAt).toBe(iso(1));
      expect(record.firstResponseBy).toBe('automation');
    });

    it('is automation when the author is one of the desk’s automation accounts', () => {
      const { record } = captured(
        restIssue(),
        { comments: [comment('c1', 2, BOT_PERSON, 'atlassian')] },
        { automationAccountIds: [BOT_PERSON] },
      );
      expect(record.firstResponseBy).toBe('automation');
    });

    it('ignores the reporter’s own comments and internal comments', () => {
      const { record } = captured(restIssue(), {
        comments: [
          comment('c1', 1, REPORTER, 'customer'),
          comment('c2', 2, AGENT, 'atlassian', false),
          {
            ...comment('c3', 3, AGENT, 'atlassian'),
            visibility: { type: 'role', value: 'Service Desk Team' },
          },
          comment('c4', 40, AGENT, 'atlassian'),
        ],
      });
      expect(record.firstResponseAt).toBe(iso(40));
    });

    it('is absent when only the reporter and internal notes spoke', () => {
      const { record } = captured(restIssue(), {
        comments: [comment('c1', 1, REPORTER, 'customer'), comment('c2', 2, AGENT, 'atlassian', false)],
      });
      expect(record).not.toHaveProperty('firstResponseAt');
      expect(record).not.toHaveProperty('firstResponseBy');
    });

    it('does not count a participant speaking for the customer', () => {
      const { record } = captured(
        restIssue(),
        { comments: [comment('c1', 1, PARTICIPANT, 'customer'), comment('c2', 9, AGENT, 'atlassian')] },
        { participantIds: [PARTICIPANT] },
      );
      expect(record.firstResponseAt).toBe(iso(9));
    });
  });

  it('keeps the first resolution and counts one reopen when resolved, reopened, resolved again', () => {
    const { record } = captured(restIssue({ resolutiondate: at(3 * DAY) }), {
      histories: [
        resolutionHistory('1', 60, true),
        resolutionHistory('2', 2 * DAY, false),
        statusHistory('3', 2 * DAY + 5),
        resolutionHistory('4', 3 * DAY, true),
      ],
    });
    expect(record.resolvedAt).toBe(iso(60));
    expect(record.reopenedAt).toEqual([iso(2 * DAY)]);
  });

  it('reads the changelog in time order whatever order it comes in', () => {
    const { record } = captured(restIssue(), {
      histories: [
        resolutionHistory('4', 3 * DAY, true),
        resolutionHistory('2', 2 * DAY, false),
        resolutionHistory('1', 60, true),
      ],
    });
    expect(record.resolvedAt).toBe(iso(60));
    expect(record.reopenedAt).toEqual([iso(2 * DAY)]);
  });

  it('falls back to resolutiondate only when the changelog has no resolution', () => {
    expect(captured(restIssue({ resolutiondate: at(90) }), { histories: [] }).record.resolvedAt).toBe(
      iso(90),
    );
    expect(
      captured(restIssue({ resolutiondate: at(500) }), { histories: [resolutionHistory('1', 90, true)] })
        .record.resolvedAt,
    ).toBe(iso(90));
  });

  it('counts the reporter’s public comment 6 days after resolution as a follow-up, not one 8 days after', () => {
    const resolved = 60;
    const { record } = captured(restIssue(), {
      histories: [resolutionHistory('1', resolved, true)],
      comments: [
        comment('c0', 30, REPORTER, 'customer'),
        comment('c1', resolved + 6 * DAY, REPORTER, 'customer'),
        comment('c2', resolved + 8 * DAY, REPORTER, 'customer'),
        comment('c3', resolved + 2 * DAY, AGENT, 'atlassian'),
        comment('c4', resolved + 3 * DAY, REPORTER, 'customer', false),
      ],
    });
    expect(record.followUpAt).toEqual([iso(resolved + 6 * DAY)]);
  });

  it('counts a participant’s follow-up only when participants are passed', () => {
    const parts = {
      histories: [resolutionHistory('1', 60, true)],
      comments: [comment('c1', 60 + DAY, PARTICIPANT, 'customer')],
    };
    expect(captured(restIssue(), parts).record.followUpAt).toEqual([]);
    expect(captured(restIssue(), parts, { participantIds: [PARTICIPANT] }).record.followUpAt).toEqual([
      iso(60 + DAY),
    ]);
  });

  it('sums the worklogs and leaves handle time out when there are none', () => {
    const parts = { worklogs: [worklog('w1', 600), worklog('w2', 1800, 90), worklog('w3', 45, 200)] };
    expect(captured(restIssue(), parts).record.handleSeconds).toBe(2445);
    expect(captured(restIssue(), { worklogs: [] }).record).not.toHaveProperty('handleSeconds');
  });

  it('reads the copies embedded in the issue when no full lists are passed', () => {
    const issue = {
      ...restIssue(),
      changelog: { startAt: 0, maxResults: 1, total: 1, histories: [resolutionHistory('1', 60, true)] },
    };
    issue.fields = {
      ...issue.fields,
      comment: { comments: [comment('c1', 7, AGENT, 'atlassian')], total: 1 },
      worklog: { worklogs: [worklog('w1', 300)], total: 1 },
    } as typeof issue.fields;
    const { record } = captured(issue);
    expect([record.resolvedAt, record.firstResponseAt, record.handleSeconds]).toEqual([iso(60), iso(7), 300]);
  });

  describe('kind', () => {
    it('follows the desk’s request-type mapping first', () => {
      expect(captured(restIssue(), {}, { kindByRequestType: { '7': 'incident' } }).record.kind).toBe(
        'incident',
      );
    });

    it('otherwise follows the issue type name', () => {
      const incident = restIssue({ issuetype: { id: '1', name: 'IT Incident' } });
      expect(captured(incident).record.kind).toBe('incident');
      expect(captured(restIssue()).record.kind).toBe('request');
    });
  });

  it('leaves out attribution Jira has empty', () => {
    const { record } = captured(
      restIssue({ assignee: null, customfield_10001: null, customfield_10002: [], priority: null }),
    );
    for (const field of ['assignee', 'team', 'organization', 'priority'])
      expect(record).not.toHaveProperty(field);
  });

  it('reads custom fields under the ids a site gives them', () => {
    const issue = restIssue({ customfield_10001: undefined, customfield_20001: { name: 'Desk B' } });
    expect(captured(issue, {}, { fieldIds: { team: 'customfield_20001' } }).record.team).toBe('Desk B');
  });

  it('refuses an issue without created, and names the field', () => {
    expect(ticketRecordFrom(restIssue({ created: undefined }), options)).toEqual({
      ok: false,
      reason: 'fields.created: missing',
    });
    const bad = ticketRecordFrom(restIssue({ created: '2026-01-05 09:00' }), options);
    expect(bad).toEqual({ ok: false, reason: expect.stringContaining('fields.created') });
    expect(ticketRecordFrom(null, options).ok).toBe(false);
  });

  it('skips an unreadable comment and says so', () => {
    const result = captured(restIssue(), { comments: [{ id: 'c1', author: { accountId: AGENT } }] });
    expect(result.skipped).toEqual([expect.stringMatching(/^comments\.0\.created: /)]);
    expect(result.record).not.toHaveProperty('firstResponseAt');
  });
});
