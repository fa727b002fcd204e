import type { GadgetConfiguration, FigureMetric, MetricFigure } from '../../contract/gadgets';
import type { Bucket } from '../../domain/buckets/bucket';
import {
  EXPERIENCE_COMPONENT_INFO,
  EXPERIENCE_COMPONENTS,
  experienceChangeNote,
  experienceIndexChange,
} from '../../domain/metrics/experience-index';
import { FIGURE_INFO, figureOf, figureStatus, roughDuration } from '../../domain/report/figures';
import type { MttaGroupResult } from '../../domain/metrics/mtta';
import type { MetricSettings } from '../../domain/metrics/settings';
import { computeMetrics, type Metrics } from '../../domain/report/metrics';
import { responseFigureOf } from '../../domain/report/response-figure';

/**
 * The target a figure is judged against: the gadget's override, else the app's target. Only
 * figures whose target is one setting have one; MTTA's targets are per priority class and are
 * reported as the share within target (`mttaTargetsDetail`).
 */
export function targetOf(
  metric: FigureMetric,
  settings: MetricSettings,
  overrides: GadgetConfiguration['targets'],
) {
  if (FIGURE_INFO[metric].target !== 'setting') return null;
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
  const base: MetricFigure = {
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
    detail: isMtta(metric) ? mttaDetail(current.mtta[MTTA_GROUPS[metric]], current, settings) : figure.detail,
    response: responseFigureOf(current, metric),
  };
  return metric === 'experienceIndex' ? withComponents(base, current, previous, settings) : base;
}

/** The MTTA figures, each reading one group of the report's MTTA. */
const MTTA_GROUPS = { mtta: 'overall', mttaHuman: 'human', mttaAutomated: 'automated' } as const;
const isMtta = (metric: FigureMetric): metric is keyof typeof MTTA_GROUPS => metric in MTTA_GROUPS;

/**
 * The share of one MTTA group (its own, not the overall one) acknowledged within its targets, and
 * the targets as the admin page sets them, in the unit the tile shows (a duration):
 * "82 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)".
 */
function mttaDetail(group: MttaGroupResult, metrics: Metrics, settings: MetricSettings): string {
  const { highTargetSeconds, standardTargetSeconds } = settings.mtta;
  const targets = `≤ ${roughDuration(highTargetSeconds)} for high priorities, ≤ ${roughDuration(standardTargetSeconds)} for the others`;
  if (metrics.mtta.targetsChanged)
    return `Targets changed (${targets}): within-target share after the rebuild`;
  const attainment = group.targetAttainment;
  return attainment === null
    ? `Targets ${targets}`
    : `${Math.round(attainment)} % within target (${targets})`;
}

/**
 * The Experience Index with the components it is made of, and a change against the previous
 * period over the components both periods have (or none, and why).
 */
function withComponents(
  base: MetricFigure,
  current: Metrics,
  previous: Metrics | null,
  settings: MetricSettings,
): MetricFigure {
  const index = current.experienceIndex;
  const components = EXPERIENCE_COMPONENTS.flatMap((component) => {
    const value = index.components[component];
    if (value === undefined) return [];
    const info = EXPERIENCE_COMPONENT_INFO[component];
    return [
      {
        name: info.name,
        value,
        n: index.sizes[component] ?? 0,
        counts: info.counts,
        weight: settings.weights[component],
      },
    ];
  });
  if (!previous) return { ...base, components, changeNote: null };
  const comparison = experienceIndexChange(index, previous.experienceIndex, settings.weights);
  return { ...base, components, change: comparison.change, changeNote: experienceChangeNote(comparison) };
}
