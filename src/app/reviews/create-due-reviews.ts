import { defaultGadgetConfiguration } from '../../contract/gadget-configuration';
import type { BreakdownRow, GadgetConfiguration } from '../../contract/gadgets';
import { previousWindow } from '../../domain/aggregates/window';
import type { DimensionName } from '../../domain/facts/dimension-names';
import { METRIC_GROUPS } from '../../domain/metrics/groups';
import { FIGURE_METRICS, type FigureMetric } from '../../domain/report/figures';
import { lastEndedPeriod, type ReviewPeriod } from '../../domain/reviews/review-periods';
import type { ReviewPlan } from '../../domain/reviews/review-plan';
import {
  reviewLabel,
  reviewTaskFields,
  type ReviewComment,
  type ReviewMover,
} from '../../domain/reviews/review-task';
import { breakdown, scorecard } from '../gadgets/gadget-queries';
import { scopeFor, type GadgetScope } from '../gadgets/gadget-scope';
import type { AggregateStore } from '../ports/aggregate-store';
import type { ReviewPlanStore } from '../ports/review-plan-store';
import type { ReviewMarkers, ReviewTasks } from '../ports/review-tasks';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { openFollowUps } from '../report/open-follow-ups';

export interface ReviewDeps {
  reviewPlan: ReviewPlanStore;
  settings: SettingsStore;
  aggregates: AggregateStore;
  tickets: TicketStore;
  reviewTasks: ReviewTasks;
  reviewMarkers: ReviewMarkers;
  now: () => Date;
}

export interface ReviewRun {
  /** `metric period → issue key` of the tasks made by this run. */
  created: string[];
  /** Reviews found already made (by their marker or their label). */
  existing: number;
  /** Tasks made unassigned because their owner's account is closed or cannot be assigned. */
  unassigned: string[];
  /** Reviews Jira refused, left for the next run. */
  failed: string[];
}

/** A claim older than this is a run that died mid-way: the next run takes it over. */
export const STALE_CLAIM_MS = 15 * 60_000;
/** The breakdowns searched for movers, and how many movers a task lists. */
const MOVER_DIMENSIONS: DimensionName[] = ['team', 'agent', 'requestType', 'priority'];
const MOVERS = 3;
const COMMENTS = 5;

/**
 * Creates the review tasks that are due: for each metric, once the last period of its cadence has
 * ended, one Jira issue in the administrator's project, assigned to the metric's owner and due
 * within the cadence, whose description holds the period's figure against target, the change since
 * the last review, the largest movers and the low-score comments to read.
 *
 * One task per metric and period, whatever the retries: a marker is claimed with a write that
 * fails when one exists, the project is searched for the review's label before creating (a run
 * that died between Jira's answer and the marker's update left the task there), and the marker
 * records the issue once made. An owner whose account is closed (or whom Jira refuses as
 * assignee) gets the task unassigned with a note, not an error.
 */
export async function createDueReviews(deps: ReviewDeps, options: { reportUrl: string }): Promise<ReviewRun> {
  const run: ReviewRun = { created: [], existing: 0, unassigned: [], failed: [] };
  const plan = await deps.reviewPlan.get();
  if (!plan.enabled || plan.projectKey === null) return run;
  const settings = await deps.settings.get();
  const now = deps.now();
  const projects = await reportedProjects(deps.aggregates, settings.enabledProjects);
  if (projects.length === 0) return run;
  for (const metric of FIGURE_METRICS) {
    const review = plan.metrics[metric];
    const period = lastEndedPeriod(review.cadence, now, settings.reportingTimeZone);
    const marker = await deps.reviewMarkers.get(metric, period.id);
    if (marker?.state === 'created') {
      run.existing += 1;
      continue;
    }
    if (marker?.state === 'creating' && now.getTime() - Date.parse(marker.at) < STALE_CLAIM_MS) continue;
    if (marker === null && !(await deps.reviewMarkers.claim(metric, period.id, now.toISOString()))) continue;
    if (marker !== null)
      await deps.reviewMarkers.put(metric, period.id, { state: 'creating', at: now.toISOString() });

    const label = reviewLabel(metric, period.id);
    const found = await deps.reviewTasks.findByLabel(plan.projectKey, label);
    if (found !== null) {
      await deps.reviewMarkers.put(metric, period.id, {
        state: 'created',
        at: now.toISOString(),
        issueKey: found,
      });
      run.existing += 1;
      continue;
    }
    const outcome = await createOne(deps, plan, metric, period, projects, settings, options.reportUrl);
    if (outcome.ok) {
      await deps.reviewMarkers.put(metric, period.id, {
        state: 'created',
        at: now.toISOString(),
        issueKey: outcome.key,
      });
      run.created.push(`${metric} ${period.id} → ${outcome.key}`);
      if (outcome.unassigned) run.unassigned.push(outcome.key);
    } else {
      await deps.reviewMarkers.release(metric, period.id);
      run.failed.push(`${metric} ${period.id}: ${outcome.message}`);
    }
  }
  return run;
}

async function reportedProjects(aggregates: AggregateStore, enabled: 'all' | string[]): Promise<string[]> {
  const withData = await aggregates.projects();
  return (enabled === 'all' ? withData : withData.filter((key) => enabled.includes(key))).sort();
}

async function createOne(
  deps: ReviewDeps,
  plan: ReviewPlan,
  metric: FigureMetric,
  period: ReviewPeriod,
  projects: string[],
  settings: Awaited<ReturnType<SettingsStore['get']>>,
  reportUrl: string,
): Promise<{ ok: true; key: string; unassigned: boolean } | { ok: false; message: string }> {
  const config: GadgetConfiguration = {
    ...defaultGadgetConfiguration(),
    period: { from: period.from, to: period.to },
    metrics: [metric],
    metric,
  };
  const scope = scopeFor(deps, settings, config, projects);
  const [card, movers, comments] = await Promise.all([
    scorecard(deps, scope, config),
    largestMovers(deps, scope, config),
    (METRIC_GROUPS.results as readonly string[]).includes(metric) ? lowScoreComments(deps, scope) : [],
  ]);
  const figure = card.tiles[0]!;
  const review = plan.metrics[metric];
  let assignee = review.owner;
  let ownerNote: string | null = null;
  if (assignee === null)
    ownerNote = `No owner is named for ${figure.label} on the admin page (${review.role} by default).`;
  else if (!(await deps.reviewTasks.accountActive(assignee))) {
    ownerNote = `The owner named for ${figure.label} (account ${assignee}) is no longer active in Jira; pick a new owner on the admin page.`;
    assignee = null;
  }
  const fields = (owner: string | null, note: string | null) =>
    reviewTaskFields({
      metric,
      period,
      figure,
      movers,
      comments,
      reportUrl,
      projectKey: plan.projectKey!,
      issueType: plan.issueType,
      audience: review.audience,
      assignee: owner,
      ownerNote: note,
    });
  let created = await deps.reviewTasks.create(fields(assignee, ownerNote));
  if (!created.ok && created.field === 'assignee' && assignee !== null) {
    ownerNote = `Jira would not assign this task to the owner named for ${figure.label} (${created.message}); pick a new owner on the admin page.`;
    assignee = null;
    created = await deps.reviewTasks.create(fields(null, ownerNote));
  }
  if (!created.ok) return { ok: false, message: created.message };
  return { ok: true, key: created.key, unassigned: assignee === null && review.owner !== null };
}

/** The breakdown values whose figure moved most between the period and the one before. */
async function largestMovers(
  deps: ReviewDeps,
  scope: GadgetScope,
  config: GadgetConfiguration,
): Promise<ReviewMover[]> {
  const before = previousWindow(scope.window.from, scope.window.to);
  const movers: Array<ReviewMover & { size: number }> = [];
  for (const dimension of MOVER_DIMENSIONS) {
    const [now, then] = await Promise.all([
      breakdown(deps, scope, { ...config, dimension }),
      breakdown(deps, { ...scope, window: { ...scope.window, ...before } }, { ...config, dimension }),
    ]);
    const previous = new Map<string, BreakdownRow>(then.rows.map((row) => [row.key, row]));
    for (const row of now.rows) {
      const old = previous.get(row.key);
      if (row.value === null || old?.value == null || row.lowSample) continue;
      movers.push({
        dimension: DIMENSION_WORDS[dimension],
        label: row.label,
        value: row.value,
        previous: old.value,
        n: row.n,
        size: Math.abs(row.value - old.value),
      });
    }
  }
  movers.sort((a, b) => b.size - a.size || a.label.localeCompare(b.label));
  return movers.slice(0, MOVERS).map(({ size: _size, ...mover }) => mover);
}

const DIMENSION_WORDS: Record<DimensionName, string> = {
  agent: 'agent',
  team: 'team',
  requestType: 'request type',
  priority: 'priority',
  organization: 'organization',
};

/** The open low scores with a comment: the review task lives in the administrator's project. */
async function lowScoreComments(deps: ReviewDeps, scope: GadgetScope): Promise<ReviewComment[]> {
  const rows = await openFollowUps(deps, scope, async () => true);
  return rows
    .filter((row): row is typeof row & { comment: string } => row.comment !== null && row.comment !== '')
    .slice(0, COMMENTS)
    .map(({ ticketKey, ces, csat, comment }) => ({ ticketKey, ces, csat, comment }));
}
