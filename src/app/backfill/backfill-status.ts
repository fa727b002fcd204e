import type { BackfillStatus } from '../../contract/backfill';
import { estimateRemaining, progressPercent } from '../../domain/capture/backfill-progress';
import type { BackfillRun } from '../ports/backfill-run';

/** What the admin page shows of an import. */
export function backfillStatus(run: BackfillRun | null, now: Date): BackfillStatus {
  if (!run) {
    return {
      state: 'idle',
      months: 12,
      total: 0,
      done: 0,
      percent: 0,
      etaSeconds: null,
      startedAt: null,
      updatedAt: null,
      errors: 0,
      lastError: null,
    };
  }
  const { progress } = run;
  const eta = estimateRemaining(progress, now.getTime());
  return {
    state: progress.state,
    months: run.months,
    total: Math.max(progress.total ?? progress.done, progress.done),
    done: progress.done,
    percent: progressPercent(progress) ?? 0,
    etaSeconds: eta === null ? null : Math.round(eta / 1000),
    startedAt: progress.startedAt,
    updatedAt: progress.updatedAt,
    errors: progress.errors,
    lastError: progress.lastError,
  };
}
