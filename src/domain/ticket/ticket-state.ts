import { z } from 'zod';
import { ticketObservationSchema } from '../capture/observation';
import { dimensionsSchema, NO_DIMENSIONS } from '../facts/dimensions';
import { resolutionEventSchema, type ResolutionEvent } from '../resolution/events';
import { dueActions } from '../survey/due-actions';
import { surveySchema, type Survey } from '../survey/survey';

/** Bounds that keep one ticket's record far below the 240 KiB value limit. */
export const TICKET_LIMITS = { events: 50, surveys: 10, processed: 100 } as const;

const at = z.iso.datetime({ offset: true });

export const ANSWER_PATHS = ['portal', 'link'] as const;
export type AnswerPath = (typeof ANSWER_PATHS)[number];
export const ANSWER_MOMENTS = ['invitation', 'reminder'] as const;
export type AnswerMoment = (typeof ANSWER_MOMENTS)[number];

export const storedAnswerSchema = z.object({
  surveyId: z.string(),
  ces: z.number().int().min(1).max(7).nullable(),
  csat: z.number().int().min(1).max(5).nullable(),
  comment: z.string().nullable(),
  answeredAt: at,
  respondent: z.string().nullable(),
  /**
   * Where the answer came from: the portal panel, or a one-click link of the invitation comment.
   * Absent on answers stored before links existed: those came from the portal.
   */
  via: z.enum(ANSWER_PATHS).optional(),
  /** Whether it came after the invitation only, or after the reminder too (absent: after the invitation). */
  after: z.enum(ANSWER_MOMENTS).optional(),
});

export const followUpSchema = z.object({
  surveyId: z.string(),
  doneBy: z.string().nullable(),
  doneAt: at.nullable(),
});

/**
 * Everything the app keeps about one ticket: its resolution history, the survey of each
 * resolution (newest last), the answers, and low-score follow-ups. One record per ticket, updated
 * with a version check, so a resolution, a sweep and an answer arriving together never overwrite
 * each other; `processed` lists the changelogs already applied, so redelivered events are no-ops.
 */
export const ticketStateSchema = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  projectKey: z.string(),
  processed: z.array(z.string()),
  events: z.array(resolutionEventSchema),
  surveys: z.array(surveySchema),
  answers: z.array(storedAnswerSchema),
  followUps: z.array(followUpSchema),
  /** Who and what the ticket's figures are attributed to, as of its latest resolution. */
  dimensions: dimensionsSchema.default(NO_DIMENSIONS),
  /** What live events and a backfill observed of the ticket (process metrics). */
  observation: ticketObservationSchema.nullable().default(null),
  /** JSM's own 1–5 satisfaction rating, kept apart from the app's answers (`source: jsm-feedback`). */
  jsmFeedback: z
    .object({
      score: z.number().int().min(1).max(5),
      comment: z.string().nullable(),
      answeredAt: at,
      respondent: z.string().nullable(),
    })
    .nullable()
    .default(null),
  /**
   * A sweeper working on this ticket's survey until `until`: it keeps a second sweeper from
   * posting the same comment, and after a rate limit or outage it holds the retry back.
   */
  sweepClaim: z
    .object({ surveyId: z.string(), until: at, attempts: z.number().int().min(0) })
    .nullable()
    .default(null),
  /**
   * The changelog of a resolution recorded from its event alone, whose read of the issue
   * (attribution, request type, process metrics) is still owed because Jira was unavailable; the
   * trigger's redeliveries, the sweeper and the hourly reconciliation finish it.
   */
  pendingSnapshot: z.string().nullable().default(null),
});

export type TicketState = z.infer<typeof ticketStateSchema>;
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;
export type FollowUpRecord = z.infer<typeof followUpSchema>;

export function emptyTicket(issue: { issueId: string; issueKey: string; projectKey: string }): TicketState {
  return {
    ...issue,
    processed: [],
    events: [],
    surveys: [],
    answers: [],
    followUps: [],
    dimensions: NO_DIMENSIONS,
    observation: null,
    jsmFeedback: null,
    sweepClaim: null,
    pendingSnapshot: null,
  };
}

/** The survey of the latest resolution, or `null` if the ticket was never resolved. */
export const currentSurvey = (ticket: TicketState): Survey | null => ticket.surveys.at(-1) ?? null;

export const answerOf = (ticket: TicketState, surveyId: string): StoredAnswer | null =>
  ticket.answers.find((answer) => answer.surveyId === surveyId) ?? null;

export const alreadyProcessed = (ticket: TicketState, changelogId: string): boolean =>
  ticket.processed.includes(changelogId);

/** Appends an event, remembering its changelog and dropping the oldest past the bounds. */
export function withEvent(ticket: TicketState, event: ResolutionEvent): TicketState {
  return {
    ...ticket,
    issueKey: event.issueKey,
    projectKey: event.projectKey,
    processed: [...ticket.processed, event.changelogId].slice(-TICKET_LIMITS.processed),
    events: [...ticket.events, event].slice(-TICKET_LIMITS.events),
  };
}

/** Replaces the survey with the same id, or appends a new one (keeping the latest ten). */
export function withSurvey(ticket: TicketState, survey: Survey): TicketState {
  const index = ticket.surveys.findIndex((candidate) => candidate.id === survey.id);
  const surveys =
    index === -1
      ? [...ticket.surveys, survey].slice(-TICKET_LIMITS.surveys)
      : ticket.surveys.map((candidate, i) => (i === index ? survey : candidate));
  const kept = new Set(surveys.map((candidate) => candidate.id));
  return {
    ...ticket,
    surveys,
    answers: ticket.answers.filter((answer) => kept.has(answer.surveyId)),
    followUps: ticket.followUps.filter((followUp) => kept.has(followUp.surveyId)),
  };
}

/**
 * When the sweeper must next look at this ticket, in whole minutes since the epoch (a 32-bit
 * integer index until the year 6053), or 0 when nothing is pending. Rounded down, so a sweep in
 * the same minute still finds it; the sweeper checks the exact moment itself.
 */
export function nextActionMinute(ticket: TicketState): number {
  const survey = currentSurvey(ticket);
  if (!survey) return 0;
  // Asked at the epoch, dueActions answers with the survey's next due moment.
  const due = dueActions(survey, new Date(0));
  if (due.action !== 'none') return 1;
  return due.nextAt === null ? 0 : Math.floor(Date.parse(due.nextAt) / 60_000);
}
