/** What the app reads from Jira Service Management. Implemented over the product REST API. */
export interface PortalRequest {
  key: string;
  status: string;
  /** Jira's status category key: `new`, `indeterminate` or `done`. */
  statusCategory: string;
  reporterAccountId: string;
  resolvedAt: string | null;
}

export interface ServiceDesk {
  /** The request as the app sees it, or `null` when it does not exist. */
  getRequest(key: string): Promise<PortalRequest | null>;
  /** Account ids of the request's participants (all pages). */
  participantsOf(key: string): Promise<string[]>;
  /** Projects the given user may browse, as that user. */
  projectsVisibleTo(accountId: string): Promise<Array<{ key: string; name: string }>>;
}
