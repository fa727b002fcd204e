import { formerUser } from '../../domain/privacy/accounts-named';
import { RollupBatch } from '../aggregates/rollup-batch';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import {
  REPORT_BATCH,
  REPORT_CYCLE_DAYS,
  ReportThrottled,
  type PendingRewrite,
  type PersonalDataReport,
  type PrivacyProgress,
  type PrivacyProgressStore,
} from './ports';
import { advanceRewrite, type RewriteDeps } from './rewrite-account';

export interface PrivacyDeps extends RewriteDeps {
  settings: SettingsStore;
  rollups: RollupQueue;
  desk: Pick<ServiceDesk, 'userProfile'>;
  platform: PersonalDataReport;
  progress: PrivacyProgressStore;
  /** A fresh random token for a closed account's stand-in. */
  newToken: () => string;
}

export interface PrivacyRun {
  /** Accounts reported in this run. */
  reported: number;
  closed: number;
  updated: number;
  /** Tickets whose records were checked and, where they named the account, rewritten. */
  ticketsRewritten: number;
  /** Accounts whose rewrite goes on in a later run. */
  pending: number;
  /** The report cycle: finished in this run, still walking, throttled by the platform, or not due. */
  cycle: 'finished' | 'continuing' | 'throttled' | 'not-due';
}

const DAY_MS = 86_400_000;

/**
 * The personal-data report, run every hour and reporting each stored account once a week.
 *
 * 1. Rewrites left from earlier runs go on (a closed agent may be named by thousands of tickets).
 * 2. A report cycle starts when the last one started `REPORT_CYCLE_DAYS` ago. It walks the account
 *    registry in id order, `REPORT_BATCH` accounts per call, and saves after each batch where it
 *    stopped and what the answer asks for, so a run cut short resumes at the next batch, and a
 *    `closed` answer is never lost between runs:
 *    - `closed`: every ticket and stored fact naming the account is rewritten (`advanceRewrite`),
 *      then its registry entry and customer record go. The figures it owns keep their values
 *      under a stand-in (`formerUser`); see docs/decisions.md, "Personal data".
 *    - `updated`: where the app stores the account's display name (agents), the name is read
 *      from Jira again and replaced in every ticket and fact; otherwise (ids only) the entry is
 *      only dated anew.
 * 3. New rewrites start within the same run, time permitting.
 *
 * Every step checks `deadline`; the rebuild of the days whose facts changed is asked for once at
 * the end (their markers were written with the facts, so the five-minute catch-up finds any missed).
 */
export async function runPersonalDataReport(deps: PrivacyDeps, deadline: Date): Promise<PrivacyRun> {
  const run: PrivacyRun = {
    reported: 0,
    closed: 0,
    updated: 0,
    ticketsRewritten: 0,
    pending: 0,
    cycle: 'not-due',
  };
  const progress = await deps.progress.get();
  const { reportingTimeZone } = await deps.settings.get();
  const days = new RollupBatch();
  let finishedRewrites = 0;
  const outOfTime = () => deps.now() >= deadline;

  const drain = async () => {
    while (progress.pending.length > 0 && !outOfTime()) {
      const step = await advanceRewrite(deps, progress.pending[0]!, reportingTimeZone, deadline);
      run.ticketsRewritten += step.tickets;
      await days.schedule(step.days);
      if (step.work) progress.pending[0] = step.work;
      else {
        progress.pending.shift();
        finishedRewrites += 1;
      }
      await deps.progress.save(progress);
    }
  };

  await drain();
  run.cycle = await walkCycle(deps, progress, run, outOfTime);
  await drain();

  run.pending = progress.pending.length;
  await days.sendOrLeaveToCatchUp(deps.rollups, 'a personal-data rewrite');
  // A cached gadget answer may still show a name just erased or replaced.
  if (finishedRewrites > 0) await deps.accounts.dropCachedAnswers();
  return run;
}

async function walkCycle(
  deps: PrivacyDeps,
  progress: PrivacyProgress,
  run: PrivacyRun,
  outOfTime: () => boolean,
): Promise<PrivacyRun['cycle']> {
  const now = deps.now();
  const last = progress.lastCycleStartedAt ? Date.parse(progress.lastCycleStartedAt) : null;
  if (!progress.cycle && (last === null || now.getTime() - last >= REPORT_CYCLE_DAYS * DAY_MS)) {
    progress.cycle = { startedAt: now.toISOString(), after: null };
  }
  const cycle = progress.cycle;
  if (!cycle) return 'not-due';
  for (;;) {
    if (outOfTime()) {
      await deps.progress.save(progress);
      return 'continuing';
    }
    const batch = await deps.accounts.page(cycle.after, REPORT_BATCH);
    if (batch.length === 0) {
      progress.lastCycleStartedAt = cycle.startedAt;
      progress.cycle = null;
      await deps.progress.save(progress);
      return 'finished';
    }
    let updates;
    try {
      updates = await deps.platform.report(
        batch.map(({ accountId, updatedAt }) => ({ accountId, updatedAt })),
      );
    } catch (error) {
      if (!(error instanceof ReportThrottled)) throw error;
      console.warn(`${error.message} The report resumes at the next run.`);
      await deps.progress.save(progress);
      return 'throttled';
    }
    run.reported += batch.length;
    for (const update of updates) {
      const account = batch.find((candidate) => candidate.accountId === update.accountId);
      // The platform answers only about accounts it was asked about; anything else is ignored.
      if (!account) continue;
      const queued = progress.pending.findIndex((work) => work.accountId === account.accountId);
      if (update.status === 'closed') {
        run.closed += 1;
        const work: PendingRewrite = {
          accountId: account.accountId,
          kind: 'close',
          standIn: formerUser(deps.newToken()),
        };
        // A close replaces an unfinished rename; a close already under way keeps its stand-in.
        if (queued === -1) progress.pending.push(work);
        else if (progress.pending[queued]!.kind === 'rename') progress.pending[queued] = work;
        continue;
      }
      run.updated += 1;
      if (queued !== -1) continue;
      const profile = account.displayName === null ? null : await deps.desk.userProfile(account.accountId);
      if (profile) {
        progress.pending.push({
          accountId: account.accountId,
          kind: 'rename',
          name: profile.displayName,
          startedAt: deps.now().toISOString(),
          after: null,
        });
      } else {
        // Only the id is stored (or Jira no longer shows the profile): nothing to refresh.
        await deps.accounts.save({ ...account, updatedAt: deps.now().toISOString() });
      }
    }
    cycle.after = batch.at(-1)!.accountId;
    await deps.progress.save(progress);
  }
}
