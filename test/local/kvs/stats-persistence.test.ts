import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs, WhereConditions } from '@forge/kvs';
import { LocalKvs } from '../../../src/local/kvs';
import { connect, valueOfBytes } from './harness';

const KB = 1024;

describe('metering in 10 KB units', () => {
  it('counts a 25 KB value as 3 write units and 3 read units', async () => {
    const local = connect();
    await kvs.set('big', valueOfBytes(25 * KB));
    await kvs.get('big');
    expect(local.stats()).toMatchObject({ reads: 1, writes: 1, readUnits: 3, writeUnits: 3 });
  });

  it('counts a small item, and a miss, as one unit each', async () => {
    const local = connect();
    await kvs.set('small', 'v');
    await kvs.get('small');
    await kvs.get('missing');
    expect(local.stats()).toMatchObject({ reads: 2, writes: 1, readUnits: 2, writeUnits: 1 });
  });

  it('rounds each item up: a query returning three 15 KB items costs 6 read units', async () => {
    const local = connect();
    for (const key of ['q:1', 'q:2', 'q:3']) await kvs.set(key, valueOfBytes(15 * KB));
    local.resetStats();
    await kvs.query().where('key', WhereConditions.beginsWith('q:')).getMany();
    expect(local.stats()).toMatchObject({ reads: 3, readUnits: 6, writes: 0 });
  });

  it('counts operations per wire path, items per batch, and what is stored', async () => {
    const local = connect();
    await kvs.batchSet([
      { key: 'a', value: 'x' },
      { key: 'b', value: 'y' },
    ]);
    await kvs.transact().set('c', 1).delete('a').execute();
    await kvs.set('a/b', 1).catch(() => undefined);
    const stats = local.stats();
    expect(stats.operations).toEqual({ 'batch/set': 1, transaction: 1, set: 1 });
    expect(stats.writes).toBe(4);
    expect(stats.rejected).toBe(1);
    expect(stats.keysStored).toBe(2);
    // "b" + "y" as JSON (3 bytes) and "c" + 1 (1 byte).
    expect(stats.bytesStored).toBe(1 + 3 + 1 + 1);
    local.resetStats();
    expect(local.stats()).toMatchObject({ reads: 0, writes: 0, operations: {}, keysStored: 2 });
  });
});

describe('persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'local-kvs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reloads what one instance saved into a second instance sharing the data file', async () => {
    const dataFile = join(dir, 'nested', 'kvs.json');
    const first = connect({ dataFile });
    await kvs.set('survey:1', { score: 5 });
    await kvs.setSecret('token', 't');
    await first.flush();

    connect({ dataFile });
    expect(await kvs.get('survey:1')).toEqual({ score: 5 });
    expect(await kvs.getSecret('token')).toBe('t');
  });

  it('saves on its own shortly after a write, leaving no temporary file', async () => {
    const dataFile = join(dir, 'kvs.json');
    connect({ dataFile, saveDebounceMs: 10 });
    await kvs.set('k', 'v');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).spaces.kvs.k.value).toBe('v');
    expect(readdirSync(dir)).toEqual(['kvs.json']);
  });

  it('empties the file on clear', async () => {
    const dataFile = join(dir, 'kvs.json');
    const local = connect({ dataFile });
    await kvs.set('k', 'v');
    await local.clear();
    expect(new LocalKvs({ dataFile }).stats().keysStored).toBe(0);
  });

  it('refuses a data file it cannot read rather than starting empty', () => {
    const dataFile = join(dir, 'kvs.json');
    writeFileSync(dataFile, '{"something":"else"}');
    expect(() => new LocalKvs({ dataFile })).toThrow(/not a local KVS data file/);
  });
});

describe('latency', () => {
  it('delays every operation by the configured latency', async () => {
    const local = connect({ latencyMs: 60 });
    let started = performance.now();
    await kvs.set('k', 'v');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);

    local.setLatency(0);
    started = performance.now();
    await kvs.get('k');
    expect(performance.now() - started).toBeLessThan(50);
  });
});
