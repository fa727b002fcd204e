import { buildDayAggregate, type PeriodAggregate } from '../../src/domain/aggregates/day-aggregate';
import { dailyKey } from '../../src/domain/buckets/placement';
import { NO_DIMENSIONS } from '../../src/domain/facts/dimensions';
import type { Fact } from '../../src/domain/facts/ticket-facts';
import type { CanonicalRecord, CanonicalRecordInput } from '../../src/domain/records/canonical';
import { isoOf } from '../../src/domain/records/instant';

/** The moments a record is placed by (metrics.md): a ticket by creation, resolution and delivered value. */
function placements(record: CanonicalRecord): number[] {
  switch (record.type) {
    case 'ticket':
      return [record.createdAt, record.resolvedAt, record.valueAt].filter((at) => at !== undefined);
    case 'response':
      return [record.answeredAt];
    case 'invitation':
      return [record.sentAt];
    case 'selfservice':
      return [record.startedAt];
    case 'availability':
      return [record.at];
  }
}

const INSTANTS = [
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'valueAt',
  'answeredAt',
  'sentAt',
  'startedAt',
  'at',
];

/** A parsed record back in its wire form (ISO instants), as facts store it. */
function wireOf(record: CanonicalRecord): CanonicalRecordInput {
  const wire: Record<string, unknown> = { ...record };
  for (const field of INSTANTS) if (typeof wire[field] === 'number') wire[field] = isoOf(wire[field]);
  for (const field of ['reopenedAt', 'followUpAt'])
    if (Array.isArray(wire[field])) wire[field] = (wire[field] as number[]).map(isoOf);
  return wire as CanonicalRecordInput;
}

/**
 * Day aggregates of records, built the way the backend builds them: the records become facts on
 * each day they are placed on (in the reporting time zone), and each day's aggregate is built
 * from that day's facts alone (`buildDayAggregate`). Records must be as the app makes them — at
 * most one answer per respondent, question, ticket, cycle and source, and no self-service
 * sessions, which the app does not store — for the days to add up to the whole.
 */
export function dayAggregatesOf(
  records: Iterable<CanonicalRecord>,
  options: { asOf: number; timeZone?: string },
): Map<string, PeriodAggregate> {
  const timeZone = options.timeZone ?? 'UTC';
  const dayOf = dailyKey(timeZone);
  const byDay = new Map<string, CanonicalRecordInput[]>();
  for (const record of records) {
    const wire = wireOf(record);
    for (const day of new Set(placements(record).map((at) => dayOf(at)!))) {
      const list = byDay.get(day);
      if (list) list.push(wire);
      else byDay.set(day, [wire]);
    }
  }
  const days = new Map<string, PeriodAggregate>();
  for (const [day, dayRecords] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const fact: Fact = {
      projectKey: 'SD',
      day,
      issueId: '-',
      issueKey: 'SD-0',
      dimensions: NO_DIMENSIONS,
      records: dayRecords,
    };
    days.set(day, buildDayAggregate('SD', day, [fact], { asOf: options.asOf, timeZone }));
  }
  return days;
}
