import type { Envelope } from '../../src/contract/envelope';
import type { Scorecard } from '../../src/contract/gadgets';
import type { CxReport, ProjectQuality, ReviewOptions, ReviewPlan } from '../../src/contract/report-page';
import { FIGURE_METRICS, figureOf } from '../../src/domain/report/figures';
import { METRIC_GROUPS } from '../../src/domain/metrics/groups';
import { defaultReviewPlan } from '../../src/domain/reviews/review-plan';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { kvs } from '@forge/kvs';
import { computeReport } from '../../src/cli/report-command';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The report page over the production path: the seeded site's history replayed through the app,
 * its data-quality verdicts against the seed's own truth, its figures against the scorecard
 * gadget's, and the review plan's refusals.
 */
describe('the CX report page', () => {
  let local: Site;
  beforeAll(async () => {
    local = await startLocalSite({ replayHistory: true });
    await local.clock.advance(120);
    await local.runtime.idle();
  }, 120_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const agent = () => local.site.agents().find((candidate) => !candidate.admin)!.accountId;
  const page = async <T>(resolverKey: string, payload: unknown, accountId = admin()) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-report',
        accountId,
        accountType: 'licensed',
        localId: 'report',
        extension: { type: 'jira:globalPage' },
      },
      resolverKey,
      payload,
    )) as Envelope<T>;
  const unwrap = <T>(answer: Envelope<T>): T => {
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  const window = () => ({ from: local.seedTruth!.from.slice(0, 10), to: local.seedTruth!.to.slice(0, 10) });

  it('names the seeded team gap with its exact share and the JQL that lists those tickets', async () => {
    const { from, to } = window();
    const answer = unwrap(
      await page<{ quality: ProjectQuality[] }>('getDataQuality', { projects: ['SD'], period: { from, to } }),
    );
    const resolved = local.seedTruth!.tickets.filter(
      (t) =>
        t.project === 'SD' &&
        t.resolvedAt !== undefined &&
        t.resolvedAt.slice(0, 10) >= from &&
        t.resolvedAt.slice(0, 10) <= to,
    );
    const withoutTeam = resolved.filter((t) => t.team === undefined).length;
    expect(withoutTeam).toBeGreaterThan(0);
    const sd = answer.quality.find((q) => q.projectKey === 'SD')!;
    expect(sd.counted).toBe(true);
    const team = sd.verdicts.find((v) => v.check === 'team')!;
    expect([team.gap, team.population]).toEqual([withoutTeam, resolved.length]);
    expect(team.share).toBe(Math.round((1000 * withoutTeam) / resolved.length) / 10);
    expect(team.text).toBe(
      `${Math.round((100 * withoutTeam) / resolved.length)} % of resolved tickets have no team: the team breakdown leaves them out.`,
    );
    expect(team.jql).toBe(
      `project = "SD" AND resolved >= "${from}" AND resolved < "${nextDay(to)}" AND cf[10001] is EMPTY ORDER BY key ASC`,
    );
    expect(team.searchPath).toBe(`/issues/?jql=${encodeURIComponent(team.jql!)}`);
    const priority = sd.verdicts.find((v) => v.check === 'priority')!;
    expect(priority).toMatchObject({ gap: 0, level: 'good', jql: null });
  });

  it('shows the scorecard gadget’s figures, in the results and process groups, with owners', async () => {
    const { from, to } = window();
    const report = unwrap(await page<CxReport>('getCxReport', { period: { from, to } }));
    const card = unwrap(
      (await local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-scorecard',
          accountId: admin(),
          accountType: 'licensed',
          localId: 'card',
          extension: {
            type: 'jira:dashboardGadget',
            gadgetConfiguration: { period: { from, to }, metrics: [...FIGURE_METRICS] },
          },
        },
        'getScorecard',
        {},
      )) as Envelope<Scorecard>,
    );
    expect(report.results.map((f) => f.metric)).toEqual(
      FIGURE_METRICS.filter((m) => (METRIC_GROUPS.results as readonly string[]).includes(m)),
    );
    expect(report.process.map((f) => f.metric)).toEqual(
      FIGURE_METRICS.filter((m) => !(METRIC_GROUPS.results as readonly string[]).includes(m)),
    );
    expect(report.process.map((f) => f.metric)).toEqual(
      expect.arrayContaining(['fcr', 'mtta', 'ttv', 'aht']),
    );
    const strip = ({ owner: _o, cadence: _c, ...figure }: CxReport['results'][number]) => figure;
    const byMetric = new Map([...report.results, ...report.process].map((f) => [f.metric, strip(f)]));
    for (const tile of card.tiles) expect(byMetric.get(tile.metric)).toEqual(tile);
    expect(report.results.find((f) => f.metric === 'ces')).toMatchObject({
      cadence: 'monthly',
      owner: { accountId: null, name: 'Service desk manager (not named)' },
    });
  });

  it('shows what cx-metrics report computes over the app’s own records export, figure by figure', async () => {
    const { from, to } = window();
    const report = unwrap(await page<CxReport>('getCxReport', { period: { from, to } }));
    const lines: string[] = [];
    let cursor: string | undefined;
    do {
      const part = unwrap(
        await page<{ ndjson: string; cursor?: string }>(
          'exportRecords',
          cursor === undefined ? {} : { cursor },
        ),
      );
      lines.push(part.ndjson);
      cursor = part.cursor;
    } while (cursor);
    const dir = mkdtempSync(join(tmpdir(), 'cx-report-page-'));
    const file = join(dir, 'records.ndjson');
    writeFileSync(file, lines.join(''));
    const sink = () => new PassThrough().resume();
    const asOf = local.clock.now();
    const cli = await computeReport(
      {
        file,
        asOf,
        from: Date.parse(`${from}T00:00:00Z`),
        to: Date.parse(`${nextDay(to)}T00:00:00Z`),
        format: 'json',
      },
      { stdout: sink(), stderr: sink(), stderrIsTTY: false, now: () => new Date(asOf) },
    );
    rmSync(dir, { recursive: true, force: true });
    const figures = [...report.results, ...report.process];
    expect(figures.length).toBe(FIGURE_METRICS.length);
    for (const figure of figures) {
      const want = figureOf(cli.metrics, figure.metric);
      expect([figure.metric, figure.n]).toEqual([figure.metric, want.n]);
      if (want.value === null) expect(figure.value).toBeNull();
      else expect(figure.value).toBeCloseTo(want.value, 9);
    }
    expect(report.process.find((f) => f.metric === 'fcr')!.n).toBeGreaterThan(100);
  }, 60_000);

  it('names the owner an administrator picked, and refuses a plan that is not valid', async () => {
    const plan = defaultReviewPlan();
    plan.metrics.ces.owner = admin();
    unwrap(await page<ReviewPlan>('saveReviewPlan', plan));
    const report = unwrap(await page<CxReport>('getCxReport', { period: window() }));
    const owner = local.site.users().find((user) => user.accountId === admin())!;
    expect(report.results.find((f) => f.metric === 'ces')!.owner).toEqual({
      accountId: admin(),
      name: owner.displayName,
    });

    const before = await kvs.get('review-plan');
    const bad = await page('saveReviewPlan', { ...plan, enabled: true, projectKey: null });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'The review plan is not valid.',
        fields: [{ field: 'projectKey', message: 'Choose the project review tasks are created in.' }],
      },
    });
    const cadence = await page('saveReviewPlan', {
      ...plan,
      metrics: { ...plan.metrics, nps: { ...plan.metrics.nps, cadence: 'hourly' } },
    });
    expect(cadence.ok).toBe(false);
    expect(await kvs.get('review-plan')).toEqual(before);
    const forbidden = await page('saveReviewPlan', plan, agent());
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('offers the admin the projects and the people who may own a metric, and no one else', async () => {
    const options = unwrap(await page<ReviewOptions>('getReviewOptions', {}));
    expect(options.projects.map((project) => project.key)).toEqual(['HR', 'SD']);
    const adminEntry = options.people.find((person) => person.accountId === admin())!;
    expect(adminEntry.projects).toEqual(['HR', 'SD']);
    const sdAgents = local.site
      .agents()
      .filter((user) => user.active && (user.admin || user.serviceDeskIds?.includes('1')))
      .map((user) => user.accountId)
      .sort();
    expect(
      options.people
        .filter((person) => person.projects.includes('SD'))
        .map((person) => person.accountId)
        .sort(),
    ).toEqual(sdAgents);
    expect(await page('getReviewOptions', {}, agent())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('counts a resolution whose event was lost and the reconciliation recovered', async () => {
    const [open] = local.site.listRequests({ limit: 1, status: 'open' });
    const projectKey = open!.key.split('-')[0]!;
    local.site.resolve(open!.key); // resolved in Jira; the platform never delivers the event
    await local.runtime.runScheduled('resolution-reconciliation');
    const today = new Date(local.clock.now()).toISOString().slice(0, 10);
    const answer = unwrap(
      await page<{ quality: ProjectQuality[] }>('getDataQuality', {
        projects: [projectKey],
        period: { from: today, to: today },
      }),
    );
    const recovered = answer.quality[0]!.verdicts.find((v) => v.check === 'recoveredEvents')!;
    expect(recovered).toMatchObject({ gap: 1, level: 'fair', jql: null });
    expect(recovered.text).toMatch(/^1 resolution in the months of the period reached the app only through/);
  });

  it('refuses a period that is not one', async () => {
    const answer = await page('getCxReport', { period: { from: '2026-03-09', to: '2026-03-01' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await page('getCxReport', { metrics: ['csat'] });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
