import { isProjectEnabled } from '../settings/project-scope';
import type { SurveySettings } from '../settings/survey-settings';
import { DAY_MS } from './instants';
import { dueAfter } from './late';
import { isSampled, samplingDraw as drawFor } from './sampling';
import { recordEvent, surveyId, type SkipReason, type Survey } from './survey';

/** The resolved ticket, as the resolution event and the request describe it. */
export interface ResolvedTicket {
  id: string;
  key: string;
  /** Project key. */
  project: string;
  /** JSM request type id; `null` or absent for an issue without one. */
  requestTypeId?: string | null;
  /** Reporter's account id; `null`, absent or empty when the request has none. */
  reporter?: string | null;
}

export interface ResolutionDecisionInput {
  settings: Pick<
    SurveySettings,
    'enabledProjects' | 'excludedRequestTypes' | 'throttleDays' | 'samplingPercent' | 'delayHours'
  >;
  ticket: ResolvedTicket;
  /** The changelog that set the resolution; with the issue id it names the survey. */
  changelogId: string;
  resolvedAt: Date;
  /**
   * When this reporter was last surveyed (scheduled or invited), for the throttle; `null` if
   * never. The caller must leave out this resolution's own survey, or a redelivered event would
   * throttle itself.
   */
  lastSurveyedAt: Date | null;
  /** The sampling draw in [0, 1); by default the stable draw of the issue and changelog. */
  samplingDraw?: number;
  /** Which resolution of the ticket this is (1 for the first); default 1. */
  cycle?: number;
}

/**
 * The first rule that keeps a resolution from being surveyed, checked from the broadest to the
 * most personal, so the reason recorded is the one an administrator would look for first: a
 * disabled project is reported as such even if its reporter was also surveyed last week.
 */
function skipReason(input: ResolutionDecisionInput): SkipReason | null {
  const { settings, ticket, resolvedAt, lastSurveyedAt } = input;
  if (!isProjectEnabled(settings, ticket.project)) return 'project-disabled';
  const requestType = ticket.requestTypeId ?? null;
  if (requestType !== null && settings.excludedRequestTypes.includes(requestType))
    return 'request-type-excluded';
  if (ticket.reporter == null || ticket.reporter === '') return 'no-reporter';
  if (
    lastSurveyedAt !== null &&
    settings.throttleDays > 0 &&
    resolvedAt.getTime() - lastSurveyedAt.getTime() < settings.throttleDays * DAY_MS
  ) {
    return 'throttled';
  }
  const draw = input.samplingDraw ?? drawFor(ticket.id, input.changelogId);
  if (!isSampled(draw, settings.samplingPercent)) return 'not-sampled';
  return null;
}

/**
 * Applies the survey policy to one resolution. The result is always a survey record: `scheduled`
 * with `dueAt` = resolution + delay, or `skipped` with the reason, so every resolution leaves a
 * trace of what was decided and why. The same input always gives the same survey.
 *
 * Throttle: a reporter surveyed less than `throttleDays` × 24 h before this resolution is
 * skipped; exactly `throttleDays` later is surveyed again; 0 days turns the throttle off.
 *
 * @example
 *   decideOnResolution({ settings: defaultSettings(), ticket, changelogId: '55',
 *     resolvedAt: new Date('2026-03-02T10:00:00Z'), lastSurveyedAt: null })
 *   //=> { id: '10001:55', state: 'scheduled', dueAt: '2026-03-02T11:00:00.000Z', ... }
 */
export function decideOnResolution(input: ResolutionDecisionInput): Survey {
  const { ticket, changelogId, resolvedAt, settings } = input;
  const reason = skipReason(input);
  const base: Survey = {
    id: surveyId(ticket.id, changelogId),
    ticketId: ticket.id,
    ticketKey: ticket.key,
    project: ticket.project,
    requestTypeId: ticket.requestTypeId ?? null,
    reporter: ticket.reporter == null || ticket.reporter === '' ? null : ticket.reporter,
    changelogId,
    cycle: input.cycle ?? 1,
    state: 'scheduled',
    skipReason: null,
    resolvedAt: resolvedAt.toISOString(),
    dueAt: null,
    invitedAt: null,
    late: false,
    remindAt: null,
    remindedAt: null,
    expiresAt: null,
    answeredAt: null,
    answeredBy: null,
    timeline: [],
  };
  if (reason !== null)
    return recordEvent(base, 'skipped', resolvedAt, { state: 'skipped', skipReason: reason });
  return recordEvent(base, 'scheduled', resolvedAt, {
    dueAt: dueAfter(resolvedAt, settings.delayHours).toISOString(),
  });
}

/**
 * A survey decided before the request type was known (Jira was unavailable when the resolution
 * arrived, so only what the event carries was used), given the type once it is read. The type is
 * the second rule checked, so knowing it can only turn the decision into `request-type-excluded`
 * (unless the project is off): a survey still as decided is decided again as it would have been
 * at resolution, with its timeline rewritten; one the sweeper already acted on keeps its state.
 * A survey whose type was known, or a type still unknown, comes back unchanged (the same object).
 */
export function withRequestType(
  survey: Survey,
  requestTypeId: string | null,
  settings: Pick<SurveySettings, 'excludedRequestTypes'>,
): Survey {
  if (survey.requestTypeId !== null || requestTypeId === null) return survey;
  const typed = { ...survey, requestTypeId };
  const undecided =
    survey.timeline.length === 1 && (survey.state === 'scheduled' || survey.state === 'skipped');
  if (!undecided || survey.skipReason === 'project-disabled') return typed;
  if (!settings.excludedRequestTypes.includes(requestTypeId)) return typed;
  const resolvedAt = new Date(survey.resolvedAt);
  return recordEvent({ ...typed, timeline: [] }, 'skipped', resolvedAt, {
    state: 'skipped',
    skipReason: 'request-type-excluded',
    dueAt: null,
  });
}
