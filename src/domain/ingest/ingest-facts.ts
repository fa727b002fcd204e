import { dailyKey } from '../buckets/placement';
import { NO_DIMENSIONS } from '../facts/dimensions';
import type { Fact } from '../facts/ticket-facts';
import type { AvailabilityInput } from '../records/availability';
import { isoOf } from '../records/instant';
import type { SelfServiceInput } from '../records/self-service';
import { SELF_SERVICE_WINDOW_MS } from '../metrics/self-service';

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

/** The start of the ids of one user's session facts (`userKey`: a digest of the account id). */
export const sessionIdPrefix = (userKey: string) => `ss.${userKey}.`;

/**
 * One fact per record, on the day its moment falls on in the reporting zone, named by the digest
 * of its identity: storing a resend writes the same key, and the day's aggregate counts it once.
 * A session's id starts with its user's key, so the sessions a new request may decide are found
 * by prefix.
 */
export function ingestFact(record: IngestRecord, digest: string, timeZone: string, userKey = ''): Fact {
  const day = dailyKey(timeZone)(placedAt(record))!;
  const id = record.type === 'selfservice' ? `${sessionIdPrefix(userKey)}${digest}` : `av.${digest}`;
  return {
    projectKey: INGEST_PROJECT,
    day,
    issueId: id,
    issueKey: id,
    dimensions: NO_DIMENSIONS,
    records: [wireOf(record)],
  };
}

/**
 * A session's fact once its user raised a request at `createdAt`: a completed session started in
 * [createdAt − 24 h, createdAt) has failed (metrics.md), so the request's time is added to it;
 * `null` when the request decides nothing here (another window, an abandoned session, known).
 */
export function withRequestRaised(fact: Fact, createdAt: number): Fact | null {
  const session = fact.records.find((record) => record.type === 'selfservice') as
    SelfServiceInput | undefined;
  if (!session || session.completed !== true) return null;
  const startedAt = Date.parse(String(session.startedAt));
  if (!(createdAt > startedAt && createdAt <= startedAt + SELF_SERVICE_WINDOW_MS)) return null;
  const at = isoOf(createdAt);
  if (fact.requestsRaisedAt?.includes(at)) return null;
  return { ...fact, requestsRaisedAt: [...(fact.requestsRaisedAt ?? []), at].sort() };
}
