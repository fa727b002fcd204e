import { z } from 'zod';
import { isoOf, type EpochMs } from '../records/instant';
import type { ResponseInput } from '../records/response';
import { reasonOf } from './jira-shapes';

/** The `source` of a satisfaction rating JSM collected itself; the app's own answers are `app`. */
export const JSM_FEEDBACK_SOURCE = 'jsm-feedback';

/** `GET /rest/servicedeskapi/request/{key}/feedback`: a 1–5 rating and an optional comment. */
export const jsmFeedbackSchema = z.object({
  type: z.string().optional(),
  rating: z.number().int().min(1).max(5),
  comment: z
    .union([z.string(), z.object({ body: z.string().nullish() })])
    .nullish()
    .transform((value) => (typeof value === 'string' ? value : (value?.body ?? undefined)) || undefined),
});

export type FeedbackResult = { ok: true; record: ResponseInput } | { ok: false; reason: string };

/**
 * JSM's own satisfaction rating of a request as a canonical CSAT `response` (metrics.md), marked
 * `source: 'jsm-feedback'` so it is never taken for an answer to the app's own survey.
 *
 * JSM's feedback carries no date, so the caller says when it was given (the moment it was first
 * seen, or the resolution it rates); the reporter is the respondent, since only the reporter may rate.
 *
 * Empty and invalid input: a rating missing, not a whole number or off the 1–5 scale, or an empty
 * ticket id, is refused with the reason.
 */
export function responseFromJsmFeedback(
  feedback: unknown,
  ticket: { ticketId: string; answeredAt: EpochMs; respondent?: string | null },
): FeedbackResult {
  if (ticket.ticketId === '') return { ok: false, reason: 'ticketId: empty' };
  const parsed = jsmFeedbackSchema.safeParse(feedback);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  const record: ResponseInput = {
    type: 'response',
    source: JSM_FEEDBACK_SOURCE,
    ticketId: ticket.ticketId,
    survey: 'csat',
    score: parsed.data.rating,
    answeredAt: isoOf(ticket.answeredAt),
  };
  if (ticket.respondent) record.respondent = ticket.respondent;
  if (parsed.data.comment !== undefined) record.comment = parsed.data.comment;
  return { ok: true, record };
}
