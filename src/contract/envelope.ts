/**
 * Every resolver answers with one envelope, so the UI handles success and failure the same way
 * everywhere. Expected failures are values with stable codes; unknown errors are rethrown by the
 * handler so the platform records the invocation as failed.
 */
import type { FieldError } from '../domain/settings/field-errors';

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'NOT_CONFIGURED'
  | 'SURVEY_CLOSED';

/** One invalid field of a form, so the UI can show the message beside it. */
export type { FieldError };

export interface ResolverError {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, fields?: FieldError[]): Envelope<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
