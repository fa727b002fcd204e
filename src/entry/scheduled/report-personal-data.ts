import { getAppContext } from '@forge/api';
import { ForgePersonalDataReport, KvsStoredAccounts } from '../../adapters/forge/kvs-personal-data';
import { reportPersonalData as runReport, type PrivacyRun } from '../../app/privacy/report-personal-data';
import { appDeps } from '../deps';

/** Stops this long before the platform would, so the last erasure and the cursor are written. */
const SAFETY_MS = 10_000;

/** Weekly: reports the stored account ids to the platform and erases those of closed accounts. */
export async function reportPersonalData(): Promise<PrivacyRun> {
  const deadline = new Date(
    Date.now() + Math.max(0, getAppContext().invocationRemainingTimeInMillis() - SAFETY_MS),
  );
  const run = await runReport(
    { ...appDeps(), accounts: new KvsStoredAccounts(), platform: new ForgePersonalDataReport() },
    deadline,
  );
  console.log('Personal-data report:', run);
  return run;
}
