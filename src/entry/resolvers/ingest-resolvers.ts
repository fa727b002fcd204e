import { ingestUrl } from '../../adapters/forge/ingest-url';
import { KvsIngestSecrets } from '../../adapters/forge/kvs-ingest-secret';
import { KvsIngestLog } from '../../adapters/forge/kvs-ingest-store';
import { readIngest, rotateIngestSecret } from '../../app/ingest/ingest-admin';
import type { ResolverKey } from '../../contract/resolvers';
import { appDeps } from '../deps';
import { respond } from './respond';

type Define = (
  key: ResolverKey,
  handler: (request: { context: unknown; payload: unknown }) => unknown,
) => void;

const ingestDeps = () => ({
  ...appDeps(),
  secrets: new KvsIngestSecrets(),
  log: new KvsIngestLog(),
  ingestUrl,
});

/** The admin page's ingest section: Jira administrators only (checked in the use cases). */
export function defineIngestResolvers(define: Define): void {
  define('getIngest', () => respond(() => readIngest(ingestDeps())));
  define('rotateIngestSecret', () => respond(() => rotateIngestSecret(ingestDeps())));
}
