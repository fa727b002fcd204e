/**
 * The literature's split (metrics.md): process metrics a team influences directly, and results
 * metrics that measure the experience. Reports and the dashboard group metrics this way;
 * availability, measured by probes, is service context beside both.
 */
export const METRIC_GROUPS = {
  process: ['mtta', 'fcr', 'aht', 'ttv', 'responseRate', 'selfService'],
  results: ['csat', 'ces', 'nps', 'ice', 'experienceIndex'],
  context: ['availability'],
} as const;

export type MetricGroup = keyof typeof METRIC_GROUPS;
export type MetricName = (typeof METRIC_GROUPS)[MetricGroup][number];
