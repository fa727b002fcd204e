import type { BackfillStatus } from '../../contract/backfill';
import { backfillJql } from '../../domain/capture/backfill-jql';
import { resumeProgress, startProgress } from '../../domain/capture/backfill-progress';
import { AppError } from '../errors';
import { requireJiraAdmin } from '../require-jira-admin';
import type { BackfillQueue, BackfillStore, IssueHistory } from '../ports/backfill-run';
import type { ServiceDesk } from '../ports/service-desk';
import { firstStep, TREE_ALLOWANCE } from '../queue-chain';
import { backfillStatus } from './backfill-status';

type Deps = {
  backfill: BackfillStore;
  backfillQueue: BackfillQueue;
  history: IssueHistory;
  desk: ServiceDesk;
  now: () => Date;
};

/** An import that has not moved for this long is taken as interrupted, and may be resumed or restarted. */
export const STALLED_MS = 10 * 60_000;

const stalled = (updatedAt: string, now: Date) => now.getTime() - Date.parse(updatedAt) > STALLED_MS;

export async function readBackfill(deps: Pick<Deps, 'backfill' | 'now'>): Promise<BackfillStatus> {
  return backfillStatus(await deps.backfill.get(), deps.now());
}

/**
 * Starts importing the last `months` months of every service desk's requests. Refused while an
 * import is running (and still moving); a finished, failed or interrupted one is replaced.
 */
export async function startBackfill(deps: Deps, payload: unknown): Promise<BackfillStatus> {
  await requireJiraAdmin(deps.desk, 'import history');
  const months = (payload as { months?: unknown } | null)?.months;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 24) {
    throw new AppError('INVALID_INPUT', 'Choose between 1 and 24 months.', [
      { field: 'months', message: 'Choose between 1 and 24 months.' },
    ]);
  }
  const now = deps.now();
  const current = await deps.backfill.get();
  if (current?.progress.state === 'running' && !stalled(current.progress.updatedAt, now)) {
    throw new AppError('CONFLICT', 'An import is already running.');
  }
  const jql = backfillJql({ projects: await deps.history.serviceDeskProjects(), months, now: now.getTime() });
  if (!jql.ok) throw new AppError('NOT_CONFIGURED', `Nothing to import: ${jql.reason}.`);
  const total = await deps.history.countIssues(jql.jql);
  const run = {
    id: String(now.getTime()),
    months,
    jql: jql.jql,
    progress: startProgress(now.getTime(), total),
  };
  await deps.backfill.save(run);
  // The admin's call is a new invocation tree: the whole allowance goes to the import's chain.
  await deps.backfillQueue.next(run.id, firstStep(TREE_ALLOWANCE));
  return backfillStatus(run, now);
}

/**
 * Continues a paused, failed or interrupted import from the page where it stopped: asked on the
 * admin page (by a Jira administrator), or by the five-minute catch-up, which has no user.
 */
export async function resumeBackfill(
  deps: Deps,
  requestedBy: 'admin-page' | 'catch-up',
  /** The pushes the new chain may make in the caller's invocation tree (app/queue-chain.ts). */
  budget = TREE_ALLOWANCE,
): Promise<BackfillStatus> {
  if (requestedBy === 'admin-page') await requireJiraAdmin(deps.desk, 'import history');
  const now = deps.now();
  const run = await deps.backfill.get();
  if (!run) throw new AppError('NOT_FOUND', 'No import to resume.');
  const { state, updatedAt } = run.progress;
  // A chain that ended on purpose (its tree's pushes spent) goes on at once.
  const interrupted = state === 'running' && (Boolean(run.chainEnded) || stalled(updatedAt, now));
  if (state !== 'paused' && state !== 'failed' && !interrupted) return backfillStatus(run, now);
  const next = {
    ...run,
    chainEnded: null,
    progress: interrupted ? run.progress : resumeProgress(run.progress, now.getTime()),
  };
  await deps.backfill.save(next);
  await deps.backfillQueue.next(next.id, firstStep(budget));
  return backfillStatus(next, now);
}
