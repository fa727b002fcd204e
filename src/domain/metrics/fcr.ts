import type { OutcomesBuilder, Outcomes } from '../buckets/outcomes';
import { settle } from '../buckets/outcomes';
import type { Ticket } from '../records/ticket';
import { percent } from '../stats/percent';
import { wilson, type ConfidenceInterval } from '../stats/wilson';

/** A resolution stands if nothing contradicts it within 7 days. */
export const FCR_WINDOW_MS = 7 * 24 * 3600 * 1000;

export interface FcrResult {
  value: number | null;
  /** Decided tickets. */
  n: number;
  failed: number;
  pending: number;
  ci95: ConfidenceInterval | null;
  target: number;
}

/**
 * Folds one resolved ticket into an FCR tally as seen at `asOf`: it failed if a reopen or a
 * follow-up falls in (resolvedAt, resolvedAt + 7 days] — decided at once, even before the 7 days
 * pass; otherwise it succeeds at resolvedAt + 7 days.
 */
export function recordFcr(
  tally: OutcomesBuilder,
  ticket: Pick<Ticket, 'reopenedAt' | 'followUpAt'>,
  resolvedAt: number,
  asOf: number,
): void {
  const windowEnd = resolvedAt + FCR_WINDOW_MS;
  const contradicts = (at: number) => at > resolvedAt && at <= windowEnd;
  if (ticket.reopenedAt.some(contradicts) || ticket.followUpAt.some(contradicts)) tally.fail();
  else tally.succeedAt(windowEnd, asOf);
}

/**
 * FCR = 100 × (decided − failed) / decided, with `pending` the tickets not yet decided.
 *
 * Empty input: no decided ticket gives `value: null`, `n: 0`.
 */
export function fcr(outcomes: Outcomes, asOf: number, target: number): FcrResult {
  const { decided, failed, succeeded, pending } = settle(outcomes, asOf);
  return {
    value: percent(succeeded, decided),
    n: decided,
    failed,
    pending,
    ci95: wilson(succeeded, decided),
    target,
  };
}
