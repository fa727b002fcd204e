import {
  canonicalRecordSchema,
  reportFromRecords,
  settingsSchema,
  type CanonicalRecord,
  type CanonicalRecordInput,
  type MetricSettingsInput,
  type Metrics,
} from '../../src/domain';

/** Parses wire-form records as the calculator receives them. */
export function parse(...inputs: CanonicalRecordInput[]): CanonicalRecord[] {
  return inputs.map((input) => canonicalRecordSchema.parse(input));
}

export const SECOND = 1000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** ISO text of `base` plus an offset in ms. */
export function at(base: string, plusMs = 0): string {
  return new Date(Date.parse(base) + plusMs).toISOString();
}

/** Metrics of wire-form records over an optional window, as the raw path computes them. */
export function metricsOf(
  inputs: CanonicalRecordInput[],
  options: { asOf: string; from?: string; to?: string; settings?: MetricSettingsInput },
): Metrics {
  return reportFromRecords(parse(...inputs), {
    asOf: Date.parse(options.asOf),
    from: options.from === undefined ? null : Date.parse(options.from),
    to: options.to === undefined ? null : Date.parse(options.to),
    settings: settingsSchema.parse(options.settings ?? {}),
  }).metrics;
}

export const ticket = (
  id: string,
  createdAt: string,
  rest: Partial<CanonicalRecordInput & { type: 'ticket' }> = {},
) => ({ type: 'ticket', id, createdAt, ...rest }) as CanonicalRecordInput;

export const answer = (
  survey: 'csat' | 'ces' | 'nps' | 'ice',
  score: number,
  answeredAt: string,
  rest: { ticketId?: string; respondent?: string; question?: 'clarity' | 'timeliness' | 'usefulness' } = {},
): CanonicalRecordInput => ({
  type: 'response',
  ticketId: rest.ticketId ?? `t-${score}-${answeredAt}`,
  survey,
  score,
  answeredAt,
  ...rest,
});
