import { countScores, totalScores, type ScoreCounts } from '../buckets/score-counts';
import { adjustedWald } from '../stats/adjusted-wald';
import type { ConfidenceInterval } from '../stats/wilson';
import { LOW_SAMPLE_BELOW } from './proportion';

export interface NpsResult {
  value: number | null;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  ci95: ConfidenceInterval | null;
  lowSample: boolean;
  target: number;
}

/**
 * NPS = 100 × (promoters − detractors) / n on 0–10: promoters 9–10, passives 7–8, detractors
 * 0–6. The interval is the adjusted Wald of metrics.md.
 *
 * Empty input: no answers gives `value: null`. Only passives give 0.
 *
 * @example
 * nps([0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0], 50).value //=> 0
 */
export function nps(counts: ScoreCounts, target: number): NpsResult {
  const n = totalScores(counts);
  const promoters = countScores(counts, 'nps', 9, 10);
  const passives = countScores(counts, 'nps', 7, 8);
  const detractors = countScores(counts, 'nps', 0, 6);
  return {
    value: n === 0 ? null : (100 * (promoters - detractors)) / n,
    n,
    promoters,
    passives,
    detractors,
    ci95: adjustedWald(promoters, detractors, n),
    lowSample: n < LOW_SAMPLE_BELOW,
    target,
  };
}
