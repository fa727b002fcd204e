/** Reads the value of a 1-based rank (1 = smallest) from some ordered collection. */
export type ValueAtRank = (rank: number) => number;

/**
 * Median of `n` ordered values: the middle value, or the mean of the two middle values for an
 * even `n` (metrics.md). Takes a rank reader so that sorted arrays and duration summaries share
 * one definition.
 *
 * Empty input: `n = 0` gives `null`.
 *
 * @example
 * medianByRank(4, (rank) => [10, 20, 30, 40][rank - 1]!) //=> 25
 */
export function medianByRank(n: number, at: ValueAtRank): number | null {
  if (n === 0) return null;
  const half = n >> 1;
  return n % 2 === 1 ? at(half + 1) : (at(half) + at(half + 1)) / 2;
}

/**
 * Median of ascending-sorted values.
 *
 * Empty input: gives `null`.
 *
 * @example
 * median([10, 20, 30, 40]) //=> 25
 */
export function median(sorted: ArrayLike<number>): number | null {
  return medianByRank(sorted.length, (rank) => sorted[rank - 1] as number);
}
