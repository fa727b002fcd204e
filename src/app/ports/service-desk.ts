import type { Dimensions } from '../../domain/facts/dimensions';
import type { CurrentResolution } from '../../domain/survey/confirm-resolution';

/** What the app reads from and writes to Jira Service Management, over the product REST API. */
export interface PortalRequest {
  issueId: string;
  key: string;
  status: string;
  /** Jira's status category key: `new`, `indeterminate` or `done`. */
  statusCategory: string;
  reporterAccountId: string;
  requestTypeId: string;
  resolvedAt: string | null;
  /** The request's page in the customer portal. */
  portalUrl: string;
}

/** A Jira issue as REST v3 returns it (read by the capture domain), with its attribution. */
export interface IssueSnapshot {
  dimensions: Dimensions;
  /** The issue with its changelog, comments (the app's own left out) and worklogs. */
  issue: unknown;
}

/** A request's resolution as Jira has it now. */
export type { CurrentResolution };

export interface ServiceDesk {
  /** The issue as it is now: attribution, and everything the process metrics are read from. */
  snapshotOf(key: string): Promise<IssueSnapshot>;
  /**
   * Whether the issue is resolved now and since when, with its request type (one read), or `null`
   * when it does not exist: the sweeper confirms a survey's resolution still holds before posting.
   */
  resolutionOf(key: string): Promise<CurrentResolution | null>;
  /** The request as the app sees it, or `null` when it does not exist. */
  getRequest(key: string): Promise<PortalRequest | null>;
  /** Account ids of the request's participants (all pages). */
  participantsOf(key: string): Promise<string[]>;
  /**
   * Projects the invoking user may browse, asked of Jira as that user. Only inside a user's own
   * call (a resolver): Forge acts for the user who is present, never for another account.
   */
  projectsVisibleToViewer(): Promise<Array<{ key: string; name: string }>>;
  /** A comment on the request as the app: public ones notify the customer by email. */
  addComment(key: string, body: string, visibility: { public: boolean }): Promise<void>;
  /** The user's locale (e.g. `de_DE`) and display name, or `null` for an unknown account. */
  userProfile(accountId: string): Promise<{ displayName: string; locale: string | null } | null>;
  /** The request types of a project's service desk (none when the project has no desk). */
  requestTypesOf(projectKey: string): Promise<Array<{ id: string; name: string; projectKey: string }>>;
  /** Whether the invoking user is an agent of the project's service desk, asked as that user. */
  viewerIsAgentOf(projectKey: string): Promise<boolean>;
  /** Whether the invoking user administers Jira, asked as that user. */
  viewerIsJiraAdmin(): Promise<boolean>;
}
