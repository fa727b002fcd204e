import api, { route } from '@forge/api';
import { z } from 'zod';
import type {
  CurrentResolution,
  IssueSnapshot,
  PortalRequest,
  ServiceDesk,
} from '../../app/ports/service-desk';
import { parseJiraTime } from '../../domain/capture/jira-time';
import { DIMENSION_FIELDS, dimensionsFromIssue } from '../../domain/facts/dimensions-from-issue';
import { withWholeLists } from './issue-parts';
import { allJsmPages, JSM_PAGE } from './jsm-pages';
import { appAccountId, withoutComments } from './own-comments';
import { ensureOk, readJson } from './read-json';
import { listServiceDesks } from './service-desks';

// Only the fields the app uses are parsed; Jira's answers carry many more, which are ignored.
const requestSchema = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  requestTypeId: z.string(),
  reporter: z.object({ accountId: z.string() }),
  currentStatus: z.object({
    status: z.string(),
    statusCategory: z.string(),
    statusDate: z.object({ iso8601: z.string() }).optional(),
  }),
  _links: z.object({ web: z.string() }),
});

const participantPageSchema = z.object({
  values: z.array(z.object({ accountId: z.string() })),
  isLastPage: z.boolean(),
  size: z.number(),
});

const projectPageSchema = z.object({
  values: z.array(z.object({ key: z.string(), name: z.string() })),
  isLast: z.boolean(),
});

// Request Type is customfield_10010 on Cloud sites (see DIMENSION_FIELDS).
const currentResolutionSchema = z.object({
  fields: z.object({
    resolution: z.object({ name: z.string() }).nullish(),
    resolutiondate: z.string().nullish(),
    customfield_10010: z.object({ requestType: z.object({ id: z.string() }).nullish() }).nullish(),
  }),
});

const userSchema = z.object({ displayName: z.string(), locale: z.string().nullish() });
const permissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

const json = { headers: { Accept: 'application/json' } };
const named = z.object({ id: z.string(), name: z.string() });

/**
 * The service desk port over JSM's and Jira's REST APIs. Reads that authorize a customer are made
 * as the app, because the app itself checks who may see what; project lists and the admin check
 * are made as the invoking user, so Jira's own permissions decide. That is `asUser()` with no
 * argument: `asUser(accountId)` would be offline impersonation, which needs scopes declared with
 * `allowImpersonation` (https://developer.atlassian.com/platform/forge/manifest-reference/permissions/).
 */
export class JiraServiceDesk implements ServiceDesk {
  private desks: Promise<Array<{ id: string; projectKey: string }>> | undefined;

  async snapshotOf(key: string): Promise<IssueSnapshot> {
    const fields = `${DIMENSION_FIELDS},created,reporter,issuetype,resolutiondate,comment,worklog`;
    const response = await api
      .asApp()
      .requestJira(route`/rest/api/3/issue/${key}?fields=${fields}&expand=changelog`, json);
    const issue = await withWholeLists(await readJson(response, `reading ${key}`));
    return { dimensions: dimensionsFromIssue(issue), issue: withoutComments(issue, await appAccountId()) };
  }

  async resolutionOf(key: string): Promise<CurrentResolution | null> {
    const response = await api
      .asApp()
      .requestJira(route`/rest/api/3/issue/${key}?fields=resolution,resolutiondate,customfield_10010`, json);
    if (response.status === 404) return null;
    const { fields } = currentResolutionSchema.parse(
      await readJson(response, `reading the resolution of ${key}`),
    );
    const resolvedAt = fields.resolution ? parseJiraTime(fields.resolutiondate) : null;
    return {
      resolved: fields.resolution != null,
      resolvedAt: resolvedAt === null ? null : new Date(resolvedAt).toISOString(),
      requestTypeId: fields.customfield_10010?.requestType?.id ?? null,
    };
  }

  async getRequest(key: string): Promise<PortalRequest | null> {
    const response = await api.asApp().requestJira(route`/rest/servicedeskapi/request/${key}`, json);
    if (response.status === 404) return null;
    const request = requestSchema.parse(await readJson(response, `reading request ${key}`));
    const done = request.currentStatus.statusCategory.toUpperCase() === 'DONE';
    return {
      issueId: request.issueId,
      key: request.issueKey,
      status: request.currentStatus.status,
      statusCategory: request.currentStatus.statusCategory.toLowerCase(),
      reporterAccountId: request.reporter.accountId,
      requestTypeId: request.requestTypeId,
      resolvedAt: done ? (request.currentStatus.statusDate?.iso8601 ?? null) : null,
      portalUrl: request._links.web,
    };
  }

  async participantsOf(key: string): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; ;) {
      const response = await api
        .asApp()
        .requestJira(route`/rest/servicedeskapi/request/${key}/participant?start=${start}&limit=50`, json);
      const page = participantPageSchema.parse(await readJson(response, `reading participants of ${key}`));
      ids.push(...page.values.map((participant) => participant.accountId));
      if (page.isLastPage || page.size === 0) return ids;
      start += page.size;
    }
  }

  async projectsVisibleToViewer(): Promise<Array<{ key: string; name: string }>> {
    const projects: Array<{ key: string; name: string }> = [];
    for (let startAt = 0; ;) {
      const response = await api
        .asUser()
        .requestJira(route`/rest/api/3/project/search?startAt=${startAt}&maxResults=50&orderBy=key`, json);
      const page = projectPageSchema.parse(await readJson(response, 'searching projects'));
      projects.push(...page.values.map(({ key, name }) => ({ key, name })));
      if (page.isLast || page.values.length === 0) return projects;
      startAt += page.values.length;
    }
  }

  async addComment(key: string, body: string, visibility: { public: boolean }): Promise<void> {
    const response = await api.asApp().requestJira(route`/rest/servicedeskapi/request/${key}/comment`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ body, public: visibility.public }),
    });
    await ensureOk(response, `commenting on ${key}`);
  }

  async userProfile(accountId: string): Promise<{ displayName: string; locale: string | null } | null> {
    const response = await api.asApp().requestJira(route`/rest/api/3/user?accountId=${accountId}`, json);
    if (response.status === 404) return null;
    const user = userSchema.parse(await readJson(response, `reading user ${accountId}`));
    return { displayName: user.displayName, locale: user.locale ?? null };
  }

  async requestTypesOf(projectKey: string): Promise<Array<{ id: string; name: string; projectKey: string }>> {
    // One desk list per instance: the edit view asks for every project's request types at once.
    this.desks ??= listServiceDesks();
    const desks = await this.desks;
    const desk = desks.find((candidate) => candidate.projectKey === projectKey);
    if (!desk) return [];
    const types = await allJsmPages(
      (start) =>
        api
          .asApp()
          .requestJira(
            route`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype?start=${start}&limit=${JSM_PAGE}`,
            json,
          ),
      named,
      `listing request types of ${projectKey}`,
    );
    return types.map(({ id, name }) => ({ id, name, projectKey }));
  }

  async viewerIsAgentOf(projectKey: string): Promise<boolean> {
    const response = await api
      .asUser()
      .requestJira(
        route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=SERVICEDESK_AGENT`,
        json,
      );
    if (response.status === 404) return false;
    const answer = permissionsSchema.parse(await readJson(response, 'checking permissions'));
    return answer.permissions.SERVICEDESK_AGENT?.havePermission === true;
  }

  async viewerIsJiraAdmin(): Promise<boolean> {
    const response = await api
      .asUser()
      .requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`, json);
    const answer = permissionsSchema.parse(await readJson(response, 'checking permissions'));
    return answer.permissions.ADMINISTER?.havePermission === true;
  }
}
