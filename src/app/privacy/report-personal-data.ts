import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { eraseAccount } from './erase-account';
import { REPORT_BATCH, type PersonalDataReport, type StoredAccounts } from './ports';

export interface PrivacyDeps {
  tickets: TicketStore;
  settings: SettingsStore;
  rollups: RollupQueue;
  accounts: StoredAccounts;
  platform: PersonalDataReport;
  now: () => Date;
}

export interface PrivacyRun {
  reported: number;
  closed: number;
  updated: number;
  /** Tickets from which a closed account's identity was removed. */
  ticketsAnonymised: number;
  /** Every stored account was reported in this pass; the next run starts again from the first. */
  finished: boolean;
}

/**
 * The weekly personal-data report. Walks the stored accounts in id order, a batch of at most 90
 * (one report call) at a time, and acts on the answer:
 * - `closed`: the account's record is deleted and its identity removed from every ticket that
 *   names it (`eraseAccount`); the survey's scores stay, so the metrics do not change.
 * - `updated`: nothing to do. The app keeps no profile data of customers (names and locales are
 *   read from Jira when shown), only account ids, and an account id never changes.
 *
 * Stops before `deadline`, saving the last account whose batch was fully handled; the next run
 * resumes after it, so a large site is covered over several runs and nothing is skipped. A batch
 * cut short is reported again next time, which is harmless.
 */
export async function reportPersonalData(deps: PrivacyDeps, deadline: Date): Promise<PrivacyRun> {
  const run: PrivacyRun = { reported: 0, closed: 0, updated: 0, ticketsAnonymised: 0, finished: false };
  const { reportingTimeZone } = await deps.settings.get();
  let after = await deps.accounts.savedCursor();
  for (;;) {
    if (deps.now() >= deadline) break;
    const batch = await deps.accounts.page(after, REPORT_BATCH);
    if (batch.length === 0) {
      run.finished = true;
      await deps.accounts.saveCursor(null);
      break;
    }
    const updates = await deps.platform.report(batch);
    run.reported += batch.length;
    let outOfTime = false;
    for (const update of updates) {
      if (update.status === 'updated') {
        run.updated += 1;
        continue;
      }
      if (deps.now() >= deadline) {
        outOfTime = true;
        break;
      }
      run.ticketsAnonymised += await eraseAccount(deps, update.accountId, reportingTimeZone);
      run.closed += 1;
    }
    if (outOfTime) break;
    after = batch.at(-1)!.accountId;
    await deps.accounts.saveCursor(after);
  }
  return run;
}
