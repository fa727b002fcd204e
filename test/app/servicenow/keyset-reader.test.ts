import {
  readTable,
  syncTables,
  type ReadOptions,
  type TableSpec,
  type TableWatermark,
} from '../../../src/app/servicenow';
import { glideTime, type ServiceNowInstance } from '../../../src/local/servicenow';
import { clock, seeded } from '../../local/servicenow/fixture';
import {
  clockTimer,
  connect,
  instanceHttp,
  naiveOffsetRead,
  PASSWORD_GRANT,
  RecordLedger,
} from '../../support/servicenow';

const INCIDENTS: TableSpec = { table: 'incident', fields: ['number', 'state'] };
const OPTIONS: ReadOptions = { pageSize: 20 };

function world(seed = 11) {
  const { instance, summary, time } = seeded(clock(), seed);
  const { http, paths } = instanceHttp(instance);
  const { timer, sleeps } = clockTimer(time);
  /** The incidents the service account may see (the HR group's are hidden by an ACL). */
  const visible = () => instance.rows('incident').filter((row) => row.assignment_group !== summary.hrGroup);
  return { instance, summary, time, http, paths, timer, sleeps, visible };
}

/** Runs reads until caught up, persisting the watermark with each page as a consumer would. */
async function readToEnd(
  run: (start: TableWatermark | null) => ReturnType<typeof readTable>,
  ledger: RecordLedger,
  start: TableWatermark | null = null,
) {
  let watermark = start;
  const outcomes = [];
  for (let runs = 0; runs < 20; runs++) {
    const outcome = await run(watermark);
    outcomes.push(outcome);
    watermark = outcome.watermark;
    if (outcome.done) return { watermark, outcomes };
  }
  throw new Error(`not caught up after 20 runs: ${JSON.stringify(outcomes.map((o) => o.error?.message))}`);
}

/** Changes `count` incidents a second later, the oldest-updated first (rows a reader has most likely passed). */
function touch(instance: ServiceNowInstance, time: ReturnType<typeof clock>, count: number, tag: string) {
  time.advance(1);
  const oldest = instance
    .rows('incident')
    .sort((a, b) => ((a.sys_updated_on as string) < (b.sys_updated_on as string) ? -1 : 1))
    .slice(0, count);
  for (const row of oldest) instance.update('incident', row.sys_id as string, { short_description: tag });
}

describe('keyset reader', () => {
  it('reads every visible row once, with explicit fields, through ACL-shortened pages', async () => {
    const { http, paths, timer, visible } = world();
    const { client } = connect(http, timer);
    const ledger = new RecordLedger();
    const outcome = await readTable(client, INCIDENTS, null, OPTIONS, async (rows) => ledger.take(rows));
    expect(outcome).toMatchObject({ done: true, delivered: visible().length, alreadyStored: 0 });
    expect(outcome.error).toBeUndefined();
    expect(ledger.audit(visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
    const first = new URL(paths[0] as string, 'https://x').searchParams;
    expect(Object.fromEntries(first)).toEqual({
      sysparm_query: 'ORDERBYsys_updated_on^ORDERBYsys_id',
      sysparm_fields: 'sys_id,sys_updated_on,sys_mod_count,number,state',
      sysparm_limit: '20',
      sysparm_offset: '0',
      sysparm_display_value: 'false',
      sysparm_exclude_reference_link: 'true',
    });
    const second = new URL(paths[1] as string, 'https://x').searchParams.get('sysparm_query');
    const last = outcome.watermark;
    expect(second).toMatch(
      /^sys_updated_on=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\^sys_id>[0-9a-f]{32}\^NQsys_updated_on>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\^ORDERBYsys_updated_on\^ORDERBYsys_id$/,
    );
    expect(last?.updatedOn).toBe(
      visible()
        .map((row) => row.sys_updated_on as string)
        .sort()
        .at(-1),
    );
  });

  it('never stops on a short or empty page while X-Total-Count says rows remain', async () => {
    const time = clock();
    const { instance, summary } = seeded(time);
    // Twenty hidden incidents updated last: whole pages of them come back empty.
    for (const row of instance.rows('incident').slice(0, 20)) {
      time.advance(1);
      instance.update('incident', row.sys_id as string, { assignment_group: summary.hrGroup });
    }
    time.advance(1);
    const tail = instance.insert('incident', { number: 'INC-TAIL' });
    const { http } = instanceHttp(instance);
    const { client } = connect(http, clockTimer(time).timer);
    const seen: string[] = [];
    const outcome = await readTable(client, INCIDENTS, null, { pageSize: 5 }, async (rows) => {
      seen.push(...rows.map((row) => row.number as string));
    });
    expect(outcome.done).toBe(true);
    expect(seen.at(-1)).toBe(tail.number);
  });

  it('pages through many rows updated in the same second by sys_id', async () => {
    const time = clock();
    const { instance } = seeded(time);
    time.advance(3600);
    const ids = Array.from(
      { length: 30 },
      (_, n) => instance.insert('incident', { number: `INC-BULK-${n}` }).sys_id,
    );
    const { http } = instanceHttp(instance);
    const { client } = connect(http, clockTimer(time).timer);
    const ledger = new RecordLedger();
    const since = glideTime(time.now());
    const outcome = await readTable(client, INCIDENTS, null, { pageSize: 7, since }, async (rows) =>
      ledger.take(rows),
    );
    expect(outcome).toMatchObject({ done: true, delivered: 30, requests: 6 });
    expect([...ledger.stored.keys()].sort()).toEqual([...ids].sort());
  });

  it('neither misses nor repeats records changed between its pages; a naive offset reader does both', async () => {
    const keyset = world();
    const ledger = new RecordLedger();
    keyset.instance.faults.afterPage((page) => {
      if (page.rows > 0 && page.count <= 8) touch(keyset.instance, keyset.time, 3, `keyset ${page.count}`);
    });
    const { client } = connect(keyset.http, keyset.timer);
    const outcome = await readTable(client, INCIDENTS, null, OPTIONS, async (rows) => ledger.take(rows));
    expect(outcome.done).toBe(true);
    expect(ledger.audit(keyset.visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });

    const naive = world();
    const delivered = new Map<string, number>();
    naive.instance.faults.afterPage((page) => {
      if (page.rows > 0 && page.count <= 8) touch(naive.instance, naive.time, 3, `naive ${page.count}`);
    });
    await naiveOffsetRead(
      connect(naive.http, naive.timer).client,
      'incident',
      '2000-01-01 00:00:00',
      20,
      (rows) => {
        for (const row of rows)
          delivered.set(row.sys_id as string, (delivered.get(row.sys_id as string) ?? 0) + 1);
      },
    );
    const missed = naive.visible().filter((row) => !delivered.has(row.sys_id as string)).length;
    const doubled = [...delivered.values()].filter((count) => count > 1).length;
    // Each change to a row already read shifts the rows after it back by one: one row is skipped.
    expect(missed).toBeGreaterThan(0);
    expect(doubled).toBeGreaterThan(0);
  });

  it('resumes after the instance fails mid-read and ends with every record exactly once', async () => {
    const { instance, http, timer, visible } = world();
    instance.faults.afterPage((page) => {
      if (page.count === 3) instance.faults.add({ status: 500, times: 4 });
    });
    const ledger = new RecordLedger();
    const { client } = connect(http, timer);
    const { outcomes } = await readToEnd(
      (start) => readTable(client, INCIDENTS, start, OPTIONS, async (rows) => ledger.take(rows)),
      ledger,
    );
    expect(outcomes.map((o) => o.error?.code)).toEqual(['UNAVAILABLE', undefined]);
    // three pages of 20, less the rows an ACL hides from the service account
    expect(outcomes[0]?.delivered).toBeGreaterThan(40);
    expect(outcomes[0]?.delivered).toBeLessThanOrEqual(60);
    expect(ledger.audit(visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
    // the resumed run re-read the overlap window and stored nothing twice
    expect(outcomes[1]?.alreadyStored).toBeGreaterThan(0);
  });

  it('waits out a short 429 storm, and resumes after one that outlasts its retries', async () => {
    const short = world();
    short.instance.faults.afterPage((page) => {
      if (page.count === 2) short.instance.faults.storm(short.time.now(), 10, 5);
    });
    const ledger = new RecordLedger();
    const quick = await readTable(
      connect(short.http, short.timer).client,
      INCIDENTS,
      null,
      OPTIONS,
      async (rows) => ledger.take(rows),
    );
    expect([quick.done, quick.error, short.sleeps]).toEqual([true, undefined, [5000, 5000]]);
    expect(ledger.audit(short.visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });

    const long = world();
    long.instance.faults.afterPage((page) => {
      if (page.count === 2) long.instance.faults.storm(long.time.now(), 600, 30);
    });
    const stormLedger = new RecordLedger();
    const { client } = connect(long.http, long.timer);
    const first = await readTable(client, INCIDENTS, null, OPTIONS, async (rows) => stormLedger.take(rows));
    expect([first.done, first.error?.code, first.error?.retryAfterSeconds]).toEqual([
      false,
      'RATE_LIMITED',
      30,
    ]);
    long.time.advance(600);
    const resumed = await readTable(client, INCIDENTS, first.watermark, OPTIONS, async (rows) =>
      stormLedger.take(rows),
    );
    expect(resumed.done).toBe(true);
    expect(stormLedger.audit(long.visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
  });

  it('renews an OAuth token that expires mid-read without losing its place', async () => {
    const { instance, http, timer, visible } = world();
    instance.faults.afterPage((page) => {
      if (page.count === 4) instance.auth.expireAccessTokens();
    });
    const ledger = new RecordLedger();
    const { client, authorizer } = connect(http, timer, PASSWORD_GRANT);
    const outcome = await readTable(client, INCIDENTS, null, OPTIONS, async (rows) => ledger.take(rows));
    expect([outcome.done, outcome.error, authorizer.tokenRequests]).toEqual([true, undefined, 2]);
    expect(ledger.audit(visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
  });

  it('resumes from the last stored page when the consumer dies mid-page', async () => {
    const { http, timer, visible } = world();
    const ledger = new RecordLedger();
    let persisted: TableWatermark | null = null;
    let pages = 0;
    const { client } = connect(http, timer);
    const store = async (rows: Parameters<RecordLedger['take']>[0], watermark: TableWatermark) => {
      pages += 1;
      if (pages === 4) throw new Error('consumer killed');
      ledger.take(rows);
      persisted = watermark;
    };
    await expect(readTable(client, INCIDENTS, null, OPTIONS, store)).rejects.toThrow('consumer killed');
    const storedBeforeCrash = ledger.stored.size;
    expect(storedBeforeCrash).toBeGreaterThan(40);
    expect(storedBeforeCrash).toBeLessThanOrEqual(60);
    const resumed = await readTable(client, INCIDENTS, persisted, OPTIONS, store);
    expect(resumed.done).toBe(true);
    expect(ledger.audit(visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
  });

  it('finds a row committed late with an older sys_updated_on on the next run, and only what changed', async () => {
    const { instance, time, http, timer, visible } = world();
    const { client } = connect(http, timer);
    const ledger = new RecordLedger();
    const first = await readTable(client, INCIDENTS, null, OPTIONS, async (rows) => ledger.take(rows));
    const mark = first.watermark as TableWatermark;
    // A second update within the watermark's own second (same sys_updated_on, one more sys_mod_count),
    // and a long transaction's commit stamped 2 minutes before the watermark.
    const markTime = new Date(Date.parse(`${mark.updatedOn.replace(' ', 'T')}Z`));
    instance.store.update('incident', mark.sysId, { short_description: 'again' }, markTime);
    const late = instance.insert('incident', {
      number: 'INC-LATE',
      sys_updated_on: glideTime(new Date(markTime.getTime() - 120_000)),
    });
    time.advance(60);
    const second = await readTable(client, INCIDENTS, mark, OPTIONS, async (rows) => ledger.take(rows));
    expect([second.done, second.delivered]).toEqual([true, 2]);
    expect(ledger.stored.has(late.sys_id as string)).toBe(true);
    expect(ledger.audit(visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
    // A third run finds nothing new: the overlap window is re-read and every version is known.
    const third = await readTable(client, INCIDENTS, second.watermark, OPTIONS, async (rows) =>
      ledger.take(rows),
    );
    expect([third.done, third.delivered, third.alreadyStored]).toEqual([true, 0, 2]);
  });

  it('stops after its request budget, not done, and the next invocation carries on', async () => {
    const { http, timer, visible } = world();
    const { client } = connect(http, timer);
    const ledger = new RecordLedger();
    const { outcomes } = await readToEnd(
      (start) =>
        readTable(client, INCIDENTS, start, { ...OPTIONS, maxRequests: 3 }, async (rows) =>
          ledger.take(rows),
        ),
      ledger,
    );
    expect(outcomes.length).toBeGreaterThan(2);
    expect(outcomes.slice(0, -1).every((o) => !o.done && o.requests === 3 && o.error === undefined)).toBe(
      true,
    );
    expect(ledger.audit(visible())).toEqual({ missing: 0, stale: 0, repeatedVersions: 0 });
  });

  it('starts a first read at `since` (the last N months)', async () => {
    const { http, timer, visible, time } = world();
    const since = glideTime(new Date(time.now().getTime() - 7 * 86_400_000));
    const ledger = new RecordLedger();
    const outcome = await readTable(
      connect(http, timer).client,
      INCIDENTS,
      null,
      { ...OPTIONS, since },
      async (rows) => ledger.take(rows),
    );
    const expected = visible().filter((row) => (row.sys_updated_on as string) >= since);
    expect(outcome.delivered).toBe(expected.length);
    expect(expected.length).toBeLessThan(visible().length);
  });
});

describe('table sync', () => {
  it('reports a table without access or missing, and reads the others', async () => {
    const { instance, http, timer } = world();
    instance.access.tableRoles.sc_req_item = ['catalog_admin'];
    const outcomes = await syncTables(
      connect(http, timer).client,
      [
        { spec: INCIDENTS, watermark: null },
        { spec: { table: 'sc_req_item', fields: ['number'] }, watermark: null },
        { spec: { table: 'u_cx_survey', fields: [] }, watermark: null },
        { spec: { table: 'task_sla', fields: ['task', 'stage'] }, watermark: null },
      ],
      { pageSize: 200 },
      async () => undefined,
    );
    expect(outcomes.map((o) => [o.table, o.done, o.error?.code ?? null])).toEqual([
      ['incident', true, null],
      ['sc_req_item', false, 'NO_ACCESS'],
      ['u_cx_survey', false, 'NOT_FOUND'],
      ['task_sla', true, null],
    ]);
  });

  it('stops at a refused sign-in, reporting it for every table', async () => {
    const { http, timer } = world();
    const client = connect(http, timer, { kind: 'basic', userName: 'cx.metrics', password: 'wrong' }).client;
    const outcomes = await syncTables(
      client,
      [
        { spec: INCIDENTS, watermark: null },
        { spec: { table: 'task_sla', fields: [] }, watermark: null },
      ],
      OPTIONS,
      async () => undefined,
    );
    expect(outcomes.map((o) => [o.table, o.error?.code, o.requests])).toEqual([
      ['incident', 'AUTH', 1],
      ['task_sla', 'AUTH', 0],
    ]);
    expect(client.calls).toBe(1);
  });
});
