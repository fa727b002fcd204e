import { advanceProgress } from '../../domain/capture/backfill-progress';
import { jsmFeedbackSchema } from '../../domain/capture/jsm-feedback';
import { observationFromRestIssue } from '../../domain/capture/ticket-record-from';
import { dimensionsFromIssue } from '../../domain/facts/dimensions-from-issue';
import { RollupBatch } from '../aggregates/rollup-batch';
import { recordObservation } from '../capture/record-observation';
import { NO_COST, type QueueCost } from '../ports/chain-step';
import { canSpend, nextStep } from '../queue-chain';
import type { RollupQueue } from '../ports/rollup-queue';
import type { BackfillQueue, BackfillStore, IssueHistory } from '../ports/backfill-run';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { z } from 'zod';

type Deps = {
  backfill: BackfillStore;
  backfillQueue: BackfillQueue;
  history: IssueHistory;
  tickets: TicketStore;
  settings: SettingsStore;
  rollups: RollupQueue;
  now: () => Date;
};

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    project: z.object({ key: z.string() }).optional(),
    resolutiondate: z.string().nullish(),
    reporter: z.object({ accountId: z.string() }).nullish(),
  }),
});

/**
 * Imports one page of the search: each request's observation (and JSM's own rating, marked as
 * such) merges into what live events recorded, so a ticket seen by both counts once. The days the
 * page touched are asked to be rebuilt once, as one set. Then the progress moves on and the next
 * page is asked for. A page replayed after a crash or a retry is merged again harmlessly and not
 * counted twice. Jira's 429 and 5xx propagate, so the platform retries the page after
 * `Retry-After` (nothing is pushed before the page is read, so a retry spends nothing twice).
 *
 * The pages are a chain of queue events within Forge's async-event limits (app/queue-chain.ts):
 * `allowance` is what the chain's invocation tree may still push. When it would not cover the
 * next page, or a push is refused, the chain ends here and the run records it; the scheduled
 * catch-up starts a new chain from the stored cursor.
 */
export async function backfillPage(
  deps: Deps,
  runId: string,
  allowance: number,
): Promise<'imported' | 'done' | 'stale' | 'chain ended'> {
  const started = deps.now().getTime();
  const run = await deps.backfill.get();
  if (!run || run.id !== runId || run.progress.state !== 'running') return 'stale';
  const page = await deps.history.searchIssues(run.jql, run.progress.cursor);
  const failures: string[] = [];
  let captured = 0;
  // Each commit marks its days and asks for them here; the page asks the queue once.
  const rollups = new RollupBatch();
  for (const raw of page.issues) {
    const issue = issueSchema.safeParse(raw);
    const observed = observationFromRestIssue(raw, { observedAt: deps.now().getTime() });
    if (!issue.success || !observed.ok) {
      failures.push(
        issue.success && !observed.ok
          ? `${issue.data.key}: ${observed.reason}`
          : 'an issue without id or key',
      );
      continue;
    }
    const { id, key, fields } = issue.data;
    const rating = fields.resolutiondate
      ? jsmFeedbackSchema.safeParse(await deps.history.feedbackOf(key))
      : null;
    await recordObservation(
      { ...deps, rollups },
      { issueId: id, issueKey: key, projectKey: fields.project?.key ?? key.split('-')[0]! },
      {
        observation: observed.observation,
        dimensions: dimensionsFromIssue(raw),
        jsmFeedback: rating?.success
          ? {
              score: rating.data.rating,
              comment: rating.data.comment ?? null,
              // JSM's rating has no date of its own; it rates the resolution.
              answeredAt: new Date(fields.resolutiondate!).toISOString(),
              respondent: fields.reporter?.accountId ?? null,
            }
          : null,
      },
    );
    captured += 1;
  }
  let spent: QueueCost = NO_COST;
  let ended: string | null = null;
  if (!rollups.empty) {
    if (!canSpend(allowance)) ended = 'no push left in this chain for the page’s rollups';
    else {
      try {
        spent = await rollups.sendTo(deps.rollups);
      } catch (error) {
        ended = `the rollup request was refused (${messageOf(error)})`;
      }
    }
  }
  const progress = advanceProgress(run.progress, {
    from: run.progress.cursor,
    captured,
    failures,
    nextPageToken: page.nextPageToken,
    at: deps.now().getTime(),
  });
  if (progress.state === 'done') {
    await deps.backfill.save({ ...run, progress, chainEnded: null });
    return 'done';
  }
  const next = ended ? null : nextStep(allowance, spent, deps.now().getTime() - started);
  const endChain = async (reason: string) => {
    await deps.backfill.save({ ...run, progress, chainEnded: { at: deps.now().toISOString(), reason } });
    return 'chain ended' as const;
  };
  if (!next) return endChain(ended ?? 'this chain’s pushes are spent');
  await deps.backfill.save({ ...run, progress, chainEnded: null });
  try {
    await deps.backfillQueue.next(run.id, next);
  } catch (error) {
    return endChain(`the next page’s request was refused (${messageOf(error)})`);
  }
  return 'imported';
}

const messageOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
