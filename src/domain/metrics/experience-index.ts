import type { MetricSettings } from './settings';

export type ExperienceComponent = keyof MetricSettings['weights'];

export interface ExperienceIndexResult {
  value: number | null;
  /** The components used, each on 0–100 as it entered the mean (NPS as (NPS + 100) / 2). */
  components: Partial<Record<ExperienceComponent, number>>;
}

/**
 * The Experience Index: a weighted mean, on 0–100, of the components that have data. A component
 * with no data (or weight 0) is left out and the remaining weights renormalise.
 *
 * Empty input: no component with data gives `value: null` and no components.
 *
 * @example
 * experienceIndex({ csat: 80, fcr: null, nps: 20 }, weights).value //=> 70 (80 and 60, equal weights)
 */
export function experienceIndex(
  values: Partial<Record<ExperienceComponent, number | null>>,
  weights: MetricSettings['weights'],
): ExperienceIndexResult {
  const components: Partial<Record<ExperienceComponent, number>> = {};
  let weighted = 0;
  let totalWeight = 0;
  for (const name of Object.keys(weights) as ExperienceComponent[]) {
    const raw = values[name];
    const weight = weights[name];
    if (raw == null || weight === 0) continue;
    const value = name === 'nps' ? (raw + 100) / 2 : raw;
    components[name] = value;
    weighted += weight * value;
    totalWeight += weight;
  }
  return { value: totalWeight === 0 ? null : weighted / totalWeight, components };
}
