import type { IngestStatus, NewIngestSecret } from '../../contract/ingest';
import { INGEST_LIMITS } from '../../domain/ingest/ingest-limits';
import type { ServiceDesk } from '../ports/service-desk';
import { requireJiraAdmin } from '../require-jira-admin';
import type { IngestLog, IngestSecrets } from './ports';

interface Deps {
  desk: ServiceDesk;
  secrets: IngestSecrets;
  log: IngestLog;
  ingestUrl: () => Promise<string>;
}

/** The endpoint as the admin page shows it: its URL, the secret's version and age, recent requests. */
export async function readIngest(deps: Deps): Promise<IngestStatus> {
  await requireJiraAdmin(deps.desk, 'see the ingest endpoint');
  const [url, secret, log] = await Promise.all([deps.ingestUrl(), deps.secrets.status(), deps.log.read()]);
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
  };
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
