import type { Distribution, DistributionMetric } from '../../../src/contract/gadgets';
import { share } from './format-figures';
import { DISTRIBUTION_SCALES } from './labels';

import type { NpsBand } from '../../../src/domain/nps/nps-band';

export type { NpsBand };

/** metrics.md: promoters 9–10, passives 7–8, detractors 0–6. */
export function npsBand(score: number): NpsBand {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export const NPS_BANDS: ReadonlyArray<{ band: NpsBand; label: string; range: string }> = [
  { band: 'detractor', label: 'Detractors', range: '0–6' },
  { band: 'passive', label: 'Passives', range: '7–8' },
  { band: 'promoter', label: 'Promoters', range: '9–10' },
];

export interface DistributionBar {
  score: number;
  count: number;
  /** Share of all answers, in percent (unrounded). */
  percent: number;
  band: NpsBand | null;
}

/**
 * One bar per point of the scale, lowest first, zero counts included, even if the answer leaves a
 * point out: the scale comes from the metric, the counts from the answer.
 */
export function distributionBars(distribution: Pick<Distribution, 'metric' | 'counts'>): DistributionBar[] {
  const { min, max } = DISTRIBUTION_SCALES[distribution.metric];
  const byScore = new Map(distribution.counts.map(({ score, count }) => [score, count]));
  const total = distribution.counts.reduce((sum, { count }) => sum + count, 0);
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const score = min + i;
    const count = byScore.get(score) ?? 0;
    return {
      score,
      count,
      percent: share(count, total),
      band: distribution.metric === 'nps' ? npsBand(score) : null,
    };
  });
}

/** Count and share per NPS band. */
export function bandTotals(
  bars: readonly DistributionBar[],
): Record<NpsBand, { count: number; percent: number }> {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const totals = { detractor: 0, passive: 0, promoter: 0 };
  for (const bar of bars) if (bar.band) totals[bar.band] += bar.count;
  return {
    detractor: { count: totals.detractor, percent: share(totals.detractor, total) },
    passive: { count: totals.passive, percent: share(totals.passive, total) },
    promoter: { count: totals.promoter, percent: share(totals.promoter, total) },
  };
}

export const isNps = (metric: DistributionMetric): boolean => metric === 'nps';
