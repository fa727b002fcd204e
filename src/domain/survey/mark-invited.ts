import type { SurveySettings } from '../settings/survey-settings';
import { addDays, reached } from './instants';
import { isLate } from './late';
import type { Survey } from './survey';
import { recordEvent } from './survey';
import { accept, refuse, refuseInState, type Transition } from './transition';

/**
 * Records that the invitation comment was posted at `at`. The answer window (`expiresAt`) and
 * the reminder (`remindAt`, only when the reminder is on) are counted from the invitation, with
 * the settings in force then, so a customer invited late still gets the whole window.
 *
 * Refuses: before `dueAt` (`NOT_DUE`), or unless the survey is `scheduled` (an invitation is
 * posted once; a second sweeper run gets `SURVEY_ALREADY_INVITED`).
 */
export function markInvited(
  survey: Survey,
  at: Date,
  settings: Pick<SurveySettings, 'expiryDays' | 'reminder'>,
): Transition {
  if (survey.state !== 'scheduled') return refuseInState(survey.state);
  if (!reached(at, survey.dueAt))
    return refuse('NOT_DUE', `The invitation is not due before ${survey.dueAt}.`);
  const { reminder, expiryDays } = settings;
  // The settings forbid a reminder on or after expiry; checked again so older stored settings cannot break it.
  const remindAt =
    reminder.enabled && reminder.afterDays < expiryDays ? addDays(at, reminder.afterDays) : null;
  return accept(
    recordEvent(survey, 'invited', at, {
      state: 'invited',
      invitedAt: at.toISOString(),
      late: isLate(survey.resolvedAt, at),
      remindAt: remindAt?.toISOString() ?? null,
      expiresAt: addDays(at, expiryDays).toISOString(),
    }),
  );
}
