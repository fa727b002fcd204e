import type { BackfillProgress } from '../../domain/capture/backfill-progress';
import type { ChainStep } from './chain-step';

/** One backfill (the admin page's "History import"): what it searches and how far it got. */
export interface BackfillRun {
  id: string;
  months: number;
  jql: string;
  progress: BackfillProgress;
  /**
   * Set when the chain of page requests ended on purpose — its invocation tree had no pushes left
   * for another page, or a push was refused — so the scheduled catch-up starts a new chain from
   * `progress.cursor` at once, without waiting for the import to look stalled.
   */
  chainEnded?: { at: string; reason: string } | null;
}

export interface BackfillStore {
  get(): Promise<BackfillRun | null>;
  save(run: BackfillRun): Promise<void>;
}

/** Asks for the next page of an import (one page is processed at a time), as a step of its chain. */
export interface BackfillQueue {
  next(runId: string, step: ChainStep): Promise<void>;
}

/** The Jira reads of an import. */
export interface IssueHistory {
  /** Project keys that have a service desk. */
  serviceDeskProjects(): Promise<string[]>;
  countIssues(jql: string): Promise<number>;
  /** One page of the search with everything the capture reads (changelog, comments, worklogs). */
  searchIssues(
    jql: string,
    nextPageToken: string | null,
  ): Promise<{ issues: unknown[]; nextPageToken?: string }>;
  /**
   * JSM's own satisfaction rating of a request, or `null` when it has none or JSM refuses to show
   * it (any 4xx but a rate limit): a rating that cannot be read never fails the import.
   */
  feedbackOf(key: string): Promise<unknown | null>;
}
