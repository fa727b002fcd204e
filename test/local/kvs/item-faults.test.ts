import { kvs } from '@forge/kvs';
import { connect } from './harness';

/**
 * Forge's batch calls complete what they can and list the rest in `failedKeys`; the local store
 * can be told to fail chosen items, so the app's handling of a partial batch can be tested.
 */
describe('injected failures of batch items', () => {
  it('fails the matching items of a batch read with the given code and serves the rest', async () => {
    const local = connect();
    await kvs.batchSet([
      { key: 'agg:d:SD:2026-03-01', value: 1 },
      { key: 'agg:d:SD:2026-03-02', value: 2 },
      { key: 'other', value: 3 },
    ]);
    local.itemFaults.add({ operation: 'batch/get', keyPattern: /^agg:/, times: 1 });
    const first = await kvs.batchGet([
      { key: 'agg:d:SD:2026-03-01' },
      { key: 'agg:d:SD:2026-03-02' },
      { key: 'other' },
    ]);
    expect(first.successfulKeys.map((item) => item.key)).toEqual(['agg:d:SD:2026-03-02', 'other']);
    expect(first.failedKeys).toEqual([
      {
        key: 'agg:d:SD:2026-03-01',
        error: { code: 'INTERNAL_SERVER_ERROR', message: 'An internal server error has occurred.' },
      },
    ]);
    // `times: 1` is spent: the next read gets everything.
    const second = await kvs.batchGet([{ key: 'agg:d:SD:2026-03-01' }]);
    expect(second.failedKeys).toEqual([]);
  });

  it('keeps failing until cleared when no count is given, and leaves other operations alone', async () => {
    const local = connect();
    local.itemFaults.add({ operation: 'batch/get', code: 'TOO_MANY_REQUESTS', message: 'Slow down.' });
    const written = await kvs.batchSet([{ key: 'a', value: 1 }]);
    expect(written.failedKeys).toEqual([]);
    for (let read = 0; read < 3; read += 1) {
      expect((await kvs.batchGet([{ key: 'a' }])).failedKeys).toEqual([
        { key: 'a', error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down.' } },
      ]);
    }
    local.itemFaults.clear();
    expect((await kvs.batchGet([{ key: 'a' }])).successfulKeys).toEqual([{ key: 'a', value: 1 }]);
  });

  it('fails each matching key a given number of times, then reads it', async () => {
    const local = connect();
    await kvs.batchSet([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
    ]);
    local.itemFaults.add({ operation: 'batch/get', timesEach: 1 });
    expect((await kvs.batchGet([{ key: 'a' }])).failedKeys.map((item) => item.key)).toEqual(['a']);
    const next = await kvs.batchGet([{ key: 'a' }, { key: 'b' }]);
    expect(next.successfulKeys.map((item) => item.key)).toEqual(['a']);
    expect(next.failedKeys.map((item) => item.key)).toEqual(['b']);
    expect((await kvs.batchGet([{ key: 'a' }, { key: 'b' }])).failedKeys).toEqual([]);
  });
});
