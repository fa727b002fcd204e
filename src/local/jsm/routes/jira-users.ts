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

export const jiraUserRoutes: Route[] = [
  { method: 'GET', path: '/rest/api/3/user/search', handler: findUsers },
  { method: 'GET', path: '/rest/api/3/myself', handler: myself },
  { method: 'GET', path: '/rest/api/3/user', handler: user },
];
