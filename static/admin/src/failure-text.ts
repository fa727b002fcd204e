import type { ResolverError } from '../../../src/contract/envelope';

export const ADMINS_ONLY = 'Only Jira administrators can change these settings.';

/** The words for a failure: the fixed sentence for a refusal, else the backend's own message. */
export function failureText(error: ResolverError): string {
  return error.code === 'FORBIDDEN' ? ADMINS_ONLY : error.message;
}
