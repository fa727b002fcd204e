/**
 * The store keeps each space's keys in order so a prefix query reads only its page. These tests hold
 * the index to the answers of the plain approach it replaced: take every live key, filter, sort, page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { kvs, WhereConditions } from '@forge/kvs';
import { encodeCursor, paginate } from '../../../src/local/kvs/cursor';
import { ExpiryQueue } from '../../../src/local/kvs/expiry';
import { queryKeys, type QueryRequest } from '../../../src/local/kvs/query';
import { SortedKeys } from '../../../src/local/kvs/sorted-keys';
import { Meter } from '../../../src/local/kvs/stats';
import { itemBytes, KVS_SPACE, Store, toWireItem } from '../../../src/local/kvs/store';
import { connect } from './harness';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A small alphabet, so keys share prefixes, repeat, and are prefixes of one another. */
const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ':'), minLength: 1, maxLength: 5 });
const prefix = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ':'), maxLength: 3 });

/** A seeded generator, for tests too large to shrink usefully. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('SortedKeys', () => {
  const expectedFrom = (model: Set<string>, start: string, exclusive: boolean) =>
    [...model].filter((k) => (exclusive ? k > start : k >= start)).sort(byCodeUnit);

  it('lists the same keys as sorting a set, whatever the adds and deletes before', () => {
    const operation = fc.oneof(
      fc.record({ op: fc.constant('add' as const), key }),
      fc.record({ op: fc.constant('delete' as const), key }),
      fc.record({ op: fc.constant('from' as const), key: prefix, exclusive: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (operations) => {
        const index = new SortedKeys();
        const model = new Set<string>();
        for (const step of operations) {
          if (step.op === 'add') {
            // The store adds only keys it does not hold.
            if (!model.has(step.key)) index.add(step.key);
            model.add(step.key);
          } else if (step.op === 'delete') {
            expect(index.delete(step.key)).toBe(model.delete(step.key));
          } else {
            expect([...index.from(step.key, step.exclusive)]).toEqual(
              expectedFrom(model, step.key, step.exclusive),
            );
          }
          expect(index.size).toBe(model.size);
        }
        expect([...index.from('')]).toEqual(expectedFrom(model, '', false));
      }),
    );
  });

  it('stays in order through chunk splits, bulk merges and one-by-one placing', () => {
    const next = random(7);
    const pick = () => `k:${Math.floor(next() * 50_000)}`;
    const index = new SortedKeys();
    const model = new Set<string>();
    const add = (k: string) => {
      if (!model.has(k)) index.add(k);
      model.add(k);
    };
    // A bulk load, merged on the first read.
    for (let i = 0; i < 20_000; i += 1) add(pick());
    expect([...index.from('')]).toEqual(expectedFrom(model, '', false));
    // Then a few at a time between reads, placed one by one, with deletes mixed in.
    for (let round = 0; round < 200; round += 1) {
      for (let i = 0; i < 20; i += 1) add(pick());
      for (let i = 0; i < 10; i += 1) {
        const k = pick();
        expect(index.delete(k)).toBe(model.delete(k));
      }
      const start = pick();
      expect([...index.from(start, round % 2 === 0)].slice(0, 50)).toEqual(
        expectedFrom(model, start, round % 2 === 0).slice(0, 50),
      );
    }
    expect([...index.from('')]).toEqual(expectedFrom(model, '', false));

    // Emptying whole chunks, at the start, in the middle and at the end.
    const sorted = expectedFrom(model, '', false);
    const doomed = [...sorted.slice(0, 1_500), ...sorted.slice(5_000, 7_000), ...sorted.slice(-1_500)];
    for (const k of doomed) expect(index.delete(k)).toBe(model.delete(k));
    for (const start of ['', ...doomed.filter((_, i) => i % 100 === 0)]) {
      expect([...index.from(start, true)].slice(0, 20)).toEqual(
        expectedFrom(model, start, true).slice(0, 20),
      );
    }
    expect([...index.from('')]).toEqual(expectedFrom(model, '', false));
    for (const k of [...model]) index.delete(k);
    expect([...index.from('')]).toEqual([]);
    index.add('again');
    expect([...index.from('')]).toEqual(['again']);
  });
});

describe('ExpiryQueue', () => {
  it('hands out due entries earliest first, before and after dropping some', () => {
    const times = fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 60 });
    fc.assert(
      fc.property(times, times, fc.integer({ min: 0, max: 100 }), (first, second, now) => {
        const queue = new ExpiryQueue<{ at: number; id: number }>();
        const all = [...first, ...second].map((at, id) => ({ at, id }));
        all.slice(0, first.length).forEach((entry) => queue.push(entry));
        queue.retain((entry) => entry.id % 3 !== 0);
        all.slice(first.length).forEach((entry) => queue.push(entry));
        const kept = all.filter((entry) => entry.id >= first.length || entry.id % 3 !== 0);
        expect(queue.size).toBe(kept.length);

        const due: number[] = [];
        for (let entry = queue.popDue(now); entry; entry = queue.popDue(now)) due.push(entry.at);
        expect(due).toEqual(
          kept
            .map((entry) => entry.at)
            .filter((at) => at <= now)
            .sort((a, b) => a - b),
        );
        expect(queue.size).toBe(kept.filter((entry) => entry.at > now).length);
      }),
    );
  });
});

/** What the store held, modelled the plain way. */
interface Modelled {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt?: number;
}

describe('key queries against a brute-force sort', () => {
  const operation = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('write' as const),
        key,
        value: fc.oneof(fc.integer(), fc.string({ maxLength: 30 })),
        ttlMs: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), key }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 30 }) }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('query' as const),
        prefix,
        limit: fc.integer({ min: 1, max: 6 }),
        // Resume from the previous query's cursor (across whatever happened since), from the prefix
        // itself, from any key, or not at all.
        from: fc.oneof(
          fc.constant('none' as const),
          fc.constant('previous' as const),
          fc.constant('prefix' as const),
          key,
        ),
      }),
    },
  );

  it('returns the same page, cursor, metering and totals as filtering and sorting every live key', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 120 }), (operations) => {
        let now = 1_000;
        const store = new Store(() => now);
        const meter = new Meter();
        const model = new Map<string, Modelled>();
        const live = () =>
          [...model].filter(([, item]) => item.expiresAt === undefined || item.expiresAt > now);
        let previousCursor: string | undefined;

        for (const step of operations) {
          if (step.op === 'write') {
            const before = live().find(([k]) => k === step.key)?.[1];
            store.write(KVS_SPACE, step.key, step.value, step.ttlMs);
            model.set(step.key, {
              value: step.value,
              createdAt: before?.createdAt ?? now,
              updatedAt: now,
              ...(step.ttlMs === undefined ? {} : { expiresAt: now + step.ttlMs }),
            });
          } else if (step.op === 'remove') {
            const wasLive = live().some(([k]) => k === step.key);
            expect(store.remove(KVS_SPACE, step.key) !== undefined).toBe(wasLive);
            model.delete(step.key);
          } else if (step.op === 'tick') {
            now += step.ms;
          } else {
            const after =
              step.from === 'none'
                ? undefined
                : step.from === 'previous'
                  ? previousCursor
                  : encodeCursor({ k: step.from === 'prefix' ? step.prefix : step.from });
            const request: QueryRequest = {
              limit: step.limit,
              ...(after === undefined ? {} : { after }),
              where: [{ property: 'key', condition: 'BEGINS_WITH', values: [step.prefix] }],
            };

            const sorted = live()
              .filter(([k]) => k.startsWith(step.prefix))
              .sort(([a], [b]) => byCodeUnit(a, b));
            const expected = paginate(
              sorted,
              step.limit,
              after,
              ([k], at) => k > at.k,
              ([k]) => ({ k }),
            );
            const expectedMeter = new Meter();
            expectedMeter.query(expected.page.map(([k, item]) => itemBytes(k, item.value)));

            meter.reset();
            const answer = queryKeys(store, meter, request);
            expect(answer).toEqual({
              data: expected.page.map(([k, item]) => toWireItem(k, item)),
              ...(expected.nextCursor === undefined ? {} : { cursor: expected.nextCursor }),
            });
            expect(meter.snapshot()).toEqual(expectedMeter.snapshot());
            previousCursor = answer.cursor ?? previousCursor;
          }
          expect(store.totals()).toEqual({
            keys: live().length,
            bytes: live().reduce((sum, [k, item]) => sum + itemBytes(k, item.value), 0),
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the brute-force answer on thousands of random keys, paged to the end', () => {
    const next = random(11);
    const store = new Store(() => 0);
    const keys = new Set<string>();
    for (let i = 0; i < 5_000; i += 1) {
      const k = `${'abc'[Math.floor(next() * 3)]}:${Math.floor(next() * 100_000)}`;
      keys.add(k);
      store.write(KVS_SPACE, k, k.length);
    }
    for (const p of ['', 'a', 'b:', 'c:1', 'c:99']) {
      const expected = [...keys].filter((k) => k.startsWith(p)).sort(byCodeUnit);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = queryKeys(store, new Meter(), {
          limit: 100,
          ...(cursor === undefined ? {} : { after: cursor }),
          where: [{ property: 'key', condition: 'BEGINS_WITH', values: [p] }],
        });
        seen.push(...page.data.map((item) => item.key));
        cursor = page.cursor;
      } while (cursor !== undefined);
      expect(seen).toEqual(expected);
    }
  });
});

describe('key queries through the SDK, with the index', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'local-kvs-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const page = (p: string, limit: number, cursor?: string) => {
    const query = kvs.query().where('key', WhereConditions.beginsWith(p)).limit(limit);
    return (cursor ? query.cursor(cursor) : query).getMany();
  };

  it('pages past a key that equals the prefix itself', async () => {
    connect();
    for (const k of ['ab', 'a', 'b', 'a:1']) await kvs.set(k, k);
    const first = await page('a', 1);
    expect(first.results.map((r) => r.key)).toEqual(['a']);
    const second = await page('a', 1, first.nextCursor);
    expect(second.results.map((r) => r.key)).toEqual(['a:1']);
    const third = await page('a', 5, second.nextCursor);
    expect(third.results.map((r) => r.key)).toEqual(['ab']);
    expect(third.nextCursor).toBeUndefined();
  });

  it('keeps its place when keys are added and deleted between pages, on either side of the cursor', async () => {
    connect();
    for (const k of ['p:b', 'p:d', 'p:f', 'p:h', 'q:a']) await kvs.set(k, k);
    const first = await page('p:', 2);
    expect(first.results.map((r) => r.key)).toEqual(['p:b', 'p:d']);

    await kvs.set('p:a', 'before the cursor');
    await kvs.set('p:c', 'before the cursor');
    await kvs.set('p:e', 'after the cursor');
    await kvs.delete('p:d'); // the cursor's own key
    await kvs.delete('p:f');
    const second = await page('p:', 2, first.nextCursor);
    expect(second.results.map((r) => r.key)).toEqual(['p:e', 'p:h']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('skips items that expire inside a page, and gives no cursor when only expired items follow', async () => {
    let now = 0;
    const local = connect({ now: () => now });
    await kvs.set('t:1', 1);
    await kvs.set('t:2', 2, { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('t:3', 3);
    await kvs.set('t:4', 4, { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('t:5', 5, { ttl: { value: 1, unit: 'SECONDS' } });
    expect((await page('t:', 10)).results.map((r) => r.key)).toEqual(['t:1', 't:2', 't:3', 't:4', 't:5']);

    now = 1_000;
    local.resetStats();
    const first = await page('t:', 2);
    expect(first.results.map((r) => r.key)).toEqual(['t:1', 't:3']);
    // Only expired keys lie beyond the page, so there is no next page.
    expect(first.nextCursor).toBeUndefined();
    expect(local.stats()).toMatchObject({ reads: 2, readUnits: 2, keysStored: 2, bytesStored: 8 });
    expect(await kvs.get('t:4')).toBeUndefined();
  });

  it('keeps stored bytes exact through overwrites, deletes, expiry and a reload', async () => {
    let now = 0;
    const dataFile = join(dir, 'kvs.json');
    const local = connect({ now: () => now, dataFile });
    await kvs.set('a', 'xx'); // 1 + 4
    await kvs.set('a', 'xxxx'); // overwritten: 1 + 6
    await kvs.set('bb', { n: 1 }, { ttl: { value: 5, unit: 'SECONDS' } }); // 2 + 7
    await kvs.set('cc', 1, { ttl: { value: 5, unit: 'SECONDS' } });
    await kvs.set('cc', 22); // the rewrite drops the TTL: 2 + 2
    await kvs.setSecret('s', 'v'); // 1 + 3
    expect(local.stats()).toMatchObject({ keysStored: 4, bytesStored: 7 + 9 + 4 + 4 });
    await kvs.delete('a');
    expect(local.stats()).toMatchObject({ keysStored: 3, bytesStored: 9 + 4 + 4 });
    await local.flush();

    // Reloaded with "bb" still in the file, the totals count it until it expires, then drop it.
    now = 4_999;
    const reloaded = connect({ now: () => now, dataFile });
    expect(reloaded.stats()).toMatchObject({ keysStored: 3, bytesStored: 9 + 4 + 4 });
    expect((await kvs.query().getMany()).results.map((r) => r.key)).toEqual(['bb', 'cc']);
    now = 5_000;
    expect(reloaded.stats()).toMatchObject({ keysStored: 2, bytesStored: 4 + 4 });
    expect((await kvs.query().getMany()).results.map((r) => r.key)).toEqual(['cc']);
    await kvs.set('ca', 1);
    expect((await kvs.query().where('key', WhereConditions.beginsWith('c')).getMany()).results).toEqual([
      { key: 'ca', value: 1 },
      { key: 'cc', value: 22 },
    ]);
  });
});
