import { addDays, format, parseISO, startOfISOWeek, startOfMonth } from 'date-fns';
import type {
  Breakdown,
  Distribution,
  GadgetConfiguration,
  Scorecard,
  Trend,
  TrendPoint,
} from '../../contract/gadgets';
import {
  mergeAggregates,
  selectBreakdown,
  selectTotal,
  type PeriodAggregate,
} from '../../domain/facts/day-aggregate';
import { FIGURE_LABELS, FIGURE_UNITS, figureOf } from '../../domain/facts/figures';
import { daysOf, planWindow, previousWindow } from '../../domain/facts/window';
import { SCALES } from '../../domain/records/survey';
import type { AggregateStore, ProjectPeriod } from '../ports/aggregate-store';
import { metricFigure, metricsOf, targetOf } from './figures';
import type { GadgetScope } from './gadget-scope';
import { windowAggregate } from './window-aggregate';

type Deps = { aggregates: AggregateStore; now: () => Date };

export async function scorecard(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
): Promise<Scorecard> {
  const { from, to, projects } = scope.window;
  const before = previousWindow(from, to);
  const [current, previous] = await Promise.all([
    windowAggregate(deps.aggregates, projects, from, to),
    windowAggregate(deps.aggregates, projects, before.from, before.to),
  ]);
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
  const { from, to, projects } = scope.window;
  const aggregate = await windowAggregate(deps.aggregates, projects, from, to, 'breakdowns');
  const now = deps.now();
  const rows = Object.entries(selectBreakdown(aggregate, scope.requestTypes, config.dimension)).map(
    ([key, value]) => {
      const figure = figureOf(metricsOf(value.bucket, scope.metricSettings, now), config.metric);
      return {
        key,
        label: value.label,
        value: figure.value,
        n: figure.n,
        ci95: figure.ci95,
        lowSample: figure.lowSample,
      };
    },
  );
  rows.sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
  const total = metricsOf(selectTotal(aggregate, scope.requestTypes), scope.metricSettings, now);
  return {
    window: scope.window,
    metric: config.metric,
    label: FIGURE_LABELS[config.metric],
    unit: FIGURE_UNITS[config.metric],
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
  const { from, to, projects } = scope.window;
  const bucket = selectTotal(await windowAggregate(deps.aggregates, projects, from, to), scope.requestTypes);
  const metric = config.distributionMetric;
  const counts = bucket.surveys[metric];
  const { min } = SCALES[metric];
  return {
    window: scope.window,
    metric,
    label: FIGURE_LABELS[metric],
    n: counts.reduce((sum, count) => sum + count, 0),
    counts: counts.map((count, index) => ({ score: min + index, count })),
  };
}

/**
 * A metric per day, ISO week or month of the window. All periods are fetched in one batched read
 * and each point merges its own; a week or month cut by the window's edges covers only its days
 * inside the window.
 */
export async function trend(deps: Deps, scope: GadgetScope, config: GadgetConfiguration): Promise<Trend> {
  const { from, to, projects } = scope.window;
  const points = pointRanges(from, to, config.interval);
  const plans = points.map((point) => ({ ...point, plan: planWindow(point.from, point.to) }));
  const periods = new Map<string, ProjectPeriod>();
  for (const { plan } of plans) {
    for (const period of [...plan.months, ...plan.days]) {
      for (const projectKey of projects) periods.set(`${projectKey}|${period}`, { projectKey, period });
    }
  }
  const stored = new Map<string, PeriodAggregate>(
    (await deps.aggregates.read([...periods.values()], 'totals')).map((aggregate) => [
      `${aggregate.projectKey}|${aggregate.period}`,
      aggregate,
    ]),
  );
  const now = deps.now();
  const series: TrendPoint[] = plans.map((point) => {
    const members = [...point.plan.months, ...point.plan.days].flatMap((period) =>
      projects
        .map((projectKey) => stored.get(`${projectKey}|${period}`))
        .filter((found) => found !== undefined),
    );
    const merged = mergeAggregates(members, { projectKey: '', period: point.from });
    const figure = figureOf(
      metricsOf(selectTotal(merged, scope.requestTypes), scope.metricSettings, now),
      config.metric,
    );
    return {
      start: point.start,
      label: point.label,
      value: figure.value,
      n: figure.n,
      ci95: figure.ci95,
      lowSample: figure.lowSample,
    };
  });
  return {
    window: scope.window,
    metric: config.metric,
    label: FIGURE_LABELS[config.metric],
    unit: FIGURE_UNITS[config.metric],
    interval: config.interval,
    target: targetOf(config.metric, scope.metricSettings, config.targets),
    points: series,
  };
}

/** The day, ISO week (Monday first) or month ranges that cover [from, to], each cut to the window. */
function pointRanges(from: string, to: string, interval: 'day' | 'week' | 'month') {
  const startOf = (day: string) => {
    const date = parseISO(day);
    if (interval === 'day') return date;
    return interval === 'week' ? startOfISOWeek(date) : startOfMonth(date);
  };
  const ranges = new Map<string, { start: string; label: string; from: string; to: string }>();
  for (const day of daysOf(from, to)) {
    const start = format(startOf(day), 'yyyy-MM-dd');
    const existing = ranges.get(start);
    if (existing) existing.to = day;
    else ranges.set(start, { start, label: labelOf(start, interval), from: day, to: day });
  }
  return [...ranges.values()];
}

function labelOf(start: string, interval: 'day' | 'week' | 'month'): string {
  const date = parseISO(start);
  if (interval === 'month') return format(date, 'MMM yyyy');
  if (interval === 'week') return `${format(date, 'd MMM')}–${format(addDays(date, 6), 'd MMM')}`;
  return format(date, 'd MMM');
}
