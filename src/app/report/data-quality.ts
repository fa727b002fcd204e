import type { ProjectQuality } from '../../contract/report-page';
import { selectQuality, selectTotal } from '../../domain/aggregates/day-aggregate';
import { issueSearchPath } from '../../domain/quality/quality-jql';
import { qualityVerdicts } from '../../domain/quality/verdicts';
import { NO_QUALITY } from '../../domain/quality/quality-counts';
import type { AggregateStore } from '../ports/aggregate-store';
import type { RecoveredResolutions } from '../ports/recent-resolutions';
import type { GadgetScope } from '../gadgets/gadget-scope';
import { windowAggregates } from '../gadgets/window-aggregate';

/**
 * The data-quality verdicts of each project of a scope over its window, read from the same stored
 * aggregates as the figures (their totals, a few reads per project and month): the tickets'
 * attributes and clocks, and the surveys sent against those answered (CSAT's invitations and
 * responses, the response rate the figures rest on); and the resolutions only the hourly
 * reconciliation recorded, counted by month.
 */
export async function dataQuality(
  deps: { aggregates: AggregateStore; recoveries: RecoveredResolutions },
  scope: GadgetScope,
): Promise<ProjectQuality[]> {
  const window = { from: scope.window.from, to: scope.window.to };
  const perProject = await Promise.all(
    scope.window.projects.map(async (projectKey) => {
      const [aggregate] = await windowAggregates(
        deps.aggregates,
        { projects: [projectKey], siteWide: false },
        [window],
      );
      const recovered = await deps.recoveries.recoveredIn(projectKey, monthsOf(window.from, window.to));
      return { projectKey, aggregate: aggregate!, recovered };
    }),
  );
  return perProject.map(({ projectKey, aggregate, recovered }) => {
    const counts = selectQuality(aggregate, scope.requestTypes);
    const bucket = selectTotal(aggregate, scope.requestTypes);
    const verdicts = qualityVerdicts(
      projectKey,
      window,
      counts ?? NO_QUALITY,
      {
        survey: 'csat',
        invitations: bucket.invitations.csat,
        responses: bucket.responses.csat,
      },
      recovered,
    );
    return {
      projectKey,
      counted: counts !== null,
      verdicts: verdicts.map((verdict) => ({
        ...verdict,
        searchPath: verdict.jql === null ? null : issueSearchPath(verdict.jql),
      })),
    };
  });
}

/** The months (`YYYY-MM`) a window of days touches. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7);) {
    months.push(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return months;
}
