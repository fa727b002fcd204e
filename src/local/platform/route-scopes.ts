import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMissingScopes } from '@forge/manifest';
import { z } from 'zod';

/**
 * Which OAuth scopes each Jira and JSM REST operation needs, read from the REST documents in
 * `specs/` (the same files `@forge/lint` checks the source against offline; specs/README.md).
 * The local runtime asks this table on every product call, so a call the manifest does not grant
 * a scope for is refused here as Jira Cloud refuses it, whether or not the lint could see the call.
 *
 * Forge's rule (https://developer.atlassian.com/platform/forge/manifest-reference/scopes-product-jira/
 * and each operation's "OAuth 2.0 scopes required"): an operation names a classic scope set and a
 * granular one, and either set, fully granted, is enough. The documents record the classic set as
 * `state: "Current"` and the granular set as `state: "Beta"`; an operation without
 * `x-atlassian-oauth2-scopes` falls back to its `security` entries.
 */

/** The documents `requestJira` calls are looked up in, merged in this order as the lint merges them. */
export const JIRA_SPEC_FILES = ['jira-platform.json', 'jira-service-management.json', 'jira-software.json'];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const operationSchema = z
  .object({
    'x-atlassian-oauth2-scopes': z
      .array(z.object({ state: z.string(), scopes: z.array(z.string()) }).passthrough())
      .optional(),
    security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  })
  .passthrough();
const documentSchema = z
  .object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) })
  .passthrough();

/** One REST operation and the scope sets that allow it. */
export interface RouteScopes {
  method: string;
  /** The path template as the document writes it, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  template: string;
  /** The classic scopes, all needed (unless `granular` is granted instead). */
  classic: string[];
  /** The granular scopes, all needed (unless `classic` is granted instead). */
  granular: string[];
  /** The document the operation was read from. */
  source: string;
}

interface CompiledRoute extends RouteScopes {
  pattern: RegExp;
}

export class RouteScopeTable {
  private constructor(private readonly routes: CompiledRoute[]) {}

  /** Reads the REST documents from a folder (default file set: the Jira family, as `requestJira` uses). */
  static fromSpecs(specsDir: string, files: readonly string[] = JIRA_SPEC_FILES): RouteScopeTable {
    return new RouteScopeTable(files.flatMap((file) => readDocument(join(specsDir, file), file)));
  }

  /** The operation a call reaches (method and path, query ignored), or `undefined` when none is listed. */
  lookup(method: string, path: string): RouteScopes | undefined {
    const wanted = method.toUpperCase();
    const bare = path.split('?')[0] ?? path;
    return this.routes.find((route) => route.method === wanted && route.pattern.test(bare));
  }

  /** Every operation in the table. */
  all(): RouteScopes[] {
    return this.routes.map(({ pattern: _pattern, ...route }) => route);
  }
}

/**
 * The served operations the table has no entry for. Templates are compared by shape: parameter
 * names may differ (`{issueIdOrKey}` and `{requestIdOrKey}` are the same segment).
 */
export function unlistedRoutes(
  table: RouteScopeTable,
  served: ReadonlyArray<{ method: string; path: string }>,
): Array<{ method: string; path: string }> {
  const shape = (template: string) => template.replace(/\{\w+\}/g, '{}').replace(/\/$/, '');
  const listed = new Set(table.all().map((route) => `${route.method} ${shape(route.template)}`));
  return served.filter((route) => !listed.has(`${route.method.toUpperCase()} ${shape(route.path)}`));
}

/**
 * The scopes `granted` lacks for an operation: none when either its classic or its granular set is
 * fully granted. Decided by `@forge/manifest`'s own `getMissingScopes`, the function `forge lint`
 * uses, so the runtime and the lint never disagree.
 */
export function missingScopes(route: RouteScopes, granted: readonly string[]): Promise<string[]> {
  return getMissingScopes([...granted], { current: route.classic, beta: route.granular });
}

function readDocument(file: string, name: string): CompiledRoute[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`REST document ${file} cannot be read: ${(error as Error).message}`);
  }
  const document = documentSchema.safeParse(raw);
  if (!document.success)
    throw new Error(`REST document ${file} has no valid "paths": ${document.error.message}`);
  const routes: CompiledRoute[] = [];
  for (const [template, item] of Object.entries(document.data.paths)) {
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      const operation = operationSchema.safeParse(item[method]);
      if (!operation.success) {
        throw new Error(
          `${file}: ${method.toUpperCase()} ${template} is malformed: ${operation.error.message}`,
        );
      }
      routes.push({
        method: method.toUpperCase(),
        template,
        ...scopeSets(operation.data),
        source: name,
        pattern: templatePattern(template),
      });
    }
  }
  return routes;
}

/** The lint's reading of an operation (product-verifier.js): `Current` entries, else `security`. */
function scopeSets(operation: z.infer<typeof operationSchema>): { classic: string[]; granular: string[] } {
  const entries = operation['x-atlassian-oauth2-scopes'];
  if (entries) {
    const of = (state: string) =>
      entries.filter((entry) => entry.state === state).flatMap((entry) => entry.scopes);
    return { classic: of('Current'), granular: of('Beta') };
  }
  const classic = (operation.security ?? []).flatMap((entry) => [
    ...(entry.OAuth2 ?? []),
    ...(entry.oAuthDefinitions ?? []),
  ]);
  return { classic, granular: [] };
}

/** A template as a whole-path pattern: each `{param}` is exactly one non-empty segment. */
function templatePattern(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
