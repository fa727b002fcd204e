/** Two-sided 95 % normal quantile, the z every interval in metrics.md uses. */
export const Z95 = 1.959963984540054;

/** A confidence interval in percent, `[low, high]`. */
export type ConfidenceInterval = [low: number, high: number];

/**
 * Wilson score interval (95 %) for a proportion `positive / n`, in percent.
 *
 * Chosen over the plain Wald interval because it stays inside [0, 100] and behaves at small n and
 * at proportions near 0 or 1, which is where service-desk samples live.
 *
 * Empty input: `n = 0` gives `null` (no data, no interval).
 *
 * @example
 * wilson(8, 10) //=> [49.01..., 94.33...]
 */
export function wilson(positive: number, n: number): ConfidenceInterval | null {
  if (n === 0) return null;
  const p = positive / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamped because rounding can push a bound a hair past 0 or 100 when positive is 0 or n.
  return [Math.max(0, 100 * (centre - half)), Math.min(100, 100 * (centre + half))];
}
