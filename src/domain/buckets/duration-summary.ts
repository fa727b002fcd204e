import { binIndex, binValue, BIN_COUNT } from './log-bins';

/**
 * A mergeable summary of durations in whole milliseconds.
 *
 * Count, sum, min and max are exact. While a summary holds at most its exact limit of values it
 * keeps them all (ascending), so small samples give exact medians and p90s; beyond that it keeps
 * log-scale bin counts, whose order statistics are within 1 % (see log-bins). The form is a
 * function of the multiset of values alone (and of whether any part was already binned), so
 * merging is associative and commutative. Sums stay in integers so they add exactly in any order
 * (up to 2^53 ms, about 285,000 years per summary).
 */
export interface DurationSummary {
  n: number;
  sumMs: number;
  minMs: number;
  maxMs: number;
  /** All values ascending, while `n` is within the exact limit. */
  values?: number[];
  /** Otherwise, counts of zero durations and of log bins `offset`, `offset + 1`, …. */
  bins?: { zeros: number; offset: number; counts: number[] };
}

/** Summaries that are stored (the buckets of day aggregates) keep at most this many exact values. */
export const DEFAULT_EXACT_LIMIT = 128;

/** Accumulates durations and summaries into one summary. */
export class DurationBuilder {
  private n = 0;
  private sumMs = 0;
  private minMs = Infinity;
  private maxMs = -Infinity;
  /** Exact values while exact; `null` once binned. */
  private values: Float64Array | null = new Float64Array(8);
  private counts: Float64Array | null = null;
  private zeros = 0;

  constructor(private readonly exactLimit: number = DEFAULT_EXACT_LIMIT) {}

  add(ms: number): void {
    this.n += 1;
    this.sumMs += ms;
    if (ms < this.minMs) this.minMs = ms;
    if (ms > this.maxMs) this.maxMs = ms;
    if (this.values !== null && this.n <= this.exactLimit) {
      if (this.n > this.values.length) this.values = grow(this.values);
      this.values[this.n - 1] = ms;
      return;
    }
    this.bin(ms);
  }

  absorb(summary: DurationSummary): void {
    if (summary.n === 0) return;
    if (summary.values !== undefined && this.values !== null && this.n + summary.n <= this.exactLimit) {
      for (const ms of summary.values) this.add(ms);
      return;
    }
    this.switchToBins();
    this.n += summary.n;
    this.sumMs += summary.sumMs;
    this.minMs = Math.min(this.minMs, summary.minMs);
    this.maxMs = Math.max(this.maxMs, summary.maxMs);
    if (summary.values !== undefined) {
      for (const ms of summary.values) this.countInBin(ms);
    } else if (summary.bins !== undefined) {
      const counts = this.counts as Float64Array;
      const { zeros, offset, counts: binCounts } = summary.bins;
      this.zeros += zeros;
      for (let i = 0; i < binCounts.length; i += 1) counts[offset + i]! += binCounts[i] as number;
    }
  }

  toSummary(): DurationSummary {
    const head = {
      n: this.n,
      sumMs: this.sumMs,
      minMs: this.n > 0 ? this.minMs : 0,
      maxMs: this.n > 0 ? this.maxMs : 0,
    };
    if (this.values !== null) {
      return { ...head, values: Array.from(this.values.subarray(0, this.n).sort()) };
    }
    const counts = this.counts as Float64Array;
    let first = 0;
    while (first < BIN_COUNT && counts[first] === 0) first += 1;
    let last = BIN_COUNT - 1;
    while (last >= first && counts[last] === 0) last -= 1;
    return {
      ...head,
      bins: {
        zeros: this.zeros,
        offset: first > last ? 0 : first,
        counts: Array.from(counts.subarray(first, last + 1)),
      },
    };
  }

  private bin(ms: number): void {
    this.switchToBins();
    this.countInBin(ms);
  }

  private countInBin(ms: number): void {
    if (ms === 0) this.zeros += 1;
    else (this.counts as Float64Array)[binIndex(ms)]! += 1;
  }

  /** Moves the exact values (those already counted in n) into bins. */
  private switchToBins(): void {
    if (this.counts !== null) return;
    this.counts = new Float64Array(BIN_COUNT);
    const values = this.values as Float64Array;
    this.values = null;
    const held = Math.min(this.n, this.exactLimit);
    for (let i = 0; i < held; i += 1) this.countInBin(values[i] as number);
  }
}

function grow(values: Float64Array): Float64Array {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}

/**
 * The value at a 1-based rank, in milliseconds: exact from values, within 1 % from bins (and
 * never outside the exact min and max).
 *
 * Empty input: a summary with `n = 0`, or a rank outside 1..n, gives `null`.
 */
export function durationAtRank(summary: DurationSummary, rank: number): number | null {
  if (rank < 1 || rank > summary.n) return null;
  if (summary.values !== undefined) return summary.values[rank - 1] ?? null;
  const bins = summary.bins;
  if (bins === undefined) return null;
  let seen = bins.zeros;
  if (rank <= seen) return 0;
  for (let i = 0; i < bins.counts.length; i += 1) {
    seen += bins.counts[i] as number;
    if (rank <= seen) return Math.min(summary.maxMs, Math.max(summary.minMs, binValue(bins.offset + i)));
  }
  return summary.maxMs;
}
