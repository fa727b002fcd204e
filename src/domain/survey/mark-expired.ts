import { reached } from './instants';
import { recordEvent, type Survey } from './survey';
import { accept, refuse, refuseInState, type Transition } from './transition';

/**
 * Closes an unanswered survey whose answer window has ended (`at` ≥ `expiresAt`).
 *
 * Refuses: unless `invited` (a scheduled survey is invited first, however late; an answered or
 * cancelled one keeps its state), or before `expiresAt` (`NOT_DUE`).
 */
export function markExpired(survey: Survey, at: Date): Transition {
  if (survey.state !== 'invited') return refuseInState(survey.state);
  if (!reached(at, survey.expiresAt))
    return refuse('NOT_DUE', `The survey does not expire before ${survey.expiresAt}.`);
  return accept(recordEvent(survey, 'expired', at, { state: 'expired' }));
}
