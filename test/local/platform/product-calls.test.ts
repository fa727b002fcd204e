/**
 * Product calls through the real `@forge/api`, answered by the local runtime's `__forge_fetch__`:
 * offline impersonation needs `allowImpersonation` on the scopes the call needs, `asUser()` needs a
 * user in the invocation, and a call without its scope gets Jira's 401. The SDK's own error
 * classes are what the app sees.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import api, { NeedsAuthenticationError, ProxyRequestError, route } from '@forge/api';
import {
  createForgeFetch,
  IMPERSONATION_NOT_ALLOWED,
  UnlistedRouteError,
  type Caller,
} from '../../../src/local/platform/forge-fetch';
import { forgeRuntimeGlobal, runInScope } from '../../../src/local/platform/invocation';
import { loadManifest } from '../../../src/local/platform/manifest';
import { RouteScopeTable } from '../../../src/local/platform/route-scopes';

const REPO = resolve(__dirname, '../../..');
const ROUTES = RouteScopeTable.fromSpecs(join(REPO, 'specs'));
const REAL_SCOPES = loadManifest(REPO).permissions.scopes;

/** The manifest's permissions, read from a copy of the real manifest.yml with other scopes. */
function permissionsFrom(scopesYaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cx-scopes-'));
  try {
    const manifest = readFileSync(join(REPO, 'manifest.yml'), 'utf8');
    const at = manifest.indexOf('permissions:\n  scopes:');
    if (at < 0) throw new Error('manifest.yml no longer ends with permissions.scopes');
    writeFileSync(
      join(dir, 'manifest.yml'),
      `${manifest.slice(0, at)}permissions:\n  scopes:\n${scopesYaml}`,
    );
    return loadManifest(dir).permissions;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const calls: Caller[] = [];
let warnings: string[] = [];
const g = globalThis as Record<string, unknown>;
const saved = { fetch: g.__forge_fetch__, runtime: g.__forge_runtime__ };

function install(permissions: { scopes: readonly string[]; impersonationScopes: readonly string[] }) {
  g.__forge_fetch__ = createForgeFetch({
    kvs: { fetch: async () => new Response('{}') },
    stargate: { fetch: async () => new Response('', { status: 201 }) },
    product: {
      fetch: async (_path, _init, caller) => {
        calls.push(caller);
        return new Response(JSON.stringify({ answered: true }), { status: 200 });
      },
    },
    permissions: { routes: ROUTES, ...permissions },
  });
}

const asResolver = <T>(accountId: string, work: () => Promise<T>) =>
  runInScope(
    { moduleKey: 'cx-issue-panel', principalAccountId: accountId, deadline: Date.now() + 25_000 },
    work,
  );
const asTrigger = <T>(work: () => Promise<T>) =>
  runInScope({ moduleKey: 'resolution-trigger', deadline: Date.now() + 25_000 }, work);

beforeAll(() => {
  g.__forge_runtime__ = forgeRuntimeGlobal({ appId: 'test-app', environmentId: 'test', scopes: [] });
});
beforeEach(() => {
  calls.length = 0;
  warnings = [];
  jest.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());
afterAll(() => {
  g.__forge_fetch__ = saved.fetch;
  g.__forge_runtime__ = saved.runtime;
});

describe('asUser(accountId): offline impersonation', () => {
  it('is refused with the proxy error @forge/api throws, when no scope allows impersonation', async () => {
    install({ scopes: REAL_SCOPES, impersonationScopes: [] });
    const call = asResolver('agent-1', () =>
      api.asUser('agent-1').requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`),
    );
    await expect(call).rejects.toBeInstanceOf(ProxyRequestError);
    await expect(call).rejects.toMatchObject({
      name: 'PROXY_ERR',
      status: 403,
      errorCode: IMPERSONATION_NOT_ALLOWED,
      message: `Forge platform failed to process runtime HTTP request - 403 - ${IMPERSONATION_NOT_ALLOWED}`,
    });
    expect(calls).toEqual([]);
    expect(warnings.join('\n')).toContain(
      'read:jira-work (or all of read:permission:jira) with allowImpersonation',
    );
  });

  it('is refused even for the invoking user: only asUser() with no argument acts for them', async () => {
    install({ scopes: REAL_SCOPES, impersonationScopes: [] });
    await expect(
      asResolver('agent-1', () => api.asUser('agent-1').requestJira(route`/rest/api/3/project/search`)),
    ).rejects.toMatchObject({ status: 403, errorCode: IMPERSONATION_NOT_ALLOWED });
  });

  it('reaches Jira as that user when the manifest allows impersonation for the needed scope', async () => {
    install(
      permissionsFrom(
        '    read:jira-work:\n      allowImpersonation: true\n    read:jira-user: {}\n    storage:app: {}\n',
      ),
    );
    const response = await asTrigger(() =>
      api.asUser('agent-2').requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`),
    );
    expect(response.status).toBe(200);
    expect(calls).toEqual([{ as: 'user', accountId: 'agent-2' }]);
  });

  it('is refused for a call whose scope is granted but not for impersonation', async () => {
    install(permissionsFrom('    read:jira-work:\n      allowImpersonation: true\n    read:jira-user: {}\n'));
    await expect(
      asTrigger(() => api.asUser('agent-2').requestJira(route`/rest/api/3/user?accountId=${'cust-1'}`)),
    ).rejects.toMatchObject({ name: 'PROXY_ERR', status: 403 });
    expect(calls).toEqual([]);
  });
});

describe('asUser(): the invoking user', () => {
  it('is the resolver principal', async () => {
    install({ scopes: REAL_SCOPES, impersonationScopes: [] });
    const response = await asResolver('agent-1', () =>
      api.asUser().requestJira(route`/rest/api/3/project/search`),
    );
    expect(response.status).toBe(200);
    expect(calls).toEqual([{ as: 'user', accountId: 'agent-1' }]);
  });

  it('is refused with NeedsAuthenticationError where no user is present (a trigger, a scheduled job)', async () => {
    install({ scopes: REAL_SCOPES, impersonationScopes: [] });
    const call = asTrigger(() => api.asUser().requestJira(route`/rest/api/3/project/search`));
    await expect(call).rejects.toBeInstanceOf(NeedsAuthenticationError);
    await expect(call).rejects.toMatchObject({ name: 'NEEDS_AUTHENTICATION_ERR', status: 401 });
    expect(calls).toEqual([]);
  });
});

describe('scopes', () => {
  it("answers Jira's 401 when the manifest grants no scope the operation accepts", async () => {
    install({
      scopes: REAL_SCOPES.filter((scope) => scope !== 'read:servicedesk-request'),
      impersonationScopes: [],
    });
    const response = await asTrigger(() =>
      api.asApp().requestJira(route`/rest/servicedeskapi/request/${'SD-1'}`),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('x-failure-category')).toBe('FAILURE_CLIENT_SCOPE_CHECK');
    expect(await response.json()).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect(calls).toEqual([]);
    expect(warnings.join('\n')).toContain(
      'GET /rest/servicedeskapi/request/{issueIdOrKey} refused by Jira: it needs read:servicedesk-request',
    );
  });

  it('accepts the granular scopes in place of the classic one, but only all of them', async () => {
    const granular = ['read:request:jira-service-management', 'read:user:jira'];
    install({ scopes: ['storage:app', ...granular], impersonationScopes: [] });
    const allowed = await asTrigger(() =>
      api.asApp().requestJira(route`/rest/servicedeskapi/request/${'SD-1'}`),
    );
    expect(allowed.status).toBe(200);
    install({ scopes: ['storage:app', granular[0]!], impersonationScopes: [] });
    const refused = await asTrigger(() =>
      api.asApp().requestJira(route`/rest/servicedeskapi/request/${'SD-1'}`),
    );
    expect(refused.status).toBe(401);
  });

  it('applies to calls as the user too', async () => {
    install({ scopes: REAL_SCOPES.filter((scope) => scope !== 'read:jira-work'), impersonationScopes: [] });
    const response = await asResolver('agent-1', () =>
      api.asUser().requestJira(route`/rest/api/3/project/search`),
    );
    expect(response.status).toBe(401);
  });

  it('does not make a call whose operation specs/ does not list, and says how to fix it', async () => {
    install({ scopes: REAL_SCOPES, impersonationScopes: [] });
    const call = asTrigger(() => api.asApp().requestJira(route`/rest/api/3/issue/${'SD-1'}/transitions`));
    await expect(call).rejects.toBeInstanceOf(UnlistedRouteError);
    await expect(call).rejects.toThrow(
      'GET /rest/api/3/issue/SD-1/transitions is not in the REST documents in specs/',
    );
    expect(calls).toEqual([]);
  });
});
