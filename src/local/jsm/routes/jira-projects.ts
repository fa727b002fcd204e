import { canBrowseDesk, canSeeRequest, type Viewer } from '../access';
import { jiraError, jiraWindow, okResult, type RouteResult } from '../http';
import type { Desk, RequestRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { project } from '../shapes/jira';
import type { SiteStore } from '../site-store';

/** Projects the caller can browse (`/project/search`) and the caller's permissions (`/mypermissions`). */

function searchProjects(context: RouteContext): RouteResult {
  const range = jiraWindow(context.query, 50, 100);
  if ('status' in range) return range;
  const text = (context.query.get('query') ?? '').toLowerCase();
  const keys = new Set(
    context.query
      .getAll('keys')
      .flatMap((keys) => keys.split(','))
      .filter(Boolean),
  );
  const orderBy = context.query.get('orderBy') ?? 'key';
  const field = orderBy.replace(/^[-+]/, '') === 'name' ? 'name' : 'key';
  const direction = orderBy.startsWith('-') ? -1 : 1;
  const visible = context.store.data.desks
    .filter((desk) => canBrowseDesk(context.viewer, desk, context.store))
    .filter((desk) => keys.size === 0 || keys.has(desk.key) || keys.has(desk.projectId))
    .filter(
      (desk) => !text || desk.key.toLowerCase().includes(text) || desk.name.toLowerCase().includes(text),
    )
    .sort((a, b) => direction * a[field].localeCompare(b[field]));
  const values = visible
    .slice(range.startAt, range.startAt + range.maxResults)
    .map((desk) => project(desk, context.baseUrl));
  const isLast = range.startAt + values.length >= visible.length;
  const self = `${context.baseUrl}/rest/api/3/project/search`;
  return okResult({
    self: `${self}?maxResults=${range.maxResults}&startAt=${range.startAt}`,
    ...(isLast
      ? {}
      : { nextPage: `${self}?maxResults=${range.maxResults}&startAt=${range.startAt + range.maxResults}` }),
    maxResults: range.maxResults,
    startAt: range.startAt,
    total: visible.length,
    isLast,
    values,
  });
}

type Scope = { desk: Desk; request?: RequestRecord } | undefined;

interface PermissionDef {
  id: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
  /** Whether the viewer holds it in the given project (or issue); `undefined` scope = anywhere. */
  holds: (viewer: Viewer, scope: Scope, store: SiteStore) => boolean;
}

/** Browsing: JSM customers browse their portal's projects but only their own requests. */
const browses = (viewer: Viewer, scope: Scope, store: SiteStore): boolean => {
  if (!scope) return store.data.desks.some((desk) => canBrowseDesk(viewer, desk, store));
  if (scope.request) return canSeeRequest(viewer, scope.request, store);
  return canBrowseDesk(viewer, scope.desk, store);
};

/** Agent work (edit, transition, resolve…): agents of the desk, site admins and the app. */
const works = (viewer: Viewer, scope: Scope, store: SiteStore): boolean =>
  (viewer.kind === 'app' || viewer.user.accountType === 'atlassian') && browses(viewer, scope, store);

const administers = (viewer: Viewer, scope: Scope, store: SiteStore): boolean =>
  viewer.kind === 'app' || (viewer.user.admin === true && browses(viewer, scope, store));

const PERMISSIONS: Record<string, PermissionDef> = {
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
    holds: browses,
  },
  CREATE_ISSUES: {
    id: '11',
    name: 'Create Issues',
    type: 'PROJECT',
    description: 'Ability to create issues.',
    holds: browses,
  },
  ADD_COMMENTS: {
    id: '15',
    name: 'Add Comments',
    type: 'PROJECT',
    description: 'Ability to comment on issues.',
    holds: browses,
  },
  EDIT_ISSUES: {
    id: '12',
    name: 'Edit Issues',
    type: 'PROJECT',
    description: 'Ability to edit issues.',
    holds: works,
  },
  ASSIGN_ISSUES: {
    id: '13',
    name: 'Assign Issues',
    type: 'PROJECT',
    description: 'Ability to assign issues to other people.',
    holds: works,
  },
  RESOLVE_ISSUES: {
    id: '14',
    name: 'Resolve Issues',
    type: 'PROJECT',
    description: 'Ability to resolve and reopen issues.',
    holds: works,
  },
  WORK_ON_ISSUES: {
    id: '20',
    name: 'Work On Issues',
    type: 'PROJECT',
    description: 'Ability to log work done against an issue.',
    holds: works,
  },
  TRANSITION_ISSUES: {
    id: '46',
    name: 'Transition Issues',
    type: 'PROJECT',
    description: 'Ability to transition issues.',
    holds: works,
  },
  SERVICEDESK_AGENT: {
    id: '44',
    name: 'Service Project Agent',
    type: 'PROJECT',
    description: 'Ability to act as an agent.',
    holds: works,
  },
  ADMINISTER_PROJECTS: {
    id: '23',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
    holds: administers,
  },
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description: 'Create and administer projects, issue types, fields and more.',
    holds: (viewer) => viewer.kind === 'user' && viewer.user.admin === true,
  },
};

function myPermissions(context: RouteContext): RouteResult {
  const { store, query, viewer } = context;
  const requested = (query.get('permissions') ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  if (requested.length === 0) return jiraError(400, "The 'permissions' query parameter is required.");
  const unknown = requested.find((key) => !PERMISSIONS[key]);
  if (unknown) return jiraError(400, `Permission key '${unknown}' does not exist.`);

  let scope: Scope;
  const issueRef = query.get('issueKey') ?? query.get('issueId');
  const projectRef = query.get('projectKey') ?? query.get('projectId');
  if (issueRef !== null) {
    const request = store.request(issueRef);
    if (!request || !canSeeRequest(viewer, request, store)) {
      return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    }
    scope = { desk: store.deskOf(request), request };
  } else if (projectRef !== null) {
    const desk = store.deskByProject(projectRef);
    if (!desk) return jiraError(404, `No project could be found with key '${projectRef}'.`);
    scope = { desk };
  }
  const permissions: Record<string, unknown> = {};
  for (const key of requested) {
    const { holds, ...definition } = PERMISSIONS[key] as PermissionDef;
    permissions[key] = { ...definition, key, havePermission: holds(viewer, scope, store) };
  }
  return okResult({ permissions });
}

export const jiraProjectRoutes: Route[] = [
  { method: 'GET', path: '/rest/api/3/project/search', handler: searchProjects },
  { method: 'GET', path: '/rest/api/3/mypermissions', handler: myPermissions },
];
