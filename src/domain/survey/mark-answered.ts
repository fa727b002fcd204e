import { reached } from './instants';
import { recordEvent, type Survey } from './survey';
import { accept, refuseInState, type Transition } from './transition';

export interface AnswerArrival {
  /** When the answer arrived. */
  at: Date;
  /** The account that answered, already authorised as the reporter or a participant. */
  respondent: string;
}

/**
 * Records the customer's answer. A `scheduled` survey may be answered too: a customer who opens
 * the resolved request before the invitation goes out is not turned away, and the invitation is
 * then never sent.
 *
 * Refuses: an `invited` survey at or after `expiresAt` (`SURVEY_EXPIRED`, even before the
 * sweeper has marked it), and any `answered` (`SURVEY_ANSWERED`: the first answer stands),
 * `expired`, `cancelled` or `skipped` survey.
 */
export function markAnswered(survey: Survey, { at, respondent }: AnswerArrival): Transition {
  if (survey.state !== 'scheduled' && survey.state !== 'invited') return refuseInState(survey.state);
  if (survey.state === 'invited' && reached(at, survey.expiresAt)) return refuseInState('expired');
  return accept(
    recordEvent(survey, 'answered', at, {
      state: 'answered',
      answeredAt: at.toISOString(),
      answeredBy: respondent,
    }),
  );
}
