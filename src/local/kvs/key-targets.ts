/**
 * Where a request's key lives (plain keys, secrets, or a custom entity) and the checks every write
 * passes before it touches the store. Single, batch and transaction operations share them, so a limit
 * is enforced the same way whichever path a value takes.
 */
import { checkEntityValue, type EntityCatalog } from './entities';
import { KvsError } from './kvs-errors';
import { checkKey, checkValue } from './kvs-limits';
import { entitySpace, KVS_SPACE, SECRET_SPACE, type Space } from './store';
import { ttlToMs } from './ttl';
import type { Ttl } from './wire';

export type Area = 'kvs' | 'secret';

export interface Target {
  space: Space;
  key: string;
  entityName?: string;
}

/** Throws the first limit the key (or entity name) breaks. */
export function resolveTarget(
  catalog: EntityCatalog,
  key: string,
  entityName?: string,
  area: Area = 'kvs',
): Target {
  if (entityName !== undefined) {
    catalog.require(entityName);
    throwIf(checkKey(key, true));
    return { space: entitySpace(entityName), key, entityName };
  }
  throwIf(checkKey(key));
  return { space: area === 'secret' ? SECRET_SPACE : KVS_SPACE, key };
}

/** Checks a value and TTL for a target; returns the TTL in milliseconds, if any. */
export function checkWrite(
  catalog: EntityCatalog,
  target: Target,
  value: unknown,
  ttl?: Ttl,
): number | undefined {
  throwIf(checkValue(value));
  if (target.entityName !== undefined) checkEntityValue(catalog.require(target.entityName), value);
  const ttlMs = ttlToMs(ttl);
  throwIf(ttlMs instanceof KvsError ? ttlMs : undefined);
  return ttlMs instanceof KvsError ? undefined : ttlMs;
}

/** Identifies a key across spaces, for "each key once per transaction". */
export const targetId = (target: Target): string => `${target.space}\u0000${target.key}`;

function throwIf(error: KvsError | undefined): void {
  if (error) throw error;
}
