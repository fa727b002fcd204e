import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Envelope } from '../../src/contract/envelope';
import type { Breakdown, GadgetConfiguration, MetricFigure, Scorecard } from '../../src/contract/gadgets';
import type { ServiceNowAdminView } from '../../src/contract/servicenow';
import { computeReport } from '../../src/cli/report-command';
import { FIGURE_METRICS, figureOf } from '../../src/domain/report/figures';
import type { Metrics } from '../../src/domain/report/metrics';
import { DEMO_CONNECTION } from '../../src/local/servicenow/local-instance';
import { startLocalSite } from '../support/local-site';
import { DEMO_MAPPING, exportedRecords } from '../support/servicenow-sync';
import { mappingSchema } from '../../src/domain/servicenow';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * One view: ServiceNow's records reach the gadgets through the production path (admin page,
 * sync consumer, facts, rollups, gadget resolvers), and every figure equals `cx-metrics report`
 * over what `cx-metrics import servicenow` makes of the instance's export; JSM's stay apart.
 */
describe('ServiceNow beside JSM on the dashboard', () => {
  let local: Site;
  let dir: string;
  beforeAll(async () => {
    local = await startLocalSite({ months: 1, serviceNow: 'instance' });
    dir = mkdtempSync(join(tmpdir(), 'cx-sn-view-'));
  }, 120_000);
  afterAll(async () => {
    await local.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const adminCall = async <T>(key: string, payload: unknown = {}) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId: admin(),
        accountType: 'licensed',
        localId: key,
        extension: { type: 'jira:adminPage' },
      },
      key,
      payload,
    )) as Envelope<T>;
  const gadget = async <T>(moduleKey: string, resolverKey: string, config: Partial<GadgetConfiguration>) => {
    const answer = (await local.runtime.invokeResolver(
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
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  const same = (tile: MetricFigure, metrics: Metrics, where: string) => {
    const want = figureOf(metrics, tile.metric);
    expect({ where, value: tile.value, n: tile.n, ci95: tile.ci95 }).toEqual({
      where,
      value: want.value,
      n: want.n,
      ci95: want.ci95,
    });
  };

  it('shows ServiceNow and JSM apart and together, each figure equal to the report over its records', async () => {
    const saved = await adminCall<{ saved: boolean }>('saveServiceNow', DEMO_CONNECTION);
    expect(saved).toMatchObject({ ok: true, data: { saved: true } });
    for (let round = 0; round < 80; round++) {
      await local.runtime.idle();
      const view = await adminCall<ServiceNowAdminView>('getServiceNow');
      if (view.ok && view.data.sync && !view.data.sync.running) break;
      await local.clock.advance(5);
    }
    await local.clock.advance(60);
    await local.runtime.idle();

    const timer = { now: () => local.clock.now(), sleep: async () => undefined };
    expect(DEMO_MAPPING).toEqual(mappingSchema.parse(DEMO_CONNECTION.mapping));
    const { conversion } = await exportedRecords(local.serviceNow!, DEMO_MAPPING, timer);
    const file = join(dir, 'servicenow.ndjson');
    writeFileSync(file, conversion.records.map((record) => JSON.stringify(record)).join('\n') + '\n');
    const period = { from: '2025-09-01', to: '2026-03-02' };
    const window = { from: Date.parse('2025-09-01T00:00:00Z'), to: Date.parse('2026-03-03T00:00:00Z') - 1 };
    const sink = () => new PassThrough().resume();
    const report = (
      await computeReport(
        { file, asOf: local.clock.now(), from: window.from, to: window.to, format: 'json' },
        { stdout: sink(), stderr: sink(), stderrIsTTY: false, now: () => new Date(local.clock.now()) },
      )
    ).metrics;
    expect(report.csat.n).toBeGreaterThan(20);

    const metrics = [...FIGURE_METRICS];
    const serviceNow = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period,
      metrics,
      source: 'servicenow',
      timeZone: 'UTC',
    });
    for (const tile of serviceNow.tiles) same(tile, report, `ServiceNow ${tile.metric}`);
    expect(serviceNow.bySource).toBeUndefined();

    const jsm = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period,
      metrics,
      source: 'jsm',
      timeZone: 'UTC',
    });
    const both = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      period,
      metrics,
      source: 'both',
      timeZone: 'UTC',
    });
    expect(both.bySource?.map((group) => group.label)).toEqual(['JSM', 'ServiceNow']);
    expect(both.bySource?.[0]?.tiles).toEqual(jsm.tiles);
    expect(both.bySource?.[1]?.tiles).toEqual(serviceNow.tiles);
    // Together: as many answers as both desks have.
    const csat = (card: Scorecard) => card.tiles.find((tile) => tile.metric === 'csat')!.n;
    expect(csat(both)).toBe(csat(jsm) + csat(serviceNow));

    const bySource = await gadget<Breakdown>('cx-breakdown', 'getBreakdown', {
      period,
      metric: 'nps',
      dimension: 'source',
      timeZone: 'UTC',
    });
    expect(bySource.rows.map((row) => `${row.key} ${row.label}`).sort()).toEqual([
      'jsm JSM',
      'servicenow ServiceNow',
    ]);
    const row = bySource.rows.find((candidate) => candidate.key === 'servicenow')!;
    expect({ value: row.value, n: row.n }).toEqual({
      value: figureOf(report, 'nps').value,
      n: figureOf(report, 'nps').n,
    });
  }, 120_000);
});
