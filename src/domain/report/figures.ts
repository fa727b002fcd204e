import type { Metrics } from './metrics';
import type { MetricName } from '../metrics/groups';
import { LOW_SAMPLE_BELOW } from '../metrics/proportion';

/** The metrics a gadget shows, each as one number with n, interval and target. */
export const FIGURE_METRICS = [
  'csat',
  'ces',
  'nps',
  'fcr',
  'mtta',
  'ttv',
  'aht',
  'experienceIndex',
] as const satisfies readonly MetricName[];
export type FigureMetric = (typeof FIGURE_METRICS)[number];

export type FigureUnit = 'percent' | 'score' | 'seconds';

export interface Figure {
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  lowSample: boolean;
  detail: string | null;
}

/** What is known about a figure before it is computed: its names, its unit, its targets' range. */
export interface FigureInfo {
  /** The title a computed figure carries (tiles, trends, breakdowns). */
  label: string;
  /** Short name for the edit view's choices and fields. */
  shortName: string;
  /** What the short name stands for. */
  name: string;
  /** The unit the backend reports the figure in (and in which targets are set). */
  unit: FigureUnit;
  /** The range a target may take; `null` means no upper bound. */
  range: [number, number | null];
}

export const FIGURE_INFO: Readonly<Record<FigureMetric, FigureInfo>> = {
  csat: { label: 'CSAT', shortName: 'CSAT', name: 'Customer satisfaction', unit: 'percent', range: [0, 100] },
  ces: { label: 'CES', shortName: 'CES', name: 'Customer effort score', unit: 'percent', range: [0, 100] },
  nps: { label: 'NPS', shortName: 'NPS', name: 'Net Promoter Score', unit: 'score', range: [-100, 100] },
  fcr: {
    label: 'First contact resolution',
    shortName: 'FCR',
    name: 'First contact resolution',
    unit: 'percent',
    range: [0, 100],
  },
  mtta: {
    label: 'Mean time to acknowledge',
    shortName: 'MTTA',
    name: 'Mean time to acknowledge',
    unit: 'seconds',
    range: [0, null],
  },
  ttv: { label: 'Time to value', shortName: 'TTV', name: 'Time to value', unit: 'seconds', range: [0, null] },
  aht: {
    label: 'Average handle time',
    shortName: 'AHT',
    name: 'Average handle time',
    unit: 'seconds',
    range: [0, null],
  },
  experienceIndex: {
    label: 'Experience Index',
    shortName: 'Experience Index',
    name: 'Experience Index',
    unit: 'score',
    range: [0, 100],
  },
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
