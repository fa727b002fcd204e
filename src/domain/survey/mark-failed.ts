import { recordEvent, type Survey, type SurveyFailure } from './survey';
import { accept, refuseInState, type Transition } from './transition';

/** Longest reason kept: Jira's error bodies can be long, and the record has a size bound. */
const REASON_MAX = 500;

/**
 * Records that Jira refused the invitation for good (a 4xx other than 429: the request is gone,
 * the app may no longer comment on it, or the comment was rejected). Retrying would only repeat
 * the refusal, so the survey ends `failed` with Jira's status and reason, for the agent to see;
 * the sweeper moves on to the other surveys.
 *
 * Refuses unless the survey is `scheduled` (only an invitation can fail this way).
 */
export function markFailed(survey: Survey, at: Date, failure: SurveyFailure): Transition {
  if (survey.state !== 'scheduled') return refuseInState(survey.state);
  const reason =
    failure.reason.length > REASON_MAX ? `${failure.reason.slice(0, REASON_MAX - 1)}…` : failure.reason;
  return accept(
    recordEvent(survey, 'failed', at, { state: 'failed', failure: { status: failure.status, reason } }),
  );
}
