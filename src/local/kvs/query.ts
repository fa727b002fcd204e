/**
 * Key queries (`kvs.query().where('key', beginsWith(p)).limit(n).cursor(c).getMany()`): Forge supports
 * only a single `BEGINS_WITH` on the key, returns results in key order, and pages with a cursor.
 * The store keeps keys in order, so a page costs the same however many other keys are stored.
 */
import { errors } from './kvs-errors';
import { DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT } from './kvs-limits';
import { decodeCursor, encodeCursor } from './cursor';
import { itemBytes, KVS_SPACE, toWireItem, type Store, type WireItem } from './store';
import type { Meter } from './stats';
import type { queryRequest } from './wire';
import type { z } from 'zod';

export type QueryRequest = z.infer<typeof queryRequest>;

export function queryKeys(
  store: Store,
  meter: Meter,
  request: QueryRequest,
): { data: WireItem[]; cursor?: string } {
  const limit = request.limit ?? DEFAULT_QUERY_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) throw errors.listQueryLimitExceeded();
  const prefix = prefixOf(request.where);
  const at = request.after === undefined ? undefined : decodeCursor(request.after);

  // One item past the page says whether another page follows, in which case it gets a cursor.
  const found = store.keysWithPrefix(KVS_SPACE, prefix, at?.k, limit + 1);
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = found.length > limit && last !== undefined ? encodeCursor({ k: last[0] }) : undefined;

  meter.query(page.map(([key, item]) => itemBytes(key, item.value)));
  const fields = request.options?.metadataFields;
  return {
    data: page.map(([key, item]) => toWireItem(key, item, fields)),
    ...(nextCursor === undefined ? {} : { cursor: nextCursor }),
  };
}

function prefixOf(where: QueryRequest['where']): string {
  if (where === undefined || where.length === 0) return '';
  const [clause, ...others] = where;
  if (clause === undefined || others.length > 0) throw errors.queryWhereInvalid();
  if (clause.property !== 'key') throw errors.queryWhereFieldInvalid();
  if (clause.condition !== 'BEGINS_WITH') throw errors.invalidFilterCondition();
  const [prefix, ...extra] = clause.values;
  if (typeof prefix !== 'string' || extra.length > 0) throw errors.invalidFilterValues();
  return prefix;
}
