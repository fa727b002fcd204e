/** What every operation handler works with, and what it answers. */
import type { EntityCatalog } from './entities';
import type { ItemFaults } from './item-faults';
import type { ConditionFailure } from './kvs-errors';
import type { Meter } from './stats';
import type { Store } from './store';

export interface OperationContext {
  store: Store;
  meter: Meter;
  catalog: EntityCatalog;
  /** Injected failures of batch items (tests and the control API); none by default. */
  itemFaults?: ItemFaults;
  /** How a condition that does not hold is answered (a published code; Forge publishes none for it). */
  conditionFailure: ConditionFailure;
}

/** 204 carries no body: the SDK reads an empty body from `set` as "nothing to return". */
export type Reply = { status: 200; body: unknown } | { status: 204 };

export const okReply = (body: unknown): Reply => ({ status: 200, body });
export const noContent: Reply = { status: 204 };
