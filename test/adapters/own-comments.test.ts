import { withoutComments } from '../../src/adapters/forge/own-comments';
import { observationFromRestIssue } from '../../src/domain/capture/ticket-record-from';
import { ticketRecordOf } from '../../src/domain/capture/ticket-record-of';

const APP = '712020:cx-metrics-app';
const AUTOMATION = '557058:automation-for-jira';

/** An issue as `GET /rest/api/3/issue/{key}?fields=…,comment` answers it (comment authors are UserDetails). */
const issue = {
  id: '10001',
  key: 'SD-1',
  fields: {
    created: '2026-01-05T09:00:00.000+0000',
    reporter: { accountId: 'cust-1', accountType: 'customer' },
    priority: { id: '3', name: 'Medium' },
    project: { key: 'SD' },
    comment: {
      total: 3,
      comments: [
        {
          id: '1',
          author: { accountId: AUTOMATION, accountType: 'app', displayName: 'Automation for Jira' },
          created: '2026-01-05T09:02:00.000+0000',
          jsdPublic: true,
        },
        {
          id: '2',
          author: { accountId: 'agent-1', accountType: 'atlassian', displayName: 'Ada Agent' },
          created: '2026-01-05T09:30:00.000+0000',
          jsdPublic: true,
        },
        {
          id: '3',
          author: { accountId: APP, accountType: 'app', displayName: 'CX Metrics' },
          created: '2026-01-05T09:01:00.000+0000',
          jsdPublic: true,
        },
      ],
    },
  },
};

describe('the app leaving its own comments out of an issue read', () => {
  it("drops the app's invitations and keeps every other author whole, account type included", () => {
    const kept = withoutComments(issue, APP) as typeof issue;
    expect(kept.fields.comment.comments.map((comment) => comment.id)).toEqual(['1', '2']);
    expect(kept.fields.comment.comments[0]!.author).toEqual({
      accountId: AUTOMATION,
      accountType: 'app',
      displayName: 'Automation for Jira',
    });
  });

  it("so Jira Automation's acknowledgement is the ticket's first response, by automation", () => {
    const observed = observationFromRestIssue(withoutComments(issue, APP), {
      observedAt: Date.parse('2026-01-06'),
    });
    if (!observed.ok) throw new Error(observed.reason);
    expect(observed.observation.firstResponse).toEqual({
      at: Date.parse('2026-01-05T09:02:00Z'),
      by: 'automation',
    });
    const record = ticketRecordOf(observed.observation);
    expect(record).toMatchObject({
      ok: true,
      record: { firstResponseAt: '2026-01-05T09:02:00.000Z', firstResponseBy: 'automation' },
    });
  });

  it('leaves an issue without comments as it is', () => {
    const bare = { id: '10002', fields: { created: '2026-01-05T09:00:00.000+0000' } };
    expect(withoutComments(bare, APP)).toBe(bare);
  });
});
