import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { KvsError, PUBLISHED_CODES } from '../../../src/local/kvs';
import { connect, kvsError, valueOfBytes } from './harness';

const ENTITIES = [
  {
    name: 'bucket',
    attributes: { day: { type: 'string' as const }, count: { type: 'integer' as const } },
    indexes: ['day'],
  },
];

describe('batches', () => {
  it('reports each item on its own: valid ones are written, invalid ones fail with their code', async () => {
    const local = connect();
    const result = await kvs.batchSet<unknown>([
      { key: 'good', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'big', value: valueOfBytes(241 * 1024) },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'good' }]);
    expect(result.failedKeys).toEqual([
      { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } },
      {
        key: 'big',
        error: { code: 'MAX_SIZE', message: 'The provided value has exceeded the maximum size limit.' },
      },
    ]);
    expect(local.stats().keysStored).toBe(1);
  });

  it('gets found keys and reports missing ones as KEY_NOT_FOUND', async () => {
    connect();
    await kvs.set('a', 'A');
    const result = await kvs.batchGet([{ key: 'a' }, { key: 'b' }]);
    expect(result.successfulKeys).toEqual([{ key: 'a', value: 'A' }]);
    expect(result.failedKeys).toEqual([
      { key: 'b', error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } },
    ]);
  });

  it('deletes a batch', async () => {
    const local = connect();
    await kvs.batchSet([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
    ]);
    const result = await kvs.batchDelete([{ key: 'a' }, { key: 'b' }]);
    expect(result.successfulKeys).toEqual([{ key: 'a' }, { key: 'b' }]);
    expect(local.stats().keysStored).toBe(0);
  });
});

describe('transactions', () => {
  it('applies sets and deletes together', async () => {
    connect();
    await kvs.set('old', 1);
    await kvs.transact().set('new', 2).delete('old').execute();
    expect(await kvs.get('new')).toBe(2);
    expect(await kvs.get('old')).toBeUndefined();
  });

  it('applies nothing when one operation breaks a limit', async () => {
    const local = connect();
    await kvs.set('keep', 'original');
    const error = await kvsError(kvs.transact().set('keep', 'changed').set('a$b', 1).execute());
    expect(error.code).toBe('INVALID_KEY');
    expect(await kvs.get('keep')).toBe('original');
    expect(local.stats().keysStored).toBe(1);
  });

  it('refuses the same key twice', async () => {
    connect();
    const error = await kvsError(kvs.transact().set('k', 1).delete('k').execute());
    expect(error.code).toBe('TRANSACTION_DUPLICATE_KEY');
    expect(await kvs.get('k')).toBeUndefined();
  });

  it('writes an entity only when its conditions hold (compare-and-set)', async () => {
    connect({ entities: ENTITIES });
    const bucket = kvs.entity<{ day: string; count: number }>('bucket');
    await bucket.set('2025-01-01', { day: '2025-01-01', count: 1 });

    const bump = (from: number) =>
      kvs
        .transact()
        .set(
          '2025-01-01',
          { day: '2025-01-01', count: from + 1 },
          {
            entityName: 'bucket',
            conditions: new Filter<{ count: number }>().and('count', FilterConditions.equalTo(from)),
          },
        )
        .execute();

    await bump(1);
    const error = await kvsError(bump(1));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(error.message).toBe(
      `Condition not met: the transaction's conditions do not hold for "2025-01-01" (entity bucket); nothing was written.`,
    );
    expect(error.responseDetails.status).toBe(409);
    expect(await bucket.get('2025-01-01')).toEqual({ day: '2025-01-01', count: 2 });
  });

  it('fails every write when a check does not hold', async () => {
    connect({ entities: ENTITIES });
    const error = await kvsError(
      kvs
        .transact()
        .set('plain', 1)
        .check('missing-day', {
          entityName: 'bucket',
          conditions: new Filter<{ day: string }>().and('day', FilterConditions.exists()),
        })
        .execute(),
    );
    expect(error.message).toContain('"missing-day" (entity bucket)');
    expect(await kvs.get('plain')).toBeUndefined();
  });

  it('creates an entity only if absent with a NOT_EXISTS condition', async () => {
    connect({ entities: ENTITIES });
    const create = () =>
      kvs
        .transact()
        .set(
          'd1',
          { day: 'd1', count: 1 },
          {
            entityName: 'bucket',
            conditions: new Filter<{ day: string }>().and('day', FilterConditions.notExists()),
          },
        )
        .execute();
    await create();
    expect((await kvsError(create())).message).toMatch(/^Condition not met: /);
  });
});

describe('refused conditions', () => {
  const failing = () =>
    kvs
      .transact()
      .check('none', {
        entityName: 'bucket',
        conditions: new Filter<{ day: string }>().and('day', FilterConditions.exists()),
      })
      .execute();

  it('are answered with a code from the published tables, whichever the store is set to use', async () => {
    for (const failure of [
      { status: 409, code: 'INVALID_ENTITY_VALUE' as const },
      { status: 400, code: 'NOT_FOUND' as const },
      { status: 400, code: 'INVALID_FILTER_CONDITION' as const },
    ]) {
      connect({ entities: ENTITIES, conditionFailure: failure });
      const error = await kvsError(failing());
      expect(PUBLISHED_CODES).toContain(error.code);
      expect({ status: error.responseDetails.status, code: error.code }).toEqual(failure);
    }
  });

  it('can be answered differently from one call to the next, as a test needs', async () => {
    const local = connect({ entities: ENTITIES });
    await kvs.set('claim', 1);
    local.setConditionFailure({ status: 400, code: 'MAX_DEPTH' });
    expect((await kvsError(kvs.set('claim', 2, { keyPolicy: 'FAIL_IF_EXISTS' }))).code).toBe('MAX_DEPTH');
    expect((await kvsError(failing())).code).toBe('MAX_DEPTH');
  });

  it('cannot be set to an unpublished code or to a success status', () => {
    expect(() =>
      connect({ conditionFailure: { status: 409, code: 'CONDITIONAL_CHECK_FAILED' as never } }),
    ).toThrow(
      "conditionFailure.code CONDITIONAL_CHECK_FAILED is not in Forge's published storage error tables.",
    );
    expect(() => connect({ conditionFailure: { status: 200, code: 'NOT_FOUND' } })).toThrow(
      'conditionFailure.status must be an HTTP error status, not 200.',
    );
  });
});

describe('interleaved requests', () => {
  it('run before the next call of their operation is answered, as a faster client would', async () => {
    const local = connect({ entities: ENTITIES });
    await kvs.entity('bucket').set('d', { day: 'd', count: 1 });
    local.interleave('transaction', () => kvs.entity('bucket').set('d', { day: 'd', count: 5 }));
    const cas = () =>
      kvs
        .transact()
        .set(
          'd',
          { day: 'd', count: 2 },
          {
            entityName: 'bucket',
            conditions: new Filter<{ count: number }>().and('count', FilterConditions.equalTo(1)),
          },
        )
        .execute();
    expect((await kvsError(cas())).message).toMatch(/^Condition not met/);
    expect(await kvs.entity('bucket').get('d')).toEqual({ day: 'd', count: 5 });
    // Used up: the next transaction meets no one.
    await kvs.entity('bucket').set('d', { day: 'd', count: 1 });
    await cas();
    expect(await kvs.entity('bucket').get('d')).toEqual({ day: 'd', count: 2 });
  });

  it('refuse the call with the KvsError a hook throws', async () => {
    const local = connect();
    local.interleave('set', () => {
      throw new KvsError(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests.');
    });
    const error = await kvsError(kvs.set('a', 1));
    expect({ status: error.responseDetails.status, code: error.code }).toEqual({
      status: 429,
      code: 'RATE_LIMIT_EXCEEDED',
    });
    expect(await kvs.get('a')).toBeUndefined();
  });
});
