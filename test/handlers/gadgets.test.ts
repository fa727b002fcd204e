import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Envelope } from '../../src/contract/envelope';
import type {
  Breakdown,
  Distribution,
  GadgetConfiguration,
  Scorecard,
  Trend,
} from '../../src/contract/gadgets';
import { reportFromRecords } from '../../src/domain/report/report';
import { parseRecord, type CanonicalRecord } from '../../src/domain/records/canonical';
import { kvs, WhereConditions } from '@forge/kvs';
import { startLocalSite, APP_DIR } from '../support/local-site';
import { exportedRecords } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/** A small deterministic generator, so the data and the windows are the same on every run. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Truth {
  key: string;
  projectKey: string;
  agent: string;
  requestType: string;
  ces: number;
  csat: number;
  answeredAt: string;
}

/**
 * The gadgets' figures against the calculator run over the raw answers (the test's own record of
 * what customers answered), for random windows and breakdowns, and against the CLI.
 */
describe('gadget figures equal the calculator over raw records', () => {
  let local: Site;
  const truth: Truth[] = [];
  const random = prng(5);

  beforeAll(async () => {
    local = await startLocalSite();
    const open = local.site.listRequests({ limit: 100, status: 'open' });
    for (const [index, request] of open.entries()) {
      await local.runtime.deliverProductEvent(local.site.resolve(request.key));
      // Spread resolutions over about four days.
      if (index % 8 === 7) await local.clock.advance(86_400);
    }
    await local.clock.advance(2 * 3600);
    await local.runtime.idle();
    for (const request of open) {
      const record = local.site.request(request.key)!;
      const ces = 1 + Math.floor(random() * 7);
      const csat = 1 + Math.floor(random() * 5);
      const answer = (await local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-portal-survey',
          accountId: record.reporterId,
          accountType: 'customer',
          localId: 'p',
          extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: request.key } },
        },
        'submitSurvey',
        { ces, csat },
      )) as Envelope<{ answer: { answeredAt: string } }>;
      if (!answer.ok) throw new Error(`${request.key}: ${answer.error.message}`);
      const agent = local.site.users().find((user) => user.accountId === record.assigneeId);
      truth.push({
        key: request.key,
        projectKey: request.key.split('-')[0]!,
        agent: agent?.accountId ?? '-',
        requestType: record.requestTypeId,
        ces,
        csat,
        answeredAt: answer.data.answer.answeredAt,
      });
      await local.clock.advance(Math.floor(random() * 6 * 3600));
    }
    await local.clock.advance(120); // rollups run after their debounce
    await local.runtime.idle();
  }, 60_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const gadget = async <T>(moduleKey: string, resolverKey: string, config: Partial<GadgetConfiguration>) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: admin(),
        accountType: 'licensed',
        localId: `${moduleKey}-${JSON.stringify(config)}`,
        extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
      },
      resolverKey,
      {},
    )) as Envelope<T>;

  const records = (rows: Truth[]): CanonicalRecord[] =>
    rows.flatMap((row) =>
      (['ces', 'csat'] as const).map((survey) => {
        const parsed = parseRecord({
          type: 'response',
          ticketId: row.key,
          survey,
          score: row[survey],
          answeredAt: row.answeredAt,
        });
        if (!parsed.ok) throw new Error(parsed.reason);
        return parsed.record;
      }),
    );
  const dayOf = (iso: string) => iso.slice(0, 10);
  const expected = (rows: Truth[]) =>
    reportFromRecords(records(rows), { asOf: local.clock.now(), from: null, to: null }).metrics;

  it('answered every request it resolved', () => {
    expect(truth.length).toBeGreaterThan(30);
  });

  it('scorecard: CSAT and CES over random windows and projects', async () => {
    const days = [...new Set(truth.map((row) => dayOf(row.answeredAt)))].sort();
    for (let run = 0; run < 8; run += 1) {
      const from = days[Math.floor(random() * days.length)]!;
      const to = days.filter((day) => day >= from)[
        Math.floor(random() * days.filter((day) => day >= from).length)
      ]!;
      const projects = run % 2 === 0 ? [] : ['SD'];
      const card = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
        period: { from, to },
        projects,
        metrics: ['csat', 'ces'],
      });
      if (!card.ok) throw new Error(card.error.message);
      const inWindow = truth.filter(
        (row) =>
          dayOf(row.answeredAt) >= from &&
          dayOf(row.answeredAt) <= to &&
          (projects.length === 0 || projects.includes(row.projectKey)),
      );
      const want = expected(inWindow);
      expect(card.data.tiles.map((tile) => [tile.metric, tile.value, tile.n, tile.ci95])).toEqual([
        ['csat', want.csat.value, want.csat.n, want.csat.ci95],
        ['ces', want.ces.value, want.ces.n, want.ces.ci95],
      ]);
    }
  });

  it('breakdown by agent and by request type, with the request-type filter', async () => {
    const from = dayOf(truth[0]!.answeredAt);
    const to = dayOf(truth.at(-1)!.answeredAt);
    for (const dimension of ['agent', 'requestType'] as const) {
      const result = await gadget<Breakdown>('cx-breakdown', 'getBreakdown', {
        period: { from, to },
        dimension,
        metric: 'csat',
      });
      if (!result.ok) throw new Error(result.error.message);
      const field = dimension === 'agent' ? 'agent' : 'requestType';
      for (const row of result.data.rows) {
        const want = expected(truth.filter((t) => t[field] === row.key)).csat;
        expect([row.key, row.value, row.n]).toEqual([row.key, want.value, want.n]);
      }
      expect(result.data.rows.reduce((sum, row) => sum + row.n, 0)).toBe(truth.length);
    }
    const someType = truth[0]!.requestType;
    const filtered = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period: { from, to },
      requestTypes: [someType],
      metrics: ['csat'],
    });
    if (!filtered.ok) throw new Error(filtered.error.message);
    const want = expected(truth.filter((t) => t.requestType === someType)).csat;
    expect([filtered.data.tiles[0]!.value, filtered.data.tiles[0]!.n]).toEqual([want.value, want.n]);
  });

  it('trend per day and distribution of CES', async () => {
    const from = dayOf(truth[0]!.answeredAt);
    const to = dayOf(truth.at(-1)!.answeredAt);
    const result = await gadget<Trend>('cx-trend', 'getTrend', {
      period: { from, to },
      interval: 'day',
      metric: 'ces',
    });
    if (!result.ok) throw new Error(result.error.message);
    for (const point of result.data.points) {
      const want = expected(truth.filter((t) => dayOf(t.answeredAt) === point.start)).ces;
      expect([point.start, point.value, point.n]).toEqual([point.start, want.value, want.n]);
    }
    const spread = await gadget<Distribution>('cx-distribution', 'getDistribution', {
      period: { from, to },
      distributionMetric: 'ces',
    });
    if (!spread.ok) throw new Error(spread.error.message);
    expect(spread.data.counts).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((score) => ({ score, count: truth.filter((t) => t.ces === score).length })),
    );
  });

  it('agrees with cx-metrics report on the same answers exported as NDJSON', async () => {
    const from = dayOf(truth[0]!.answeredAt);
    const to = dayOf(truth.at(-1)!.answeredAt);
    const dir = mkdtempSync(join(tmpdir(), 'cx-export-'));
    const file = join(dir, 'answers.ndjson');
    const lines = truth.flatMap((row) =>
      (['ces', 'csat'] as const).map((survey) =>
        JSON.stringify({
          type: 'response',
          source: 'app',
          ticketId: row.key,
          survey,
          score: row[survey],
          answeredAt: row.answeredAt,
        }),
      ),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const output = execFileSync(
      process.execPath,
      [join(APP_DIR, 'bin', 'cx-metrics.js'), 'report', file, '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(output) as {
      metrics: { csat: { value: number; n: number }; ces: { value: number; n: number } };
    };
    const card = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period: { from, to },
      metrics: ['csat', 'ces'],
    });
    if (!card.ok) throw new Error(card.error.message);
    expect(card.data.tiles.map((tile) => [tile.value, tile.n])).toEqual([
      [report.metrics.csat.value, report.metrics.csat.n],
      [report.metrics.ces.value, report.metrics.ces.n],
    ]);
  });

  it('shows beside each score the response rate that cx-metrics report computes over the records export', async () => {
    // The production path: the admin page's export, part by part, then the CLI over the file.
    const ndjson = await exportedRecords(local, admin());
    const dir = mkdtempSync(join(tmpdir(), 'cx-export-'));
    const file = join(dir, 'records.ndjson');
    writeFileSync(file, ndjson);
    const report = JSON.parse(
      execFileSync(
        process.execPath,
        [join(APP_DIR, 'bin', 'cx-metrics.js'), 'report', file, '--format', 'json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as {
      metrics: {
        responseRate: Record<
          'csat' | 'ces',
          { value: number | null; invitations: number; responses: number }
        >;
      };
    };
    const rates = report.metrics.responseRate;
    // Every invitation went out and every answer came within these days.
    const card = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period: { from: '2026-03-01', to: dayOf(new Date(local.clock.now()).toISOString()) },
      timeZone: 'UTC',
      metrics: ['csat', 'ces', 'fcr'],
    });
    if (!card.ok) throw new Error(card.error.message);
    const [csat, ces, fcr] = card.data.tiles;
    expect(rates.csat).toEqual({
      value: 100,
      invitations: truth.length,
      responses: truth.length,
    });
    expect(csat!.response).toEqual({
      survey: 'csat',
      invitations: rates.csat.invitations,
      responses: rates.csat.responses,
      rate: rates.csat.value,
    });
    expect(ces!.response).toEqual({
      survey: 'ces',
      invitations: rates.ces.invitations,
      responses: rates.ces.responses,
      rate: rates.ces.value,
    });
    expect(fcr!.response).toBeNull();
  });

  it('rebuilds every aggregate from the stored records on an admin’s request', async () => {
    const from = dayOf(truth[0]!.answeredAt);
    const to = dayOf(truth.at(-1)!.answeredAt);
    const config = { period: { from, to }, metrics: ['csat', 'ces'] as const, targets: { csat: 84 } };
    const before = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      ...config,
      metrics: [...config.metrics],
    });
    // Lose every aggregate (days, blocks, months, site-wide), as a bug or a time-zone change would.
    for (const prefix of ['agg:d', 'agg:m']) {
      let page;
      do {
        page = await kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100).getMany();
        for (const { key } of page.results) await kvs.delete(key);
      } while (page.results.length > 0);
    }
    expect(
      await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
        ...config,
        metrics: [...config.metrics],
        targets: { csat: 83 },
      }),
    ).toMatchObject({ ok: true, data: { tiles: [{ n: 0 }, { n: 0 }] } });
    const adminPage = { type: 'jira:adminPage' };
    const call = (key: string) =>
      local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-admin',
          accountId: admin(),
          accountType: 'licensed',
          localId: 'r',
          extension: adminPage,
        },
        key,
        {},
      );
    expect(await call('rebuildFigures')).toMatchObject({ ok: true, data: { state: 'running' } });
    await local.clock.advance(60);
    await local.runtime.idle();
    expect(await call('getRebuild')).toMatchObject({
      ok: true,
      // One fact per ticket and day it is placed on: answers, invitations, the ticket record.
      data: { state: 'done', factsScanned: expect.any(Number), daysRequested: expect.any(Number) },
    });
    await local.clock.advance(400); // past the gadget cache
    const after = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      ...config,
      metrics: [...config.metrics],
    });
    if (!before.ok || !after.ok) throw new Error('scorecard failed');
    expect(after.data.tiles).toEqual(before.data.tiles);
  });

  it('shows a viewer nothing from projects they cannot browse', async () => {
    const sdOnlyAgent = local.site
      .agents()
      .find(
        (agent) =>
          !agent.admin &&
          agent.serviceDeskIds?.length === 1 &&
          agent.serviceDeskIds[0] === local.site.serviceDesks().find((d) => d.key === 'SD')!.serviceDeskId,
      )!;
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: sdOnlyAgent.accountId,
        accountType: 'licensed',
        localId: 'perm',
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: { projects: ['HR'], metrics: ['csat'] },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('gives a viewer of some projects, on a gadget set to all, the figures of just those', async () => {
    const sdDesk = local.site.serviceDesks().find((desk) => desk.key === 'SD')!.serviceDeskId;
    const sdOnlyAgent = local.site
      .agents()
      .find(
        (agent) => !agent.admin && agent.serviceDeskIds?.length === 1 && agent.serviceDeskIds[0] === sdDesk,
      )!;
    const from = dayOf(truth[0]!.answeredAt);
    const to = dayOf(truth.at(-1)!.answeredAt);
    // The site-wide value of the month holds every project, so this viewer's render cannot use it.
    const site = await kvs.get<{ projects: string[] }>(`agg:m:site:${from.slice(0, 7)}`);
    expect(site?.projects).toEqual(
      [
        ...new Set(
          truth.filter((row) => row.answeredAt.startsWith(from.slice(0, 7))).map((row) => row.projectKey),
        ),
      ].sort(),
    );
    expect(site?.projects.length).toBeGreaterThan(1);
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: sdOnlyAgent.accountId,
        accountType: 'licensed',
        localId: 'sd-only-all',
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: { projects: [], period: { from, to }, metrics: ['csat', 'ces'] },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
    if (!answer.ok) throw new Error(answer.error.message);
    const metrics = expected(truth.filter((row) => row.projectKey === 'SD'));
    // ServiceNow's records (none here) are read beside the viewer's JSM projects.
    expect(answer.data.window.projects).toEqual(['SD', 'servicenow']);
    expect(answer.data.tiles.map((tile) => [tile.metric, tile.n])).toEqual([
      ['csat', metrics.csat.n],
      ['ces', metrics.ces.n],
    ]);
    expect(answer.data.tiles[0]!.value).toBeCloseTo(metrics.csat.value!, 6);
  });

  it('shares a computed answer between viewers who may browse the same projects, and only between them', async () => {
    const sdDesk = local.site.serviceDesks().find((desk) => desk.key === 'SD')!.serviceDeskId;
    const [first, second] = local.site
      .agents()
      .filter(
        (agent) => !agent.admin && agent.serviceDeskIds?.length === 1 && agent.serviceDeskIds[0] === sdDesk,
      );
    const render = (accountId: string) =>
      local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-scorecard',
          accountId,
          accountType: 'licensed',
          localId: `shared-${accountId}`,
          extension: {
            type: 'jira:dashboardGadget',
            gadgetConfiguration: {
              projects: [],
              period: { preset: 30 },
              metrics: ['csat'],
              targets: { csat: 77 },
            },
          },
        },
        'getScorecard',
        {},
      ) as Promise<Envelope<Scorecard>>;
    local.kvs.resetStats();
    const cold = await render(first!.accountId);
    const coldReads = local.kvs.stats().reads;
    local.kvs.resetStats();
    const shared = await render(second!.accountId);
    expect(local.kvs.stats().reads).toBe(1);
    expect(coldReads).toBeGreaterThan(1);
    expect(shared).toEqual(cold);
    // The admin may browse HR too: the same configuration is computed for them on its own.
    local.kvs.resetStats();
    const admins = await render(admin());
    expect(local.kvs.stats().reads).toBeGreaterThan(1);
    if (!admins.ok || !cold.ok) throw new Error('scorecard failed');
    expect(admins.data.window.projects).toEqual(['HR', 'SD', 'servicenow']);
    expect(cold.data.window.projects).toEqual(['SD', 'servicenow']);
  });
});
