/** Relative TTLs as the SDK sends them, turned into milliseconds on the store's clock. */
import { errors, type KvsError } from './kvs-errors';
import type { Ttl } from './wire';

const UNIT_MS: Record<Ttl['unit'], number> = {
  SECONDS: 1_000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

export function ttlToMs(ttl: Ttl | undefined): number | KvsError | undefined {
  if (ttl === undefined) return undefined;
  if (!Number.isInteger(ttl.value) || ttl.value <= 0) return errors.invalidTtl();
  return ttl.value * UNIT_MS[ttl.unit];
}
