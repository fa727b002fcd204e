/**
 * get, set and delete on one key, for plain keys (`/api/v1/get`), secrets (`/api/v1/secret/get`) and
 * custom entities (`/api/v1/entity/get`), which differ only in where the key lives.
 */
import { noContent, okReply, type OperationContext, type Reply } from './operation-context';
import { errors } from './kvs-errors';
import { itemBytes, toWireItem } from './store';
import { checkWrite, resolveTarget, type Area } from './key-targets';
import type { MetadataField, SetOptions } from './wire';

interface KeyRequest {
  key: string;
  entityName?: string;
}

/** A miss is a 404 KEY_NOT_FOUND, which the SDK turns into `undefined`. */
export function getOne(
  ctx: OperationContext,
  request: KeyRequest & { options?: { metadataFields?: MetadataField[] } },
  area: Area = 'kvs',
): Reply {
  const target = resolveTarget(ctx.catalog, request.key, request.entityName, area);
  const item = ctx.store.read(target.space, target.key);
  ctx.meter.read(item ? itemBytes(target.key, item.value) : 0);
  if (!item) throw errors.keyNotFound();
  return okReply(toWireItem(target.key, item, ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']));
}

/**
 * FAIL_IF_EXISTS is checked and the value written in one synchronous step, so of two concurrent
 * creates exactly one succeeds. `returnValue` answers with the written (LATEST) or overwritten
 * (PREVIOUS) item; a PREVIOUS with nothing overwritten is an empty answer, which the SDK reads as undefined.
 */
export function setOne(
  ctx: OperationContext,
  request: KeyRequest & { value: unknown; options?: SetOptions },
  area: Area = 'kvs',
): Reply {
  const options = request.options ?? {};
  if (options.returnValue !== undefined && options.keyPolicy !== 'OVERRIDE') {
    throw errors.badRequest("returnValue needs keyPolicy 'OVERRIDE'");
  }
  const target = resolveTarget(ctx.catalog, request.key, request.entityName, area);
  const ttlMs = checkWrite(ctx.catalog, target, request.value, options.ttl);
  if (options.keyPolicy === 'FAIL_IF_EXISTS' && ctx.store.read(target.space, target.key)) {
    throw errors.conditionNotMet(
      ctx.conditionFailure,
      `"${request.key}" already exists and the key policy is FAIL_IF_EXISTS; nothing was written.`,
    );
  }

  const { previous, current, bytes } = ctx.store.write(target.space, target.key, request.value, ttlMs);
  ctx.meter.write(bytes);
  const returned =
    options.returnValue === 'LATEST' ? current : options.returnValue === 'PREVIOUS' ? previous : undefined;
  return returned ? okReply(toWireItem(target.key, returned, options.returnMetadataFields)) : noContent;
}

export function deleteOne(ctx: OperationContext, request: KeyRequest, area: Area = 'kvs'): Reply {
  const target = resolveTarget(ctx.catalog, request.key, request.entityName, area);
  const previous = ctx.store.remove(target.space, target.key);
  ctx.meter.write(Buffer.byteLength(target.key, 'utf8'));
  if (!previous) throw errors.keyNotFound();
  return noContent;
}
