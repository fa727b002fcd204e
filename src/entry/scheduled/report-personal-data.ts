import { getAppContext } from '@forge/api';
import { randomBytes } from 'node:crypto';
import {
  ForgePersonalDataReport,
  KvsAccountRegistry,
  KvsPrivacyProgress,
} from '../../adapters/forge/kvs-personal-data';
import { KvsNpsStore } from '../../adapters/forge/kvs-nps-store';
import { runPersonalDataReport, type PrivacyRun } from '../../app/privacy/report-personal-data';
import { appDeps } from '../deps';

/** Stops this long before the platform would, so the last rewrite and the progress are saved. */
const SAFETY_MS = 10_000;

/**
 * Hourly: goes on with the rewrites of closed or renamed accounts, and once a week reports every
 * stored account to the platform (see the app function for the whole story).
 */
export async function reportPersonalData(): Promise<PrivacyRun> {
  const deadline = new Date(
    Date.now() + Math.max(0, getAppContext().invocationRemainingTimeInMillis() - SAFETY_MS),
  );
  const run = await runPersonalDataReport(
    {
      ...appDeps(),
      accounts: new KvsAccountRegistry(),
      nps: new KvsNpsStore(),
      progress: new KvsPrivacyProgress(),
      platform: new ForgePersonalDataReport(),
      newToken: () => randomBytes(6).toString('hex'),
    },
    deadline,
  );
  console.log('Personal-data report:', run);
  return run;
}
