import { ticketFacts } from '../../../src/domain/facts/ticket-facts';
import { NO_DIMENSIONS } from '../../../src/domain/facts/dimensions';
import { responseSchema } from '../../../src/domain/records/response';
import { markAnswered } from '../../../src/domain/survey';
import { emptyTicket, type StoredAnswer, type TicketState } from '../../../src/domain/ticket/ticket-state';
import { hoursAfter, invited, unwrap } from '../survey/fixtures';

/** A ticket whose survey was answered 5 h after resolution by a participant, with these scores. */
function answered(scores: Pick<StoredAnswer, 'ces' | 'csat' | 'comment'>): TicketState {
  const survey = unwrap(markAnswered(invited(), { at: hoursAfter(5), respondent: 'participant-2' }));
  return {
    ...emptyTicket({ issueId: '10001', issueKey: 'SD-1', projectKey: 'SD' }),
    surveys: [survey],
    answers: [
      {
        surveyId: survey.id,
        ...scores,
        answeredAt: hoursAfter(5).toISOString(),
        respondent: 'participant-2',
      },
    ],
  };
}

const responses = (ticket: TicketState) =>
  ticketFacts(ticket, NO_DIMENSIONS, 'UTC').flatMap((fact) =>
    fact.records.filter((record) => record.type === 'response'),
  );

describe('the response records of an answered survey', () => {
  it('are one ces and one csat record, the comment on the first only', () => {
    expect(responses(answered({ ces: 6, csat: 4, comment: 'Fast and friendly.' }))).toEqual([
      {
        type: 'response',
        source: 'app',
        ticketId: '10001',
        answeredAt: '2026-03-02T15:00:00.000Z',
        cycle: 1,
        respondent: 'participant-2',
        survey: 'ces',
        score: 6,
        comment: 'Fast and friendly.',
      },
      {
        type: 'response',
        source: 'app',
        ticketId: '10001',
        answeredAt: '2026-03-02T15:00:00.000Z',
        cycle: 1,
        respondent: 'participant-2',
        survey: 'csat',
        score: 4,
      },
    ]);
  });

  it('are only the scores that were answered, the comment riding on the one there is', () => {
    expect(responses(answered({ ces: null, csat: 2, comment: 'Slow.' }))).toEqual([
      expect.objectContaining({ survey: 'csat', score: 2, comment: 'Slow.' }),
    ]);
    expect(responses(answered({ ces: 5, csat: null, comment: null }))).toEqual([
      expect.objectContaining({ survey: 'ces', score: 5, comment: null }),
    ]);
  });

  it('are records the canonical schema accepts', () => {
    const records = responses(answered({ ces: 7, csat: 5, comment: 'Thanks' }));
    expect(records).toHaveLength(2);
    for (const record of records) expect(responseSchema.safeParse(record).success).toBe(true);
  });

  it('are none for a survey invited but not answered: only its invitations are facts', () => {
    const ticket: TicketState = {
      ...emptyTicket({ issueId: '10001', issueKey: 'SD-1', projectKey: 'SD' }),
      surveys: [invited()],
    };
    const records = ticketFacts(ticket, NO_DIMENSIONS, 'UTC').flatMap((fact) => fact.records);
    expect(records.map((record) => [record.type, 'survey' in record ? record.survey : null])).toEqual([
      ['invitation', 'ces'],
      ['invitation', 'csat'],
    ]);
  });
});
