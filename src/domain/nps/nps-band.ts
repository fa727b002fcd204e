/**
 * The three NPS bands of metrics.md: detractors 0–6, passives 7–8, promoters 9–10. Apart from the
 * settings' schema so that a page can name them without bundling zod.
 */
export const NPS_BAND_NAMES = ['detractor', 'passive', 'promoter'] as const;
export type NpsBand = (typeof NPS_BAND_NAMES)[number];

/** The band of a score on the 0–10 scale. */
export function npsBandOf(score: number): NpsBand {
  return score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter';
}
