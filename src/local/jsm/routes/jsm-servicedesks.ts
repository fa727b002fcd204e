import { canBrowseDesk } from '../access';
import { intParam, jsmError, okResult, type RouteResult } from '../http';
import type { Route, RouteContext } from '../router';
import { jsmPage, jsmRequestType, jsmServiceDesk } from '../shapes/jsm';

/** JSM service desks and their request types, limited to the desks the caller can reach. */

/**
 * Both lists are paged by `start` and `limit` with `isLastPage`
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/#pagination); JSM's
 * reference gives both a default `limit` of 100. A larger `limit` is cut to 100 here: JSM caps
 * page sizes without saying so, and a client must follow `isLastPage` whatever it asked for.
 */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 100;

function paged<T>(context: RouteContext, all: T[]): RouteResult {
  const start = intParam(context.query, 'start', 0);
  const limit = intParam(context.query, 'limit', DEFAULT_LIMIT, MAX_LIMIT);
  if (start === undefined || limit === undefined) {
    return jsmError(400, 'start and limit must be non-negative integers.', 'sd.error.pagination');
  }
  return okResult(jsmPage(all, start, limit, `${context.baseUrl}${context.path}`, context.baseUrl));
}

function listServiceDesks(context: RouteContext): RouteResult {
  const desks = context.store.data.desks
    .filter((desk) => canBrowseDesk(context.viewer, desk, context.store))
    .map((desk) => jsmServiceDesk(desk, context.baseUrl));
  return paged(context, desks);
}

function listRequestTypes(context: RouteContext): RouteResult {
  // JSM accepts the service desk id or its project key here.
  const ref = context.params.serviceDeskId ?? '';
  const desk = context.store.desk(ref) ?? context.store.deskByProject(ref);
  if (!desk || !canBrowseDesk(context.viewer, desk, context.store)) {
    return jsmError(404, 'The service desk does not exist.', 'sd.servicedesk.error.not.found');
  }
  const types = context.store.data.requestTypes
    .filter((type) => type.serviceDeskId === desk.serviceDeskId)
    .map((type) => jsmRequestType(type, desk, context.baseUrl));
  return paged(context, types);
}

export const jsmServiceDeskRoutes: Route[] = [
  { method: 'GET', path: '/rest/servicedeskapi/servicedesk', handler: listServiceDesks },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype',
    handler: listRequestTypes,
  },
];
