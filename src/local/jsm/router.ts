import type { Viewer } from './access';
import type { RouteResult } from './http';
import type { SiteStore } from './site-store';

/** Everything a route handler may use; handlers are pure functions of it (plus the store they mutate). */
export interface RouteContext {
  store: SiteStore;
  viewer: Viewer;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request's headers (names are case-insensitive, as in HTTP). */
  headers: Headers;
  /** The parsed JSON body, or `undefined` when none was sent. */
  body: unknown;
  now: Date;
  baseUrl: string;
  /** The path without its query, for self links. */
  path: string;
}

export type Handler = (context: RouteContext) => RouteResult;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A REST path with `{name}` placeholders, e.g. `/rest/api/3/issue/{issueIdOrKey}/changelog`. */
  path: string;
  handler: Handler;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** Matches a method and path against a table of routes (placeholders match one path segment). */
export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: Route[]) {
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          const placeholder = /^\{(\w+)\}$/.exec(segment);
          if (!placeholder?.[1]) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(placeholder[1]);
          return '([^/]+)';
        })
        .join('/');
      return { ...route, pattern: new RegExp(`^${source}/?$`), names };
    });
  }

  match(method: string, path: string): Match {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { kind: 'found', route, params };
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
  }
}
