import { getAppContext } from '@forge/api';
import { KvsReviewMarkers } from '../../adapters/forge/kvs-review-markers';
import { createDueReviews, type ReviewRun } from '../../app/reviews/create-due-reviews';
import { appDeps } from '../deps';

/**
 * The report page's path in Jira: a jira:globalPage lives at /jira/apps/{appId}/{envId}
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-global-page/).
 */
export function reportPagePath(appAri: string, environmentAri: string): string {
  const appId = /app\/([^/]+)$/.exec(appAri)?.[1] ?? '';
  const envId = /environment\/(?:[^/]+\/)?([^/]+)$/.exec(environmentAri)?.[1] ?? '';
  return `/jira/apps/${appId}/${envId}`;
}

/**
 * A step of the hourly job: the review tasks that are due. Reviews are daily at the most often, so
 * an hourly look is early enough, and riding on the hourly trigger keeps two of Forge's five
 * scheduled triggers free. A failure is logged, not thrown: the reconciliation before it stands,
 * and the next hour tries the reviews again (their markers make that safe).
 */
export async function createReviews(): Promise<ReviewRun | null> {
  const context = getAppContext();
  try {
    const run = await createDueReviews(
      { ...appDeps(), reviewMarkers: new KvsReviewMarkers() },
      { reportUrl: reportPagePath(String(context.appAri), String(context.environmentAri)) },
    );
    if (run.created.length + run.failed.length > 0) console.log('Review tasks:', run);
    return run;
  } catch (error) {
    console.error('Review tasks could not be made this hour:', error);
    return null;
  }
}
