/**
 * The calculator: every metric of metrics.md, computed the same way by the backend, the Custom UI
 * apps and the CLI. Pure and browser-safe: no I/O, no platform, time passed in.
 *
 * Typical use:
 * - backend: `ticketFacts(ticket, …)` places a ticket's records on their days (stored facts);
 *   `buildDayAggregate(project, day, facts, …)` turns a day's facts into its stored aggregate, and
 *   `mergeAggregates` builds the blocks and months above it (domain/aggregates/);
 * - gadget or resolver: merge the stored aggregates of a window, then `computeMetrics`;
 * - CLI and tests: `reportFromRecords(records, { asOf, from, to })`, or `StreamingReport` to stream.
 */
export { canonicalRecordSchema, parseRecord } from './records/canonical';
export type { CanonicalRecord, CanonicalRecordInput, RecordParse } from './records/canonical';
export { ticketSchema } from './records/ticket';
export type { Ticket, TicketInput } from './records/ticket';
export { responseSchema } from './records/response';
export type { ResponseInput, SurveyResponse } from './records/response';
export { invitationSchema } from './records/invitation';
export type { Invitation, InvitationInput } from './records/invitation';
export { selfServiceSchema } from './records/self-service';
export type { SelfServiceInput, SelfServiceSession } from './records/self-service';
export { availabilitySchema } from './records/availability';
export type { AvailabilityInput, AvailabilitySample } from './records/availability';
export { ICE_QUESTIONS, SCALES, SURVEY_KINDS } from './records/survey-kind';
export type { IceQuestion, SurveyKind } from './records/survey-kind';
export { instant } from './records/instant';

export { DEFAULT_SETTINGS, settingsSchema } from './metrics/settings';
export type { MetricSettings, MetricSettingsInput, MttaRule } from './metrics/settings';
export { METRIC_GROUPS } from './metrics/groups';
export type { MetricGroup, MetricName } from './metrics/groups';
export { targetStatus } from './metrics/targets';
export type { TargetStatus } from './metrics/targets';

export type { Bucket } from './buckets/bucket';
export type { DurationSummary } from './buckets/duration-summary';
export { DEFAULT_EXACT_LIMIT } from './buckets/duration-summary';
export { RELATIVE_ERROR } from './buckets/log-bins';
export { Collector } from './buckets/collector';
export type { CollectorOptions } from './buckets/collector';
export { dailyKey, windowKey } from './buckets/placement';
export type { KeyOf } from './buckets/placement';
export { mergeBuckets } from './buckets/merge';

export { computeMetrics } from './report/metrics';
export type { Metrics } from './report/metrics';
export { buildReport, reportFromRecords, StreamingReport } from './report/report';
export type { Report, ReportOptions } from './report/report';
