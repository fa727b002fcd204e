import type { IngestStatus, NewIngestSecret } from '../../contract/ingest';
import { INGEST_LIMITS } from '../../domain/ingest/ingest-limits';
import type { ServiceDesk } from '../ports/service-desk';
import { requireJiraAdmin } from '../require-jira-admin';
import { z } from 'zod';
import { serviceThresholdsSchema } from '../../domain/ingest/service-thresholds';
import { AppError } from '../errors';
import type { IngestLog, IngestSecrets, ThresholdStore } from './ports';

interface Deps {
  desk: ServiceDesk;
  secrets: IngestSecrets;
  log: IngestLog;
  thresholds: ThresholdStore;
  ingestUrl: () => Promise<string>;
}

/** The endpoint as the admin page shows it: its URL, the secret's version and age, recent requests. */
export async function readIngest(deps: Deps): Promise<IngestStatus> {
  await requireJiraAdmin(deps.desk, 'see the ingest endpoint');
  const [url, secret, log, thresholds] = await Promise.all([
    deps.ingestUrl(),
    deps.secrets.status(),
    deps.log.read(),
    deps.thresholds.get(),
  ]);
  const { maxBodyBytes, maxRecords, requestsPerMinute } = INGEST_LIMITS;
  return {
    url,
    secret,
    limits: { maxBodyBytes, maxRecords, requestsPerMinute },
    recent: log.recent.map(({ at, status, accepted, duplicates, refused }) => ({
      at,
      status,
      accepted,
      duplicates,
      refused,
    })),
    thresholds,
  };
}

/**
 * Replaces the per-service thresholds. An invalid list is refused whole, naming the first
 * offending entry, and nothing is stored. Samples already stored keep the threshold they had.
 */
export async function saveServiceThresholds(
  deps: Deps,
  payload: unknown,
): Promise<IngestStatus['thresholds']> {
  await requireJiraAdmin(deps.desk, 'change the services’ thresholds');
  const parsed = z.object({ thresholds: serviceThresholdsSchema }).strict().safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 1 ? `service ${Number(issue.path[1]) + 1}: ` : '';
    throw new AppError('INVALID_INPUT', `${where}${issue?.message ?? 'the thresholds cannot be read'}`);
  }
  await deps.thresholds.set(parsed.data.thresholds);
  return parsed.data.thresholds;
}

/**
 * Makes a new secret and answers it this once: the app keeps only its digest. The previous
 * secret stops working at once, so senders must be given the new one.
 */
export async function rotateIngestSecret(deps: Deps): Promise<NewIngestSecret> {
  await requireJiraAdmin(deps.desk, 'make a secret for the ingest endpoint');
  const made = await deps.secrets.rotate();
  console.log(`Ingest endpoint: secret ${made.version} made; the previous one no longer works.`);
  return made;
}
