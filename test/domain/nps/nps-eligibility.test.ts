import { EMPTY_CUSTOMER_NPS, type CustomerNps, type NpsCycle } from '../../../src/domain/nps/nps-cycle';
import { decideNpsPrompt } from '../../../src/domain/nps/nps-eligibility';
import { npsSettingsSchema } from '../../../src/domain/nps/nps-settings';
import { NO_DIMENSIONS } from '../../../src/domain/facts/dimensions';

const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const settings = npsSettingsSchema.parse({ enabledProjects: ['SD'] });
const resolved = (days: number, projectKey = 'SD') => ({
  issueId: '10001',
  issueKey: `${projectKey}-1`,
  projectKey,
  at: daysAgo(days),
});
const cycle = (shownDaysAgo: number, state: NpsCycle['state']): NpsCycle => ({
  id: 'c1',
  number: 1,
  shownAt: daysAgo(shownDaysAgo),
  anchor: { issueId: '10001', issueKey: 'SD-1', projectKey: 'SD', dimensions: NO_DIMENSIONS },
  state,
  endedAt: state === 'shown' ? null : daysAgo(shownDaysAgo),
  score: state === 'answered' ? 8 : null,
  reason: null,
  comment: null,
  explained: false,
  followUpId: null,
});
const decide = (nps: Partial<CustomerNps>, extra: { lastSurveyedAt?: Date; samplingPercent?: number } = {}) =>
  decideNpsPrompt({
    settings: { ...settings, samplingPercent: extra.samplingPercent ?? 100 },
    accountId: 'customer-1',
    nps: { ...EMPTY_CUSTOMER_NPS, ...nps },
    lastSurveyedAt: extra.lastSurveyedAt ?? null,
    now,
  });

describe('who is asked NPS, and when', () => {
  it('starts a cycle for a customer with a recent resolution in an enabled desk', () => {
    expect(decide({ lastResolved: resolved(10), cycles: 2 })).toEqual({
      kind: 'start',
      number: 3,
      anchor: resolved(10),
    });
  });

  it('shows an unanswered prompt again within the cycle', () => {
    expect(decide({ lastResolved: resolved(10), current: cycle(3, 'shown') }).kind).toBe('open');
  });

  it('does not ask someone asked last month, answered or dismissed', () => {
    expect(decide({ lastResolved: resolved(10), current: cycle(30, 'answered') })).toEqual({
      kind: 'skip',
      reason: 'asked-this-cycle',
    });
    expect(decide({ lastResolved: resolved(10), current: cycle(30, 'dismissed') })).toEqual({
      kind: 'skip',
      reason: 'asked-this-cycle',
    });
  });

  it('asks again once the interval (90 days by default) has passed', () => {
    expect(decide({ lastResolved: resolved(10), current: cycle(90, 'answered'), cycles: 1 }).kind).toBe(
      'start',
    );
    expect(decide({ lastResolved: resolved(10), current: cycle(89, 'answered') }).kind).toBe('skip');
  });

  it('names each reason for not asking', () => {
    expect(decide({})).toEqual({ kind: 'skip', reason: 'no-recent-resolution' });
    expect(decide({ lastResolved: resolved(181) })).toEqual({ kind: 'skip', reason: 'no-recent-resolution' });
    expect(decide({ lastResolved: resolved(10, 'HR') })).toEqual({
      kind: 'skip',
      reason: 'desk-not-enabled',
    });
    expect(decide({ lastResolved: resolved(10) }, { lastSurveyedAt: new Date(daysAgo(6)) })).toEqual({
      kind: 'skip',
      reason: 'quiet-after-survey',
    });
    expect(decide({ lastResolved: resolved(10) }, { lastSurveyedAt: new Date(daysAgo(7)) }).kind).toBe(
      'start',
    );
    expect(decide({ lastResolved: resolved(10) }, { samplingPercent: 0 })).toEqual({
      kind: 'skip',
      reason: 'not-sampled',
    });
  });

  it('samples about the share asked, the same way all period long', () => {
    const asked = Array.from({ length: 2000 }, (_, i) =>
      decideNpsPrompt({
        settings: { ...settings, samplingPercent: 25 },
        accountId: `customer-${i}`,
        nps: { ...EMPTY_CUSTOMER_NPS, lastResolved: resolved(10) },
        lastSurveyedAt: null,
        now,
      }),
    ).filter((decision) => decision.kind === 'start').length;
    expect(asked).toBeGreaterThan(440);
    expect(asked).toBeLessThan(560);
  });

  it('is off everywhere on a fresh install', () => {
    expect(
      decideNpsPrompt({
        settings: npsSettingsSchema.parse({}),
        accountId: 'customer-1',
        nps: { ...EMPTY_CUSTOMER_NPS, lastResolved: resolved(1) },
        lastSurveyedAt: null,
        now,
      }),
    ).toEqual({ kind: 'skip', reason: 'desk-not-enabled' });
  });
});
