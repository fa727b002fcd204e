import type { GadgetConfiguration, FigureMetric, MetricFigure } from '../../contract/gadgets';
import type { Bucket } from '../../domain/buckets/bucket';
import { FIGURE_INFO, figureOf, figureStatus } from '../../domain/report/figures';
import type { MetricSettings } from '../../domain/metrics/settings';
import { computeMetrics, type Metrics } from '../../domain/report/metrics';

/** The target a figure is judged against: the gadget's override, else the app's target, else none. */
export function targetOf(
  metric: FigureMetric,
  settings: MetricSettings,
  overrides: GadgetConfiguration['targets'],
) {
  const override = overrides[metric];
  if (override !== undefined) return override;
  const targets = settings.targets as Partial<Record<FigureMetric, number>>;
  return targets[metric] ?? null;
}

export const metricsOf = (bucket: Bucket, settings: MetricSettings, asOf: Date): Metrics =>
  computeMetrics(bucket, { asOf: asOf.getTime(), settings });

/** One tile: the metric now, against its target, and against the period just before. */
export function metricFigure(
  metric: FigureMetric,
  current: Metrics,
  previous: Metrics | null,
  settings: MetricSettings,
  overrides: GadgetConfiguration['targets'],
): MetricFigure {
  const figure = figureOf(current, metric);
  const before = previous ? figureOf(previous, metric) : null;
  const target = targetOf(metric, settings, overrides);
  return {
    metric,
    label: FIGURE_INFO[metric].label,
    unit: FIGURE_INFO[metric].unit,
    value: figure.value,
    n: figure.n,
    ci95: figure.ci95,
    lowSample: figure.lowSample,
    target,
    status: figureStatus(metric, figure.value, target),
    previous: before ? { value: before.value, n: before.n } : null,
    change: figure.value !== null && before?.value != null ? figure.value - before.value : null,
    detail: figure.detail,
  };
}
