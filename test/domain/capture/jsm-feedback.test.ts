import { responseFromJsmFeedback } from '../../../src/domain/capture';
import { parseRecord } from '../../../src/domain/records/canonical';

const ticket = {
  ticketId: '10001',
  answeredAt: Date.parse('2026-01-06T10:00:00Z'),
  respondent: 'customer-1',
};

describe('responseFromJsmFeedback', () => {
  it('turns JSM’s rating into a CSAT response marked as coming from JSM', () => {
    const result = responseFromJsmFeedback(
      { type: 'csat', rating: 4, comment: { body: 'Quick, thanks' } },
      ticket,
    );
    expect(result).toEqual({
      ok: true,
      record: {
        type: 'response',
        source: 'jsm-feedback',
        ticketId: '10001',
        survey: 'csat',
        score: 4,
        answeredAt: '2026-01-06T10:00:00.000Z',
        respondent: 'customer-1',
        comment: 'Quick, thanks',
      },
    });
    const parsed = result.ok ? parseRecord(result.record) : null;
    expect(parsed).toMatchObject({ ok: true, record: { source: 'jsm-feedback', survey: 'csat', score: 4 } });
  });

  it('is never taken for the app’s own answers', () => {
    const result = responseFromJsmFeedback({ rating: 5 }, ticket);
    expect(result.ok && result.record.source).not.toBe('app');
  });

  it('leaves out an absent or empty comment and an unknown respondent', () => {
    const result = responseFromJsmFeedback(
      { rating: 2, comment: { body: '' } },
      { ...ticket, respondent: null },
    );
    expect(result.ok && result.record).toEqual({
      type: 'response',
      source: 'jsm-feedback',
      ticketId: '10001',
      survey: 'csat',
      score: 2,
      answeredAt: '2026-01-06T10:00:00.000Z',
    });
  });

  it('refuses a rating off the scale or missing, and an empty ticket id', () => {
    for (const feedback of [{ rating: 0 }, { rating: 6 }, { rating: 3.5 }, {}, null]) {
      expect(responseFromJsmFeedback(feedback, ticket).ok).toBe(false);
    }
    expect(responseFromJsmFeedback({ rating: 3 }, { ...ticket, ticketId: '' })).toEqual({
      ok: false,
      reason: 'ticketId: empty',
    });
  });
});
