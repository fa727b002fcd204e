/**
 * How the host pages read the simulated JSM site. `SiteSource` is the part of the site's read API
 * the host uses, declared structurally over the site's records (the JsmSite class satisfies it,
 * and tests pass plain objects); `siteView` turns those records into the names and labels a page
 * shows.
 */
import { ISSUE_TYPES, statusById } from '../jsm/catalog';

// ── What the host reads from the site ────────────────────────────────────────────────────────

export interface SiteCommentRecord {
  id: string;
  authorId: string;
  body: string;
  /** false = an internal note, shown to agents only. */
  public: boolean;
  created: string;
}

export interface SiteRequestRecord {
  issueId: string;
  key: string;
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  reporterId: string;
  participantIds?: string[];
  assigneeId: string | null;
  priority?: string;
  statusId: string;
  created?: string;
  resolution: string | null;
  resolutiondate?: string | null;
  comments: SiteCommentRecord[];
}

export interface SiteUser {
  accountId: string;
  displayName: string;
  /** Jira's account types: `atlassian` (licensed agents and admins), `customer`, `app`. */
  accountType: string;
  /** Jira style (`en_US`) or BCP 47 (`en-US`); `null` when the user's privacy settings hide it. */
  locale?: string | null;
  timeZone?: string;
  admin?: boolean;
  active?: boolean;
}

export interface SiteDeskRecord {
  projectId: string;
  key: string;
  name: string;
  serviceDeskId: string;
  portalId: string;
}

export interface SiteRequestTypeRecord {
  id: string;
  name: string;
  kind?: string;
}

export interface SiteSource {
  request(key: string): SiteRequestRecord | undefined;
  listRequests(options: { limit: number }): SiteRequestRecord[];
  users(): SiteUser[];
  serviceDesks(): SiteDeskRecord[];
  requestTypes?(serviceDeskId: string): SiteRequestTypeRecord[];
  /** The site's REST API, as a caller (the issue search page asks it as the viewer). */
  fetch?(
    path: string,
    init: RequestInit | undefined,
    caller: { as: 'user'; accountId: string },
  ): Promise<Response>;
}

/** One page of Jira's issue search as the viewer sees it, or Jira's refusal of the JQL. */
export type IssueSearch = { issues: Array<{ key: string; summary: string }> } | { error: string };

// ── What the pages show ──────────────────────────────────────────────────────────────────────

export interface SiteUserRef {
  accountId: string;
  displayName: string;
}

export interface SiteComment {
  id: string;
  author: SiteUserRef;
  body: string;
  public: boolean;
  created: string;
}

export interface SiteRequest {
  key: string;
  issueId: string;
  summary: string;
  status: string;
  projectKey: string;
  projectId: string | undefined;
  serviceDeskId: string;
  portalId: string | undefined;
  requestTypeId: string;
  requestTypeName: string | undefined;
  issueTypeId: string | undefined;
  issueTypeName: string | undefined;
  reporter: SiteUserRef;
  participants: SiteUserRef[];
  assignee: SiteUserRef | null;
  priority: string | undefined;
  created: string | undefined;
  resolution: string | null;
  comments: SiteComment[];
}

export interface SiteDesk {
  id: string;
  projectId: string;
  projectKey: string;
  projectName: string;
  portalId: string;
}

export interface SiteView {
  request(key: string): SiteRequest | undefined;
  listRequests(limit: number): SiteRequest[];
  users(): SiteUser[];
  serviceDesks(): SiteDesk[];
  /** Runs a JQL search as the viewer through the site's own search API (first 100 issues). */
  searchIssues(jql: string, accountId: string): Promise<IssueSearch>;
}

function statusName(statusId: string): string {
  try {
    return statusById(statusId).name;
  } catch {
    return statusId;
  }
}

export function siteView(source: SiteSource): SiteView {
  const desks = (): SiteDesk[] =>
    source.serviceDesks().map((desk) => ({
      id: desk.serviceDeskId,
      projectId: desk.projectId,
      projectKey: desk.key,
      projectName: desk.name,
      portalId: desk.portalId,
    }));

  const toRequest = (
    record: SiteRequestRecord,
    users: Map<string, SiteUser>,
    allDesks: SiteDesk[],
  ): SiteRequest => {
    const ref = (accountId: string): SiteUserRef => ({
      accountId,
      displayName: users.get(accountId)?.displayName ?? accountId,
    });
    const desk = allDesks.find((candidate) => candidate.id === record.serviceDeskId);
    const requestType = source
      .requestTypes?.(record.serviceDeskId)
      .find((type) => type.id === record.requestTypeId);
    const issueType =
      requestType?.kind && requestType.kind in ISSUE_TYPES
        ? ISSUE_TYPES[requestType.kind as keyof typeof ISSUE_TYPES]
        : undefined;
    return {
      key: record.key,
      issueId: record.issueId,
      summary: record.summary,
      status: statusName(record.statusId),
      projectKey: desk?.projectKey ?? record.key.split('-')[0] ?? record.key,
      projectId: desk?.projectId,
      serviceDeskId: record.serviceDeskId,
      portalId: desk?.portalId,
      requestTypeId: record.requestTypeId,
      requestTypeName: requestType?.name,
      issueTypeId: issueType?.id,
      issueTypeName: issueType?.name,
      reporter: ref(record.reporterId),
      participants: (record.participantIds ?? []).map(ref),
      assignee: record.assigneeId ? ref(record.assigneeId) : null,
      priority: record.priority,
      created: record.created,
      resolution: record.resolution,
      comments: record.comments.map((comment) => ({
        id: comment.id,
        author: ref(comment.authorId),
        body: comment.body,
        public: comment.public,
        created: comment.created,
      })),
    };
  };

  const usersById = () => new Map(source.users().map((user) => [user.accountId, user]));

  return {
    request(key) {
      const record = source.request(key);
      return record && toRequest(record, usersById(), desks());
    },
    listRequests(limit) {
      const users = usersById();
      const allDesks = desks();
      return source.listRequests({ limit }).map((record) => toRequest(record, users, allDesks));
    },
    users: () => source.users().filter((user) => user.active !== false),
    serviceDesks: desks,
    async searchIssues(jql, accountId) {
      if (!source.fetch) return { error: 'This site has no issue search.' };
      const query = new URLSearchParams({ jql, fields: 'summary', maxResults: '100' });
      const response = await source.fetch(`/rest/api/3/search/jql?${query}`, undefined, {
        as: 'user',
        accountId,
      });
      const body = (await response.json()) as {
        issues?: Array<{ key: string; fields?: { summary?: string } }>;
        errorMessages?: string[];
      };
      if (!response.ok) return { error: body.errorMessages?.join(' ') || `HTTP ${response.status}` };
      return {
        issues: (body.issues ?? []).map((issue) => ({
          key: issue.key,
          summary: issue.fields?.summary ?? '',
        })),
      };
    },
  };
}
