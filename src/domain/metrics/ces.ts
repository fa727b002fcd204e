import { countScores, totalScores, type ScoreCounts } from '../buckets/score-counts';
import type { ConfidenceInterval } from '../stats/wilson';
import { proportion } from './proportion';

export interface CesResult {
  value: number | null;
  n: number;
  positive: number;
  threshold: number;
  ci95: ConfidenceInterval | null;
  lowSample: boolean;
  target: number;
}

/**
 * CES = 100 × count(score ≥ threshold) / n over 1–7 answers (threshold 6 by default; 5 is a
 * common alternative, so it is a setting, and per-score counts answer either exactly).
 *
 * Empty input: no answers gives `value: null`.
 *
 * @example
 * ces([0, 0, 0, 0, 1, 1, 0], 6, 80).value //=> 50
 */
export function ces(counts: ScoreCounts, threshold: number, target: number): CesResult {
  const { value, n, positive, ci95, lowSample } = proportion(
    countScores(counts, 'ces', threshold, 7),
    totalScores(counts),
  );
  return { value, n, positive, threshold, ci95, lowSample, target };
}
