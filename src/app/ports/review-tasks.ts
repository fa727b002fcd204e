/** What Jira answered to a review task's creation. */
export type CreatedReviewTask =
  | { ok: true; key: string }
  /** Jira refused a field (`assignee`: the owner cannot be assigned), or the whole request (`field: null`). */
  | { ok: false; field: string | null; message: string };

/** Review tasks as Jira issues in the project the administrator chose. */
export interface ReviewTasks {
  /** The key of an issue of the project carrying the label, or `null`: a task already made. */
  findByLabel(projectKey: string, label: string): Promise<string | null>;
  /** Creates an issue from its fields (POST /rest/api/3/issue). */
  create(fields: Record<string, unknown>): Promise<CreatedReviewTask>;
  /** Whether Jira knows the account and it is active (a person who left has a closed account). */
  accountActive(accountId: string): Promise<boolean>;
  /** The people who may be assigned issues of a project, by name (the owners an admin may pick). */
  assignablePeople(projectKey: string): Promise<Array<{ accountId: string; displayName: string }>>;
}

/**
 * One review's progress, kept apart from Jira so retries never create a second task: `creating`
 * while a run holds it, `created` with the issue once made.
 */
export type ReviewMarker =
  { state: 'creating'; at: string } | { state: 'created'; at: string; issueKey: string };

export interface ReviewMarkers {
  get(metric: string, periodId: string): Promise<ReviewMarker | null>;
  /** Writes `creating` only where no marker is; `false` when another run wrote one first. */
  claim(metric: string, periodId: string, at: string): Promise<boolean>;
  /** Overwrites the marker (a stale claim taken over, or the task made). */
  put(metric: string, periodId: string, marker: ReviewMarker): Promise<void>;
  /** Drops a claim whose creation failed, so the next run tries again. */
  release(metric: string, periodId: string): Promise<void>;
}
