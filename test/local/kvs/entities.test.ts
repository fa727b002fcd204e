import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { EntityDefinition } from '../../../src/local/kvs';
import { connect, kvsError } from './harness';

interface Response {
  desk: string;
  day: string;
  score: number;
  comment?: string;
}

const ENTITIES: EntityDefinition[] = [
  {
    name: 'response',
    attributes: {
      desk: { type: 'string' },
      day: { type: 'string' },
      score: { type: 'integer' },
      comment: { type: 'string' },
    },
    indexes: ['day', { name: 'by-desk-day', partition: ['desk'], range: ['day'] }],
  },
];

const responses = () => kvs.entity<Response>('response');

async function seed(): Promise<void> {
  const rows: Array<[string, Response]> = [
    ['r1', { desk: 'SD', day: '2025-01-03', score: 5 }],
    ['r2', { desk: 'SD', day: '2025-01-01', score: 2, comment: 'slow' }],
    ['r3', { desk: 'HR', day: '2025-01-02', score: 4 }],
    ['r4', { desk: 'SD', day: '2025-02-01', score: 4 }],
    ['r5', { desk: 'SD', day: '2025-01-02', score: 3 }],
  ];
  for (const [key, value] of rows) await responses().set(key, value);
}

describe('custom entities through the real SDK', () => {
  it('sets, gets and deletes an entity apart from plain keys', async () => {
    connect({ entities: ENTITIES });
    await responses().set('r1', { desk: 'SD', day: '2025-01-01', score: 5 });
    expect(await responses().get('r1')).toEqual({ desk: 'SD', day: '2025-01-01', score: 5 });
    expect(await kvs.get('r1')).toBeUndefined();
    await responses().delete('r1');
    expect(await responses().get('r1')).toBeUndefined();
  });

  it('refuses an entity the manifest does not declare', async () => {
    const local = connect({ entities: ENTITIES });
    const error = await kvsError(kvs.entity('unknown').set('k', { a: 1 }));
    expect(error.code).toBe('INVALID_ENTITY_TYPE');
    expect(local.stats().keysStored).toBe(0);
  });

  it('refuses a value whose attribute has the wrong type', async () => {
    const local = connect({ entities: ENTITIES });
    const error = await kvsError(
      kvs.entity('response').set('r1', { desk: 'SD', day: '2025-01-01', score: 4.5 }),
    );
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(local.stats().keysStored).toBe(0);
  });

  it('queries a partitioned index in range order, with a range condition and filters', async () => {
    connect({ entities: ENTITIES });
    await seed();
    const january = await responses()
      .query()
      .index('by-desk-day', { partition: ['SD'] })
      .where(WhereConditions.beginsWith('2025-01'))
      .getMany();
    expect(january.results.map((r) => r.key)).toEqual(['r2', 'r5', 'r1']);

    const satisfied = await responses()
      .query()
      .index('by-desk-day', { partition: ['SD'] })
      .filters(new Filter<Response>().and('score', FilterConditions.greaterThanEqualTo(4)))
      .sort(Sort.DESC)
      .getMany();
    expect(satisfied.results.map((r) => r.key)).toEqual(['r4', 'r1']);

    const commentedOrLow = await responses()
      .query()
      .index('day')
      .filters(
        new Filter<Response>()
          .or('comment', FilterConditions.exists())
          .or('score', FilterConditions.lessThan(4)),
      )
      .getMany();
    expect(commentedOrLow.results.map((r) => r.key)).toEqual(['r2', 'r5']);
  });

  it('pages an index with a cursor, each item once', async () => {
    connect({ entities: ENTITIES });
    await seed();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = responses()
        .query()
        .index('day')
        .where(WhereConditions.between('2025-01-01', '2025-12-31'))
        .limit(2);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      seen.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    // r3 and r5 share a day; the key breaks the tie.
    expect(seen).toEqual(['r2', 'r3', 'r5', 'r1', 'r4']);
  });

  it('rejects a page limit of 101, an undeclared index and a missing partition', async () => {
    connect({ entities: ENTITIES });
    const limit = await kvsError(responses().query().index('day').limit(101).getMany());
    expect(limit.code).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    expect(limit.message).toBe('The page limit must be set between 1 and 100.');

    expect((await kvsError(responses().query().index('by-score').getMany())).code).toBe(
      'INVALID_ENTITY_INDEX',
    );
    expect((await kvsError(responses().query().index('by-desk-day').getMany())).code).toBe('BAD_REQUEST');
  });

  it('rejects filters that mix "and" with "or" or have too few values', async () => {
    const local = connect({ entities: ENTITIES });
    const post = (body: object) =>
      local
        .fetch('/api/v1/entity/query', {
          method: 'POST',
          body: JSON.stringify({ entityName: 'response', indexName: 'day', ...body }),
        })
        .then((r) => r.json());
    const clause = { property: 'score', condition: 'EQUAL_TO', values: [1] };
    expect(await post({ filters: { and: [clause], or: [clause] } })).toMatchObject({
      code: 'INVALID_FILTER_OPERATORS_COMBINATION',
    });
    expect(await post({ filters: { and: [] } })).toMatchObject({ code: 'EMPTY_FILTER_OPERATOR' });
    expect(await post({ range: { condition: 'BETWEEN', values: ['a'] } })).toMatchObject({
      code: 'INSUFFICIENT_FILTER_VALUES',
    });
  });
});
