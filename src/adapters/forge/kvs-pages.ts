import { kvs, WhereConditions } from '@forge/kvs';

/** Forge returns at most 100 results a page; this walks every page of a prefix query. */
export async function* queryAll<T>(prefix: string): AsyncGenerator<{ key: string; value: T }> {
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<T>();
    for (const result of page.results) yield result;
    cursor = page.nextCursor;
  } while (cursor);
}
