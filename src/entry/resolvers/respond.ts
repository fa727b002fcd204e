import { AppError } from '../../app/errors';
import { fail, ok, type Envelope } from '../../contract/envelope';

/**
 * Runs one use case and wraps its answer in the resolver envelope. Expected failures become
 * `{ ok: false }` with their code; anything else is rethrown so the invocation is recorded as failed.
 */
export async function respond<T>(work: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message, error.fields);
    throw error;
  }
}
