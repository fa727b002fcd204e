/**
 * batchSet, batchGet and batchDelete: up to 25 items, each succeeding or failing on its own. A request
 * over the limit is refused whole; an item that breaks a limit is reported in `failedKeys` with the
 * same code a single operation would get.
 */
import { okReply, type OperationContext, type Reply } from './operation-context';
import { errors, KvsError } from './kvs-errors';
import type { BatchOperation } from './item-faults';
import { MAX_BATCH_ITEMS } from './kvs-limits';
import { itemBytes, toWireItem } from './store';
import { checkWrite, resolveTarget, type Target } from './key-targets';
import type { MetadataField, Ttl } from './wire';

interface BatchItem {
  key: string;
  entityName?: string;
}
type ItemName = { key: string; entityName?: string };
type Failure = ItemName & { error: { code: string; message: string } };

export function batchSet(
  ctx: OperationContext,
  items: ReadonlyArray<BatchItem & { value: unknown; options?: { ttl?: Ttl } }>,
): Reply {
  return okReply(
    eachItem(
      items,
      (item, target) => {
        const ttlMs = checkWrite(ctx.catalog, target, item.value, item.options?.ttl);
        ctx.meter.write(ctx.store.write(target.space, target.key, item.value, ttlMs).bytes);
        return nameOf(item);
      },
      ctx,
      'batch/set',
    ),
  );
}

export function batchGet(
  ctx: OperationContext,
  items: ReadonlyArray<BatchItem & { options?: { metadataFields?: MetadataField[] } }>,
): Reply {
  return okReply(
    eachItem(
      items,
      (item, target) => {
        const found = ctx.store.read(target.space, target.key);
        ctx.meter.read(found ? itemBytes(target.key, found.value) : 0);
        if (!found) throw errors.keyNotFound();
        return { ...nameOf(item), ...toWireItem(target.key, found, item.options?.metadataFields) };
      },
      ctx,
      'batch/get',
    ),
  );
}

export function batchDelete(ctx: OperationContext, items: readonly BatchItem[]): Reply {
  return okReply(
    eachItem(
      items,
      (item, target) => {
        const previous = ctx.store.remove(target.space, target.key);
        ctx.meter.write(Buffer.byteLength(target.key, 'utf8'));
        if (!previous) throw errors.keyNotFound();
        return nameOf(item);
      },
      ctx,
      'batch/delete',
    ),
  );
}

function eachItem<I extends BatchItem, S>(
  items: readonly I[],
  apply: (item: I, target: Target) => S,
  ctx: OperationContext,
  operation: BatchOperation,
): { successfulKeys: S[]; failedKeys: Failure[] } {
  if (items.length === 0 || items.length > MAX_BATCH_ITEMS) throw errors.batchSizeExceeded(MAX_BATCH_ITEMS);
  const successfulKeys: S[] = [];
  const failedKeys: Failure[] = [];
  for (const item of items) {
    // An injected failure fails the item before it is touched, as a storage node that did not answer.
    const injected = ctx.itemFaults?.take(operation, item.key);
    if (injected) {
      failedKeys.push({ ...nameOf(item), error: injected });
      continue;
    }
    try {
      successfulKeys.push(apply(item, resolveTarget(ctx.catalog, item.key, item.entityName)));
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      failedKeys.push({ ...nameOf(item), error: error.toBody() });
    }
  }
  return { successfulKeys, failedKeys };
}

function nameOf(item: BatchItem): ItemName {
  return item.entityName === undefined ? { key: item.key } : { key: item.key, entityName: item.entityName };
}
