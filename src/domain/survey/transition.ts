import type { Survey, SurveyState } from './survey';

/** Why a transition was refused. Stable codes: callers and the UI branch on them. */
export type TransitionCode =
  | 'SURVEY_NOT_INVITED'
  | 'SURVEY_ALREADY_INVITED'
  | 'SURVEY_ANSWERED'
  | 'SURVEY_EXPIRED'
  | 'SURVEY_CANCELLED'
  | 'SURVEY_SKIPPED'
  | 'SURVEY_FAILED'
  | 'NOT_DUE'
  | 'REMINDER_NOT_SCHEDULED'
  | 'REMINDER_ALREADY_SENT';

export interface TransitionRefusal {
  ok: false;
  code: TransitionCode;
  message: string;
}

/**
 * The outcome of a transition: the changed survey, or a refusal. Expected refusals (a second
 * answer, an answer after expiry, a sweeper run twice) are values, never exceptions.
 */
export type Transition = { ok: true; survey: Survey } | TransitionRefusal;

export function refuse(code: TransitionCode, message: string): TransitionRefusal {
  return { ok: false, code, message };
}

const BECAUSE_OF_STATE: Record<SurveyState, TransitionRefusal> = {
  scheduled: refuse('SURVEY_NOT_INVITED', 'The invitation for this survey has not been sent yet.'),
  invited: refuse('SURVEY_ALREADY_INVITED', 'The invitation for this survey has already been sent.'),
  answered: refuse('SURVEY_ANSWERED', 'This survey has already been answered.'),
  expired: refuse('SURVEY_EXPIRED', 'This survey has expired.'),
  cancelled: refuse('SURVEY_CANCELLED', 'This survey was cancelled because the request was reopened.'),
  skipped: refuse('SURVEY_SKIPPED', 'This resolution was not surveyed.'),
  failed: refuse('SURVEY_FAILED', 'The invitation for this survey could not be posted.'),
};

/** The refusal for a transition that the survey's current state does not allow. */
export function refuseInState(state: SurveyState): TransitionRefusal {
  return BECAUSE_OF_STATE[state];
}

export function accept(survey: Survey): Transition {
  return { ok: true, survey };
}
