import type { ValueAtRank } from './median';

/**
 * The 1-based rank of the 90th percentile by the nearest-rank method: ⌈0.9 · n⌉.
 *
 * Computed as ⌈9n / 10⌉ in integers because `0.9 * n` is not exact in binary floating point
 * (0.9 × 70 = 63.00000000000001, whose ceiling would be one rank too high).
 *
 * Empty input: `n = 0` gives 0 (there is no rank to take).
 *
 * @example
 * p90Rank(70) //=> 63
 */
export function p90Rank(n: number): number {
  return Math.ceil((9 * n) / 10);
}

/**
 * p90 of `n` ordered values by nearest rank: the ⌈0.9 · n⌉-th smallest value.
 *
 * Empty input: `n = 0` gives `null`.
 */
export function p90ByRank(n: number, at: ValueAtRank): number | null {
  return n === 0 ? null : at(p90Rank(n));
}

/**
 * p90 of ascending-sorted values.
 *
 * Empty input: gives `null`.
 *
 * @example
 * p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) //=> 10
 */
export function p90(sorted: ArrayLike<number>): number | null {
  return p90ByRank(sorted.length, (rank) => sorted[rank - 1] as number);
}
