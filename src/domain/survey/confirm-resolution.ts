import { sameResolutionMoment } from '../resolution/latest-change';
import type { SurveySettings } from '../settings/survey-settings';
import { withRequestType } from './decide-on-resolution';
import { onReopen } from './on-reopen';
import type { Survey } from './survey';

/** The request's resolution as Jira has it now (when the sweeper is about to post). */
export interface CurrentResolution {
  resolved: boolean;
  /** When the latest resolution was set (ISO-8601), `null` when not resolved. */
  resolvedAt: string | null;
  /** The JSM request type, `null` when the issue has none. */
  requestTypeId: string | null;
}

/**
 * What the sweeper may do with a due survey, given the request as Jira has it now:
 * - `post`: the survey's resolution still holds (with the request type filled in, if it was not
 *   known when the survey was decided);
 * - `withdraw`: the survey changed instead and must be stored, nothing posted: cancelled when the
 *   request is no longer resolved, or was resolved again later (a reopen whose event never
 *   arrived; the later resolution gets its own survey), or skipped when its request type turns
 *   out to be excluded;
 * - `gone`: the request no longer exists.
 *
 * Events can be lost or arrive out of order, so this read is what keeps an invitation off a
 * request that was reopened.
 */
export type Confirmation =
  { action: 'post'; survey: Survey } | { action: 'withdraw'; survey: Survey } | { action: 'gone' };

export function confirmResolution(
  survey: Survey,
  now: CurrentResolution | null,
  settings: Pick<SurveySettings, 'excludedRequestTypes'>,
  at: Date,
): Confirmation {
  if (now === null) return { action: 'gone' };
  const resolvedLater =
    now.resolvedAt !== null &&
    Date.parse(now.resolvedAt) > Date.parse(survey.resolvedAt) &&
    !sameResolutionMoment(now.resolvedAt, survey.resolvedAt);
  if (!now.resolved || resolvedLater) return { action: 'withdraw', survey: onReopen(survey, at) };
  const typed = withRequestType(survey, now.requestTypeId, settings);
  if (typed.state !== survey.state) return { action: 'withdraw', survey: typed };
  return { action: 'post', survey: typed };
}
