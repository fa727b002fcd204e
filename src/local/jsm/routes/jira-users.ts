import { canBrowseDesk } from '../access';
import { jiraError, okResult, type RouteResult } from '../http';
import type { Route, RouteContext } from '../router';
import { fullUser, userDetails } from '../shapes/jira';

/** The caller (`/myself`), one user by account id (`/user`), and users found by name or email (`/user/search`). */

function myself(context: RouteContext): RouteResult {
  return okResult(fullUser(context.viewer.user, context.baseUrl));
}

function user(context: RouteContext): RouteResult {
  const accountId = context.query.get('accountId');
  if (!accountId) return jiraError(400, "The query parameter 'accountId' is required.");
  const found = context.store.user(accountId);
  // Customers cannot look up other customers: their profiles are private to the site's staff.
  const hidden =
    context.viewer.kind === 'user' &&
    context.viewer.user.accountType === 'customer' &&
    found?.accountType === 'customer' &&
    found.accountId !== context.viewer.user.accountId;
  if (!found || hidden)
    return jiraError(404, 'Specified user does not exist or you do not have required permissions');
  return okResult(fullUser(found, context.baseUrl));
}

/**
 * "Find users": active users whose display name or email starts with `query`, case-insensitive
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get).
 * Customers never find other customers, as with `/user`.
 */
function findUsers(context: RouteContext): RouteResult {
  const query = context.query.get('query')?.trim().toLowerCase();
  if (!query) return jiraError(400, "The query parameter 'query' is required.");
  const customerViewer = context.viewer.kind === 'user' && context.viewer.user.accountType === 'customer';
  const found = context.store
    .users()
    .filter((user) => user.active)
    .filter((user) => !customerViewer || user.accountType !== 'customer')
    .filter(
      (user) =>
        user.emailAddress.toLowerCase().startsWith(query) || user.displayName.toLowerCase().startsWith(query),
    )
    .slice(0, 50);
  return okResult(found.map((user) => userDetails(user, context.baseUrl)));
}

/**
 * The people who may be assigned issues of a project (`GET /rest/api/3/user/assignable/search`,
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-assignable-search-get):
 * active agents of its service desk and the site's administrators, by display name. Jira needs a
 * project or an issue to search in; a project the caller cannot browse is Jira's 404.
 */
function assignable(context: RouteContext): RouteResult {
  const projectRef = context.query.get('project');
  if (!projectRef)
    return jiraError(400, "At least one of the parameters 'issueKey' or 'project' is required.");
  const desk = context.store.deskByProject(projectRef);
  if (!desk || !canBrowseDesk(context.viewer, desk, context.store))
    return jiraError(404, `No project could be found with key '${projectRef}'.`);
  const startAt = Number(context.query.get('startAt') ?? 0);
  const maxResults = Math.min(Number(context.query.get('maxResults') ?? 50), 1000);
  if (!Number.isInteger(startAt) || startAt < 0 || !Number.isInteger(maxResults) || maxResults < 0)
    return jiraError(400, 'startAt and maxResults must be non-negative integers.');
  const people = context.store
    .users()
    .filter(
      (user) =>
        user.active &&
        user.accountType === 'atlassian' &&
        (user.admin === true || (user.serviceDeskIds ?? []).includes(desk.serviceDeskId)),
    )
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.accountId.localeCompare(b.accountId));
  return okResult(
    people.slice(startAt, startAt + maxResults).map((user) => userDetails(user, context.baseUrl)),
  );
}

export const jiraUserRoutes: Route[] = [
  { method: 'GET', path: '/rest/api/3/user/assignable/search', handler: assignable },
  { method: 'GET', path: '/rest/api/3/user/search', handler: findUsers },
  { method: 'GET', path: '/rest/api/3/myself', handler: myself },
  { method: 'GET', path: '/rest/api/3/user', handler: user },
];
