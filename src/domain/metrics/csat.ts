import { countScores, totalScores, type ScoreCounts } from '../buckets/score-counts';
import { proportion, type Proportion } from './proportion';

/** CSAT counts 4 and 5 on its 1–5 scale as satisfied. */
export const CSAT_POSITIVE_FROM = 4;

export type CsatResult = Proportion & { target: number };

/**
 * CSAT = 100 × count(score ≥ 4) / n over 1–5 answers.
 *
 * Empty input: no answers gives `value: null`, never 0.
 *
 * @example
 * csat([0, 0, 1, 2, 1], 85).value //=> 75
 */
export function csat(counts: ScoreCounts, target: number): CsatResult {
  return { ...proportion(countScores(counts, 'csat', CSAT_POSITIVE_FROM, 5), totalScores(counts)), target };
}
