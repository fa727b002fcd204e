import { kvs, WhereConditions } from '@forge/kvs';
import { connect, kvsError, valueOfBytes } from './harness';

const KiB = 1024;

describe("Forge's key and value limits, through the real SDK", () => {
  it('accepts a value of exactly 240 KiB and rejects 241 KiB with MAX_SIZE, storing nothing', async () => {
    const local = connect();
    await kvs.set('at-limit', valueOfBytes(240 * KiB));
    expect(await kvs.get('at-limit')).toHaveLength(240 * KiB - 2);

    const error = await kvsError(kvs.set('over-limit', valueOfBytes(241 * KiB)));
    expect(error.code).toBe('MAX_SIZE');
    expect(error.message).toBe('The provided value has exceeded the maximum size limit.');
    expect(error.responseDetails.status).toBe(400);
    expect(await kvs.get('over-limit')).toBeUndefined();
    expect(local.stats().keysStored).toBe(1);
  });

  it('counts a value one byte over 240 KiB as too large', async () => {
    connect();
    const error = await kvsError(kvs.set('k', valueOfBytes(240 * KiB + 1)));
    expect(error.code).toBe('MAX_SIZE');
  });

  it.each(['a/b', 'a$b', 'a?b', 'ключ', '   '])(
    'rejects the key %j with INVALID_KEY, storing nothing',
    async (key) => {
      const local = connect();
      const error = await kvsError(kvs.set(key, 'v'));
      expect(error.code).toBe('INVALID_KEY');
      expect(error.message).toBe(
        'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/',
      );
      expect(error.responseDetails.status).toBe(400);
      expect(local.stats().keysStored).toBe(0);
    },
  );

  it('accepts every character class the pattern allows', async () => {
    connect();
    const key = 'Az09:._ -#\tend';
    await kvs.set(key, 1);
    expect(await kvs.get(key)).toBe(1);
  });

  it('accepts a 500-character key and rejects 501 characters with KEY_TOO_LONG, storing nothing', async () => {
    const local = connect();
    await kvs.set('k'.repeat(500), 'ok');
    expect(await kvs.get('k'.repeat(500))).toBe('ok');

    const error = await kvsError(kvs.set('k'.repeat(501), 'v'));
    expect(error.code).toBe('KEY_TOO_LONG');
    expect(error.message).toBe('The provided key has exceeded the maximum 500 characters.');
    expect(local.stats().keysStored).toBe(1);
  });

  it('rejects an empty key with KEY_TOO_SHORT', async () => {
    connect();
    expect((await kvsError(kvs.get(''))).code).toBe('KEY_TOO_SHORT');
  });

  it('rejects a value nested deeper than 32 levels with MAX_DEPTH', async () => {
    const local = connect();
    const nest = (depth: number): unknown => (depth === 0 ? 1 : { d: nest(depth - 1) });
    await kvs.set('deep-ok', nest(32));
    const error = await kvsError(kvs.set('too-deep', nest(33)));
    expect(error.code).toBe('MAX_DEPTH');
    expect(local.stats().keysStored).toBe(1);
  });

  it('accepts a query limit of 100 and rejects 101 with LIST_QUERY_LIMIT_EXCEEDED', async () => {
    connect();
    await kvs.set('q:1', 1);
    const page = await kvs.query().where('key', WhereConditions.beginsWith('q:')).limit(100).getMany();
    expect(page.results).toHaveLength(1);

    const error = await kvsError(
      kvs.query().where('key', WhereConditions.beginsWith('q:')).limit(101).getMany(),
    );
    expect(error.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
    expect(error.message).toBe('Limit for list query should be below 100.');
    expect(error.responseDetails.status).toBe(400);
  });

  it('accepts a 25-operation transaction and rejects 26 operations, applying none of them', async () => {
    const local = connect();
    const accepted = kvs.transact();
    for (let i = 0; i < 25; i += 1) accepted.set(`ok:${i}`, i);
    await accepted.execute();
    expect(local.stats().keysStored).toBe(25);

    const rejected = kvs.transact();
    for (let i = 0; i < 26; i += 1) rejected.set(`no:${i}`, i);
    const error = await kvsError(rejected.execute());
    expect(error.code).toBe('TRANSACTION_SIZE_EXCEEDED');
    expect(error.message).toBe('Each transaction can contain between 1 and 25 operations.');
    expect(error.responseDetails.status).toBe(400);
    expect(local.stats().keysStored).toBe(25);
    expect(await kvs.get('no:0')).toBeUndefined();
  });

  it('rejects a batch of 26 items whole, and applies a batch of 25', async () => {
    const local = connect();
    const items = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, value: i }));
    const result = await kvs.batchSet(items(25, 'ok:'));
    expect(result.successfulKeys).toHaveLength(25);

    const error = await kvsError(kvs.batchSet(items(26, 'no:')));
    expect(error.code).toBe('BATCH_SIZE_EXCEEDED');
    expect(error.message).toBe('A batch request can contain between 1 and 25 items.');
    expect(local.stats().keysStored).toBe(25);
  });

  it('answers a malformed body with BAD_REQUEST', async () => {
    const local = connect();
    const response = await local.fetch('/api/v1/set', { method: 'POST', body: '{"key":"a"}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^Provided request body is invalid/),
    });
  });
});
