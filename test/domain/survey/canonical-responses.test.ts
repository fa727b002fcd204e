import { responseSchema } from '../../../src/domain/records/response';
import { markAnswered, toCanonicalResponses } from '../../../src/domain/survey';
import { hoursAfter, invited, unwrap } from './fixtures';

describe('toCanonicalResponses', () => {
  const answered = unwrap(markAnswered(invited(), { at: hoursAfter(5), respondent: 'participant-2' }));

  it('gives one ces and one csat record, the comment on the first only', () => {
    expect(toCanonicalResponses(answered, { ces: 6, csat: 4, comment: 'Fast and friendly.' })).toEqual([
      {
        type: 'response',
        source: 'jsm',
        ticketId: '10001',
        survey: 'ces',
        score: 6,
        answeredAt: '2026-03-02T15:00:00.000Z',
        respondent: 'participant-2',
        comment: 'Fast and friendly.',
      },
      {
        type: 'response',
        source: 'jsm',
        ticketId: '10001',
        survey: 'csat',
        score: 4,
        answeredAt: '2026-03-02T15:00:00.000Z',
        respondent: 'participant-2',
      },
    ]);
  });

  it('gives only the scores that were answered, the comment riding on the one there is', () => {
    expect(toCanonicalResponses(answered, { csat: 2, comment: 'Slow.' })).toEqual([
      expect.objectContaining({ survey: 'csat', score: 2, comment: 'Slow.' }),
    ]);
    expect(toCanonicalResponses(answered, { ces: 5 })).toEqual([
      expect.not.objectContaining({ comment: expect.anything() }),
    ]);
  });

  it('writes records the canonical schema accepts', () => {
    for (const record of toCanonicalResponses(
      answered,
      { ces: 7, csat: 5, comment: 'Thanks' },
      'cx-metrics',
    )) {
      expect(responseSchema.safeParse(record).success).toBe(true);
      expect(record.source).toBe('cx-metrics');
    }
  });

  it('gives nothing for a survey that is not answered', () => {
    expect(toCanonicalResponses(invited(), { ces: 7, csat: 5 })).toEqual([]);
  });
});
