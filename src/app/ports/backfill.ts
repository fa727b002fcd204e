import type { BackfillProgress } from '../../domain/capture/backfill-progress';

/** One history import: what it searches and how far it got. */
export interface BackfillRun {
  id: string;
  months: number;
  jql: string;
  progress: BackfillProgress;
}

export interface BackfillStore {
  get(): Promise<BackfillRun | null>;
  save(run: BackfillRun): Promise<void>;
}

/** Asks for the next page of an import; one page is processed at a time. */
export interface BackfillQueue {
  next(runId: string): Promise<void>;
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
