import type { IssueSnapshot, PortalRequest, ServiceDesk } from '../../src/app/ports/service-desk';
import type { CurrentResolution } from '../../src/domain/survey/confirm-resolution';
import type { Dimensions } from '../../src/domain/facts/dimensions';

/** One planned change of a request, visible to the app once the clock has reached it. */
type Timed<T> = T & { at: number };

/** A request of the double: what Jira would return about it at any moment of a test's clock. */
export interface DeskRequest {
  issueId: string;
  key: string;
  projectKey: string;
  reporter: string;
  participants: string[];
  requestTypeId: string;
  requestTypeName: string;
  dimensions: Dimensions;
  createdAt: number;
  comments: Array<Timed<{ id: string; author: string; accountType: 'atlassian' | 'app' | 'customer' }>>;
  /** Resolution changes: `resolved` true sets a resolution, false clears it (a reopen). */
  histories: Array<Timed<{ id: string; resolved: boolean }>>;
  worklogs: Array<Timed<{ id: string; seconds: number }>>;
}

const jiraTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');
const user = (accountId: string, accountType: string) => ({ accountId, accountType, displayName: accountId });

/**
 * Jira Service Management as the app's `ServiceDesk` port sees it, for tests that drive the use
 * cases without a simulated site: each request's comments, resolution changes and worklogs are
 * planned up front and shown once the test's clock has passed them, in REST v3's shapes (the
 * capture domain reads the snapshot exactly as it reads Jira's). The viewer browses every
 * project and administers Jira.
 */
export class DeskDouble implements ServiceDesk {
  private readonly requests = new Map<string, DeskRequest>();

  constructor(
    private readonly now: () => number,
    private readonly projects: Array<{ key: string; name: string }>,
  ) {}

  add(request: DeskRequest): void {
    this.requests.set(request.key, request);
  }

  private visible<T extends { at: number }>(items: T[]): T[] {
    return items.filter((item) => item.at <= this.now()).sort((a, b) => a.at - b.at);
  }

  private resolution(request: DeskRequest): { resolved: boolean; resolvedAt: number | null } {
    const last = this.visible(request.histories).at(-1);
    return last?.resolved ? { resolved: true, resolvedAt: last.at } : { resolved: false, resolvedAt: null };
  }

  private find(key: string): DeskRequest {
    const request = this.requests.get(key);
    if (!request) throw new Error(`no request ${key}`);
    return request;
  }

  async snapshotOf(key: string): Promise<IssueSnapshot> {
    const request = this.find(key);
    const { resolvedAt } = this.resolution(request);
    const agent = request.dimensions.agent;
    const histories = this.visible(request.histories);
    const comments = this.visible(request.comments);
    const worklogs = this.visible(request.worklogs);
    return {
      dimensions: request.dimensions,
      issue: {
        id: request.issueId,
        key: request.key,
        changelog: {
          startAt: 0,
          maxResults: histories.length,
          total: histories.length,
          histories: histories.map((history) => ({
            id: history.id,
            created: jiraTime(history.at),
            items: [
              history.resolved
                ? { fieldId: 'resolution', field: 'resolution', to: '10000', toString: 'Done' }
                : { fieldId: 'resolution', field: 'resolution', to: null, toString: null },
            ],
          })),
        },
        fields: {
          created: jiraTime(request.createdAt),
          resolutiondate: resolvedAt === null ? null : jiraTime(resolvedAt),
          priority: request.dimensions.priority,
          assignee: agent ? user(agent.id, 'atlassian') : null,
          reporter: user(request.reporter, 'customer'),
          issuetype: { id: '10004', name: 'Service Request' },
          project: { key: request.projectKey },
          customfield_10010: { requestType: { id: request.requestTypeId, name: request.requestTypeName } },
          comment: {
            total: comments.length,
            comments: comments.map((comment) => ({
              id: comment.id,
              author: user(comment.author, comment.accountType),
              created: jiraTime(comment.at),
              jsdPublic: true,
              body: { type: 'doc' },
            })),
          },
          worklog: {
            total: worklogs.length,
            worklogs: worklogs.map((worklog) => ({
              id: worklog.id,
              issueId: request.issueId,
              timeSpentSeconds: worklog.seconds,
              created: jiraTime(worklog.at),
              updated: jiraTime(worklog.at),
            })),
          },
        },
      },
    };
  }

  async resolutionOf(key: string): Promise<CurrentResolution | null> {
    const request = this.requests.get(key);
    if (!request) return null;
    const { resolved, resolvedAt } = this.resolution(request);
    return {
      resolved,
      resolvedAt: resolvedAt === null ? null : new Date(resolvedAt).toISOString(),
      requestTypeId: request.requestTypeId,
    };
  }

  async getRequest(key: string): Promise<PortalRequest | null> {
    const request = this.requests.get(key);
    if (!request) return null;
    const { resolved, resolvedAt } = this.resolution(request);
    return {
      issueId: request.issueId,
      key,
      status: resolved ? 'Resolved' : 'In Progress',
      statusCategory: resolved ? 'done' : 'indeterminate',
      reporterAccountId: request.reporter,
      requestTypeId: request.requestTypeId,
      resolvedAt: resolvedAt === null ? null : new Date(resolvedAt).toISOString(),
      portalUrl: `https://example.atlassian.net/servicedesk/customer/portal/1/${key}`,
    };
  }

  async participantsOf(key: string): Promise<string[]> {
    return this.find(key).participants;
  }

  async projectsVisibleToViewer(): Promise<Array<{ key: string; name: string }>> {
    return this.projects;
  }

  async addComment(): Promise<void> {}

  async userProfile(accountId: string): Promise<{ displayName: string; locale: string | null }> {
    return { displayName: accountId, locale: 'en_US' };
  }

  async requestTypesOf(projectKey: string): Promise<Array<{ id: string; name: string; projectKey: string }>> {
    const types = new Map<string, string>();
    for (const request of this.requests.values())
      if (request.projectKey === projectKey) types.set(request.requestTypeId, request.requestTypeName);
    return [...types].map(([id, name]) => ({ id, name, projectKey }));
  }

  async viewerIsAgentOf(): Promise<boolean> {
    return true;
  }

  async viewerIsJiraAdmin(): Promise<boolean> {
    return true;
  }
}
