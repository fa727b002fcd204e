/**
 * Why a ServiceNow call failed, in words an admin can act on, with a stable code:
 * - AUTH: the instance refused the credentials or the OAuth grant (401);
 * - NO_ACCESS: the account lacks a role for the table (403);
 * - NOT_FOUND: the table does not exist or an ACL hides it (404);
 * - RATE_LIMITED: still 429 after the waits allowed; `retryAfterSeconds` says when to come back;
 * - UNAVAILABLE: 5xx or no answer after the retries allowed;
 * - BAD_REQUEST: the instance refused the request as malformed (400, other 4xx);
 * - BAD_ANSWER: a 200 whose body is not the Table API envelope;
 * - EGRESS: the platform refused the call before it left (a host the manifest does not declare).
 * Messages never hold credentials or tokens: only the table, the status and ServiceNow's own
 * error message.
 */
export type ServiceNowFailureCode =
  | 'AUTH'
  | 'NO_ACCESS'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'BAD_REQUEST'
  | 'BAD_ANSWER'
  | 'EGRESS';

export class ServiceNowFailure extends Error {
  constructor(
    readonly code: ServiceNowFailureCode,
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ServiceNowFailure';
  }
}

/**
 * Forge answers a backend call to a host the manifest does not declare with a 403 response
 * (servicenow.md [32]); ServiceNow's own 403 carries its JSON failure body, so a 403 without one
 * is the platform's refusal.
 */
export function egressRefusal(status: number, body: unknown): ServiceNowFailure | undefined {
  if (status !== 403 || (typeof body === 'object' && body !== null)) return undefined;
  return new ServiceNowFailure(
    'EGRESS',
    'Forge refused the call to this host: the app may reach only *.service-now.com instances. ' +
      'An instance on a custom domain needs that domain allowed as egress for your site.',
    403,
  );
}
