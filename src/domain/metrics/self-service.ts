import type { Bucket } from '../buckets/bucket';
import { settle } from '../buckets/outcomes';
import type { BucketBuilder } from '../buckets/bucket-builder';
import type { SelfServiceSession } from '../records/self-service';
import { percent } from '../stats/percent';

/** A completed session fails if its user opens a ticket within this long after it started. */
export const SELF_SERVICE_WINDOW_MS = 24 * 3600 * 1000;

export interface SelfServiceResult {
  value: number | null;
  /** Decided sessions. */
  n: number;
  abandonmentRate: number | null;
  pending: number;
}

/**
 * Folds one session into a bucket as seen at `asOf`. Abandoned (not completed) sessions are
 * decided at once; a completed session failed if `ticketTimes` (its user's ticket creation times,
 * ascending) has one in (startedAt, startedAt + 24 h]; otherwise it succeeds at startedAt + 24 h.
 */
export function recordSelfService(
  bucket: BucketBuilder,
  session: Pick<SelfServiceSession, 'startedAt' | 'completed'>,
  ticketTimes: readonly number[],
  asOf: number,
): void {
  if (!session.completed) {
    bucket.abandoned += 1;
    return;
  }
  const windowEnd = session.startedAt + SELF_SERVICE_WINDOW_MS;
  const next = firstAfter(ticketTimes, session.startedAt);
  if (next !== undefined && next <= windowEnd) bucket.selfService.fail();
  else bucket.selfService.succeedAt(windowEnd, asOf);
}

/** The first of the ascending `sorted` strictly after `at`. */
function firstAfter(sorted: readonly number[], at: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= at) low = mid + 1;
    else high = mid;
  }
  return sorted[low];
}

/**
 * Self-service success = 100 × successful / decided; abandonment = 100 × abandoned / decided.
 *
 * Empty input: no decided session gives `value: null` and `abandonmentRate: null`.
 */
export function selfService(tally: Bucket['selfService'], asOf: number): SelfServiceResult {
  const { decided, succeeded, pending } = settle(tally, asOf);
  const all = decided + tally.abandoned;
  return { value: percent(succeeded, all), n: all, abandonmentRate: percent(tally.abandoned, all), pending };
}
