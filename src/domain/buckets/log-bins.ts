/**
 * Log-scale bins for durations in whole milliseconds, the scheme of DDSketch (Masson et al., 2019).
 *
 * Bin `i` holds the values in (γ^(i−1), γ^i] with γ = (1 + α) / (1 − α); reading a bin back as
 * 2γ^i / (γ + 1) is within a relative error α of every value in it. So any order statistic read
 * from the bins (median, p90) is within α of the exact one: the exact value lies in the bin the
 * rank falls in, and the bins are ordered.
 */

/** α, the stated bound: a median or p90 from bins is within 1 % of the exact value. */
export const RELATIVE_ERROR = 0.01;

const GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** γ^2048 ms is about 6·10^17 ms (19 million years): every real duration has a bin. */
export const BIN_COUNT = 2048;

const REPRESENTATIVE = Float64Array.from({ length: BIN_COUNT }, (_, i) => (2 * GAMMA ** i) / (GAMMA + 1));

/**
 * The bin of a duration of at least 1 ms (zero has its own count, see duration summaries).
 *
 * @example
 * binIndex(1) //=> 0
 */
export function binIndex(ms: number): number {
  return Math.min(BIN_COUNT - 1, Math.ceil(Math.log(ms) / LOG_GAMMA));
}

/** The value a bin reads back as, within {@link RELATIVE_ERROR} of everything in it. */
export function binValue(index: number): number {
  return REPRESENTATIVE[index] as number;
}
