import { reached } from './instants';
import { recordEvent, type Survey } from './survey';
import { accept, refuse, refuseInState, type Transition } from './transition';

/**
 * Records that the single reminder was posted at `at`.
 *
 * Refuses: unless `invited`; when no reminder was planned (`REMINDER_NOT_SCHEDULED`), already
 * sent (`REMINDER_ALREADY_SENT`), not yet due (`NOT_DUE`), or the answer window has closed
 * (`SURVEY_EXPIRED`: a reminder for a survey that can no longer be answered would mislead).
 */
export function markReminded(survey: Survey, at: Date): Transition {
  if (survey.state !== 'invited') return refuseInState(survey.state);
  if (survey.remindAt === null)
    return refuse('REMINDER_NOT_SCHEDULED', 'No reminder is planned for this survey.');
  if (survey.remindedAt !== null)
    return refuse('REMINDER_ALREADY_SENT', 'The reminder has already been sent.');
  if (reached(at, survey.expiresAt)) return refuseInState('expired');
  if (!reached(at, survey.remindAt))
    return refuse('NOT_DUE', `The reminder is not due before ${survey.remindAt}.`);
  return accept(recordEvent(survey, 'reminded', at, { remindedAt: at.toISOString() }));
}
