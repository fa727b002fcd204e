import { AppError } from '../errors';

/** How often a read–decide–commit step is tried before the caller is told to try again later. */
export const COMMIT_ATTEMPTS = 8;

/**
 * A change that lost to other writers every time it was tried. Nothing was half-written (each
 * attempt is one all-or-nothing transaction), so the caller can simply try again later: a resolver
 * answers UNAVAILABLE ("try again shortly"), a trigger or consumer invocation fails and is logged.
 */
export class StillChanging extends AppError {
  constructor(
    readonly what: string,
    readonly attempts: number,
  ) {
    super(
      'UNAVAILABLE',
      `${what} kept changing during ${attempts} attempts to update it; try again shortly.`,
    );
    this.name = 'StillChanging';
  }
}

/**
 * Runs a read–decide–commit step until it commits. A conflict means the store refused the commit
 * because what was read had changed (see the ticket store's `commit`: it reports a conflict only
 * when a version it was conditioned on really moved, never because of an error code). Re-reading
 * and deciding again is always safe because every decision is a pure function of what was read.
 * After `attempts` conflicts in a row the step fails with `StillChanging` rather than looping.
 */
export async function untilCommitted<T>(
  step: () => Promise<{ outcome: 'conflict' } | { outcome: 'done'; value: T }>,
  attempts = COMMIT_ATTEMPTS,
  what = 'The ticket',
): Promise<T> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const result = await step();
    if (result.outcome === 'done') return result.value;
  }
  throw new StillChanging(what, attempts);
}

export const done = <T>(value: T) => ({ outcome: 'done' as const, value });
export const conflict = { outcome: 'conflict' as const };
