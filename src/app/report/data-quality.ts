import type { ProjectQuality } from '../../contract/report-page';
import { selectQuality, selectTotal } from '../../domain/aggregates/day-aggregate';
import { issueSearchPath } from '../../domain/quality/quality-jql';
import { qualityVerdicts } from '../../domain/quality/verdicts';
import { NO_QUALITY } from '../../domain/quality/quality-counts';
import type { AggregateStore } from '../ports/aggregate-store';
import type { GadgetScope } from '../gadgets/gadget-scope';
import { windowAggregates } from '../gadgets/window-aggregate';

/**
 * The data-quality verdicts of each project of a scope over its window, read from the same stored
 * aggregates as the figures (their totals, a few reads per project and month): the tickets'
 * attributes and clocks, and the surveys sent against those answered (CSAT's invitations and
 * responses, the response rate the figures rest on).
 */
export async function dataQuality(
  deps: { aggregates: AggregateStore },
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
      return { projectKey, aggregate: aggregate! };
    }),
  );
  return perProject.map(({ projectKey, aggregate }) => {
    const counts = selectQuality(aggregate, scope.requestTypes);
    const bucket = selectTotal(aggregate, scope.requestTypes);
    const verdicts = qualityVerdicts(projectKey, window, counts ?? NO_QUALITY, {
      survey: 'csat',
      invitations: bucket.invitations.csat,
      responses: bucket.responses.csat,
    });
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
