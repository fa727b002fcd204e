import type { ErrorCode, FieldError } from '../contract/envelope';

/**
 * An expected failure of a use case, with a stable code the UI can act on. Handlers translate it
 * into the resolver envelope; anything else is unexpected and is rethrown.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Jira is rate limiting (429) or failing (5xx): the call can be tried again later. */
export class JiraUnavailable extends AppError {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | null,
    what: string,
  ) {
    super('UNAVAILABLE', `Jira is busy (HTTP ${status}) ${what}; try again shortly.`);
    this.name = 'JiraUnavailable';
  }
}
