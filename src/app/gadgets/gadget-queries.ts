import type {
  Breakdown,
  Distribution,
  GadgetConfiguration,
  Scorecard,
  Trend,
  TrendPoint,
} from '../../contract/gadgets';
import { selectBreakdown, selectTotal, type PeriodAggregate } from '../../domain/aggregates/day-aggregate';
import { FIGURE_INFO, figureOf } from '../../domain/report/figures';
import { responseFigureOf } from '../../domain/report/response-figure';
import { previousWindow } from '../../domain/aggregates/window';
import { trendRanges } from '../../domain/aggregates/trend-ranges';
import { rowLabel } from '../../domain/facts/empty-dimension-labels';
import { SCALES } from '../../domain/records/survey-kind';
import type { AggregateStore } from '../ports/aggregate-store';
import { metricFigure, metricsOf, targetOf } from './metric-figure';
import type { GadgetScope } from './gadget-scope';
import { windowAggregate, windowAggregates } from './window-aggregate';

type Deps = { aggregates: AggregateStore; now: () => Date };

export async function scorecard(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
): Promise<Scorecard> {
  const { from, to } = scope.window;
  const [current, previous] = (await windowAggregates(deps.aggregates, scope.source, [
    { from, to },
    previousWindow(from, to),
  ])) as [PeriodAggregate, PeriodAggregate];
  const now = deps.now();
  const metricsNow = metricsOf(selectTotal(current, scope.requestTypes), scope.metricSettings, now);
  const metricsBefore = metricsOf(selectTotal(previous, scope.requestTypes), scope.metricSettings, now);
  return {
    window: scope.window,
    tiles: config.metrics.map((metric) =>
      metricFigure(metric, metricsNow, metricsBefore, scope.metricSettings, config.targets),
    ),
  };
}

export async function breakdown(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
): Promise<Breakdown> {
  const { from, to } = scope.window;
  const aggregate = await windowAggregate(deps.aggregates, scope.source, { from, to }, 'breakdowns');
  const now = deps.now();
  const rows = Object.entries(selectBreakdown(aggregate, scope.requestTypes, config.dimension)).map(
    ([key, value]) => {
      const metrics = metricsOf(value.bucket, scope.metricSettings, now);
      const figure = figureOf(metrics, config.metric);
      return {
        key,
        label: rowLabel(config.dimension, key, value.label),
        value: figure.value,
        n: figure.n,
        ci95: figure.ci95,
        lowSample: figure.lowSample,
        response: responseFigureOf(metrics, config.metric),
      };
    },
  );
  rows.sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
  const total = metricsOf(selectTotal(aggregate, scope.requestTypes), scope.metricSettings, now);
  return {
    window: scope.window,
    metric: config.metric,
    label: FIGURE_INFO[config.metric].label,
    unit: FIGURE_INFO[config.metric].unit,
    dimension: config.dimension,
    target: targetOf(config.metric, scope.metricSettings, config.targets),
    total: metricFigure(config.metric, total, null, scope.metricSettings, config.targets),
    rows,
  };
}

export async function distribution(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
): Promise<Distribution> {
  const { from, to } = scope.window;
  const aggregate = await windowAggregate(deps.aggregates, scope.source, { from, to });
  const bucket = selectTotal(aggregate, scope.requestTypes);
  const metric = config.distributionMetric;
  const counts = bucket.surveys[metric];
  const { min } = SCALES[metric];
  return {
    window: scope.window,
    metric,
    label: FIGURE_INFO[metric].label,
    n: counts.reduce((sum, count) => sum + count, 0),
    counts: counts.map((count, index) => ({ score: min + index, count })),
  };
}

/**
 * A metric per day, ISO week or month of the window; a week or month cut by the window's edges
 * covers only its days inside it.
 */
export async function trend(deps: Deps, scope: GadgetScope, config: GadgetConfiguration): Promise<Trend> {
  const { from, to } = scope.window;
  const points = trendRanges(from, to, config.interval);
  const merged = await windowAggregates(deps.aggregates, scope.source, points);
  const now = deps.now();
  const series: TrendPoint[] = points.map((point, index) => {
    const metrics = metricsOf(selectTotal(merged[index]!, scope.requestTypes), scope.metricSettings, now);
    const figure = figureOf(metrics, config.metric);
    return {
      start: point.start,
      label: point.label,
      value: figure.value,
      n: figure.n,
      ci95: figure.ci95,
      lowSample: figure.lowSample,
      response: responseFigureOf(metrics, config.metric),
    };
  });
  return {
    window: scope.window,
    metric: config.metric,
    label: FIGURE_INFO[config.metric].label,
    unit: FIGURE_INFO[config.metric].unit,
    interval: config.interval,
    target: targetOf(config.metric, scope.metricSettings, config.targets),
    points: series,
  };
}
