import { parseNpsReason, parseNpsScore } from '../../../src/domain/nps/nps-answer';
import { npsBandOf } from '../../../src/domain/nps/nps-band';
import { npsReasonsFor, npsSettingsSchema, DEFAULT_NPS_REASONS } from '../../../src/domain/nps/nps-settings';
import {
  changeFollowUpState,
  explainFollowUp,
  needsFollowUp,
  openFollowUp,
} from '../../../src/domain/nps/nps-follow-up';

describe('an NPS answer', () => {
  it('is a whole score from 0 to 10', () => {
    expect(parseNpsScore({ score: 0 })).toEqual({ ok: true, value: 0 });
    expect(parseNpsScore({ score: 10 })).toEqual({ ok: true, value: 10 });
    for (const score of [-1, 11, 7.5, '7', null]) {
      expect(parseNpsScore({ score })).toEqual({
        ok: false,
        errors: [{ field: 'score', message: 'The score must be a whole number from 0 to 10.' }],
      });
    }
  });

  it('refuses unknown fields, such as naming another account', () => {
    expect(parseNpsScore({ score: 3, accountId: 'someone-else' })).toEqual({
      ok: false,
      errors: [{ field: '', message: 'Unexpected field: "accountId". A score has only "score".' }],
    });
    expect(parseNpsScore('3')).toEqual({
      ok: false,
      errors: [{ field: '', message: 'The answer must be an object. A score has only "score".' }],
    });
  });

  it('takes an optional reason and a plain-text comment of at most 2,000 characters', () => {
    expect(parseNpsReason({ reason: ' Too slow ', comment: '  Took a week. ' })).toEqual({
      ok: true,
      value: { reason: 'Too slow', comment: 'Took a week.' },
    });
    expect(parseNpsReason({})).toEqual({ ok: true, value: {} });
    expect(parseNpsReason({ comment: 'x'.repeat(2001) })).toEqual({
      ok: false,
      errors: [{ field: 'comment', message: 'The comment must be at most 2,000 characters long.' }],
    });
    expect(parseNpsReason({ comment: '<script>alert(1)</script>' }).ok).toBe(false);
    expect(parseNpsReason({ reason: 4 })).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'The reason must be text.' }],
    });
  });

  it('falls in the bands of metrics.md', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBandOf)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('offers the reasons of the customer’s language, else the defaults', () => {
    const settings = npsSettingsSchema.parse({
      reasons: { de: { detractor: ['Zu langsam', 'Nicht gelöst'] } },
    });
    expect(npsReasonsFor(settings, 'de-DE', 'detractor')).toEqual(['Zu langsam', 'Nicht gelöst']);
    expect(npsReasonsFor(settings, 'de', 'promoter')).toEqual(DEFAULT_NPS_REASONS.promoter);
    expect(npsReasonsFor(settings, 'fr', 'detractor')).toEqual(DEFAULT_NPS_REASONS.detractor);
  });
});

describe('an NPS follow-up', () => {
  const opened = openFollowUp({
    id: 'f1',
    accountId: 'customer-1',
    at: '2026-06-01T12:00:00.000Z',
    score: 3,
    band: 'detractor',
    projectKey: 'SD',
    requestKey: 'SD-7',
    organization: 'Finance',
  });

  it('opens for detractors, and for passives only when set', () => {
    expect(needsFollowUp('detractor', false)).toBe(true);
    expect(needsFollowUp('passive', false)).toBe(false);
    expect(needsFollowUp('passive', true)).toBe(true);
    expect(needsFollowUp('promoter', true)).toBe(false);
  });

  it('keeps every change in its history, with who and when', () => {
    const explained = explainFollowUp(opened, 'Too slow', 'A week', '2026-06-01T12:01:00.000Z');
    const contacted = changeFollowUpState(explained, 'contacted', 'lead-1', '2026-06-02T09:00:00.000Z');
    if (!contacted.ok) throw new Error(contacted.message);
    const closed = changeFollowUpState(contacted.item, 'closed', 'lead-2', '2026-06-03T09:00:00.000Z');
    if (!closed.ok) throw new Error(closed.message);
    expect(closed.item).toMatchObject({
      state: 'closed',
      changedBy: 'lead-2',
      reason: 'Too slow',
      comment: 'A week',
    });
    expect(closed.item.history).toEqual([
      { at: '2026-06-01T12:00:00.000Z', by: 'customer-1', change: 'opened', from: null, to: 'open' },
      { at: '2026-06-01T12:01:00.000Z', by: 'customer-1', change: 'explained', from: null, to: null },
      { at: '2026-06-02T09:00:00.000Z', by: 'lead-1', change: 'state', from: 'open', to: 'contacted' },
      { at: '2026-06-03T09:00:00.000Z', by: 'lead-2', change: 'state', from: 'contacted', to: 'closed' },
    ]);
    expect(changeFollowUpState(closed.item, 'closed', 'lead-1', '2026-06-04T00:00:00.000Z')).toEqual({
      ok: false,
      message: 'This follow-up is already closed.',
    });
  });
});
