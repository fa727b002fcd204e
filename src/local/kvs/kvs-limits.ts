/**
 * Forge's documented limits for the Key-Value Store and Custom Entity Store, and the checks that enforce
 * them. Checks return the error rather than throw, so batch operations can report it per item.
 */
import { errors, type KvsError } from './kvs-errors';

export const MAX_KEY_LENGTH = 500;
/** Forge's pattern, written with an escaped `-`: in theirs `\s-#` is a literal `-` between `\s` and `#`. */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_VALUE_DEPTH = 32;
export const DEFAULT_QUERY_LIMIT = 10;
export const MAX_QUERY_LIMIT = 100;
export const MAX_BATCH_ITEMS = 25;
export const MAX_TRANSACTION_OPERATIONS = 25;
/** Reads and writes are metered in 10 KB units, each item rounded up. */
export const METER_UNIT_BYTES = 10 * 1024;

export const ENTITY_NAME_PATTERN = /^(?![.-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/;
export const MIN_ENTITY_NAME_LENGTH = 3;
export const MAX_ENTITY_NAME_LENGTH = 60;

/** Entity keys report an empty key with their own code; plain keys with KEY_TOO_SHORT. */
export function checkKey(key: string, forEntity = false): KvsError | undefined {
  if (key.length === 0) return forEntity ? errors.emptyKey() : errors.keyTooShort();
  if (key.length > MAX_KEY_LENGTH) return errors.keyTooLong();
  if (!KEY_PATTERN.test(key)) return errors.invalidKey();
  return undefined;
}

/** Size is the UTF-8 length of the value as JSON, which is what Forge persists ("in RAW"). */
export function serializedBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export function checkValue(value: unknown): KvsError | undefined {
  if (serializedBytes(value) > MAX_VALUE_BYTES) return errors.maxSize();
  if (deeperThan(value, MAX_VALUE_DEPTH)) return errors.maxDepth();
  return undefined;
}

export function checkEntityName(name: string): KvsError | undefined {
  if (name.length < MIN_ENTITY_NAME_LENGTH) return errors.entityTypeTooShort();
  if (name.length > MAX_ENTITY_NAME_LENGTH) return errors.entityTypeTooLarge();
  if (!ENTITY_NAME_PATTERN.test(name)) {
    return errors.invalidEntityType(
      `The provided entity name "${name}" does not match ${ENTITY_NAME_PATTERN}.`,
    );
  }
  return undefined;
}

/** Units for one item: 1 for anything up to 10 KB, 2 up to 20 KB, and so on. */
export function meterUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / METER_UNIT_BYTES));
}

/** Stops descending once past the limit, so a hostile body cannot exhaust the stack. */
function deeperThan(value: unknown, remaining: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (remaining === 0) return true;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => deeperThan(child, remaining - 1));
}
