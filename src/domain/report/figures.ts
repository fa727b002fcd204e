import type { Metrics } from './metrics';
import type { MetricName } from '../metrics/groups';
import { LOW_SAMPLE_BELOW } from '../metrics/proportion';

/**
 * The metrics a gadget shows, each as one number with n, interval and target: a metric of the
 * report, or one part of it (MTTA for people and for automation, kept apart as metrics.md asks).
 */
export const FIGURE_METRICS = [
  'csat',
  'ces',
  'nps',
  'ice',
  'fcr',
  'mtta',
  'mttaHuman',
  'mttaAutomated',
  'ttv',
  'aht',
  'selfService',
  'availability',
  'experienceIndex',
] as const satisfies ReadonlyArray<MetricName | 'mttaHuman' | 'mttaAutomated'>;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

export type FigureUnit = 'percent' | 'score' | 'seconds';

export interface Figure {
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  lowSample: boolean;
  detail: string | null;
}

/**
 * Where a figure's target comes from: `setting`, one number on the admin page (a gadget may
 * override it); `priority classes`, MTTA's two targets by priority (admin page only, judged per
 * ticket: the figure reports the share within target); `none`, no target (metrics.md names none).
 */
export type FigureTarget = 'setting' | 'priority classes' | 'none';

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
  target: FigureTarget;
  /** What the figure counts, in a sentence, for a reader who does not know the abbreviation. */
  explanation: string;
}

const mttaExplanation = (who: string) =>
  `Mean time from a request's creation to its first public response${who}, over the requests created in the period.`;

export const FIGURE_INFO: Readonly<Record<FigureMetric, FigureInfo>> = {
  csat: {
    label: 'CSAT',
    shortName: 'CSAT',
    name: 'Customer satisfaction',
    unit: 'percent',
    range: [0, 100],
    target: 'setting',
    explanation: 'Share of satisfaction answers of 4 or 5 out of 5.',
  },
  ces: {
    label: 'CES',
    shortName: 'CES',
    name: 'Customer effort score',
    unit: 'percent',
    range: [0, 100],
    target: 'setting',
    explanation: 'Share of effort answers at or above the threshold set on the admin page (out of 7).',
  },
  nps: {
    label: 'NPS',
    shortName: 'NPS',
    name: 'Net Promoter Score',
    unit: 'score',
    range: [-100, 100],
    target: 'setting',
    explanation: 'Promoters (9–10) minus detractors (0–6), as a share of answers, from −100 to +100.',
  },
  ice: {
    label: 'ICE (incident communication)',
    shortName: 'ICE',
    name: 'Incident communication effectiveness',
    unit: 'percent',
    range: [0, 100],
    target: 'setting',
    explanation:
      'Incident communication effectiveness: share of answers rating the clarity, timeliness and usefulness of incident updates 4 or 5 out of 5.',
  },
  fcr: {
    label: 'First contact resolution',
    shortName: 'FCR',
    name: 'First contact resolution',
    unit: 'percent',
    range: [0, 100],
    target: 'setting',
    explanation: 'Share of resolved requests not reopened or followed up by the customer within 7 days.',
  },
  mtta: {
    label: 'Mean time to acknowledge',
    shortName: 'MTTA',
    name: 'Mean time to acknowledge',
    unit: 'seconds',
    range: [0, null],
    target: 'priority classes',
    explanation: mttaExplanation(', by a person or by automation'),
  },
  mttaHuman: {
    label: 'MTTA, by people',
    shortName: 'MTTA (people)',
    name: 'Mean time to acknowledge, first response by a person',
    unit: 'seconds',
    range: [0, null],
    target: 'priority classes',
    explanation: mttaExplanation(' when a person gave it'),
  },
  mttaAutomated: {
    label: 'MTTA, by automation',
    shortName: 'MTTA (automation)',
    name: 'Mean time to acknowledge, first response by automation',
    unit: 'seconds',
    range: [0, null],
    target: 'priority classes',
    explanation: mttaExplanation(' when automation (Jira Automation, another app) gave it'),
  },
  ttv: {
    label: 'Time to value',
    shortName: 'TTV',
    name: 'Time to value',
    unit: 'seconds',
    range: [0, null],
    target: 'none',
    explanation: "Mean time from a service request's creation to its completion.",
  },
  aht: {
    label: 'Average handle time',
    shortName: 'AHT',
    name: 'Average handle time',
    unit: 'seconds',
    range: [0, null],
    target: 'none',
    explanation: 'Mean time logged on the requests resolved in the period.',
  },
  selfService: {
    label: 'Self-service success',
    shortName: 'Self-service',
    name: 'Self-service success rate',
    unit: 'percent',
    range: [0, 100],
    target: 'none',
    explanation:
      'Share of decided self-service sessions whose user found what they needed and raised no request within 24 hours; abandoned sessions count against it.',
  },
  availability: {
    label: 'Availability as users see it',
    shortName: 'Availability',
    name: 'Effective availability',
    unit: 'percent',
    range: [0, 100],
    target: 'none',
    explanation:
      "Share of probes that found a service up and answering within its threshold, averaged over the services; each service's technical availability (up at all) and the gap are named beside it.",
  },
  experienceIndex: {
    label: 'Experience Index',
    shortName: 'Experience Index',
    name: 'Experience Index',
    unit: 'score',
    range: [0, 100],
    target: 'setting',
    explanation:
      'A weighted mean, from 0 to 100, of the components that have data, with weights set on the admin page.',
  },
};

/** The figures whose target is one number on the admin page, which a gadget may override. */
export const TARGETED_METRICS = FIGURE_METRICS.filter(
  (metric): metric is Extract<FigureMetric, 'csat' | 'ces' | 'nps' | 'ice' | 'fcr' | 'experienceIndex'> =>
    FIGURE_INFO[metric].target === 'setting',
);

/** Time metrics are better when lower; the others when higher. */
export const LOWER_IS_BETTER: ReadonlySet<FigureMetric> = new Set([
  'mtta',
  'mttaHuman',
  'mttaAutomated',
  'ttv',
  'aht',
]);

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
    case 'mtta':
    case 'mttaHuman':
    case 'mttaAutomated': {
      const result = metrics.mtta[MTTA_GROUP[metric]];
      return {
        value: result.meanSeconds,
        n: result.n,
        ci95: null,
        lowSample: low(result.n),
        detail:
          result.targetAttainment === null ? null : `${Math.round(result.targetAttainment)} % within target`,
      };
    }
    case 'ice':
      return {
        value: metrics.ice.value,
        n: metrics.ice.n,
        ci95: null,
        lowSample: low(metrics.ice.n),
        detail: metrics.ice.statusFollowUps > 0 ? `${metrics.ice.statusFollowUps} status follow-ups` : null,
      };
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
    case 'selfService': {
      const result = metrics.selfService;
      const parts = [
        result.abandonmentRate === null ? null : `${Math.round(result.abandonmentRate)} % abandoned`,
        result.pending > 0 ? `${result.pending} pending` : null,
      ].filter((part) => part !== null);
      return {
        value: result.value,
        n: result.n,
        ci95: null,
        lowSample: low(result.n),
        detail: parts.length > 0 ? parts.join(', ') : null,
      };
    }
    case 'availability': {
      const services = Object.entries(metrics.availability).sort(([a], [b]) => a.localeCompare(b));
      const n = services.reduce((sum, [, result]) => sum + result.n, 0);
      const mean =
        services.length === 0
          ? null
          : services.reduce((sum, [, r]) => sum + r.effective, 0) / services.length;
      const one = (value: number) => `${(Math.round(value * 10) / 10).toFixed(1)} %`;
      return {
        value: mean,
        n,
        ci95: null,
        lowSample: low(n),
        detail:
          services.length === 0
            ? null
            : services
                .map(
                  ([service, r]) =>
                    `${service}: ${one(r.effective)} effective, ${one(r.technical)} technical (gap ${one(r.gap)})`,
                )
                .join('; '),
      };
    }
    case 'experienceIndex': {
      const index = metrics.experienceIndex;
      return {
        value: index.value,
        // The answers and tickets behind the index, not the number of its components.
        n: index.n,
        ci95: null,
        lowSample: false,
        detail: null,
      };
    }
  }
}

/** The MTTA group of the report each MTTA figure reads. */
const MTTA_GROUP = { mtta: 'overall', mttaHuman: 'human', mttaAutomated: 'automated' } as const;

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
