import { z } from 'zod';
import type { EpochMs } from '../records/instant';
import type { ResponseInput } from '../records/response';
import { APP_SOURCE } from '../facts/ticket-facts';
import { ICE_QUESTIONS, SCALES, type IceQuestion } from '../records/survey-kind';
import { boundedNumber } from '../settings/bounded-number';
import { fieldErrors, type FieldError } from '../settings/field-errors';
import { customerResponseSchema } from '../survey/customer-response';
import type { IceSurvey } from './ice-survey';

const score = (label: string) =>
  boundedNumber({ label, min: SCALES.ice.min, max: SCALES.ice.max, integer: true });

/**
 * A customer's ICE answer as the portal sends it: the incident, the three 1–5 scores (all
 * required) and an optional comment, read by the same rules as the CES/CSAT comment. Unknown
 * fields are refused, so a forged or malformed payload is caught here rather than stored.
 */
export const iceAnswerSchema = z.strictObject(
  {
    incidentId: z
      .string({ error: 'The incident must be named.' })
      .min(1, { error: 'The incident must be named.' }),
    clarity: score('The clarity score'),
    timeliness: score('The timeliness score'),
    usefulness: score('The usefulness score'),
    comment: customerResponseSchema.shape.comment,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((key) => `"${key.slice(0, 40)}"`).join(', ')}. An answer has only "incidentId", "clarity", "timeliness", "usefulness" and "comment".`
        : 'The answer must be an object with "incidentId", "clarity", "timeliness", "usefulness" and "comment".',
  },
);
export type IceAnswer = z.output<typeof iceAnswerSchema>;

export type IceAnswerResult =
  { ok: true; survey: IceSurvey; records: ResponseInput[] } | { ok: false; errors: FieldError[] };

const refuse = (field: string, message: string): IceAnswerResult => ({
  ok: false,
  errors: [{ field, message }],
});

/**
 * Takes one person's answer to an incident's ICE survey. The answer must be well formed, for this
 * survey, and from a person it invited who has not answered yet; otherwise nothing changes and
 * the errors say why. The records are the three answers on the incident (one respondent's ICE
 * response, which the response rate counts once), placed at `now`.
 */
export function acceptIceAnswer(
  survey: IceSurvey | null,
  accountId: string,
  value: unknown,
  now: EpochMs,
): IceAnswerResult {
  const parsed = iceAnswerSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const answer = parsed.data;
  if (survey === null || survey.incidentId !== answer.incidentId || survey.state !== 'invited')
    return refuse('incidentId', 'This incident has no survey open for answers.');
  const invitee = survey.invitees.find((person) => person.accountId === accountId);
  if (invitee === undefined)
    return refuse(
      'incidentId',
      'Only people this incident affected and who were invited can answer its survey.',
    );
  if (invitee.answeredAt !== null) return refuse('incidentId', 'You have already answered this survey.');
  const answeredAt = new Date(now).toISOString();
  const records: ResponseInput[] = ICE_QUESTIONS.map((question: IceQuestion, index) => ({
    type: 'response',
    source: APP_SOURCE,
    ticketId: survey.incidentId,
    survey: 'ice',
    question,
    score: answer[question],
    answeredAt,
    cycle: 1,
    respondent: accountId,
    // The comment belongs to the answer as a whole; it rides on the first question's record.
    comment: index === 0 ? (answer.comment ?? null) : null,
  }));
  return {
    ok: true,
    survey: {
      ...survey,
      invitees: survey.invitees.map((person) =>
        person.accountId === accountId
          ? {
              ...person,
              answeredAt: now,
              scores: {
                clarity: answer.clarity,
                timeliness: answer.timeliness,
                usefulness: answer.usefulness,
              },
            }
          : person,
      ),
    },
    records,
  };
}
