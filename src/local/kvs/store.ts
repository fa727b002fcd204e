/**
 * The data itself: one map of key to item per space (plain keys, secrets, and one per custom entity),
 * with the space's keys also kept in order, so a prefix query reads only the keys it returns. Keys and
 * bytes stored are counted as items come and go, and items with a TTL are queued by expiry, so totals
 * cost nothing like a pass over the data.
 * Every method is synchronous, so a check followed by a write can never interleave with another request;
 * that is what makes FAIL_IF_EXISTS and transactions atomic here, as they are in Forge.
 */
import { ExpiryQueue } from './expiry';
import type { MetadataField } from './wire';
import { serializedBytes } from './kvs-limits';
import { SortedKeys } from './sorted-keys';

export interface StoredItem {
  value: unknown;
  /** Milliseconds since the epoch, as Forge reports createdAt and updatedAt. */
  createdAt: number;
  updatedAt: number;
  expiresAt?: number;
}

/** `kvs` for plain keys, `secret` for secrets, `entity:<name>` for a custom entity. */
export type Space = string;
export const KVS_SPACE: Space = 'kvs';
export const SECRET_SPACE: Space = 'secret';
export const entitySpace = (entityName: string): Space => `entity:${entityName}`;

export type StoreContents = Record<Space, Record<string, StoredItem>>;

/** One space's items, and the same keys in order; the two always hold the same keys. */
interface SpaceData {
  items: Map<string, StoredItem>;
  keys: SortedKeys;
}

/** An item with a TTL, queued to be dropped once it expires. */
interface Expiring {
  at: number;
  space: Space;
  key: string;
  item: StoredItem;
}

/** Stale expiry entries (their item since overwritten or removed) tolerated before they are cleared out. */
const STALE_EXPIRIES_ALLOWED = 1024;

export class Store {
  private readonly spaces = new Map<Space, SpaceData>();
  /** Keys and bytes (as `itemBytes` weighs them) of every item held, expired or not. */
  private keyCount = 0;
  private byteCount = 0;
  private readonly expiries = new ExpiryQueue<Expiring>();
  /** Items held that have a TTL: each has exactly one entry in `expiries`. */
  private expiringCount = 0;

  constructor(private readonly now: () => number) {}

  /** Expired items read as absent, as in Forge; they are dropped when seen. */
  read(space: Space, key: string): StoredItem | undefined {
    const data = this.spaces.get(space);
    const item = data?.items.get(key);
    if (!data || !item) return undefined;
    if (this.isExpired(item)) {
      this.drop(data, key, item);
      return undefined;
    }
    return item;
  }

  /**
   * A write without a TTL clears any earlier expiry: the TTL belongs to the write, not to the key.
   * `bytes` is what the new item weighs (`itemBytes`), for metering.
   */
  write(
    space: Space,
    key: string,
    value: unknown,
    ttlMs?: number,
  ): { previous?: StoredItem; current: StoredItem; bytes: number } {
    const previous = this.read(space, key);
    const at = this.now();
    const current: StoredItem = {
      value,
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      ...(ttlMs === undefined ? {} : { expiresAt: at + ttlMs }),
    };
    const data = this.space(space);
    data.items.set(key, current);
    if (previous) this.uncount(key, previous);
    else data.keys.add(key);
    const bytes = this.count(space, key, current);
    return { previous, current, bytes };
  }

  remove(space: Space, key: string): StoredItem | undefined {
    const previous = this.read(space, key);
    const data = this.spaces.get(space);
    if (previous && data) this.drop(data, key, previous);
    return previous;
  }

  /** Live items of one space, in no particular order. */
  entries(space: Space): Array<[string, StoredItem]> {
    const data = this.spaces.get(space);
    if (!data) return [];
    const live: Array<[string, StoredItem]> = [];
    const expired: Array<[string, StoredItem]> = [];
    for (const entry of data.items) (this.isExpired(entry[1]) ? expired : live).push(entry);
    for (const [key, item] of expired) this.drop(data, key, item);
    return live;
  }

  /**
   * Up to `count` live items of one space whose keys begin with `prefix`, in key order, starting after
   * the key `after` when given. Finds its first key by binary search and reads only what it returns,
   * plus any expired items in between, which it drops.
   */
  keysWithPrefix(
    space: Space,
    prefix: string,
    after: string | undefined,
    count: number,
  ): Array<[string, StoredItem]> {
    const data = this.spaces.get(space);
    if (!data || count <= 0) return [];
    // Every key above a cursor at or past the prefix is itself at or past the prefix.
    const keys =
      after !== undefined && after >= prefix ? data.keys.from(after, true) : data.keys.from(prefix);
    const found: Array<[string, StoredItem]> = [];
    const expired: Array<[string, StoredItem]> = [];
    for (const key of keys) {
      // The keys that begin with the prefix sort together, so the first that does not ends the run.
      if (!key.startsWith(prefix)) break;
      const item = data.items.get(key) as StoredItem;
      if (this.isExpired(item)) expired.push([key, item]);
      else if (found.push([key, item]) === count) break;
    }
    for (const [key, item] of expired) this.drop(data, key, item);
    return found;
  }

  totals(): { keys: number; bytes: number } {
    this.dropExpired();
    return { keys: this.keyCount, bytes: this.byteCount };
  }

  contents(): StoreContents {
    const out: StoreContents = {};
    for (const space of this.spaces.keys()) {
      const live = this.entries(space);
      if (live.length > 0) out[space] = Object.fromEntries(live);
    }
    return out;
  }

  replace(contents: StoreContents): void {
    this.clear();
    for (const [space, items] of Object.entries(contents)) {
      const data = this.space(space);
      for (const [key, item] of Object.entries(items)) {
        data.items.set(key, item);
        data.keys.add(key);
        this.count(space, key, item);
      }
    }
  }

  clear(): void {
    this.spaces.clear();
    this.keyCount = 0;
    this.byteCount = 0;
    this.expiries.clear();
    this.expiringCount = 0;
  }

  private space(space: Space): SpaceData {
    let data = this.spaces.get(space);
    if (!data) {
      data = { items: new Map(), keys: new SortedKeys() };
      this.spaces.set(space, data);
    }
    return data;
  }

  private drop(data: SpaceData, key: string, item: StoredItem): void {
    data.items.delete(key);
    data.keys.delete(key);
    this.uncount(key, item);
  }

  /** Counts an item just stored, and returns what it weighs. */
  private count(space: Space, key: string, item: StoredItem): number {
    const bytes = itemBytes(key, item.value);
    this.keyCount += 1;
    this.byteCount += bytes;
    if (item.expiresAt !== undefined) {
      this.expiringCount += 1;
      this.expiries.push({ at: item.expiresAt, space, key, item });
      if (this.expiries.size > 2 * this.expiringCount + STALE_EXPIRIES_ALLOWED) {
        this.expiries.retain((entry) => this.holds(entry));
      }
    }
    return bytes;
  }

  /** Values are never changed once stored, so weighing one again gives what `count` added. */
  private uncount(key: string, item: StoredItem): void {
    this.keyCount -= 1;
    this.byteCount -= itemBytes(key, item.value);
    if (item.expiresAt !== undefined) this.expiringCount -= 1;
  }

  private dropExpired(): void {
    const now = this.now();
    for (let entry = this.expiries.popDue(now); entry; entry = this.expiries.popDue(now)) {
      const data = this.spaces.get(entry.space);
      if (data && this.holds(entry)) this.drop(data, entry.key, entry.item);
    }
  }

  /** Whether an expiry entry is for an item still held, rather than one since overwritten or removed. */
  private holds(entry: Expiring): boolean {
    return this.spaces.get(entry.space)?.items.get(entry.key) === entry.item;
  }

  private isExpired(item: StoredItem): boolean {
    return item.expiresAt !== undefined && item.expiresAt <= this.now();
  }
}

/** What an item weighs for metering and for "bytes stored": its key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return Buffer.byteLength(key, 'utf8') + serializedBytes(value);
}

export interface WireItem {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/** An item as responses carry it, with only the metadata the caller asked for. */
export function toWireItem(key: string, item: StoredItem, fields: readonly MetadataField[] = []): WireItem {
  return {
    key,
    value: item.value,
    ...(fields.includes('CREATED_AT') ? { createdAt: item.createdAt } : {}),
    ...(fields.includes('UPDATED_AT') ? { updatedAt: item.updatedAt } : {}),
    ...(fields.includes('EXPIRE_TIME') && item.expiresAt !== undefined
      ? { expireTime: new Date(item.expiresAt).toISOString() }
      : {}),
  };
}
