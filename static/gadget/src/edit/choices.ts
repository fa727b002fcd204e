/**
 * The edit view's fixed choices, with the words shown for them, and the ids of its fields
 * (`cxg-…`; messages use the dotted field path, e.g. `cxg-targets-csat`).
 */
import {
  BREAKDOWN_DIMENSIONS,
  GADGET_SOURCES,
  DISTRIBUTION_METRICS,
  FIGURE_METRICS,
  PERIOD_PRESETS,
  type BreakdownDimension,
  type GadgetSource,
  type DistributionMetric,
  type FigureMetric,
  type PeriodPreset,
} from '../../../../src/contract/gadgets';
import { fieldId } from '../../../shared/field-messages';
import type { Choice } from '../../../shared/fields/SelectField';
import type { RadioChoice } from '../../../shared/fields/RadioChoices';
import { FIGURE_INFO } from '../../../../src/domain/report/figures';
import { DIMENSION_LABELS, INTERVAL_LABELS, SOURCE_LABELS } from '../labels';

export const PREFIX = 'cxg';
/** The id of a field path's messages, which the field's `aria-describedby` names while invalid. */
export const errorIdOf = (path: string) => fieldId(PREFIX, path);

/** "CSAT — Customer satisfaction"; just the name where the short label is the name. */
export const metricOption = (metric: FigureMetric) =>
  FIGURE_INFO[metric].shortName === FIGURE_INFO[metric].name
    ? FIGURE_INFO[metric].name
    : `${FIGURE_INFO[metric].shortName} — ${FIGURE_INFO[metric].name}`;

export const METRIC_CHOICES: Choice<FigureMetric>[] = FIGURE_METRICS.map((metric) => ({
  value: metric,
  label: metricOption(metric),
}));

export const DISTRIBUTION_CHOICES: Choice<DistributionMetric>[] = DISTRIBUTION_METRICS.map((metric) => ({
  value: metric,
  label: metricOption(metric),
}));

export const DIMENSION_CHOICES: Choice<BreakdownDimension>[] = BREAKDOWN_DIMENSIONS.map((dimension) => ({
  value: dimension,
  label: DIMENSION_LABELS[dimension],
}));

/** JSM, ServiceNow or both: which desks' records the gadget counts. */
export const SOURCE_CHOICES: Choice<GadgetSource>[] = GADGET_SOURCES.map((source) => ({
  value: source,
  label: SOURCE_LABELS[source],
}));

export const INTERVAL_CHOICES: RadioChoice<keyof typeof INTERVAL_LABELS>[] = (
  ['day', 'week', 'month'] as const
).map((interval) => ({ value: interval, label: INTERVAL_LABELS[interval] }));

export const PERIOD_CHOICES: RadioChoice<PeriodPreset | 'custom'>[] = [
  ...PERIOD_PRESETS.map((days) => ({ value: days, label: `Last ${days} days` })),
  { value: 'custom', label: 'Custom' },
];
