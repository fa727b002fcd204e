import type { Metrics } from '../report/metrics';
import { LOW_SAMPLE_BELOW } from '../metrics/proportion';

/** The metrics a gadget shows, each as one number with n, interval and target. */
export const FIGURE_METRICS = ['csat', 'ces', 'nps', 'fcr', 'mtta', 'ttv', 'aht', 'experienceIndex'] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

export type Unit = 'percent' | 'score' | 'seconds';

export interface Figure {
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  lowSample: boolean;
  detail: string | null;
}

export const FIGURE_LABELS: Record<FigureMetric, string> = {
  csat: 'CSAT',
  ces: 'CES',
  nps: 'NPS',
  fcr: 'First contact resolution',
  mtta: 'Mean time to acknowledge',
  ttv: 'Time to value',
  aht: 'Average handle time',
  experienceIndex: 'Experience Index',
};

export const FIGURE_UNITS: Record<FigureMetric, Unit> = {
  csat: 'percent',
  ces: 'percent',
  nps: 'score',
  fcr: 'percent',
  mtta: 'seconds',
  ttv: 'seconds',
  aht: 'seconds',
  experienceIndex: 'score',
};

/** Time metrics are better when lower; the others when higher. */
export const LOWER_IS_BETTER: ReadonlySet<FigureMetric> = new Set(['mtta', 'ttv', 'aht']);

const low = (n: number) => n < LOW_SAMPLE_BELOW;

/**
 * One metric of a computed report as a gadget figure. Time metrics are means in seconds; MTTA's
 * detail is its target attainment, FCR's the tickets still pending.
 *
 * Empty input: n = 0 gives `value: null`.
 */
export function figureOf(metrics: Metrics, metric: FigureMetric): Figure {
  switch (metric) {
    case 'csat':
    case 'ces':
    case 'nps': {
      const result = metrics[metric];
      return {
        value: result.value,
        n: result.n,
        ci95: result.ci95,
        lowSample: result.lowSample,
        detail: null,
      };
    }
    case 'fcr': {
      const result = metrics.fcr;
      return {
        value: result.value,
        n: result.n,
        ci95: result.ci95,
        lowSample: low(result.n),
        detail: result.pending > 0 ? `${result.pending} still within 7 days` : null,
      };
    }
    case 'mtta': {
      const result = metrics.mtta.overall;
      return {
        value: result.meanSeconds,
        n: result.n,
        ci95: null,
        lowSample: low(result.n),
        detail:
          result.targetAttainment === null ? null : `${Math.round(result.targetAttainment)} % within target`,
      };
    }
    case 'ttv':
      return {
        value: metrics.ttv.meanSeconds,
        n: metrics.ttv.n,
        ci95: null,
        lowSample: low(metrics.ttv.n),
        detail: null,
      };
    case 'aht':
      return {
        value: metrics.aht.meanSeconds,
        n: metrics.aht.n,
        ci95: null,
        lowSample: low(metrics.aht.n),
        detail: null,
      };
    case 'experienceIndex': {
      const components = Object.keys(metrics.experienceIndex.components);
      return {
        value: metrics.experienceIndex.value,
        n: components.length,
        ci95: null,
        lowSample: false,
        detail: components.length > 0 ? `from ${components.join(', ')}` : null,
      };
    }
  }
}

/**
 * A duration in words for a detail line: the two largest units.
 *
 * @example roughDuration(3725) //=> '1 h 2 min'
 */
export function roughDuration(seconds: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ];
  let rest = Math.round(seconds);
  const parts: string[] = [];
  for (const [name, size] of units) {
    if (parts.length === 2) break;
    const count = Math.floor(rest / size);
    if (count > 0 || (parts.length === 0 && size === 1)) parts.push(`${count} ${name}`);
    if (count > 0) rest -= count * size;
    else if (parts.length > 0) break;
  }
  return parts.join(' ');
}

/** Met or missed against a target, the right way round for time metrics. */
export function figureStatus(
  metric: FigureMetric,
  value: number | null,
  target: number | null,
): 'met' | 'missed' | 'none' {
  if (value === null || target === null) return 'none';
  const met = LOWER_IS_BETTER.has(metric) ? value <= target : value >= target;
  return met ? 'met' : 'missed';
}
