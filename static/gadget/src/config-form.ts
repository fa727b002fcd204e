/**
 * The edit view's state: the saved configuration merged over the app's defaults, a draft the form
 * edits (text inputs stay text until saved), its validation, and the configuration it saves.
 */
import {
  BREAKDOWN_DIMENSIONS,
  GADGET_SOURCES,
  DISTRIBUTION_METRICS,
  FIGURE_METRICS,
  type FigureMetric,
  type GadgetConfiguration,
  type GadgetKind,
  type GadgetOptions,
  PERIOD_PRESETS,
  type PeriodPreset,
} from '../../../src/contract/gadgets';
import type { FieldMessages } from '../../shared/field-messages';
import { usesField } from './gadget-kind';
import { FIGURE_INFO } from '../../../src/domain/report/figures';

const INTERVALS = ['day', 'week', 'month'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOneOf = <T extends string | number>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);
const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...new Set(value)] : undefined;

/** A calendar day `YYYY-MM-DD` that exists. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved configuration field by field over the defaults: a field that is missing or not of
 * the contract's shape (a gadget saved by an older version, `{}` for a new gadget) takes the default.
 */
export function mergeConfig(defaults: GadgetConfiguration, saved: unknown): GadgetConfiguration {
  const raw = isRecord(saved) ? saved : {};
  const period = (() => {
    const value = raw.period;
    if (!isRecord(value)) return defaults.period;
    if (isOneOf(PERIOD_PRESETS, value.preset)) return { preset: value.preset };
    if (isCalendarDay(value.from) && isCalendarDay(value.to)) return { from: value.from, to: value.to };
    return defaults.period;
  })();
  const metrics = stringList(raw.metrics)?.filter((m): m is FigureMetric => isOneOf(FIGURE_METRICS, m));
  const targets: GadgetConfiguration['targets'] = {};
  const rawTargets = isRecord(raw.targets) ? raw.targets : defaults.targets;
  for (const metric of FIGURE_METRICS) {
    const value = rawTargets[metric];
    if (typeof value === 'number' && Number.isFinite(value)) targets[metric] = value;
  }
  return {
    projects: stringList(raw.projects) ?? defaults.projects,
    requestTypes: stringList(raw.requestTypes) ?? defaults.requestTypes,
    period,
    timeZone: isTimeZone(raw.timeZone) ? raw.timeZone : defaults.timeZone,
    metrics: metrics && metrics.length > 0 ? metrics : defaults.metrics,
    metric: isOneOf(FIGURE_METRICS, raw.metric) ? raw.metric : defaults.metric,
    distributionMetric: isOneOf(DISTRIBUTION_METRICS, raw.distributionMetric)
      ? raw.distributionMetric
      : defaults.distributionMetric,
    interval: isOneOf(INTERVALS, raw.interval) ? raw.interval : defaults.interval,
    dimension: isOneOf(BREAKDOWN_DIMENSIONS, raw.dimension) ? raw.dimension : defaults.dimension,
    source: isOneOf(GADGET_SOURCES, raw.source) ? raw.source : defaults.source,
    targets,
  };
}

export interface ConfigDraft extends Omit<GadgetConfiguration, 'period' | 'targets'> {
  periodMode: 'preset' | 'custom';
  preset: PeriodPreset;
  from: string;
  to: string;
  /** As typed; time targets in minutes, the others in the metric's own unit. Blank = app setting. */
  targets: Partial<Record<FigureMetric, string>>;
}

/** `today` minus `days - 1`: the first day of "the last N days up to today". */
export function daysBack(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - (days - 1));
  return date.toISOString().slice(0, 10);
}

/** Today as a calendar day in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: isTimeZone(timeZone) ? timeZone : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A number as typed back into an input: no float noise ("0.1 + 0.2"), no trailing zeros. */
const asInput = (value: number): string => String(Number(value.toFixed(2)));

export function toDraft(config: GadgetConfiguration, today: string): ConfigDraft {
  const { period, targets, ...rest } = config;
  const draftTargets: ConfigDraft['targets'] = {};
  for (const metric of FIGURE_METRICS) {
    const value = targets[metric];
    // A target an older version saved for a metric without a target setting is not read: dropped.
    if (value === undefined || FIGURE_INFO[metric].target !== 'setting') continue;
    draftTargets[metric] = FIGURE_INFO[metric].unit === 'seconds' ? asInput(value / 60) : asInput(value);
  }
  const preset = 'preset' in period ? period.preset : 30;
  return {
    ...rest,
    periodMode: 'preset' in period ? 'preset' : 'custom',
    preset,
    // A custom range starts out as the preset's days, so switching to it shows sensible dates.
    from: 'from' in period ? period.from : daysBack(today, preset),
    to: 'to' in period ? period.to : today,
    targets: draftTargets,
  };
}

/**
 * The metrics whose targets the form offers: of the tiles of a scorecard, or the one metric, those
 * whose target is a setting on the admin page (MTTA's are per priority class, set there only; TTV
 * and AHT have none), so a gadget never offers a target the app does not know.
 */
export function targetMetrics(
  kind: GadgetKind,
  draft: Pick<ConfigDraft, 'metrics' | 'metric'>,
): FigureMetric[] {
  if (!usesField(kind, 'targets')) return [];
  const shown = kind === 'scorecard' ? draft.metrics : [draft.metric];
  return shown.filter((metric) => FIGURE_INFO[metric].target === 'setting');
}

function parseTarget(text: string | undefined): number | null | undefined {
  const trimmed = (text ?? '').trim().replace(',', '.').replace('\u2212', '-');
  if (trimmed === '') return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Messages per field path (`period.from`, `metrics`, `targets.csat`) for the fields this gadget shows. */
export function validateDraft(kind: GadgetKind, draft: ConfigDraft): FieldMessages {
  const messages = new Map<string, string[]>();
  const add = (field: string, message: string) =>
    messages.set(field, [...(messages.get(field) ?? []), message]);
  if (draft.periodMode === 'custom') {
    if (!isCalendarDay(draft.from)) add('period.from', 'Enter the first day as a date.');
    if (!isCalendarDay(draft.to)) add('period.to', 'Enter the last day as a date.');
    if (isCalendarDay(draft.from) && isCalendarDay(draft.to) && draft.from > draft.to)
      add('period.to', 'The last day must not be before the first day.');
  }
  if (!isTimeZone(draft.timeZone)) add('timeZone', 'Choose a time zone.');
  if (usesField(kind, 'metrics') && draft.metrics.length === 0) add('metrics', 'Choose at least one metric.');
  for (const metric of targetMetrics(kind, draft)) {
    const value = parseTarget(draft.targets[metric]);
    if (value === undefined) continue;
    const { range, unit } = FIGURE_INFO[metric];
    const [min, max] = range;
    const tooLow = value !== null && (unit === 'seconds' ? value <= min : value < min);
    if (value === null || tooLow || (max !== null && value > max)) {
      add(
        `targets.${metric}`,
        unit === 'seconds'
          ? 'Enter a number of minutes above 0, or leave it blank.'
          : `Enter a number from ${min} to ${max ?? '∞'}, or leave it blank.`,
      );
    }
  }
  return messages;
}

/**
 * The configuration to save. Every field is saved, also those this gadget does not show, so the
 * backend always reads a complete configuration. Call only with a draft that validates.
 */
export function toConfig(draft: ConfigDraft): GadgetConfiguration {
  const { periodMode, preset, from, to, targets: typed, ...rest } = draft;
  const targets: GadgetConfiguration['targets'] = {};
  for (const metric of FIGURE_METRICS) {
    const value = parseTarget(typed[metric]);
    if (value === undefined || value === null) continue;
    targets[metric] = FIGURE_INFO[metric].unit === 'seconds' ? Math.round(value * 60) : value;
  }
  return {
    ...rest,
    period: periodMode === 'preset' ? { preset } : { from, to },
    targets,
  };
}

/** The request types of the chosen projects (all of them when no project is chosen). */
export function requestTypesFor(
  requestTypes: GadgetOptions['requestTypes'],
  projects: readonly string[],
): GadgetOptions['requestTypes'] {
  return projects.length === 0
    ? requestTypes
    : requestTypes.filter((type) => projects.includes(type.projectKey));
}

/** Changing projects drops chosen request types that no longer belong to a chosen project. */
export function withProjects(
  draft: ConfigDraft,
  projects: string[],
  requestTypes: GadgetOptions['requestTypes'],
): ConfigDraft {
  const allowed = new Set(requestTypesFor(requestTypes, projects).map((type) => type.id));
  return { ...draft, projects, requestTypes: draft.requestTypes.filter((id) => allowed.has(id)) };
}

export const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Helsinki',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
] as const;

/** The common zones plus the browser's own and the saved one, each once, browser's first. */
export function timeZoneChoices(saved: string, browser: string | undefined): string[] {
  const extra = [browser, saved].filter((zone): zone is string => isTimeZone(zone));
  return [...new Set([...extra, ...COMMON_TIME_ZONES])];
}

/** Moves one chosen metric up or down in the scorecard's order. */
export function moveMetric(
  metrics: readonly FigureMetric[],
  metric: FigureMetric,
  by: -1 | 1,
): FigureMetric[] {
  const from = metrics.indexOf(metric);
  const to = from + by;
  if (from < 0 || to < 0 || to >= metrics.length) return [...metrics];
  const next = [...metrics];
  next.splice(from, 1);
  next.splice(to, 0, metric);
  return next;
}

/** Ticks or unticks a scorecard metric; a newly ticked one goes last. */
export function toggleMetric(
  metrics: readonly FigureMetric[],
  metric: FigureMetric,
  on: boolean,
): FigureMetric[] {
  if (on) return metrics.includes(metric) ? [...metrics] : [...metrics, metric];
  return metrics.filter((candidate) => candidate !== metric);
}
