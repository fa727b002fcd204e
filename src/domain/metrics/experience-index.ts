import type { MetricSettings } from './settings';

export type ExperienceComponent = keyof MetricSettings['weights'];

/** The components in the order a reader meets them: results first, then process and service. */
export const EXPERIENCE_COMPONENTS = [
  'csat',
  'ces',
  'nps',
  'fcr',
  'mtta',
  'availability',
  'selfService',
] as const satisfies readonly ExperienceComponent[];

/** Each component as people read it (not its id), and what its `n` counts. */
export const EXPERIENCE_COMPONENT_INFO: Readonly<
  Record<ExperienceComponent, { name: string; counts: 'answers' | 'tickets' | 'sessions' | 'samples' }>
> = {
  csat: { name: 'Customer satisfaction (CSAT)', counts: 'answers' },
  ces: { name: 'Customer effort (CES)', counts: 'answers' },
  nps: { name: 'Net Promoter Score, on 0–100', counts: 'answers' },
  fcr: { name: 'First contact resolution', counts: 'tickets' },
  mtta: { name: 'Acknowledged within target', counts: 'tickets' },
  availability: { name: 'Availability as users see it', counts: 'samples' },
  selfService: { name: 'Self-service success', counts: 'sessions' },
};

/** One component's figure and the answers, tickets, sessions or samples it is computed from. */
export interface ComponentInput {
  value: number | null;
  n: number;
}

export interface ExperienceIndexResult {
  value: number | null;
  /** The components used, each on 0–100 as it entered the mean (NPS as (NPS + 100) / 2). */
  components: Partial<Record<ExperienceComponent, number>>;
  /** For each component used, the answers (or tickets, sessions, samples) behind it. */
  sizes: Partial<Record<ExperienceComponent, number>>;
  /** The answers and tickets behind the index: the sum of `sizes`, never the number of components. */
  n: number;
}

/**
 * The Experience Index: a weighted mean, on 0–100, of the components that have data. A component
 * with no data (or weight 0) is left out and the remaining weights renormalise.
 *
 * Empty input: no component with data gives `value: null`, no components and `n: 0`.
 *
 * @example
 * experienceIndex({ csat: { value: 80, n: 40 }, nps: { value: 20, n: 10 } }, weights)
 * //=> { value: 70, components: { csat: 80, nps: 60 }, sizes: { csat: 40, nps: 10 }, n: 50 }
 */
export function experienceIndex(
  inputs: Partial<Record<ExperienceComponent, ComponentInput>>,
  weights: MetricSettings['weights'],
): ExperienceIndexResult {
  const components: Partial<Record<ExperienceComponent, number>> = {};
  const sizes: Partial<Record<ExperienceComponent, number>> = {};
  let n = 0;
  for (const name of EXPERIENCE_COMPONENTS) {
    const input = inputs[name];
    if (input == null || input.value === null || input.n === 0 || weights[name] === 0) continue;
    components[name] = name === 'nps' ? (input.value + 100) / 2 : input.value;
    sizes[name] = input.n;
    n += input.n;
  }
  return { value: weightedMean(components, weights), components, sizes, n };
}

/** The weighted mean of components already on 0–100; `null` when none is given. */
function weightedMean(
  components: Partial<Record<ExperienceComponent, number>>,
  weights: MetricSettings['weights'],
): number | null {
  let weighted = 0;
  let total = 0;
  for (const name of EXPERIENCE_COMPONENTS) {
    const value = components[name];
    if (value === undefined) continue;
    weighted += weights[name] * value;
    total += weights[name];
  }
  return total === 0 ? null : weighted / total;
}

/** How a period's index compares with the period before, like with like. */
export type ExperienceIndexChange =
  | {
      /** Index now − index before, both over `over` only. */
      change: number;
      /** The components present in both periods. */
      over: ExperienceComponent[];
      /** Components of either period the comparison leaves out, with why; empty when none. */
      leftOut: Array<{ component: ExperienceComponent; missingIn: 'previous' | 'current' }>;
    }
  | { change: null; reason: 'no data now' | 'no data before' | 'no common component' };

/**
 * Compares two periods' indexes over the components both have: each index is taken again over
 * just those, with the same weights, so a component that appears or drops out (self-service data
 * starting this month, say) never shows as a change of the experience.
 *
 * Empty input: a period without an index, or two periods without a component in common, gives no
 * change and the reason.
 *
 * @example
 * // now CSAT 80 and FCR 60; before CSAT 70 only → compared over CSAT: +10, FCR left out
 */
export function experienceIndexChange(
  current: ExperienceIndexResult,
  previous: ExperienceIndexResult,
  weights: MetricSettings['weights'],
): ExperienceIndexChange {
  if (current.value === null) return { change: null, reason: 'no data now' };
  if (previous.value === null) return { change: null, reason: 'no data before' };
  const over = EXPERIENCE_COMPONENTS.filter(
    (name) => current.components[name] !== undefined && previous.components[name] !== undefined,
  );
  if (over.length === 0) return { change: null, reason: 'no common component' };
  const only = (result: ExperienceIndexResult) =>
    Object.fromEntries(over.map((name) => [name, result.components[name]!]));
  const now = weightedMean(only(current), weights);
  const before = weightedMean(only(previous), weights);
  const leftOut = EXPERIENCE_COMPONENTS.flatMap((component) => {
    const inNow = current.components[component] !== undefined;
    const inBefore = previous.components[component] !== undefined;
    if (inNow === inBefore) return [];
    return [{ component, missingIn: inNow ? ('previous' as const) : ('current' as const) }];
  });
  return { change: now! - before!, over, leftOut };
}

/**
 * The comparison in words for a figure's reader: nothing when both periods had the same
 * components, else which were left out and why, or why there is no change at all.
 */
export function experienceChangeNote(comparison: ExperienceIndexChange): string | null {
  const named = (component: ExperienceComponent) => EXPERIENCE_COMPONENT_INFO[component].name;
  if (comparison.change === null) {
    switch (comparison.reason) {
      case 'no data now':
        return null;
      case 'no data before':
        return 'No change shown: the previous period has no data.';
      case 'no common component':
        return 'No change shown: the two periods have no component in common.';
    }
  }
  if (comparison.leftOut.length === 0) return null;
  const missing = (where: 'previous' | 'current') =>
    comparison.leftOut.filter((entry) => entry.missingIn === where).map((entry) => named(entry.component));
  const phrase = (names: string[], where: string) =>
    names.length === 0
      ? ''
      : `${names.join(' and ')} ${names.length === 1 ? 'has' : 'have'} no data in ${where}`;
  const reasons = [
    phrase(missing('previous'), 'the previous period'),
    phrase(missing('current'), 'this period'),
  ];
  const now = comparison.over.length + missing('previous').length;
  return `Compared over ${comparison.over.length} of ${now} components: ${reasons.filter(Boolean).join('; ')}.`;
}
