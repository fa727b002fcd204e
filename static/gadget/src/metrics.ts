import type { Dimension, DistributionMetric, FigureUnit, GadgetMetric } from '../../../src/contract/gadgets';

export interface MetricInfo {
  /** Short name for tiles, headers and axes. */
  label: string;
  /** What the abbreviation stands for. */
  name: string;
  /** The unit the backend reports the metric in (and in which targets are set). */
  unit: FigureUnit;
  /** The range a target may take; `null` means no upper bound. */
  range: [number, number | null];
}

/** What the edit view needs to know about each metric before any figure has been loaded. */
export const METRIC_INFO: Record<GadgetMetric, MetricInfo> = {
  csat: { label: 'CSAT', name: 'Customer satisfaction', unit: 'percent', range: [0, 100] },
  ces: { label: 'CES', name: 'Customer effort score', unit: 'percent', range: [0, 100] },
  nps: { label: 'NPS', name: 'Net Promoter Score', unit: 'score', range: [-100, 100] },
  fcr: { label: 'FCR', name: 'First contact resolution', unit: 'percent', range: [0, 100] },
  mtta: { label: 'MTTA', name: 'Mean time to acknowledge', unit: 'seconds', range: [0, null] },
  ttv: { label: 'TTV', name: 'Time to value', unit: 'seconds', range: [0, null] },
  aht: { label: 'AHT', name: 'Average handle time', unit: 'seconds', range: [0, null] },
  experienceIndex: { label: 'Experience Index', name: 'Experience Index', unit: 'score', range: [0, 100] },
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  agent: 'Agent',
  team: 'Team',
  requestType: 'Request type',
  priority: 'Priority',
  organization: 'Organisation',
};

export const INTERVAL_LABELS = { day: 'Day', week: 'Week', month: 'Month' } as const;

/** The answer scales of the distribution metrics, with what their ends mean. */
export const DISTRIBUTION_SCALES: Record<
  DistributionMetric,
  { min: number; max: number; low: string; high: string }
> = {
  csat: { min: 1, max: 5, low: 'very dissatisfied', high: 'very satisfied' },
  ces: { min: 1, max: 7, low: 'very difficult', high: 'very easy' },
  nps: { min: 0, max: 10, low: 'not at all likely', high: 'extremely likely' },
};

/** For time metrics a lower value is better. */
export const lowerIsBetter = (unit: FigureUnit): boolean => unit === 'seconds';

/** NPS is written with its sign ("+42"); other scores are plain numbers. */
export const signedMetric = (metric: GadgetMetric): boolean => metric === 'nps';
