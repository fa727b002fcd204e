import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { AnswerCache } from '../../app/ports/answer-cache';
import { keys } from './keys';

/**
 * The cache in KVS, expiring by Forge's own TTL; a failed write only costs a recomputation. Keys
 * are SHA-256 digests of what the app names: any length fits Forge's key limit, and answers shared
 * between viewers cannot be reached by crafting a configuration whose weaker hash collides.
 */
export class KvsAnswerCache implements AnswerCache {
  async get<T>(key: string): Promise<T | undefined> {
    return kvs.get<T>(storedKey(key));
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await kvs
      .set(storedKey(key), value, { ttl: { value: ttlSeconds, unit: 'SECONDS' } })
      .catch((error: unknown) => console.warn('Could not cache a gadget answer:', error));
  }
}

const storedKey = (key: string) => keys.cachedAnswer(createHash('sha256').update(key).digest('hex'));
