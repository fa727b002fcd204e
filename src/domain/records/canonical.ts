import { z } from 'zod';
import { availabilitySchema } from './availability';
import { invitationSchema } from './invitation';
import { responseSchema } from './response';
import { selfServiceSchema } from './self-service';
import { ticketSchema } from './ticket';

/**
 * Any canonical record (metrics.md), told apart by `type`. Unknown fields are dropped, so sources
 * may carry extra data without breaking the calculator.
 */
export const canonicalRecordSchema = z.discriminatedUnion('type', [
  ticketSchema,
  responseSchema,
  invitationSchema,
  selfServiceSchema,
  availabilitySchema,
]);

export type CanonicalRecordInput = z.input<typeof canonicalRecordSchema>;
export type CanonicalRecord = z.output<typeof canonicalRecordSchema>;

/** The outcome of reading one record: the record, or a one-line reason it is unusable. */
export type RecordParse = { ok: true; record: CanonicalRecord } | { ok: false; reason: string };

/**
 * Validates one decoded JSON value as a canonical record.
 *
 * The reason names the first offending field so a person can fix the source line.
 */
export function parseRecord(value: unknown): RecordParse {
  const result = canonicalRecordSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  if (issue === undefined) return { ok: false, reason: 'invalid record' };
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `${where}${issue.message}` };
}
