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

/**
 * Jira refused a call for good (a 4xx other than 429: not found, no permission, a rejected
 * body): repeating it would get the same answer. Not an `AppError`, so a resolver never shows its
 * details; the caller that can act on it (the sweeper records it on the survey) catches it.
 */
export class JiraRefused extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    what: string,
  ) {
    super(`Jira refused ${what} (HTTP ${status}): ${reason}`);
    this.name = 'JiraRefused';
  }
}

/**
 * Storage did not return every value asked for, even after retrying the items that failed: the
 * answer would be silently partial, so there is none (and nothing is cached); try again shortly.
 */
export class StorageUnavailable extends AppError {
  constructor(
    readonly failed: number,
    readonly asked: number,
  ) {
    super('UNAVAILABLE', `Storage could not read ${failed} of ${asked} stored figures; try again shortly.`);
    this.name = 'StorageUnavailable';
  }
}
