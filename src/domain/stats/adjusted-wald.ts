import { Z95, type ConfidenceInterval } from './wilson';

/**
 * Adjusted-Wald interval (95 %) for a Net Promoter Score, in NPS points, as metrics.md defines it:
 * n' = n + 3, p' = (promoters + 0.75) / n', d' = (detractors + 0.75) / n';
 * centre 100 (p' − d'), half-width 100 z √((p' + d' − (p' − d')²) / n'), clamped to [−100, 100].
 *
 * The NPS is a difference of two proportions of one sample, so a single-proportion interval does
 * not apply; the small additive adjustment keeps the interval sensible for small n.
 *
 * Empty input: `n = 0` gives `null`.
 *
 * @example
 * adjustedWald(5, 2, 10) //=> [-17.56..., 71.40...]
 */
export function adjustedWald(promoters: number, detractors: number, n: number): ConfidenceInterval | null {
  if (n === 0) return null;
  const nAdjusted = n + 3;
  const p = (promoters + 0.75) / nAdjusted;
  const d = (detractors + 0.75) / nAdjusted;
  const centre = 100 * (p - d);
  const half = 100 * Z95 * Math.sqrt((p + d - (p - d) * (p - d)) / nAdjusted);
  return [Math.max(-100, centre - half), Math.min(100, centre + half)];
}
