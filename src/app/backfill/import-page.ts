import { advance } from '../../domain/capture/backfill-progress';
import { jsmFeedbackSchema } from '../../domain/capture/jsm-feedback';
import { observationFromRestIssue } from '../../domain/capture/ticket-record-from';
import { dimensionsFromIssue } from '../../domain/facts/dimensions-from-issue';
import { recordObservation } from '../capture/record-observation';
import type { RollupQueue } from '../ports/rollup-queue';
import type { BackfillQueue, BackfillStore, IssueHistory } from '../ports/backfill';
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
 * such) merges into what live events recorded, so a ticket seen by both counts once. Then the
 * progress moves on and the next page is asked for. A page replayed after a crash or a retry is
 * merged again harmlessly and not counted twice. Jira's 429 and 5xx propagate, so the platform
 * retries the page after `Retry-After`.
 */
export async function importPage(deps: Deps, runId: string): Promise<'imported' | 'done' | 'stale'> {
  const run = await deps.backfill.get();
  if (!run || run.id !== runId || run.progress.state !== 'running') return 'stale';
  const page = await deps.history.searchIssues(run.jql, run.progress.cursor);
  const failures: string[] = [];
  let captured = 0;
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
      deps,
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
  const progress = advance(run.progress, {
    from: run.progress.cursor,
    captured,
    failures,
    nextPageToken: page.nextPageToken,
    at: deps.now().getTime(),
  });
  await deps.backfill.save({ ...run, progress });
  if (progress.state === 'done') return 'done';
  await deps.backfillQueue.next(run.id);
  return 'imported';
}
