import { getAppContext } from '@forge/api';
import { JiraRecentResolutions } from '../../adapters/forge/jira-recent-resolutions';
import { KvsReconciliationStore } from '../../adapters/forge/kvs-reconciliation';
import { runReconciliation, type ReconcileReport } from '../../app/survey/reconcile-resolutions';
import { appDeps } from '../deps';
import { createReviews } from './create-reviews';

/** Stops this long before the platform would, so the watermark is always written. */
const SAFETY_MS = 10_000;

/**
 * Hourly: finds resolutions whose event never got through (Forge retries an event at most four
 * times) by comparing Jira's recently resolved requests with what is stored; then makes the
 * metric review tasks that are due (see create-reviews).
 */
export async function reconcileResolutions(): Promise<ReconcileReport> {
  const deadline = new Date(
    Date.now() + Math.max(0, getAppContext().invocationRemainingTimeInMillis() - SAFETY_MS),
  );
  const report = await runReconciliation(
    { ...appDeps(), resolutions: new JiraRecentResolutions(), reconciliation: new KvsReconciliationStore() },
    deadline,
  );
  if (report.recovered + report.completed > 0 || report.stopped)
    console.log('Resolution reconciliation:', report);
  await createReviews();
  return report;
}
