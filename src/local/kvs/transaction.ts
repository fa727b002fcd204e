/**
 * `kvs.transact()`: up to 25 sets, deletes and checks, each key once, applied all or nothing. Every
 * limit and every entity condition is checked before the first write, and the writes then run in one
 * synchronous step, so no other request can observe or interleave with a half-applied transaction.
 */
import { matchesGroup } from './conditions';
import { noContent, type OperationContext, type Reply } from './operation-context';
import { errors } from './kvs-errors';
import { MAX_TRANSACTION_OPERATIONS } from './kvs-limits';
import { itemBytes } from './store';
import { checkWrite, resolveTarget, targetId, type Target } from './key-targets';
import type { FilterGroup, TransactionRequest } from './wire';

interface Planned {
  target: Target;
  /** Absent for a delete or a check. */
  write?: { value: unknown; ttlMs?: number };
  remove?: boolean;
}

export function transact(ctx: OperationContext, request: TransactionRequest): Reply {
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const count = sets.length + deletes.length + checks.length;
  if (count === 0 || count > MAX_TRANSACTION_OPERATIONS) {
    throw errors.transactionSizeExceeded(MAX_TRANSACTION_OPERATIONS);
  }

  const seen = new Set<string>();
  const plan: Planned[] = [];
  const prepare = (op: { key: string; entityName?: string; conditions?: FilterGroup }): Target => {
    const target = resolveTarget(ctx.catalog, op.key, op.entityName);
    if (seen.has(targetId(target))) throw errors.transactionDuplicateKey(op.key);
    seen.add(targetId(target));
    if (op.conditions !== undefined) {
      if (op.entityName === undefined) throw errors.badRequest('conditions apply to custom entities only');
      const current = ctx.store.read(target.space, target.key);
      ctx.meter.read(current ? itemBytes(target.key, current.value) : 0);
      if (!matchesGroup(op.conditions, current?.value)) {
        throw errors.conditionNotMet(
          ctx.conditionFailure,
          `the transaction's conditions do not hold for "${op.key}" (entity ${op.entityName}); nothing was written.`,
        );
      }
    }
    return target;
  };

  for (const op of sets) {
    const target = prepare(op);
    plan.push({
      target,
      write: { value: op.value, ttlMs: checkWrite(ctx.catalog, target, op.value, op.options?.ttl) },
    });
  }
  for (const op of deletes) plan.push({ target: prepare(op), remove: true });
  for (const op of checks) prepare(op);

  for (const { target, write, remove } of plan) {
    if (write) {
      ctx.meter.write(ctx.store.write(target.space, target.key, write.value, write.ttlMs).bytes);
    } else if (remove) {
      ctx.store.remove(target.space, target.key);
      ctx.meter.write(Buffer.byteLength(target.key, 'utf8'));
    }
  }
  return noContent;
}
