import { dailyKey } from '../buckets/placement';
import { NO_DIMENSIONS } from '../facts/dimensions';
import type { Fact } from '../facts/ticket-facts';
import type { AvailabilityInput } from '../records/availability';
import { isoOf } from '../records/instant';
import type { SelfServiceInput } from '../records/self-service';

/**
 * The project key the facts of records from outside Jira are kept under (sessions and samples
 * belong to no Jira project). Lower case, so it can never be a Jira project key, and apart from
 * `site`, the key of the site-wide values.
 */
export const INGEST_PROJECT = 'ingest';

/** A record ready to store: the user resolved to an account id, the threshold filled in. */
export type IngestRecord =
  | { type: 'selfservice'; user: string; startedAt: number; completed: boolean }
  | {
      type: 'availability';
      service: string;
      at: number;
      up: boolean;
      responseMs: number | null;
      thresholdMs: number;
    };

/** The record in its canonical wire form, as facts, the export and the CLI read it. */
export function wireOf(record: IngestRecord): SelfServiceInput | AvailabilityInput {
  return record.type === 'selfservice'
    ? {
        type: 'selfservice',
        user: record.user,
        startedAt: isoOf(record.startedAt),
        completed: record.completed,
      }
    : {
        type: 'availability',
        service: record.service,
        at: isoOf(record.at),
        up: record.up,
        responseMs: record.responseMs,
        thresholdMs: record.thresholdMs,
      };
}

/**
 * What a record is known by for deduplication: the sender's id when it gives one (a resend with
 * the same id is the same record), else the record's own content.
 */
export function identityText(record: IngestRecord, senderId: string | undefined): string {
  return senderId !== undefined
    ? `${record.type}\nid\n${senderId}`
    : `${record.type}\n${JSON.stringify(wireOf(record))}`;
}

/** The moment that places a record on a day. */
const placedAt = (record: IngestRecord) => (record.type === 'selfservice' ? record.startedAt : record.at);

/**
 * One fact per record, on the day its moment falls on in the reporting zone, named by the digest
 * of its identity: storing a resend writes the same key, and the day's aggregate counts it once.
 */
export function ingestFact(record: IngestRecord, digest: string, timeZone: string): Fact {
  const day = dailyKey(timeZone)(placedAt(record))!;
  const id = `${record.type === 'selfservice' ? 'ss' : 'av'}.${digest}`;
  return {
    projectKey: INGEST_PROJECT,
    day,
    issueId: id,
    issueKey: id,
    dimensions: NO_DIMENSIONS,
    records: [wireOf(record)],
  };
}
