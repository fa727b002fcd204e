import type {
  BreakdownDimension,
  GadgetSource,
  DistributionMetric,
  ExperienceComponentFigure,
  FigureMetric,
  FigureUnit,
} from '../../../src/contract/gadgets';
import { FIGURE_INFO } from '../../../src/domain/report/figures';

export const DIMENSION_LABELS: Record<BreakdownDimension, string> = {
  agent: 'Agent',
  team: 'Team',
  requestType: 'Request type',
  priority: 'Priority',
  organization: 'Organisation',
  source: 'Source',
};

/** The desks a gadget may report on (its source filter). */
export const SOURCE_LABELS: Record<GadgetSource, string> = {
  both: 'JSM and ServiceNow',
  jsm: 'JSM',
  servicenow: 'ServiceNow',
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
export const signedMetric = (metric: FigureMetric): boolean => metric === 'nps';

/** What a figure counts, for the tile's title: ICE, MTTA for people and for automation, … */
export const figureExplanation = (metric: FigureMetric): string => FIGURE_INFO[metric].explanation;

/** What an Experience Index component's n counts, in words: "1 ticket", "212 answers". */
export const countWord = (counts: ExperienceComponentFigure['counts'], n: number): string =>
  n === 1 ? counts.slice(0, -1) : counts;
