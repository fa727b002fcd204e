import type { SurveySettings } from '../../domain/settings/survey-settings';
import type { CustomerResponse } from '../../domain/survey/customer-response';
import { isLowScore } from '../../domain/survey/low-score';
import { markAnswered } from '../../domain/survey/mark-answered';
import type { Survey } from '../../domain/survey/survey';
import { emptyCustomer, withRecentAnswer } from '../../domain/ticket/customer-state';
import {
  withSurvey,
  type AnswerPath,
  type StoredAnswer,
  type TicketState,
} from '../../domain/ticket/ticket-state';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import { AppError } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { TicketStore } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from './optimistic';

const CLOSED: Record<string, string> = {
  SURVEY_EXPIRED: 'This survey has expired.',
  SURVEY_CANCELLED: 'This survey was withdrawn because the request was reopened.',
  SURVEY_SKIPPED: 'This request is not being surveyed.',
  SURVEY_FAILED: 'This request is not being surveyed.',
};

export interface AnswerToRecord {
  issueId: string;
  requestKey: string;
  respondent: string;
  response: CustomerResponse;
  via: AnswerPath;
  /** Which survey the answer is for; the portal answers the current one. */
  pick: (ticket: TicketState) => Survey | null;
}

/**
 * Stores a customer's answer once, whichever way it came (portal or one-click link): the same
 * rules for both. The survey must be open (`markAnswered`: the first answer stands, an expired or
 * withdrawn survey takes none); two answers at the same moment commit against the same ticket
 * version, so exactly one is stored and the other is told `CONFLICT`. A low score marks the ticket
 * for follow-up and (when set) adds an internal comment; that comment failing loses nothing.
 */
export async function recordAnswer(
  deps: { tickets: TicketStore; desk: ServiceDesk; rollups: RollupQueue; now: () => Date },
  settings: SurveySettings,
  answer: AnswerToRecord,
): Promise<{ ticket: TicketState; stored: StoredAnswer }> {
  const { response, respondent } = answer;
  const saved = await untilCommitted(async () => {
    // The respondent is named on the ticket: usually as its reporter already, else for the first time.
    const { ticket, customer } = await deps.tickets.load(answer.issueId, respondent, [respondent]);
    const survey = ticket.value ? answer.pick(ticket.value) : null;
    if (!ticket.value || !survey)
      throw new AppError('SURVEY_CLOSED', 'There is no survey for this request yet.');
    const at = deps.now();
    const answered = markAnswered(survey, { at, respondent });
    if (!answered.ok) {
      if (answered.code === 'SURVEY_ANSWERED')
        throw new AppError('CONFLICT', 'This survey was already answered.');
      throw new AppError('SURVEY_CLOSED', CLOSED[answered.code] ?? answered.message);
    }
    const stored: StoredAnswer = {
      surveyId: survey.id,
      ces: response.ces ?? null,
      csat: response.csat ?? null,
      comment: response.comment ?? null,
      answeredAt: at.toISOString(),
      respondent,
      via: answer.via,
      after: survey.remindedAt !== null ? 'reminder' : 'invitation',
    };
    const low = isLowScore(response, settings);
    const withAnswer = withSurvey(ticket.value, answered.survey);
    const next = {
      ...withAnswer,
      answers: [...withAnswer.answers, stored],
      followUps: low
        ? [...withAnswer.followUps, { surveyId: survey.id, doneBy: null, doneAt: null }]
        : withAnswer.followUps,
    };
    const recent = withRecentAnswer(customer?.value ?? emptyCustomer(respondent), {
      ticketKey: answer.requestKey,
      surveyId: survey.id,
      answeredAt: stored.answeredAt,
      ces: stored.ces,
      csat: stored.csat,
    });
    const committed = await commitWithFacts(
      deps,
      {
        ticket: { value: next, version: ticket.version },
        customer: { value: recent, version: customer?.version ?? 0 },
      },
      ticket.value,
      settings.reportingTimeZone,
    );
    return committed === 'conflict' ? conflict : done({ ticket: next, low, stored });
  });

  if (saved.low && settings.lowScore.internalComment) {
    const scores = [
      response.ces && `CES ${response.ces}/7`,
      response.csat && `CSAT ${response.csat}/5`,
    ].filter(Boolean);
    await deps.desk
      .addComment(answer.requestKey, `Low customer score (${scores.join(', ')}): follow-up needed.`, {
        public: false,
      })
      .catch((error: unknown) =>
        console.warn(`Low-score note on ${answer.requestKey} was not posted:`, error),
      );
  }
  return { ticket: saved.ticket, stored: saved.stored };
}
