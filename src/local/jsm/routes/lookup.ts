import { canSeeRequest } from '../access';
import { jiraError, jsmError, type RouteResult } from '../http';
import type { RequestRecord } from '../model';
import type { RouteContext } from '../router';

/**
 * The request named in the path if the caller may see it. A request the caller may not see is
 * answered exactly like one that does not exist (404), as Jira does, so keys cannot be probed.
 */
export function requestFor(context: RouteContext, family: 'jira' | 'jsm'): RequestRecord | RouteResult {
  const ref = context.params.issueIdOrKey ?? '';
  const request = context.store.request(ref);
  if (request && canSeeRequest(context.viewer, request, context.store)) return request;
  return family === 'jira'
    ? jiraError(404, 'Issue does not exist or you do not have permission to see it.')
    : jsmError(
        404,
        'Request does not exist or you do not have permission to see it.',
        'sd.request.error.not.found',
      );
}

export const isResult = (value: RequestRecord | RouteResult): value is RouteResult => 'status' in value;
