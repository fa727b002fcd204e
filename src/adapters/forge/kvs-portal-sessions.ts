import { kvs } from '@forge/kvs';
import type { PortalSessions } from '../../app/ingest/portal-self-service';
import { portalSessionSchema, type PortalSession } from '../../domain/ingest/portal-session';
import { keys } from './keys';

/** One open self-service session per customer, under their account id. */
export class KvsPortalSessions implements PortalSessions {
  async get(accountId: string): Promise<PortalSession | null> {
    const parsed = portalSessionSchema.safeParse(await kvs.get<unknown>(keys.portalSession(accountId)));
    return parsed.success ? parsed.data : null;
  }

  set(accountId: string, session: PortalSession): Promise<void> {
    return kvs.set(keys.portalSession(accountId), session);
  }

  delete(accountId: string): Promise<void> {
    return kvs.delete(keys.portalSession(accountId));
  }
}
