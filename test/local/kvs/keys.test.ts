import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { connect, descriptors, kvsError } from './harness';

describe('plain keys through the real SDK', () => {
  it('sends the app descriptor, sets, reads, overwrites and deletes', async () => {
    connect();
    await kvs.set('survey:1', { score: 4 });
    expect(descriptors.at(-1)).toEqual({ type: 'kvs', provider: 'app', remote: 'kvs' });
    expect(await kvs.get('survey:1')).toEqual({ score: 4 });
    await kvs.set('survey:1', { score: 5 });
    expect(await kvs.get('survey:1')).toEqual({ score: 5 });
    await kvs.delete('survey:1');
    expect(await kvs.get('survey:1')).toBeUndefined();
  });

  it('reads a missing key as undefined and deletes it without error', async () => {
    connect();
    expect(await kvs.get('never-set')).toBeUndefined();
    await expect(kvs.delete('never-set')).resolves.toBeUndefined();
  });

  it('answers a miss on the wire with 404 KEY_NOT_FOUND, which is how the SDK knows it is undefined', async () => {
    const local = connect();
    const response = await local.fetch('/api/v1/get', { method: 'POST', body: '{"key":"a"}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' });
  });

  it('returns metadata when asked', async () => {
    let now = 1_700_000_000_000;
    connect({ now: () => now });
    await kvs.set('m', 'first', { ttl: { value: 1, unit: 'HOURS' } });
    now += 5_000;
    await kvs.set('m', 'second', { ttl: { value: 1, unit: 'HOURS' } });
    const result = await kvs.get('m', {
      metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME],
    });
    expect(result).toEqual({
      key: 'm',
      value: 'second',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_005_000,
      expireTime: new Date(1_700_000_005_000 + 3_600_000).toISOString(),
    });
  });

  it('with FAIL_IF_EXISTS, lets exactly one of two concurrent sets win', async () => {
    const local = connect({ latencyMs: 5 });
    const outcomes = await Promise.allSettled([
      kvs.set('claim', 'first', { keyPolicy: 'FAIL_IF_EXISTS' }),
      kvs.set('claim', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    // Forge publishes no code for this refusal: the store answers with a published one.
    expect(failure?.reason).toMatchObject({
      code: 'INVALID_ENTITY_VALUE',
      message:
        'Condition not met: "claim" already exists and the key policy is FAIL_IF_EXISTS; nothing was written.',
      responseDetails: { status: 409 },
    });
    const winner = outcomes.findIndex((o) => o.status === 'fulfilled') === 0 ? 'first' : 'second';
    expect(await kvs.get('claim')).toBe(winner);
    expect(local.stats().writes).toBe(1);
  });

  it('with FAIL_IF_EXISTS, may create a key whose earlier value has expired', async () => {
    let now = 0;
    connect({ now: () => now });
    await kvs.set('lease', 'old', { ttl: { value: 1, unit: 'SECONDS' } });
    expect((await kvsError(kvs.set('lease', 'x', { keyPolicy: 'FAIL_IF_EXISTS' }))).message).toContain(
      'already exists',
    );
    now = 1_000;
    await kvs.set('lease', 'new', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('lease')).toBe('new');
  });

  it('returns the previous or latest value when asked to', async () => {
    connect();
    expect(await kvs.set('r', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('r', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({
      key: 'r',
      value: 1,
    });
    expect(await kvs.set('r', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({
      key: 'r',
      value: 3,
    });
  });

  it('expires a value once its TTL has passed on the injected clock', async () => {
    let now = 10_000;
    const local = connect({ now: () => now });
    await kvs.set('short', 'v', { ttl: { value: 30, unit: 'SECONDS' } });
    await kvs.set('keep', 'v');
    now += 29_999;
    expect(await kvs.get('short')).toBe('v');
    now += 1;
    expect(await kvs.get('short')).toBeUndefined();
    expect((await kvs.query().getMany()).results.map((r) => r.key)).toEqual(['keep']);
    expect(local.stats().keysStored).toBe(1);
  });

  it('rejects a TTL that is not a positive whole number', async () => {
    connect();
    const error = await kvsError(kvs.set('t', 'v', { ttl: { value: 0, unit: 'DAYS' } }));
    expect(error.code).toBe('INVALID_TTL');
    expect(await kvs.get('t')).toBeUndefined();
  });

  it('clears an earlier TTL when a key is rewritten without one', async () => {
    let now = 0;
    connect({ now: () => now });
    await kvs.set('k', 1, { ttl: { value: 1, unit: 'MINUTES' } });
    await kvs.set('k', 2);
    now = 120_000;
    expect(await kvs.get('k')).toBe(2);
  });

  it('keeps secrets apart from plain keys and out of queries', async () => {
    connect();
    await kvs.setSecret('token', 's3cret');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    expect((await kvsError(kvs.setSecret('a/b', 1))).code).toBe('INVALID_KEY');
  });
});

describe('key queries', () => {
  it('pages through 250 keys in key order, returning each key once', async () => {
    connect();
    const keys = Array.from({ length: 250 }, (_, i) => `resp:${String(i).padStart(3, '0')}`);
    // Written in reverse so the order comes from the query, not from insertion.
    for (const key of [...keys].reverse()) await kvs.set(key, key);
    await kvs.set('other:1', 'not in the prefix');

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('resp:')).limit(100);
      const page = await (cursor ? query.cursor(cursor) : query).getMany<string>();
      seen.push(...page.results.map((r) => r.key));
      page.results.forEach((r) => expect(r.value).toBe(r.key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toEqual(keys);
  });

  it('returns 10 results by default and no cursor on the last page', async () => {
    connect();
    for (let i = 0; i < 12; i += 1) await kvs.set(`k${String(i).padStart(2, '0')}`, i);
    const first = await kvs.query().getMany();
    expect(first.results).toHaveLength(10);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await kvs
      .query()
      .cursor(first.nextCursor as string)
      .getMany();
    expect(second.results.map((r) => r.key)).toEqual(['k10', 'k11']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('keeps its place when a key on an earlier page is deleted between pages', async () => {
    connect();
    for (const key of ['a', 'b', 'c', 'd']) await kvs.set(key, key);
    const first = await kvs.query().limit(2).getMany();
    await kvs.delete('a');
    const second = await kvs
      .query()
      .limit(2)
      .cursor(first.nextCursor as string)
      .getMany();
    expect(second.results.map((r) => r.key)).toEqual(['c', 'd']);
  });

  it('getOne returns the first key of the prefix', async () => {
    connect();
    await kvs.set('p:b', 2);
    await kvs.set('p:a', 1);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('p:')).getOne()).toEqual({
      key: 'p:a',
      value: 1,
    });
  });

  it('rejects an unreadable cursor with INVALID_CURSOR', async () => {
    connect();
    expect((await kvsError(kvs.query().cursor('not-a-cursor').getMany())).code).toBe('INVALID_CURSOR');
  });

  it('rejects a where clause on another field or with another condition', async () => {
    const local = connect();
    const post = (body: unknown) =>
      local.fetch('/api/v1/query', { method: 'POST', body: JSON.stringify(body) });
    const where = (clause: object) => ({
      where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['a'], ...clause }],
    });
    expect(await (await post(where({ property: 'value' }))).json()).toMatchObject({
      code: 'QUERY_WHERE_FIELD_INVALID',
    });
    expect(await (await post(where({ condition: 'CONTAINS' }))).json()).toMatchObject({
      code: 'INVALID_FILTER_CONDITION',
    });
    const two = { where: [...where({}).where, ...where({}).where] };
    expect(await (await post(two)).json()).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
  });
});
