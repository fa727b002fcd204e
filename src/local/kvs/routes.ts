/**
 * The wire operations `@forge/kvs` calls, each with the schema of its body and its handler. Keeping
 * them in one table makes the supported surface easy to compare with the SDK's storage-api.js.
 */
import type { z } from 'zod';
import { batchDelete, batchGet, batchSet } from './batch';
import { okReply, type OperationContext, type Reply } from './operation-context';
import { queryEntities } from './entities';
import { queryKeys } from './query';
import { deleteOne, getOne, setOne } from './single';
import { transact } from './transaction';
import * as wire from './wire';

interface Route<S extends z.ZodType> {
  schema: S;
  handle: (ctx: OperationContext, body: z.infer<S>) => Reply;
  /** Whether a success changes stored data, and so needs saving. */
  writes: boolean;
}

const route = <S extends z.ZodType>(schema: S, handle: Route<S>['handle'], writes: boolean): Route<S> => ({
  schema,
  handle,
  writes,
});

/** Keyed by the operation's path below `/api/v1/`, which is also its name in the stats. */
export const routes: Record<string, Route<z.ZodType>> = {
  get: route(wire.getRequest, (ctx, body) => getOne(ctx, body), false),
  set: route(wire.setRequest, (ctx, body) => setOne(ctx, body), true),
  delete: route(wire.deleteRequest, (ctx, body) => deleteOne(ctx, body), true),
  query: route(wire.queryRequest, (ctx, body) => okReply(queryKeys(ctx.store, ctx.meter, body)), false),

  'secret/get': route(wire.getRequest, (ctx, body) => getOne(ctx, body, 'secret'), false),
  'secret/set': route(wire.setRequest, (ctx, body) => setOne(ctx, body, 'secret'), true),
  'secret/delete': route(wire.deleteRequest, (ctx, body) => deleteOne(ctx, body, 'secret'), true),

  'entity/get': route(wire.entityGetRequest, (ctx, body) => getOne(ctx, body), false),
  'entity/set': route(wire.entitySetRequest, (ctx, body) => setOne(ctx, body), true),
  'entity/delete': route(wire.entityDeleteRequest, (ctx, body) => deleteOne(ctx, body), true),
  'entity/query': route(
    wire.entityQueryRequest,
    (ctx, body) => okReply(queryEntities(ctx.store, ctx.meter, ctx.catalog, body)),
    false,
  ),

  'batch/set': route(wire.batchSetRequest, batchSet, true),
  'batch/get': route(wire.batchGetRequest, batchGet, false),
  'batch/delete': route(wire.batchDeleteRequest, batchDelete, true),

  transaction: route(wire.transactionRequest, transact, true),
};

export const API_PREFIX = '/api/v1/';
