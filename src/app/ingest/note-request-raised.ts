import { dailyKey } from '../../domain/buckets/placement';
import { INGEST_PROJECT, sessionIdPrefix, withRequestRaised } from '../../domain/ingest/ingest-facts';
import { SELF_SERVICE_WINDOW_MS } from '../../domain/metrics/self-service';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';
import { userKeyOf } from './ingest-records';
import type { IngestStore, SessionFacts } from './ports';

interface Deps {
  sessions: SessionFacts;
  store: Pick<IngestStore, 'write'>;
  settings: SettingsStore;
  rollups: RollupQueue;
}

/**
 * A customer raised a request: any session of theirs that started in the 24 hours before and
 * ended "found what I needed" has failed (metrics.md). Their sessions of those days are found by
 * their key (two prefix reads), the deciding ones get the request's time, and their days are
 * marked for a rebuild. Answers how many sessions it decided.
 */
export async function noteRequestRaised(deps: Deps, reporter: string, createdAt: number): Promise<number> {
  const dayOf = dailyKey((await deps.settings.get()).reportingTimeZone);
  const days = [...new Set([dayOf(createdAt - SELF_SERVICE_WINDOW_MS)!, dayOf(createdAt)!])];
  const prefix = sessionIdPrefix(userKeyOf(reporter));
  const found = (
    await Promise.all(days.map((day) => deps.sessions.ofDay(INGEST_PROJECT, day, prefix)))
  ).flat();
  const decided = found.map((fact) => withRequestRaised(fact, createdAt)).filter((fact) => fact !== null);
  if (decided.length === 0) return 0;
  await deps.store.write(decided, `req${createdAt}`);
  await deps.rollups
    .schedule(
      [...new Set(decided.map((fact) => fact.day))].map((day) => ({ projectKey: INGEST_PROJECT, day })),
    )
    .catch((error: unknown) => console.warn('Rollup request after a request was raised failed:', error));
  return decided.length;
}
