import { kvs, WhereConditions } from '@forge/kvs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GadgetConfiguration, Scorecard } from '../../src/contract/gadgets';
import type { Envelope } from '../../src/contract/envelope';
import type { IngestStatus, NewIngestSecret } from '../../src/contract/ingest';
import { KvsAggregateStore } from '../../src/adapters/forge/kvs-aggregate-store';
import { KvsIngestSecrets } from '../../src/adapters/forge/kvs-ingest-secret';
import { keys } from '../../src/adapters/forge/keys';
import { INGEST_PROJECT } from '../../src/domain/ingest/ingest-facts';
import { INGEST_LIMITS } from '../../src/domain/ingest/ingest-limits';
import { computeMetrics } from '../../src/domain/report/metrics';
import { DEFAULT_SETTINGS } from '../../src/domain/metrics/settings';
import { APP_DIR, startLocalSite } from '../support/local-site';
import { exportedRecords } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The ingest endpoint end to end on the local runtime: the static web trigger, its secret, the
 * facts and day aggregates its records land in, and every refusal storing nothing.
 */
describe('the ingest endpoint', () => {
  let local: Site;
  let secret: string;
  let id: string;

  beforeEach(async () => {
    local = await startLocalSite();
    secret = (await new KvsIngestSecrets().rotate()).secret;
    id = new URL(local.runtime.webTriggers.urlOf('records-ingest')!).pathname.split('/')[2]!;
  });
  afterEach(() => local.close());

  const send = (body: string, headers: Record<string, string[]> = {}, method = 'POST') =>
    local.runtime.invokeWebTrigger(id, {
      method,
      path: `/x1/${id}`,
      userPath: '',
      headers: {
        authorization: [`Bearer ${secret}`],
        'content-type': ['application/x-ndjson'],
        ...headers,
      },
      queryParameters: {},
      body,
    });
  const ndjson = (records: unknown[]) => records.map((record) => JSON.stringify(record)).join('\n');
  const sample = (minute: number, up: boolean, responseMs: number | null, extra: object = {}) => ({
    type: 'availability',
    service: 'Email',
    at: `2026-03-02T08:${String(minute).padStart(2, '0')}:00Z`,
    up,
    responseMs,
    thresholdMs: 2000,
    ...extra,
  });
  const storedKeys = async (prefix: string) =>
    (await kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100).getMany()).results.map(
      (result) => result.key,
    );
  const factKeys = () => storedKeys(`fact:${INGEST_PROJECT}:`);
  const markerKeys = () => storedKeys(`agg:dirty:${INGEST_PROJECT}:`);
  const statusOf = async (body: string, headers?: Record<string, string[]>) => {
    const answer = await send(body, headers);
    return { status: answer.status, body: JSON.parse(answer.body) as { status: string; message: string } };
  };

  it('stores each record as a fact of its day, marks the day once, and the day aggregate holds the figures', async () => {
    const customer = local.site.users().find((user) => user.accountType === 'customer')!;
    const answer = await statusOf(
      ndjson([
        sample(0, true, 300),
        sample(1, true, 2500),
        sample(2, false, null),
        sample(3, true, 900, { id: 'probe-3' }),
        {
          type: 'selfservice',
          user: customer.emailAddress,
          startedAt: '2026-03-02T08:10:00Z',
          completed: false,
        },
      ]),
    );
    expect(answer).toEqual({ status: 200, body: { status: 'accepted', message: 'Every record is stored.' } });
    expect(await factKeys()).toHaveLength(5);
    expect(await markerKeys()).toHaveLength(1);
    const facts = await new KvsAggregateStore().factsOfDay(INGEST_PROJECT, '2026-03-02');
    const session = facts.flatMap((fact) => fact.records).find((record) => record.type === 'selfservice');
    // The email is resolved to the account: no email is stored.
    expect(session).toEqual({
      type: 'selfservice',
      user: customer.accountId,
      startedAt: '2026-03-02T08:10:00.000Z',
      completed: false,
    });

    await local.clock.advance(60);
    await local.runtime.idle();
    const [day] = await new KvsAggregateStore().read(
      [{ projectKey: INGEST_PROJECT, period: '2026-03-02' }],
      'totals',
    );
    const metrics = computeMetrics(Object.values(day!.types)[0]!.total, {
      asOf: Date.parse('2026-03-02T10:00:00Z'),
      settings: DEFAULT_SETTINGS,
    });
    expect(metrics.availability).toEqual({ Email: { technical: 75, effective: 50, gap: 25, n: 4 } });
    expect(metrics.selfService).toEqual({ value: 0, n: 1, abandonmentRate: 100, pending: 0 });
  });

  it('recognises a resend, by the sender id or by content, and stores it once', async () => {
    await send(ndjson([sample(0, true, 300), sample(1, true, 400, { id: 'a-1' })]));
    const again = await statusOf(
      ndjson([sample(0, true, 300), sample(1, true, 999, { id: 'a-1' }), sample(2, true, 500)]),
    );
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('accepted');
    expect(again.body.message).toMatch(/sent before/);
    expect(await factKeys()).toHaveLength(3);
  });

  it('puts availability and self-service on the scorecard and in the Experience Index, as cx-metrics report does over the export', async () => {
    const customers = local.site.users().filter((user) => user.accountType === 'customer');
    const probes = (service: string, day: string, slowEvery: number, downEvery: number) =>
      Array.from({ length: 48 }, (_, i) => ({
        type: 'availability',
        service,
        at: `${day}T${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}:00Z`,
        up: i % downEvery !== 0,
        responseMs: i % slowEvery === 0 ? 4200 : 380,
        thresholdMs: 2000,
      }));
    const sessions = customers.slice(0, 7).map((customer, i) => ({
      type: 'selfservice',
      user: customer.accountId,
      startedAt: `2026-02-27T1${i}:00:00Z`,
      completed: i % 3 !== 0,
    }));
    const body = ndjson([
      ...probes('Email', '2026-02-27', 6, 16),
      ...probes('Portal', '2026-02-28', 12, 48),
      ...sessions,
    ]);
    expect((await send(body)).status).toBe(200);
    await local.clock.advance(60);
    await local.runtime.idle();

    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const config: Partial<GadgetConfiguration> = {
      period: { from: '2026-02-27', to: '2026-02-28' },
      timeZone: 'UTC',
      metrics: ['availability', 'selfService', 'experienceIndex'],
    };
    const card = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: admin,
        accountType: 'licensed',
        localId: 'card',
        extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
    if (!card.ok) throw new Error(card.error.message);
    const [availability, selfService, index] = card.data.tiles;
    // Email: 48 probes, 3 down (0, 16, 32): 45 up; 8 slow (every 6th), 7 of them up: 38 effective.
    // Portal: 1 down (0): 47 up; 4 slow (every 12th), 3 of them up: 44 effective.
    expect(availability).toMatchObject({ n: 96 });
    expect(availability!.detail).toBe(
      'Email: 79.2 % effective, 93.8 % technical (gap 14.6 %); Portal: 91.7 % effective, 97.9 % technical (gap 6.3 %)',
    );
    expect(selfService).toMatchObject({ value: (100 * 4) / 7, n: 7, detail: '43 % abandoned' });
    expect(index!.components!.map((component) => component.name)).toEqual(
      expect.arrayContaining(['Availability as users see it', 'Self-service success']),
    );

    const records = await exportedRecords(local, admin);
    const file = join(mkdtempSync(join(tmpdir(), 'cx-ingest-export-')), 'records.ndjson');
    writeFileSync(file, records);
    const report = JSON.parse(
      execFileSync(
        process.execPath,
        [
          join(APP_DIR, 'bin', 'cx-metrics.js'),
          'report',
          file,
          '--format',
          'json',
          '--from',
          '2026-02-27T00:00:00Z',
          '--to',
          '2026-03-01T00:00:00Z',
          '--as-of',
          new Date(local.clock.now()).toISOString(),
        ],
        { encoding: 'utf8' },
      ),
    ) as {
      metrics: {
        availability: Record<string, { technical: number; effective: number; gap: number; n: number }>;
        selfService: { value: number; n: number; abandonmentRate: number; pending: number };
      };
    };
    const services = Object.values(report.metrics.availability);
    expect(availability!.value).toBeCloseTo(
      services.reduce((sum, r) => sum + r.effective, 0) / services.length,
      10,
    );
    expect(availability!.n).toBe(services.reduce((sum, r) => sum + r.n, 0));
    expect([selfService!.value, selfService!.n]).toEqual([
      report.metrics.selfService.value,
      report.metrics.selfService.n,
    ]);
  });

  it('fails a "found what I needed" session when its customer raises a request within 24 hours, in the gadgets and in cx-metrics report', async () => {
    const [helped, raised] = local.site.users().filter((user) => user.accountType === 'customer');
    const session = (user: string) => ({
      type: 'selfservice',
      user,
      startedAt: '2026-03-02T08:00:00Z',
      completed: true,
    });
    expect((await send(ndjson([session(helped!.accountId), session(raised!.emailAddress)]))).status).toBe(
      200,
    );
    // The second customer raises a request half an hour later: the app sees its creation.
    const created: { eventType: string } & Record<string, unknown> = {
      eventType: 'avi:jira:created:issue',
      timestamp: Date.parse('2026-03-02T08:30:00Z'),
      issue: {
        id: '990001',
        key: 'SD-99001',
        fields: {
          created: '2026-03-02T08:30:00.000+0000',
          project: { key: 'SD' },
          reporter: { accountId: raised!.accountId },
          issuetype: { name: 'Service Request' },
        },
      },
    };
    await local.runtime.deliverProductEvent(created);
    await local.clock.advance(60);
    await local.runtime.idle();
    const day = async () => {
      const [aggregate] = await new KvsAggregateStore().read(
        [{ projectKey: INGEST_PROJECT, period: '2026-03-02' }],
        'totals',
      );
      return computeMetrics(Object.values(aggregate!.types)[0]!.total, {
        asOf: local.clock.now(),
        settings: DEFAULT_SETTINGS,
      }).selfService;
    };
    // The first is still within its 24 hours; the second has failed.
    expect(await day()).toEqual({ value: 0, n: 1, abandonmentRate: 0, pending: 1 });
    await local.clock.advance(24 * 3600);
    await local.runtime.idle();
    expect(await day()).toEqual({ value: 50, n: 2, abandonmentRate: 0, pending: 0 });

    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const records = await exportedRecords(local, admin);
    const file = join(mkdtempSync(join(tmpdir(), 'cx-ingest-export-')), 'records.ndjson');
    writeFileSync(file, records);
    const report = JSON.parse(
      execFileSync(
        process.execPath,
        [
          join(APP_DIR, 'bin', 'cx-metrics.js'),
          'report',
          file,
          '--format',
          'json',
          '--from',
          '2026-03-02T00:00:00Z',
          '--to',
          '2026-03-03T00:00:00Z',
          '--as-of',
          new Date(local.clock.now()).toISOString(),
        ],
        { encoding: 'utf8' },
      ),
    ) as { metrics: { selfService: unknown } };
    expect(report.metrics.selfService).toEqual({ value: 50, n: 2, abandonmentRate: 0, pending: 0 });
  });

  describe('on the admin page', () => {
    const adminPage = <T>(accountId: string, key: string) =>
      local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-admin',
          accountId,
          accountType: 'licensed',
          localId: 'admin',
          extension: { type: 'jira:adminPage' },
        },
        key,
        {},
      ) as Promise<Envelope<T>>;
    const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;

    it('shows the URL and the secret once; a new one replaces it, and only its version is shown again', async () => {
      const made = await adminPage<NewIngestSecret>(admin(), 'rotateIngestSecret');
      if (!made.ok) throw new Error(made.error.message);
      expect(made.data).toMatchObject({
        version: 2,
        secret: expect.stringMatching(/^cxi_[A-Za-z0-9_-]{43}$/),
      });
      expect((await statusOf('[]', { authorization: [`Bearer ${secret}`] })).status).toBe(401);
      secret = made.data.secret;
      expect((await send(ndjson([sample(0, true, 300)]))).status).toBe(200);
      const status = await adminPage<IngestStatus>(admin(), 'getIngest');
      if (!status.ok) throw new Error(status.error.message);
      expect(status.data.url).toBe(local.runtime.webTriggers.urlOf('records-ingest'));
      expect(status.data.secret).toEqual({ version: 2, createdAt: made.data.createdAt });
      expect(JSON.stringify(status.data)).not.toContain(made.data.secret);
      expect(status.data.recent[0]).toMatchObject({ status: 200, accepted: 1, duplicates: 0, refused: [] });
      // Not even the app's secret storage holds the secret itself.
      expect(JSON.stringify(await kvs.getSecret(keys.ingestSecret))).not.toContain(made.data.secret);
    });

    it('sets a threshold per service, which samples sent without one are judged by; an invalid list stores nothing', async () => {
      const save = (thresholds: unknown) =>
        local.runtime.invokeResolver(
          'resolver',
          {
            moduleKey: 'cx-admin',
            accountId: admin(),
            accountType: 'licensed',
            localId: 'admin',
            extension: { type: 'jira:adminPage' },
          },
          'saveServiceThresholds',
          { thresholds },
        ) as Promise<Envelope<unknown>>;
      const { thresholdMs: _, ...bare } = sample(0, true, 2500);
      expect((await statusOf(ndjson([bare]))).status).toBe(422);
      expect(
        await save([
          { service: 'Email', thresholdMs: 3000 },
          { service: 'Email', thresholdMs: 1 },
        ]),
      ).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'each service is named once' },
      });
      expect(await save([{ service: 'Email', thresholdMs: 1.5 }])).toEqual({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'service 1: the threshold is a whole number of milliseconds',
        },
      });
      const status = await adminPage<IngestStatus>(admin(), 'getIngest');
      expect(status.ok && status.data.thresholds).toEqual([]);
      expect(await save([{ service: 'Email', thresholdMs: 3000 }])).toEqual({
        ok: true,
        data: [{ service: 'Email', thresholdMs: 3000 }],
      });
      expect((await statusOf(ndjson([bare]))).status).toBe(200);
      const [fact] = await new KvsAggregateStore().factsOfDay(INGEST_PROJECT, '2026-03-02');
      expect(fact!.records[0]).toMatchObject({ service: 'Email', responseMs: 2500, thresholdMs: 3000 });
    });

    it('answers Jira administrators only', async () => {
      const agent = local.site.agents().find((candidate) => !candidate.admin)!.accountId;
      for (const key of ['getIngest', 'rotateIngestSecret', 'saveServiceThresholds'])
        expect(await adminPage(agent, key)).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Only Jira administrators can /) },
        });
      expect((await send(ndjson([sample(0, true, 300)]))).status).toBe(200);
    });
  });

  describe('refuses, storing nothing', () => {
    const good = () => ndjson([sample(0, true, 300), sample(1, true, 400)]);
    const expectNothingStored = async () => {
      expect(await factKeys()).toEqual([]);
      expect(await markerKeys()).toEqual([]);
    };

    it('a wrong or missing secret, before reading anything else (401)', async () => {
      local.kvs.resetStats();
      expect((await statusOf(good(), { authorization: ['Bearer not-the-secret'] })).status).toBe(401);
      expect((await statusOf(good(), { authorization: [] })).status).toBe(401);
      expect(local.kvs.stats().writes).toBe(0);
      await expectNothingStored();
    });

    it('a secret that was rotated away (401)', async () => {
      const old = secret;
      secret = (await new KvsIngestSecrets().rotate()).secret;
      expect((await statusOf(good(), { authorization: [`Bearer ${old}`] })).status).toBe(401);
      expect((await statusOf(good())).status).toBe(200);
    });

    it('a batch with a malformed line: none of its lines is stored, and the log names the line (422)', async () => {
      const body = [
        JSON.stringify(sample(0, true, 300)),
        '{not json',
        JSON.stringify({ ...sample(2, true, 1), up: 'yes' }),
      ].join('\n');
      const answer = await statusOf(body);
      expect(answer.status).toBe(422);
      expect(answer.body.message).toMatch(/Nothing stored/);
      await expectNothingStored();
      const log = (await kvs.get<{ recent: Array<{ status: number; refused: unknown[] }> }>(keys.ingestLog))!;
      expect(log.recent[0]).toMatchObject({
        status: 422,
        refused: [
          { line: 2, reason: 'not valid JSON' },
          { line: 3, reason: expect.stringMatching(/^up: /) },
        ],
      });
    });

    it('a record of another type, or a session of an email no account has (422)', async () => {
      expect(
        (await statusOf(ndjson([{ type: 'ticket', id: '1', createdAt: '2026-03-02T08:00:00Z' }]))).status,
      ).toBe(422);
      expect(
        (
          await statusOf(
            ndjson([
              {
                type: 'selfservice',
                user: 'nobody@example.invalid',
                startedAt: '2026-03-02T08:00:00Z',
                completed: true,
              },
            ]),
          )
        ).status,
      ).toBe(422);
      await expectNothingStored();
    });

    it('a malformed body: empty, a broken array, too many records (400)', async () => {
      local.kvs.resetStats();
      expect((await statusOf('  ')).status).toBe(400);
      expect(
        (await statusOf('[{"type":"availability"', { 'content-type': ['application/json'] })).status,
      ).toBe(400);
      const many = ndjson(
        Array.from({ length: INGEST_LIMITS.maxRecords + 1 }, (_, i) => sample(i % 60, true, i)),
      );
      expect((await statusOf(many)).status).toBe(400);
      expect(local.kvs.stats().writes).toBe(0);
      await expectNothingStored();
    });

    it('a body over the documented 1 MB (413)', async () => {
      local.kvs.resetStats();
      const line = JSON.stringify(sample(0, true, 300, { id: 'x'.repeat(150) }));
      const big = Array.from(
        { length: Math.ceil(INGEST_LIMITS.maxBodyBytes / line.length) + 1 },
        () => line,
      ).join('\n');
      expect((await statusOf(big)).status).toBe(413);
      expect(local.kvs.stats().writes).toBe(0);
      await expectNothingStored();
    });

    it('a sender over 60 requests a minute (429), taken again the next minute', async () => {
      for (let i = 0; i < INGEST_LIMITS.requestsPerMinute; i += 1) {
        expect((await send(ndjson([sample(i % 60, true, i)]))).status).toBe(200);
      }
      const before = await factKeys();
      local.kvs.resetStats();
      const over = await statusOf(ndjson([sample(0, false, null, { service: 'Portal' })]));
      expect(over.status).toBe(429);
      expect(local.kvs.stats().writes).toBe(0);
      expect(await factKeys()).toEqual(before);
      await local.clock.advance(60);
      expect((await send(ndjson([sample(0, false, null, { service: 'Portal' })]))).status).toBe(200);
    });

    it('another method (405) or content type (415)', async () => {
      expect((await send('', {}, 'GET')).status).toBe(405);
      expect((await statusOf(good(), { 'content-type': ['application/x-www-form-urlencoded'] })).status).toBe(
        415,
      );
      await expectNothingStored();
    });
  });
});
