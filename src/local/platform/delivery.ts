/**
 * How the platform retries asynchronous work (product events, queue events): a handler that
 * *returns* `new InvocationError({ retryAfter })` from `@forge/events` is invoked again after that
 * many seconds, at most four more times. A thrown error is logged and not retried.
 */
export const MAX_RETRIES = 4;
export const MAX_RETRY_AFTER_SECONDS = 900;

export interface RetryRequest {
  retryAfter: number;
  retryReason?: string;
  retryData?: unknown;
}

export function retryRequested(result: unknown): RetryRequest | null {
  if (typeof result !== 'object' || result === null) return null;
  const { _retry, retryOptions } = result as { _retry?: unknown; retryOptions?: RetryRequest };
  if (_retry !== true || !retryOptions) return null;
  return {
    ...retryOptions,
    retryAfter: Math.min(Math.max(1, retryOptions.retryAfter ?? 1), MAX_RETRY_AFTER_SECONDS),
  };
}

export interface RetryContext {
  retryCount: number;
  retryReason?: string;
  retryData?: unknown;
}
