import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { computeReport } from '../../src/cli/report-command';
import type { Envelope } from '../../src/contract/envelope';
import type { Breakdown, Distribution, Scorecard } from '../../src/contract/gadgets';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * One number for NPS: answers given in the portal reach the scorecard through the day aggregates
 * and the records export through the facts, and `cx-metrics report` over that export gives the
 * scorecard's NPS, interval and response rate for the same window.
 */
describe('NPS, the same in the scorecard and in cx-metrics report', () => {
  let local: Site;
  let dir: string;
  beforeAll(async () => {
    local = await startLocalSite();
    dir = mkdtempSync(join(tmpdir(), 'cx-nps-'));
  }, 60_000);
  afterAll(async () => {
    await local.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const invoke = async <T>(
    accountId: string,
    accountType: string,
    moduleKey: string,
    extension: Record<string, unknown>,
    key: string,
    payload: unknown = {},
  ) =>
    (await local.runtime.invokeResolver(
      'resolver',
      { moduleKey, accountId, accountType, localId: moduleKey, extension },
      key,
      payload,
    )) as Envelope<T>;
  const customer = (accountId: string, key: string, payload: unknown = {}) =>
    invoke(
      accountId,
      'customer',
      'cx-portal-nps',
      { type: 'jiraServiceManagement:portalSubheader' },
      key,
      payload,
    );
  const gadget = <T>(moduleKey: string, key: string, gadgetConfiguration: Record<string, unknown>) =>
    invoke<T>(
      admin(),
      'licensed',
      moduleKey,
      {
        type: 'jira:dashboardGadget',
        gadget: { id: moduleKey },
        dashboard: { id: '1' },
        gadgetConfiguration,
      },
      key,
    );

  it('gives one NPS, interval, spread and response rate', async () => {
    const saved = await invoke(admin(), 'licensed', 'cx-admin', { type: 'jira:adminPage' }, 'saveSettings', {
      // CES/CSAT paused: a survey at resolution would start NPS's quiet week.
      enabledProjects: [],
      nps: { enabledProjects: 'all' },
    });
    expect(saved.ok).toBe(true);
    const open = local.site.listRequests({ limit: 400, status: 'open' });
    const reporters = new Map<string, string>();
    for (const summary of open) {
      const reporter = local.site.request(summary.key)!.reporterId;
      if (!reporters.has(reporter)) reporters.set(reporter, summary.key);
    }
    const people = [...reporters].slice(0, 14);
    for (const [, key] of people) await local.runtime.deliverProductEvent(local.site.resolve(key));
    await local.runtime.idle();
    // Scores across the bands; the last two see the prompt and dismiss it or leave it.
    const scores = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0, 10, 5];
    for (const [index, [accountId]] of people.entries()) {
      const prompt = await customer(accountId, 'getNpsPrompt');
      expect(prompt).toMatchObject({ ok: true, data: { ask: true } });
      if (index < scores.length)
        expect((await customer(accountId, 'answerNps', { score: scores[index] })).ok).toBe(true);
      else if (index === scores.length) expect((await customer(accountId, 'dismissNps')).ok).toBe(true);
    }
    await local.clock.advance(60);
    await local.runtime.idle();

    const config = { period: { preset: 7 }, metrics: ['nps'], distributionMetric: 'nps' };
    const scorecard = await gadget<Scorecard>('cx-scorecard', 'getScorecard', config);
    if (!scorecard.ok) throw new Error(scorecard.error.message);
    const tile = scorecard.data.tiles.find((candidate) => candidate.metric === 'nps')!;
    // 6 promoters (10, 10, 9, 9, 9, 10), 2 passives (8, 7), 4 detractors (6, 3, 0, 5) of 12.
    expect(tile).toMatchObject({ value: (100 * (6 - 4)) / 12, n: 12, lowSample: true });
    expect(tile.ci95).not.toBeNull();
    const spread = await gadget<Distribution>('cx-distribution', 'getDistribution', config);
    if (!spread.ok) throw new Error(spread.error.message);
    expect(spread.data.counts.map(({ score, count }) => [score, count])).toEqual(
      [1, 0, 0, 1, 0, 1, 1, 1, 1, 3, 3].map((count, score) => [score, count]),
    );

    // Segments: each answer counts under its anchor request's organisation and request type.
    for (const dimension of ['organization', 'requestType']) {
      const breakdown = await gadget<Breakdown>('cx-breakdown', 'getBreakdown', {
        ...config,
        metric: 'nps',
        dimension,
      });
      if (!breakdown.ok) throw new Error(breakdown.error.message);
      expect(breakdown.data.total).toMatchObject({ value: tile.value, n: 12 });
      expect(breakdown.data.rows.reduce((sum, row) => sum + row.n, 0)).toBe(12);
      expect(breakdown.data.rows.length).toBeGreaterThan(1);
    }

    const lines: string[] = [];
    let cursor: string | undefined;
    do {
      const part = await invoke<{ ndjson: string; cursor?: string }>(
        admin(),
        'licensed',
        'cx-admin',
        { type: 'jira:adminPage' },
        'exportRecords',
        cursor ? { cursor } : {},
      );
      if (!part.ok) throw new Error(part.error.message);
      lines.push(...part.data.ndjson.split('\n').filter((line) => line !== ''));
      cursor = part.data.cursor;
    } while (cursor);
    const nps = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((record) => record.survey === 'nps');
    expect(nps.filter((record) => record.type === 'response')).toHaveLength(12);
    expect(nps.filter((record) => record.type === 'invitation')).toHaveLength(14);
    expect(nps.some((record) => 'respondent' in record)).toBe(false);
    const file = join(dir, 'export.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { from, to } = scorecard.data.window;
    const sink = () => new PassThrough().resume();
    const report = await computeReport(
      {
        file,
        asOf: local.clock.now(),
        from: Date.parse(`${from}T00:00:00Z`),
        to: Date.parse(`${to}T00:00:00Z`) + 86_400_000,
        format: 'json',
      },
      { stdout: sink(), stderr: sink(), stderrIsTTY: false, now: () => new Date(local.clock.now()) },
    );
    expect(report.metrics.nps).toMatchObject({ value: tile.value, n: tile.n, ci95: tile.ci95 });
    expect(report.metrics.responseRate.nps).toEqual({
      value: (100 * 12) / 14,
      invitations: 14,
      responses: 12,
    });
  }, 120_000);
});
