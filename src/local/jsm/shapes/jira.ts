import type { Version3Models } from 'jira.js';
import {
  ISSUE_TYPES,
  ORGANIZATIONS_FIELD,
  PARTICIPANTS_FIELD,
  TEAM_FIELD,
  PRIORITIES,
  REQUEST_TYPE_FIELD,
  RESOLUTIONS,
  STATUS_CATEGORIES,
  statusById,
} from '../catalog';
import type {
  ChangeItemRecord,
  CommentRecord,
  Desk,
  HistoryRecord,
  RequestRecord,
  UserRecord,
  WorklogRecord,
} from '../model';
import type { SiteStore } from '../site-store';
import { jiraDate, jsmDate } from './dates';
import { jsmRequestType, portalUrl } from './jsm';
import type { WithNull } from './wire-names';

/** Renders site records as Jira platform REST (`/rest/api/3`) answers. */

export type JiraUserDetails = Version3Models.UserDetails;
export type JiraUser = Version3Models.User;
export type JiraChangeItem = WithNull<
  Version3Models.ChangeDetails,
  'from' | 'fromString' | 'to' | 'toString'
>;
export type JiraHistory = Omit<Version3Models.Changelog, 'items'> & { items: JiraChangeItem[] };
export type JiraComment = Version3Models.Comment;
export type JiraWorklog = Version3Models.Worklog;
export type JiraProject = Omit<Version3Models.Project, 'lead'>;
export type JiraProjectRef = Pick<
  Version3Models.Project,
  'self' | 'id' | 'key' | 'name' | 'projectTypeKey' | 'simplified' | 'avatarUrls'
>;

/** The fields this site keeps on an issue, all "navigable" (returned by default). */
export interface JiraIssueFields {
  summary: string;
  issuetype: Version3Models.IssueTypeDetails;
  project: JiraProjectRef;
  reporter: JiraUserDetails | null;
  creator: JiraUserDetails | null;
  assignee: JiraUserDetails | null;
  status: Version3Models.StatusDetails;
  statuscategorychangedate: string;
  priority: Version3Models.Priority;
  resolution: Version3Models.Resolution | null;
  resolutiondate: string | null;
  created: string;
  updated: string;
  labels: string[];
  timespent: number | null;
  comment: Required<Version3Models.PageOfComments> & { self: string };
  worklog: Version3Models.PageOfWorklogs;
  [REQUEST_TYPE_FIELD]: unknown;
  [PARTICIPANTS_FIELD]: JiraUserDetails[];
  [ORGANIZATIONS_FIELD]: Array<{ id: string; name: string }>;
  [TEAM_FIELD]: { id: string; name: string; title: string } | null;
}

export type JiraIssue = Omit<Version3Models.Issue, 'fields' | 'changelog'> & {
  fields: Partial<JiraIssueFields>;
  changelog?: Omit<Required<Version3Models.PageOfChangelogs>, 'histories'> & { histories: JiraHistory[] };
};

const avatarUrls = (baseUrl: string, accountId: string): Version3Models.AvatarUrls => {
  const url = (size: number) => `${baseUrl}/avatar/${encodeURIComponent(accountId)}?s=${size}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
};

export function userDetails(user: UserRecord, baseUrl: string): JiraUserDetails {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(baseUrl, user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: user.accountType,
  };
}

/**
 * `/myself` and `/user`: the details plus locale, groups and application roles. The locale is
 * `null` when the user's privacy settings hide it (jira.js types it as a string only).
 */
export function fullUser(
  user: UserRecord,
  baseUrl: string,
): Omit<JiraUser, 'locale'> & { locale: string | null } {
  const groups =
    user.accountType === 'atlassian'
      ? [user.admin ? 'site-admins' : null, 'jira-servicemanagement-users'].filter(
          (g): g is string => g !== null,
        )
      : [];
  return {
    ...userDetails(user, baseUrl),
    accountId: user.accountId,
    active: user.active,
    ...(user.accountType === 'app' ? { appType: 'service' } : {}),
    locale: user.locale,
    groups: { size: groups.length, items: groups.map((name) => ({ name })) },
    applicationRoles: {
      size: user.accountType === 'atlassian' ? 1 : 0,
      items:
        user.accountType === 'atlassian'
          ? [{ key: 'jira-servicedesk', name: 'Jira Service Management' }]
          : [],
    },
    expand: 'groups,applicationRoles',
  };
}

function userRef(store: SiteStore, accountId: string | null, baseUrl: string): JiraUserDetails | null {
  const user = accountId === null ? undefined : store.user(accountId);
  return user ? userDetails(user, baseUrl) : null;
}

export function projectRef(desk: Desk, baseUrl: string): JiraProjectRef {
  return {
    self: `${baseUrl}/rest/api/3/project/${desk.projectId}`,
    id: desk.projectId,
    key: desk.key,
    name: desk.name,
    projectTypeKey: 'service_desk',
    simplified: false,
    avatarUrls: avatarUrls(baseUrl, `project-${desk.projectId}`),
  };
}

export function project(desk: Desk, baseUrl: string): JiraProject {
  return {
    ...projectRef(desk, baseUrl),
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    id: desk.projectId,
    key: desk.key,
    name: desk.name,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

export function statusDetails(statusId: string, baseUrl: string): Version3Models.StatusDetails {
  const status = statusById(statusId);
  const category = STATUS_CATEGORIES[status.category];
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category },
  };
}

/** Plain text as the Atlassian Document Format that API v3 uses for comment and worklog bodies. */
export function toAdf(text: string): Version3Models.Document {
  return {
    type: 'doc',
    version: 1,
    content: text
      .split(/\n{2,}/)
      .map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })),
  };
}

export function jiraComment(
  store: SiteStore,
  request: RequestRecord,
  comment: CommentRecord,
  baseUrl: string,
): JiraComment {
  const author = userRef(store, comment.authorId, baseUrl) ?? undefined;
  return {
    self: `${baseUrl}/rest/api/3/issue/${request.issueId}/comment/${comment.id}`,
    id: comment.id,
    author,
    body: toAdf(comment.body),
    updateAuthor: author,
    created: jiraDate(comment.created),
    updated: jiraDate(comment.created),
    jsdPublic: comment.public,
  };
}

export function jiraWorklog(
  store: SiteStore,
  request: RequestRecord,
  worklog: WorklogRecord,
  baseUrl: string,
): JiraWorklog {
  const author = userRef(store, worklog.authorId, baseUrl) ?? undefined;
  return {
    self: `${baseUrl}/rest/api/3/issue/${request.issueId}/worklog/${worklog.id}`,
    author,
    updateAuthor: author,
    comment: toAdf(worklog.comment),
    created: jiraDate(worklog.created),
    updated: jiraDate(worklog.created),
    started: jiraDate(worklog.started),
    timeSpent: formatTimeSpent(worklog.timeSpentSeconds),
    timeSpentSeconds: worklog.timeSpentSeconds,
    id: worklog.id,
    issueId: request.issueId,
  };
}

/** Jira's duration text: "1h 30m", "45m". */
function formatTimeSpent(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return [hours ? `${hours}h` : '', minutes || !hours ? `${minutes}m` : ''].filter(Boolean).join(' ');
}

export function jiraHistory(store: SiteStore, history: HistoryRecord, baseUrl: string): JiraHistory {
  return {
    id: history.id,
    author: userRef(store, history.authorId, baseUrl) ?? undefined,
    created: jiraDate(history.created),
    items: history.items.map((item: ChangeItemRecord) => ({ ...item })),
  };
}

export const MAX_EMBEDDED_WORKLOGS = 20;

type FieldRenderers = { [K in keyof JiraIssueFields]: () => JiraIssueFields[K] };

/**
 * Every field of an issue as a renderer, so that a search asking for two fields of thousands of
 * issues renders only those two (comments and worklogs are the expensive ones).
 */
function fieldRenderers(
  store: SiteStore,
  request: RequestRecord,
  baseUrl: string,
  internal: boolean,
): FieldRenderers {
  const desk = store.deskOf(request);
  const type = store.requestTypeOf(request);
  const issueType = ISSUE_TYPES[type.kind];
  const status = statusById(request.statusId);
  return {
    summary: () => request.summary,
    issuetype: () => ({
      self: `${baseUrl}/rest/api/3/issuetype/${issueType.id}`,
      id: issueType.id,
      description: issueType.description,
      iconUrl: `${baseUrl}/images/icons/issuetypes/${type.kind}.svg`,
      name: issueType.name,
      subtask: false,
      hierarchyLevel: 0,
    }),
    project: () => projectRef(desk, baseUrl),
    reporter: () => userRef(store, request.reporterId, baseUrl),
    creator: () => userRef(store, request.reporterId, baseUrl),
    assignee: () => userRef(store, request.assigneeId, baseUrl),
    status: () => statusDetails(request.statusId, baseUrl),
    statuscategorychangedate: () => jiraDate(request.statusChanged),
    priority: () => ({
      self: `${baseUrl}/rest/api/3/priority/${PRIORITIES[request.priority].id}`,
      iconUrl: `${baseUrl}/images/icons/priorities/${request.priority.toLowerCase()}.svg`,
      name: request.priority,
      id: PRIORITIES[request.priority].id,
    }),
    resolution: () => {
      const resolution = request.resolution === null ? undefined : RESOLUTIONS[request.resolution];
      if (request.resolution === null || !resolution) return null;
      return {
        self: `${baseUrl}/rest/api/3/resolution/${resolution.id}`,
        id: resolution.id,
        description: resolution.description,
        name: request.resolution,
      };
    },
    resolutiondate: () => (request.resolutiondate === null ? null : jiraDate(request.resolutiondate)),
    created: () => jiraDate(request.created),
    updated: () => jiraDate(request.updated),
    labels: () => [],
    timespent: () => {
      const total = request.worklogs.reduce((sum, worklog) => sum + worklog.timeSpentSeconds, 0);
      return total > 0 ? total : null;
    },
    comment: () => {
      const comments = request.comments
        .filter((comment) => internal || comment.public)
        .map((comment) => jiraComment(store, request, comment, baseUrl));
      return {
        comments,
        self: `${baseUrl}/rest/api/3/issue/${request.issueId}/comment`,
        maxResults: comments.length,
        total: comments.length,
        startAt: 0,
      };
    },
    // The issue's first 20 worklogs only, with the full `total`: Jira embeds no more
    // (https://github.com/atlassian/atlassian-mcp-server/issues/180); the rest is read from
    // `/issue/{key}/worklog`.
    worklog: () => ({
      startAt: 0,
      maxResults: MAX_EMBEDDED_WORKLOGS,
      total: request.worklogs.length,
      worklogs: request.worklogs
        .slice(0, MAX_EMBEDDED_WORKLOGS)
        .map((worklog) => jiraWorklog(store, request, worklog, baseUrl)),
    }),
    [REQUEST_TYPE_FIELD]: () => ({
      _links: { web: portalUrl(request, baseUrl) },
      requestType: jsmRequestType(type, desk, baseUrl),
      currentStatus: {
        status: status.name,
        statusCategory: status.category.toUpperCase(),
        statusDate: jsmDate(request.statusChanged),
      },
    }),
    [PARTICIPANTS_FIELD]: () =>
      request.participantIds
        .map((id) => userRef(store, id, baseUrl))
        .filter((user): user is JiraUserDetails => user !== null),
    // The reporter's organization, as JSM sets it when a customer raises a request.
    [ORGANIZATIONS_FIELD]: () => {
      const reporter = store.data.users.find((user) => user.accountId === request.reporterId);
      const organization = store.data.organizations.find((org) => org.id === reporter?.organizationId);
      return organization ? [{ id: organization.id, name: organization.name }] : [];
    },
    // The assignee's team: the desk routes requests to teams and the field follows the assignee.
    [TEAM_FIELD]: () => {
      const team = store.data.users.find((user) => user.accountId === request.assigneeId)?.team;
      return team
        ? { id: `team-${team.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: team, title: team }
        : null;
    },
  };
}

/**
 * Jira's `fields` parameter: a comma list of field ids, `*all` / `*navigable` for everything, and
 * `-name` to drop one. `null` means every field here (they are all navigable). `internal: false`
 * hides internal comments, as JSM does for customers.
 */
export function selectIssueFields(
  store: SiteStore,
  request: RequestRecord,
  baseUrl: string,
  options: { fields: string | null; internal: boolean },
): Partial<JiraIssueFields> {
  const tokens = (options.fields ?? '*all')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
  const everything = tokens.some((token) => token === '*all' || token === '*navigable');
  const excluded = new Set(tokens.filter((token) => token.startsWith('-')).map((token) => token.slice(1)));
  const included = new Set(tokens.filter((token) => !token.startsWith('-') && !token.startsWith('*')));
  const selected: Record<string, unknown> = {};
  for (const [name, render] of Object.entries(fieldRenderers(store, request, baseUrl, options.internal))) {
    if ((everything || included.has(name)) && !excluded.has(name)) selected[name] = render();
  }
  return selected as Partial<JiraIssueFields>;
}

/**
 * `expand=changelog` on an issue read or a search "returns a list of recent updates to an issue,
 * sorted by date, starting from the most recent. This returns a maximum of 40 changelogs"
 * (Jira REST v3, `expand` of Get issue and Bulk fetch issues,
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/; for the enhanced
 * search, https://jira.atlassian.com/browse/JRACLOUD-96459). `total` still counts them all; the
 * rest is read from `/issue/{key}/changelog`.
 */
export const MAX_EMBEDDED_HISTORIES = 40;

/** The embedded changelog: the latest 40 histories, newest first, with the full `total`. */
function embeddedChangelog(store: SiteStore, request: RequestRecord, baseUrl: string) {
  const histories = request.histories
    .slice(-MAX_EMBEDDED_HISTORIES)
    .reverse()
    .map((history) => jiraHistory(store, history, baseUrl));
  return { startAt: 0, maxResults: histories.length, total: request.histories.length, histories };
}

export function jiraIssue(
  store: SiteStore,
  request: RequestRecord,
  baseUrl: string,
  options: { fields: string | null; expand: string | null; internal: boolean },
): JiraIssue {
  const expand = new Set((options.expand ?? '').split(',').map((part) => part.trim()));
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: request.issueId,
    self: `${baseUrl}/rest/api/3/issue/${request.issueId}`,
    key: request.key,
    fields: selectIssueFields(store, request, baseUrl, options),
    ...(expand.has('changelog') ? { changelog: embeddedChangelog(store, request, baseUrl) } : {}),
  };
}
