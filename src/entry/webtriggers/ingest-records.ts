import { z } from 'zod';
import { JiraUserDirectory } from '../../adapters/forge/jira-user-directory';
import { KvsIngestSecrets } from '../../adapters/forge/kvs-ingest-secret';
import { KvsIngestLog, KvsIngestStore } from '../../adapters/forge/kvs-ingest-store';
import { KvsServiceThresholds } from '../../adapters/forge/kvs-service-thresholds';
import { ingestRecords, type IngestOutcome } from '../../app/ingest/ingest-records';
import { appDeps } from '../deps';

/**
 * The web trigger's request as Forge hands it over
 * (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/): header values
 * are lists, the body a string.
 */
const requestSchema = z.object({
  method: z.string(),
  headers: z.record(z.string(), z.array(z.string())).default({}),
  body: z.string().optional(),
});

/**
 * The ingest endpoint. Its responses are static: the function names one of the outputs declared
 * under `response.outputs` in manifest.yml, which keeps the endpoint within what "Runs on
 * Atlassian" allows (https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/,
 * https://developer.atlassian.com/platform/forge/runs-on-atlassian/). A failure of the app's own
 * is the `unavailable` output, so a sender retries later rather than dropping its records.
 */
export async function ingestRecordsTrigger(
  payload: unknown,
): Promise<{ outputKey: IngestOutcome | 'unavailable' }> {
  const parsed = requestSchema.safeParse(payload);
  if (!parsed.success) return { outputKey: 'malformed' };
  try {
    const deps = {
      ...appDeps(),
      secrets: new KvsIngestSecrets(),
      store: new KvsIngestStore(),
      log: new KvsIngestLog(),
      users: new JiraUserDirectory(),
      thresholds: new KvsServiceThresholds(),
    };
    return { outputKey: await ingestRecords(deps, parsed.data) };
  } catch (error) {
    console.error('Ingest failed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
    return { outputKey: 'unavailable' };
  }
}
