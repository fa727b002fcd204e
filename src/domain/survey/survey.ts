import { z } from 'zod';

export const SURVEY_STATES = [
  'scheduled',
  'invited',
  'answered',
  'expired',
  'cancelled',
  'skipped',
  'failed',
] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

/** Why a resolution was not surveyed, recorded so an administrator can see the policy at work. */
export const SKIP_REASONS = [
  'project-disabled',
  'request-type-excluded',
  'no-reporter',
  'throttled',
  'not-sampled',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Everything that happens to a survey, in the order it can happen; `reminded` is not a state. */
export const TIMELINE_EVENTS = [
  'scheduled',
  'skipped',
  'invited',
  'reminded',
  'answered',
  'expired',
  'cancelled',
  'failed',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

const at = z.iso.datetime({ offset: true });
const optionalAt = at.nullable();

/** Why an invitation could not be posted: Jira's status (`null` when none) and its reason, bounded. */
export const surveyFailureSchema = z.object({
  status: z.number().int().nullable(),
  reason: z.string().max(500),
});
export type SurveyFailure = z.infer<typeof surveyFailureSchema>;

/**
 * One survey: one resolution of one ticket. Stored as JSON, so instants are ISO-8601 strings;
 * the functions of this module take `Date`s and write UTC (`…Z`) strings.
 *
 * - `dueAt` is when the invitation may go out (resolution + delay); `null` when skipped.
 * - `expiresAt` and `remindAt` are fixed when the invitation goes out, from the settings then.
 * - `late` is true when the invitation went out more than 24 hours after resolution.
 * - `answeredBy` is the account that answered: the reporter or a participant.
 * - `cycle` counts resolutions of the ticket: 1 for the first, 2 after a reopen and a new
 *   resolution, and so on.
 * - `failure` is set only on a `failed` survey: Jira refused its invitation for good (a 4xx
 *   other than 429), with the status and Jira's reason, so an agent can see why nothing was sent.
 */
export const surveySchema = z.object({
  id: z.string().min(1),
  ticketId: z.string().min(1),
  ticketKey: z.string().min(1),
  project: z.string().min(1),
  requestTypeId: z.string().nullable(),
  reporter: z.string().nullable(),
  changelogId: z.string().min(1),
  cycle: z.number().int().positive(),
  state: z.enum(SURVEY_STATES),
  skipReason: z.enum(SKIP_REASONS).nullable(),
  resolvedAt: at,
  dueAt: optionalAt,
  invitedAt: optionalAt,
  late: z.boolean(),
  remindAt: optionalAt,
  remindedAt: optionalAt,
  expiresAt: optionalAt,
  answeredAt: optionalAt,
  answeredBy: z.string().nullable(),
  timeline: z.array(z.object({ event: z.enum(TIMELINE_EVENTS), at })),
  failure: surveyFailureSchema.optional(),
});

export type Survey = z.output<typeof surveySchema>;
export type TimelineEntry = Survey['timeline'][number];

/**
 * The id of the survey of one resolution: the issue id and the id of the changelog that set the
 * resolution. A redelivered event carries the same changelog, so it names the same survey; a new
 * resolution after a reopen has a new changelog, so it starts a new survey.
 *
 * @example surveyId('10001', '55') //=> '10001:55'
 */
export function surveyId(issueId: string, changelogId: string): string {
  return `${issueId}:${changelogId}`;
}

/** The survey with `event` appended to its timeline and the given fields changed. */
export function recordEvent(
  survey: Survey,
  event: TimelineEvent,
  when: Date,
  changes: Partial<Survey>,
): Survey {
  return { ...survey, ...changes, timeline: [...survey.timeline, { event, at: when.toISOString() }] };
}
