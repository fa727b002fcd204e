import { createHash } from 'node:crypto';
import { INGEST_LIMITS } from '../../domain/ingest/ingest-limits';
import { parseIngestBody, type IngestLine } from '../../domain/ingest/ingest-body';
import { identityText, ingestFact, type IngestRecord } from '../../domain/ingest/ingest-facts';
import type { Fact } from '../../domain/facts/ticket-facts';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';
import { thresholdOf } from '../../domain/ingest/service-thresholds';
import type {
  IngestLog,
  IngestReport,
  IngestSecrets,
  IngestStore,
  ThresholdStore,
  UserDirectory,
} from './ports';

/**
 * The outcomes a request can have. The endpoint's responses are static (declared in the
 * manifest), so each outcome is one fixed answer; what a request did line by line is kept in the
 * ingest log the admin page shows.
 */
export type IngestOutcome =
  | 'accepted'
  | 'accepted-duplicates'
  | 'refused-lines'
  | 'malformed'
  | 'unauthorized'
  | 'too-large'
  | 'rate-limited'
  | 'method-not-allowed'
  | 'unsupported-media-type';

export interface IngestRequest {
  method: string;
  headers: Record<string, string[]>;
  body?: string;
}

interface Deps {
  secrets: IngestSecrets;
  store: IngestStore;
  log: IngestLog;
  users: UserDirectory;
  thresholds: ThresholdStore;
  settings: SettingsStore;
  rollups: RollupQueue;
  now: () => Date;
}

const header = (headers: Record<string, string[]>, name: string): string | null =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]?.[0] ?? null;

const ACCEPTED_TYPES = ['application/x-ndjson', 'application/json', 'application/jsonl', 'text/plain'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 40);
/** What a user's session facts are found by: a digest of the account id (keys take few characters). */
export const userKeyOf = (accountId: string) =>
  createHash('sha256').update(accountId).digest('hex').slice(0, 16);

/**
 * Takes a batch of canonical `selfservice` and `availability` records from a sender outside Jira
 * (a prober, a chat bot) and stores them as facts, the road every other record takes to the
 * gadgets and the export. In order, and storing nothing when one fails: the method, the secret
 * (before anything is read), the body's size, the sender's rate, the body's form, then each line.
 * A request with a refused line stores none of its records, so acceptance is never partial: the
 * sender fixes the lines the admin page names and sends the batch again, and what was stored
 * before is recognised as duplicate (by the sender's `id`, or by the record's content).
 */
export async function ingestRecords(deps: Deps, request: IngestRequest): Promise<IngestOutcome> {
  if (request.method !== 'POST') return 'method-not-allowed';
  const authorization = header(request.headers, 'authorization') ?? '';
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!presented || !(await deps.secrets.matches(presented))) return 'unauthorized';
  const body = request.body ?? '';
  if (Buffer.byteLength(body) > INGEST_LIMITS.maxBodyBytes) return 'too-large';
  const type = (header(request.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) return 'unsupported-media-type';

  const now = deps.now();
  const minute = now.toISOString().slice(0, 16);
  const log = await deps.log.read();
  if (log.minute === minute && log.requests >= INGEST_LIMITS.requestsPerMinute) return 'rate-limited';

  const parsed = parseIngestBody(body);
  if (!parsed.ok) return 'malformed';

  const report: IngestReport = {
    at: now.toISOString(),
    status: 200,
    accepted: 0,
    duplicates: 0,
    refused: [],
  };
  const settings = await deps.settings.get();
  const resolved: Array<{ line: number; record: IngestRecord; senderId: string | undefined }> = [];
  const emails = new Map<string, Promise<string | null>>();
  // Read only when a sample leaves its threshold out.
  let thresholds: ReturnType<ThresholdStore['get']> | undefined;
  const thresholdFor = async (service: string) =>
    thresholdOf(await (thresholds ??= deps.thresholds.get()), service);
  for (const outcome of parsed.lines) {
    if (!outcome.ok) {
      report.refused.push({ line: outcome.line, reason: outcome.reason });
      continue;
    }
    const record = await recordOf(
      outcome.record,
      (email) => {
        const key = email.toLowerCase();
        if (!emails.has(key)) emails.set(key, deps.users.accountIdOf(email));
        return emails.get(key)!;
      },
      thresholdFor,
    );
    if ('reason' in record) report.refused.push({ line: outcome.line, reason: record.reason });
    else resolved.push({ line: outcome.line, record, senderId: outcome.record.id });
  }
  if (report.refused.length > 0) {
    await deps.log.record(minute, { ...report, status: 422, refused: report.refused.slice(0, 50) });
    return 'refused-lines';
  }

  const timeZone = settings.reportingTimeZone;
  // One fact per identity: a batch that names the same record twice stores it once.
  const byKey = new Map<string, Fact>();
  for (const { record, senderId } of resolved) {
    const userKey = record.type === 'selfservice' ? userKeyOf(record.user) : '';
    const fact = ingestFact(record, digestOf(identityText(record, senderId)), timeZone, userKey);
    const key = `${fact.day}:${fact.issueId}`;
    if (byKey.has(key)) report.duplicates += 1;
    else byKey.set(key, fact);
  }
  const facts = [...byKey.values()];
  const stored = await deps.store.existing(facts);
  const fresh = facts.filter((fact) => !stored.has(`${fact.day}:${fact.issueId}`));
  report.duplicates += facts.length - fresh.length;
  report.accepted = fresh.length;
  if (fresh.length > 0) {
    await deps.store.write(fresh, digestOf(`${now.toISOString()}:${fresh[0]!.issueId}`).slice(0, 12));
    const days = [...new Set(fresh.map((fact) => fact.day))].map((day) => ({
      projectKey: fresh[0]!.projectKey,
      day,
    }));
    // A hurry-up only: the days are marked, and the scheduled catch-up asks again for any refused here.
    await deps.rollups
      .schedule(days)
      .catch((error: unknown) =>
        console.warn('Rollup request after an ingest failed; the catch-up will ask again:', error),
      );
  }
  await deps.log.record(minute, report);
  return report.duplicates > 0 ? 'accepted-duplicates' : 'accepted';
}

/** A line's record with its user as an account id and its threshold known, or why it cannot be. */
async function recordOf(
  line: IngestLine,
  accountIdOf: (email: string) => Promise<string | null>,
  thresholdFor: (service: string) => Promise<number | undefined>,
): Promise<IngestRecord | { reason: string }> {
  if (line.type === 'selfservice') {
    let user = line.user;
    if (EMAIL.test(user)) {
      const found = await accountIdOf(user);
      if (!found) return { reason: `user: no Jira account has the email ${user}` };
      user = found;
    }
    return { type: 'selfservice', user, startedAt: line.startedAt, completed: line.completed };
  }
  const thresholdMs = line.thresholdMs ?? (await thresholdFor(line.service));
  if (thresholdMs === undefined)
    return {
      reason: `thresholdMs: required, as the admin page sets no threshold for the service "${line.service}"`,
    };
  return {
    type: 'availability',
    service: line.service,
    at: line.at,
    up: line.up,
    responseMs: line.responseMs ?? null,
    thresholdMs,
  };
}
