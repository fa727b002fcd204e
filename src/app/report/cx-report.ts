import type { GadgetConfiguration, MetricFigure } from '../../contract/gadgets';
import type { CxReport, ReportFigure, ReportOwner } from '../../contract/report-page';
import { FIGURE_METRICS } from '../../domain/report/figures';
import { METRIC_GROUPS } from '../../domain/metrics/groups';
import type { ReviewPlan } from '../../domain/reviews/review-plan';
import type { AggregateStore } from '../ports/aggregate-store';
import type { RecoveredResolutions } from '../ports/recent-resolutions';
import type { ServiceDesk } from '../ports/service-desk';
import type { TicketStore } from '../ports/ticket-store';
import { scorecard } from '../gadgets/gadget-queries';
import type { GadgetScope } from '../gadgets/gadget-scope';
import { dataQuality } from './data-quality';
import { openFollowUps } from './open-follow-ups';

type Deps = {
  aggregates: AggregateStore;
  tickets: TicketStore;
  desk: ServiceDesk;
  recoveries: RecoveredResolutions;
  now: () => Date;
};

const inGroup = (group: readonly string[]) => (figure: MetricFigure) => group.includes(figure.metric);

/**
 * The CX report of a scope: every figure computed by the scorecard's own query (so the page, the
 * gadgets and `cx-metrics report` show one number), split into the literature's results and
 * process metrics, each with its owner and review cadence from the review plan; then the
 * data-quality verdicts and the open low-score follow-ups.
 */
export async function cxReport(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
  plan: ReviewPlan,
): Promise<CxReport> {
  const [card, quality, followUps] = await Promise.all([
    scorecard(deps, scope, { ...config, metrics: [...FIGURE_METRICS] }),
    dataQuality(deps, scope),
    openFollowUps(deps, scope, (projectKey) => deps.desk.viewerIsAgentOf(projectKey)),
  ]);
  const names = await ownerNames(deps.desk, plan);
  const withOwner = (figure: MetricFigure): ReportFigure => {
    const review = plan.metrics[figure.metric];
    return { ...figure, owner: names.get(figure.metric)!, cadence: review.cadence };
  };
  return {
    window: card.window,
    results: card.tiles.filter(inGroup(METRIC_GROUPS.results)).map(withOwner),
    // The literature names the results; every other figure is one a team moves (MTTA's splits too).
    process: card.tiles.filter((figure) => !inGroup(METRIC_GROUPS.results)(figure)).map(withOwner),
    quality,
    followUps,
  };
}

/** Each metric's owner by name; an unpicked owner, or one Jira no longer knows, by the role. */
async function ownerNames(desk: ServiceDesk, plan: ReviewPlan): Promise<Map<string, ReportOwner>> {
  const accounts = [...new Set(Object.values(plan.metrics).flatMap((review) => review.owner ?? []))];
  const profiles = new Map(
    await Promise.all(accounts.map(async (id) => [id, await desk.userProfile(id)] as const)),
  );
  return new Map(
    Object.entries(plan.metrics).map(([metric, review]) => {
      const profile = review.owner === null ? null : profiles.get(review.owner);
      return [
        metric,
        profile
          ? { accountId: review.owner, name: profile.displayName }
          : { accountId: null, name: `${review.role} (not named)` },
      ];
    }),
  );
}
