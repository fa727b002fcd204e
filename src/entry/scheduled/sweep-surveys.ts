import { getAppContext } from '@forge/api';
import { sweepDueSurveys, type SweepReport } from '../../app/survey/sweep-due-surveys';
import { appDeps } from '../deps';

/** Stops this long before the platform would, so the last update is always written. */
const SAFETY_MS = 10_000;

/** The five-minute sweeper: invitations, reminders and expiry of due surveys. */
export async function sweepSurveys(): Promise<SweepReport> {
  const deadline = new Date(
    Date.now() + Math.max(0, getAppContext().invocationRemainingTimeInMillis() - SAFETY_MS),
  );
  const report = await sweepDueSurveys(appDeps(), deadline);
  const { invited, reminded, expired, withdrawn, failed, deferred, errors } = report;
  if (invited + reminded + expired + withdrawn + failed + deferred + errors > 0)
    console.log('Survey sweep:', report);
  return report;
}
