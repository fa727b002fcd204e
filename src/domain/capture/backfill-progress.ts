import { z } from 'zod';
import { isoOf, type EpochMs } from '../records/instant';

const at = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();

/**
 * Where a backfill stands, stored between batches so it resumes after an interruption and the
 * admin page can draw a progress bar and a time left.
 *
 * `cursor` is Jira's `nextPageToken` for the next page to read (`null` before the first page and
 * once done). `total` is an estimate (Jira's paged search gives no exact total) and never below
 * `done`. `activeMs` is the time spent running, pauses excluded, from which the rate is taken.
 */
export const backfillProgressSchema = z.object({
  state: z.enum(['running', 'paused', 'done', 'failed']),
  total: count.nullable(),
  done: count,
  cursor: z.string().min(1).nullable(),
  startedAt: at,
  updatedAt: at,
  activeMs: z.number().nonnegative(),
  errors: count,
  lastError: z.string().nullable(),
});

export type BackfillProgress = z.infer<typeof backfillProgressSchema>;
export type BackfillState = BackfillProgress['state'];

/** One page of the search, processed. */
export interface BackfillPage {
  /** The cursor the page was requested with (`null` for the first page). */
  from: string | null;
  /** Tickets on the page that were captured. */
  captured: number;
  /** Why each ticket on the page that could not be captured was not. */
  failures?: readonly string[];
  /** Jira's token for the next page; absent or `null` on the last page. */
  nextPageToken?: string | null;
  /** A fresher estimate of the total, if one was fetched. */
  total?: number | null;
  /** When the page was done. */
  at: EpochMs;
}

/** Tickets done before the rate is trusted for a time left. */
export const ETA_MIN_DONE = 100;

/** A backfill about to read its first page. Empty input: an unknown total is `null`. */
export function startProgress(now: EpochMs, totalEstimate: number | null = null): BackfillProgress {
  return {
    state: 'running',
    total: totalEstimate === null ? null : Math.max(0, Math.round(totalEstimate)),
    done: 0,
    cursor: null,
    startedAt: isoOf(now),
    updatedAt: isoOf(now),
    activeMs: 0,
    errors: 0,
    lastError: null,
  };
}

/**
 * The progress after one page. A page counts once: one requested from another cursor than the
 * progress's (a page applied again after an interruption, or out of order) or arriving when the
 * backfill is not running leaves the progress as it was. The last page ends the backfill, and
 * its total becomes what was done.
 */
export function advanceProgress(progress: BackfillProgress, page: BackfillPage): BackfillProgress {
  if (progress.state !== 'running' || page.from !== progress.cursor) return progress;
  const failures = page.failures ?? [];
  const done = progress.done + page.captured + failures.length;
  const last = page.nextPageToken === undefined || page.nextPageToken === null || page.nextPageToken === '';
  const estimate = page.total === undefined ? progress.total : page.total;
  const previous = Date.parse(progress.updatedAt);
  const now = Math.max(page.at, previous);
  return {
    ...progress,
    state: last ? 'done' : 'running',
    done,
    total: last ? done : estimate === null ? null : Math.max(estimate, done),
    cursor: last ? null : (page.nextPageToken as string),
    updatedAt: isoOf(now),
    activeMs: progress.activeMs + (now - previous),
    errors: progress.errors + failures.length,
    lastError: failures.at(-1) ?? progress.lastError,
  };
}

/** Pauses a running backfill (the time paused does not count toward the rate). Others are left as they are. */
export function pauseProgress(progress: BackfillProgress, now: EpochMs): BackfillProgress {
  if (progress.state !== 'running') return progress;
  const previous = Date.parse(progress.updatedAt);
  const at = Math.max(now, previous);
  return {
    ...progress,
    state: 'paused',
    updatedAt: isoOf(at),
    activeMs: progress.activeMs + (at - previous),
  };
}

/** Resumes a paused or failed backfill from its cursor. A running or finished one is left as it is. */
export function resumeProgress(progress: BackfillProgress, now: EpochMs): BackfillProgress {
  if (progress.state !== 'paused' && progress.state !== 'failed') return progress;
  return { ...progress, state: 'running', updatedAt: isoOf(Math.max(now, Date.parse(progress.updatedAt))) };
}

/** Stops a running backfill with the reason; it can be resumed from its cursor. */
export function failProgress(progress: BackfillProgress, now: EpochMs, reason: string): BackfillProgress {
  if (progress.state !== 'running') return progress;
  const paused = pauseProgress(progress, now);
  return { ...paused, state: 'failed', errors: progress.errors + 1, lastError: reason };
}

/**
 * The share done in percent, for the progress bar: 100 once done.
 *
 * Empty input: an unknown total gives `null`; a total of 0 still running gives 0.
 */
export function progressPercent(progress: BackfillProgress): number | null {
  if (progress.state === 'done') return 100;
  if (progress.total === null) return null;
  if (progress.total === 0) return 0;
  return Math.min(100, (100 * progress.done) / progress.total);
}

/**
 * The time left in milliseconds at the rate observed so far (running time only): the tickets
 * left times the time per ticket, less the time since the last page while running (a paused
 * backfill's estimate stands still). Never below 0; 0 once done.
 *
 * Empty input: `null` until there is enough to go on — the total is unknown, fewer than
 * `ETA_MIN_DONE` tickets are done, no running time has passed — and for a failed backfill.
 */
export function estimateRemaining(progress: BackfillProgress, now: EpochMs): number | null {
  if (progress.state === 'done') return 0;
  if (progress.state === 'failed' || progress.total === null) return null;
  if (progress.done < ETA_MIN_DONE || progress.activeMs <= 0) return null;
  const left = ((progress.total - progress.done) * progress.activeMs) / progress.done;
  const since = progress.state === 'running' ? Math.max(0, now - Date.parse(progress.updatedAt)) : 0;
  return Math.max(0, Math.round(left - since));
}
