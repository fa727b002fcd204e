import { percent } from '../stats/percent';
import { wilson, type ConfidenceInterval } from '../stats/wilson';

/** Below this many answers a value is flagged `lowSample`; the UI greys it and shows n. */
export const LOW_SAMPLE_BELOW = 30;

/** A share of positives with its Wilson interval, the shape of every proportion metric. */
export interface Proportion {
  value: number | null;
  n: number;
  positive: number;
  ci95: ConfidenceInterval | null;
  lowSample: boolean;
}

/**
 * `100 × positive / n` with its 95 % Wilson interval.
 *
 * Empty input: `n = 0` gives `value: null` and `ci95: null` (and `lowSample: true`).
 *
 * @example
 * proportion(8, 10) //=> { value: 80, n: 10, positive: 8, ci95: [49.0…, 94.3…], lowSample: true }
 */
export function proportion(positive: number, n: number): Proportion {
  return {
    value: percent(positive, n),
    n,
    positive,
    ci95: wilson(positive, n),
    lowSample: n < LOW_SAMPLE_BELOW,
  };
}
