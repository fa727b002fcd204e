import { z } from 'zod';
import { SCALES } from '../records/survey-kind';
import { boundedNumber } from '../settings/bounded-number';
import { fieldErrors, type FieldError } from '../settings/field-errors';
import { plainText } from '../settings/plain-text';

/** The longest comment a customer may leave, in UTF-16 units (what a browser's `maxlength` counts). */
export const COMMENT_MAX_LENGTH = 2000;

/**
 * Something a browser would read as markup: `<` directly followed by a letter, `/`, `!` or `?`
 * (`<b>`, `</p>`, `<!--`, `<?xml`). "I <3 you" and "a < b" are ordinary text and pass.
 */
const MARKUP = /<[a-zA-Z/!?]/;

const comment = plainText('The comment', COMMENT_MAX_LENGTH)
  .refine((text) => !MARKUP.test(text), {
    error:
      'The comment cannot contain HTML or script tags (such as <b> or <script>); please write plain text.',
  })
  // A comment of only whitespace is no comment.
  .transform((text) => (text === '' ? undefined : text));

/**
 * A customer's answer as the portal sends it: CES (whole number 1–7), CSAT (whole number 1–5)
 * and an optional comment. At least one score is required; a comment alone is not an answer.
 * Fields must be absent rather than `null` when unanswered, and unknown fields are refused, so a
 * malformed or forged payload is caught here rather than stored.
 *
 * The comment is trimmed, line endings become `\n`, an empty comment is dropped; control and
 * bidirectional formatting characters, HTML tags and more than 2,000 characters are refused.
 */
export const customerResponseSchema = z
  .strictObject(
    {
      ces: boundedNumber({
        label: 'The CES score',
        min: SCALES.ces.min,
        max: SCALES.ces.max,
        integer: true,
      }).optional(),
      csat: boundedNumber({
        label: 'The CSAT score',
        min: SCALES.csat.min,
        max: SCALES.csat.max,
        integer: true,
      }).optional(),
      comment: comment.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((key) => `"${key.slice(0, 40)}"`).join(', ')}. An answer has only "ces", "csat" and "comment".`
          : 'The answer must be an object with "ces", "csat" and "comment".',
    },
  )
  .refine((answer) => answer.ces !== undefined || answer.csat !== undefined, {
    error: 'Please give at least one score: CES (1–7) or CSAT (1–5).',
  });

export type CustomerResponse = z.output<typeof customerResponseSchema>;

export type CustomerResponseParse =
  { ok: true; response: CustomerResponse } | { ok: false; errors: FieldError[] };

/**
 * Validates a customer's answer from the portal. Never throws: any value, however malformed,
 * gives either the response or at least one plain-English error naming its field.
 *
 * @example
 *   parseCustomerResponse({ ces: 6, csat: 5, comment: ' Quick, thanks! ' })
 *   //=> { ok: true, response: { ces: 6, csat: 5, comment: 'Quick, thanks!' } }
 *   parseCustomerResponse({ ces: 8 })
 *   //=> { ok: false, errors: [{ field: 'ces', message: 'The CES score must be a whole number from 1 to 7.' }] }
 */
export function parseCustomerResponse(value: unknown): CustomerResponseParse {
  const result = customerResponseSchema.safeParse(value);
  return result.success
    ? { ok: true, response: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}
