import { z } from 'zod';
import { availabilitySchema } from '../records/availability';
import { selfServiceSchema } from '../records/self-service';
import { INGEST_LIMITS } from './ingest-limits';

/**
 * One line of an ingest body: a canonical `selfservice` or `availability` record (metrics.md),
 * with an optional `id` the sender gives so a resend is recognised. An availability sample may
 * leave `thresholdMs` out (the service's setting fills it in); a session's `user` is an Atlassian
 * account id or an email the app resolves.
 */
const senderId = z.string().min(1).max(INGEST_LIMITS.maxIdLength).optional();
const ingestLineSchema = z.discriminatedUnion('type', [
  selfServiceSchema.extend({ id: senderId }),
  availabilitySchema.extend({ id: senderId, thresholdMs: availabilitySchema.shape.thresholdMs.optional() }),
]);

export type IngestLine = z.output<typeof ingestLineSchema>;

export type LineOutcome =
  { line: number; ok: true; record: IngestLine } | { line: number; ok: false; reason: string };

export type BodyParse = { ok: true; lines: LineOutcome[] } | { ok: false; reason: string };

/** Either NDJSON (one record a line, blank lines skipped) or one JSON array of records. */
export function parseIngestBody(body: string): BodyParse {
  const text = body.trim();
  if (text.length === 0)
    return { ok: false, reason: 'The body is empty: send NDJSON or a JSON array of records.' };
  if (text.startsWith('[')) {
    let values: unknown;
    try {
      values = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'The body starts as a JSON array but is not valid JSON.' };
    }
    if (!Array.isArray(values)) return { ok: false, reason: 'The body is not a JSON array.' };
    if (values.length === 0) return { ok: false, reason: 'The JSON array holds no records.' };
    if (values.length > INGEST_LIMITS.maxRecords) return tooMany(values.length);
    // In an array, a record's "line" is its position, counted from 1.
    return { ok: true, lines: values.map((value, index) => lineOf(index + 1, value)) };
  }
  const lines: LineOutcome[] = [];
  const raw = body.split('\n');
  const count = raw.filter((line) => line.trim().length > 0).length;
  if (count > INGEST_LIMITS.maxRecords) return tooMany(count);
  raw.forEach((line, index) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      lines.push({ line: index + 1, ok: false, reason: 'not valid JSON' });
      return;
    }
    lines.push(lineOf(index + 1, value));
  });
  return { ok: true, lines };
}

function tooMany(count: number): BodyParse {
  return {
    ok: false,
    reason: `The body holds ${count} records; one request takes at most ${INGEST_LIMITS.maxRecords}.`,
  };
}

function lineOf(line: number, value: unknown): LineOutcome {
  const type = z.object({ type: z.string() }).safeParse(value);
  if (!type.success) return { line, ok: false, reason: 'type: missing (selfservice or availability)' };
  if (type.data.type !== 'selfservice' && type.data.type !== 'availability')
    return {
      line,
      ok: false,
      reason: `type: "${type.data.type}" is not taken here (selfservice or availability)`,
    };
  const parsed = ingestLineSchema.safeParse(value);
  if (parsed.success) return { line, ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { line, ok: false, reason: `${where}${issue?.message ?? 'invalid record'}` };
}
