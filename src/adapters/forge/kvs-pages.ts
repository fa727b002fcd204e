import { kvs, WhereConditions } from '@forge/kvs';

/** One page (Forge's most: 100 results) of a prefix query, from `cursor` on. */
export function queryPage<T>(prefix: string, cursor?: string) {
  let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
  if (cursor) query = query.cursor(cursor);
  return query.getMany<T>();
}

/** Every page of a prefix query, walked in turn. */
export async function* queryAll<T>(prefix: string): AsyncGenerator<{ key: string; value: T }> {
  let cursor: string | undefined;
  do {
    const page = await queryPage<T>(prefix, cursor);
    for (const result of page.results) yield result;
    cursor = page.nextCursor;
  } while (cursor);
}
