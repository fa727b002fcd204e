/**
 * The dashboard gadgets' resolver contract. Every figure is computed on the backend by the shared
 * calculator (src/domain) from stored aggregates; the gadgets display it.
 */
import { DIMENSION_NAMES, type DimensionName } from '../domain/facts/dimension-names';
import { FIGURE_METRICS, type FigureMetric, type FigureUnit } from '../domain/report/figures';
import type { ResponseFigure } from '../domain/report/response-figure';

export { DIMENSION_NAMES, FIGURE_METRICS, type DimensionName, type FigureMetric, type FigureUnit };

/** The four gadgets, each a resolver of its own. */
export const GADGET_KINDS = ['scorecard', 'trend', 'breakdown', 'distribution'] as const;
export type GadgetKind = (typeof GADGET_KINDS)[number];

export const DISTRIBUTION_METRICS = ['csat', 'ces', 'nps'] as const;
export type DistributionMetric = (typeof DISTRIBUTION_METRICS)[number];

/** Which desks a gadget reports on: JSM's projects, the connected ServiceNow instance, or both. */
export const GADGET_SOURCES = ['both', 'jsm', 'servicenow'] as const;
export type GadgetSource = (typeof GADGET_SOURCES)[number];

/** What a breakdown groups by: the facts' dimensions, or the desk the records came from. */
export const BREAKDOWN_DIMENSIONS = [...DIMENSION_NAMES, 'source'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const PERIOD_PRESETS = [7, 30, 90, 365] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A gadget's saved configuration (`view.submit` in its edit view). Every field has a default. */
export interface GadgetConfiguration {
  /** Project keys; empty means every project the viewer may browse. */
  projects: string[];
  /** Request type ids; empty means all. */
  requestTypes: string[];
  /** The last N days up to today, or a custom range of calendar days [from, to] inclusive. */
  period: { preset: PeriodPreset } | { from: string; to: string };
  /** IANA time zone for calendar days, weeks and months. */
  timeZone: string;
  /** Scorecard tiles. */
  metrics: FigureMetric[];
  /** Trend and breakdown metric. */
  metric: FigureMetric;
  /** Distribution metric. */
  distributionMetric: DistributionMetric;
  interval: 'day' | 'week' | 'month';
  dimension: BreakdownDimension;
  /** JSM, ServiceNow, or both (the default). */
  source: GadgetSource;
  /** Target overrides for this gadget; others come from the app's settings. */
  targets: Partial<Record<FigureMetric, number>>;
}

export interface MetricFigure {
  metric: FigureMetric;
  label: string;
  unit: FigureUnit;
  /** `null` when there is no data (n = 0). */
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  /** n < 30: show as indicative only. */
  lowSample: boolean;
  target: number | null;
  /** For time metrics a lower value is better; `met` compares the right way. */
  status: 'met' | 'missed' | 'none';
  /** Same metric over the period of the same length just before. */
  previous: { value: number | null; n: number } | null;
  /** value − previous.value, when both exist. */
  change: number | null;
  /** A short second line, e.g. "82 % within target" for MTTA or "12 pending" for FCR. */
  detail: string | null;
  /** Experience Index only: the components it is made of, by name, each on 0–100 with its n. */
  components?: ExperienceComponentFigure[];
  /** Why `change` compares fewer components than the figure has, or why it is not shown. */
  changeNote?: string | null;
  /** A survey's score only: invitations, answers and the response rate behind it. */
  response?: ResponseFigure | null;
}

export interface ExperienceComponentFigure {
  /** The component as people read it, e.g. "First contact resolution". */
  name: string;
  /** On 0–100, as it entered the index. */
  value: number;
  /** The answers, tickets, sessions or samples behind it. */
  n: number;
  counts: 'answers' | 'tickets' | 'sessions' | 'samples';
  weight: number;
}

export interface ResolvedWindow {
  /** Calendar days in `timeZone`, inclusive. */
  from: string;
  to: string;
  timeZone: string;
  projects: string[];
}

export interface Scorecard {
  window: ResolvedWindow;
  tiles: MetricFigure[];
  /** With both sources and a ServiceNow connection: the same tiles for each desk, side by side. */
  bySource?: Array<{ source: 'jsm' | 'servicenow'; label: string; tiles: MetricFigure[] }>;
}

export interface TrendPoint {
  /** First calendar day of the point's day, week (Monday) or month. */
  start: string;
  label: string;
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  lowSample: boolean;
  /** A survey's score only: the point's invitations, answers and response rate. */
  response?: ResponseFigure | null;
}

export interface Trend {
  window: ResolvedWindow;
  metric: FigureMetric;
  label: string;
  unit: FigureUnit;
  interval: 'day' | 'week' | 'month';
  target: number | null;
  points: TrendPoint[];
}

export interface BreakdownRow {
  key: string;
  label: string;
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  lowSample: boolean;
  /** A survey's score only: the row's invitations, answers and response rate (a low rate is a finding). */
  response?: ResponseFigure | null;
}

export interface Breakdown {
  window: ResolvedWindow;
  metric: FigureMetric;
  label: string;
  unit: FigureUnit;
  dimension: BreakdownDimension;
  target: number | null;
  total: MetricFigure;
  rows: BreakdownRow[];
}

export interface DrilldownRow {
  ticketKey: string;
  answeredAt: string;
  ces: number | null;
  csat: number | null;
  /** `null` when the viewer may not see comments (agents of the project only), or there is none. */
  comment: string | null;
}

export interface Drilldown {
  rows: DrilldownRow[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
  commentsHidden: boolean;
}

export interface Distribution {
  window: ResolvedWindow;
  metric: DistributionMetric;
  label: string;
  n: number;
  /** One entry per point of the scale, lowest first, including zero counts. */
  counts: Array<{ score: number; count: number }>;
}

export interface GadgetOptions {
  projects: Array<{ key: string; name: string }>;
  requestTypes: Array<{ id: string; name: string; projectKey: string }>;
  defaults: GadgetConfiguration;
}

export interface GadgetResolverContract {
  getGadgetOptions: { payload: Record<string, never>; answer: GadgetOptions };
  getScorecard: { payload: Record<string, never>; answer: Scorecard };
  getTrend: { payload: Record<string, never>; answer: Trend };
  getBreakdown: { payload: Record<string, never>; answer: Breakdown };
  getDrilldown: { payload: { key: string; cursor?: string }; answer: Drilldown };
  getDistribution: { payload: Record<string, never>; answer: Distribution };
  /** The responses behind the window (and a breakdown row, when `key` is given) as CSV. */
  exportResponsesCsv: { payload: { key?: string }; answer: { filename: string; csv: string } };
}
