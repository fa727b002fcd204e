import { kvs } from '@forge/kvs';
import type { AnswerCache } from '../../app/ports/answer-cache';

/** The cache in KVS, expiring by Forge's own TTL; a failed write only costs a recomputation. */
export class KvsAnswerCache implements AnswerCache {
  async get<T>(key: string): Promise<T | undefined> {
    return kvs.get<T>(`cache:${key}`);
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await kvs
      .set(`cache:${key}`, value, { ttl: { value: ttlSeconds, unit: 'SECONDS' } })
      .catch((error: unknown) => console.warn('Could not cache a gadget answer:', error));
  }
}
