import { kvs } from '@forge/kvs';
import type { Envelope } from '../../src/contract/envelope';
import type { Scorecard } from '../../src/contract/gadgets';
import type { ReviewPlan } from '../../src/contract/report-page';
import { FIGURE_METRICS } from '../../src/domain/report/figures';
import { lastEndedPeriod } from '../../src/domain/reviews/review-periods';
import { defaultReviewPlan } from '../../src/domain/reviews/review-plan';
import { reviewLabel, reviewValueText } from '../../src/domain/reviews/review-task';
import type { TaskRecord } from '../../src/local/jsm/model';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

const textOf = (node: unknown): string =>
  typeof node !== 'object' || node === null
    ? ''
    : 'text' in node && typeof node.text === 'string'
      ? node.text
      : 'content' in node && Array.isArray(node.content)
        ? node.content
            .map(textOf)
            .join('type' in node && (node.type === 'doc' || node.type === 'bulletList') ? '\n' : '')
        : '';

/**
 * Review tasks over the production path: the hourly job makes one Jira issue per metric and
 * period in the chosen project, with the period's figure (the scorecard's) in its description,
 * never two whatever the retries, and an owner who left gets it unassigned with a note.
 */
describe('review tasks', () => {
  let local: Site;
  let plan: ReviewPlan;
  beforeAll(async () => {
    local = await startLocalSite({ replayHistory: true });
    await local.clock.advance(120);
    await local.runtime.idle();
  }, 120_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const leaver = () =>
    local.site.agents().filter((agent) => !agent.admin && agent.serviceDeskIds?.includes('1'))[0]!.accountId;
  const call = async <T>(
    moduleKey: string,
    type: string,
    key: string,
    payload: unknown,
    extension: object = {},
  ) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: admin(),
        accountType: 'licensed',
        localId: moduleKey,
        extension: { type, ...extension },
      },
      key,
      payload,
    )) as Envelope<T>;
  const hourly = () => local.runtime.runScheduled('resolution-reconciliation');
  const tasks = (): TaskRecord[] => local.site.tasks();

  it('makes none until an administrator enables them and names the project', async () => {
    await hourly();
    expect(tasks()).toEqual([]);
    plan = defaultReviewPlan();
    plan.enabled = true;
    plan.projectKey = 'SD';
    plan.metrics.ces.owner = admin();
    plan.metrics.csat.owner = leaver();
    const saved = await call<ReviewPlan>('cx-admin', 'jira:adminPage', 'saveReviewPlan', plan);
    expect(saved.ok).toBe(true);
  });

  it('makes one task per metric for the last ended period, with the scorecard’s figure', async () => {
    local.site.deactivateUser(leaver());
    await hourly();
    const made = tasks();
    expect(made).toHaveLength(FIGURE_METRICS.length);
    const now = new Date(local.clock.now());
    for (const metric of FIGURE_METRICS) {
      const period = lastEndedPeriod(plan.metrics[metric].cadence, now, 'UTC');
      const task = made.find((candidate) => candidate.labels.includes(reviewLabel(metric, period.id)));
      expect(task).toBeDefined();
      expect(task!.duedate).toBe(period.due);
      expect(task!.projectKey).toBe('SD');
    }
    const month = lastEndedPeriod('monthly', now, 'UTC');
    const ces = made.find((task) => task.labels.includes(reviewLabel('ces', month.id)))!;
    expect(ces.summary).toBe('CES review: February 2026');
    expect(ces.assigneeId).toBe(admin());
    const card = await call<Scorecard>(
      'cx-scorecard',
      'jira:dashboardGadget',
      'getScorecard',
      {},
      {
        gadgetConfiguration: { period: { from: month.from, to: month.to }, metrics: ['ces'] },
      },
    );
    if (!card.ok) throw new Error(card.error.message);
    const tile = card.data.tiles[0]!;
    const description = textOf(ces.description);
    expect(description).toContain(`CES: ${reviewValueText(tile.unit, tile.value)} (n = ${tile.n}`);
    expect(description).toContain('Largest movers');
    expect(description).toContain('the CX report');

    const csat = made.find((task) => task.labels.includes(reviewLabel('csat', month.id)))!;
    expect(csat.assigneeId).toBeNull();
    expect(textOf(csat.description)).toContain(`(account ${leaver()}) is no longer active in Jira`);
  });

  it('makes no second task on a retry, nor after a run that died before noting its task', async () => {
    await hourly();
    expect(tasks()).toHaveLength(FIGURE_METRICS.length);
    const month = lastEndedPeriod('monthly', new Date(local.clock.now()), 'UTC');
    await kvs.delete(`review:ces:${month.id}`);
    await hourly();
    expect(tasks()).toHaveLength(FIGURE_METRICS.length);
    expect(await kvs.get(`review:ces:${month.id}`)).toMatchObject({ state: 'created' });
  });

  it('makes each period’s tasks once as the clock runs past the end of the month, hour by hour', async () => {
    const now = local.clock.now();
    const april = Date.parse('2026-04-01T00:30:00Z');
    await local.clock.advance((april - now) / 1000);
    await hourly();
    const labels = tasks().flatMap((task) => task.labels);
    expect(new Set(labels).size).toBe(labels.length);
    for (const metric of FIGURE_METRICS) {
      const period = lastEndedPeriod(plan.metrics[metric].cadence, new Date(april), 'UTC');
      expect(labels.filter((label) => label === reviewLabel(metric, period.id))).toHaveLength(1);
    }
    const monthly = FIGURE_METRICS.filter((metric) => plan.metrics[metric].cadence === 'monthly');
    expect(labels.filter((label) => label.endsWith('-2026-03'))).toHaveLength(monthly.length);
    // A daily review for every day that ended while the clock ran: 1 March to 31 March.
    expect(labels.filter((label) => label.startsWith('cx-review-fcr-2026-03-'))).toHaveLength(31);
  }, 120_000);
});
