import { jiraError, okResult, type RouteResult } from '../http';
import type { Route, RouteContext } from '../router';
import { fullUser } from '../shapes/jira';

/** The caller (`/myself`) and one user by account id (`/user`). */

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

export const jiraUserRoutes: Route[] = [
  { method: 'GET', path: '/rest/api/3/myself', handler: myself },
  { method: 'GET', path: '/rest/api/3/user', handler: user },
];
