import type { AgentSurvey } from '../../src/contract/survey';
import { SKIP_REASONS, SURVEY_STATES } from '../../src/domain/survey/survey';
import {
  LATE_NOTE,
  SKIP_REASON_TEXT,
  STATE_LOZENGE,
  timelineRows,
} from '../../static/issue-panel/src/survey-labels';

const survey = (changes: Partial<AgentSurvey>): AgentSurvey => ({
  id: '1:1',
  state: 'scheduled',
  skipReason: null,
  late: false,
  cycle: 1,
  resolvedAt: '2025-03-02T12:00:00.000Z',
  dueAt: '2025-03-02T13:00:00.000Z',
  invitedAt: null,
  remindedAt: null,
  expiresAt: null,
  answeredAt: null,
  timeline: [{ event: 'scheduled', at: '2025-03-02T12:00:00.000Z' }],
  ...changes,
});

describe('agent panel labels', () => {
  it('names every state and skip reason', () => {
    for (const state of SURVEY_STATES) expect(STATE_LOZENGE[state].label).toBeTruthy();
    for (const reason of SKIP_REASONS) expect(SKIP_REASON_TEXT[reason]).toMatch(/\.$/);
  });

  it('lists a scheduled survey with its coming invitation', () => {
    expect(timelineRows(survey({})).map((row) => [row.label, row.upcoming])).toEqual([
      ['Scheduled', false],
      ['Invitation due', true],
    ]);
  });

  it('orders events by time, notes a late invitation and shows when an open survey expires', () => {
    const rows = timelineRows(
      survey({
        state: 'invited',
        late: true,
        expiresAt: '2025-03-20T00:00:00.000Z',
        timeline: [
          { event: 'reminded', at: '2025-03-10T00:00:00.000Z' },
          { event: 'scheduled', at: '2025-03-02T12:00:00.000Z' },
          { event: 'invited', at: '2025-03-04T00:00:00.000Z' },
        ],
      }),
    );
    expect(rows.map((row) => row.label)).toEqual([
      'Scheduled',
      'Invitation sent',
      'Reminder sent',
      'Expires',
    ]);
    expect(rows[1]?.detail).toBe(LATE_NOTE);
  });

  it('says in words why a resolution was skipped', () => {
    const rows = timelineRows(
      survey({
        state: 'skipped',
        skipReason: 'not-sampled',
        dueAt: null,
        timeline: [{ event: 'skipped', at: '2025-03-02T12:00:00.000Z' }],
      }),
    );
    expect(rows).toEqual([
      expect.objectContaining({ label: 'Skipped', detail: 'Not picked by sampling.', upcoming: false }),
    ]);
  });

  it('shows why Jira refused an invitation, with its status', () => {
    const rows = timelineRows(
      survey({
        state: 'failed',
        dueAt: '2025-03-02T13:00:00.000Z',
        failure: { status: 403, reason: 'You do not have permission to comment on this request.' },
        timeline: [
          { event: 'scheduled', at: '2025-03-02T12:00:00.000Z' },
          { event: 'failed', at: '2025-03-02T13:00:00.000Z' },
        ],
      }),
    );
    expect(STATE_LOZENGE.failed).toEqual({ label: 'Not sent', tone: 'danger' });
    expect(rows.map((row) => [row.label, row.detail, row.upcoming])).toEqual([
      ['Scheduled', null, false],
      [
        'Invitation refused by Jira',
        'You do not have permission to comment on this request. (HTTP 403)',
        false,
      ],
    ]);
  });
});
