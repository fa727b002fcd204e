import { canSeeInternal } from '../access';
import { jiraWindow, okResult, type RouteResult } from '../http';
import type { RouteContext, Route } from '../router';
import { jiraComment, jiraHistory, jiraIssue, jiraWorklog } from '../shapes/jira';
import { isResult, requestFor } from './lookup';

/** Jira platform issue reads: the issue, its changelog, comments and worklogs. */

const BASE = '/rest/api/3/issue/{issueIdOrKey}';

function getIssue(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jira');
  if (isResult(request)) return request;
  return okResult(
    jiraIssue(context.store, request, context.baseUrl, {
      fields: context.query.get('fields'),
      expand: context.query.get('expand'),
      internal: canSeeInternal(context.viewer, request, context.store),
    }),
  );
}

function getChangelog(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jira');
  if (isResult(request)) return request;
  const range = jiraWindow(context.query, 100, 100);
  if ('status' in range) return range;
  const { startAt, maxResults } = range;
  const values = request.histories
    .slice(startAt, startAt + maxResults)
    .map((history) => jiraHistory(context.store, history, context.baseUrl));
  const total = request.histories.length;
  const isLast = startAt + values.length >= total;
  const self = `${context.baseUrl}/rest/api/3/issue/${request.key}/changelog`;
  return okResult({
    self: `${self}?maxResults=${maxResults}&startAt=${startAt}`,
    ...(isLast ? {} : { nextPage: `${self}?maxResults=${maxResults}&startAt=${startAt + maxResults}` }),
    maxResults,
    startAt,
    total,
    isLast,
    values,
  });
}

function getComments(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jira');
  if (isResult(request)) return request;
  const range = jiraWindow(context.query, 5000, 5000);
  if ('status' in range) return range;
  const internal = canSeeInternal(context.viewer, request, context.store);
  const visible = request.comments.filter((comment) => internal || comment.public);
  const ordered = context.query.get('orderBy') === '-created' ? [...visible].reverse() : visible;
  const comments = ordered
    .slice(range.startAt, range.startAt + range.maxResults)
    .map((comment) => jiraComment(context.store, request, comment, context.baseUrl));
  return okResult({ startAt: range.startAt, maxResults: range.maxResults, total: visible.length, comments });
}

function getWorklogs(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jira');
  if (isResult(request)) return request;
  const range = jiraWindow(context.query, 5000, 5000);
  if ('status' in range) return range;
  const worklogs = request.worklogs
    .slice(range.startAt, range.startAt + range.maxResults)
    .map((worklog) => jiraWorklog(context.store, request, worklog, context.baseUrl));
  return okResult({
    startAt: range.startAt,
    maxResults: range.maxResults,
    total: request.worklogs.length,
    worklogs,
  });
}

export const jiraIssueRoutes: Route[] = [
  { method: 'GET', path: BASE, handler: getIssue },
  { method: 'GET', path: `${BASE}/changelog`, handler: getChangelog },
  { method: 'GET', path: `${BASE}/comment`, handler: getComments },
  { method: 'GET', path: `${BASE}/worklog`, handler: getWorklogs },
];
