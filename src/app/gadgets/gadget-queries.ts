import type {
  Breakdown,
  Distribution,
  GadgetConfiguration,
  MetricFigure,
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
import type { Bucket } from '../../domain/buckets/bucket';
import { SERVICENOW_PROJECT } from '../../domain/servicenow/record-facts';
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
  const tiles = (now: Metrics, before: Metrics) =>
    config.metrics.map((metric) => metricFigure(metric, now, before, scope.metricSettings, config.targets));
  return {
    window: scope.window,
    tiles: tiles(metricsNow, metricsBefore),
    ...(scope.sources.serviceNow && scope.sources.jsm.length > 0
      ? { bySource: await scorecardsBySource(deps, scope, tiles) }
      : {}),
  };
}

type Metrics = ReturnType<typeof metricsOf>;

/** The two desks apart: the JSM projects in scope, and ServiceNow, each over the window and the one before. */
async function scorecardsBySource(
  deps: Deps,
  scope: GadgetScope,
  tiles: (now: Metrics, before: Metrics) => MetricFigure[],
): Promise<NonNullable<Scorecard['bySource']>> {
  const { from, to } = scope.window;
  const now = deps.now();
  return Promise.all(
    sourceGroups(scope).map(async (group) => {
      const [current, previous] = (await windowAggregates(
        deps.aggregates,
        { projects: group.projects, siteWide: false },
        [{ from, to }, previousWindow(from, to)],
      )) as [PeriodAggregate, PeriodAggregate];
      return {
        source: group.source,
        label: group.label,
        tiles: tiles(
          metricsOf(selectTotal(current, group.requestTypes), scope.metricSettings, now),
          metricsOf(selectTotal(previous, group.requestTypes), scope.metricSettings, now),
        ),
      };
    }),
  );
}

/** JSM's projects with the gadget's request types, and ServiceNow whole (its request types are not JSM's). */
function sourceGroups(scope: GadgetScope) {
  return [
    ...(scope.sources.jsm.length > 0
      ? [
          {
            source: 'jsm' as const,
            label: 'JSM',
            projects: scope.sources.jsm,
            requestTypes: scope.requestTypes,
          },
        ]
      : []),
    ...(scope.sources.serviceNow
      ? [
          {
            source: 'servicenow' as const,
            label: 'ServiceNow',
            projects: [SERVICENOW_PROJECT],
            requestTypes: [],
          },
        ]
      : []),
  ];
}

export async function breakdown(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
): Promise<Breakdown> {
  const { from, to } = scope.window;
  const dimension = config.dimension;
  const aggregate = await windowAggregate(
    deps.aggregates,
    scope.source,
    { from, to },
    dimension === 'source' ? 'totals' : 'breakdowns',
  );
  const now = deps.now();
  const buckets: ReadonlyArray<readonly [string, { label: string; bucket: Bucket }]> =
    dimension === 'source'
      ? await bucketsBySource(deps, scope)
      : Object.entries(selectBreakdown(aggregate, scope.requestTypes, dimension)).map(
          ([key, value]) =>
            [key, { label: rowLabel(dimension, key, value.label), bucket: value.bucket }] as const,
        );
  const rows = buckets.map(([key, value]) => {
    const metrics = metricsOf(value.bucket, scope.metricSettings, now);
    const figure = figureOf(metrics, config.metric);
    return {
      key,
      label: value.label,
      value: figure.value,
      n: figure.n,
      ci95: figure.ci95,
      lowSample: figure.lowSample,
      response: responseFigureOf(metrics, config.metric),
    };
  });
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

/** One bucket per desk in scope, for a breakdown by source. */
async function bucketsBySource(deps: Deps, scope: GadgetScope) {
  const { from, to } = scope.window;
  return Promise.all(
    sourceGroups(scope).map(async (group) => {
      const aggregate = await windowAggregate(
        deps.aggregates,
        { projects: group.projects, siteWide: false },
        { from, to },
      );
      return [
        group.source,
        { label: group.label, bucket: selectTotal(aggregate, group.requestTypes) },
      ] as const;
    }),
  );
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
