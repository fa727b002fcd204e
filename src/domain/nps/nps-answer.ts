import { z } from 'zod';
import { COMMENT_MAX_LENGTH } from '../survey/customer-response';
import { boundedNumber } from '../settings/bounded-number';
import { fieldErrors, type FieldError } from '../settings/field-errors';
import { plainText } from '../settings/plain-text';
import { NPS_REASON_MAX_LENGTH } from './nps-settings';

const MARKUP = /<[a-zA-Z/!?]/;

const unexpected = (known: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys'
    ? `Unexpected field${(issue.keys as string[]).length > 1 ? 's' : ''}: ${(issue.keys as string[]).map((key) => `"${key.slice(0, 40)}"`).join(', ')}. ${known}`
    : `The answer must be an object. ${known}`;

/** The one click: a whole score 0–10. Unknown fields are refused. */
export const npsScoreSchema = z.strictObject(
  { score: boundedNumber({ label: 'The score', min: 0, max: 10, integer: true }) },
  { error: unexpected('A score has only "score".') },
);

/**
 * What may follow the score: one reason from the list offered for the band (checked against the
 * settings by the use case) and a comment, both optional; trimmed, plain text, no markup.
 */
export const npsReasonSchema = z.strictObject(
  {
    reason: plainText('The reason', NPS_REASON_MAX_LENGTH)
      .transform((text) => (text === '' ? undefined : text))
      .optional(),
    comment: plainText('The comment', COMMENT_MAX_LENGTH)
      .refine((text) => !MARKUP.test(text), {
        error:
          'The comment cannot contain HTML or script tags (such as <b> or <script>); please write plain text.',
      })
      .transform((text) => (text === '' ? undefined : text))
      .optional(),
  },
  { error: unexpected('A reason has only "reason" and "comment".') },
);

export type NpsReasonInput = z.output<typeof npsReasonSchema>;

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseNpsScore(payload: unknown): Parsed<number> {
  const parsed = npsScoreSchema.safeParse(payload);
  return parsed.success
    ? { ok: true, value: parsed.data.score }
    : { ok: false, errors: fieldErrors(parsed.error) };
}

export function parseNpsReason(payload: unknown): Parsed<NpsReasonInput> {
  const parsed = npsReasonSchema.safeParse(payload);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
