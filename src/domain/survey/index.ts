export {
  COMMENT_MAX_LENGTH,
  customerResponseSchema,
  parseCustomerResponse,
  type CustomerResponse,
  type CustomerResponseParse,
} from './customer-response';
export {
  decideOnResolution,
  type ResolutionDecisionInput,
  type ResolvedTicket,
} from './decide-on-resolution';
export { dueActions, type DueAction } from './due-actions';
export { addDays, addHours, DAY_MS, HOUR_MS } from './instants';
export { INVITATION_PROMISE_HOURS, invitationDeadline, isLate } from './late';
export { isLowScore } from './low-score';
export { markAnswered, type AnswerArrival } from './mark-answered';
export { markExpired } from './mark-expired';
export { markInvited } from './mark-invited';
export { markReminded } from './mark-reminded';
export { onReopen } from './on-reopen';
export { isSampled, samplingDraw, stableHash } from './sampling';
export {
  SKIP_REASONS,
  SURVEY_STATES,
  surveyId,
  surveySchema,
  TIMELINE_EVENTS,
  type SkipReason,
  type Survey,
  type SurveyState,
  type TimelineEntry,
  type TimelineEvent,
} from './survey';
export type { Transition, TransitionCode, TransitionRefusal } from './transition';
