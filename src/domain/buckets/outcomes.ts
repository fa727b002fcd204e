/**
 * A mergeable tally of yes/no outcomes that take time to be decided (FCR tickets: 7 days;
 * self-service sessions: 24 hours).
 *
 * `failed` and `succeeded` are final. `pendingUntil` lists, ascending, the moments at which the
 * remaining cases become successes if nothing fails them before; the list only holds cases still
 * open at the time the tally was built, so old buckets carry counts alone.
 */
export interface Outcomes {
  failed: number;
  succeeded: number;
  pendingUntil: number[];
}

/** An outcomes tally read at a moment: what is decided by then and what is still pending. */
export interface SettledOutcomes {
  decided: number;
  failed: number;
  succeeded: number;
  pending: number;
}

export class OutcomesBuilder {
  private failed = 0;
  private succeeded = 0;
  private pendingUntil: number[] = [];

  fail(): void {
    this.failed += 1;
  }

  /** A case not failed so far, which becomes a success at `decidesAt`, as seen at `asOf`. */
  succeedAt(decidesAt: number, asOf: number): void {
    if (decidesAt <= asOf) this.succeeded += 1;
    else this.pendingUntil.push(decidesAt);
  }

  absorb(outcomes: Outcomes): void {
    this.failed += outcomes.failed;
    this.succeeded += outcomes.succeeded;
    for (const at of outcomes.pendingUntil) this.pendingUntil.push(at);
  }

  toOutcomes(): Outcomes {
    return {
      failed: this.failed,
      succeeded: this.succeeded,
      pendingUntil: this.pendingUntil.slice().sort(byNumber),
    };
  }
}

function byNumber(a: number, b: number): number {
  return a - b;
}

/**
 * Reads a tally at `asOf`: pending cases whose moment has come count as successes.
 *
 * Empty input: an empty tally settles to all zeros.
 */
export function settle(outcomes: Outcomes, asOf: number): SettledOutcomes {
  const due = countAtMost(outcomes.pendingUntil, asOf);
  const succeeded = outcomes.succeeded + due;
  return {
    decided: outcomes.failed + succeeded,
    failed: outcomes.failed,
    succeeded,
    pending: outcomes.pendingUntil.length - due,
  };
}

/** How many of the ascending `sorted` are ≤ `limit`, by binary search. */
function countAtMost(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
