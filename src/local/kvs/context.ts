/** What every operation handler works with, and what it answers. */
import type { EntityCatalog } from './entities';
import type { Meter } from './stats';
import type { Store } from './store';

export interface OperationContext {
  store: Store;
  meter: Meter;
  catalog: EntityCatalog;
}

/** 204 carries no body: the SDK reads an empty body from `set` as "nothing to return". */
export type Reply = { status: 200; body: unknown } | { status: 204 };

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const noContent: Reply = { status: 204 };
