import type { Envelope } from '../../src/contract/envelope';
import type { Breakdown, Scorecard, Trend } from '../../src/contract/gadgets';
import type { AdminSettings } from '../../src/contract/survey';
import type { RebuildRun } from '../../src/app/aggregates/rebuild-aggregates';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * MTTA's priority classes and targets are settings on the admin page: saving new ones starts a
 * rebuild of the figures, the gadgets keep reading while it runs (without a within-target share
 * judged by the old targets), and afterwards judge every request by the new ones.
 */
describe('changing the MTTA targets on the admin page', () => {
  let local: Site;
  let reads = 0;

  beforeAll(async () => {
    local = await startLocalSite();
    const open = local.site.listRequests({ limit: 60, status: 'open' });
    for (const request of open) await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    await local.clock.advance(120);
    await local.runtime.idle();
  }, 120_000);
  afterAll(() => local?.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const asAdmin = async <T>(key: string, payload: unknown = {}) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId: admin(),
        accountType: 'licensed',
        localId: 'admin',
        extension: { type: 'jira:adminPage' },
      },
      key,
      payload,
    )) as Envelope<T>;

  /** The MTTA tiles' details; each read is a configuration of its own, past the gadget's cache. */
  async function mttaDetails(): Promise<string[]> {
    reads += 1;
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: admin(),
        accountType: 'licensed',
        localId: `mtta-${reads}`,
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: {
            period: { preset: 30 },
            metrics: ['mttaHuman', 'mttaAutomated'],
            targets: { csat: reads },
          },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.data.tiles.every((tile) => tile.n > 0 && tile.target === null)).toBe(true);
    return answer.data.tiles.map((tile) => tile.detail ?? '');
  }

  /** One gadget's answer for a configuration of its own. */
  async function gadget<T>(moduleKey: string, key: string, config: Record<string, unknown>): Promise<T> {
    reads += 1;
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: admin(),
        accountType: 'licensed',
        localId: `g-${reads}`,
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: { period: { preset: 30 }, ...config },
        },
      },
      key,
      {},
    )) as Envelope<T>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  }

  it('shows MTTA by people and by automation in the trend and the breakdown, the same requests as the tiles', async () => {
    const card = await gadget<Scorecard>('cx-scorecard', 'getScorecard', {
      metrics: ['mttaHuman', 'mttaAutomated'],
    });
    for (const tile of card.tiles) {
      const metric = tile.metric;
      expect(tile.n).toBeGreaterThan(0);
      const trend = await gadget<Trend>('cx-trend', 'getTrend', { metric, interval: 'day' });
      expect(trend.label).toBe(tile.label);
      expect(trend.points.reduce((sum, point) => sum + point.n, 0)).toBe(tile.n);
      const breakdown = await gadget<Breakdown>('cx-breakdown', 'getBreakdown', {
        metric,
        dimension: 'priority',
      });
      expect(breakdown.total.n).toBe(tile.n);
      expect(breakdown.rows.reduce((sum, row) => sum + row.n, 0)).toBe(tile.n);
    }
  });

  it('refuses a bad target field by field, and starts nothing', async () => {
    const refused = await asAdmin<AdminSettings>('saveSettings', { mtta: { standardTargetMinutes: 0 } });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: [
          {
            field: 'mtta.standardTargetMinutes',
            message: 'MTTA target for other priorities must be a number of minutes from 1 to 10080.',
          },
        ],
      },
    });
    expect(await asAdmin<RebuildRun | null>('getRebuild')).toEqual({ ok: true, data: null });
    for (const detail of await mttaDetails()) {
      expect(detail).toMatch(/^\d+ % within target \(≤ 15 min for high priorities, ≤ 2 h for the others\)$/);
    }
  });

  it('rebuilds under the new targets, and the tiles read throughout', async () => {
    const saved = await asAdmin<AdminSettings>('saveSettings', { mtta: { standardTargetMinutes: 10 } });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.data.settings.mtta.standardTargetMinutes).toBe(10);
    const rebuild = await asAdmin<RebuildRun | null>('getRebuild');
    expect(rebuild).toMatchObject({ ok: true, data: { state: 'running' } });

    // Stored figures were judged by the old targets: read, with no within-target share yet.
    for (const detail of await mttaDetails()) {
      expect(detail).toBe(
        'Targets changed (≤ 15 min for high priorities, ≤ 10 min for the others): within-target share after the rebuild',
      );
    }

    await local.clock.advance(300);
    await local.runtime.idle();
    await local.clock.advance(120);
    await local.runtime.idle();
    expect(await asAdmin<RebuildRun | null>('getRebuild')).toMatchObject({
      ok: true,
      data: { state: 'done' },
    });
    for (const detail of await mttaDetails()) {
      expect(detail).toMatch(
        /^\d+ % within target \(≤ 15 min for high priorities, ≤ 10 min for the others\)$/,
      );
    }
  }, 120_000);
});
