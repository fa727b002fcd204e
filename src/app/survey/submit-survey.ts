import type { PortalSurvey } from '../../contract/survey';
import { isLowScore } from '../../domain/survey/low-score';
import { markAnswered } from '../../domain/survey/mark-answered';
import { parseCustomerResponse } from '../../domain/survey/customer-response';
import { emptyCustomer, withRecentAnswer } from '../../domain/ticket/customer-state';
import { currentSurvey, withSurvey } from '../../domain/ticket/ticket-state';
import { AppError } from '../errors';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { authorizeRequestViewer } from './authorize-request-viewer';
import { conflict, done, untilCommitted } from './optimistic';
import { toPortalSurvey } from './portal-survey';
import { customerLocale, type PortalViewer } from './read-portal-survey';

const CLOSED: Record<string, string> = {
  SURVEY_EXPIRED: 'This survey has expired.',
  SURVEY_CANCELLED: 'This survey was withdrawn because the request was reopened.',
  SURVEY_SKIPPED: 'This request is not being surveyed.',
  SURVEY_FAILED: 'This request is not being surveyed.',
};

/**
 * Stores a customer's answer once. Checks, in order: the viewer may answer (reporter or
 * participant), the answer is valid, the survey is open. Two submissions at the same moment
 * commit against the same ticket version, so exactly one is stored; the other is told the
 * survey was already answered. A low score marks the ticket for follow-up and (when set) adds
 * an internal comment for the agents; that comment failing does not lose the answer.
 */
export async function submitSurvey(
  deps: {
    tickets: TicketStore;
    settings: SettingsStore;
    desk: ServiceDesk;
    rollups: RollupQueue;
    now: () => Date;
  },
  viewer: PortalViewer,
  payload: unknown,
): Promise<PortalSurvey> {
  const request = await authorizeRequestViewer(deps.desk, viewer.requestKey, viewer.accountId);
  const parsed = parseCustomerResponse(payload);
  if (!parsed.ok)
    throw new AppError('INVALID_INPUT', parsed.errors.map((error) => error.message).join(' '), parsed.errors);
  const response = parsed.response;
  const settings = await deps.settings.get();

  const saved = await untilCommitted(async () => {
    // The respondent is named on the ticket: usually as its reporter already, else for the first time.
    const { ticket, customer } = await deps.tickets.load(request.issueId, viewer.accountId, [
      viewer.accountId,
    ]);
    const survey = ticket.value ? currentSurvey(ticket.value) : null;
    if (!ticket.value || !survey)
      throw new AppError('SURVEY_CLOSED', 'There is no survey for this request yet.');
    const at = deps.now();
    const answered = markAnswered(survey, { at, respondent: viewer.accountId });
    if (!answered.ok) {
      if (answered.code === 'SURVEY_ANSWERED')
        throw new AppError('CONFLICT', 'This survey was already answered.');
      throw new AppError('SURVEY_CLOSED', CLOSED[answered.code] ?? answered.message);
    }
    const answer = {
      surveyId: survey.id,
      ces: response.ces ?? null,
      csat: response.csat ?? null,
      comment: response.comment ?? null,
      answeredAt: at.toISOString(),
      respondent: viewer.accountId,
    };
    const low = isLowScore(response, settings);
    const withAnswer = withSurvey(ticket.value, answered.survey);
    const next = {
      ...withAnswer,
      answers: [...withAnswer.answers, answer],
      followUps: low
        ? [...withAnswer.followUps, { surveyId: survey.id, doneBy: null, doneAt: null }]
        : withAnswer.followUps,
    };
    const recent = withRecentAnswer(customer?.value ?? emptyCustomer(viewer.accountId), {
      ticketKey: request.key,
      surveyId: survey.id,
      answeredAt: answer.answeredAt,
      ces: answer.ces,
      csat: answer.csat,
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
    return committed === 'conflict' ? conflict : done({ ticket: next, low });
  });

  if (saved.low && settings.lowScore.internalComment) {
    const scores = [
      response.ces && `CES ${response.ces}/7`,
      response.csat && `CSAT ${response.csat}/5`,
    ].filter(Boolean);
    await deps.desk
      .addComment(request.key, `Low customer score (${scores.join(', ')}): follow-up needed.`, {
        public: false,
      })
      .catch((error: unknown) => console.warn(`Low-score note on ${request.key} was not posted:`, error));
  }
  const locale = await customerLocale(deps.desk, viewer.accountId);
  return toPortalSurvey(request.key, saved.ticket, settings, locale, deps.now());
}
