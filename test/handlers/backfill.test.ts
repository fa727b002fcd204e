import type { Envelope } from '../../src/contract/envelope';
import type { BackfillStatus } from '../../src/contract/backfill';
import type { Scorecard } from '../../src/contract/gadgets';
import { reportFromRecords } from '../../src/domain/report/report';
import { parseRecord, type CanonicalRecord } from '../../src/domain/records/canonical';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_DIR, startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The history import against a seeded site whose ground truth is known: the gadgets' FCR, MTTA
 * and TTV after the import equal the calculator over the seed's own ticket records.
 */
describe('history import (backfill)', () => {
  let local: Site;
  let truth: CanonicalRecord[];

  beforeAll(async () => {
    local = await startLocalSite({ months: 2 });
    truth = local.seedTruth!.tickets.map((ticket) => {
      const parsed = parseRecord(ticket);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.record;
    });
  }, 60_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const call = async <T>(
    moduleKey: string,
    key: string,
    payload: unknown,
    extension: Record<string, unknown>,
  ) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: admin(),
        accountType: 'licensed',
        localId: `${key}-${local.clock.now()}`,
        extension,
      },
      key,
      payload,
    )) as Envelope<T>;
  const backfill = (key: string, payload: unknown = {}) =>
    call<BackfillStatus>('cx-admin', key, payload, { type: 'jira:adminPage' });

  it('imports every request once, through a 429 and an interruption, and resumes where it stopped', async () => {
    // The first page meets a rate limit (retried after Retry-After), then a failure that is not
    // retried: the import stalls until the hourly catch-up resumes it from its stored cursor.
    local.site.faults.add({ pathPattern: /search\/jql/, status: 429, retryAfterSeconds: 20, times: 1 });
    local.site.faults.add({ pathPattern: /search\/jql/, status: 400, times: 1 });
    const started = await backfill('startBackfill', { months: 3 });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.data).toMatchObject({ state: 'running', done: 0 });
    const total = started.data.total;
    expect(total).toBe(local.site.listRequests({ limit: 100_000 }).length);

    for (let step = 0; step < 100; step += 1) {
      await local.clock.advance(5 * 60);
      await local.runtime.idle();
      const status = await backfill('getBackfill');
      if (status.ok && status.data.state === 'done') break;
    }
    const done = await backfill('getBackfill');
    expect(done).toMatchObject({ ok: true, data: { state: 'done', done: total, percent: 100, errors: 0 } });
    expect(local.runtime.log.countBy('retry')).toBeGreaterThanOrEqual(1);
    expect(local.runtime.log.countBy('error')).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('shows FCR, MTTA and TTV equal to the calculator over the seed’s ground truth', async () => {
    await local.clock.advance(120);
    await local.runtime.idle();
    const from = '2026-01-15';
    const to = '2026-02-14';
    const answer = await call<Scorecard>(
      'cx-scorecard',
      'getScorecard',
      {},
      {
        type: 'jira:dashboardGadget',
        gadgetConfiguration: { period: { from, to }, metrics: ['fcr', 'mtta', 'ttv', 'aht'] },
      },
    );
    if (!answer.ok) throw new Error(answer.error.message);
    const expected = reportFromRecords(truth, {
      asOf: local.clock.now(),
      from: Date.parse(`${from}T00:00:00Z`),
      to: Date.parse('2026-02-15T00:00:00Z'),
    }).metrics;
    const tile = (metric: string) => answer.data.tiles.find((t) => t.metric === metric)!;
    expect([tile('fcr').value, tile('fcr').n]).toEqual([expected.fcr.value, expected.fcr.n]);
    expect([tile('mtta').value, tile('mtta').n]).toEqual([
      expected.mtta.overall.meanSeconds,
      expected.mtta.overall.n,
    ]);
    expect([tile('ttv').value, tile('ttv').n]).toEqual([expected.ttv.meanSeconds, expected.ttv.n]);
    expect([tile('aht').value, tile('aht').n]).toEqual([expected.aht.meanSeconds, expected.aht.n]);
    expect(tile('fcr').n).toBeGreaterThan(100);
  });

  it('exports the stored records as NDJSON that cx-metrics report reads to the same figures', async () => {
    let ndjson = '';
    let cursor: string | undefined;
    do {
      const part = await backfill('exportRecords', cursor ? { cursor } : {});
      if (!part.ok) throw new Error(part.error.message);
      const data = part.data as unknown as { ndjson: string; cursor?: string };
      ndjson += data.ndjson;
      cursor = data.cursor;
    } while (cursor);
    const dir = mkdtempSync(join(tmpdir(), 'cx-export-'));
    writeFileSync(join(dir, 'records.ndjson'), ndjson);
    const from = '2026-01-15';
    const to = '2026-02-14';
    const asOf = new Date(local.clock.now()).toISOString();
    const printed = execFileSync(
      process.execPath,
      [
        join(APP_DIR, 'bin', 'cx-metrics.js'),
        'report',
        join(dir, 'records.ndjson'),
        '--from',
        `${from}T00:00:00Z`,
        '--to',
        '2026-02-15T00:00:00Z',
        '--as-of',
        asOf,
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(printed) as {
      records: { skipped: number };
      metrics: { fcr: { value: number; n: number }; mtta: { overall: { meanSeconds: number; n: number } } };
    };
    expect(report.records.skipped).toBe(0);
    const answer = await call<Scorecard>(
      'cx-scorecard',
      'getScorecard',
      {},
      {
        type: 'jira:dashboardGadget',
        gadgetConfiguration: { period: { from, to }, metrics: ['fcr', 'mtta'] },
      },
    );
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.data.tiles.map((tile) => [tile.value, tile.n])).toEqual([
      [report.metrics.fcr.value, report.metrics.fcr.n],
      [report.metrics.mtta.overall.meanSeconds, report.metrics.mtta.overall.n],
    ]);
  });

  it('refuses a second import while one is running, and months outside 1–24', async () => {
    expect(await backfill('startBackfill', { months: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await backfill('startBackfill', { months: 25 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
