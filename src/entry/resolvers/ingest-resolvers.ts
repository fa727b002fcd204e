import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ingestUrl } from '../../adapters/forge/ingest-url';
import { KvsPortalSessions } from '../../adapters/forge/kvs-portal-sessions';
import { KvsServiceThresholds } from '../../adapters/forge/kvs-service-thresholds';
import { KvsIngestSecrets } from '../../adapters/forge/kvs-ingest-secret';
import { KvsIngestLog, KvsIngestStore } from '../../adapters/forge/kvs-ingest-store';
import { answerSelfService, openSelfService } from '../../app/ingest/portal-self-service';
import { AppError } from '../../app/errors';
import { readIngest, rotateIngestSecret, saveServiceThresholds } from '../../app/ingest/ingest-admin';
import type { ResolverKey } from '../../contract/resolvers';
import { appDeps } from '../deps';
import { viewerOf } from './context';
import { respond } from './respond';

type Define = (
  key: ResolverKey,
  handler: (request: { context: unknown; payload: unknown }) => unknown,
) => void;

const ingestDeps = () => ({
  ...appDeps(),
  secrets: new KvsIngestSecrets(),
  log: new KvsIngestLog(),
  thresholds: new KvsServiceThresholds(),
  ingestUrl,
});

const sessionDeps = () => ({
  ...appDeps(),
  portalSessions: new KvsPortalSessions(),
  store: new KvsIngestStore(),
  newId: () => randomBytes(9).toString('base64url'),
});

const accountTypeOf = z.object({ accountType: z.string() });
/**
 * The signed-in customer, from the invocation context only; `null` for an anonymous visitor. The
 * portal footer may be framed for anonymous visitors
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-footer/);
 * the manifest lists only `customer`, and an anonymous call is never tracked here either.
 */
function customerOf(context: unknown): string | null {
  const type = accountTypeOf.safeParse(context);
  return type.success && type.data.accountType === 'anonymous' ? null : viewerOf(context);
}

/**
 * The admin page's ingest section (Jira administrators only, checked in the use cases), and the
 * portal's self-service question (signed-in customers only).
 */
export function defineIngestResolvers(define: Define): void {
  define('getIngest', () => respond(() => readIngest(ingestDeps())));
  define('rotateIngestSecret', () => respond(() => rotateIngestSecret(ingestDeps())));
  define('saveServiceThresholds', ({ payload }) =>
    respond(() => saveServiceThresholds(ingestDeps(), payload)),
  );
  define('openSelfService', ({ context }) =>
    respond(async () => {
      const customer = customerOf(context);
      return customer ? openSelfService(sessionDeps(), customer) : { ask: false as const };
    }),
  );
  define('answerSelfService', ({ context, payload }) =>
    respond(async () => {
      const customer = customerOf(context);
      if (!customer) throw new AppError('FORBIDDEN', 'Sign in to the portal to answer.');
      return answerSelfService(sessionDeps(), customer, payload);
    }),
  );
}
