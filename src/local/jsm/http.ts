/**
 * What a route answers, and the two error bodies the site speaks: Jira platform REST uses
 * `{ errorMessages, errors }`, JSM REST uses `{ errorMessage, i18nErrorMessage }`.
 */

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export interface JsmErrorBody {
  errorMessage: string;
  i18nErrorMessage: { i18nKey: string; parameters: string[] };
}

export const okResult = (body: unknown, status = 200): RouteResult => ({ status, body });

export function jiraError(status: number, message: string, errors: Record<string, string> = {}): RouteResult {
  const body: JiraErrorBody = { errorMessages: message ? [message] : [], errors };
  return { status, body };
}

export function jsmError(status: number, message: string, i18nKey: string): RouteResult {
  const body: JsmErrorBody = { errorMessage: message, i18nErrorMessage: { i18nKey, parameters: [] } };
  return { status, body };
}

export function toResponse(result: RouteResult): Response {
  const headers = new Headers(result.headers);
  if (result.body === undefined) return new Response(null, { status: result.status, headers });
  headers.set('Content-Type', 'application/json;charset=UTF-8');
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}

/**
 * A non-negative integer query parameter, clamped to `max` the way Jira silently caps page sizes.
 * `undefined` when present but not a number, so the route can answer 400.
 */
export function intParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  max?: number,
): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return max === undefined ? value : Math.min(value, max);
}

/** Jira platform paging (`startAt`/`maxResults`), or a 400 answer when either is not a number. */
export function jiraWindow(
  query: URLSearchParams,
  defaultMax: number,
  cap: number,
): { startAt: number; maxResults: number } | RouteResult {
  const startAt = intParam(query, 'startAt', 0);
  const maxResults = intParam(query, 'maxResults', defaultMax, cap);
  if (startAt === undefined || maxResults === undefined) {
    return jiraError(400, 'startAt and maxResults must be non-negative integers.');
  }
  return { startAt, maxResults };
}
