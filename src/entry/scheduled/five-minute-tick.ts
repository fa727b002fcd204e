import { catchUpRollups } from './catch-up-rollups';
import { startSync } from '../../app/servicenow/sync-step';
import { serviceNowDeps } from '../servicenow-deps';
import { sweepSurveys } from './sweep-surveys';

/**
 * The app's one five-minute scheduled trigger. Forge allows a single trigger with the fiveMinute
 * interval per app ("Total number of scheduled trigger modules with fiveMinute intervals in an
 * app: 1", https://developer.atlassian.com/platform/forge/limits-scheduled-trigger/), and two
 * duties need that rhythm: the catch-up of lost rollups and stopped queue chains, and the survey
 * sweep. The catch-up goes first because it is bounded and cheap (marked days and two status
 * reads); the sweep then takes the rest of the invocation's time, as it measures it itself. One
 * failing does not keep the other from running: a scheduled run that throws is not retried.
 */
export async function fiveMinuteTick() {
  const catchUp = await catchUpRollups().catch((error: unknown) => {
    console.error('Catch-up failed; the next tick tries again:', error);
    return null;
  });
  // The ServiceNow sync, hourly once caught up, without a scheduled trigger of its own (Forge
  // allows five per app): a run starts here when due, and a chain the platform stopped resumes.
  const serviceNow = await startSync(serviceNowDeps()).catch((error: unknown) => {
    console.error(
      'ServiceNow sync start failed; the next tick tries again:',
      error instanceof Error ? error.name : error,
    );
    return null;
  });
  const sweep = await sweepSurveys();
  return { catchUp, serviceNow, sweep };
}
