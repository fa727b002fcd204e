import { currentScope } from './invocation';
import { missingScopes, type RouteScopeTable, type RouteScopes } from './route-scopes';

/** The callers a product request can be made as, as the simulated site understands them. */
export type Caller = { as: 'app' } | { as: 'user'; accountId: string };

export interface KvsBackend {
  fetch(path: string, init?: RequestInit): Promise<Response>;
}
export interface ProductBackend {
  fetch(restPath: string, init: RequestInit | undefined, caller: Caller): Promise<Response>;
  /** The operations it answers (`{param}` templates), so the runtime can check each one's scopes are known. */
  servedRoutes?(): Array<{ method: string; path: string }>;
}
export interface StargateBackend {
  fetch(path: string, init: RequestInit | undefined): Promise<Response>;
}

/** What the app may ask Jira for: the manifest's scopes, and what each REST operation needs. */
export interface ProductPermissions {
  routes: RouteScopeTable;
  /** Every scope manifest.yml grants. */
  scopes: readonly string[];
  /** The scopes manifest.yml declares with `allowImpersonation: true`. */
  impersonationScopes: readonly string[];
}

/** What `@forge/api` passes to `__forge_fetch__` (fetch.js `__fetchProduct`). */
interface Descriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

/**
 * A product call to a path that specs/ does not list. Its scopes are unknown, so the local runtime
 * does not make it: add the operation to specs/ (specs/README.md, "Adding an endpoint").
 */
export class UnlistedRouteError extends Error {
  constructor(method: string, path: string) {
    super(
      `${method} ${path.split('?')[0]} is not in the REST documents in specs/, so the local runtime ` +
        'cannot tell which scope it needs. Add the operation with its scopes (specs/README.md).',
    );
    this.name = 'UnlistedRouteError';
  }
}

/** A refusal by Forge's proxy: `@forge/api` turns the `forge-proxy-error` header into an error. */
const proxyError = (status: number, code: string) =>
  new Response('', { status, headers: { 'forge-proxy-error': code } });

/**
 * Jira Cloud's answer to a call the app holds no scope for: 401, this body, and the failure
 * category header (reported by Forge developers for `asApp()` and `asUser()` calls alike:
 * https://community.developer.atlassian.com/t/forge-app-401-unauthorized-failure-client-scope-check-when-calling-ex-jira-cloudid-rest-api-3-project-search-from-webtrigger/96127,
 * https://community.atlassian.com/forums/Jira-Service-Management/Forge-code-401-message-Unauthorized-scope-does-not-match/qaq-p/3255119).
 */
const scopeMismatch = () =>
  new Response(JSON.stringify({ code: 401, message: 'Unauthorized; scope does not match' }), {
    status: 401,
    headers: { 'content-type': 'application/json', 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' },
  });

/**
 * Forge publishes no code for an impersonation its manifest does not allow. `@forge/api` turns any
 * `forge-proxy-error` other than NEEDS_AUTHENTICATION_ERR into a `ProxyRequestError` (name
 * `PROXY_ERR`) carrying the status and this code (api/fetch.js `handleProxyResponseErrors`): app
 * code can rely on that error, not on the code's spelling.
 */
export const IMPERSONATION_NOT_ALLOWED = 'IMPERSONATION_NOT_ALLOWED';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const alternatives = (route: RouteScopes) =>
  route.granular.length > 0
    ? `${route.classic.join(', ')} (or all of ${route.granular.join(', ')})`
    : route.classic.join(', ');

/**
 * `global.__forge_fetch__`: where every `@forge/*` SDK call leaves the app. Routes KVS calls to the
 * local store, product REST calls to the simulated Jira site (as the app or as a user), and
 * platform calls (queue pushes, personal-data reports) to their local services.
 *
 * Product calls are refused as Forge and Jira refuse them:
 * - `asUser(accountId)` is offline impersonation: allowed only when the scopes the operation needs
 *   are declared with `allowImpersonation: true`
 *   (https://developer.atlassian.com/platform/forge/manifest-reference/permissions/;
 *   the product fetch API's signature, https://developer.atlassian.com/platform/forge/apis-reference/fetch-api-product.requestconfluence/:
 *   "`api.asUser(accountId)` … requires user impersonation scopes"). In a resolver the invoking
 *   user is `asUser()` with no argument.
 * - `asUser()` with no user in the invocation (a trigger, a scheduled job, a queue consumer) is
 *   answered with NEEDS_AUTHENTICATION_ERR, which `@forge/api` throws as `NeedsAuthenticationError`.
 * - A call the manifest holds no scope for gets Jira's 401 "scope does not match" (see
 *   route-scopes.ts for how an operation's scopes are read).
 */
export function createForgeFetch(backends: {
  kvs: KvsBackend;
  product: ProductBackend;
  stargate: StargateBackend;
  permissions: ProductPermissions;
}) {
  const { permissions } = backends;
  // Granted scopes are fixed for a runtime, so each operation is decided once per kind of caller.
  const decided = new Map<string, Promise<string[]>>();
  const missing = (route: RouteScopes, kind: 'granted' | 'impersonation') => {
    const key = `${kind} ${route.method} ${route.template}`;
    let answer = decided.get(key);
    if (!answer) {
      answer = missingScopes(
        route,
        kind === 'granted' ? permissions.scopes : permissions.impersonationScopes,
      );
      decided.set(key, answer);
    }
    return answer;
  };

  const product = async (descriptor: Descriptor, path: string, init?: RequestInit): Promise<Response> => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const route = permissions.routes.lookup(method, path);
    if (!route) {
      const error = new UnlistedRouteError(method, path);
      console.error(`[forge] ${error.message}`);
      throw error;
    }
    let caller: Caller = { as: 'app' };
    if (descriptor.provider === 'user') {
      if (descriptor.accountId !== undefined) {
        const lacking = await missing(route, 'impersonation');
        if (lacking.length > 0) {
          console.warn(
            `[forge] asUser(accountId) refused for ${method} ${route.template}: impersonating a user needs ` +
              `${alternatives(route)} with allowImpersonation: true in manifest.yml. ` +
              'In a resolver, asUser() with no argument acts as the invoking user.',
          );
          return proxyError(403, IMPERSONATION_NOT_ALLOWED);
        }
        caller = { as: 'user', accountId: descriptor.accountId };
      } else {
        const principal = currentScope()?.principalAccountId;
        if (!principal) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
        caller = { as: 'user', accountId: principal };
      }
    }
    const lacking = await missing(route, 'granted');
    if (lacking.length > 0) {
      console.warn(
        `[forge] ${method} ${route.template} refused by Jira: it needs ${alternatives(route)}; ` +
          `manifest.yml grants ${permissions.scopes.join(', ') || 'no scopes'}.`,
      );
      return scopeMismatch();
    }
    return backends.product.fetch(path, init, caller);
  };

  return async (descriptor: Descriptor, path: string, init?: RequestInit): Promise<Response> => {
    if (descriptor.type === 'kvs') return backends.kvs.fetch(path, init);
    if (descriptor.type !== 'fpp') return json(400, { message: `Unsupported call type ${descriptor.type}` });
    if (descriptor.remote === 'stargate') return backends.stargate.fetch(path, init);
    if (descriptor.remote !== 'jira') return proxyError(403, 'REQUEST_PRODUCT_NOT_ALLOWED');
    return product(descriptor, path, init);
  };
}
