/**
 * The data itself: one map of key to item per space (plain keys, secrets, and one per custom entity).
 * Every method is synchronous, so a check followed by a write can never interleave with another request;
 * that is what makes FAIL_IF_EXISTS and transactions atomic here, as they are in Forge.
 */
import type { MetadataField } from './wire';
import { serializedBytes } from './limits';

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

export class Store {
  private readonly spaces = new Map<Space, Map<string, StoredItem>>();

  constructor(private readonly now: () => number) {}

  /** Expired items read as absent, as in Forge; they are dropped when seen. */
  read(space: Space, key: string): StoredItem | undefined {
    const items = this.spaces.get(space);
    const item = items?.get(key);
    if (!item) return undefined;
    if (this.isExpired(item)) {
      items?.delete(key);
      return undefined;
    }
    return item;
  }

  /** A write without a TTL clears any earlier expiry: the TTL belongs to the write, not to the key. */
  write(
    space: Space,
    key: string,
    value: unknown,
    ttlMs?: number,
  ): { previous?: StoredItem; current: StoredItem } {
    const previous = this.read(space, key);
    const at = this.now();
    const current: StoredItem = {
      value,
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      ...(ttlMs === undefined ? {} : { expiresAt: at + ttlMs }),
    };
    this.space(space).set(key, current);
    return { previous, current };
  }

  remove(space: Space, key: string): StoredItem | undefined {
    const previous = this.read(space, key);
    if (previous) this.spaces.get(space)?.delete(key);
    return previous;
  }

  /** Live items of one space, in no particular order. */
  entries(space: Space): Array<[string, StoredItem]> {
    const live: Array<[string, StoredItem]> = [];
    for (const key of [...(this.spaces.get(space)?.keys() ?? [])]) {
      const item = this.read(space, key);
      if (item) live.push([key, item]);
    }
    return live;
  }

  totals(): { keys: number; bytes: number } {
    let keys = 0;
    let bytes = 0;
    for (const space of this.spaces.keys()) {
      for (const [key, item] of this.entries(space)) {
        keys += 1;
        bytes += itemBytes(key, item.value);
      }
    }
    return { keys, bytes };
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
    this.spaces.clear();
    for (const [space, items] of Object.entries(contents)) {
      this.spaces.set(space, new Map(Object.entries(items)));
    }
  }

  clear(): void {
    this.spaces.clear();
  }

  private space(space: Space): Map<string, StoredItem> {
    let items = this.spaces.get(space);
    if (!items) {
      items = new Map();
      this.spaces.set(space, items);
    }
    return items;
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
