/** A request Jira lists as resolved, with what the reconciliation compares with the stored ticket. */
export interface ResolvedRequest {
  issueId: string;
  issueKey: string;
  projectKey: string;
  reporter: string | null;
  /** The issue's `resolutiondate` (ISO-8601): when its latest resolution was set. */
  resolvedAt: string;
}

/** Jira's search for recently resolved requests, as the app. */
export interface RecentResolutions {
  /** Keys of the projects that have a service desk. */
  serviceDeskProjects(): Promise<string[]>;
  /**
   * One page of the requests of these projects resolved in the last `minutes` minutes, the
   * earliest resolution first; pass the page's `nextPageToken` for the next.
   */
  resolvedWithin(
    projectKeys: readonly string[],
    minutes: number,
    nextPageToken: string | null,
  ): Promise<{ requests: ResolvedRequest[]; nextPageToken?: string }>;
}

/** Up to when the reconciliation has compared Jira's resolutions with the stored tickets. */
export interface ReconciliationStore {
  /** The watermark (ISO-8601), or `null` before the first run. */
  watermark(): Promise<string | null>;
  saveWatermark(at: string): Promise<void>;
  /** Counts one resolution whose event never arrived, found and recorded by the reconciliation. */
  noteRecovered(projectKey: string, month: string): Promise<void>;
}

/** How many resolutions of a project the reconciliation recovered, per month (`YYYY-MM`, reporting zone). */
export interface RecoveredResolutions {
  recoveredIn(projectKey: string, months: readonly string[]): Promise<number>;
}
