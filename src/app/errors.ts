import type { ErrorCode } from '../contract/envelope';

/**
 * An expected failure of a use case, with a stable code the UI can act on. Handlers translate it
 * into the resolver envelope; anything else is unexpected and is rethrown.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
