import { z } from 'zod';
import { canBrowseDesk, canSeeInternal, canSeeRequest } from '../access';
import { jiraError, okResult, type RouteResult } from '../http';
import { comparator, JqlError, matchesJql, parseJql, validateProjects } from '../jql';
import type { Route, RouteContext } from '../router';
import { jiraIssue, selectIssueFields } from '../shapes/jira';
import { searchTasks } from './jira-task-search';

/**
 * Enhanced JQL search (`/rest/api/3/search/jql`), GET and POST. Pages are chained with an opaque
 * `nextPageToken`; with no `fields` each issue carries only its id, as in Jira Cloud. Page size
 * defaults to 50 and is capped at 5000 for id/key-only searches, 100 otherwise.
 */

const postBody = z.object({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().min(0).optional(),
  fields: z.array(z.string()).optional(),
  expand: z.union([z.string(), z.array(z.string())]).optional(),
  properties: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
  failFast: z.boolean().optional(),
  reconcileIssues: z.array(z.number()).optional(),
});

interface SearchInput {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number | undefined;
  fields: string[];
  /** `changelog` adds each issue's histories, as Jira's search does. */
  expand: string[];
}

const tokenSchema = z.object({ jql: z.string(), offset: z.number().int().min(0) });

function encodeToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ jql, offset })).toString('base64url');
}

/** The offset a token resumes at, or undefined if the token is not one this query issued. */
function decodeToken(token: string, jql: string): number | undefined {
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.jql === jql ? parsed.data.offset : undefined;
  } catch {
    return undefined;
  }
}

/** The requests a JQL query finds for the caller, in its order; or Jira's 400. */
function find(context: RouteContext, jql: string) {
  let query;
  try {
    query = parseJql(jql, context.now);
    validateProjects(query, (ref) => {
      const desk = context.store.deskByProject(ref);
      return desk !== undefined && canBrowseDesk(context.viewer, desk, context.store);
    });
  } catch (error) {
    if (error instanceof JqlError) return jiraError(400, error.message);
    throw error;
  }
  if (query.clauses.length === 0) {
    return jiraError(
      400,
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    );
  }
  const hits = context.store.data.requests
    .filter((request) => canSeeRequest(context.viewer, request, context.store))
    .filter((request) => matchesJql(query, request, context.store))
    .sort(comparator(query.orderBy));
  return { hits };
}

function search(context: RouteContext, input: SearchInput): RouteResult {
  const tasks = searchTasks(context, input.jql, input.maxResults);
  if (tasks) return tasks;
  const found = find(context, input.jql);
  if (!('hits' in found)) return found;
  const { hits } = found;
  const offset = input.nextPageToken === undefined ? 0 : decodeToken(input.nextPageToken, input.jql);
  if (offset === undefined) return jiraError(400, 'The nextPageToken is invalid or has expired.');
  const detailed = input.fields.some((field) => field !== 'id' && field !== 'key');
  const maxResults = Math.min(input.maxResults ?? 50, detailed ? 100 : 5000);

  const page = hits.slice(offset, offset + maxResults);
  const isLast = offset + page.length >= hits.length;
  const issues = page.map((request) =>
    input.fields.length === 0
      ? { id: request.issueId }
      : {
          expand: '',
          id: request.issueId,
          self: `${context.baseUrl}/rest/api/3/issue/${request.issueId}`,
          key: request.key,
          fields: selectIssueFields(context.store, request, context.baseUrl, {
            fields: input.fields.filter((field) => field !== 'id' && field !== 'key').join(',') || 'none',
            internal: canSeeInternal(context.viewer, request, context.store),
          }),
          ...(input.expand.includes('changelog')
            ? {
                changelog: jiraIssue(context.store, request, context.baseUrl, {
                  fields: 'none',
                  expand: 'changelog',
                  internal: true,
                }).changelog,
              }
            : {}),
        },
  );
  return okResult({
    issues,
    ...(isLast ? {} : { nextPageToken: encodeToken(input.jql, offset + page.length) }),
    isLast,
  });
}

function listParam(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function getSearch(context: RouteContext): RouteResult {
  const rawMax = context.query.get('maxResults');
  if (rawMax !== null && !/^\d+$/.test(rawMax))
    return jiraError(400, 'maxResults must be a non-negative integer.');
  return search(context, {
    jql: context.query.get('jql') ?? '',
    nextPageToken: context.query.get('nextPageToken') ?? undefined,
    maxResults: rawMax === null ? undefined : Number(rawMax),
    fields: context.query.getAll('fields').flatMap(listParam),
    expand: listParam(context.query.get('expand')),
  });
}

function postSearch(context: RouteContext): RouteResult {
  const parsed = postBody.safeParse(context.body ?? {});
  if (!parsed.success) return jiraError(400, `Invalid request payload: ${parsed.error.message}`);
  return search(context, {
    jql: parsed.data.jql ?? '',
    nextPageToken: parsed.data.nextPageToken,
    maxResults: parsed.data.maxResults,
    fields: parsed.data.fields ?? [],
    expand:
      typeof parsed.data.expand === 'string' ? listParam(parsed.data.expand) : (parsed.data.expand ?? []),
  });
}

/** `POST /rest/api/3/search/approximate-count`: how many issues a JQL query finds, for progress bars. */
function approximateCount(context: RouteContext): RouteResult {
  const parsed = z.object({ jql: z.string() }).safeParse(context.body ?? {});
  if (!parsed.success) return jiraError(400, `Invalid request payload: ${parsed.error.message}`);
  const found = find(context, parsed.data.jql);
  if (!('hits' in found)) return found;
  return okResult({ count: found.hits.length });
}

export const jiraSearchRoutes: Route[] = [
  { method: 'POST', path: '/rest/api/3/search/approximate-count', handler: approximateCount },
  { method: 'GET', path: '/rest/api/3/search/jql', handler: getSearch },
  { method: 'POST', path: '/rest/api/3/search/jql', handler: postSearch },
];
